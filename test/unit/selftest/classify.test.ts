import { describe, expect, it } from "vitest";
import {
  PROBE_KINDS,
  type ProbeKind,
  type ProbeOutcome,
  type ProbeStatus,
  type StunObservation,
  VERDICT_CODES,
  type Verdict,
  type WebRtcOutcome,
} from "../../../src/core/result.ts";
import { classifyNetwork } from "../../../src/core/selftest/classify.ts";

// Addresses as echo servers would see them (documentation ranges).
const CLIENT_V4 = "198.51.100.20"; // native IPv4 (after the home router's NAT)
const POOL_V4 = "203.0.113.7"; // the carrier NAT64's pool
const POOL_V4_OTHER = "203.0.113.9"; // same pool, another address
const CLIENT_V6 = "2001:2::20";

function probe(
  kind: ProbeKind,
  status: ProbeStatus,
  ip: string | null = null,
  extra: Partial<ProbeOutcome> = {},
): ProbeOutcome {
  return {
    id: kind === "nat64-candidate" ? `nat64-candidate:${extra.prefix}` : kind,
    kind,
    url: `http://${kind}.example/echo`,
    status,
    ms: status === "timeout" ? 4000 : 120,
    ip: status === "ok" ? ip : null,
    ...(kind === "nat64" ? { prefix: "64:ff9b::/96" } : {}),
    ...extra,
  };
}

function stun(srflx: string[], lookupError: boolean, errorEvents = true): StunObservation {
  const hostCandidates = 2;
  return { status: "ok", srflx, lookupError, errorEvents, hostCandidates, complete: true, ms: 300 };
}

const nothing = stun([], false);

/** The networks of the lab table, as their probes would come back over plain HTTP. */
const scenarios: Record<
  string,
  { probes: ProbeOutcome[]; webrtc?: WebRtcOutcome; expect: Partial<Verdict> }
> = {
  "dual-stack": {
    probes: [
      probe("v4", "ok", CLIENT_V4),
      probe("v6", "ok", CLIENT_V6),
      probe("ds", "ok", CLIENT_V6),
      probe("nat64", "error"),
      probe("v4literal", "ok", CLIENT_V4),
      probe("v6literal", "ok", CLIENT_V6),
      probe("large", "ok", CLIENT_V6),
    ],
    webrtc: { name: stun([CLIENT_V4], true), literal: stun([CLIENT_V4], false) },
    expect: { code: "dual-stack", clat: null, ipv4: CLIENT_V4, ipv6: CLIENT_V6 },
  },
  "ipv4-only": {
    probes: [
      probe("v4", "ok", CLIENT_V4),
      probe("v6", "error"),
      probe("ds", "ok", CLIENT_V4),
      probe("nat64", "error"),
      probe("v4literal", "ok", CLIENT_V4),
      probe("v6literal", "error"),
      probe("large", "ok", CLIENT_V4),
    ],
    webrtc: { name: stun([CLIENT_V4], true), literal: stun([CLIENT_V4], false) },
    expect: { code: "ipv4-only", ipv4: CLIENT_V4, ipv6: null },
  },
  "ipv6-only + NAT64 on the well-known prefix, no CLAT": {
    probes: [
      probe("v4", "ok", POOL_V4),
      probe("v6", "ok", CLIENT_V6),
      probe("ds", "ok", CLIENT_V6),
      probe("nat64", "ok", POOL_V4),
      probe("v4literal", "error"),
      probe("v6literal", "ok", CLIENT_V6),
      probe("large", "ok", CLIENT_V6),
    ],
    webrtc: { name: stun([POOL_V4], false), literal: nothing },
    expect: { code: "ipv6-only-nat64", clat: false, confidence: "high", ipv4: POOL_V4 },
  },
  "ipv6-only + 464XLAT": {
    probes: [
      probe("v4", "ok", POOL_V4),
      probe("v6", "ok", CLIENT_V6),
      probe("ds", "ok", CLIENT_V6),
      probe("nat64", "ok", POOL_V4),
      probe("v4literal", "ok", POOL_V4_OTHER),
      probe("v6literal", "ok", CLIENT_V6),
      probe("large", "ok", CLIENT_V6),
    ],
    webrtc: { name: stun([POOL_V4, POOL_V4_OTHER], false), literal: stun([POOL_V4_OTHER], false) },
    expect: { code: "ipv6-only-nat64", clat: true },
  },
  "ipv6-only without NAT64": {
    probes: [
      probe("v4", "error"),
      probe("v6", "ok", CLIENT_V6),
      probe("ds", "ok", CLIENT_V6),
      probe("nat64", "error"),
      probe("v4literal", "error"),
      probe("v6literal", "ok", CLIENT_V6),
      probe("large", "ok", CLIENT_V6),
    ],
    webrtc: { name: stun([], true), literal: nothing },
    expect: { code: "ipv6-only-no-nat64", clat: false, ipv4: null },
  },
  "IPv6 present but packets dropped": {
    probes: [
      probe("v4", "ok", CLIENT_V4),
      probe("v6", "timeout"),
      probe("ds", "ok", CLIENT_V4),
      probe("nat64", "timeout"),
      probe("v4literal", "ok", CLIENT_V4),
      probe("v6literal", "timeout"),
      probe("large", "ok", CLIENT_V4),
    ],
    expect: { code: "ipv6-broken" },
  },
  "captive portal answering every name with a login page": {
    probes: [
      probe("v4", "bad-response"),
      probe("v6", "bad-response"),
      probe("ds", "bad-response"),
      probe("nat64", "error"),
      probe("v4literal", "error"),
      probe("v6literal", "error"),
      probe("large", "bad-response"),
    ],
    expect: { code: "captive-portal" },
  },
  offline: {
    probes: PROBE_KINDS.map((kind) => probe(kind, "timeout")),
    expect: { code: "offline", confidence: "high" },
  },
};

function scenario(name: string) {
  const found = scenarios[name];
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

describe("classifyNetwork on the networks people actually have", () => {
  for (const [name, { probes, webrtc, expect: expected }] of Object.entries(scenarios)) {
    it(name, () => {
      const verdict = classifyNetwork({ probes, webrtc });
      expect(verdict).toMatchObject(expected);
      expect(verdict.reasons.length).toBeGreaterThan(0);
    });
  }

  it("reports the well-known prefix when the A-only name exits through the NAT64 it reaches", () => {
    const { probes, webrtc } = scenario("ipv6-only + NAT64 on the well-known prefix, no CLAT");
    expect(classifyNetwork({ probes, webrtc }).nat64).toMatchObject({
      detected: true,
      prefix: "64:ff9b::/96",
    });
  });

  it("never reports a prefix it did not prove: network-specific prefix, nothing listed", () => {
    // DNS64 + NAT64 on an NSP: the well-known-prefix target is unreachable, the literal fails.
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "ok", POOL_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("nat64", "error"),
        probe("v4literal", "error"),
      ],
    });
    expect(verdict.code).toBe("ipv6-only-nat64");
    expect(verdict.nat64.prefix).toBeNull();
    expect(verdict.reasons.join(" ")).toMatch(/ipv4only\.arpa/);
  });

  it("reports an operator-listed network-specific prefix once its candidate probe proves it", () => {
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "ok", POOL_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("nat64", "error"),
        probe("nat64-candidate", "ok", POOL_V4, { prefix: "2001:2:64::/96" }),
        probe("v4literal", "error"),
      ],
    });
    expect(verdict.code).toBe("ipv6-only-nat64");
    expect(verdict.nat64.prefix).toBe("2001:2:64::/96");
  });

  it("HTTPS-like config without literals: WebRTC alone separates NAT64 from dual-stack", () => {
    const https = (webrtc: WebRtcOutcome) =>
      classifyNetwork({
        probes: [
          probe("v4", "ok", POOL_V4),
          probe("v6", "ok", CLIENT_V6),
          probe("ds", "ok", CLIENT_V6),
          probe("nat64", "error"),
          probe("v4literal", "skipped"),
        ],
        webrtc,
      });
    const nat64 = https({ name: stun([POOL_V4], false), literal: nothing });
    expect(nat64).toMatchObject({ code: "ipv6-only-nat64", clat: false, confidence: "high" });
    expect(nat64.nat64.prefix).toBeNull();
    const dualStack = https({ name: stun([CLIENT_V4], true), literal: stun([CLIENT_V4], false) });
    expect(dualStack).toMatchObject({ code: "dual-stack", confidence: "high" });
  });

  it("in a browser without ICE error events (Firefox), a missing 701 is not taken as DNS64", () => {
    const { probes } = scenario("dual-stack");
    const verdict = classifyNetwork({
      probes,
      webrtc: { name: stun([CLIENT_V4], false, false), literal: stun([CLIENT_V4], false, false) },
    });
    expect(verdict.code).toBe("dual-stack");
    expect(verdict.nat64.detected).not.toBe(true);
  });

  it("an IPv4 literal that merely timed out on a dual-stack network proves no DNS64", () => {
    const { probes } = scenario("dual-stack");
    const verdict = classifyNetwork({
      probes: probes.map((p) => (p.kind === "v4literal" ? probe("v4literal", "timeout") : p)),
    });
    expect(verdict.code).toBe("dual-stack");
  });

  it("a NAT64 that answers while names are not translated is called out as missing DNS64", () => {
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "error"),
        probe("v6", "ok", CLIENT_V6),
        probe("nat64", "ok", POOL_V4),
        probe("v4literal", "error"),
      ],
    });
    expect(verdict.code).toBe("ipv6-only-no-nat64");
    expect(verdict.nat64.detected).toBe(true);
    expect(verdict.reasons.join(" ")).toMatch(/DNS64/);
  });

  it("without literal or STUN evidence, dual-stack is reported with lowered confidence", () => {
    const verdict = classifyNetwork({
      probes: [probe("v4", "ok", CLIENT_V4), probe("v6", "ok", CLIENT_V6)],
    });
    expect(verdict.code).toBe("dual-stack");
    expect(verdict.confidence).toBe("low");
  });

  it("a dual-stack network that also offers a NAT64 stays dual-stack", () => {
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "ok", CLIENT_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("nat64", "ok", POOL_V4),
        probe("v4literal", "ok", CLIENT_V4),
      ],
    });
    expect(verdict.code).toBe("dual-stack");
    expect(verdict.nat64.detected).toBe(true);
  });

  it("a large answer that never arrives while small ones do is a path-MTU problem", () => {
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "ok", CLIENT_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("ds", "ok", CLIENT_V6),
        probe("large", "timeout"),
      ],
    });
    expect(verdict.code).toBe("ipv6-broken");
    expect(verdict.reasons[0]).toMatch(/large packets/);
  });

  it("a single filtered probe among good ones is set aside, not called a captive portal", () => {
    const { probes } = scenario("dual-stack");
    const verdict = classifyNetwork({
      probes: probes.map((p) => (p.kind === "large" ? probe("large", "bad-response") : p)),
    });
    expect(verdict.code).toBe("dual-stack");
    expect(verdict.reasons.join(" ")).toMatch(/left out/);
  });

  it("skipped probes count as not configured", () => {
    const verdict = classifyNetwork({
      probes: [probe("v4", "ok", CLIENT_V4), probe("v6", "skipped"), probe("v6literal", "skipped")],
    });
    expect(verdict.code).toBe("inconclusive");
  });

  it("no configured probe at all is inconclusive, not offline", () => {
    expect(classifyNetwork({ probes: [] }).code).toBe("inconclusive");
  });
});

describe("classifyNetwork is total", () => {
  // Every kind takes every state (not configured, skipped, timeout, error, wrong answer, ok from
  // native IPv4, ok from the NAT64 pool, ok over IPv6): 8^7 ≈ 2.1 M combinations is too slow,
  // so "skipped" is covered as its own test above and the rest is enumerated in full: 7^7.
  type State = "absent" | "timeout" | "error" | "bad" | "ok-native" | "ok-pool" | "ok-v6";
  const STATES: State[] = ["absent", "timeout", "error", "bad", "ok-native", "ok-pool", "ok-v6"];
  const ip = { "ok-native": CLIENT_V4, "ok-pool": POOL_V4, "ok-v6": CLIENT_V6 } as const;

  function build(states: State[]): ProbeOutcome[] {
    const out: ProbeOutcome[] = [];
    states.forEach((state, i) => {
      const kind = PROBE_KINDS[i] as ProbeKind;
      if (state === "absent") return;
      if (state === "bad") out.push(probe(kind, "bad-response"));
      else if (state === "timeout" || state === "error") out.push(probe(kind, state));
      else out.push(probe(kind, "ok", ip[state]));
    });
    return out;
  }

  function checkInvariants(verdict: Verdict, probes: ProbeOutcome[]) {
    expect(VERDICT_CODES).toContain(verdict.code);
    expect(verdict.reasons.length).toBeGreaterThan(0);
    const anyOk = probes.some((p) => p.status === "ok");
    const nat64Ok = probes.some(
      (p) => (p.kind === "nat64" || p.kind === "nat64-candidate") && p.status === "ok",
    );
    // A prefix is reported only when a NAT64-only probe reached its target.
    if (verdict.nat64.prefix !== null) expect(nat64Ok).toBe(true);
    // "Captive portal" needs something that answered wrongly.
    if (verdict.code === "captive-portal") {
      expect(probes.some((p) => p.status === "bad-response")).toBe(true);
    }
    // "Offline" only when nothing at all answered.
    if (verdict.code === "offline") expect(anyOk).toBe(false);
    // IPv6-only verdicts need IPv6 that worked.
    if (verdict.code === "ipv6-only-nat64" || verdict.code === "ipv6-only-no-nat64") {
      expect(probes.some((p) => p.status === "ok" && p.ip?.includes(":")) || nat64Ok).toBe(true);
    }
    if (verdict.code === "dual-stack") expect(verdict.ipv4 ?? verdict.ipv6).not.toBeNull();
  }

  it("yields a verdict for all 7^7 combinations of probe states", () => {
    const counts = new Map<string, number>();
    const states: State[] = PROBE_KINDS.map(() => "absent");
    const total = STATES.length ** PROBE_KINDS.length;
    for (let n = 0; n < total; n++) {
      let rest = n;
      for (let i = 0; i < states.length; i++) {
        states[i] = STATES[rest % STATES.length] as State;
        rest = Math.floor(rest / STATES.length);
      }
      const probes = build(states);
      const verdict = classifyNetwork({ probes });
      // toContain/expect per combination is too slow for 823k runs; check cheaply, then
      // run the full invariant check on a deterministic sample.
      if (!VERDICT_CODES.includes(verdict.code) || verdict.reasons.length === 0) {
        throw new Error(`no verdict for ${states.join(",")}`);
      }
      if (
        verdict.nat64.prefix !== null &&
        !probes.some((p) => p.kind === "nat64" && p.status === "ok")
      ) {
        throw new Error(`unproven prefix for ${states.join(",")}`);
      }
      if (n % 97 === 0) checkInvariants(verdict, probes);
      counts.set(verdict.code, (counts.get(verdict.code) ?? 0) + 1);
    }
    // No verdict is dead code: each one is reached by some combination of HTTP probes.
    expect([...counts.keys()].sort()).toEqual([...VERDICT_CODES].sort());
  });

  it("yields a verdict for every WebRTC observation on top of every probe pattern", () => {
    const observations: (StunObservation | undefined)[] = [
      undefined,
      {
        status: "unsupported",
        srflx: [],
        lookupError: false,
        errorEvents: false,
        hostCandidates: 0,
        complete: false,
        ms: 0,
      },
      {
        status: "error",
        srflx: [],
        lookupError: false,
        errorEvents: true,
        hostCandidates: 0,
        complete: false,
        ms: 5,
      },
      stun([], false),
      stun([], true),
      stun([CLIENT_V4], true),
      stun([POOL_V4], false),
      stun([POOL_V4, POOL_V4_OTHER], false),
      stun([CLIENT_V4], false, false), // Firefox: no ICE error events
    ];
    // A reduced probe alphabet (5^4 over v4, v6, nat64, v4literal) × 8 × 8 observations.
    const SMALL: State[] = ["absent", "error", "timeout", "ok-pool", "ok-v6"];
    const kinds: ProbeKind[] = ["v4", "v6", "nat64", "v4literal"];
    let runs = 0;
    for (let n = 0; n < SMALL.length ** kinds.length; n++) {
      let rest = n;
      const probes: ProbeOutcome[] = [];
      for (const kind of kinds) {
        const state = SMALL[rest % SMALL.length] as State;
        rest = Math.floor(rest / SMALL.length);
        if (state === "absent") continue;
        if (state === "error" || state === "timeout") probes.push(probe(kind, state));
        else probes.push(probe(kind, "ok", state === "ok-pool" ? POOL_V4 : CLIENT_V6));
      }
      for (const name of observations) {
        for (const literal of observations) {
          const webrtc: WebRtcOutcome = {
            ...(name ? { name } : {}),
            ...(literal ? { literal } : {}),
          };
          checkInvariants(classifyNetwork({ probes, webrtc }), probes);
          runs++;
        }
      }
    }
    expect(runs).toBe(625 * 81);
  });
});
