// The compact view for an iframe on a help page (?embed=1). English is the source:
// de/embed.ts and es/embed.ts have exactly these keys.

import type { Messages } from "../../message.ts";

const embed = {
  testing: "Testing your network…",
  intro: "This test checks how your device reaches the internet.",
  start: "Test my network",
  again: "Test again",
  details: "Details",
  detailsHint: "(opens the full test in a new tab)",
} as const satisfies Messages;

export default embed;

declare module "../../namespaces.ts" {
  interface Namespaces {
    embed: typeof embed;
  }
}
