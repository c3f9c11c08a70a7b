// The early verdict must never be taken back: whenever finalVerdict says a verdict is final,
// every way the pending probes and STUN observations could still end gives the same code, NAT64
// prefix and CLAT answer. Checked over the totality test's enumerations (classify.test.ts), with
// completions richer than the ones finality.ts tries itself (more addresses, within a /24 and
// across, every timing near the classifier's thresholds, several srflx at once), and on the
// lab's rows as their outcomes arrive.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PROBE_KINDS,
  type ProbeKind,
  type ProbeOutcome,
  type StunObservation,
  type WebRtcOutcome,
} from "../../../src/core/result.ts";
import { classifyNetwork } from "../../../src/core/selftest/classify.ts";
import {
  type EngineTraits,
  observedEngineTraits,
} from "../../../src/core/selftest/engine-traits.ts";
import {
  type FinalFacts,
  finalFacts,
  finalVerdict,
  MAX_COMPLETIONS,
  type RunSoFar,
} from "../../../src/core/selftest/finality.ts";
import {
  CHROMIUM,
  CLIENT_V4,
  CLIENT_V6,
  POOL_V4,
  POOL_V4_OTHER,
  probe,
  stun,
  TRAIT_SETS,
  UNSUPPORTED,
} from "./classifier-fixtures.ts";
import { probesWithoutTraits, webrtcOnProbes } from "./enumerate.ts";
import { arrivals, LAB_ROWS, labRow, planOf } from "./lab-rows.ts";

/** A whole run: what every input ended as. */
interface Run {
  probes: ProbeOutcome[];
  webrtc?: WebRtcOutcome | undefined;
  traits: EngineTraits;
}

/** The facts of a finished run, classified as run.ts classifies it. */
function factsOf(run: Run): FinalFacts {
  const traits = observedEngineTraits(run.traits, run.webrtc, run.probes);
  return finalFacts(classifyNetwork({ probes: run.probes, webrtc: run.webrtc, traits }));
}

type Which = "name" | "literal";
type Pending = {
  probes: number[];
  stun: Which[];
  /** What a pending observation has shown so far (webrtc.ts's onChange). */
  shown?: Partial<Record<Which, StunObservation>>;
};

/** The run as finality.ts sees it while `pending` is still running. */
function soFar(run: Run, pending: Pending): RunSoFar {
  const stunState: RunSoFar["stun"] = {};
  for (const which of ["name", "literal"] as const) {
    const observation = run.webrtc?.[which];
    if (observation) stunState[which] = pending.stun.includes(which) ? null : observation;
  }
  return {
    plan: planOf(run.probes),
    done: run.probes.filter((_, i) => !pending.probes.includes(i)),
    stun: stunState,
    stunSoFar: { ...pending.shown },
    traits: run.traits,
  };
}

/**
 * Part of what an observation that ended as `ended` showed while it ran (picks choose how much):
 * some of its srflx, its lookup error and error events or not yet. Null where it showed nothing
 * (it failed, or arrived with nothing).
 */
function partOf(ended: StunObservation, picks: number): StunObservation | null {
  if (ended.status !== "ok") return null;
  const srflx = ended.srflx.slice(0, picks % (ended.srflx.length + 1));
  const lookupError = ended.lookupError && (picks >> 3) % 2 === 0;
  const errorEvents = ended.errorEvents && (lookupError || (picks >> 4) % 2 === 0);
  if (srflx.length === 0 && !lookupError && !errorEvents) return null;
  return { ...ended, srflx, lookupError, errorEvents, complete: false };
}

/** Whether an observation could end as `ended` after showing `shown`: it only grows. */
const extends_ = (ended: StunObservation, shown: StunObservation | undefined) =>
  !shown ||
  (ended.status === "ok" &&
    shown.srflx.every((a) => ended.srflx.includes(a)) &&
    (!shown.lookupError || ended.lookupError) &&
    (!shown.errorEvents || ended.errorEvents));

// Richer than finality.ts's own completions: two addresses in one /24 and several /24s that
// neither the run nor finality.ts uses, a second IPv6 address, and timings on both sides of
// every threshold the classifier reads.
const FRESH_A = "192.0.2.50";
const FRESH_A2 = "192.0.2.51"; // same /24 as FRESH_A
const FRESH_B = "100.64.0.1";
const IPS = [
  CLIENT_V4,
  POOL_V4,
  POOL_V4_OTHER,
  FRESH_A,
  FRESH_A2,
  FRESH_B,
  CLIENT_V6,
  "2001:db8::99",
];
const TIMES = [5, 999, 1001, 2999, 3000, 4000];

function probeEndings(kind: ProbeKind, prefix?: string): ProbeOutcome[] {
  const extra = prefix ? { prefix } : {};
  const out = [
    probe(kind, "timeout", null, { ...extra, ms: 2000 }),
    probe(kind, "timeout", null, extra),
    probe(kind, "error", null, { ...extra, ms: 2400 }),
    probe(kind, "error", null, extra),
    probe(kind, "bad-response", null, extra),
  ];
  for (const ip of IPS) for (const ms of TIMES) out.push(probe(kind, "ok", ip, { ...extra, ms }));
  return out;
}

const STUN_ENDINGS: StunObservation[] = (() => {
  const out: StunObservation[] = [];
  const lists = [
    [],
    [CLIENT_V4],
    [POOL_V4],
    [POOL_V4_OTHER],
    [FRESH_A],
    [CLIENT_V4, POOL_V4_OTHER],
    [FRESH_A, FRESH_B],
  ];
  for (const lookupError of [false, true]) {
    for (const errorEvents of [false, true]) {
      out.push({ ...stun([], lookupError, errorEvents), status: "error", complete: false });
      for (const srflx of lists) out.push(stun(srflx, lookupError, errorEvents));
      out.push({ ...stun([FRESH_A], lookupError, errorEvents), complete: false, ms: 1500 });
    }
  }
  return out;
})();

/** Every way one pending input can end, as a function that puts it into a run. */
function endingsOf(run: Run, slot: number | Which, pending: Pending): ((r: Run) => Run)[] {
  if (typeof slot === "number") {
    const planned = run.probes[slot] as ProbeOutcome;
    return probeEndings(planned.kind, planned.prefix).map((ending) => (r: Run) => ({
      ...r,
      probes: r.probes.map((p, i) => (i === slot ? { ...ending, id: planned.id } : p)),
    }));
  }
  // An engine without RTCPeerConnection records "unsupported" at once (webrtc.ts).
  const shown = pending.shown?.[slot];
  // Richer still where it has shown something: its own srflx with each of the others added.
  const grown = shown
    ? STUN_ENDINGS.map((ending) => ({ ...ending, srflx: [...shown.srflx, ...ending.srflx] }))
    : [];
  const endings = run.traits.webrtc
    ? [...STUN_ENDINGS, ...grown].filter((ending) => extends_(ending, shown))
    : [UNSUPPORTED];
  return endings.map((ending) => (r: Run) => ({ ...r, webrtc: { ...r.webrtc, [slot]: ending } }));
}

/**
 * Checks the claim for one run and one set of pending inputs: when the check says final, the
 * run itself and every rich completion (all of them, or `sample` random ones) agree with it.
 * Returns whether the check said final.
 */
function holds(run: Run, pending: Pending, sample?: () => number[]): boolean {
  // A larger budget than the page's: the claim holds whatever the budget lets through.
  const early = finalVerdict(soFar(run, pending), 4 * MAX_COMPLETIONS);
  if (!early) return false;
  const expected = finalFacts(early);
  const fail = (completion: Run) => {
    throw new Error(
      `final too early: ${JSON.stringify({ expected, got: factsOf(completion), pending, completion })}`,
    );
  };
  if (!same(factsOf(run), expected)) fail(run);
  const slots = [...pending.probes, ...pending.stun];
  const endings = slots.map((slot) => endingsOf(run, slot, pending));
  if (sample) {
    for (let n = 0; n < 40; n++) {
      const picks = sample();
      const completion = endings.reduce(
        (r, options, i) => (options[(picks[i] ?? 0) % options.length] as (r: Run) => Run)(r),
        run,
      );
      if (!same(factsOf(completion), expected)) fail(completion);
    }
    return true;
  }
  const visit = (i: number, r: Run) => {
    const options = endings[i];
    if (!options) {
      if (!same(factsOf(r), expected)) fail(r);
      return;
    }
    for (const put of options) visit(i + 1, put(r));
  };
  visit(0, run);
  return true;
}

const same = (a: FinalFacts, b: FinalFacts) =>
  a.code === b.code && a.prefix === b.prefix && a.clat === b.clat;

/** A small deterministic generator, so every run of the test checks the same cases. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state;
  };
}

/** Up to `size` distinct picks from 0…n-1. */
function choose(random: () => number, n: number, size: number): number[] {
  const picked = new Set<number>();
  for (let k = 0; k < size && picked.size < n; k++) picked.add(random() % n);
  return [...picked];
}

describe("an early verdict is never taken back", () => {
  it("over the probe patterns of the totality test (sampled), one to three probes pending", () => {
    // The 7^7 patterns of the probes-only enumeration, every 211th, under every trait set in
    // turn.
    const random = lcg(13);
    let n = 0;
    let finals = 0;
    probesWithoutTraits((probes) => {
      if (n++ % 211 !== 0 || probes.length === 0) return;
      const traits = TRAIT_SETS[n % TRAIT_SETS.length] as EngineTraits;
      const run = { probes, traits };
      // One probe pending: every rich ending; two or three: a random sample of endings.
      if (holds(run, { probes: choose(random, probes.length, 1), stun: [] })) finals++;
      const many = { probes: choose(random, probes.length, 2 + (n % 2)), stun: [] };
      if (holds(run, many, () => Array.from({ length: 3 }, random))) finals++;
    });
    // The claim is not vacuous: a good share of these runs were final early.
    expect(finals).toBeGreaterThan(1000);
  });

  it("over the WebRTC enumeration of the totality test (sampled), STUN and probes pending", () => {
    const random = lcg(7);
    let n = 0;
    let finals = 0;
    let finalsWithPart = 0;
    webrtcOnProbes((probes, webrtc, traits) => {
      // Results without traits are old shared links: never a run in progress.
      if (n++ % 211 !== 0 || !traits || !webrtc) return;
      // A run records "unsupported" exactly where the engine has no RTCPeerConnection.
      const real = (o: StunObservation | undefined) =>
        o !== undefined && (o.status === "unsupported") === !traits.webrtc;
      const stunPending = (["name", "literal"] as const).filter(
        (which) => real(webrtc[which]) && random() % 2 === 0,
      );
      const probesPending =
        stunPending.length === 2 || probes.length === 0 ? [] : choose(random, probes.length, 1);
      // Half the time, a pending observation has already shown part of how it ended.
      const shown: Pending["shown"] = {};
      for (const which of stunPending) {
        const part = random() % 2 === 0 ? partOf(webrtc[which] as StunObservation, random()) : null;
        if (part) shown[which] = part;
      }
      const pending = { probes: probesPending, stun: stunPending, shown };
      if (pending.probes.length + pending.stun.length === 0) return;
      if (holds({ probes, webrtc, traits }, pending)) {
        finals++;
        if (Object.keys(shown).length > 0) finalsWithPart++;
      }
    });
    expect(finals).toBeGreaterThan(300);
    // Some were final only because of what a running observation had shown.
    expect(finalsWithPart).toBeGreaterThan(20);
  });

  it("for any run and any inputs pending (random runs, random completions)", () => {
    const kinds: ProbeKind[] = [...PROBE_KINDS, "nat64-candidate"];
    const runs = fc
      .record({
        configured: fc.subarray(kinds, { minLength: 1 }),
        endings: fc.array(fc.nat(), { minLength: kinds.length, maxLength: kinds.length }),
        name: fc.option(fc.constantFrom(...STUN_ENDINGS, UNSUPPORTED), { nil: undefined }),
        literal: fc.option(fc.constantFrom(...STUN_ENDINGS, UNSUPPORTED), { nil: undefined }),
        traits: fc.constantFrom(...TRAIT_SETS, CHROMIUM),
        pendingMask: fc.nat(),
        seed: fc.nat(),
      })
      .map((r) => {
        const probes = r.configured.map((kind, i) => {
          const options = probeEndings(
            kind,
            kind === "nat64-candidate" ? `2001:db8:${i}::/96` : undefined,
          );
          return options[(r.endings[i] ?? 0) % options.length] as ProbeOutcome;
        });
        const fits = (o: StunObservation | undefined) =>
          o === undefined
            ? undefined
            : r.traits.webrtc === (o.status !== "unsupported")
              ? o
              : undefined;
        const name = fits(r.name);
        const literal = fits(r.literal);
        const webrtc =
          name || literal
            ? { ...(name ? { name } : {}), ...(literal ? { literal } : {}) }
            : undefined;
        const stunPending = (["name", "literal"] as const).filter(
          (which, k) => webrtc?.[which] && (r.pendingMask >> (9 + k)) & 1,
        );
        const shown: Pending["shown"] = {};
        for (const which of stunPending) {
          const part = partOf(webrtc?.[which] as StunObservation, r.seed >> 2);
          if (part && (r.pendingMask >> 11) & 1) shown[which] = part;
        }
        const pending: Pending = {
          probes: probes.flatMap((_, i) => ((r.pendingMask >> i) & 1 ? [i] : [])),
          stun: stunPending,
          shown,
        };
        return { run: { probes, webrtc, traits: r.traits }, pending, seed: r.seed };
      });
    let finals = 0;
    fc.assert(
      fc.property(runs, ({ run, pending, seed }) => {
        const random = lcg(seed);
        if (holds(run, pending, () => Array.from({ length: 10 }, random))) finals++;
      }),
      { numRuns: 1500, seed: 64 },
    );
    expect(finals).toBeGreaterThan(50);
  });
});

describe("the lab's rows, outcome by outcome", () => {
  /** Replays a row in the order its outcomes arrive; returns when the verdict became final. */
  function replay(row: ReturnType<typeof labRow>) {
    for (const { at, run } of arrivals(row)) {
      const verdict = finalVerdict(run);
      if (verdict) return { at, facts: finalFacts(verdict) };
    }
    throw new Error("never final");
  }

  for (const [network, config] of LAB_ROWS) {
    for (const engine of ["chromium", "firefox", "webkit"] as const) {
      it(`${network}/${config} in ${engine}: the first final verdict is the one waiting gives`, () => {
        const row = labRow(network, config, engine);
        expect(replay(row).facts).toEqual(factsOf(row));
      });
    }
  }

  it("does not wait for a slow failure that cannot matter (WebKit, NAT64 on the well-known prefix)", () => {
    // The network-specific candidate fails only after 2 s in WebKit; the well-known prefix was
    // proven first, so the verdict is final as soon as the fast probes are in.
    const row = labRow("nat64", "http", "webkit");
    const slowest = Math.max(...row.probes.map((p) => p.ms));
    expect(replay(row).at).toBeLessThan(slowest);
  });

  it("does wait for a probe that could still change the prefix", () => {
    // Dual-stack in Firefox: a NAT64 answering from this network's own /24 would make it
    // IPv6-only with NAT64, so its slow failure is waited for.
    const row = labRow("dualstack", "http", "firefox");
    expect(replay(row).at).toBe(2400);
  });

  it("skips the check when too many completions would be tried, and says final when nothing is pending", () => {
    const row = labRow("464xlat", "http", "chromium");
    const all = soFar(row, { probes: row.probes.map((_, i) => i), stun: ["name", "literal"] });
    expect(finalVerdict(all)).toBeNull();
    expect(finalVerdict(all, 1e12)).toBeNull(); // not final either
    const none = soFar(row, { probes: [], stun: [] });
    expect(finalFacts(finalVerdict(none, 1) as never)).toEqual(factsOf(row));
    expect(MAX_COMPLETIONS).toBeGreaterThan(0);
  });
});
