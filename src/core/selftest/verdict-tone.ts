// How good or bad a verdict is for the visitor, for colour and icons (styles.css .verdict-ok,
// -warn, -bad). A fact about the verdict, not words: the page picks the words.

import type { VerdictCode } from "../result.ts";
import type { Tone } from "../tone.ts";

export function verdictTone(code: VerdictCode): Tone {
  switch (code) {
    case "dual-stack":
    case "ipv4-only":
      return "ok";
    case "ipv6-only-nat64":
    case "inconclusive":
    case "captive-portal":
      return "warn";
    default:
      return "bad";
  }
}
