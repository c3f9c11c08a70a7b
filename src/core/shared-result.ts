// What a results link (#r=…) may show. The link is built by whoever sends it, so every sentence
// in it (reasons, NAT64 evidence, probe details, the user agent) could be anything, e.g. "Your
// router is infected, call …" shown under this site's own "How we know". So the prose is never
// taken from the link: it is written again here from the link's structured data (probe
// statuses, addresses, STUN observations) by the same classifier the live test uses. A genuine
// link reads as the sender saw it; a link whose data does not lead to its recorded verdict
// keeps the verdict's headline and meaning (fixed texts per code) and no reasons at all.

import { classifyNetwork } from "./classify.ts";
import { addressFamily, isIPv4Text } from "./ip-text.ts";
import { MIXED_CONTENT_SKIP_REASON } from "./probes.ts";
import { isMaskedIPv6, maskAddress, REMOVED_TEXT } from "./redact.ts";
import { type ReportOptions, reportText } from "./report-text.ts";
import type {
  ProbeOutcome,
  ProbeStatus,
  Result,
  StunObservation,
  Verdict,
  WebRtcOutcome,
} from "./result.ts";
import type { Redaction, SharedResult } from "./share-link.ts";
import { browserName } from "./user-agent.ts";

/** Shown instead of reasons when the link's measurements do not lead to its verdict. */
export const REASONS_NOT_SHOWN =
  "The measurements in this link do not lead to the verdict it records, so the reasons are not shown. The link may have been edited, or made by another version of this test.";

/** The same, when the sender removed the addresses: the usual and innocent cause. */
export const REASONS_NOT_SHOWN_REMOVED =
  "The sender removed their IP addresses, and the reasons for this verdict depend on them, so they are not shown.";

/** One fixed sentence per probe status: what a shared probe row says under its status. */
export const SHARED_PROBE_DETAIL: Record<ProbeStatus, string | undefined> = {
  ok: undefined,
  timeout: "no answer within the time limit",
  error: "could not connect",
  "bad-response": "answered, but not with the test data (a login page or a filter?)",
  skipped: MIXED_CONTENT_SKIP_REASON,
};

export interface RebuiltShare {
  /** Only texts this code wrote, and structure the decoder validated. */
  result: Result;
  redaction: Redaction;
  /** Whether the regenerated reasons are shown (false: REASONS_NOT_SHOWN instead). */
  reasonsShown: boolean;
  /** The sender's browser as browserName() recognises it, or "an unknown browser". */
  browser: string;
}

// Ids and config digests are shown (report, table keys) but never need spaces or prose.
const ID = /^[A-Za-z0-9:./_-]{1,128}$/;
const DIGEST = /^[A-Za-z0-9._-]{1,32}$/;
const MASKED_IPV4 = /^\[[a-z0-9 -]+ IPv4 in (\d{1,3}\.\d{1,3}\.\d{1,3})\.0\/24\]$/;

/**
 * Turns the address texts of a link into classifier input and back. An address stays itself; a
 * masked one gets a representative that keeps what the classifier looks at (an IPv4 in the same
 * /24, any global IPv6 for IPv6), remembered so the regenerated texts can say the masked form
 * again; anything else is not an address this site writes, and marks the link as edited.
 */
class Addresses {
  private readonly toRep = new Map<string, string | null>();
  private readonly toMask = new Map<string, string>();
  private ipv6Count = 0;
  /** A text in an address field that no sender of ours would have written. */
  edited = false;

  /** What the classifier sees for an address field (null: no address). */
  input(text: string | null): string | null {
    if (text === null || text === REMOVED_TEXT) return null;
    if (addressFamily(text) !== null) return text;
    const rep = this.representative(text);
    if (rep === null) this.edited = true;
    return rep;
  }

  /** What is shown for an address field: the validated text, or null. */
  shown(text: string | null): string | null {
    if (text === null || text === REMOVED_TEXT) return null;
    return addressFamily(text) !== null || this.representative(text) !== null ? text : null;
  }

  private representative(text: string): string | null {
    const known = this.toRep.get(text);
    if (known !== undefined) return known;
    let rep: string | null = null;
    const v4 = MASKED_IPV4.exec(text);
    if (v4?.[1]) {
      // The host part that maskAddress turns into exactly this text (its label can depend on
      // the address within the /24), and that no other masked text already stands for.
      for (let host = 1; host <= 256 && rep === null; host++) {
        const candidate = `${v4[1]}.${host % 256}`;
        if (!isIPv4Text(candidate)) break;
        if (!this.toMask.has(candidate) && maskAddress(candidate) === text) rep = candidate;
      }
    } else if (isMaskedIPv6(text)) {
      // 2001:2::/48 (benchmarking) never comes from a real echo, so it cannot clash.
      rep = `2001:2::${(++this.ipv6Count).toString(16)}`;
    }
    this.toRep.set(text, rep);
    if (rep !== null) this.toMask.set(rep, text);
    return rep;
  }

  /** A regenerated text with each representative replaced by the masked text it stands for. */
  restore(text: string): string {
    let out = text;
    for (const [rep, mask] of this.toMask) {
      const escaped = rep.replace(/[.]/g, "\\.");
      // Whole addresses only: 192.0.2.1 must not match inside 192.0.2.10.
      const pattern = new RegExp(`(?<![0-9A-Za-z:.])${escaped}(?![0-9A-Za-z:]|\\.[0-9])`, "g");
      out = out.replace(pattern, () => mask);
    }
    return out;
  }
}

function safeUrl(url: string): string {
  try {
    // Normalised: a path like "/Call 1-800…" comes out percent-encoded, not as a sentence.
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "";
  } catch {
    return "";
  }
}

function rebuild(shared: SharedResult): RebuiltShare {
  const { result: link, redaction } = shared;
  const addresses = new Addresses();

  const probes: ProbeOutcome[] = [];
  const inputs: ProbeOutcome[] = [];
  for (const p of link.probes) {
    const derived = p.kind === "nat64-candidate" ? `nat64-candidate:${p.prefix ?? ""}` : p.kind;
    const shown: ProbeOutcome = {
      id: ID.test(p.id) ? p.id : derived,
      kind: p.kind,
      url: safeUrl(p.url),
      status: p.status,
      ms: p.ms,
      ip: addresses.shown(p.ip),
    };
    if (p.prefix !== undefined) shown.prefix = p.prefix;
    const detail = SHARED_PROBE_DETAIL[p.status];
    if (detail !== undefined) shown.detail = detail;
    probes.push(shown);
    // An answered probe whose address was removed still answered: the regenerated text then
    // says "[address removed]", as the sender's own redacted text did.
    const ip = addresses.input(p.ip);
    inputs.push({ ...shown, ip: ip === null && p.status === "ok" ? REMOVED_TEXT : ip });
  }

  const stun = (obs: StunObservation, forClassifier: boolean): StunObservation => ({
    ...obs,
    srflx: obs.srflx.flatMap((text) => {
      const value = forClassifier ? addresses.input(text) : addresses.shown(text);
      return value === null ? [] : [value];
    }),
  });
  const webrtcOf = (forClassifier: boolean): WebRtcOutcome | undefined => {
    if (!link.webrtc) return undefined;
    const out: WebRtcOutcome = {};
    if (link.webrtc.name) out.name = stun(link.webrtc.name, forClassifier);
    if (link.webrtc.literal) out.literal = stun(link.webrtc.literal, forClassifier);
    return out;
  };
  const webrtcInput = webrtcOf(true);
  const webrtcShown = webrtcOf(false);
  const ipv4 = addresses.shown(link.verdict.ipv4);
  const ipv6 = addresses.shown(link.verdict.ipv6);
  addresses.input(link.verdict.ipv4);
  addresses.input(link.verdict.ipv6);

  let regenerated: Verdict | null = null;
  try {
    regenerated = classifyNetwork({ probes: inputs, webrtc: webrtcInput });
  } catch {
    regenerated = null; // nothing to say about such a link but its recorded verdict
  }
  const recorded = link.verdict;
  const reasonsShown =
    regenerated !== null && !addresses.edited && regenerated.code === recorded.code;

  const verdict: Verdict = {
    code: recorded.code,
    nat64: {
      detected: recorded.nat64.detected,
      prefix: recorded.nat64.prefix,
      evidence:
        reasonsShown && regenerated
          ? regenerated.nat64.evidence.map((line) => addresses.restore(line))
          : [],
    },
    clat: recorded.clat,
    ipv4,
    ipv6,
    confidence: recorded.confidence,
    reasons:
      reasonsShown && regenerated
        ? regenerated.reasons.map((line) => addresses.restore(line))
        : [
            redaction === "removed" && !addresses.edited
              ? REASONS_NOT_SHOWN_REMOVED
              : REASONS_NOT_SHOWN,
          ],
  };
  const browser = browserName(link.userAgent);
  const result: Result = {
    version: link.version,
    configDigest: DIGEST.test(link.configDigest) ? link.configDigest : "unknown",
    startedAt: link.startedAt,
    durationMs: link.durationMs,
    userAgent: browser,
    pageProtocol: link.pageProtocol,
    probes,
    verdict,
  };
  if (webrtcShown) result.webrtc = webrtcShown;
  return { result, redaction, reasonsShown, browser };
}

/**
 * A decoded link as it may be shown: only sentences this site writes. Never throws; anything
 * unexpected in the link's data comes out as the recorded verdict without reasons.
 */
export function rebuildShared(shared: SharedResult): RebuiltShare {
  try {
    return rebuild(shared);
  } catch {
    const { result: link, redaction } = shared;
    return {
      result: {
        version: link.version,
        configDigest: "unknown",
        startedAt: link.startedAt,
        durationMs: link.durationMs,
        userAgent: "an unknown browser",
        pageProtocol: link.pageProtocol,
        probes: [],
        verdict: {
          code: link.verdict.code,
          nat64: {
            detected: link.verdict.nat64.detected,
            prefix: link.verdict.nat64.prefix,
            evidence: [],
          },
          clat: link.verdict.clat,
          ipv4: null,
          ipv6: null,
          confidence: link.verdict.confidence,
          reasons: [REASONS_NOT_SHOWN],
        },
      },
      redaction,
      reasonsShown: false,
      browser: "an unknown browser",
    };
  }
}

/** The plain-text report of a shared link: the rebuilt result, without the raw user agent. */
export function sharedReportText(shared: RebuiltShare, link?: string): string {
  const options: ReportOptions = { redaction: shared.redaction, browser: shared.browser };
  if (link !== undefined) options.link = link;
  return reportText(shared.result, options);
}
