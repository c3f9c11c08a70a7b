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
} satisfies Catalog<typeof en>;
