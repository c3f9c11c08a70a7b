// Early, provably final verdicts: while probes and STUN observations are still running, is the
// verdict's code, NAT64 prefix and CLAT answer already settled? Asked of the classifier itself:
// every way the pending inputs could still end is classified, and the verdict is final when all
// of them agree. Nothing here knows which rule reads what, so a rule added or changed later is
// covered without touching this file (test/unit/selftest/finality.test.ts holds the claim
// against richer completions than the ones tried here).
//
// The completions tried cover every state a rule tells apart: a probe times out, fails, gets a
// wrong answer, or is answered from an IPv4 /24 already seen, from a new one, or over IPv6,
// quickly or slowly (the only timings a rule reads are thresholds on `ms`, so 0 and "very late"
// stand for every value); a STUN observation fails, or gives no srflx or one in each of those
// /24s, with and without a host-lookup error and error events. Each pending input may take any
// /24 seen so far, any new one an earlier pending input may bring, or one of its own, so every
// pattern of equal and different unseen addresses is among them. Rules compare IPv4 addresses
// only by /24, and a list of srflx only by "any of them", so one address per /24 and one srflx
// per observation stand for all. An engine without RTCPeerConnection records "unsupported" at
// once (webrtc.ts), so that is the only way its observations end.

import { addressFamily, sameIPv4Slash24 } from "../addr/ip-text.ts";
import type {
  ProbeOutcome,
  StunObservation,
  Verdict,
  VerdictCode,
  WebRtcOutcome,
} from "../result.ts";
import { decide } from "./classify.ts";
import { type EngineTraits, observedEngineTraits } from "./engine-traits.ts";
import { gatherEvidence } from "./evidence.ts";
import type { PlannedProbe } from "./probes.ts";

/** What a visitor is told first, and what no late outcome may change. */
export interface FinalFacts {
  code: VerdictCode;
  prefix: string | null;
  clat: boolean | null;
}

export interface RunSoFar {
  /** Every probe of the run, in plan order (the order a Result lists them in). */
  plan: readonly PlannedProbe[];
  /** Outcomes so far, in any order (skipped probes included). */
  done: readonly ProbeOutcome[];
  /** Each configured STUN observation: its outcome, or null while it runs. */
  stun: { name?: StunObservation | null; literal?: StunObservation | null };
  /**
   * What a running observation has shown so far (webrtc.ts reports each srflx and ICE error as
   * it arrives). It can only grow: a srflx is never taken back, a lookup error or error event
   * once seen stays, and an observation that has shown anything has made its offer, so it
   * cannot end in "error". Its endings are the ones that keep all of it.
   */
  stunSoFar?: { name?: StunObservation; literal?: StunObservation };
  /** The traits detection gave before the run (the observations refine them). */
  traits: EngineTraits;
}

/**
 * More completions than this and the check is skipped (it is asked again after the next
 * outcome, with one input fewer). Each costs a few µs (scripts/finality-cost.ts prints the
 * figures); every lab row in every engine is final as early with this budget as without one.
 */
export const MAX_COMPLETIONS = 300;

const SLOW = 1e9;
/** A prime: no count of completions is a multiple of it (each input has < 100 endings). */
const STRIDE = 7919;
const V6 = "2001:db8::1";
/** A pending input: a probe's place in the plan, or a STUN observation. */
type Slot = number | "name" | "literal";

/** The facts a verdict's headline and first lines stand on. */
export function finalFacts(verdict: Verdict): FinalFacts {
  return { code: verdict.code, prefix: verdict.nat64.prefix, clat: verdict.clat };
}

/**
 * The verdict, when no outcome of what is still pending could change its code, NAT64 prefix
 * or CLAT answer; null when one could, or when there are too many completions to try.
 */
export function finalVerdict(
  run: RunSoFar,
  budget = MAX_COMPLETIONS,
  /** Counts the completions classified (for scripts/finality-cost.ts). */
  stats?: { tried: number },
): Verdict | null {
  // The probes in plan order, as the Result will hold them: order decides which of two NAT64
  // exits names the prefix. Pending ones are filled in by each completion.
  const probes = run.plan.map((p) => run.done.find((o) => o.id === p.id));
  const slots: Slot[] = [];
  probes.forEach((outcome, i) => {
    if (!outcome) slots.push(i);
  });
  for (const which of ["name", "literal"] as const) if (run.stun[which] === null) slots.push(which);
  // One address per IPv4 /24 seen so far: what the pending inputs' addresses are compared with.
  const seen: string[] = [];
  for (const ip of [
    ...run.done.map((p) => (p.status === "ok" ? p.ip : null)),
    ...(run.stun.name?.srflx ?? []),
    ...(run.stun.literal?.srflx ?? []),
    ...(run.stunSoFar?.name?.srflx ?? []),
    ...(run.stunSoFar?.literal?.srflx ?? []),
  ]) {
    if (addressFamily(ip) === 4 && !seen.some((s) => sameIPv4Slash24(s, ip)))
      seen.push(ip as string);
  }
  // Each pending input's endings: its /24s are the ones seen so far, the new ones earlier
  // pending inputs may bring, and one new one of its own.
  const endings = slots.map((slot, i) => {
    const pool = [...seen];
    for (let k = 0; k <= i; k++) pool.push(`0.0.${k}.1`);
    return typeof slot === "string"
      ? stunEndings(run.traits.webrtc, pool, run.stunSoFar?.[slot])
      : probeEndings(run.plan[slot] as PlannedProbe, pool);
  });
  const total = endings.reduce((product, options) => product * options.length, 1);
  if (total > budget) return null;

  const webrtc: WebRtcOutcome = {};
  if (run.stun.name) webrtc.name = run.stun.name;
  if (run.stun.literal) webrtc.literal = run.stun.literal;
  let reference: Verdict | null = null;
  // Every completion, in a scattered order (a stride prime to the count): where the verdict is
  // not final, some completion that shows it usually comes early.
  for (let n = 0; n < total; n++) {
    let rest = (n * STRIDE) % total;
    endings.forEach((options, i) => {
      const ending = options[rest % options.length] as ProbeOutcome | StunObservation;
      rest = Math.floor(rest / options.length);
      const slot = slots[i] as Slot;
      if (typeof slot === "string") webrtc[slot] = ending as StunObservation;
      else probes[slot] = ending as ProbeOutcome;
    });
    const webrtcNow = Object.keys(webrtc).length > 0 ? { ...webrtc } : undefined;
    const outcomes = probes as ProbeOutcome[];
    const traits = observedEngineTraits(run.traits, webrtcNow, outcomes);
    const verdict = decide(gatherEvidence({ probes: outcomes, webrtc: webrtcNow, traits }));
    if (stats) stats.tried++;
    reference ??= verdict;
    if (
      verdict.code !== reference.code ||
      verdict.nat64.prefix !== reference.nat64.prefix ||
      verdict.clat !== reference.clat
    ) {
      return null;
    }
  }
  return reference;
}

/** Every way a pending probe can end that a rule could tell apart. */
function probeEndings(planned: PlannedProbe, pool: string[]): ProbeOutcome[] {
  const base = {
    id: planned.id,
    kind: planned.kind,
    url: planned.url,
    ...(planned.prefix ? { prefix: planned.prefix } : {}),
  };
  const out: ProbeOutcome[] = [
    { ...base, status: "timeout", ms: SLOW, ip: null, failure: "timeout" },
    { ...base, status: "error", ms: 0, ip: null, failure: "network-error" },
    { ...base, status: "bad-response", ms: 0, ip: null, failure: "not-json" },
  ];
  for (const ms of [0, SLOW]) {
    for (const ip of [...pool, V6]) out.push({ ...base, status: "ok", ms, ip });
  }
  return out;
}

/**
 * Every way a pending STUN observation can end that a rule could tell apart, keeping what it
 * has shown so far: its srflx, with or without one more from the pool, and any lookup error or
 * error event it reported.
 */
function stunEndings(webrtc: boolean, pool: string[], sofar?: StunObservation): StunObservation[] {
  if (!webrtc) return [stun("unsupported", [], false, false)]; // no RTCPeerConnection
  const shown = sofar?.srflx ?? [];
  const out: StunObservation[] = [];
  for (const lookupError of sofar?.lookupError ? [true] : [false, true]) {
    // Events arrive only after the offer was made, so one that has shown anything is "ok".
    if (!sofar) out.push(stun("error", [], lookupError, false));
    for (const errorEvents of sofar?.errorEvents ? [true] : [false, true]) {
      for (const more of [[], ...pool.filter((a) => !shown.includes(a)).map((a) => [a])]) {
        out.push(stun("ok", [...shown, ...more], lookupError, errorEvents));
      }
    }
  }
  return out;
}

function stun(
  status: StunObservation["status"],
  srflx: string[],
  lookupError: boolean,
  errorEvents: boolean,
): StunObservation {
  return { status, srflx, lookupError, errorEvents, hostCandidates: 0, complete: false, ms: 0 };
}
