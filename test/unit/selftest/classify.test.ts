import { describe, expect, it } from "vitest";
import {
  PROBE_KINDS,
  type ProbeKind,
  type ProbeOutcome,
  type StunObservation,
  VERDICT_CODES,
  type Verdict,
  type WebRtcOutcome,
} from "../../../src/core/result.ts";
import { classifyNetwork, decide, RULES } from "../../../src/core/selftest/classify.ts";
import type { EngineTraits } from "../../../src/core/selftest/engine-traits.ts";
import { gatherEvidence } from "../../../src/core/selftest/evidence.ts";
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
  sentences,
  stun,
} from "./classifier-fixtures.ts";
import {
  build,
  probesWithoutTraits,
  probesWithoutWebrtc,
  removedAddresses,
  webrtcOnProbes,
} from "./enumerate.ts";
import { type Expected, LAB_ROWS, labRow } from "./lab-rows.ts";

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
    expect: {
      code: "dual-stack",
      rule: "dual-stack",
      clat: null,
      ipv4: CLIENT_V4,
      ipv6: CLIENT_V6,
    },
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
    expect: { code: "ipv4-only", rule: "ipv4-only", ipv4: CLIENT_V4, ipv6: null },
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
    expect: {
      code: "ipv6-only-nat64",
      rule: "ipv6-only-nat64",
      clat: false,
      confidence: "high",
      ipv4: POOL_V4,
    },
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
    expect: { code: "ipv6-only-no-nat64", rule: "no-nat64", clat: false, ipv4: null },
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
    expect: { code: "ipv6-broken", rule: "ipv6-broken" },
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
    expect: { code: "captive-portal", rule: "intercepted" },
  },
  offline: {
    probes: PROBE_KINDS.map((kind) => probe(kind, "timeout")),
    expect: { code: "offline", rule: "offline", confidence: "high" },
  },
};

function scenario(name: string) {
  const found = scenarios[name];
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

describe("classifyNetwork on the networks people actually have", () => {
  // Chromium's traits change nothing: it is the engine the old rules were measured in, and a
  // result without traits (an old shared link) still reads the same.
  for (const [name, { probes, webrtc, expect: expected }] of Object.entries(scenarios)) {
    for (const [engine, traits] of [
      ["Chromium", CHROMIUM],
      ["no traits recorded", undefined],
    ] as const) {
      it(`${name} (${engine})`, () => {
        const verdict = classifyNetwork({ probes, webrtc, traits });
        expect(verdict).toMatchObject(expected);
        expect(verdict.reasons.length).toBeGreaterThan(0);
      });
    }
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
    // …and says how to see it (dig AAAA ipv4only.arpa into the decoder).
    expect(verdict.reasons).toContainEqual({ code: "nat64-prefix-unproven" });
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

  it("in a browser without ICE error events (Firefox before 150), a missing 701 is not taken as DNS64", () => {
    const { probes } = scenario("dual-stack");
    for (const traits of [OLD_FIREFOX, undefined]) {
      const verdict = classifyNetwork({
        probes,
        webrtc: { name: stun([CLIENT_V4], false, false), literal: stun([CLIENT_V4], false, false) },
        traits,
      });
      expect(verdict.code).toBe("dual-stack");
      expect(verdict.nat64.detected).not.toBe(true);
    }
  });

  it("an IPv4 literal that merely timed out on a dual-stack network proves no DNS64", () => {
    const { probes } = scenario("dual-stack");
    const verdict = classifyNetwork({
      probes: probes.map((p) => (p.kind === "v4literal" ? probe("v4literal", "timeout") : p)),
    });
    expect(verdict.code).toBe("dual-stack");
  });

  it("a STUN answer beside a refused IPv4 literal is no IPv4 path: IPv6-only without NAT64 stays", () => {
    // No IPv4 route (the literal refused), and the A-only name failed: whatever STUN's own
    // lookup reached, the page's apps cannot reach IPv4-only sites.
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "error"),
        probe("v6", "ok", CLIENT_V6),
        probe("nat64", "error"),
        probe("v4literal", "error"),
      ],
      // The name's lookup error (no AAAA: no DNS64 there either), and answers nonetheless.
      webrtc: { name: stun([POOL_V4], true), literal: stun([POOL_V4], false) },
      traits: CHROMIUM,
    });
    expect(verdict).toMatchObject({ code: "ipv6-only-no-nat64", rule: "no-nat64" });
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
    expect(verdict).toMatchObject({ code: "ipv6-only-no-nat64", rule: "no-dns64" });
    expect(verdict.nat64.detected).toBe(true);
    expect(verdict.reasons).toEqual([{ code: "no-dns64" }, { code: "use-network-dns" }]);
  });

  it("without literal or STUN evidence, the page says it cannot tell, not a bare dual-stack", () => {
    const verdict = classifyNetwork({
      probes: [probe("v4", "ok", CLIENT_V4), probe("v6", "ok", CLIENT_V6)],
      traits: CHROMIUM,
    });
    expect(verdict).toMatchObject({ code: "inconclusive", rule: "undecidable", confidence: "low" });
    expect(verdict.reasons).toEqual([
      { code: "both-reachable" },
      { code: "cannot-tell-native-ipv4", gaps: ["literal-not-tested", "no-webrtc-test"] },
      { code: "how-to-find-out", fixes: ["dig"] },
    ]);
  });

  it("a result without traits (an old shared link) keeps the low-confidence dual-stack it recorded", () => {
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
    expect(verdict.reasons[0]).toEqual({ code: "mtu-black-hole" });
  });

  it("a single filtered probe among good ones is set aside, not called a captive portal", () => {
    const { probes } = scenario("dual-stack");
    const verdict = classifyNetwork({
      probes: probes.map((p) => (p.kind === "large" ? probe("large", "bad-response") : p)),
    });
    expect(verdict.code).toBe("dual-stack");
    expect(verdict.reasons.at(-1)).toEqual({ code: "set-aside", count: 1 });
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

describe("the lab's rows in Chromium, Firefox and WebKit, as the research file measured them", () => {
  for (const [network, config, ...expected] of LAB_ROWS) {
    (["chromium", "firefox", "webkit"] as const).forEach((engine, i) => {
      it(`${network}/${config} in ${engine}`, () => {
        const { prefix, ...rest } = expected[i] as Expected;
        const verdict = classifyNetwork(labRow(network, config, engine));
        expect(verdict).toMatchObject(rest);
        if (prefix !== undefined) expect(verdict.nat64.prefix).toBe(prefix);
      });
    });
  }

  it("Firefox on 464XLAT with an HTTPS-style config does not say 'no CLAT', and says why", () => {
    const verdict = classifyNetwork(labRow("464xlat", "https-like", "firefox"));
    expect(verdict.clat).toBeNull();
    expect(verdict.reasons).toContainEqual({
      code: "clat-unknown",
      gaps: ["literal-not-tested", "gathers-default-interface"],
      fixes: ["chrome-on-this-device"],
    });
  });

  it("WebKit without WebRTC on an NSP NAT64, HTTPS-style: no confident dual-stack, and what works instead", () => {
    const verdict = classifyNetwork(labRow("nsp", "https-like", "webkit"));
    expect(verdict.code).not.toBe("dual-stack");
    expect(verdict.reasons).toContainEqual({
      code: "cannot-tell-native-ipv4",
      gaps: ["literal-not-tested", "no-webrtc"],
    });
    expect(verdict.reasons).toContainEqual({
      code: "how-to-find-out",
      fixes: ["other-browser", "dig"],
    });
  });

  it("on an https:// page that skipped the literal probes, the way out is the http:// version", () => {
    const row = labRow("nsp", "https-like", "webkit");
    const verdict = classifyNetwork({
      ...row,
      probes: [...row.probes, probe("v4literal", "skipped")],
    });
    expect(verdict.reasons).toContainEqual({
      code: "how-to-find-out",
      fixes: ["open-http-page", "other-browser", "dig"],
    });
  });

  it("a failure after 2.4 s (Firefox's ICMPv6 unreachable) is an error like Chromium's 110 ms one", () => {
    // NAT64-only targets and the IPv6 literal fail slowly here; the verdict must not move.
    const row = labRow("nsp", "http-nocand", "firefox");
    const slowed = row.probes.map((p) => (p.status === "error" ? { ...p, ms: 2400 } : p));
    expect(classifyNetwork({ ...row, probes: slowed })).toMatchObject({
      code: "ipv6-only-nat64",
      clat: false,
    });
  });
});

describe("Apple platforms: IPv4 literals work by the system's synthesis (documented, not measured)", () => {
  // Safari and every iOS browser load through NSURLSession, which synthesizes an IPv6 address
  // for an IPv4 literal on a NAT64 network: the literal works without any CLAT.
  const wkpHttp = (literal: StunObservation, traits: EngineTraits = IPHONE) =>
    classifyNetwork({
      probes: [
        probe("v4", "ok", POOL_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("nat64", "ok", POOL_V4),
        probe("v4literal", "ok", POOL_V4),
      ],
      webrtc: { name: stun([POOL_V4], false), literal },
      traits,
    });

  it("a working literal through the NAT64 is the system's translation, not a CLAT", () => {
    const verdict = wkpHttp(nothing);
    expect(verdict).toMatchObject({ code: "ipv6-only-nat64", clat: null });
    expect(verdict.nat64.literalSynthesis).toBe(true);
    expect(verdict.reasons).toContainEqual({ code: "literal-synthesis" });
    expect(verdict.reasons).not.toContainEqual({ code: "clat-by-literal" });
  });

  it("the same observations in Chromium prove a CLAT", () => {
    const verdict = wkpHttp(nothing, CHROMIUM);
    expect(verdict.clat).toBe(true);
    expect(verdict.nat64.literalSynthesis).toBeUndefined();
  });

  it("a srflx on the STUN literal still proves a CLAT (STUN is never synthesized)", () => {
    const verdict = wkpHttp(stun([POOL_V4_OTHER], false));
    expect(verdict).toMatchObject({ code: "ipv6-only-nat64", clat: true });
    expect(verdict.nat64.literalSynthesis).toBe(true);
  });

  it("...also from an engine without ICE error events, when the srflx is the NAT64's own exit", () => {
    // HTTPS page (no literal probe); the A-only name and the NAT64 target share an exit (E1).
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "ok", POOL_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("nat64", "ok", POOL_V4),
      ],
      webrtc: { name: stun([POOL_V4], false, false), literal: stun([POOL_V4_OTHER], false, false) },
      traits: { ...IPHONE, iceErrorEvents: false },
    });
    expect(verdict).toMatchObject({ code: "ipv6-only-nat64", clat: true });
  });

  /** IPv6-only + NAT64 on the well-known prefix, the IPv4 literal refused. */
  const literalRefused = () => [
    probe("v4", "ok", POOL_V4),
    probe("v6", "ok", CLIENT_V6),
    probe("nat64", "ok", POOL_V4),
    probe("v4literal", "error"),
  ];

  it("a refused literal outweighs a STUN srflx for it: a CLAT would have carried the fetch", () => {
    const verdict = classifyNetwork({
      probes: literalRefused(),
      webrtc: { name: stun([POOL_V4], false), literal: stun([POOL_V4], false) },
      traits: CHROMIUM,
    });
    expect(verdict).toMatchObject({ code: "ipv6-only-nat64", clat: false });
    expect(verdict.reasons).toContainEqual({ code: "no-clat-by-literal" });
  });

  it("a refused literal beside a working name outweighs the STUN name's lookup error", () => {
    // The name worked only through a synthesized AAAA; STUN's resolver may be another.
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "ok", POOL_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("v4literal", "error"),
      ],
      webrtc: { name: stun([POOL_V4], true), literal: stun([], false) },
      traits: CHROMIUM,
    });
    expect(verdict).toMatchObject({ code: "ipv6-only-nat64", clat: false });
  });

  it("a failing literal is still no CLAT: a CLAT would have carried it", () => {
    const verdict = classifyNetwork({ probes: literalRefused(), traits: IPHONE });
    expect(verdict).toMatchObject({ code: "ipv6-only-nat64", clat: false });
  });

  it("a working literal is no proof of native IPv4: without WebRTC, an NSP NAT64 cannot be told apart", () => {
    // Lockdown Mode (no WebRTC) on a network-specific-prefix NAT64, HTTP page.
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "ok", POOL_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("ds", "ok", CLIENT_V6),
        probe("nat64", "error"),
        probe("v4literal", "ok", POOL_V4),
      ],
      traits: IPHONE_NO_RTC,
    });
    expect(verdict).toMatchObject({ code: "inconclusive", confidence: "low", clat: null });
    expect(verdict.reasons).toContainEqual({
      code: "cannot-tell-native-ipv4",
      gaps: ["literal-works-either-way", "no-webrtc"],
    });
    // Every iPhone browser is WebKit: the way out is another device on the same network.
    expect(verdict.reasons).toContainEqual({
      code: "how-to-find-out",
      fixes: ["other-device", "dig"],
    });
  });

  it("a literal that leaves by another exit than the NAT64 is native IPv4 (dual-stack)", () => {
    const verdict = classifyNetwork({
      probes: [
        probe("v4", "ok", CLIENT_V4),
        probe("v6", "ok", CLIENT_V6),
        probe("nat64", "ok", POOL_V4),
        probe("v4literal", "ok", CLIENT_V4),
      ],
      traits: IPHONE_NO_RTC,
    });
    expect(verdict).toMatchObject({ code: "dual-stack", confidence: "high" });
  });

  it("a Mac's Safari is told apart from Chrome on the same Mac only by the traits", () => {
    const probes = [
      probe("v4", "ok", POOL_V4),
      probe("v6", "ok", CLIENT_V6),
      probe("v4literal", "ok", POOL_V4),
    ];
    const webrtc = { name: stun([POOL_V4], false), literal: nothing };
    expect(classifyNetwork({ probes, webrtc, traits: CHROMIUM }).clat).toBe(true);
    expect(classifyNetwork({ probes, webrtc, traits: IPHONE }).clat).toBeNull();
  });
});

describe("Firefox: ICE only on the default interface, and 701 events since 150", () => {
  it("a silent STUN literal never means 'no CLAT' in Firefox, whatever the rest says", () => {
    const row = labRow("nat64", "https-like", "chromium");
    expect(classifyNetwork(row).clat).toBe(false);
    expect(classifyNetwork({ ...row, traits: FIREFOX }).clat).toBeNull();
  });

  it("where gathering is unknown (an unrecognised engine), silence is not evidence either", () => {
    const row = labRow("nat64", "https-like", "chromium");
    const unknown: EngineTraits = { ...CHROMIUM, engine: "unknown", gathering: null };
    expect(classifyNetwork({ ...row, traits: unknown }).clat).toBeNull();
  });

  it("Firefox's 701 makes a srflx without one DNS64 evidence, as in Chromium", () => {
    const verdict = classifyNetwork(labRow("nsp", "https-like", "firefox"));
    expect(verdict.code).toBe("ipv6-only-nat64");
    expect(verdict.nat64.evidence).toEqual([{ code: "stun-dns64" }]);
  });

  it("before 150 (no 701 events) the same run cannot tell, and says so", () => {
    const verdict = classifyNetwork({
      ...labRow("nsp", "https-like", "firefox"),
      traits: OLD_FIREFOX,
    });
    expect(verdict).toMatchObject({ code: "inconclusive", confidence: "low" });
    expect(verdict.reasons).toContainEqual({
      code: "cannot-tell-native-ipv4",
      gaps: ["literal-not-tested", "no-ice-errors"],
    });
  });

  it("the IPv4 literal over HTTP still proves a CLAT in Firefox (it works through the CLAT)", () => {
    expect(classifyNetwork(labRow("464xlat", "http", "firefox")).clat).toBe(true);
  });
});

describe("results without traits (old shared links) classify as the version that recorded them", () => {
  it("Firefox's 464XLAT run from before traits keeps the 'no CLAT' that version recorded", () => {
    const { probes, webrtc } = labRow("464xlat", "https-like", "firefox");
    expect(classifyNetwork({ probes, webrtc })).toMatchObject({
      code: "ipv6-only-nat64",
      clat: false,
    });
  });

  it("WebKit's NSP run from before traits keeps its low-confidence dual-stack", () => {
    const { probes, webrtc } = labRow("nsp", "https-like", "webkit");
    expect(classifyNetwork({ probes, webrtc })).toMatchObject({
      code: "dual-stack",
      confidence: "low",
    });
  });
});

describe("classifyNetwork is total", () => {
  // The enumeration (what it covers, and why it is factored the way it is): enumerate.ts.
  // About 1.9 M classifications; a violation throws with the combination, and a deterministic
  // sample also runs the full expect()-based check.

  /**
   * What no verdict may say, whatever it is: a reason-less verdict, an unproven prefix, or a
   * CLAT claim the engine's traits make unprovable. Returns the broken rule, or null.
   */
  function unprovable(
    verdict: Verdict,
    probes: ProbeOutcome[],
    webrtc: WebRtcOutcome | undefined,
    traits: EngineTraits | undefined,
  ): string | null {
    if (!VERDICT_CODES.includes(verdict.code) || verdict.reasons.length === 0) return "no verdict";
    const ran = (kind: ProbeKind) => probes.find((p) => p.kind === kind && p.status !== "skipped");
    const nat64Ok = probes.some(
      (p) => (p.kind === "nat64" || p.kind === "nat64-candidate") && p.status === "ok",
    );
    if (verdict.nat64.prefix !== null && !nat64Ok) return "a prefix no NAT64 probe proved";
    // Without WebRTC there is no STUN evidence, whatever an observation says.
    const stunLiteral = traits?.webrtc === false ? undefined : webrtc?.literal;
    const literalWorks = ran("v4literal")?.status === "ok";
    const synthesis = traits?.literalSynthesis === true;
    const stunLiteralAnswered = stunLiteral?.status === "ok" && stunLiteral.srflx.length > 0;
    const stunLiteralSilent = stunLiteral?.status === "ok" && stunLiteral.srflx.length === 0;
    // Results without traits were read as Chromium: gathering on every interface.
    const silenceCounts = traits === undefined || traits.gathering === "every-interface";
    const httpIPv4Failed = (["v4", "v4literal"] as const).some((kind) => {
      const p = ran(kind);
      return p !== undefined && p.status !== "ok";
    });
    if (verdict.clat === true && !(stunLiteralAnswered || (literalWorks && !synthesis))) {
      return "clat:true without an IPv4 path that cannot be the platform's synthesis";
    }
    if (verdict.clat === false && !(httpIPv4Failed || (stunLiteralSilent && silenceCounts))) {
      return "clat:false from silence this engine does not make evidence";
    }
    if (verdict.nat64.literalSynthesis && !(synthesis && literalWorks)) {
      return "literal synthesis on a platform without it, or without a working literal";
    }
    if (traits && verdict.code === "dual-stack" && verdict.confidence === "low") {
      return "a bare low-confidence dual-stack instead of 'could not tell'";
    }
    return null;
  }

  /** How often each rule gave each code, over every enumeration below. */
  const reached = new Map<string, number>();

  /**
   * The verdict must come from the first rule that matches: every earlier rule declined, the
   * rule named is one of RULES (or `unexplained` when none matched), and it gives only codes it
   * owns. Returns the broken rule, or null.
   */
  function misattributed(verdict: Verdict, e: ReturnType<typeof gatherEvidence>): string | null {
    const at = RULES.findIndex((rule) => rule.name === verdict.rule);
    const earlier = at < 0 ? RULES : RULES.slice(0, at);
    const first = earlier.find((rule) => rule.decide(e) !== null);
    if (first) return `${first.name} matched before ${verdict.rule}`;
    if (at < 0) {
      return verdict.rule === "unexplained" && verdict.code === "inconclusive"
        ? null
        : `no rule matched, yet ${verdict.rule} gave ${verdict.code}`;
    }
    return RULES[at]?.codes.includes(verdict.code)
      ? null
      : `${verdict.rule} gave ${verdict.code}, which it does not own`;
  }

  function check(
    probes: ProbeOutcome[],
    webrtc: WebRtcOutcome | undefined,
    traits: EngineTraits | undefined,
    counts: Map<string, number>,
    sample: boolean,
  ) {
    const evidence = gatherEvidence({ probes, webrtc, traits });
    const verdict = decide(evidence);
    const broken = unprovable(verdict, probes, webrtc, traits) ?? misattributed(verdict, evidence);
    if (broken) {
      throw new Error(
        `${broken}: ${JSON.stringify({ probes: probes.map((p) => `${p.kind}=${p.status}:${p.ip}`), webrtc, traits, verdict })}`,
      );
    }
    if (sample) checkInvariants(verdict, probes);
    counts.set(verdict.code, (counts.get(verdict.code) ?? 0) + 1);
    const pair = `${verdict.rule} → ${verdict.code}`;
    reached.set(pair, (reached.get(pair) ?? 0) + 1);
  }

  function checkInvariants(verdict: Verdict, probes: ProbeOutcome[]) {
    expect(VERDICT_CODES).toContain(verdict.code);
    expect(verdict.reasons.length).toBeGreaterThan(0);
    // Facts only: codes, numbers, addresses, prefixes; the page writes the words.
    expect(sentences(verdict)).toEqual([]);
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

  it("yields a verdict for all 7^7 combinations of probe states (a result without traits)", () => {
    const counts = new Map<string, number>();
    let n = 0;
    probesWithoutTraits((probes, webrtc, traits) => {
      check(probes, webrtc, traits, counts, n++ % 97 === 0);
    });
    expect(n).toBe(7 ** 7);
    // No verdict is dead code: each one is reached by some combination of HTTP probes.
    expect([...counts.keys()].sort()).toEqual([...VERDICT_CODES].sort());
  });

  it("yields a verdict for every probe pattern in engines without WebRTC, with and without literal synthesis", () => {
    const counts = new Map<string, number>();
    let n = 0;
    probesWithoutWebrtc((probes, webrtc, traits) => {
      check(probes, webrtc, traits, counts, n++ % 97 === 0);
    });
    expect(n).toBe(2 * 5 * 5 * 4 * 5 * 6 * 5 * 5);
    expect(counts.get("inconclusive")).toBeGreaterThan(0);
  });

  it("yields a verdict for every WebRTC observation and every engine trait set on top of the probes STUN combines with", () => {
    const counts = new Map<string, number>();
    let n = 0;
    webrtcOnProbes((probes, webrtc, traits) => {
      check(probes, webrtc, traits, counts, n++ % 997 === 0);
    });
    expect(n).toBe(5 * 4 * 5 * 6 * 100 * 15);
  });

  it("yields a verdict when answers come without an address (a shared link with addresses removed)", () => {
    const counts = new Map<string, number>();
    let n = 0;
    removedAddresses((probes, webrtc, traits) => {
      // (Not sampled for invariants: the removed fact stands where an address would.)
      check(probes, webrtc, traits, counts, false);
      n++;
    });
    expect(n).toBe(8 ** 4);
    expect(counts.get("inconclusive")).toBeGreaterThan(0);
    // An answer without its address is still an answer: the network is not offline.
    const removed = build(
      ["ok-removed", "ok-removed", "absent", "absent"],
      ["v4", "v6", "ds", "nat64"],
    );
    expect(classifyNetwork({ probes: removed, traits: CHROMIUM }).code).not.toBe("offline");
    expect(
      classifyNetwork({ probes: build(["error", "error"], ["v4", "v6"]), traits: CHROMIUM }).code,
    ).toBe("offline");
  });

  it("gives every rule's every code somewhere, and nothing to `unexplained` that a rule claims", () => {
    const expected = [
      ...RULES.flatMap((rule) => rule.codes.map((code) => `${rule.name} → ${code}`)),
      "unexplained → inconclusive",
    ];
    expect([...reached.keys()].sort()).toEqual(expected.sort());
  });
});
