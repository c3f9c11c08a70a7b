// Spanish: the embedded view (tú). Keys and placeholders: see ../en/embed.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/embed.ts";

export default {
  testing: "Probando tu red…",
  intro: "Esta prueba averigua cómo se conecta tu dispositivo a internet.",
  start: "Probar mi red",
  again: "Volver a probar",
  details: "Detalles",
  detailsHint: "(abre la prueba completa en una pestaña nueva)",
} satisfies Catalog<typeof en>;
