// classifyNetwork: probe outcomes in, verdict out, in two steps: gatherEvidence names every
// signal (evidence.ts), then an ordered list of small rules reads them; the first rule that
// matches gives the verdict, and `unexplained` (inconclusive) stands when none does. Pure and
// total: every combination of outcomes, for every subset of configured probes, yields one
// verdict (test-ipv6.com once shipped a table with a hole that left visitors with no result at
// all). Each rule says why it holds next to its test; the verdict names the rule that made it.

import type {
  Confidence,
  FixCode,
  GapCode,
  RuleName,
  SignalGap,
  Verdict,
  VerdictCode,
} from "../result.ts";
import { type ClassifierInput, type Evidence, gatherEvidence } from "./evidence.ts";

export type { ClassifierInput };

/** What a rule decides; classify() adds the addresses and the reasons every verdict shares. */
export interface VerdictFacts {
  code: VerdictCode;
  confidence: Confidence;
  reasons: string[];
  /** Default: nothing known about a NAT64 beyond the evidence lines. */
  nat64?: Verdict["nat64"];
  clat?: boolean | null;
}

export interface Rule {
  name: RuleName;
  /** Every verdict code this rule can give (the totality test holds it to them). */
  codes: readonly VerdictCode[];
  decide(e: Evidence): VerdictFacts | null;
}

/** The NAT64 part of a verdict decided before any NAT64 evidence is read. */
const nothingKnown = (): Verdict["nat64"] => ({ detected: null, prefix: null, evidence: [] });

/** The NAT64 evidence in words (what the "NAT64 evidence" details list). */
function nat64Evidence(e: Evidence): string[] {
  const lines: string[] = [];
  for (const exit of e.nat64Exits) {
    if (exit.sameExit) {
      lines.push(
        `The IPv4-only test server saw ${e.ipv4NameSeen}, the same network as the NAT64-only target (${exit.prefix}) saw (${exit.ip}).`,
      );
    }
  }
  if (e.dns64ByLiteral) {
    lines.push(
      "The IPv4-only name worked but the same server's IPv4 address typed as a number did not: the name was translated by DNS64.",
    );
  }
  if (e.stunNameOnly) {
    lines.push(
      "WebRTC reached the IPv4-only STUN server by name over a synthesized IPv6 address, and not at all by its IPv4 address.",
    );
  } else if (e.stunDns64) {
    lines.push(
      "WebRTC: the resolver returned an IPv6 address for a name that only has an IPv4 address (DNS64).",
    );
  }
  for (const exit of e.nat64Exits) {
    if (!exit.sameExit) {
      lines.push(
        `A NAT64 on ${exit.prefix} is reachable from this network (the target saw ${exit.ip}).`,
      );
    }
  }
  return lines;
}

/** What the evidence says about a NAT64, for verdicts that do not decide it. */
const nat64Unknown = (e: Evidence): Verdict["nat64"] => ({
  detected: null,
  prefix: null,
  evidence: nat64Evidence(e),
});

// 1. Something other than our echo answered: a captive portal's login page, a filtering proxy
// or a blocker. When that is most of what answered, nothing else can be trusted.
const intercepted: Rule = {
  name: "intercepted",
  codes: ["captive-portal"],
  decide: (e) =>
    e.intercepted
      ? {
          code: "captive-portal",
          confidence: e.badResponses === e.answered ? "high" : "medium",
          reasons: [
            `${e.badResponses} of ${e.probesRan} test servers were answered by something else (for example a login page), so the network is intercepting web traffic.`,
            "Sign in to the network (open any web page and follow the login page), then run the test again.",
          ],
          nat64: nothingKnown(),
        }
      : null,
};

// 2. Nothing could run at all from this page in its mode.
const nothingRan: Rule = {
  name: "nothing-ran",
  codes: ["inconclusive"],
  decide: (e) =>
    e.probesRan === 0 && !e.stunAnswered
      ? {
          code: "inconclusive",
          confidence: "low",
          reasons: [
            "No test could run here: this deployment configures no probes that this page can reach in its current mode.",
          ],
          nat64: nothingKnown(),
        }
      : null,
};

// 3. Nothing came back at all.
const offline: Rule = {
  name: "offline",
  codes: ["offline"],
  decide: (e) =>
    !e.anyOk && !e.stunAnswered
      ? {
          code: "offline",
          confidence: e.probesRan >= 2 ? "high" : "medium",
          reasons: [
            `None of the ${e.probesRan} test servers could be reached: this device seems to have no working internet connection right now.`,
          ],
          nat64: nothingKnown(),
        }
      : null,
};

// 4. Reached through a relay: the echoes describe the relay's network, not the visitor's, so
// nothing below can be trusted.
const relayed: Rule = {
  name: "relayed",
  codes: ["inconclusive"],
  decide: (e) =>
    e.relayed
      ? {
          code: "inconclusive",
          confidence: "low",
          reasons: [
            "Your traffic reaches the test servers through a relay (a proxy, a privacy relay or a VPN): an IPv6-only test server saw an IPv4 address, or the reverse. The test sees the relay's network, not yours.",
            "Turn off the proxy, relay or VPN and run the test again to test your own network.",
          ],
          nat64: nothingKnown(),
        }
      : null,
};

/** The CLAT answer on an IPv6-only network with NAT64, and its reasons. */
function clatOnNat64(e: Evidence): {
  clat: boolean | null;
  reasons: string[];
  literalSynthesis: boolean;
} {
  const reasons: string[] = [];
  let clat: boolean | null = null;
  if (e.literalTranslated && !e.platformSynthesis) {
    clat = true;
    reasons.push(
      "IPv4 addresses typed as numbers still work: your device translates them itself (464XLAT, a CLAT) and sends them through the NAT64.",
    );
  } else if (e.stunLiteralTranslated) {
    clat = true;
    reasons.push(
      "WebRTC reached the STUN server by its IPv4 address too: your device has a CLAT (464XLAT).",
    );
  } else if (e.literalRefused || e.stunNameOnly) {
    clat = false;
    reasons.push(
      e.literalRefused || !e.traitsKnown
        ? "IPv4 addresses typed as numbers do not work: there is no CLAT (464XLAT) on this device, so apps that use raw IPv4 addresses fail."
        : "WebRTC got no answer from the STUN server's IPv4 address, and this browser tries every network connection: there is no CLAT (464XLAT) on this device, so apps that use raw IPv4 addresses fail.",
    );
  }
  const literalSynthesis = e.literalTranslated && e.platformSynthesis;
  if (literalSynthesis) {
    reasons.unshift(
      "IPv4 addresses typed as numbers work in this browser because this device's system translates them for apps that use its network APIs (Apple's NAT64 address synthesis). Apps that use raw IPv4 sockets (some games, VPN and voice apps) do not get that translation; only a CLAT (464XLAT) would carry them.",
    );
  }
  if (clat === null && e.traitsKnown) {
    const literal: SignalGap | null = literalSynthesis
      ? { why: "literal-shows-synthesis" }
      : e.literalGap;
    const gaps = [literal, e.stunLiteralGap].filter((gap): gap is SignalGap => gap !== null);
    reasons.push(clatUnknownReason(gaps));
  }
  return { clat, reasons, literalSynthesis };
}

// 5. IPv6-only with NAT64: IPv6 works and IPv4-only names come back through a NAT64, and
// nothing shows an IPv4 path that bypasses it.
const ipv6OnlyNat64: Rule = {
  name: "ipv6-only-nat64",
  codes: ["ipv6-only-nat64"],
  decide: (e) => {
    if (!(e.ipv6Works && e.dns64 && !e.literalBypassesNat64 && !e.stunNoDns64)) return null;
    const { clat, reasons, literalSynthesis } = clatOnNat64(e);
    return {
      code: "ipv6-only-nat64",
      confidence: e.sameExitAsNat64 || e.stunNameOnly ? "high" : "medium",
      reasons: [
        "IPv6 works, and websites that only have IPv4 are reached through your network's translator (DNS64 + NAT64): your network is IPv6-only.",
        e.prefix
          ? `The translator uses the prefix ${e.prefix}.`
          : "The translator's prefix could not be proven from this page (it is not the well-known 64:ff9b::/96 or it was not tested). To see it, run “dig AAAA ipv4only.arpa” on a computer on this network and paste the output into “Decode an address”.",
        ...reasons,
      ],
      nat64: {
        detected: true,
        prefix: e.prefix,
        evidence: nat64Evidence(e),
        ...(literalSynthesis ? { literalSynthesis: true as const } : {}),
      },
      clat,
    };
  },
};

// 6. IPv6 is present but failing: packets time out, large packets vanish (path MTU), or it
// answers only after seconds — while IPv4-only destinations work.
const ipv6Broken: Rule = {
  name: "ipv6-broken",
  codes: ["ipv6-broken"],
  decide: (e) => {
    const timesOut = e.ipv6TimesOut && !e.ipv6Works;
    if (!(e.ipv4Reachable && (timesOut || e.mtuBlackHole || e.slowIpv6))) return null;
    const why = e.mtuBlackHole
      ? "Small requests work but a larger answer never arrived: large packets are being dropped (a path-MTU black hole)."
      : e.slowIpv6
        ? `IPv6 answered, but only after ${Math.round(e.slowIpv6.v6Ms / 100) / 10} s while IPv4 took ${Math.round(e.slowIpv6.v4Ms / 100) / 10} s.`
        : "Your device has IPv6 and tries to use it, but IPv6 connections time out; apps fall back to IPv4 after a delay.";
    return {
      code: "ipv6-broken",
      confidence: e.mtuBlackHole || (e.ipv6TimesOut && !e.ipv6Fails) ? "high" : "medium",
      reasons: [
        why,
        "Websites and apps still work, but some will be slow to start while they wait for IPv6.",
      ],
      nat64: {
        detected: e.nat64Exits.length > 0 ? true : null,
        prefix: e.prefix,
        evidence: nat64Evidence(e),
      },
    };
  },
};

/** IPv6 works and IPv4-only destinations are unreachable. */
const ipv4Unreachable = (e: Evidence) => e.ipv6Works && !e.ipv4Reachable;

// 7. IPv6 works, and nothing tested IPv4-only destinations.
const ipv4Untested: Rule = {
  name: "ipv4-untested",
  codes: ["inconclusive"],
  decide: (e) =>
    ipv4Unreachable(e) && !e.ipv4Tested
      ? {
          code: "inconclusive",
          confidence: "medium",
          reasons: [
            "IPv6 works. No IPv4-only test server is configured, so whether IPv4-only sites are reachable was not tested.",
          ],
          nat64: nat64Unknown(e),
        }
      : null,
};

// 8. IPv6 works, IPv4-only names fail, but the translator answers: names are not translated.
// No DNS64 on the resolver this device uses, typically a public DNS server set by hand on an
// IPv6-only network.
const noDns64: Rule = {
  name: "no-dns64",
  codes: ["ipv6-only-no-nat64"],
  decide: (e) =>
    ipv4Unreachable(e) && e.nat64Exits.length > 0
      ? {
          code: "ipv6-only-no-nat64",
          confidence: "high",
          reasons: [
            "IPv6 works, but websites that only have IPv4 cannot be reached by name: your network has a NAT64 translator, but the DNS server this device uses does not point names at it (no DNS64).",
            "If you set a DNS server by hand (for example 1.1.1.1 or 8.8.8.8), switch back to your network's own DNS, or use a DNS64 service such as Google's 2001:4860:4860::6464.",
          ],
          nat64: { detected: true, prefix: e.prefix, evidence: nat64Evidence(e) },
          clat: false,
        }
      : null,
};

// 9. IPv6 works but IPv4-only destinations are unreachable: no NAT64 (or it is down).
const noNat64: Rule = {
  name: "no-nat64",
  codes: ["ipv6-only-no-nat64"],
  decide: (e) =>
    ipv4Unreachable(e)
      ? {
          code: "ipv6-only-no-nat64",
          confidence: e.nat64Tested ? "high" : "medium",
          reasons: [
            "IPv6 works, but websites that only have IPv4 cannot be reached: your network is IPv6-only and has no NAT64 translator (or it is not working).",
          ],
          nat64: { detected: false, prefix: null, evidence: nat64Evidence(e) },
          clat: false,
        }
      : null,
};

/** Both work, and something shows a native IPv4 path (or, without traits, nothing says DNS64). */
const nativeProof = (e: Evidence) =>
  e.literalBypassesNat64 || e.stunNoDns64 || (e.ipv4Stack && !e.dns64);

/** What dual-stack-like verdicts know about a NAT64. */
const nat64Beside = (e: Evidence): Verdict["nat64"] => ({
  detected: e.nat64Exits.length > 0 ? true : e.stunNoDns64 ? false : null,
  prefix: e.prefix,
  evidence: nat64Evidence(e),
});

// 10. IPv4-only and IPv6-only sites both work, but nothing separates native IPv4 from an
// IPv6-only network whose NAT64 uses a prefix this page does not know: the names work either
// way. A "dual-stack" headline would be a guess that is wrong exactly where the answer matters
// (VPNs, raw-IPv4 apps), so the verdict is "could not tell", with why and what can tell.
// (Results without traits keep the low-confidence dual-stack that version gave.)
const undecidable: Rule = {
  name: "undecidable",
  codes: ["inconclusive"],
  decide: (e) => {
    if (!(e.ipv6Works && e.ipv4Reachable && !nativeProof(e) && e.traitsKnown)) return null;
    const gaps = [e.literalGap, e.stunNameGap].filter((gap): gap is SignalGap => gap !== null);
    return {
      code: "inconclusive",
      confidence: "low",
      reasons: [
        "Sites that only have IPv4 and sites that only have IPv6 can both be reached.",
        ...(e.nat64Exits.length > 0
          ? [
              "Your network also offers a NAT64 translator, but your IPv4 traffic does not leave through it.",
            ]
          : []),
        ...undecidableReasons(gaps),
      ],
      nat64: nat64Beside(e),
    };
  },
};

// 11. IPv4 and IPv6 both work natively. Without a literal or STUN probe, native IPv4 and a
// CLAT look the same over HTTP (medium); a network-specific NAT64 prefix with DNS64 looks like
// dual-stack unless a literal or STUN probe ran (low, only in results without traits).
const dualStack: Rule = {
  name: "dual-stack",
  codes: ["dual-stack"],
  decide: (e) => {
    if (!(e.ipv6Works && e.ipv4Reachable)) return null;
    const confidence: Confidence =
      e.literalBypassesNat64 || e.stunNoDns64 ? "high" : nativeProof(e) ? "medium" : "low";
    return {
      code: "dual-stack",
      confidence,
      reasons: [
        "Your network has both IPv4 and IPv6, and both work.",
        ...(e.nat64Exits.length > 0
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
      nat64: nat64Beside(e),
    };
  },
};

/** IPv4 works and IPv6 does not. */
const ipv6Absent = (e: Evidence) => e.ipv4Reachable && !e.ipv6Works;

// 12. IPv4 works, and nothing tested IPv6.
const ipv6Untested: Rule = {
  name: "ipv6-untested",
  codes: ["inconclusive"],
  decide: (e) =>
    ipv6Absent(e) && !e.ipv6Tested && !e.dualStackTested
      ? {
          code: "inconclusive",
          confidence: "low",
          reasons: ["IPv4 works. No IPv6 test server is configured, so IPv6 was not tested."],
          nat64: nat64Unknown(e),
        }
      : null,
};

// 13. IPv4 works and IPv6 does not. Without IPv6 there is no NAT64 to use, whatever a resolver
// may synthesize.
const ipv4Only: Rule = {
  name: "ipv4-only",
  codes: ["ipv4-only"],
  decide: (e) =>
    ipv6Absent(e)
      ? {
          code: "ipv4-only",
          confidence: e.ipv6Tested ? "high" : "medium",
          reasons: [
            "Your network only has IPv4. Everything works today, because almost every site still has IPv4.",
          ],
          nat64: { detected: false, prefix: null, evidence: [] },
        }
      : null,
};

/** The rules, in the order they are tried. */
export const RULES: readonly Rule[] = [
  intercepted,
  nothingRan,
  offline,
  relayed,
  ipv6OnlyNat64,
  ipv6Broken,
  ipv4Untested,
  noDns64,
  noNat64,
  undecidable,
  dualStack,
  ipv6Untested,
  ipv4Only,
];

// Something answered, but not in a way any rule explains.
const unexplained = (e: Evidence): VerdictFacts => ({
  code: "inconclusive",
  confidence: "low",
  reasons: [
    "Some tests worked and others did not, in a pattern that does not match any known kind of network. Try again, or share the results with your support desk.",
  ],
  nat64: { detected: e.dns64 ? true : null, prefix: e.prefix, evidence: nat64Evidence(e) },
});

/** The verdict the rules give for this evidence. */
export function decide(e: Evidence): Verdict {
  let rule: RuleName = "unexplained";
  let facts: VerdictFacts | null = null;
  for (const candidate of RULES) {
    facts = candidate.decide(e);
    if (facts) {
      rule = candidate.name;
      break;
    }
  }
  facts ??= unexplained(e);
  // Probes answered by something else, set aside: mentioned last, under every later verdict.
  const setAside =
    e.badResponses > 0 && !e.intercepted
      ? [
          `${e.badResponses} test ${e.badResponses === 1 ? "server was" : "servers were"} answered by something other than the echo service (a proxy or a filter); those results are left out.`,
        ]
      : [];
  return {
    code: facts.code,
    rule,
    nat64: facts.nat64 ?? nat64Unknown(e),
    clat: facts.clat ?? null,
    ipv4: e.ipv4,
    ipv6: e.ipv6,
    confidence: facts.confidence,
    reasons: [...facts.reasons, ...setAside],
  };
}

export function classifyNetwork(input: ClassifierInput): Verdict {
  return decide(gatherEvidence(input));
}

const GAP_WORDS: Record<GapCode, string> = {
  "literal-not-tested": "this site does not test an IPv4 address typed as a number",
  "literal-blocked-on-https":
    "this https:// page cannot test an IPv4 address typed as a number (browsers block plain-HTTP requests from it)",
  "literal-timed-out": "the IPv4 address typed as a number got no answer in time",
  "literal-answered-by-other": "the IPv4 address typed as a number was answered by something else",
  "literal-works-either-way":
    "on this device an IPv4 address typed as a number works either way (the system translates it)",
  "literal-shows-synthesis":
    "here a working IPv4 address shows the system's translation, not a CLAT",
  "no-webrtc": "this browser has no WebRTC",
  "no-webrtc-test": "this site has no WebRTC test",
  "webrtc-failed": "WebRTC could not start",
  "no-ice-errors": "this browser does not report WebRTC lookup errors",
  "webrtc-no-answer": "the WebRTC test got no answer",
  "stun-literal-untraced": "WebRTC reached the IPv4 test address by a way the test cannot trace",
  "gathers-default-interface":
    "this browser's WebRTC uses only the default network connection, so an IPv4 test address gets no answer with or without a CLAT",
  "gathering-unknown":
    "this browser does not show whether its WebRTC would use an IPv4 connection that the device translates itself",
};

const FIX_WORDS: Record<FixCode, string> = {
  "open-http-page": "open the http:// version of this page",
  "other-browser": "run the test in Chrome, Edge or Firefox",
  "other-device":
    "run the test in Chrome, Edge or Firefox on a computer or an Android phone on this network",
  "chrome-on-this-device": "Chrome or Edge on this device can tell",
  "chrome-on-a-mac": "on a Mac, Chrome or Edge can tell; on an iPhone or iPad no browser can",
  dig: "on a computer on this network, run “dig AAAA ipv4only.arpa” and paste the output into “Decode an address”: an IPv6 answer means a translator",
};

/** The sentence for clat: null on an IPv6-only network: why this browser cannot tell. */
function clatUnknownReason(gaps: SignalGap[]): string {
  const fixes = gaps.flatMap((gap) => (gap.fix ? [FIX_WORDS[gap.fix]] : []));
  return `Whether this device translates IPv4 itself (464XLAT, a CLAT) cannot be told in this browser: ${gaps.map((gap) => GAP_WORDS[gap.why]).join(", and ")}.${fixes.length ? ` ${capitalize(fixes.join("; "))}.` : ""}`;
}

/** The reasons of "could not tell": what is missing, and what would tell. */
function undecidableReasons(gaps: SignalGap[]): string[] {
  const fixes = [...gaps.flatMap((gap) => (gap.fix ? [FIX_WORDS[gap.fix]] : [])), FIX_WORDS.dig];
  return [
    `But this test cannot tell whether your network really has IPv4, or is IPv6-only with a translator (DNS64 + NAT64) that uses its own prefix, because ${gaps.map((gap) => GAP_WORDS[gap.why]).join(", and ")}.`,
    `To find out, ${fixes.join("; or ")}.`,
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
