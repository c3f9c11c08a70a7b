// The totality enumeration: every classifier input the tests walk to prove classifyNetwork total
// (classify.test.ts), shared with tests that must hold for every verdict it can give (the
// support code's round trip). Every kind takes every state (not configured, timeout, error,
// wrong answer, ok from native IPv4, ok from the NAT64 pool, ok over IPv6), under every set of
// engine traits. The full product (8^7 probe patterns × 10² STUN pairs × 15 trait sets ≈ 3 ×
// 10^9) is far too big, so it is factored by what each part can influence:
// - probes alone: all 7^7 patterns ("skipped" is its own test in classify.test.ts) without
//   traits, and every pattern of the states the rules tell apart under the two trait sets
//   without WebRTC (literal synthesis or not), the only traits that act on probes alone;
// - WebRTC: every STUN pair (10 × 10 observations) × every trait set (14 + none) on top of
//   the patterns of the probes the STUN rules combine with (v4literal in all 6 states, v4 and
//   nat64 in 5, v6 in the 4 that are not a relay);
// - answers without an address (a shared link with addresses removed), on four probes.
// About 1.9 M inputs in all.

import {
  PROBE_KINDS,
  type ProbeKind,
  type ProbeOutcome,
  type WebRtcOutcome,
} from "../../../src/core/result.ts";
import type { EngineTraits } from "../../../src/core/selftest/engine-traits.ts";
import { MASKED_REMOVED } from "../../../src/core/share/masked.ts";
import {
  CHROMIUM,
  CLIENT_V4,
  CLIENT_V6,
  POOL_V4,
  probe,
  STUN_OBSERVATIONS,
  TRAIT_SETS,
} from "./classifier-fixtures.ts";

export type State =
  | "absent"
  | "timeout"
  | "error"
  | "bad"
  | "ok-native"
  | "ok-pool"
  | "ok-v6"
  | "ok-removed";

export const STATES: State[] = [
  "absent",
  "timeout",
  "error",
  "bad",
  "ok-native",
  "ok-pool",
  "ok-v6",
];

const ip = {
  "ok-native": CLIENT_V4,
  "ok-pool": POOL_V4,
  "ok-v6": CLIENT_V6,
  // A shared link whose sender removed the addresses: the probe answered, from somewhere
  // (shared-result.ts gives the classifier the removed fact, which is no address).
  "ok-removed": MASKED_REMOVED,
} as const;

/** The probes for one pattern: position i is the state of `kinds[i]`. */
export function build(states: State[], kinds: readonly ProbeKind[] = PROBE_KINDS): ProbeOutcome[] {
  const out: ProbeOutcome[] = [];
  states.forEach((state, i) => {
    const kind = kinds[i] as ProbeKind;
    if (state === "absent") return;
    if (state === "bad") out.push(probe(kind, "bad-response"));
    else if (state === "timeout" || state === "error") out.push(probe(kind, state));
    else out.push(probe(kind, "ok", ip[state]));
  });
  return out;
}

/** Calls `visit` with every combination: position i takes each state of `alphabets[i]`. */
export function enumerate(alphabets: State[][], visit: (states: State[]) => void) {
  const states = alphabets.map((alphabet) => alphabet[0] as State);
  const total = alphabets.reduce((product, alphabet) => product * alphabet.length, 1);
  for (let n = 0; n < total; n++) {
    let rest = n;
    alphabets.forEach((alphabet, i) => {
      states[i] = alphabet[rest % alphabet.length] as State;
      rest = Math.floor(rest / alphabet.length);
    });
    visit(states);
  }
}

export const every = (alphabet: State[]) => PROBE_KINDS.map(() => alphabet);

/** One classifier input of the enumeration. */
export type Visit = (
  probes: ProbeOutcome[],
  webrtc: WebRtcOutcome | undefined,
  traits: EngineTraits | undefined,
) => void;

/** All 7^7 combinations of probe states, in a result without traits. */
export function probesWithoutTraits(visit: Visit): void {
  enumerate(every(STATES), (states) => visit(build(states), undefined, undefined));
}

/** Every probe pattern in engines without WebRTC, with and without literal synthesis. */
export function probesWithoutWebrtc(visit: Visit): void {
  // States no rule tells apart are enumerated once: a wrong answer reads like a timeout in
  // every rule a trait touches; only the literal's, the IPv6 probes' and the large answer's
  // kind of failure is read; ds and large are read by address family only, so a pool and a
  // native IPv4 are one state there.
  const failsOnce: State[] = ["absent", "error", "ok-native", "ok-pool", "ok-v6"];
  const failsTwoWays: State[] = ["absent", "error", "timeout", "ok-native", "ok-v6"];
  const familyOnly: State[] = ["absent", "error", "ok-native", "ok-v6"];
  const alphabets = [
    failsOnce, // v4
    failsTwoWays, // v6
    familyOnly, // ds
    failsOnce, // nat64
    ["absent", "error", "timeout", "ok-native", "ok-pool", "ok-v6"] as State[], // v4literal
    failsTwoWays, // v6literal
    failsTwoWays, // large
  ];
  for (const traits of TRAIT_SETS.filter((t) => !t.webrtc)) {
    enumerate(alphabets, (states) => visit(build(states), undefined, traits));
  }
}

/** Every WebRTC observation and every engine trait set on top of the probes STUN combines with. */
export function webrtcOnProbes(visit: Visit): void {
  const pairs: WebRtcOutcome[] = [];
  for (const name of STUN_OBSERVATIONS) {
    for (const literal of STUN_OBSERVATIONS) {
      pairs.push({ ...(name ? { name } : {}), ...(literal ? { literal } : {}) });
    }
  }
  const kinds: ProbeKind[] = ["v4", "v6", "nat64", "v4literal"];
  const all: State[] = ["absent", "error", "timeout", "ok-native", "ok-pool", "ok-v6"];
  // Only the literal's and the IPv6 probes' kind of failure is read anywhere (a refused
  // literal, IPv6 timing out), so v4 and nat64 fail one way here. The IPv6-only name seen
  // from IPv4 is a relay, decided before any trait or STUN is read (and enumerated with every
  // state above), so v6 takes only its own states.
  const failsOnce: State[] = ["absent", "error", "ok-native", "ok-pool", "ok-v6"];
  const v6: State[] = ["absent", "error", "timeout", "ok-v6"];
  enumerate([failsOnce, v6, failsOnce, all], (states) => {
    const probes = build(states, kinds);
    for (const webrtc of pairs) {
      for (const traits of [undefined, ...TRAIT_SETS]) visit(probes, webrtc, traits);
    }
  });
}

/** Answers without an address (a shared link with addresses removed), in Chromium. */
export function removedAddresses(visit: Visit): void {
  const all: State[] = [...STATES, "ok-removed"];
  enumerate([all, all, all, all], (states) => {
    visit(build(states, ["v4", "v6", "ds", "nat64"]), undefined, CHROMIUM);
  });
}

/** The whole enumeration. */
export function everyClassifierInput(visit: Visit): void {
  probesWithoutTraits(visit);
  probesWithoutWebrtc(visit);
  webrtcOnProbes(visit);
  removedAddresses(visit);
}
