// Deadlines that follow the network. Until something answers, every probe may take the
// configured timeoutMs (a phone's first DNS lookup and TCP handshake can take seconds, and
// nothing is known about this network yet). Once the first echo has answered, this visit has
// measured how fast its network is, and a probe still silent is given up after
//
//     deadline = min(timeoutMs, max(floor, 3 × first answer))       (ms from the probe's start)
//
// - 3 × the first answer: a fetch is a DNS lookup plus at least two round trips (TCP, then the
//   request), and the slowest probe of a working family needs at most its own lookup, a longer
//   path and one retransmission more; three times the fastest covers that on slow networks
//   (a first answer after 1.3 s leaves the whole timeoutMs).
// - floor 1.5 s: Happy Eyeballs clients wait 250 ms for one family before trying the other
//   (RFC 8305 §5's default; never more than 2 s). An IPv6 still silent 1.5 s after its start
//   while IPv4 answered within 500 ms (else 3 × that answer is the deadline) has been given up
//   on by every such client six times over: it is broken for dual-stack apps. Anything faster
//   stays a working family: the lab's IPv6 answering 300 ms and 900 ms late stays dual-stack,
//   with half a second to spare even when the page's start has put 100–200 ms on its clock.
//   (It was 2 s, RFC 8305's maximum; with the page's own start that missed issue 13's 2.5 s
//   for a black-holed IPv6 in the lab, where the page's host has the same broken IPv6.)
// - For a probe whose timeout the classifier reads differently from a failure (an IPv6 probe
//   timing out is "IPv6 broken", failing is "no IPv6"; the large answer timing out is a path-MTU
//   black hole; a refused IPv4 literal is DNS64 evidence, a silent one is not), the floor also
//   outlasts the slowest failure this engine reports: Firefox reports an ICMPv6 "unreachable"
//   only after 1.3–2.4 s and WebKit after ≈ 2.05 s (shared/research/browsers-nat64.md), and
//   cutting those short would turn "no IPv6" into "IPv6 broken". An engine whose failure times
//   are unknown keeps the full timeoutMs for them.
// So with a black-holed IPv6 and the default timeoutMs of 4 s, Chromium calls IPv6 broken 1.5 s
// after the probes start (Firefox 3 s, WebKit 2.6 s), instead of 4 s.
//
// WebRTC: STUN gathering never completes on an IPv6-only network in Chromium, so its window
// used to run the full 1.5 s. A binding answer needs one lookup and one round trip, which the
// first echo's answer bounds; the window closes at 250 ms (libwebrtc retransmits an unanswered
// binding request once after 250 ms) plus 3 × the first answer, and never later than 1.5 s.
// Once the STUN name has given its srflx, the window closes 250 ms after it: that answer came
// from the same server after a lookup the literal does not need (and the name's lookup error,
// when there is one, comes with it: Chromium, 96 and 97 ms in the lab), so a srflx for the
// literal would have arrived by then, and one lost request is retransmitted within the 250 ms.

import type { ProbeKind } from "../result.ts";
import type { Engine } from "./engine-traits.ts";

/** Six times RFC 8305 §5's default wait before the other family (see above). */
const SILENT_FAMILY_FLOOR_MS = 1500;
const FACTOR = 3;
/** How long each engine takes, at most, to report an unreachable address (research file). */
const SLOWEST_FAILURE_MS: Record<Engine, number | null> = {
  chromium: 150,
  firefox: 2400,
  webkit: 2050,
  unknown: null,
};
/** Margin over a measured failure time (2.4 s → 3 s). */
const FAILURE_MARGIN = 1.25;
/**
 * The probes whose timeout the classifier reads differently from a failure (evidence.ts:
 * ipv6TimesOut, mtuBlackHole, literalRefused/literalGap; deadlines.test.ts checks this list
 * against the classifier).
 */
export const TIMEOUT_IS_EVIDENCE: readonly ProbeKind[] = ["v6", "v6literal", "large", "v4literal"];

/** The most WebRTC waits for ICE candidates (Chromium never completes on IPv6-only). */
export const STUN_WINDOW_MS = 1500;
/** libwebrtc's first retransmission of an unanswered STUN binding request. */
const STUN_RETRANSMIT_MS = 250;

/** When a probe still running is given up, in ms from its start. */
export function probeDeadline(
  kind: ProbeKind,
  engine: Engine,
  firstAnswerMs: number | null,
  timeoutMs: number,
): number {
  if (firstAnswerMs === null) return timeoutMs;
  let floor = SILENT_FAMILY_FLOOR_MS;
  if (TIMEOUT_IS_EVIDENCE.includes(kind)) {
    const failure = SLOWEST_FAILURE_MS[engine];
    if (failure === null) return timeoutMs;
    floor = Math.max(floor, Math.ceil(failure * FAILURE_MARGIN));
  }
  return Math.min(timeoutMs, Math.max(floor, FACTOR * firstAnswerMs));
}

/**
 * How long the STUN observations run, in ms from their start: `firstAnswerMs` is the first echo
 * answer's time, `nameSrflxMs` when the STUN name's first srflx arrived (null: not yet).
 */
export function stunWindow(
  firstAnswerMs: number | null,
  timeoutMs: number,
  nameSrflxMs: number | null = null,
): number {
  const cap = Math.min(STUN_WINDOW_MS, timeoutMs);
  const byEcho = firstAnswerMs === null ? cap : STUN_RETRANSMIT_MS + FACTOR * firstAnswerMs;
  const byName = nameSrflxMs === null ? cap : STUN_RETRANSMIT_MS + nameSrflxMs;
  return Math.min(cap, byEcho, byName);
}
