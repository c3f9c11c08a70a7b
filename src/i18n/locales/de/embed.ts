// German: the embedded view (Sie). Keys and placeholders: see ../en/embed.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/embed.ts";

export default {
  testing: "Ihr Netzwerk wird getestet…",
  intro: "Dieser Test prüft, wie Ihr Gerät ins Internet kommt.",
  start: "Mein Netzwerk testen",
  again: "Noch einmal testen",
  details: "Details",
  detailsHint: "(öffnet den vollständigen Test in einem neuen Tab)",
} satisfies Catalog<typeof en>;
