// The one renderer of a Result's facts: verdict codes, reasons, NAT64 evidence and probe
// failures become words here, in the reader's language and voice (the I18n carries both: "own"
// on the visitor's result, "shared" on someone else's). The results page, the shared view, the
// embed, the path picture and "Copy as text" all speak through it. Needs the "verdict" and
// "results" catalogs loaded (and "shell" for probe names).

import { WELL_KNOWN_PREFIX } from "../../core/addr/ip-text.ts";
import {
  type Confidence,
  EVIDENCE_ADDRESS_FIELDS,
  type FixCode,
  type GapCode,
  type Nat64Evidence,
  type ProbeOutcome,
  type Reason,
  type RuleName,
  type StunObservation,
  type Verdict,
  type VerdictCode,
} from "../../core/result.ts";
import type { BrowserFacts } from "../../core/selftest/user-agent.ts";
import {
  type VerdictStatus,
  verdictStatus,
  verdictUncertain,
} from "../../core/selftest/verdict-tone.ts";
import type { ReportWords } from "../../core/share/report-text.ts";
import type { I18n } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/namespaces.ts";
import { addressText } from "./address.ts";

/** Google Public DNS64, the DNS64 service the advice names. */
const GOOGLE_DNS64 = "2001:4860:4860::6464";

/** The example in the VPN advice: an IPv4 address inside the well-known prefix. */
const VPN_EXAMPLE = { example: "64:ff9b::c633:6407", exampleIpv4: "198.51.100.7" };

export function headline(i18n: I18n, code: VerdictCode): string {
  return i18n.t(`verdict.headline.${code}`);
}

export function shortName(i18n: I18n, code: VerdictCode): string {
  return i18n.t(`verdict.short.${code}`);
}

export function confidenceText(i18n: I18n, confidence: Confidence): string {
  return i18n.t(`verdict.confidence.${confidence}`);
}

/** The facts the verdict card speaks from: a Result's verdict, or what a support code holds. */
export interface CardFacts {
  code: VerdictCode;
  rule: RuleName | null;
  confidence: Confidence;
  clat: boolean | null;
  literalSynthesis: boolean;
}

export function cardFactsOf(verdict: Verdict): CardFacts {
  return {
    code: verdict.code,
    rule: verdict.rule,
    confidence: verdict.confidence,
    clat: verdict.clat,
    literalSynthesis: verdict.nat64.literalSynthesis === true,
  };
}

/** The verdict card's words: a status, what works, what does not, what to do. */
export interface VerdictGist {
  status: VerdictStatus;
  statusText: string;
  works: string | null;
  fails: string | null;
  todo: string;
  /** A sentence the visitor can say to their provider, in quotation marks. */
  quote: string | null;
  /** Said only when the uncertainty changes what a visitor should think. */
  uncertain: string | null;
}

const STATUS_WORDS = {
  working: "verdict.status.working",
  catch: "verdict.status.catch",
  problem: "verdict.status.problem",
  unknown: "verdict.status.unknown",
} as const satisfies Record<VerdictStatus, MessageKey>;

interface PlainLines {
  works?: MessageKey;
  fails?: MessageKey;
  todo: MessageKey;
  quote?: MessageKey;
}

const NOTHING = "verdict.plain.nothing-to-do";
const NAT64_WORKS = "verdict.plain.nat64.works";
const NAT64_TODO = "verdict.plain.nat64.todo";
const NO_NAT64 = {
  works: "verdict.plain.no-nat64.works",
  fails: "verdict.plain.no-nat64.fails",
} as const;
const NOT_SET_UP: PlainLines = {
  fails: "verdict.plain.not-set-up.fails",
  todo: "verdict.plain.not-set-up.todo",
};
const UNEXPLAINED: PlainLines = {
  fails: "verdict.plain.unexplained.fails",
  todo: "verdict.plain.unexplained.todo",
};

/** Which everyday sentences fit these facts (the rule tells apart verdicts of one code). */
function plainLines(facts: CardFacts): PlainLines {
  switch (facts.code) {
    case "dual-stack":
      return { works: "verdict.plain.dual-stack.works", todo: NOTHING };
    case "ipv4-only":
      return {
        works: "verdict.plain.ipv4-only.works",
        fails: "verdict.plain.ipv4-only.fails",
        todo: NOTHING,
      };
    case "ipv6-only-nat64":
      if (facts.clat === false) {
        return {
          works: NAT64_WORKS,
          fails: "verdict.plain.nat64-no-clat.fails",
          todo: "verdict.plain.nat64-no-clat.todo",
          quote: "verdict.plain.nat64-no-clat.quote",
        };
      }
      return {
        works: NAT64_WORKS,
        fails:
          facts.clat === true
            ? "verdict.plain.nat64-clat.fails"
            : facts.literalSynthesis
              ? "verdict.plain.nat64-synthesis.fails"
              : "verdict.plain.nat64-clat-unknown.fails",
        todo: NAT64_TODO,
      };
    case "ipv6-only-no-nat64":
      return facts.rule === "no-dns64"
        ? {
            ...NO_NAT64,
            todo: "verdict.plain.no-dns64.todo",
            quote: "verdict.plain.no-dns64.quote",
          }
        : {
            ...NO_NAT64,
            todo: "verdict.plain.no-nat64.todo",
            quote: "verdict.plain.no-nat64.quote",
          };
    case "ipv6-broken":
      return {
        works: "verdict.plain.ipv6-broken.works",
        fails: "verdict.plain.ipv6-broken.fails",
        todo: "verdict.plain.ipv6-broken.todo",
        quote: "verdict.plain.ipv6-broken.quote",
      };
    case "offline":
      return { fails: "verdict.plain.offline.fails", todo: "verdict.plain.offline.todo" };
    case "captive-portal":
      return {
        fails: "verdict.plain.captive-portal.fails",
        todo: "verdict.plain.captive-portal.todo",
      };
    case "inconclusive":
      switch (facts.rule) {
        case "relayed":
          return { fails: "verdict.plain.relayed.fails", todo: "verdict.plain.relayed.todo" };
        case "undecidable":
          return {
            works: "verdict.plain.undecidable.works",
            fails: "verdict.plain.undecidable.fails",
            todo: "verdict.plain.undecidable.todo",
          };
        case "nothing-ran":
        case "ipv4-untested":
        case "ipv6-untested":
          return NOT_SET_UP;
        default:
          return UNEXPLAINED;
      }
  }
}

/** What the verdict card says: the status in a word, and what works, fails and helps. */
export function verdictGist(i18n: I18n, facts: CardFacts): VerdictGist {
  const { t } = i18n;
  const status = verdictStatus(facts.code);
  const lines = plainLines(facts);
  return {
    status,
    statusText: t(STATUS_WORDS[status]),
    works: lines.works ? t(lines.works) : null,
    fails: lines.fails ? t(lines.fails) : null,
    todo: t(lines.todo),
    quote: lines.quote ? t("results.card.quoted", { text: t(lines.quote) }) : null,
    uncertain: verdictUncertain(facts.code, facts.confidence) ? t("verdict.uncertain") : null,
  };
}

/** The parts of a verdict its technical meaning reads. */
export type MeaningFacts = Pick<Verdict, "code" | "clat"> & {
  nat64: Pick<Verdict["nat64"], "prefix" | "literalSynthesis">;
};

/**
 * What the verdict means in practice, technically: which apps work and why (464XLAT), what a
 * VPN needs (AllowedIPs), the translator's prefix. One tap below the card.
 */
export function verdictMeaning(i18n: I18n, verdict: MeaningFacts): string[] {
  const { t } = i18n;
  switch (verdict.code) {
    case "dual-stack":
      return [t("verdict.meaning.dual-stack.apps"), t("verdict.meaning.dual-stack.vpn")];
    case "ipv4-only":
      return [t("verdict.meaning.ipv4-only.apps"), t("verdict.meaning.ipv4-only.ipv6")];
    case "ipv6-only-nat64": {
      // Name only a proven prefix; otherwise speak of "your network's" prefix.
      const inside = verdict.nat64.prefix
        ? t("verdict.meaning.inside-prefix", { prefix: verdict.nat64.prefix })
        : t("verdict.meaning.inside-unknown-prefix");
      return [
        t("verdict.meaning.ipv6-only-nat64.apps"),
        verdict.clat === false
          ? t("verdict.meaning.ipv6-only-nat64.no-clat")
          : verdict.clat === true
            ? t("verdict.meaning.ipv6-only-nat64.clat")
            : verdict.nat64.literalSynthesis
              ? t("verdict.meaning.ipv6-only-nat64.synthesis")
              : t("verdict.meaning.ipv6-only-nat64.clat-unknown"),
        t("verdict.meaning.ipv6-only-nat64.vpn", { inside, ...VPN_EXAMPLE }),
      ];
    }
    case "ipv6-only-no-nat64":
      return [
        t("verdict.meaning.ipv6-only-no-nat64.apps"),
        t("verdict.meaning.ipv6-only-no-nat64.ask"),
      ];
    case "ipv6-broken":
      return [t("verdict.meaning.ipv6-broken.apps"), t("verdict.meaning.ipv6-broken.restart")];
    case "offline":
      return [t("verdict.meaning.offline.check"), t("verdict.meaning.offline.blocked")];
    case "captive-portal":
      return [t("verdict.meaning.captive-portal.login"), t("verdict.meaning.captive-portal.proxy")];
    case "inconclusive":
      return [t("verdict.meaning.inconclusive.how"), t("verdict.meaning.inconclusive.again")];
  }
}

function gapList(i18n: I18n, gaps: readonly GapCode[]): string {
  return gaps.map((gap) => i18n.t(`verdict.gap.${gap}`)).join(i18n.t("verdict.gap.join"));
}

function fixList(i18n: I18n, fixes: readonly FixCode[], join: "join" | "joinOr"): string {
  return fixes.map((fix) => i18n.t(`verdict.fix.${fix}`)).join(i18n.t(`verdict.fix.${join}`));
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Seconds to a tenth, as the slow-IPv6 reason gives them. */
const tenths = (ms: number) => Math.round(ms / 100) / 10;

/** One reason in words. */
export function reasonText(i18n: I18n, reason: Reason): string {
  const { t } = i18n;
  switch (reason.code) {
    case "clat-unknown": {
      const gaps = t("verdict.reason.clat-unknown", { gaps: gapList(i18n, reason.gaps) });
      if (reason.fixes.length === 0) return gaps;
      const fixes = capitalize(fixList(i18n, reason.fixes, "join"));
      return `${gaps} ${t("verdict.fix.sentence", { fixes })}`;
    }
    case "cannot-tell-native-ipv4":
      return t("verdict.reason.cannot-tell-native-ipv4", { gaps: gapList(i18n, reason.gaps) });
    case "how-to-find-out":
      return t("verdict.reason.how-to-find-out", { fixes: fixList(i18n, reason.fixes, "joinOr") });
    case "ipv6-slow":
      return t("verdict.reason.ipv6-slow", { v6: tenths(reason.v6Ms), v4: tenths(reason.v4Ms) });
    case "nat64-prefix-unproven":
      return t("verdict.reason.nat64-prefix-unproven", { wkp: WELL_KNOWN_PREFIX });
    case "use-network-dns":
      return t("verdict.reason.use-network-dns", { dns64: GOOGLE_DNS64 });
    default: {
      const { code, ...params } = reason;
      return t(`verdict.reason.${code}`, params as Record<string, string | number>);
    }
  }
}

/** One line of NAT64 evidence in words, its addresses (hidden ones too) in words as well. */
export function evidenceText(i18n: I18n, line: Nat64Evidence): string {
  const { code, ...params } = line;
  const words: Record<string, string | number> = { ...params };
  for (const name of EVIDENCE_ADDRESS_FIELDS) {
    const value = words[name];
    if (typeof value === "string") words[name] = addressText(i18n, value);
  }
  return i18n.t(`verdict.evidence.${code}`, words);
}

/** A probe's name: its kind's, or the candidate's with its prefix. */
export function probeName(i18n: I18n, probe: ProbeOutcome): string {
  return probe.kind === "nat64-candidate" && probe.prefix
    ? i18n.t("shell.probe.candidateWithPrefix", { prefix: probe.prefix })
    : i18n.t(`shell.probe.${probe.kind}`);
}

/** Why a probe did not reach its echo, or null when it did. */
export function failureText(i18n: I18n, probe: ProbeOutcome): string | null {
  const { t } = i18n;
  switch (probe.failure) {
    case undefined:
      // Results links made before failures were codes carry only the status.
      switch (probe.status) {
        case "ok":
          return null;
        case "timeout":
          return t("results.failure.timed-out");
        case "error":
          return t("results.failure.network-error");
        case "bad-response":
          return t("results.failure.wrong-answer");
        case "skipped":
          return t("results.failure.mixed-content");
      }
      return null;
    case "timeout":
      return t("results.failure.timeout", { seconds: tenths(probe.ms) });
    case "http-status":
      return t("results.failure.http-status", { status: String(probe.httpStatus ?? "") });
    default:
      return t(`results.failure.${probe.failure}`);
  }
}

/** "Chrome 142 on Android 15"; in a sentence, "an unknown browser" for one not recognised. */
export function browserText(i18n: I18n, browser: BrowserFacts | null): string {
  if (browser === null) return i18n.t("results.browser.unknown");
  const name = `${browser.family} ${browser.version}`.trim();
  if (browser.os === null) return name;
  return i18n.t("results.browser.on", {
    browser: name,
    os: `${browser.os} ${browser.osVersion}`.trim(),
  });
}

/** Everything "Copy as text" says, in the reader's language and voice. */
export function reportWords(i18n: I18n): ReportWords {
  const { t } = i18n;
  return {
    text: (key, params) => t(`results.report.${key}`, params),
    headline: (code) => headline(i18n, code),
    confidence: (confidence) => t(`results.report.confidence.${confidence}`),
    reason: (reason) => reasonText(i18n, reason),
    evidence: (line) => evidenceText(i18n, line),
    address: (text) => addressText(i18n, text),
    probe: (probe) => probeName(i18n, probe),
    status: (status) => t(`results.report.status.${status}`),
    failure: (probe) => failureText(i18n, probe),
    stunStatus: (status: StunObservation["status"]) => t(`results.report.stun.${status}`),
    browser: (browser) =>
      browser ? browserText(i18n, browser) : t("results.report.unknown-browser"),
    seconds: (ms) =>
      t("results.report.seconds", {
        seconds: i18n.formatNumber(tenths(ms), {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }),
      }),
  };
}
