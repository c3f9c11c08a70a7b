// Spanish: "Check my server" (tú, neutral Spanish). Keys and placeholders: see ../en/checks.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/checks.ts";

export default {
  title: "Comprobar mi servidor",
  intro:
    "¿Llegará a tu servidor o a tu VPN la gente que está en redes solo IPv6? Escribe su nombre o pega tu línea {endpoint} de WireGuard.",
  inputLabel: "Nombre del servidor o línea Endpoint de WireGuard",
  inputPlaceholder: "p. ej., vpn.example.com o Endpoint = vpn.example.com:51820",
  clientLabel: "La dirección del servidor que muestra tu app de VPN {optional}",
  optional: "(opcional)",
  clientPlaceholder: "p. ej., 64:ff9b::c633:6407",
  privacy:
    "Al comprobarlo, el nombre que escribes se envía a resolutores públicos de DNS sobre HTTPS ({resolvers}), que también ven tu dirección IP.",
  check: "Comprobar",
  checking: "Comprobando…",
  lookingUp: "Buscando {host}…",
  notChecked: "No se pudo comprobar este servidor: {message}",

  "input.empty": "Escribe el nombre de tu servidor, por ejemplo vpn.example.com.",
  "input.severalLines":
    "Pega un solo nombre o una configuración de WireGuard con una línea «Endpoint =».",
  "input.endpointEmpty": "La línea Endpoint no tiene nada después del «=».",
  "input.badUrl": "«{text}» no es una URL válida.",
  "input.hasSpaces": "«{text}» tiene espacios; escribe solo el nombre del servidor.",
  "input.badPort": "«{text}» tiene un puerto que no es un número del 1 al 65535.",
  "input.badIPv4": "«{text}» no es una dirección IPv4.",
  "input.badIPv6": "«{text}» no es una dirección IPv6.",
  "input.badBracketedIPv6": "«{text}», entre corchetes, no es una dirección IPv6.",
  "input.badName":
    "«{text}» no es un nombre de host: usa letras, cifras, guiones y puntos, por ejemplo vpn.example.com.",
  "input.badIdn": "«{text}» no es un nombre de host válido.",
  "input.needsDomain": "A «{text}» le falta el dominio, por ejemplo {host}.example.com.",
  "input.labelTooLong": "«{text}» tiene una etiqueta de más de 63 caracteres.",
  "input.nameTooLong": "«{text}» ocupa más de 255 bytes.",

  "failure.from": "{resolver}: {failure}",
  "failure.timeout": "sin respuesta en {seconds} s",
  "failure.network": "no se pudo contactar",
  "failure.http": "respondió con un error HTTP",
  "failure.notDns":
    "respondió con algo que no es un mensaje DNS (¿un filtro o una página de inicio de sesión?)",
  "failure.truncated": "envió una respuesta DNS truncada",
  "failure.malformed": "envió una respuesta DNS mal formada",
  "failure.mismatch": "respondió a otra pregunta",
  "failure.serverFailure": "no pudo resolver el nombre",
  "failure.error": "la consulta falló",
  "failure.noResolver": "no hay ningún resolutor de DNS sobre HTTPS configurado",

  "failureDetail.http": "respondió con el estado HTTP {status}",
  "failureDetail.notDns":
    "respondió con {type} en lugar de un mensaje DNS (¿un filtro o una página de inicio de sesión?)",
  "failureDetail.tcBit": "envió una respuesta truncada (bit TC activado)",
  "failureDetail.cutOff": "envió una respuesta DNS que se corta en el byte {offset}",
  "failureDetail.undecodable":
    "envió una respuesta DNS que no se puede leer a partir del byte {offset}",
  "failureDetail.cnameLoop": "envió una cadena CNAME que forma un bucle: {chain}",
  "failureDetail.queryEchoed": "devolvió la consulta DNS en lugar de una respuesta",
  "failureDetail.id":
    "respondió con el ID de mensaje {id} en lugar del de la consulta ({expected})",
  "failureDetail.question": "respondió a otra pregunta ({got} en lugar de {asked})",
  "failureDetail.noQuestion": "envió una respuesta que no indica la pregunta ({asked})",
  "failureDetail.serverFailure": "no pudo resolver {name} ({rcode})",

  "headline.dohBlocked":
    "Esta red bloquea los servicios de consulta que usa esta página, así que no se ha podido comprobar {host} desde aquí; eso no dice nada de tu servidor.",
  "headline.dohOffline":
    "Parece que este dispositivo no tiene conexión (la prueba de arriba tampoco llegó a ninguno de sus servidores), así que no se ha podido comprobar {host}.",
  "headline.dohUnreachable":
    "No se ha podido llegar a los servicios de consulta que usa esta página, así que no se ha podido comprobar {host} desde aquí; eso no dice nada de tu servidor.",
  "headline.lookupFailed":
    "No se pudo buscar {host}: los servidores DNS no dieron ninguna respuesta utilizable.",
  "headline.nxdomain":
    "{host} no existe en el DNS (NXDOMAIN). Revisa cómo está escrito o si el registro ya se publicó.",
  "headline.noAddress": "{host} existe, pero no tiene ninguna dirección (ni registro A ni AAAA).",
  "headline.nameHasIPv6":
    "{host} tiene una dirección IPv6, así que la gente en redes solo IPv6 llega al servidor directamente, sin NAT64.",
  "headline.isIPv6Address":
    "{host} es una dirección IPv6: la gente en redes solo IPv6 llega a ella directamente.",
  "headline.nameIPv4Only":
    "{host} no tiene dirección IPv6 (ningún registro AAAA). La gente en redes solo IPv6 solo llega al servidor a través del NAT64 de su operador, y donde no lo hay, no llega en absoluto.",
  "headline.isIPv4Address":
    "{host} es una dirección IPv4. La gente en redes solo IPv6 solo llega a ella a través de NAT64, y solo si su dispositivo traduce por sí mismo las direcciones IPv4 (464XLAT).",

  "finding.typedNat64Address":
    "{typed} no es una dirección IPv6 de tu servidor: es la dirección IPv4 {ipv4} escrita dentro del prefijo NAT64 {prefix}. Solo funciona en redes cuyo NAT64 usa ese prefijo, y falla en redes solo IPv4 y de doble pila (el wifi de casa, la mayoría de los hoteles) y en redes solo IPv6 con otro prefijo. Usa en su lugar el nombre del servidor o su dirección IPv6 real.",
  "finding.nameWithoutIPv4":
    "{host} no tiene dirección IPv4 (ningún registro A): la gente en redes solo IPv4 no puede llegar al servidor.",
  "finding.ipv6AddressWithoutIPv4":
    "La gente en redes solo IPv4 no puede llegar a una dirección IPv6.",
  "finding.hasIPv4Too": "También tiene IPv4, así que las redes solo IPv4 también llegan a él.",
  "finding.httpsIPv6HintWithoutAaaa":
    "Su registro HTTPS incluye una pista IPv6 ({hints}), pero no hay registro AAAA. Solo los navegadores leen los registros HTTPS; los clientes VPN y la mayoría de las apps siguen sin ver IPv6.",
  "finding.httpsHintsElsewhere":
    "Su registro HTTPS apunta a {hints}, que no está entre sus direcciones A/AAAA; los navegadores que usan esas pistas pueden acabar conectándose a otro sitio.",
  "finding.synthesizedProven":
    "En tu red se llega a él en {address}: el prefijo NAT64 de tu red, {prefix} (detectado por la prueba de arriba), con {ipv4} dentro.",
  "finding.synthesizedWellKnown":
    "En una red solo IPv6 que usa el prefijo NAT64 bien conocido {prefix}, se llega a él en {address} ({ipv4} dentro). Las redes con prefijo propio usan otra dirección.",
  "finding.wellKnownAlso":
    "Las redes que usan el prefijo bien conocido {prefix} (como Google Public DNS64) llegan a él en {address}.",
  "finding.dns64Match": "{resolver} devuelve lo mismo: {addresses}.",
  "finding.dns64Differs":
    "{resolver} devuelve {addresses}, no {expected}. Puede que el nombre haya cambiado entre una consulta y otra, o que responda distinto según la ubicación.",
  "finding.dns64None":
    "{resolver} no da ninguna dirección IPv6 para él, así que las redes solo IPv6 que usan ese resolutor no pueden llegar al servidor.",
  "finding.dns64Unavailable":
    "La comprobación cruzada con un resolutor DNS64 no funcionó ({failures}).",
  "finding.nonGlobalIPv4":
    "{ipv4} no es una dirección IPv4 pública ({reason}); los traductores NAT64 que usan el prefijo bien conocido no traducen hacia ella (RFC 6052, sección 3.1).",

  "client.invalid":
    "«{input}» no es una dirección IP. Pega la dirección que muestra tu app de VPN, por ejemplo 64:ff9b::c633:6407.",
  "client.isServerIPv4":
    "{ipv4} es la dirección IPv4 propia de {host}: tu cliente se conecta por IPv4 (nativo o a través de un CLAT en tu dispositivo).",
  "client.ipv4NotServer":
    "{ipv4} no es una dirección de {host} ({servers}). Puede que tu cliente esté usando una dirección antigua.",
  "client.ipv4NotServerNoIPv4":
    "{ipv4} no es una dirección de {host} (no tiene dirección IPv4). Puede que tu cliente esté usando una dirección antigua.",
  "client.isServerIPv6":
    "{v6} es la dirección IPv6 propia de {host}: tu cliente llega al servidor directamente por IPv6, sin NAT64.",
  "client.v6IsNat64OfServer":
    "Confirmado: {v6} es la dirección IPv4 {ipv4} de {host} dentro del prefijo NAT64 {prefix}. Tu cliente llega al servidor a través de NAT64.",
  "client.v6EndsWithServer":
    "Confirmado: {v6} termina con la dirección IPv4 {ipv4} de {host}, así que el NAT64 de tu red usa el prefijo {prefix}. Tu cliente llega al servidor a través de NAT64.",
  "client.v6CarriesOtherIPv4":
    "{v6} lleva la dirección IPv4 {ipv4} (prefijo {prefix}), no {servers} de {host}. Puede que tu cliente esté usando una dirección antigua o equivocada.",
  "client.v6CarriesOtherIPv4NoIPv4":
    "{v6} lleva la dirección IPv4 {ipv4} (prefijo {prefix}), pero {host} no tiene ninguna dirección IPv4. Puede que tu cliente esté usando una dirección antigua o equivocada.",
  "client.v6NotServer":
    "{v6} no es una dirección de {host} ni contiene su dirección IPv4 {servers}.",
  "client.v6NotServerNoIPv4": "{v6} no es una dirección de {host}, que no tiene dirección IPv4.",

  "wg.title": "Tu túnel WireGuard",
  "wg.realFix": "La solución de verdad:",
  "wg.useLines": "Usa estas líneas en la sección {peer} de tu túnel (conserva tu {publicKey}):",
  "wg.untilThen":
    "Mientras tanto, usa estas líneas en la sección {peer} de tu túnel (conserva tu {publicKey}):",
  "wg.copy": "Copiar estas líneas",
  "wg.copied": "Copiado.",
  "wg.copyFailed": "Aquí no se permite copiar: las líneas están seleccionadas, cópialas tú.",
  "wg.why": "Por qué",
  "wg.endpointIPv4Synthesized":
    "Tu Endpoint es una dirección IPv4. En esta red solo IPv6, tu dispositivo no puede enviarle nada salvo que traduzca IPv4 por sí mismo (464XLAT); {address} llega al mismo servidor a través del NAT64 de tu red, pero solo en redes que usan el prefijo {prefix}. Mejor: dale al servidor un nombre con registros A y AAAA y úsalo en todas partes.",
  "wg.endpointIPv4":
    "Tu Endpoint es una dirección IPv4. En una red solo IPv6, tu dispositivo solo puede llegar a ella si traduce IPv4 por sí mismo (464XLAT). Dale al servidor un nombre con registros A y AAAA y úsalo como Endpoint: funciona en cualquier tipo de red.",
  "wg.endpointIPv6":
    "Tu Endpoint es una dirección IPv6: las redes solo IPv6 llegan a ella directamente, pero las redes solo IPv4 (muchos hoteles y routers domésticos antiguos) no llegan en absoluto. Un nombre con registros A y AAAA funciona en ambas.",
  "wg.nameViaNat64":
    "En una red solo IPv6, se llega a {host} en {address} a través del NAT64 del operador: el túnel funciona, pero cada paquete pasa por el traductor.",
  "wg.keepalive":
    "Los traductores NAT64 olvidan las asignaciones UDP inactivas al cabo de uno o dos minutos; PersistentKeepalive = 25 evita que el túnel se quede mudo.",
  "wg.restartAfterRoaming":
    "WireGuard busca el nombre al iniciar el túnel. Al pasar del wifi a una red móvil solo IPv6, desactiva el túnel y vuelve a activarlo para que tome la nueva dirección.",
  "wg.nameHasIPv6":
    "{host} tiene una dirección IPv6 ({ipv6}), así que las redes solo IPv6 se conectan a él directamente. Asegúrate de que WireGuard escuche en IPv6 en el servidor y de que su cortafuegos permita el puerto UDP {port} por IPv6.",
  "wg.allowedIPsCoverIPv6": "Tus AllowedIPs ya cubren IPv6 igual que IPv4; déjalas como están.",
  "wg.allowedIPsMissIPv6":
    "Tus AllowedIPs envían IPv4 por el túnel, pero no el IPv6 correspondiente ({added}): en una red solo IPv6, ese tráfico se saltaría la VPN.",
  "wg.allowedIPsNeedDefault":
    "AllowedIPs debe incluir ::/0: en una red solo IPv6, incluso a los sitios que solo tienen IPv4 se llega por direcciones IPv6, y ese tráfico se saltaría la VPN. ¿Solo envías algunas redes por el túnel? Pega arriba tu sección [Peer] completa y obtendrás una línea a medida.",
  "wg.whyViaNat64Name":
    "Una red solo IPv6 no tiene ruta IPv4. Su DNS64 responde a la consulta de {host} con {address} (la dirección IPv4 del servidor, {ipv4}, dentro del prefijo NAT64 {prefix}), y el NAT64 del operador convierte esos paquetes en IPv4. El túnel depende entonces de que ese traductor mantenga su asignación UDP, y solo entra en él el tráfico que se enruta como IPv6. Un registro AAAA saca al traductor del camino.",
  "wg.whyViaNat64Address":
    "Una red solo IPv6 no tiene ruta IPv4. Su DNS64 da para el servidor la dirección {address} (la dirección IPv4 del servidor, {ipv4}, dentro del prefijo NAT64 {prefix}), y el NAT64 del operador convierte esos paquetes en IPv4. El túnel depende entonces de que ese traductor mantenga su asignación UDP, y solo entra en él el tráfico que se enruta como IPv6. Un registro AAAA saca al traductor del camino.",
  "wg.whyDirectName":
    "{host} tiene IPv6, así que una red solo IPv6 llega a él sin ningún traductor. Lo que sí importa son las AllowedIPs: en una red solo IPv6, a los sitios que solo tienen IPv4 se llega por direcciones IPv6 sintetizadas, así que el túnel también tiene que llevar IPv6.",
  "wg.whyDirectAddress":
    "El servidor tiene IPv6, así que una red solo IPv6 llega a él sin ningún traductor. Lo que sí importa son las AllowedIPs: en una red solo IPv6, a los sitios que solo tienen IPv4 se llega por direcciones IPv6 sintetizadas, así que el túnel también tiene que llevar IPv6.",
  "wg.publishAaaa":
    "Publica un registro AAAA para {host} con la dirección IPv6 del servidor (y haz que WireGuard escuche en IPv6), para que quienes vienen de redes solo IPv6 se conecten directamente y no a través del NAT64 de su operador.",

  "details.title": "Detalles técnicos",
  "details.ipv4": "IPv4 (A)",
  "details.ipv6": "IPv6 (AAAA)",
  "details.none": "ninguna",
  "details.hints": "Pistas del registro HTTPS",
  "details.chain": "Cadena CNAME",
  "details.synthesized": "Sintetizada",
  "details.synthesizedProven": "{address} ({ipv4} en {prefix}, comprobado en tu red)",
  "details.synthesizedWellKnown": "{address} ({ipv4} en {prefix}, prefijo bien conocido)",
  "details.dns64": "Comprobación DNS64 ({resolver})",
  "details.dns64Failed": "Comprobación DNS64",
  "details.noAaaa": "sin AAAA",
  "details.answeredBy": "Respondido por",
  "details.lookupError": "Error en la consulta {lookup}",
} satisfies Catalog<typeof en>;
