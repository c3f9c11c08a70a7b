// Spanish app shell (tú, neutral Spanish). Keys and placeholders: see ../en/shell.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/shell.ts";

export default {
  documentTitle: "¿Qué tipo de red tengo? Prueba de IPv6, NAT64 y 464XLAT",
  documentDescription:
    "Averigua si tu red usa solo IPv4, doble pila o solo IPv6 con NAT64 o 464XLAT, y qué significa eso para tus apps y tu VPN.",
  title: "¿Qué tipo de red tengo?",
  lead: "Esta página comprueba cómo se conecta tu dispositivo a internet: por IPv4, por IPv6 o por IPv6 con un traductor (NAT64), y te explica qué significa eso para tus apps y tu VPN.",
  yourNetwork: { own: "Tu red", shared: "La red" },
  loading: "Cargando la prueba…",
  testFinished: "Prueba terminada. {headline}",
  runAgain: "Repetir la prueba",
  testing: "Probando…",
  nothingStored:
    "No se guarda nada: la prueba se ejecuta en tu navegador y los servidores solo te devuelven la dirección que vieron.",
  language: "Idioma",
  partNotLoaded:
    "No se pudo cargar esta parte de la página. Vuelve a cargarla para intentarlo de nuevo.",

  "progress.starting": "Empezando…",
  "progress.v4": "Los sitios IPv4 funcionan; comprobando IPv6…",
  "progress.v6": "IPv6 funciona; comprobando cómo llegas a los sitios que solo tienen IPv4…",
  "progress.both": "Los sitios IPv4 e IPv6 funcionan; comprobando cómo llegas a IPv4…",
  "progress.count": {
    one: "{done} de {count} prueba completada",
    other: "{done} de {count} pruebas completadas",
  },
  "progress.item": "{probe}: {status}",
  "progress.pending": "en curso…",

  "probe.v4": "Nombre solo IPv4",
  "probe.v6": "Nombre solo IPv6",
  "probe.ds": "Nombre de doble pila",
  "probe.nat64": "NAT64 (64:ff9b::/96)",
  "probe.v4literal": "Dirección IPv4",
  "probe.v6literal": "Dirección IPv6",
  "probe.large": "Respuesta grande (MTU)",
  "probe.nat64-candidate": "Candidato NAT64",
  "probe.candidateWithPrefix": "NAT64 ({prefix})",
  "probeStatus.ok": "respondió en {time}",
  "probeStatus.skipped": "no se ejecutó",
  "probeStatus.timeout": "sin respuesta a tiempo",
  "probeStatus.error": "falló",
  "probeStatus.bad-response": "respuesta inesperada",

  "load.failed": "La prueba no pudo cargar su configuración, así que no puede ejecutarse.",
  "load.advice": "Revisa la conexión y vuelve a intentarlo.",
  "load.tryAgain": "Volver a intentarlo",
  "load.ownConfig": "Ejecutar la prueba con la configuración de este sitio",
  "load.linkFile": "El archivo indicado en ?config=",

  "load.timeout": "{file} no se cargó en {seconds} s.",
  "load.offline": "{file} no se pudo cargar (¿está el dispositivo sin conexión?).",
  "load.partOffline":
    "No se pudo cargar una parte de esta página (¿está el dispositivo sin conexión?).",
} satisfies Catalog<typeof en>;
