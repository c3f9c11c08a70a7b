// The lab's networks (test/lab/) as each engine measured them: the probe outcomes, STUN
// observations and traits of every row, for the classifier's tests, the finality tests and
// scripts/finality-cost.ts.
import type { ProbeKind, ProbeOutcome, Verdict, WebRtcOutcome } from "../../../src/core/result.ts";
import type { EngineTraits } from "../../../src/core/selftest/engine-traits.ts";
import type { RunSoFar } from "../../../src/core/selftest/finality.ts";
import type { PlannedProbe } from "../../../src/core/selftest/probes.ts";
import {
  CHROMIUM,
  FIREFOX,
  nothing,
  probe,
  stun,
  UNSUPPORTED,
  WEBKIT_NO_RTC,
} from "./classifier-fixtures.ts";

// The lab's rows (test/lab/run.mjs) as each engine measured them (shared/research/browsers-nat64.md
// and test/lab/FINDINGS.md): the same networks, with each engine's own STUN behaviour and its
// own failure times.
export type Engine = "chromium" | "firefox" | "webkit";
export type Network =
  | "dualstack"
  | "v4only"
  | "nat64"
  | "nsp"
  | "464xlat"
  | "nonat64"
  | "ipv6-broken";
export type LabConfig = "http" | "http-nocand" | "https-like";

export const LAB = {
  public4: "203.0.113.1", // the client's IPv4 through the router's NAT44
  pool: "198.51.100.38", // the client's IPv6 through the NAT64
  clatPool: "198.51.100.39", // the CLAT's IPv6 through the NAT64
  client6: "2001:2:0:100::2",
  nsp: "2001:2:0:6464::/96",
};
export const LAB_TRAITS: Record<Engine, EngineTraits> = {
  chromium: CHROMIUM,
  firefox: FIREFOX,
  webkit: WEBKIT_NO_RTC,
};
/** ms until "unreachable" for an address whose route answers ICMPv6 unreachable. */
export const ICMP6_UNREACHABLE_MS: Record<Engine, number> = {
  chromium: 110,
  firefox: 2400,
  webkit: 2050,
};
/** ms until an IPv4 literal fails on IPv6-only without a CLAT. */
export const LITERAL_FAIL_MS: Record<Engine, number> = { chromium: 110, firefox: 150, webkit: 41 };

export function labRow(network: Network, config: LabConfig, engine: Engine) {
  const v6 = network !== "v4only";
  const nativeV4 = network === "dualstack" || network === "v4only" || network === "ipv6-broken";
  const nat64Pool = network === "nat64" || network === "nsp" || network === "464xlat";
  const ok = (kind: ProbeKind, ip: string, extra: Partial<ProbeOutcome> = {}) =>
    probe(kind, "ok", ip, { ms: 60, ...extra });
  const unreachable = (kind: ProbeKind, extra: Partial<ProbeOutcome> = {}) =>
    probe(kind, "error", null, { ms: ICMP6_UNREACHABLE_MS[engine], ...extra });
  const dropped = (kind: ProbeKind) => probe(kind, "timeout", null, { ms: 3000 });
  const v4Ip = nativeV4 ? LAB.public4 : nat64Pool ? LAB.pool : null;
  const v6Reach = (kind: ProbeKind) =>
    network === "ipv6-broken" ? dropped(kind) : v6 ? ok(kind, LAB.client6) : unreachable(kind);
  const dsIp = network === "ipv6-broken" || !v6 ? LAB.public4 : LAB.client6;
  const probes: ProbeOutcome[] = [
    v4Ip ? ok("v4", v4Ip) : unreachable("v4"),
    v6Reach("v6"),
    ok("ds", dsIp),
    network === "nat64" || network === "464xlat" ? ok("nat64", LAB.pool) : unreachable("nat64"),
    ok("large", dsIp),
  ];
  if (config !== "https-like") {
    probes.push(
      nativeV4
        ? ok("v4literal", LAB.public4)
        : network === "464xlat"
          ? ok("v4literal", LAB.clatPool)
          : probe("v4literal", "error", null, { ms: LITERAL_FAIL_MS[engine] }),
      v6Reach("v6literal"),
    );
  }
  if (config === "http") {
    const candidate = { prefix: LAB.nsp };
    probes.push(
      network === "nsp"
        ? ok("nat64-candidate", LAB.pool, candidate)
        : unreachable("nat64-candidate", candidate),
    );
  }
  let webrtc: WebRtcOutcome | undefined;
  if (engine === "webkit") {
    webrtc = { name: UNSUPPORTED, literal: UNSUPPORTED };
  } else if (nativeV4) {
    webrtc = { name: stun([LAB.public4], v6), literal: stun([LAB.public4], false) };
  } else if (network === "nonat64") {
    webrtc = { name: stun([], true), literal: nothing };
  } else if (network === "464xlat" && engine === "chromium") {
    webrtc = { name: stun([LAB.pool, LAB.clatPool], false), literal: stun([LAB.clatPool], false) };
  } else {
    // Firefox gathers on the default interface only: the IPv4 literal is skipped, CLAT or not.
    webrtc = { name: stun([LAB.pool], false), literal: nothing };
  }
  return { probes, webrtc, traits: LAB_TRAITS[engine] };
}

export type Expected = Partial<Pick<Verdict, "code" | "clat" | "confidence">> & {
  prefix?: string | null;
};
export const WKP = "64:ff9b::/96";
/** A row's expectation where Chromium, Firefox and WebKit measure alike. */
const everyEngine = (expected: Expected): [Expected, Expected, Expected] => [
  expected,
  expected,
  expected,
];
// Per row: Chromium, Firefox, WebKit. Rows that differ between engines differ because the
// engine cannot know (Firefox's default-interface gathering, WebKit's missing WebRTC).
export const LAB_ROWS: [Network, LabConfig, Expected, Expected, Expected][] = [
  ["dualstack", "http", ...everyEngine({ code: "dual-stack" })],
  ["v4only", "http", ...everyEngine({ code: "ipv4-only" })],
  ["nat64", "http", ...everyEngine({ code: "ipv6-only-nat64", prefix: WKP, clat: false })],
  ["nsp", "http", ...everyEngine({ code: "ipv6-only-nat64", prefix: LAB.nsp, clat: false })],
  ["nsp", "http-nocand", ...everyEngine({ code: "ipv6-only-nat64", prefix: null, clat: false })],
  ["464xlat", "http", ...everyEngine({ code: "ipv6-only-nat64", prefix: WKP, clat: true })],
  ["nonat64", "http", ...everyEngine({ code: "ipv6-only-no-nat64" })],
  ["ipv6-broken", "http", ...everyEngine({ code: "ipv6-broken" })],
  [
    "dualstack",
    "https-like",
    { code: "dual-stack", confidence: "high" },
    { code: "dual-stack", confidence: "high" },
    // Without WebRTC or literals nothing tells native IPv4 from an unknown-prefix NAT64.
    { code: "inconclusive", confidence: "low" },
  ],
  ["v4only", "https-like", ...everyEngine({ code: "ipv4-only" })],
  [
    "nat64",
    "https-like",
    { code: "ipv6-only-nat64", prefix: WKP, clat: false },
    // Firefox's silence on the STUN literal is not evidence: default-interface gathering.
    { code: "ipv6-only-nat64", prefix: WKP, clat: null },
    { code: "ipv6-only-nat64", prefix: WKP, clat: null },
  ],
  [
    "nsp",
    "https-like",
    { code: "ipv6-only-nat64", prefix: null, clat: false },
    // Firefox 150+ fires 701, so a srflx without one is DNS64 (E4).
    { code: "ipv6-only-nat64", prefix: null, clat: null },
    { code: "inconclusive", confidence: "low" },
  ],
  [
    "464xlat",
    "https-like",
    { code: "ipv6-only-nat64", prefix: WKP, clat: true },
    { code: "ipv6-only-nat64", prefix: WKP, clat: null },
    { code: "ipv6-only-nat64", prefix: WKP, clat: null },
  ],
  ["nonat64", "https-like", ...everyEngine({ code: "ipv6-only-no-nat64" })],
];

/** The plan a run's outcomes came from (plan order). */
export const planOf = (probes: ProbeOutcome[]): PlannedProbe[] =>
  probes.map(({ id, kind, url, prefix }) => ({ id, kind, url, ...(prefix ? { prefix } : {}) }));

/**
 * A lab row replayed in the order its outcomes arrive (by their `ms`): after each one, when it
 * arrived and the run so far as the finality check sees it (a fresh object each time).
 */
export function* arrivals(
  row: ReturnType<typeof labRow>,
): Generator<{ at: number; run: RunSoFar }> {
  type Event = { at: number; probe?: ProbeOutcome; which?: "name" | "literal" };
  const events: Event[] = [
    ...row.probes.map((probe) => ({ at: probe.ms, probe })),
    ...(["name", "literal"] as const)
      .filter((which) => row.webrtc?.[which])
      .map((which) => ({ at: row.webrtc?.[which]?.ms ?? 0, which })),
  ].sort((a, b) => a.at - b.at);
  let run: RunSoFar = {
    plan: planOf(row.probes),
    done: [],
    stun: { name: null, literal: null },
    traits: row.traits,
  };
  for (const event of events) {
    if (event.probe) run = { ...run, done: [...run.done, event.probe] };
    if (event.which)
      run = { ...run, stun: { ...run.stun, [event.which]: row.webrtc?.[event.which] } };
    yield { at: event.at, run };
  }
}
