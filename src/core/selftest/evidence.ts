// gatherEvidence: probe outcomes, WebRTC observations and engine traits in; every signal the
// classifier's rules read out, each under its own name. The claims behind each signal, and
// their limits, are stated next to it, because each is a claim about real networks. A signal
// counts only where the running engine makes it evidence (EngineTraits): the facts about each
// engine and platform are the ones measured or sourced in shared/research/browsers-nat64.md.
// Pure and cheap: nothing here is read twice, and nothing holds words.

import { addressFamily, sameIPv4Slash24, WELL_KNOWN_PREFIX } from "../addr/ip-text.ts";
import {
  PROBE_KINDS,
  type ProbeKind,
  type ProbeOutcome,
  type SignalGap,
  type StunObservation,
  type WebRtcOutcome,
} from "../result.ts";
import type { EngineTraits } from "./engine-traits.ts";

/** Above this, a working IPv6 probe counts as "slow" next to a quick IPv4 one. */
const SLOW_IPV6_MS = 3000;
const QUICK_IPV4_MS = 1000;

export interface ClassifierInput {
  probes: ProbeOutcome[];
  webrtc?: WebRtcOutcome | undefined;
  /**
   * What the engine that measured can tell. Absent for results recorded before traits were
   * (old shared links): they are classified by that version's rules, which read every engine
   * like Chromium, so an old link rebuilds to the verdict it records.
   */
  traits?: EngineTraits | undefined;
}

/** A NAT64-only probe (well-known prefix or an operator-listed candidate) that was reached. */
export interface Nat64Exit {
  prefix: string;
  /** The address the NAT64-only target saw: the NAT64's IPv4 pool address. */
  ip: string;
  /** Whether the IPv4-only name was seen from the same IPv4 /24 (E1 for this prefix). */
  sameExit: boolean;
}

export interface Evidence {
  /** Engine traits were recorded (false: an old result, read the way that version read it). */
  traitsKnown: boolean;

  // What ran, and what answered.
  /** Probes configured and run (not skipped). */
  probesRan: number;
  /** Probes that got an answer: the echo, or something else. */
  answered: number;
  /** Probes answered by something other than the echo (a login page, a proxy, a filter). */
  badResponses: number;
  /** Intercepted: something else answered at least half of what answered. */
  intercepted: boolean;
  /** Any probe reached its echo. */
  anyOk: boolean;
  /** A STUN server (by name or literal) gave a server-reflexive address. */
  stunAnswered: boolean;
  /**
   * An IPv6-only server that saw an IPv4 client (or the reverse): reached through a relay (an
   * HTTP proxy, a privacy relay, a VPN's exit). The echoes then describe the relay's network.
   */
  relayed: boolean;

  // IPv6: does it work, is it absent, or is it there but broken?
  ipv6Works: boolean;
  /** The IPv6-only name or the IPv6 literal timed out. */
  ipv6TimesOut: boolean;
  /** The IPv6-only name or the IPv6 literal failed with an error. */
  ipv6Fails: boolean;
  /** The IPv6-only name or the IPv6 literal ran. */
  ipv6Tested: boolean;
  /** The dual-stack name or the large answer ran (they show the family a device uses). */
  dualStackTested: boolean;
  /** Small requests work but the large answer timed out: a path-MTU black hole. */
  mtuBlackHole: boolean;
  /** IPv6 answered only after SLOW_IPV6_MS while IPv4 was quick, with no sign of DNS64. */
  slowIpv6: { v6Ms: number; v4Ms: number } | null;

  // IPv4-only destinations: reachable, and how?
  ipv4Reachable: boolean;
  /** The IPv4-only name or the IPv4 literal ran. */
  ipv4Tested: boolean;
  /** The address the IPv4-only name's echo saw, when it answered. */
  ipv4NameSeen: string | null;

  // NAT64 and DNS64.
  /** A NAT64-only probe ran. */
  nat64Tested: boolean;
  /** Every NAT64-only probe that reached its target, in probe order. */
  nat64Exits: Nat64Exit[];
  /** E1: the IPv4-only name exits through a NAT64 that was reached (same IPv4 /24). */
  sameExitAsNat64: boolean;
  /** The IPv4 literal failed with an error (not a timeout). */
  literalRefused: boolean;
  /** E2: the IPv4-only name works while the IPv4 literal is refused: DNS64 synthesized it. */
  dns64ByLiteral: boolean;
  /**
   * The engine reports ICE errors (701): by its traits, or, in an old result, by what the
   * STUN-by-name observation said.
   */
  iceErrorsReported: boolean;
  /** A silent STUN literal counts as "no IPv4 interface": ICE gathers on every interface. */
  literalSilenceCounts: boolean;
  /** E3: the STUN name answered without a lookup error and its literal stayed silent. */
  stunNameOnly: boolean;
  /** E4: the STUN name answered without a lookup error, in an engine that reports them. */
  stunDns64: boolean;
  /** Any of E1–E4: IPv4-only names come back through DNS64 + NAT64. */
  dns64: boolean;
  /** N2: the IPv4 literal works and leaves by another exit than the NAT64 that was reached. */
  literalBypassesNat64: boolean;
  /** N3: the STUN name had no AAAA and the browser said so: no DNS64 on this resolver. */
  stunNoDns64: boolean;
  /** An IPv4 path of this device's own (native or CLAT), not the platform's synthesis. */
  ipv4Stack: boolean;
  /**
   * The prefix a successful NAT64-only probe proved: the one whose exit matches the IPv4-only
   * name's (the prefix this network's DNS64 uses), else, when the name did not answer, the
   * first one reached.
   */
  prefix: string | null;

  // CLAT (464XLAT) and the platform's own literal synthesis.
  /** The platform synthesizes IPv6 for IPv4 literals (Apple): a working literal proves no IPv4. */
  platformSynthesis: boolean;
  /** The IPv4 literal worked through the NAT64 (or no NAT64 exit was seen to compare). */
  literalTranslated: boolean;
  /** The STUN literal got a srflx that is a CLAT: DNS64 on its name (E4) or the NAT64's exit. */
  stunLiteralTranslated: boolean;

  // What is missing where a signal is silent (only for results with traits).
  literalGap: SignalGap | null;
  stunNameGap: SignalGap | null;
  stunLiteralGap: SignalGap | null;

  /** The visitor's addresses as the echoes saw them (the IPv4 one may be the NAT64's). */
  ipv4: string | null;
  ipv6: string | null;
}

/** The outcome of one configured probe kind, or undefined when it was not run. */
function pick(probes: ProbeOutcome[], kind: ProbeKind): ProbeOutcome | undefined {
  return probes.find((p) => p.kind === kind && p.status !== "skipped");
}

const ok = (p: ProbeOutcome | undefined): p is ProbeOutcome => p?.status === "ok";

function stunSawSrflx(o: StunObservation | undefined): o is StunObservation {
  return o?.status === "ok" && o.srflx.length > 0;
}

export function gatherEvidence(input: ClassifierInput): Evidence {
  const probes = input.probes;
  const traits = input.traits;
  const legacy = traits === undefined;
  // Without RTCPeerConnection there is no WebRTC signal at all, whatever an observation says.
  const webrtc = traits?.webrtc === false ? undefined : input.webrtc;
  // Apple platforms make an IPv4 literal work on a NAT64 network by synthesis, without a CLAT.
  const synthesis = traits?.literalSynthesis === true;
  const ran = probes.filter((p) => p.status !== "skipped");

  const v4 = pick(probes, "v4");
  const v6 = pick(probes, "v6");
  const ds = pick(probes, "ds");
  const v4literal = pick(probes, "v4literal");
  const v6literal = pick(probes, "v6literal");
  const large = pick(probes, "large");
  // Probes that can only succeed through a NAT64: the well-known prefix, then operator-listed
  // network-specific prefixes.
  const nat64Probes = ran.filter((p) => p.kind === "nat64" || p.kind === "nat64-candidate");
  const nat64Ok = nat64Probes.filter(ok);
  const stunName = webrtc?.name;
  const stunLiteral = webrtc?.literal;

  const seen = (family: 4 | 6) =>
    ran.filter((p) => p.status === "ok" && addressFamily(p.ip) === family).map((p) => p.ip);
  const ipv4 = v4?.ip && addressFamily(v4.ip) === 4 ? v4.ip : (seen(4)[0] ?? null);
  const ipv6 = seen(6)[0] ?? null;

  const badResponses = ran.filter((p) => p.status === "bad-response").length;
  const answered = ran.filter((p) => p.status === "ok" || p.status === "bad-response").length;

  const seenFrom = (p: ProbeOutcome | undefined, family: 4 | 6) =>
    ok(p) && addressFamily(p.ip) === family;
  const relayed =
    seenFrom(v6, 4) || seenFrom(v6literal, 4) || seenFrom(v4, 6) || seenFrom(v4literal, 6);

  const ipv6Works =
    ok(v6) ||
    ok(v6literal) ||
    nat64Ok.length > 0 ||
    [ds, large].some((p) => ok(p) && addressFamily(p.ip) === 6);
  const stunAnswered = stunSawSrflx(stunName) || stunSawSrflx(stunLiteral);
  // E2's premise (below): an IPv4 literal whose fetch was refused means no IPv4 route at all.
  const literalRefused = v4literal?.status === "error";
  // A STUN answer shows IPv4 destinations reachable, but not beside a refused literal: without
  // an IPv4 route it can only have come through a NAT64 that the page's own lookups do not
  // reach (they would have made the A-only name work), so it is no IPv4 path for apps. Read
  // this way, STUN cannot overturn a no-NAT64 verdict, which is then final without waiting
  // for its window (finality.ts).
  const ipv4Reachable =
    ok(v4) ||
    ok(v4literal) ||
    [ds, large].some((p) => ok(p) && addressFamily(p.ip) === 4) ||
    (stunAnswered && !literalRefused);

  // E1: the A-only name and a NAT64-only target were seen from the same IPv4 (or /24): the
  // visitor's IPv4 traffic itself leaves through that NAT64.
  const nat64Exits: Nat64Exit[] = nat64Ok.map((p) => ({
    prefix: p.prefix ?? WELL_KNOWN_PREFIX,
    ip: p.ip as string,
    sameExit: ok(v4) && sameIPv4Slash24(p.ip, v4.ip),
  }));
  const sameExitAsNat64 = nat64Exits.some((exit) => exit.sameExit);
  // E2: the A-only name works but the IPv4 literal fails with an error: the name only worked
  // because the resolver synthesized an IPv6 address for it. Every engine reports that failure
  // as an error, not a hang (research file: Chromium in ≈ 110 ms, Firefox 70–150 ms, WebKit
  // 9–41 ms on IPv6-only + NAT64 without a CLAT). No timing is read: an error is evidence
  // whenever it comes (even after the 1.3–2.4 s other engines take for an ICMPv6 unreachable),
  // and a literal that merely timed out proves nothing.
  const dns64ByLiteral = ok(v4) && literalRefused;
  // E3/E4 (WebRTC, research file): the STUN server's A-only name produced a server-reflexive
  // candidate (the NAT64 pool address in Chromium and Firefox) without a host-lookup error, so
  // an AAAA was synthesized (DNS64). E4: only an engine that fires ICE error events (Chromium;
  // Firefox since 150) makes a missing 701 mean anything. E3: the name worked and the IPv4
  // literal produced nothing at all: this device has no IPv4 interface (no CLAT) — but only in
  // an engine that gathers on every interface (Chromium). Firefox gathers on the default
  // interface only and skips an IPv4 STUN server when the default is IPv6, CLAT or not, and
  // where gathering is unknown, silence is not evidence either.
  const literalSilenceCounts = legacy || traits.gathering === "every-interface";
  const nameWorked = stunSawSrflx(stunName);
  const iceErrorsReported = legacy
    ? stunName?.errorEvents === true
    : traits.iceErrorEvents === true;
  const stunDns64 = nameWorked && iceErrorsReported && !stunName.lookupError;
  const literalSilent = stunLiteral?.status === "ok" && stunLiteral.srflx.length === 0;
  const stunNameOnly = nameWorked && !stunName.lookupError && literalSilent && literalSilenceCounts;

  // Evidence of native IPv4 (or a CLAT): an IPv4 path that does not exit through the NAT64.
  const v4literalViaNat64 =
    ok(v4literal) && nat64Ok.some((p) => sameIPv4Slash24(p.ip, v4literal.ip));
  const literalBypassesNat64 = ok(v4literal) && nat64Ok.length > 0 && !v4literalViaNat64;
  const stunNoDns64 = nameWorked && stunName.lookupError;
  // A working literal shows an IPv4 path only where the platform does not synthesize one.
  const ipv4Stack =
    (ok(v4literal) && !synthesis) ||
    [ds, large].some((p) => ok(p) && addressFamily(p.ip) === 4) ||
    stunSawSrflx(stunLiteral);

  // Only a prefix that a successful NAT64-only probe proved, preferring one whose exit address
  // matches the IPv4-only name's (that is the prefix this network's DNS64 actually uses).
  const prefixExit =
    nat64Exits.find((exit) => exit.sameExit) ?? (ok(v4) ? undefined : nat64Exits[0]);

  // On an IPv6-only network a working IPv4 literal went through the NAT64 somehow: a CLAT, or,
  // on Apple platforms, the system's own synthesis (which raw-socket apps do not get).
  const literalTranslated = ok(v4literal) && (v4literalViaNat64 || nat64Ok.length === 0);
  // STUN is raw UDP: no platform synthesizes it (Safari's libwebrtc skips an IPv4 STUN server
  // on an IPv6-only socket), so a srflx for the IPv4 literal is an IPv4 interface. It is a CLAT
  // when the name went through DNS64 (E4) or the srflx is the NAT64's own exit.
  const stunLiteralTranslated =
    stunSawSrflx(stunLiteral) &&
    (stunDns64 ||
      (!legacy && stunLiteral.srflx.some((a) => nat64Ok.some((p) => sameIPv4Slash24(p.ip, a)))));

  const slow =
    ok(v6) && ok(v4) && v6.ms >= SLOW_IPV6_MS && v4.ms <= QUICK_IPV4_MS
      ? { v6Ms: v6.ms, v4Ms: v4.ms }
      : null;
  const dns64 = sameExitAsNat64 || dns64ByLiteral || stunNameOnly || stunDns64;

  return {
    traitsKnown: !legacy,
    probesRan: ran.length,
    answered,
    badResponses,
    intercepted: badResponses > 0 && badResponses * 2 >= answered,
    anyOk: ran.some((p) => p.status === "ok"),
    stunAnswered,
    relayed,
    ipv6Works,
    ipv6TimesOut: [v6, v6literal].some((p) => p?.status === "timeout"),
    ipv6Fails: [v6, v6literal].some((p) => p?.status === "error"),
    ipv6Tested: v6 !== undefined || v6literal !== undefined,
    dualStackTested: ds !== undefined || large !== undefined,
    mtuBlackHole: ok(ds) && large?.status === "timeout",
    slowIpv6: slow && !dns64 ? slow : null,
    ipv4Reachable,
    ipv4Tested: v4 !== undefined || v4literal !== undefined,
    ipv4NameSeen: ok(v4) ? v4.ip : null,
    nat64Tested: nat64Probes.length > 0,
    nat64Exits,
    sameExitAsNat64,
    literalRefused,
    dns64ByLiteral,
    iceErrorsReported,
    literalSilenceCounts,
    stunNameOnly,
    stunDns64,
    dns64,
    literalBypassesNat64,
    stunNoDns64,
    ipv4Stack,
    prefix: prefixExit?.prefix ?? null,
    platformSynthesis: synthesis,
    literalTranslated,
    stunLiteralTranslated,
    literalGap: legacy ? null : literalGap(probes, synthesis),
    stunNameGap: legacy ? null : stunNameGap(traits, stunName),
    stunLiteralGap: legacy ? null : stunLiteralGap(traits, stunLiteral),
    ipv4,
    ipv6,
  };
}

/** Why the IPv4-literal test gives no signal here (null: it gave one). */
function literalGap(probes: ProbeOutcome[], synthesis: boolean): SignalGap | null {
  const literal = probes.find((p) => p.kind === "v4literal");
  if (!literal) return { why: "literal-not-tested" };
  switch (literal.status) {
    case "skipped":
      return { why: "literal-blocked-on-https", fix: "open-http-page" };
    case "timeout":
      return { why: "literal-timed-out" };
    case "bad-response":
      return { why: "literal-answered-by-other" };
    case "ok":
      return synthesis ? { why: "literal-works-either-way" } : null;
    default:
      return null;
  }
}

/** Why WebRTC cannot separate native IPv4 from DNS64 + NAT64 here. */
function stunNameGap(traits: EngineTraits, name: StunObservation | undefined): SignalGap {
  // The network is the same for every device on it; on Apple devices every browser is WebKit.
  const otherBrowser = traits.literalSynthesis ? "other-device" : "other-browser";
  if (!traits.webrtc) return { why: "no-webrtc", fix: otherBrowser };
  if (!name) return { why: "no-webrtc-test" };
  if (name.status !== "ok") return { why: "webrtc-failed", fix: otherBrowser };
  if (name.srflx.length > 0 && !traits.iceErrorEvents) {
    return { why: "no-ice-errors", fix: otherBrowser };
  }
  return { why: "webrtc-no-answer" };
}

/** Why the STUN literal cannot show a CLAT here. */
function stunLiteralGap(traits: EngineTraits, literal: StunObservation | undefined): SignalGap {
  // A CLAT belongs to the device, so only another browser on this device can tell: one that
  // gathers on every interface. On an iPhone or iPad every browser is WebKit.
  const chrome = traits.literalSynthesis ? "chrome-on-a-mac" : "chrome-on-this-device";
  if (!traits.webrtc) return { why: "no-webrtc", fix: chrome };
  if (!literal) return { why: "no-webrtc-test" };
  if (literal.status !== "ok") return { why: "webrtc-failed", fix: chrome };
  if (literal.srflx.length > 0) return { why: "stun-literal-untraced" };
  return traits.gathering === "default-interface"
    ? { why: "gathers-default-interface", fix: chrome }
    : { why: "gathering-unknown", fix: chrome };
}

/** One input of the classifier: a probe kind, a STUN observation, or the engine's traits. */
export type EvidenceSource = ProbeKind | "stun-name" | "stun-literal" | "traits";

const ALL_PROBES: readonly EvidenceSource[] = [...PROBE_KINDS, "nat64-candidate"];
const NAT64: readonly EvidenceSource[] = ["nat64", "nat64-candidate"];
const STUN_NAME: readonly EvidenceSource[] = ["stun-name", "traits"];
const DNS64: readonly EvidenceSource[] = [
  "v4",
  ...NAT64,
  "v4literal",
  "stun-name",
  "stun-literal",
  "traits",
];

/**
 * Which inputs each evidence field reads: while those inputs are still pending, the field can
 * still change; once they are all in, no other outcome moves it (a property test holds every
 * field to its list). Early verdicts can ask what a pending probe could still change.
 */
export const EVIDENCE_SOURCES: { readonly [F in keyof Evidence]: readonly EvidenceSource[] } = {
  traitsKnown: ["traits"],
  probesRan: ALL_PROBES,
  answered: ALL_PROBES,
  badResponses: ALL_PROBES,
  intercepted: ALL_PROBES,
  anyOk: ALL_PROBES,
  stunAnswered: ["stun-name", "stun-literal", "traits"],
  relayed: ["v4", "v6", "v4literal", "v6literal"],
  ipv6Works: ["v6", "v6literal", ...NAT64, "ds", "large"],
  ipv6TimesOut: ["v6", "v6literal"],
  ipv6Fails: ["v6", "v6literal"],
  ipv6Tested: ["v6", "v6literal"],
  dualStackTested: ["ds", "large"],
  mtuBlackHole: ["ds", "large"],
  slowIpv6: ["v6", ...DNS64],
  ipv4Reachable: ["v4", "v4literal", "ds", "large", "stun-name", "stun-literal", "traits"],
  ipv4Tested: ["v4", "v4literal"],
  ipv4NameSeen: ["v4"],
  nat64Tested: NAT64,
  nat64Exits: ["v4", ...NAT64],
  sameExitAsNat64: ["v4", ...NAT64],
  literalRefused: ["v4literal"],
  dns64ByLiteral: ["v4", "v4literal"],
  iceErrorsReported: STUN_NAME,
  literalSilenceCounts: ["traits"],
  stunNameOnly: ["stun-name", "stun-literal", "traits"],
  stunDns64: STUN_NAME,
  dns64: DNS64,
  literalBypassesNat64: ["v4literal", ...NAT64],
  stunNoDns64: STUN_NAME,
  ipv4Stack: ["v4literal", "ds", "large", "stun-literal", "traits"],
  prefix: ["v4", ...NAT64],
  platformSynthesis: ["traits"],
  literalTranslated: ["v4literal", ...NAT64],
  stunLiteralTranslated: ["stun-name", "stun-literal", "traits", ...NAT64],
  literalGap: ["v4literal", "traits"],
  stunNameGap: STUN_NAME,
  stunLiteralGap: ["stun-literal", "traits"],
  ipv4: ALL_PROBES,
  ipv6: ALL_PROBES,
};

/** The evidence fields that an outcome of any of these pending inputs could still change. */
export function fieldsPendingCouldChange(pending: Iterable<EvidenceSource>): Set<keyof Evidence> {
  const waiting = new Set(pending);
  const fields = new Set<keyof Evidence>();
  for (const [field, sources] of Object.entries(EVIDENCE_SOURCES)) {
    if (sources.some((source) => waiting.has(source))) fields.add(field as keyof Evidence);
  }
  return fields;
}

/**
 * What a run's outcomes so far already show, for the progress display: IPv4-only destinations
 * were reached, IPv6 works. Both only ever turn true as more outcomes arrive.
 */
export function workingFamilies(probes: ProbeOutcome[]): { ipv4: boolean; ipv6: boolean } {
  const e = gatherEvidence({ probes, traits: undefined });
  return { ipv4: e.ipv4Reachable, ipv6: e.ipv6Works };
}
