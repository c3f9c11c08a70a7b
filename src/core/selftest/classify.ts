// classifyNetwork: probe outcomes in, verdict out, in two steps: gatherEvidence names every
// signal (evidence.ts), then an ordered list of small rules reads them; the first rule that
// matches gives the verdict, and `unexplained` (inconclusive) stands when none does. Pure and
// total: every combination of outcomes, for every subset of configured probes, yields one
// verdict (test-ipv6.com once shipped a table with a hole that left visitors with no result at
// all). Each rule says why it holds next to its test; the verdict names the rule that made it.
// Verdicts hold facts only: reasons and evidence are codes with parameters; the page words them.

import type {
  Confidence,
  Nat64Evidence,
  Reason,
  RuleName,
  SignalGap,
  Verdict,
  VerdictCode,
} from "../result.ts";
import { type ClassifierInput, type Evidence, gatherEvidence } from "./evidence.ts";

export type { ClassifierInput };

/** What a rule decides; decide() adds the addresses and the reasons every verdict shares. */
export interface VerdictFacts {
  code: VerdictCode;
  confidence: Confidence;
  reasons: Reason[];
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

/** The NAT64 evidence lines, strongest first. */
function nat64Evidence(e: Evidence): Nat64Evidence[] {
  const lines: Nat64Evidence[] = [];
  for (const exit of e.nat64Exits) {
    if (exit.sameExit && e.ipv4NameSeen !== null) {
      const { prefix, ip: targetIp } = exit;
      lines.push({ code: "same-exit-as-nat64", ip: e.ipv4NameSeen, prefix, targetIp });
    }
  }
  if (e.dns64ByLiteral) lines.push({ code: "literal-refused" });
  if (e.stunNameOnly) lines.push({ code: "stun-name-only" });
  else if (e.stunDns64) lines.push({ code: "stun-dns64" });
  for (const exit of e.nat64Exits) {
    if (!exit.sameExit) lines.push({ code: "nat64-reachable", prefix: exit.prefix, ip: exit.ip });
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
            { code: "intercepted", count: e.badResponses, total: e.probesRan },
            { code: "sign-in-to-network" },
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
          reasons: [{ code: "no-probes-here" }],
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
          reasons: [{ code: "nothing-reached", total: e.probesRan }],
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
          reasons: [{ code: "relayed" }, { code: "turn-off-relay" }],
          nat64: nothingKnown(),
        }
      : null,
};

/** The CLAT answer on an IPv6-only network with NAT64, and its reasons. */
function clatOnNat64(e: Evidence): {
  clat: boolean | null;
  reasons: Reason[];
  literalSynthesis: boolean;
} {
  // The platform's synthesis carries IPv4 literals for apps on its network APIs, not a CLAT.
  const literalSynthesis = e.literalTranslated && e.platformSynthesis;
  const reasons: Reason[] = literalSynthesis ? [{ code: "literal-synthesis" }] : [];
  let clat: boolean | null = null;
  // The IPv4 literal over HTTP comes first, either way: a CLAT gives every app an IPv4 route,
  // so every engine's literal fetch works through it, and a refused literal means this device
  // has no IPv4 route at all (shared/research/browsers-nat64.md). A STUN srflx for the literal
  // beside a refused fetch would need UDP to the literal to work where TCP is refused, which
  // no lab or reported network shows. Reading the fetch first also lets the verdict be final
  // (finality.ts) without waiting for the STUN window, which on IPv6-only never completes.
  if (e.literalTranslated && !e.platformSynthesis) {
    clat = true;
    reasons.push({ code: "clat-by-literal" });
  } else if (e.literalRefused) {
    clat = false;
    reasons.push({ code: "no-clat-by-literal" });
  } else if (e.stunLiteralTranslated) {
    clat = true;
    reasons.push({ code: "clat-by-stun" });
  } else if (e.stunNameOnly) {
    clat = false;
    // Results without traits said it the way that version did.
    const byLiteral = !e.traitsKnown;
    reasons.push({ code: byLiteral ? "no-clat-by-literal" : "no-clat-by-stun" });
  }
  if (clat === null && e.traitsKnown) {
    const literal: SignalGap | null = literalSynthesis
      ? { why: "literal-shows-synthesis" }
      : e.literalGap;
    const gaps = [literal, e.stunLiteralGap].filter((gap): gap is SignalGap => gap !== null);
    reasons.push({ code: "clat-unknown", gaps: whys(gaps), fixes: fixes(gaps) });
  }
  return { clat, reasons, literalSynthesis };
}

// 5. IPv6-only with NAT64: IPv6 works and IPv4-only names come back through a NAT64, and
// nothing shows an IPv4 path that bypasses it.
const ipv6OnlyNat64: Rule = {
  name: "ipv6-only-nat64",
  codes: ["ipv6-only-nat64"],
  decide: (e) => {
    // A STUN lookup error (no AAAA for the name: no DNS64 there) does not outweigh the IPv4
    // literal refused while the name works (E2): the name can only have worked through a
    // synthesized AAAA, and STUN's resolver can be another than the page's.
    const noDns64ByStun = e.stunNoDns64 && !e.dns64ByLiteral;
    if (!(e.ipv6Works && e.dns64 && !e.literalBypassesNat64 && !noDns64ByStun)) return null;
    const { clat, reasons, literalSynthesis } = clatOnNat64(e);
    return {
      code: "ipv6-only-nat64",
      confidence: e.sameExitAsNat64 || e.stunNameOnly ? "high" : "medium",
      reasons: [
        { code: "ipv6-only-with-nat64" },
        e.prefix ? { code: "nat64-prefix", prefix: e.prefix } : { code: "nat64-prefix-unproven" },
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
    const why: Reason = e.mtuBlackHole
      ? { code: "mtu-black-hole" }
      : e.slowIpv6
        ? { code: "ipv6-slow", ...e.slowIpv6 }
        : { code: "ipv6-times-out" };
    return {
      code: "ipv6-broken",
      confidence: e.mtuBlackHole || (e.ipv6TimesOut && !e.ipv6Fails) ? "high" : "medium",
      reasons: [why, { code: "ipv6-broken-apps-wait" }],
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
          reasons: [{ code: "ipv4-not-tested" }],
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
          reasons: [{ code: "no-dns64" }, { code: "use-network-dns" }],
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
          reasons: [{ code: "no-nat64" }],
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
        { code: "both-reachable" },
        ...nat64Unused(e),
        { code: "cannot-tell-native-ipv4", gaps: whys(gaps) },
        { code: "how-to-find-out", fixes: [...fixes(gaps), "dig"] },
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
        { code: "dual-stack" },
        ...nat64Unused(e),
        ...(confidence === "medium"
          ? [{ code: "maybe-clat" } as const]
          : confidence === "low"
            ? [{ code: "maybe-own-prefix" } as const]
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
          reasons: [{ code: "ipv6-not-tested" }],
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
          reasons: [{ code: "ipv4-only" }],
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
  reasons: [{ code: "unexplained" }],
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
  const setAside: Reason[] =
    e.badResponses > 0 && !e.intercepted ? [{ code: "set-aside", count: e.badResponses }] : [];
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

/** Beside a dual-stack-like verdict: a NAT64 answers, but this network's IPv4 does not use it. */
const nat64Unused = (e: Evidence): Reason[] =>
  e.nat64Exits.length > 0 ? [{ code: "nat64-unused" }] : [];

const whys = (gaps: SignalGap[]) => gaps.map((gap) => gap.why);
const fixes = (gaps: SignalGap[]) => gaps.flatMap((gap) => (gap.fix ? [gap.fix] : []));
