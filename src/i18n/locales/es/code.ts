// Spanish: support codes (tú, neutral Spanish). Keys and placeholders: see ../en/code.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/code.ts";

export default {
  title: "Resultado de un código de soporte",
  from: "Leído del código de soporte {code}: describe la red donde se creó el código, no la tuya.",
  testMine: "Probar mi propia red",
  factsTitle: "Lo que dice el código",
  "fact.ipv4": "Sitios que solo tienen IPv4",
  "fact.ipv6": "IPv6",
  "fact.nat64": "Traductor NAT64",
  "fact.clat": "464XLAT (CLAT) en el dispositivo",
  "fact.engine": "Motor del navegador",
  "fact.page": "Página cargada por",
  "fact.rule": "Regla (para soporte)",
  "value.reached": "se llega",
  "value.notReached": "no se llega",
  "value.works": "funciona",
  "value.fails": "no funciona",
  "value.wellKnown": "sí, el prefijo conocido {prefix}",
  "value.networkSpecific": "sí, un prefijo propio de la red",
  "value.notRecorded": "no registrado",
  cannotSay:
    "Un código no puede decir: las direcciones IP, qué prefijo propio usa una red, el resultado de cada prueba, cuándo se hizo la prueba ni la versión del navegador. Eso lo lleva un enlace de resultados.",

  "error.title": "No se puede leer este código de soporte",
  "error.empty": "Aquí no hay ningún código de soporte.",
  "error.character":
    "«{char}» nunca aparece en un código de soporte (no llevan O, 0, I, 1 ni L). Revisa el código y vuelve a intentarlo.",
  "error.length": "Un código de soporte tiene 8 caracteres; este tiene {count}.",
  "error.check":
    "Este código no cuadra: probablemente se entendió o se escribió mal un carácter. Pide que te lo repitan, carácter por carácter.",
  "error.future-format":
    "Este código lo creó una versión de esta prueba más nueva de la que esta página sabe leer.",
  "error.invalid":
    "Este código cuadra, pero no contiene ningún resultado que dé esta prueba: puede que sea inventado o que lo hayan cambiado.",
  "error.again": "Pide el código otra vez o prueba la red en la que estás ahora.",

  "field.label": "¿Tienes un código de soporte? Escríbelo aquí",
  "field.hint": "8 caracteres; los espacios, los guiones y las minúsculas dan igual.",
  "field.show": "Ver el resultado",
} satisfies Catalog<typeof en>;
