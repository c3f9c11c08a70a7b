// Spanish: the results view, the probe table, the path picture and the text report (tú,
// neutral Spanish). Keys and placeholders: see ../en/results.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/results.ts";

export default {
  meaningTitle: { own: "Qué significa para ti", shared: "Qué significa para ese dispositivo" },
  howWeKnow: "Cómo lo sabemos",
  evidenceTitle: "Indicios de NAT64",
  ipv4Label: { own: "Tu dirección IPv4 (tal como se vio)", shared: "Dirección IPv4 vista" },
  ipv6Label: { own: "Tu dirección IPv6 (tal como se vio)", shared: "Dirección IPv6 vista" },
  none: "ninguna",
  nat64Label: "NAT64",
  "nat64.prefix": "sí, prefijo {prefix}",
  "nat64.unproven": "sí, prefijo no demostrado",
  clatLabel: {
    own: "464XLAT (CLAT) en este dispositivo",
    shared: "464XLAT (CLAT) en ese dispositivo",
  },
  yes: "sí",
  no: "no",
  unknown: "desconocido",
  literalsLabel: "Direcciones IPv4 escritas como números",
  eachTest: "Cada prueba",
  skippedNote: {
    own: {
      one: "{count} prueba no se pudo ejecutar desde esta página: los navegadores bloquean las peticiones http:// sin cifrar desde una página https://. La versión HTTP de este sitio también la ejecuta.",
      other:
        "{count} pruebas no se pudieron ejecutar desde esta página: los navegadores bloquean las peticiones http:// sin cifrar desde una página https://. La versión HTTP de este sitio también las ejecuta.",
    },
    shared: {
      one: "{count} prueba no se pudo ejecutar desde esa página: los navegadores bloquean las peticiones http:// sin cifrar desde una página https://. La versión HTTP de este sitio también la ejecuta.",
      other:
        "{count} pruebas no se pudieron ejecutar desde esa página: los navegadores bloquean las peticiones http:// sin cifrar desde una página https://. La versión HTTP de este sitio también las ejecuta.",
    },
  },
  tested: "Probado el {time} · {duration}",

  "table.caption": "Cada servidor de prueba y lo que pasó",
  "table.test": "Prueba",
  "table.result": "Resultado",
  "table.time": "Tiempo",
  "table.seen": "Dirección que vio el servidor",
  "table.seenShort": "el servidor vio",
  "table.notRun": "no se ejecutó",
  "table.target": "destino {note}",
  "table.embeds": "contiene {ipv4} ({kind}, {prefix})",
  "status.ok": "Respondió",
  "status.timeout": "Sin respuesta a tiempo",
  "status.error": "Falló",
  "status.bad-response": "Respuesta incorrecta",
  "status.skipped": "No se ejecutó",
  "failure.timeout": "sin respuesta en {seconds} s",
  "failure.network-error": "no se pudo conectar",
  "failure.cors-blocked-answered":
    "respondió algo, pero no el servidor de prueba (¿una página de inicio de sesión, un proxy o un filtro?)",
  "failure.http-status": "respondió con el estado HTTP {status} en lugar de los datos de prueba",
  "failure.web-page":
    "respondió con una página web en lugar de los datos de prueba (¿una página de inicio de sesión o un filtro?)",
  "failure.too-large": "respondió con muchos más datos de los esperados",
  "failure.not-json": "respondió con algo que no son los datos de prueba esperados",
  "failure.wrong-shape": "respondió con datos con una forma incorrecta",
  "failure.no-address": "respondió sin una dirección de cliente válida",
  "failure.mixed-content": {
    own: "No se ejecutó: esta página se cargó por HTTPS, y los navegadores bloquean las peticiones http:// sin cifrar desde páginas HTTPS. La versión HTTP de esta página sí la ejecuta.",
    shared:
      "No se ejecutó: esa página se cargó por HTTPS, y los navegadores bloquean las peticiones http:// sin cifrar desde páginas HTTPS. La versión HTTP de esta página sí la ejecuta.",
  },
  "failure.timed-out": "sin respuesta dentro del tiempo límite",
  "failure.wrong-answer":
    "respondió, pero no con los datos de prueba (¿una página de inicio de sesión o un filtro?)",

  "path.device": { own: "Tu dispositivo", shared: "El dispositivo" },
  "path.network": { own: "Tu red", shared: "La red" },
  "path.dns64": "DNS64",
  "path.dns64Sub": "añade AAAA",
  "path.nat64": "NAT64",
  "path.ipv4Site": "Sitio IPv4",
  "path.ipv6Site": "Sitio IPv6",
  "path.anySite": "Cualquier sitio",
  "path.sees": "ve {address}",
  "path.ipv6Clat": "IPv6 + CLAT",
  "path.ipv6Synthesis": "IPv6 + traducción del sistema",
  "path.ipv6Only": "solo IPv6",
  "path.noNat64": "sin NAT64",
  "path.unreachable": "inalcanzable",
  "path.bothFamilies": "IPv4 + IPv6",
  "path.both": "ambos",
  "path.eitherFamily": "IPv4 o IPv6",
  "path.ipv4": "IPv4",
  "path.ipv4Only": "solo IPv4",
  "path.ipv6Fails": "IPv6 falla",
  "path.timesOut": "sin respuesta",
  "path.describe.nat64": {
    own: "Tu dispositivo solo habla IPv6. Para un sitio que solo tiene IPv4, el resolvedor DNS64 crea una dirección IPv6 dentro de {prefix}, y el traductor NAT64 convierte el tráfico a IPv4.",
    shared:
      "Ese dispositivo solo habla IPv6. Para un sitio que solo tiene IPv4, el resolvedor DNS64 crea una dirección IPv6 dentro de {prefix}, y el traductor NAT64 convierte el tráfico a IPv4.",
  },
  "path.describe.nat64Seen": {
    own: "Tu dispositivo solo habla IPv6. Para un sitio que solo tiene IPv4, el resolvedor DNS64 crea una dirección IPv6 dentro de {prefix}, y el traductor NAT64 convierte el tráfico a IPv4; el sitio ve la dirección del traductor, {address}.",
    shared:
      "Ese dispositivo solo habla IPv6. Para un sitio que solo tiene IPv4, el resolvedor DNS64 crea una dirección IPv6 dentro de {prefix}, y el traductor NAT64 convierte el tráfico a IPv4; el sitio ve la dirección del traductor, {address}.",
  },
  "path.describe.synthesis": {
    own: "Para una dirección IPv4 escrita como número, el sistema de tu dispositivo crea él mismo la dirección IPv6.",
    shared:
      "Para una dirección IPv4 escrita como número, el sistema de ese dispositivo crea él mismo la dirección IPv6.",
  },
  "path.describe.noNat64": {
    own: "Tu dispositivo solo habla IPv6 y no hay traductor, así que no se puede llegar a los sitios que solo tienen IPv4.",
    shared:
      "Ese dispositivo solo habla IPv6 y no hay traductor, así que no se puede llegar a los sitios que solo tienen IPv4.",
  },
  "path.describe.dualStack": {
    own: "Tu dispositivo llega directamente a los sitios IPv4 por IPv4 y a los sitios IPv6 por IPv6.",
    shared:
      "Ese dispositivo llega directamente a los sitios IPv4 por IPv4 y a los sitios IPv6 por IPv6.",
  },
  "path.describe.ipv4Only": {
    own: "Tu dispositivo llega a todos los sitios por IPv4; los servicios que solo tienen IPv6 quedan fuera de su alcance.",
    shared:
      "Ese dispositivo llega a todos los sitios por IPv4; los servicios que solo tienen IPv6 quedan fuera de su alcance.",
  },
  "path.describe.ipv6Broken": {
    own: "Tu dispositivo intenta usar IPv6, pero el tráfico IPv6 se pierde por el camino; entonces recurre a IPv4.",
    shared:
      "Ese dispositivo intenta usar IPv6, pero el tráfico IPv6 se pierde por el camino; entonces recurre a IPv4.",
  },

  "engine.title": {
    own: "Qué puede medir este navegador",
    shared: "Qué podía medir ese navegador",
  },
  "engine.engine": "Motor del navegador",
  "engine.webrtc": "WebRTC",
  "engine.iceErrors": "Avisos de error de WebRTC",
  "engine.gathering": "WebRTC usa",
  "engine.literals": "Direcciones IPv4 escritas como números",
  "engine.configuration": "Configuración de la prueba (para quien administra el sitio)",

  "browser.on": "{browser} en {os}",
  "browser.unknown": "un navegador desconocido",

  "report.title": "Resultado de la prueba de red",
  "report.verdict": "Resultado: {headline}",
  "report.code": "(código {code}, certeza {confidence})",
  "report.confidence.high": "alta",
  "report.confidence.medium": "media",
  "report.confidence.low": "baja",
  "report.nat64": "NAT64: {answer}",
  "report.nat64.unknown": "no se pudo determinar",
  "report.nat64.detected": "detectado",
  "report.nat64.detected-prefix": "detectado, prefijo {prefix}",
  "report.nat64.absent": "no presente",
  "report.clat": {
    own: "464XLAT (CLAT en este dispositivo): {answer}",
    shared: "464XLAT (CLAT en ese dispositivo): {answer}",
  },
  "report.yes": "sí",
  "report.no": "no",
  "report.unknown": "no se pudo determinar",
  "report.ipv4": "Dirección IPv4: {address}",
  "report.ipv6": "Dirección IPv6: {address}",
  "report.address.none": "no se vio ninguna",
  "report.address.masked-note":
    "(ocultada por quien lo envió: solo el tipo y, en IPv4, la red /24)",
  "report.address.removed-note": "(quitada por quien lo envió)",
  "report.addresses.removed": "Quien lo envió quitó las direcciones IP.",
  "report.why": "Por qué:",
  "report.evidence": "Indicios de NAT64:",
  "report.probes": "Pruebas:",
  "report.probes.none": "no se ejecutó ninguna",
  "report.probe.ms": "{ms} ms",
  "report.probe.seen": "visto como {address}",
  "report.status.ok": "correcto",
  "report.status.timeout": "sin respuesta a tiempo",
  "report.status.error": "error",
  "report.status.bad-response": "respuesta incorrecta",
  "report.status.skipped": "no se ejecutó",
  "report.webrtc": "WebRTC (STUN):",
  "report.stun.name": "servidor por nombre solo IPv4",
  "report.stun.literal": "servidor por dirección IPv4",
  "report.stun.ok": "correcto",
  "report.stun.unsupported": "no disponible",
  "report.stun.error": "error",
  "report.stun.srflx": "dirección pública {addresses}",
  "report.stun.lookup-failed": "falló la resolución del nombre",
  "report.stun.candidates": {
    one: "{count} candidato local",
    other: "{count} candidatos locales",
  },
  "report.stun.complete": "recopilación completa",
  "report.stun.incomplete": "recopilación incompleta",
  "report.recorded": "Registrado: {time} (duró {duration})",
  "report.seconds": "{seconds} s",
  "report.browser": "Navegador: {browser}",
  "report.unknown-browser": "no reconocido",
  "report.user-agent": "Agente de usuario: {userAgent}",
  "report.page": "Página cargada por: {protocol} (configuración {digest})",
  "report.link": "Enlace: {link}",
} satisfies Catalog<typeof en>;
