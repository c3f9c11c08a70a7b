// Spanish: the site's configuration and setup (tú). Keys and placeholders: see ../en/config.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/config.ts";

export default {
  "link.address":
    "La dirección de configuración de este enlace no es válida, así que la prueba no puede ejecutarse.",
  "link.file":
    "No se pudo cargar la configuración de este enlace, así que la prueba no puede ejecutarse.",
  "link.field":
    "La configuración de este enlace no es válida, así que la prueba no puede ejecutarse.",
  "link.explain":
    "El enlace pide a la prueba que use una configuración distinta de la de este sitio. El enlace está mal o lo han modificado; puede que el sitio en sí esté bien.",
  "site.headline": "Esta prueba no está bien configurada, así que no puede ejecutarse.",
  "site.problem": "Problema en la configuración: {problem}",
  "site.advice":
    "Si administras este sitio, corrige config.json. El decodificador de direcciones de más abajo sigue funcionando.",
  field: "Campo {field}: {problem}",

  "error.config-not-object": "la configuración debe ser un objeto JSON",
  "error.unknown-key": "clave desconocida (ponle un _ delante para dejarla como comentario)",
  "error.unknown-key-of": "clave desconocida (las válidas son: {known})",
  "error.unknown-probe": "prueba desconocida (las válidas son: {known})",
  "error.not-object": "debe ser un objeto",
  "error.not-object-with": "debe ser un objeto con las claves {keys}",
  "error.not-list": "debe ser una lista",
  "error.not-url": "debe ser una URL en forma de cadena de texto",
  "error.invalid-url": "«{value}» no es una URL absoluta válida",
  "error.url-not-http": "debe ser una URL http:// o https://, no {protocol}",
  "error.not-stun-url": "debe ser una URL STUN como «stun:v4.example.net:3478»",
  "error.prefix-shape": "debe tener la forma «P/n», con n igual a 32, 40, 48, 56, 64 o 96",
  "error.prefix-not-rfc6052":
    "{prefix} no es un prefijo NAT64 que permita el RFC 6052: debe ser un prefijo IPv6 válido sin bits activos más allá de su longitud (y, en un /96, los bits 64 a 71 deben ser cero)",
  "error.prefix-twice": "{prefix} aparece dos veces",
  "error.timeout-range": "debe ser un número entero de milisegundos entre {min} y {max}",
  "error.not-text": "debe ser un texto no vacío",
  "error.not-boolean": "debe ser true o false",
  "error.not-origin-string": "debe ser un origen en forma de cadena de texto",
  "error.invalid-origin": "«{value}» no es un origen como https://help.example.net",
  "error.origin-not-exact": "«{value}» debe ser exactamente un origen (esquema://host[:puerto])",
  "error.link-address-invalid": "La dirección de ?config= no es una dirección web válida.",
  "error.link-address-not-http": "La dirección de ?config= no es una dirección http(s).",
  "error.link-address-other-site":
    "La dirección de ?config= es de otro sitio; solo se usan archivos de {origin}.",
  "error.file-redirects": "{file} redirige a otro sitio.",
  "error.file-http-status": "{file} respondió con HTTP {status}.",
  "error.file-not-found": "{file} respondió con HTTP {status} (no encontrado).",
  "error.file-timeout-site-answers":
    "{file} no se cargó en {seconds} s, aunque este sitio responde.",
  "error.file-blocked-site-answers":
    "{file} no se pudo obtener, aunque este sitio responde (¿redirige a otro sitio?).",
  "error.file-web-page": "{file} es una página web, no un archivo de configuración.",
  "error.file-not-json": "{file} no es un JSON válido.",
  "error.file-unreadable": "{file} no se pudo leer.",
} satisfies Catalog<typeof en>;
