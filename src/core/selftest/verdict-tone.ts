// How a verdict reads at a glance, the one place that decides it: its status (what the card says
// in a word next to an icon: working normally, works with a catch, a problem, or could not
// tell), the tone its colour follows, and whether its uncertainty is worth saying. Facts about
// the verdict, not words: the page picks the words (src/ui/words/verdict.ts).

import type { Confidence, VerdictCode } from "../result.ts";
import type { Tone } from "../tone.ts";

/**
 * working: everything a visitor uses works. catch: it works, but something does not (raw-IPv4
 * apps, VPNs set up for IPv4). problem: something needs fixing before it works. unknown: the
 * test could not tell.
 */
export type VerdictStatus = "working" | "catch" | "problem" | "unknown";

export function verdictStatus(code: VerdictCode): VerdictStatus {
  switch (code) {
    case "dual-stack":
    case "ipv4-only":
      return "working";
    // Even with a CLAT, a VPN whose server name is IPv4-only is reached over a synthesized
    // IPv6 address, which IPv4-only AllowedIPs do not cover.
    case "ipv6-only-nat64":
      return "catch";
    case "ipv6-only-no-nat64":
    case "ipv6-broken":
    case "offline":
    case "captive-portal":
      return "problem";
    case "inconclusive":
      return "unknown";
  }
}

/** The colour of a verdict (styles.css .verdict-ok, -warn, -bad; "neutral" for unknown). */
export function verdictTone(code: VerdictCode): Tone | "neutral" {
  const tones = { working: "ok", catch: "warn", problem: "bad", unknown: "neutral" } as const;
  return tones[verdictStatus(code)];
}

/**
 * Whether the page says the verdict is uncertain: only when it is low and the status does not
 * already say "could not tell". A medium confidence (e.g. dual-stack that a CLAT would look
 * like) changes nothing a visitor does, so it is not said.
 */
export function verdictUncertain(code: VerdictCode, confidence: Confidence): boolean {
  return confidence === "low" && verdictStatus(code) !== "unknown";
}
