// classifyNetwork: probe outcomes in, verdict out. Pure and total: every combination of
// outcomes, for every subset of configured probes, yields one verdict (test-ipv6.com once
// shipped a table with a hole that left visitors with no result at all). The evidence rules and
// their limits are spelled out next to each step, because each is a claim about real networks.
// A signal counts only where the running engine makes it evidence (EngineTraits): the facts
// about each engine and platform are the ones measured or sourced in
// shared/research/browsers-nat64.md.

import type { EngineTraits } from "./engine-traits.ts";
import { addressFamily, sameIPv4Slash24 } from "./ip-text.ts";
import type {
  Confidence,
  ProbeKind,
  ProbeOutcome,
  StunObservation,
  Verdict,
  VerdictCode,
  WebRtcOutcome,
} from "./result.ts";

export const WELL_KNOWN_PREFIX = "64:ff9b::/96";

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

/** The outcome of one configured probe kind, or undefined when it was not run. */
function pick(probes: ProbeOutcome[], kind: ProbeKind): ProbeOutcome | undefined {
  return probes.find((p) => p.kind === kind && p.status !== "skipped");
}

const ok = (p: ProbeOutcome | undefined): p is ProbeOutcome => p?.status === "ok";

function stunSawSrflx(o: StunObservation | undefined): o is StunObservation {
  return o?.status === "ok" && o.srflx.length > 0;
}

export function classifyNetwork(input: ClassifierInput): Verdict {
  const probes = input.probes;
  const traits = input.traits;
  const legacy = traits === undefined;
  // Without RTCPeerConnection there is no WebRTC signal at all, whatever an observation says.
  const webrtc = traits?.webrtc === false ? undefined : input.webrtc;
  // Where ICE gathers only on the default interface (Firefox), or where that is unknown, a STUN
  // server given by IPv4 literal stays silent on a 464XLAT phone too: silence is not evidence.
  const literalSilenceCounts = legacy || traits.gathering === "every-interface";
  // Apple platforms make an IPv4 literal work on a NAT64 network by synthesis, without a CLAT.
  const synthesis = traits?.literalSynthesis === true;
  const ran = probes.filter((p) => p.status !== "skipped");
  const reasons: string[] = [];
  const evidence: string[] = [];

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
  const firstV4 = v4?.ip && addressFamily(v4.ip) === 4 ? v4.ip : (seen(4)[0] ?? null);
  const firstV6 = seen(6)[0] ?? null;

  /** One verdict; probes set aside along the way (`reasons`) are always mentioned last. */
  const verdict = (
    code: VerdictCode,
    confidence: Confidence,
    why: string[],
    nat64: Verdict["nat64"] = { detected: null, prefix: null, evidence },
    clat: boolean | null = null,
  ): Verdict => ({
    code,
    nat64,
    clat,
    ipv4: firstV4,
    ipv6: firstV6,
    confidence,
    reasons: [...why, ...reasons],
  });

  // 1. Something other than our echo answered: a captive portal's login page, a filtering
  // proxy or a blocker. When that is most of what answered, nothing else can be trusted.
  const bad = ran.filter((p) => p.status === "bad-response");
  const answered = ran.filter((p) => p.status === "ok" || p.status === "bad-response");
  if (bad.length > 0 && bad.length * 2 >= answered.length) {
    return verdict("captive-portal", bad.length === answered.length ? "high" : "medium", [
      `${bad.length} of ${ran.length} test servers were answered by something else (for example a login page), so the network is intercepting web traffic.`,
      "Sign in to the network (open any web page and follow the login page), then run the test again.",
    ]);
  }
  if (bad.length > 0) {
    reasons.push(
      `${bad.length} test ${bad.length === 1 ? "server was" : "servers were"} answered by something other than the echo service (a proxy or a filter); those results are left out.`,
    );
  }

  // 2. Nothing came back at all.
  const anyOk = ran.some((p) => p.status === "ok");
  const anyStun = stunSawSrflx(stunName) || stunSawSrflx(stunLiteral);
  if (!anyOk && !anyStun) {
    if (ran.length === 0) {
      return verdict("inconclusive", "low", [
        "No test could run here: this deployment configures no probes that this page can reach in its current mode.",
      ]);
    }
    return verdict("offline", ran.length >= 2 ? "high" : "medium", [
      `None of the ${ran.length} test servers could be reached: this device seems to have no working internet connection right now.`,
    ]);
  }

  // An IPv6-only server that saw an IPv4 client (or the reverse) was reached through a relay:
  // an HTTP proxy, a privacy relay or a VPN's exit. The echoes then describe the relay's
  // network, not the visitor's, so nothing below can be trusted.
  const seenFrom = (p: ProbeOutcome | undefined, family: 4 | 6) =>
    ok(p) && addressFamily(p.ip) === family;
  const relayed =
    seenFrom(v6, 4) || seenFrom(v6literal, 4) || seenFrom(v4, 6) || seenFrom(v4literal, 6);
  if (relayed) {
    return verdict("inconclusive", "low", [
      "Your traffic reaches the test servers through a relay (a proxy, a privacy relay or a VPN): an IPv6-only test server saw an IPv4 address, or the reverse. The test sees the relay's network, not yours.",
      "Turn off the proxy, relay or VPN and run the test again to test your own network.",
    ]);
  }

  // 3. IPv6: does it work, is it absent, or is it there but broken?
  const ipv6Ok =
    ok(v6) ||
    ok(v6literal) ||
    nat64Ok.length > 0 ||
    [ds, large].some((p) => ok(p) && addressFamily(p.ip) === 6);
  const ipv6TimedOut = [v6, v6literal].some((p) => p?.status === "timeout");
  const ipv6Errored = [v6, v6literal].some((p) => p?.status === "error");
  const ipv6Tested = v6 !== undefined || v6literal !== undefined;

  // 4. IPv4-only destinations: are they reachable, and how?
  const ipv4DestReachable =
    ok(v4) ||
    ok(v4literal) ||
    [ds, large].some((p) => ok(p) && addressFamily(p.ip) === 4) ||
    stunSawSrflx(stunName) ||
    stunSawSrflx(stunLiteral);

  // Evidence that IPv4-only names are reached through DNS64 + NAT64.
  // E1: the A-only name and a NAT64-only target were seen from the same IPv4 (or /24): the
  // visitor's IPv4 traffic itself leaves through that NAT64.
  const matchingNat64 = ok(v4) ? nat64Ok.filter((p) => sameIPv4Slash24(p.ip, v4.ip)) : [];
  const e1 = matchingNat64.length > 0;
  // E2: the A-only name works but the IPv4 literal fails with an error: the name only worked
  // because the resolver synthesized an IPv6 address for it. Every engine reports that failure
  // as an error, not a hang (research file: Chromium in ≈ 110 ms, Firefox 70–150 ms, WebKit
  // 9–41 ms on IPv6-only + NAT64 without a CLAT). No timing is read: an error is evidence
  // whenever it comes (even after the 1.3–2.4 s other engines take for an ICMPv6 unreachable),
  // and a literal that merely timed out proves nothing.
  const literalRefused = v4literal?.status === "error";
  const e2 = ok(v4) && literalRefused;
  // E3/E4 (WebRTC, research file): the STUN server's A-only name produced a server-reflexive
  // candidate (the NAT64 pool address in Chromium and Firefox) without a host-lookup error, so
  // an AAAA was synthesized (DNS64). E4: only an engine that fires ICE error events (Chromium;
  // Firefox since 150) makes a missing 701 mean anything. E3: the name worked and the IPv4
  // literal produced nothing at all: this device has no IPv4 interface (no CLAT) — but only in
  // an engine that gathers on every interface (Chromium). Firefox gathers on the default
  // interface only and skips an IPv4 STUN server when the default is IPv6, CLAT or not.
  const nameWorked = stunName?.status === "ok" && stunName.srflx.length > 0;
  const iceErrorEvents = legacy ? stunName?.errorEvents === true : traits.iceErrorEvents === true;
  const e4 = nameWorked && iceErrorEvents && !stunName.lookupError;
  const literalSilent = stunLiteral?.status === "ok" && stunLiteral.srflx.length === 0;
  const e3 = nameWorked && !stunName.lookupError && literalSilent && literalSilenceCounts;

  // Evidence of native IPv4 (or a CLAT): an IPv4 path that does not exit through the NAT64.
  const v4literalViaNat64 =
    ok(v4literal) && nat64Ok.some((p) => sameIPv4Slash24(p.ip, v4literal.ip));
  const n2 = ok(v4literal) && nat64Ok.length > 0 && !v4literalViaNat64;
  // The STUN name had no AAAA and the browser said so: no DNS64 on this resolver.
  const n3 = stunName?.status === "ok" && stunName.lookupError && stunName.srflx.length > 0;
  // A working literal shows an IPv4 path only where the platform does not synthesize one.
  const hasIPv4Stack =
    (ok(v4literal) && !synthesis) ||
    [ds, large].some((p) => ok(p) && addressFamily(p.ip) === 4) ||
    stunSawSrflx(stunLiteral);

  const dns64Evidence = e1 || e2 || e3 || e4;

  if (e1) {
    for (const p of matchingNat64) {
      evidence.push(
        `The IPv4-only test server saw ${v4?.ip}, the same network as the NAT64-only target (${p.prefix ?? WELL_KNOWN_PREFIX}) saw (${p.ip}).`,
      );
    }
  }
  if (e2) {
    evidence.push(
      "The IPv4-only name worked but the same server's IPv4 address typed as a number did not: the name was translated by DNS64.",
    );
  }
  if (e3) {
    evidence.push(
      "WebRTC reached the IPv4-only STUN server by name over a synthesized IPv6 address, and not at all by its IPv4 address.",
    );
  } else if (e4) {
    evidence.push(
      "WebRTC: the resolver returned an IPv6 address for a name that only has an IPv4 address (DNS64).",
    );
  }
  for (const p of nat64Ok) {
    if (!matchingNat64.includes(p)) {
      evidence.push(
        `A NAT64 on ${p.prefix ?? WELL_KNOWN_PREFIX} is reachable from this network (the target saw ${p.ip}).`,
      );
    }
  }

  // Only a prefix that a successful NAT64-only probe proved, preferring one whose exit address
  // matches the IPv4-only name's (that is the prefix this network's DNS64 actually uses).
  const prefixProbe = matchingNat64[0] ?? (ok(v4) ? undefined : nat64Ok[0]);
  const provenPrefix = prefixProbe ? (prefixProbe.prefix ?? WELL_KNOWN_PREFIX) : null;

  // 5. IPv6-only with NAT64: IPv6 works and IPv4-only names come back through a NAT64.
  if (ipv6Ok && dns64Evidence && !n2 && !n3) {
    let clat: boolean | null = null;
    const clatReasons: string[] = [];
    // On an IPv6-only network a working IPv4 literal went through the NAT64 somehow: a CLAT,
    // or, on Apple platforms, the system's own synthesis (which raw-socket apps do not get).
    const literalTranslated = ok(v4literal) && (v4literalViaNat64 || !nat64Ok.length);
    // STUN is raw UDP: no platform synthesizes it (Safari's libwebrtc skips an IPv4 STUN server
    // on an IPv6-only socket), so a srflx for the IPv4 literal is an IPv4 interface. It is a
    // CLAT when the name went through DNS64 (E4) or the srflx is the NAT64's own exit.
    const stunLiteralTranslated =
      stunSawSrflx(stunLiteral) &&
      (e4 ||
        (!legacy && stunLiteral.srflx.some((a) => nat64Ok.some((p) => sameIPv4Slash24(p.ip, a)))));
    if (literalTranslated && !synthesis) {
      clat = true;
      clatReasons.push(
        "IPv4 addresses typed as numbers still work: your device translates them itself (464XLAT, a CLAT) and sends them through the NAT64.",
      );
    } else if (stunLiteralTranslated) {
      clat = true;
      clatReasons.push(
        "WebRTC reached the STUN server by its IPv4 address too: your device has a CLAT (464XLAT).",
      );
    } else if (literalRefused || e3) {
      clat = false;
      clatReasons.push(
        literalRefused || legacy
          ? "IPv4 addresses typed as numbers do not work: there is no CLAT (464XLAT) on this device, so apps that use raw IPv4 addresses fail."
          : "WebRTC got no answer from the STUN server's IPv4 address, and this browser tries every network connection: there is no CLAT (464XLAT) on this device, so apps that use raw IPv4 addresses fail.",
      );
    }
    const literalSynthesis = literalTranslated && synthesis;
    if (literalSynthesis) {
      clatReasons.unshift(
        "IPv4 addresses typed as numbers work in this browser because this device's system translates them for apps that use its network APIs (Apple's NAT64 address synthesis). Apps that use raw IPv4 sockets (some games, VPN and voice apps) do not get that translation; only a CLAT (464XLAT) would carry them.",
      );
    }
    if (clat === null && traits) {
      clatReasons.push(clatUnknownReason(probes, traits, stunLiteral, literalSynthesis));
    }
    return verdict(
      "ipv6-only-nat64",
      e1 || e3 ? "high" : "medium",
      [
        "IPv6 works, and websites that only have IPv4 are reached through your network's translator (DNS64 + NAT64): your network is IPv6-only.",
        provenPrefix
          ? `The translator uses the prefix ${provenPrefix}.`
          : "The translator's prefix could not be proven from this page (it is not the well-known 64:ff9b::/96 or it was not tested). To see it, run “dig AAAA ipv4only.arpa” on a computer on this network and paste the output into “Decode an address”.",
        ...clatReasons,
      ],
      {
        detected: true,
        prefix: provenPrefix,
        evidence,
        ...(literalSynthesis ? { literalSynthesis: true as const } : {}),
      },
      clat,
    );
  }

  // 6. IPv6 is present but failing: packets time out, or large packets vanish (path MTU).
  const mtuBroken = ok(ds) && large?.status === "timeout";
  const slowV6 =
    ok(v6) && ok(v4) && v6.ms >= SLOW_IPV6_MS && v4.ms <= QUICK_IPV4_MS && !dns64Evidence;
  if (ipv4DestReachable && ((ipv6TimedOut && !ipv6Ok) || mtuBroken || slowV6)) {
    const why = mtuBroken
      ? "Small requests work but a larger answer never arrived: large packets are being dropped (a path-MTU black hole)."
      : slowV6
        ? `IPv6 answered, but only after ${Math.round(v6.ms / 100) / 10} s while IPv4 took ${Math.round(v4.ms / 100) / 10} s.`
        : "Your device has IPv6 and tries to use it, but IPv6 connections time out; apps fall back to IPv4 after a delay.";
    return verdict(
      "ipv6-broken",
      mtuBroken || (ipv6TimedOut && !ipv6Errored) ? "high" : "medium",
      [
        why,
        "Websites and apps still work, but some will be slow to start while they wait for IPv6.",
      ],
      { detected: nat64Ok.length > 0 ? true : null, prefix: provenPrefix, evidence },
    );
  }

  // 7. IPv6 works but IPv4-only destinations are unreachable: no NAT64 (or it is down).
  if (ipv6Ok && !ipv4DestReachable) {
    const v4Tested = v4 !== undefined || v4literal !== undefined;
    if (!v4Tested) {
      return verdict("inconclusive", "medium", [
        "IPv6 works. No IPv4-only test server is configured, so whether IPv4-only sites are reachable was not tested.",
      ]);
    }
    if (nat64Ok.length > 0) {
      // The translator answers, but names are not translated: no DNS64 on the resolver this
      // device uses, typically a public DNS server set by hand on an IPv6-only network.
      return verdict(
        "ipv6-only-no-nat64",
        "high",
        [
          "IPv6 works, but websites that only have IPv4 cannot be reached by name: your network has a NAT64 translator, but the DNS server this device uses does not point names at it (no DNS64).",
          "If you set a DNS server by hand (for example 1.1.1.1 or 8.8.8.8), switch back to your network's own DNS, or use a DNS64 service such as Google's 2001:4860:4860::6464.",
        ],
        { detected: true, prefix: provenPrefix, evidence },
        false,
      );
    }
    return verdict(
      "ipv6-only-no-nat64",
      nat64Probes.length > 0 ? "high" : "medium",
      [
        "IPv6 works, but websites that only have IPv4 cannot be reached: your network is IPv6-only and has no NAT64 translator (or it is not working).",
      ],
      { detected: false, prefix: null, evidence },
      false,
    );
  }

  // 8. IPv4 and IPv6 both work natively.
  if (ipv6Ok && ipv4DestReachable) {
    const nativeProof = n2 || n3 || (hasIPv4Stack && !dns64Evidence);
    // A network-specific NAT64 prefix with DNS64 looks like dual-stack over HTTP unless a
    // literal or STUN probe ran: say so instead of guessing.
    const confidence: Confidence = n2 || n3 ? "high" : nativeProof ? "medium" : "low";
    // Without a literal or STUN probe, native IPv4 and a CLAT look the same over HTTP.
    const nat64Detected: boolean | null = nat64Ok.length > 0 ? true : n3 ? false : null;
    if (!nativeProof && traits) {
      // Nothing here separates native IPv4 from an IPv6-only network whose NAT64 uses a prefix
      // this page does not know: the names work either way. A "dual-stack" headline would be a
      // guess that is wrong exactly where the answer matters (VPNs, raw-IPv4 apps), so the
      // verdict is "could not tell", with why and what can tell.
      return verdict(
        "inconclusive",
        "low",
        [
          "Sites that only have IPv4 and sites that only have IPv6 can both be reached.",
          ...(nat64Ok.length > 0
            ? [
                "Your network also offers a NAT64 translator, but your IPv4 traffic does not leave through it.",
              ]
            : []),
          ...undecidableReasons(probes, traits, stunName),
        ],
        { detected: nat64Detected, prefix: provenPrefix, evidence },
      );
    }
    return verdict(
      "dual-stack",
      confidence,
      [
        "Your network has both IPv4 and IPv6, and both work.",
        ...(nat64Ok.length > 0
          ? [
              "Your network also offers a NAT64 translator, but your own IPv4 traffic does not use it.",
            ]
          : []),
        ...(confidence === "medium"
          ? [
              "Not fully certain: a phone that translates IPv4 itself on an IPv6-only network (464XLAT) looks the same to this test. For everyday use the two behave alike.",
            ]
          : confidence === "low"
            ? [
                "Not certain: an IPv6-only network whose translator uses its own prefix looks the same to this test. On a computer on this network, run “dig AAAA ipv4only.arpa” and paste the output into “Decode an address”: no IPv6 answer means no translator.",
              ]
            : []),
      ],
      { detected: nat64Detected, prefix: provenPrefix, evidence },
    );
  }

  // 9. IPv4 works and IPv6 does not.
  if (ipv4DestReachable && !ipv6Ok) {
    if (!ipv6Tested && !ds && !large) {
      return verdict("inconclusive", "low", [
        "IPv4 works. No IPv6 test server is configured, so IPv6 was not tested.",
      ]);
    }
    return verdict(
      "ipv4-only",
      ipv6Tested ? "high" : "medium",
      [
        "Your network only has IPv4. Everything works today, because almost every site still has IPv4.",
      ],
      // Without IPv6 there is no NAT64 to use, whatever a resolver may synthesize.
      { detected: false, prefix: null, evidence: [] },
    );
  }

  // 10. Something answered, but not in a way any rule above explains.
  return verdict(
    "inconclusive",
    "low",
    [
      "Some tests worked and others did not, in a pattern that does not match any known kind of network. Try again, or share the results with your support desk.",
    ],
    { detected: dns64Evidence ? true : null, prefix: provenPrefix, evidence },
  );
}

/** One missing signal, in words, and what would give it. */
interface Gap {
  why: string;
  fix?: string;
}

const DIG_FIX =
  "on a computer on this network, run “dig AAAA ipv4only.arpa” and paste the output into “Decode an address”: an IPv6 answer means a translator";

/** Why the IPv4-literal test gives no signal here (null: it gave one). */
function literalGap(probes: ProbeOutcome[], synthesis: boolean): Gap | null {
  const literal = probes.find((p) => p.kind === "v4literal");
  if (!literal) return { why: "this site does not test an IPv4 address typed as a number" };
  switch (literal.status) {
    case "skipped":
      return {
        why: "this https:// page cannot test an IPv4 address typed as a number (browsers block plain-HTTP requests from it)",
        fix: "open the http:// version of this page",
      };
    case "timeout":
      return { why: "the IPv4 address typed as a number got no answer in time" };
    case "bad-response":
      return { why: "the IPv4 address typed as a number was answered by something else" };
    case "ok":
      return synthesis
        ? {
            why: "on this device an IPv4 address typed as a number works either way (the system translates it)",
          }
        : null;
    default:
      return null;
  }
}

/** Why WebRTC cannot separate native IPv4 from DNS64 + NAT64 here. */
function stunNameGap(traits: EngineTraits, name: StunObservation | undefined): Gap {
  // The network is the same for every device on it; on Apple devices every browser is WebKit.
  const otherBrowser = traits.literalSynthesis
    ? "run the test in Chrome, Edge or Firefox on a computer or an Android phone on this network"
    : "run the test in Chrome, Edge or Firefox";
  if (!traits.webrtc) return { why: "this browser has no WebRTC", fix: otherBrowser };
  if (!name) return { why: "this site has no WebRTC test" };
  if (name.status !== "ok") return { why: "WebRTC could not start", fix: otherBrowser };
  if (name.srflx.length > 0 && !traits.iceErrorEvents) {
    return { why: "this browser does not report WebRTC lookup errors", fix: otherBrowser };
  }
  return { why: "the WebRTC test got no answer" };
}

/** Why the STUN literal cannot show a CLAT here. */
function stunLiteralGap(traits: EngineTraits, literal: StunObservation | undefined): Gap {
  // A CLAT belongs to the device, so only another browser on this device can tell: one that
  // gathers on every interface. On an iPhone or iPad every browser is WebKit.
  const chrome = traits.literalSynthesis
    ? "on a Mac, Chrome or Edge can tell; on an iPhone or iPad no browser can"
    : "Chrome or Edge on this device can tell";
  if (!traits.webrtc) return { why: "this browser has no WebRTC", fix: chrome };
  if (!literal) return { why: "this site has no WebRTC test" };
  if (literal.status !== "ok") return { why: "WebRTC could not start", fix: chrome };
  if (literal.srflx.length > 0) {
    return { why: "WebRTC reached the IPv4 test address by a way the test cannot trace" };
  }
  return traits.gathering === "default-interface"
    ? {
        why: "this browser's WebRTC uses only the default network connection, so an IPv4 test address gets no answer with or without a CLAT",
        fix: chrome,
      }
    : {
        why: "this browser does not show whether its WebRTC would use an IPv4 connection that the device translates itself",
        fix: chrome,
      };
}

/** The sentence for clat: null on an IPv6-only network: why this browser cannot tell. */
function clatUnknownReason(
  probes: ProbeOutcome[],
  traits: EngineTraits,
  literal: StunObservation | undefined,
  literalSynthesis: boolean,
): string {
  const gaps = [
    literalSynthesis
      ? { why: "here a working IPv4 address shows the system's translation, not a CLAT" }
      : literalGap(probes, traits.literalSynthesis),
    stunLiteralGap(traits, literal),
  ].filter((gap): gap is Gap => gap !== null);
  const fixes = gaps.flatMap((gap) => (gap.fix ? [gap.fix] : []));
  return `Whether this device translates IPv4 itself (464XLAT, a CLAT) cannot be told in this browser: ${gaps.map((gap) => gap.why).join(", and ")}.${fixes.length ? ` ${capitalize(fixes.join("; "))}.` : ""}`;
}

/** The reasons of "could not tell": what is missing, and what would tell. */
function undecidableReasons(
  probes: ProbeOutcome[],
  traits: EngineTraits,
  name: StunObservation | undefined,
): string[] {
  const gaps = [literalGap(probes, traits.literalSynthesis), stunNameGap(traits, name)].filter(
    (gap): gap is Gap => gap !== null,
  );
  const fixes = [...gaps.flatMap((gap) => (gap.fix ? [gap.fix] : [])), DIG_FIX];
  return [
    `But this test cannot tell whether your network really has IPv4, or is IPv6-only with a translator (DNS64 + NAT64) that uses its own prefix, because ${gaps.map((gap) => gap.why).join(", and ")}.`,
    `To find out, ${fixes.join("; or ")}.`,
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
