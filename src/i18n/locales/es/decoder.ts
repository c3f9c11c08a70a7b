// Spanish: "Decode an address" (tú, neutral Spanish). Keys and placeholders: see ../en/decoder.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/decoder.ts";

export default {
  title: "Descifrar una dirección",
  intro:
    "¿Has visto una dirección IPv6 que no entiendes, en una app, en la configuración de una VPN o de WireGuard, o en un enlace? Pégala aquí para ver qué lleva dentro. También puedes pegar la salida completa de {dig}, {nslookup} o {host} para encontrar el prefijo NAT64 de tu red.",
  inputLabel: "Dirección, línea o salida de un comando",
  inputPlaceholder: "p. ej., 64:ff9b::c633:6407 o la salida de dig AAAA ipv4only.arpa",
  privacy:
    "El descifrado se hace en tu navegador; no se envía nada a ningún sitio. Lo que hace falta para descifrar se guarda en el enlace de esta página para que puedas compartirlo, pero nunca una clave: de una configuración de WireGuard, solo la línea Endpoint; de una URL, solo su dirección.",
  tryExample: "Prueba con un ejemplo:",
  "example.address": "una dirección",
  "example.wireguard": "una línea de WireGuard",
  "example.dig": "salida de dig",
  showing: "Se muestran las primeras {shown} de {count} direcciones.",

  "link.keysLeftOut":
    "El enlace de esta página no incluye {lines}. Las claves son secretas, y un enlace acaba en el historial del navegador y en la sincronización.",
  "link.namedLines": { one: "la línea {names}", other: "las líneas {names}" },
  "link.keyLike": "líneas que parecen claves de WireGuard",
  "link.endpointOnly": "De la configuración de WireGuard, el enlace guarda solo la línea Endpoint.",
  "link.urlAddressOnly":
    "De la URL, el enlace guarda solo la dirección entre corchetes: el resto puede contener contraseñas o tokens.",

  "nothing.endpoint-without-address":
    "La línea Endpoint no tiene ninguna dirección después del «=».",
  "nothing.url-without-address": "Esa URL no tiene ninguna dirección IPv6 entre corchetes.",
  "nothing.no-address":
    "No se ha encontrado ninguna dirección IPv6. Pega una dirección como 64:ff9b::c633:6407, una línea Endpoint de WireGuard, una URL o la salida de dig AAAA ipv4only.arpa.",

  "role.address": "Dirección",
  "role.answer": "Respuesta DNS",
  "role.resolver": "Tu resolutor DNS",
  "role.endpoint": "Endpoint de WireGuard",
  "role.url": "Dirección de la URL",
  stripped: "Se ha quitado lo siguiente: {parts}.",
  "stripped.brackets": "los corchetes",
  "stripped.port": "el puerto {port}",
  "stripped.zone":
    "el identificador de zona «%{zone}» (qué tarjeta de red usar; solo tiene sentido en un equipo concreto)",
  "stripped.prefixLength": "la longitud de prefijo /{length}",
  isIPv4: "Una dirección IPv4: aquí no hay ninguna dirección IPv6 que descifrar.",
  notAddress: "Has pegado {pasted}, que no es una dirección IPv6: {reason}.",
  quoted: "«{text}»",
  portHint: "Si :{port} es un puerto, escribe la dirección entre corchetes: {suggestion}",

  "problem.empty": "no hay ninguna dirección: el texto está vacío",
  "problem.space": "contiene un espacio, y una dirección no lleva espacios",
  "problem.whitespace":
    "contiene un carácter en blanco (un tabulador o un salto de línea, por ejemplo), y una dirección no lleva ninguno",
  "problem.zone":
    "«%{zone}» es un identificador de zona (qué tarjeta de red usar); solo tiene sentido en un equipo concreto y no forma parte de la dirección",
  "problem.prefixLength":
    "«/{length}» es una longitud de prefijo: «{text}» designa una red, no una sola dirección",
  "problem.brackets": "lleva corchetes, que solo van alrededor de una dirección dentro de una URL",
  "problem.badCharacter":
    "«{char}» no puede aparecer en una dirección IPv6 (solo 0–9, a–f, «:» y «.»)",
  "problem.looksIPv4": "«{text}» parece IPv4, no IPv6 (una dirección IPv6 lleva dos puntos)",
  "problem.noColons": "«{text}» no tiene dos puntos, así que no es una dirección IPv6",
  "problem.threeColons": "tiene tres signos de dos puntos seguidos",
  "problem.doubleColonRepeated":
    "«::» aparece {count} veces; solo puede aparecer una, o no se sabría cuántos ceros sustituye cada uno",
  "problem.emptyGroup":
    "hay un grupo vacío: un «:» suelto al principio o al final, o «:» donde se quería poner «::»",
  "problem.ipv4NotLast":
    "la parte IPv4 «{group}» solo puede ocupar los últimos 32 bits de una dirección IPv6",
  "problem.groupTooLong": "el grupo «{group}» tiene más de 4 cifras hexadecimales",
  "problem.tooManyGroups":
    "tiene {count} grupos además de «::», pero una dirección tiene solo 8 en total",
  "problem.groupCount":
    "tiene {count} grupos, y una dirección IPv6 completa tiene 8 (escribe «::» para una serie de grupos a cero)",
  "problem.ipv4Parts":
    "«{text}» no es una dirección IPv4: necesita exactamente cuatro números separados por puntos",
  "problem.ipv4NotNumber": "«{part}» en «{text}» no es un número del 0 al 255",
  "problem.ipv4LeadingZero":
    "«{part}» en «{text}» empieza por cero, y algunos sistemas lo leen como número octal",
  "problem.ipv4Over255": "{part} en «{text}» es mayor que 255",
  "problem.prefixShape": "«{text}» no es un prefijo escrito como 64:ff9b::/96",
  "problem.prefixTooLong": "/{length} es más largo que una dirección IPv6 (128 bits)",
  "problem.prefixHostBits":
    "«{text}» tiene bits a uno después de los primeros {length}; el prefijo sería {prefix}",
  "problem.pref64Length":
    "/{length} no es una longitud de prefijo del RFC 6052 (32, 40, 48, 56, 64 o 96)",
  "problem.pref64UOctet":
    "los bits 64 a 71 de «{text}» (el octeto «u») deben ser cero en un prefijo NAT64 /96 (RFC 6052, sección 2.2)",
  "problem.tooLong":
    "tiene {length} caracteres, y una dirección, incluso con corchetes, zona y puerto, tiene como mucho {max}",
  "problem.isIPv4":
    "{ipv4} es una dirección IPv4, así que aquí no hay ninguna dirección IPv6 que descifrar",

  "kind.ipv4-mapped": "Dirección IPv4 mapeada",
  "kind.ipv4-compatible": "Dirección compatible con IPv4 (obsoleta)",
  "kind.siit-ipv4-translated": "Dirección IPv4 traducida de SIIT (en desuso)",
  "kind.nat64-wkp": "NAT64, prefijo bien conocido",
  "kind.nat64-local-use": "NAT64, prefijo de uso local",
  "kind.nat64-known": "Servicio NAT64 público",
  "kind.nat64-nsp": "NAT64, prefijo propio de la red",
  "kind.6to4": "Túnel 6to4",
  "kind.teredo": "Túnel Teredo",
  "kind.isatap": "Túnel ISATAP",

  "subject.address": "El host IPv4",
  "subject.answer": "La dirección IPv4",
  "subject.resolver": "Tu resolutor DNS",
  "subject.endpoint": "Tu servidor",
  "subject.url": "El servidor web",

  "embedded.discovery":
    "Es la dirección {ipv4} de ipv4only.arpa, reescrita en IPv6 por tu DNS (DNS64): muestra que tu red llega a IPv4 a través de un NAT64 con el prefijo {prefix}.",
  "embedded.nat64Wkp":
    "{who} {ipv4}, accesible a través de un traductor NAT64 (normalmente el de tu operador), prefijo bien conocido {prefix}.",
  "embedded.nat64LocalUse":
    "{who} {ipv4}, accesible a través del NAT64 propio de tu red, con el prefijo de uso local {prefix}.",
  "embedded.nat64LocalUseUnknown":
    "Un host IPv4 accesible a través del NAT64 propio de tu red (con un prefijo dentro de {prefix}). Qué dirección IPv4 es depende del prefijo exacto, y esta dirección por sí sola no lo dice: pega también la salida de «dig AAAA ipv4only.arpa».",
  "embedded.nat64Known":
    "{who} {ipv4}, accesible a través del servicio NAT64 público de {operator} (prefijo {prefix}).",
  "embedded.nat64Nsp":
    "{who} {ipv4}, accesible a través del NAT64 de tu red, con el prefijo {prefix}.",
  "embedded.ipv4Mapped":
    "La dirección IPv4 {ipv4}, escrita tal como el software IPv6 muestra una conexión IPv4. La conexión en sí fue por IPv4 normal.",
  "embedded.ipv4Compatible": "La dirección IPv4 {ipv4} en una forma IPv6 antigua que ya no se usa.",
  "embedded.siit": "La dirección IPv4 {ipv4} en una forma de traductor (SIIT) en desuso.",
  "embedded.6to4":
    "Una dirección 6to4: IPv6 transportado dentro de IPv4 a través del router {ipv4}. 6to4 está en desuso y a menudo no funciona.",
  "embedded.teredo":
    "Una dirección Teredo: IPv6 transportado dentro de IPv4 por un equipo cuya dirección IPv4 pública es {ipv4} (puerto {port}), a través del servidor Teredo {server}. Teredo está en desuso.",
  "embedded.teredoCone":
    "Una dirección Teredo: IPv6 transportado dentro de IPv4 por un equipo cuya dirección IPv4 pública es {ipv4} (puerto {port}), detrás de un NAT de tipo cono, a través del servidor Teredo {server}. Teredo está en desuso.",
  "embedded.isatap":
    "Una dirección ISATAP: un equipo con la dirección IPv4 {ipv4} que llega a IPv6 a través de un túnel.",

  "scope.unspecified": "La dirección no especificada (todo ceros): significa «ninguna dirección».",
  "scope.loopback": "La dirección de loopback: este equipo hablando consigo mismo.",
  "scope.link-local":
    "Una dirección de enlace local: solo funciona dentro de un segmento de red, nunca a través de un router.",
  "scope.site-local":
    "Una dirección de sitio local: un tipo antiguo y obsoleto de dirección privada.",
  "scope.unique-local":
    "Una dirección local única: privada dentro de una organización, como 10.x o 192.168.x en IPv4.",
  "scope.multicast": "Una dirección multicast: designa a un grupo de equipos, no a uno solo.",
  "scope.documentation":
    "Una dirección de documentación: reservada para ejemplos, nunca se usa en una red real.",
  "scope.special": "Una dirección de uso especial que no se enruta en Internet.",
  "scope.global": "Una dirección IPv6 global: accesible desde cualquier punto de Internet.",
  "scope.reserved":
    "Una dirección de un espacio reservado por la IETF; no debería aparecer en ninguna red.",

  "prefix.well-known": "{prefix} es el prefijo NAT64 bien conocido (RFC 6052).",
  "prefix.local-use": "{prefix} es el rango NAT64 de uso local (RFC 8215).",
  "prefix.published": "{prefix} es el prefijo del servicio NAT64 público de {operator}.",
  "prefix.nat64-length":
    "{prefix} es un prefijo de red; por su longitud podría ser un prefijo NAT64 (RFC 6052).",
  "prefix.network":
    "{prefix} es un prefijo de red (un rango de direcciones), no una sola dirección.",
  "prefix.networkSpecific":
    "{prefix} es un prefijo propio de la red: uno que el operador de tu red eligió para su propio NAT64.",

  "found.headline": {
    one: "Prefijo NAT64 encontrado: {prefixes}",
    other: "Prefijos NAT64 encontrados: {prefixes}",
  },
  "found.meaning": {
    one: "Tu DNS convirtió el nombre ipv4only.arpa, que solo tiene IPv4, en direcciones IPv6 (DNS64). Así que en esta red se llega a los sitios que solo tienen IPv4 a través de un traductor (NAT64) con este prefijo.",
    other:
      "Tu DNS convirtió el nombre ipv4only.arpa, que solo tiene IPv4, en direcciones IPv6 (DNS64). Así que en esta red se llega a los sitios que solo tienen IPv4 a través de un traductor (NAT64) con estos prefijos.",
  },
  "found.more":
    "La salida contiene más de {max} prefijos NAT64; solo se muestran y se usan los {max} primeros.",
  "found.how": "Encontrado como describe el RFC 7050 (descubrimiento de Pref64::/n).",
  "noAaaa.headline": "Sin respuesta IPv6",
  "noAaaa.headlineFor": "Sin respuesta IPv6 para {name}",
  "noAaaa.ipv4only":
    "ipv4only.arpa solo tiene direcciones IPv4, así que una respuesta IPv6 tendría que inventarla un DNS64. No hay ninguna: este servidor DNS no hace DNS64. En una red solo IPv6, eso significa que no se puede llegar por nombre a los sitios que solo tienen IPv4 (salvo que tu dispositivo traduzca por su cuenta, como hacen los teléfonos con 464XLAT).",
  "noAaaa.other": "El servidor DNS no dio ninguna dirección IPv6 (AAAA) para este nombre.",
  "noAaaa.nameRefused":
    "El nombre que aparece en la salida no se muestra: no es un nombre DNS válido.",
  "noAaaa.ipv4Answers": "Sí respondió con IPv4: {addresses}.",

  "details.title": "Detalles técnicos",
  "details.canonical": "Forma canónica (RFC 5952)",
  "details.scope": "Ámbito",
  "details.kind": "Tipo",
  "details.prefix": "Prefijo",
  "details.ipv4": "IPv4",
  "details.unknown": "desconocida",
  "details.teredoServer": "Servidor Teredo",
  "details.clientPort": "Puerto del cliente",
  "details.flags": "Indicadores",
  "details.cone": "{flags} (cono)",
  "details.operator": "Operador",
  "details.ipv4Scope": "Ámbito IPv4",
  "details.public": "pública",
  "details.private": "privada",
  "details.uOctet": "Octeto u",
  "details.uOctetValue": "{value} (debería ser 0)",
  "details.source": "Fuente: {link}",

  "scopeName.unspecified": "no especificada",
  "scopeName.loopback": "loopback",
  "scopeName.link-local": "enlace local",
  "scopeName.site-local": "sitio local (obsoleta)",
  "scopeName.unique-local": "local única",
  "scopeName.multicast": "multicast",
  "scopeName.documentation": "documentación",
  "scopeName.special": "uso especial",
  "scopeName.global": "global",
  "scopeName.reserved": "reservada",

  "note.ipv4-mapped":
    "Dirección IPv4 mapeada (RFC 4291, sección 2.5.5.2): así ve un programa de doble pila una conexión IPv4; nunca aparece en la red.",
  "note.siit-translated":
    "Dirección IPv4 traducida del SIIT original (RFC 2765), en desuso desde hace mucho.",
  "note.ipv4-compatible":
    "Dirección compatible con IPv4: declarada obsoleta por el RFC 4291, sección 2.5.5.1, y ya no se usa.",
  "note.ipv4only-arpa":
    "{ipv4} es una dirección conocida de ipv4only.arpa (RFC 7050): es una respuesta DNS64 que sirve para descubrir el prefijo NAT64.",
  "note.wkp-non-global":
    "RFC 6052, sección 3.1: el prefijo bien conocido no debe llevar una dirección IPv4 no global, pero {ipv4} pertenece a un bloque así ({range}); un NAT64 no debería traducirla.",
  "note.local-use-unknown-length":
    "64:ff9b:1::/48 está reservado para NAT64 de uso local (RFC 8215); el operador elige dentro una longitud de prefijo, así que sin el Pref64::/n de la red no se sabe en qué posición está la dirección IPv4.",
  "note.u-octet-not-zero":
    "Los bits 64 a 71 (el octeto «u») valen {value}; el RFC 6052, sección 2.2, exige cero. Traductores como Jool y Tayga los ignoran.",
  "note.suffix-not-zero":
    "El sufijo que sigue a la dirección IPv4 (bits {from} a 127) no es cero; según el RFC 6052, sección 2.2, debería serlo. Al descifrar se ignora.",
  "note.6to4":
    "6to4 (RFC 3056): IPv6 por un túnel sobre IPv4 a través del router de la dirección incrustada; los relés públicos quedaron obsoletos con el RFC 7526.",
  "note.teredo":
    "Teredo (RFC 4380): IPv6 por un túnel en UDP sobre IPv4 a través de NAT; la dirección pública y el puerto del cliente se guardan invertidos.",
  "note.isatap":
    "Identificador de interfaz ISATAP (RFC 5214): el host llega a esta red por un túnel IPv4 desde la dirección incrustada.",
  "note.documentation":
    "Esta dirección está reservada para documentación y ejemplos (RFC 3849, RFC 9637).",

  "ipv4Range.this-network": "«esta red» ({rfc})",
  "ipv4Range.private-use": "uso privado ({rfc})",
  "ipv4Range.shared-address-space": "espacio compartido para CGNAT ({rfc})",
  "ipv4Range.loopback": "loopback ({rfc})",
  "ipv4Range.link-local": "enlace local ({rfc})",
  "ipv4Range.ietf-protocol-assignments": "asignaciones de protocolo de la IETF ({rfc})",
  "ipv4Range.documentation": "documentación ({rfc})",
  "ipv4Range.6to4-relay-anycast": "anycast de relés 6to4, obsoleto ({rfc})",
  "ipv4Range.benchmarking": "pruebas de rendimiento ({rfc})",
  "ipv4Range.multicast": "multicast ({rfc})",
  "ipv4Range.reserved": "reservado ({rfc})",
  "ipv4Range.limited-broadcast": "difusión limitada ({rfc})",
} satisfies Catalog<typeof en>;
