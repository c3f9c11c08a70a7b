// What a results link (#r=…) may show. The link is built by whoever sends it, so every text in
// it could be anything, e.g. "Your router is infected, call …" shown under this site's own "How
// we know". The rule: a shared view shows only words this site writes and values it can check
// exactly (an address, a prefix, a number, one of a fixed set). The decoder (share-link.ts)
// already made the enums, numbers, digest, protocol, prefixes, ids, time and browser exact;
// here the rest is rebuilt. The prose (reasons, NAT64 evidence, probe details) is written again
// from the link's structured data (probe statuses, addresses, STUN observations) by the same
// classifier the live test uses; an address must be one, or exactly what redact.ts writes for
// one; a probe URL is cut down to its host, when that host is an IP address or a name made of
// letters, digits and hyphens. A genuine link reads as the sender saw it; a link whose data does
// not lead to its recorded verdict keeps the verdict's headline and meaning (fixed texts per
// code) and no reasons at all.

import { addressFamily, isIPv4Text, isIPv6Text } from "../addr/ip-text.ts";
import type {
  ProbeOutcome,
  ProbeStatus,
  Result,
  StunObservation,
  Verdict,
  WebRtcOutcome,
} from "../result.ts";
import { classifyNetwork } from "../selftest/classify.ts";
import { MIXED_CONTENT_SKIP_REASON } from "../selftest/probes.ts";
import { browserName } from "../selftest/user-agent.ts";
import { isMaskedIPv6, maskAddress, REMOVED_TEXT } from "./redact.ts";
import { type ReportOptions, reportText } from "./report-text.ts";
import { type Redaction, type SharedResult, shareUrl } from "./share-link.ts";

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
  /** The link's payload as it decoded, for the report's "Link:" line. */
  payload: string;
}

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

/** A DNS name of letters, digits and hyphens (RFC 1123 labels), as the URL parser lowercases it. */
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function isLdhName(hostname: string): boolean {
  return hostname.length <= 253 && hostname.split(".").every((label) => LDH_LABEL.test(label));
}

/**
 * What a shared probe row may show of its URL: "scheme://host[:port]" when the host is an IP
 * address or an LDH name, else "". Browsers accept hosts such as "call(800)555-0199!.example",
 * and a path, query, fragment or user name can hold any words; none of those is shown.
 */
export function sharedProbeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "";
  const host = parsed.hostname;
  const ipv6 = host.startsWith("[") && host.endsWith("]") && isIPv6Text(host.slice(1, -1));
  if (!ipv6 && !isIPv4Text(host) && !isLdhName(host)) return "";
  return `${parsed.protocol}//${parsed.host}`;
}

function rebuild(shared: SharedResult): RebuiltShare {
  const { result: link, redaction } = shared;
  const addresses = new Addresses();

  const probes: ProbeOutcome[] = [];
  const inputs: ProbeOutcome[] = [];
  for (const p of link.probes) {
    const shown: ProbeOutcome = {
      id: p.id, // the decoder allows only the id the kind and prefix give
      kind: p.kind,
      url: sharedProbeUrl(p.url),
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
    rule: reasonsShown && regenerated ? regenerated.rule : null,
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
  // The decoder left only the minimal user agent (user-agent.ts): the browser and its system.
  const browser = browserName(link.userAgent);
  const result: Result = {
    version: link.version,
    configDigest: link.configDigest,
    startedAt: link.startedAt,
    durationMs: link.durationMs,
    userAgent: link.userAgent,
    pageProtocol: link.pageProtocol,
    probes,
    verdict,
  };
  if (webrtcShown) result.webrtc = webrtcShown;
  return { result, redaction, reasonsShown, browser, payload: shared.payload };
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
        configDigest: link.configDigest,
        startedAt: link.startedAt,
        durationMs: link.durationMs,
        userAgent: "",
        pageProtocol: link.pageProtocol,
        probes: [],
        verdict: {
          code: link.verdict.code,
          rule: null,
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
      payload: shared.payload,
    };
  }
}

/**
 * The plain-text report of a shared link: the rebuilt result, the browser's name instead of a
 * user agent, and, given the address the link was opened at, the link itself as this page
 * makes links: that address's origin and path with the payload that decoded, and nothing of
 * its query, which anyone can fill with words.
 */
export function sharedReportText(shared: RebuiltShare, openedAt?: string): string {
  const options: ReportOptions = { redaction: shared.redaction, browser: shared.browser };
  if (openedAt !== undefined) {
    try {
      const page = new URL(openedAt);
      options.link = shareUrl(`${page.origin}${page.pathname}`, shared.payload);
    } catch {
      // Not an address: the report goes without its link.
    }
  }
  return reportText(shared.result, options);
}
