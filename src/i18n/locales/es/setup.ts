// Spanish: the check of the site's own DNS records (tú). Keys and placeholders: see ../en/setup.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/setup.ts";

export default {
  headline: "Esta prueba está mal configurada, así que el resultado de abajo puede ser incorrecto.",
  mismatch:
    "Los registros DNS de los servidores de prueba no corresponden a la función de cada uno:",
  advice:
    "Si administras este sitio, corrige estos registros DNS (comprobados aquí con DNS sobre HTTPS) y vuelve a cargar la página.",
  privacy:
    "Para comprobar que este sitio está bien configurado, en cada visita se consulta a resolutores públicos de DNS sobre HTTPS ({resolvers}) las direcciones de sus servidores de prueba, así que estos ven tu dirección IP y los nombres de esos servidores.",

  "role.v4": "El nombre de prueba solo IPv4 {host}",
  "role.v6": "El nombre de prueba solo IPv6 {host}",
  "role.ds": "El nombre de prueba de doble pila {host}",
  "role.large": "El nombre de prueba de respuesta grande {host}",
  "role.nat64": "El nombre de prueba NAT64 {host}",
  "role.nat64Candidate": "El nombre de prueba del prefijo NAT64 {host}",
  "problem.nxdomain": "{name} no existe en el DNS (NXDOMAIN).",
  "problem.v4NoA": "{name} no tiene dirección IPv4 (registro A).",
  "problem.v4HasAaaa": {
    one: "{name} también tiene una dirección IPv6 ({addresses}), así que llegar a él no demuestra que IPv4 funcione. Solo debe tener registros A.",
    other:
      "{name} también tiene direcciones IPv6 ({addresses}), así que llegar a él no demuestra que IPv4 funcione. Solo debe tener registros A.",
  },
  "problem.v6NoAaaa": "{name} no tiene dirección IPv6 (registro AAAA).",
  "problem.v6HasA": {
    one: "{name} también tiene una dirección IPv4 ({addresses}), así que llegar a él no demuestra que IPv6 funcione. Solo debe tener registros AAAA.",
    other:
      "{name} también tiene direcciones IPv4 ({addresses}), así que llegar a él no demuestra que IPv6 funcione. Solo debe tener registros AAAA.",
  },
  "problem.dsNoA": "{name} no tiene dirección IPv4 (registro A); necesita tanto A como AAAA.",
  "problem.dsNoAaaa": "{name} no tiene dirección IPv6 (registro AAAA); necesita tanto A como AAAA.",
  "problem.nat64HasA": {
    one: "{name} tiene una dirección IPv4 ({addresses}), así que quien tiene IPv4 llega a él sin NAT64. Solo debe tener registros AAAA.",
    other:
      "{name} tiene direcciones IPv4 ({addresses}), así que quien tiene IPv4 llega a él sin NAT64. Solo debe tener registros AAAA.",
  },
  "problem.nat64NoAaaa":
    "{name} no tiene ninguna dirección IPv6 (registro AAAA) dentro de {prefix}.",
  "problem.nat64OutsidePrefix":
    "{name} apunta a {address}, que no está dentro del prefijo NAT64 {prefix}.",
  "problem.nat64OtherServer": {
    one: "{name} apunta a {address}, que lleva dentro {embedded}, pero el nombre de prueba solo IPv4 {v4Host} tiene la dirección {v4Addresses}: ambos deben apuntar al mismo servidor.",
    other:
      "{name} apunta a {address}, que lleva dentro {embedded}, pero el nombre de prueba solo IPv4 {v4Host} tiene las direcciones {v4Addresses}: ambos deben apuntar al mismo servidor.",
  },
  "notSetUp.headline": "Esta prueba aún no está configurada",
  "notSetUp.why":
    "Este sitio no tiene servidores de prueba configurados, así que no hay nada con qué probar tu red ni ningún resultado que mostrar.",
  "notSetUp.meanwhile":
    "Aun así, puedes comprobar un servidor o descifrar una dirección más abajo.",
  "notSetUp.operator":
    "Si administras este sitio: indica tus servidores de prueba en {file} como explica {guide} en el código fuente de nat64-selftest y vuelve a cargar la página.",
  "localDemo.label": "Demo local:",
  "localDemo.text":
    "esto prueba el ordenador que sirve esta página, a través de sus direcciones de loopback o de la red local, no tu conexión a internet.",
} satisfies Catalog<typeof en>;
