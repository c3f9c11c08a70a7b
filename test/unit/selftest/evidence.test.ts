// Each signal the classifier reads, on its own: what proves it, what does not, and where an
// engine's traits make it evidence or not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type {
  ProbeKind,
  ProbeOutcome,
  StunObservation,
  WebRtcOutcome,
} from "../../../src/core/result.ts";
import type { EngineTraits } from "../../../src/core/selftest/engine-traits.ts";
import {
  type ClassifierInput,
  EVIDENCE_SOURCES,
  type Evidence,
  type EvidenceSource,
  fieldsPendingCouldChange,
  gatherEvidence,
} from "../../../src/core/selftest/evidence.ts";
import {
  CHROMIUM,
  CLIENT_V4,
  CLIENT_V6,
  FIREFOX,
  IPHONE,
  IPHONE_NO_RTC,
  nothing,
  OLD_FIREFOX,
  POOL_V4,
  POOL_V4_OTHER,
  probe,
  STUN_OBSERVATIONS,
  stun,
  TRAIT_SETS,
  UNSUPPORTED,
  WEBKIT_NO_RTC,
} from "./classifier-fixtures.ts";

const evidence = (
  probes: ProbeOutcome[],
  webrtc?: WebRtcOutcome,
  traits?: EngineTraits,
): Evidence => gatherEvidence({ probes, webrtc, traits });

/** IPv6-only + NAT64 on the well-known prefix, over HTTP, no CLAT. */
const NAT64_PROBES = [
  probe("v4", "ok", POOL_V4),
  probe("v6", "ok", CLIENT_V6),
  probe("nat64", "ok", POOL_V4_OTHER),
  probe("v4literal", "error"),
];

describe("what answered", () => {
  it("counts wrong answers, and calls it interception only when they are at least half", () => {
    const half = evidence([
      probe("v4", "bad-response"),
      probe("v6", "ok", CLIENT_V6),
      probe("ds", "timeout"),
    ]);
    expect(half).toMatchObject({ badResponses: 1, answered: 2, probesRan: 3, intercepted: true });
    const few = evidence([
      probe("v4", "bad-response"),
      probe("v6", "ok", CLIENT_V6),
      probe("ds", "ok", CLIENT_V6),
    ]);
    expect(few).toMatchObject({ badResponses: 1, intercepted: false });
  });

  it("does not count skipped probes as run", () => {
    const e = evidence([probe("v4", "skipped"), probe("v6", "ok", CLIENT_V6)]);
    expect(e).toMatchObject({ probesRan: 1, ipv4Tested: false, anyOk: true });
  });

  it("calls an IPv6-only server that saw an IPv4 client a relay", () => {
    expect(evidence([probe("v6", "ok", CLIENT_V4)]).relayed).toBe(true);
    expect(evidence([probe("v4", "ok", CLIENT_V6)]).relayed).toBe(true);
    expect(evidence([probe("v6", "ok", CLIENT_V6), probe("v4", "ok", POOL_V4)]).relayed).toBe(
      false,
    );
  });

  it("ignores every STUN observation in an engine without WebRTC", () => {
    const webrtc = { name: stun([POOL_V4], false), literal: stun([POOL_V4], false) };
    expect(evidence([], webrtc, CHROMIUM).stunAnswered).toBe(true);
    expect(evidence([], webrtc, WEBKIT_NO_RTC)).toMatchObject({
      stunAnswered: false,
      stunDns64: false,
      ipv4Reachable: false,
    });
  });
});

describe("IPv6 health", () => {
  it("tells a time-out from a refusal on the IPv6 probes", () => {
    const e = evidence([probe("v6", "timeout"), probe("v6literal", "error")]);
    expect(e).toMatchObject({ ipv6TimesOut: true, ipv6Fails: true, ipv6Works: false });
  });

  it("sees a path-MTU black hole when the large answer times out after a small one worked", () => {
    const e = evidence([probe("ds", "ok", CLIENT_V6), probe("large", "timeout")]);
    expect(e.mtuBlackHole).toBe(true);
    expect(evidence([probe("ds", "ok", CLIENT_V6), probe("large", "error")]).mtuBlackHole).toBe(
      false,
    );
  });

  it("records slow IPv6 with both times, unless IPv4 names come through DNS64", () => {
    const slow = [
      probe("v4", "ok", CLIENT_V4, { ms: 400 }),
      probe("v6", "ok", CLIENT_V6, { ms: 3400 }),
    ];
    expect(evidence(slow).slowIpv6).toEqual({ v6Ms: 3400, v4Ms: 400 });
    expect(evidence([...slow, probe("v4literal", "error")]).slowIpv6).toBeNull();
    expect(evidence([slow[0] as ProbeOutcome, probe("v6", "ok", CLIENT_V6)]).slowIpv6).toBeNull();
  });
});

describe("DNS64 + NAT64 (E1–E4) and native IPv4 (N2, N3)", () => {
  it("E1: the IPv4-only name exits in the /24 of a NAT64 that was reached, which proves the prefix", () => {
    const e = evidence(NAT64_PROBES);
    expect(e.sameExitAsNat64).toBe(true);
    expect(e.nat64Exits).toEqual([{ prefix: "64:ff9b::/96", ip: POOL_V4_OTHER, sameExit: true }]);
    expect(e.prefix).toBe("64:ff9b::/96");
    expect(e.ipv4NameSeen).toBe(POOL_V4);
  });

  it("a NAT64 reached beside native IPv4 proves no prefix of this network's DNS64", () => {
    const e = evidence([probe("v4", "ok", CLIENT_V4), probe("nat64", "ok", POOL_V4)]);
    expect(e).toMatchObject({ sameExitAsNat64: false, prefix: null });
    expect(e.nat64Exits[0]?.sameExit).toBe(false);
    // Without an answer from the IPv4-only name, the NAT64 reached is the one to name.
    expect(evidence([probe("v4", "error"), probe("nat64", "ok", POOL_V4)]).prefix).toBe(
      "64:ff9b::/96",
    );
  });

  it("E2: the IPv4-only name works while its literal is refused; a literal that timed out proves nothing", () => {
    expect(evidence(NAT64_PROBES)).toMatchObject({ literalRefused: true, dns64ByLiteral: true });
    const timedOut = evidence([probe("v4", "ok", POOL_V4), probe("v4literal", "timeout")]);
    expect(timedOut).toMatchObject({ literalRefused: false, dns64ByLiteral: false });
  });

  it("E3 and E4 in Chromium: the STUN name answered without a lookup error, its literal silent", () => {
    const webrtc = { name: stun([POOL_V4], false), literal: nothing };
    expect(evidence([], webrtc, CHROMIUM)).toMatchObject({
      stunNameOnly: true,
      stunDns64: true,
      dns64: true,
    });
  });

  it("Firefox gathers on the default interface only: its silent literal is no E3, its 701 still makes E4", () => {
    const webrtc = { name: stun([POOL_V4], false), literal: nothing };
    expect(evidence([], webrtc, FIREFOX)).toMatchObject({
      literalSilenceCounts: false,
      stunNameOnly: false,
      stunDns64: true,
    });
  });

  it("without ICE error events a missing 701 is no E4; an old result reads that from the observation", () => {
    const webrtc = { name: stun([CLIENT_V4], false, false), literal: nothing };
    expect(evidence([], webrtc, OLD_FIREFOX).stunDns64).toBe(false);
    expect(evidence([], webrtc).iceErrorsReported).toBe(false);
    expect(evidence([], { name: stun([POOL_V4], false) }).iceErrorsReported).toBe(true);
  });

  it("N2: a working literal that leaves by another exit than the NAT64", () => {
    const e = evidence([probe("nat64", "ok", POOL_V4), probe("v4literal", "ok", CLIENT_V4)]);
    expect(e.literalBypassesNat64).toBe(true);
    const through = evidence([probe("nat64", "ok", POOL_V4), probe("v4literal", "ok", POOL_V4)]);
    expect(through).toMatchObject({ literalBypassesNat64: false, literalTranslated: true });
  });

  it("N3: the STUN name had no AAAA, and the browser said so", () => {
    expect(evidence([], { name: stun([CLIENT_V4], true) }, CHROMIUM).stunNoDns64).toBe(true);
    expect(evidence([], { name: stun([], true) }, CHROMIUM).stunNoDns64).toBe(false);
  });
});

describe("an IPv4 path of the device's own, and CLAT signals", () => {
  it("a working literal is an IPv4 stack except where the platform synthesizes literals", () => {
    const literal = [probe("v4literal", "ok", CLIENT_V4)];
    expect(evidence(literal, undefined, CHROMIUM).ipv4Stack).toBe(true);
    expect(evidence(literal, undefined, IPHONE)).toMatchObject({
      ipv4Stack: false,
      platformSynthesis: true,
      literalTranslated: true,
    });
  });

  it("a STUN literal srflx is a CLAT after DNS64 (E4) or at the NAT64's own exit", () => {
    const afterDns64 = { name: stun([POOL_V4], false), literal: stun([POOL_V4_OTHER], false) };
    expect(evidence([], afterDns64, CHROMIUM).stunLiteralTranslated).toBe(true);
    const noEvents = {
      name: stun([POOL_V4], false, false),
      literal: stun([POOL_V4_OTHER], false, false),
    };
    const traits = { ...IPHONE, iceErrorEvents: false };
    expect(evidence([], noEvents, traits).stunLiteralTranslated).toBe(false);
    expect(evidence([probe("nat64", "ok", POOL_V4)], noEvents, traits).stunLiteralTranslated).toBe(
      true,
    );
  });
});

describe("what is missing, and what would give it (results with traits only)", () => {
  it("names the literal test's gap by its state", () => {
    const gap = (probes: ProbeOutcome[], traits: EngineTraits = CHROMIUM) =>
      evidence(probes, undefined, traits).literalGap;
    expect(gap([])).toEqual({ why: "literal-not-tested" });
    expect(gap([probe("v4literal", "skipped")])).toEqual({
      why: "literal-blocked-on-https",
      fix: "open-http-page",
    });
    expect(gap([probe("v4literal", "timeout")])).toEqual({ why: "literal-timed-out" });
    expect(gap([probe("v4literal", "bad-response")])).toEqual({
      why: "literal-answered-by-other",
    });
    expect(gap([probe("v4literal", "ok", POOL_V4)])).toBeNull();
    expect(gap([probe("v4literal", "ok", POOL_V4)], IPHONE)).toEqual({
      why: "literal-works-either-way",
    });
    expect(gap([probe("v4literal", "error")])).toBeNull();
  });

  it("sends an Apple visitor to another device, everyone else to another browser", () => {
    expect(evidence([], undefined, WEBKIT_NO_RTC).stunNameGap).toEqual({
      why: "no-webrtc",
      fix: "other-browser",
    });
    expect(evidence([], undefined, IPHONE_NO_RTC)).toMatchObject({
      stunNameGap: { why: "no-webrtc", fix: "other-device" },
      stunLiteralGap: { why: "no-webrtc", fix: "chrome-on-a-mac" },
    });
  });

  it("names Firefox's default-interface gathering as the reason its STUN literal is silent", () => {
    const e = evidence([], { name: stun([POOL_V4], false), literal: nothing }, FIREFOX);
    expect(e.stunLiteralGap).toEqual({
      why: "gathers-default-interface",
      fix: "chrome-on-this-device",
    });
    expect(evidence([], { name: stun([POOL_V4], false), literal: nothing }, IPHONE)).toMatchObject({
      stunLiteralGap: { why: "gathering-unknown", fix: "chrome-on-a-mac" },
    });
  });

  it("has no gaps for results recorded before traits", () => {
    const e = evidence([], { name: UNSUPPORTED });
    expect([e.literalGap, e.stunNameGap, e.stunLiteralGap]).toEqual([null, null, null]);
    expect(e.traitsKnown).toBe(false);
  });
});

describe("which inputs each field reads", () => {
  const KINDS: ProbeKind[] = [
    "v4",
    "v6",
    "ds",
    "nat64",
    "v4literal",
    "v6literal",
    "large",
    "nat64-candidate",
  ];
  const outcome = (kind: ProbeKind) =>
    fc.oneof(
      fc.constant(undefined),
      fc
        .record({
          status: fc.constantFrom("ok", "timeout", "error", "bad-response", "skipped" as const),
          ip: fc.constantFrom(CLIENT_V4, POOL_V4, POOL_V4_OTHER, CLIENT_V6),
          ms: fc.constantFrom(120, 900, 1500, 3400),
        })
        .map(({ status, ip, ms }) =>
          probe(kind, status, ip, {
            ms,
            ...(kind === "nat64-candidate" ? { prefix: "2001:db8:64::/96" } : {}),
          }),
        ),
    );
  const observation = fc.constantFrom(...STUN_OBSERVATIONS);
  const traitSet = fc.constantFrom(undefined, ...TRAIT_SETS);
  type Inputs = Record<EvidenceSource, unknown>;
  const inputs = fc.record(
    Object.fromEntries([
      ...KINDS.map((kind) => [kind, outcome(kind)]),
      ["stun-name", observation],
      ["stun-literal", observation],
      ["traits", traitSet],
    ]) as Record<EvidenceSource, fc.Arbitrary<unknown>>,
  );
  const toInput = (i: Inputs): ClassifierInput => ({
    probes: KINDS.flatMap((kind) => (i[kind] ? [i[kind] as ProbeOutcome] : [])),
    webrtc: {
      ...(i["stun-name"] ? { name: i["stun-name"] as StunObservation } : {}),
      ...(i["stun-literal"] ? { literal: i["stun-literal"] as StunObservation } : {}),
    },
    traits: i.traits as EngineTraits | undefined,
  });

  it("no input outside a field's list ever changes it", () => {
    fc.assert(
      fc.property(inputs, inputs, (a, b) => {
        const before = gatherEvidence(toInput(a as Inputs));
        for (const source of Object.keys(a) as EvidenceSource[]) {
          const after = gatherEvidence(toInput({ ...(a as Inputs), [source]: b[source] }));
          for (const [field, sources] of Object.entries(EVIDENCE_SOURCES)) {
            if (sources.includes(source)) continue;
            const key = field as keyof Evidence;
            if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) {
              throw new Error(`${source} changed ${field}`);
            }
          }
        }
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it("names what a pending probe could still change", () => {
    const fields = fieldsPendingCouldChange(["v6literal"]);
    expect(fields.has("ipv6Works")).toBe(true);
    expect(fields.has("relayed")).toBe(true);
    expect(fields.has("dns64")).toBe(false);
    expect(fields.has("prefix")).toBe(false);
  });
});
