// What a results link (#r=…) may show. The link is built by whoever sends it, so every text in
// it could be anything, e.g. "Your router is infected, call …" shown under this site's own "How
// we know". The rule: a shared view shows only words this site writes and values it can check
// exactly (an address, a prefix, a number, one of a fixed set). The decoder (share-link.ts)
// already made the enums, numbers, digest, protocol, prefixes, ids, time, traits and browser
// exact, and carries no reasons; here the rest is rebuilt. The reasons and NAT64 evidence come
// from classifying the link's measurements again with the same classifier the live test uses,
// and are shown only when that gives the verdict the link records (code, confidence, NAT64 and
// CLAT answers); an address must be one, or exactly what redact.ts writes for one; a probe URL
// is cut down to its host, when that host is an IP address or a name made of letters, digits
// and hyphens. A genuine link reads as the sender saw it; a link whose data does not lead to its
// recorded verdict keeps the verdict's headline and meaning and no reasons at all.

import { addressFamily, isIPv4Text, isIPv6Text } from "../addr/ip-text.ts";
import {
  EVIDENCE_ADDRESS_FIELDS,
  type Nat64Evidence,
  type ProbeOutcome,
  type Result,
  type StunObservation,
  type Verdict,
  type WebRtcOutcome,
} from "../result.ts";
import { classifyNetwork } from "../selftest/classify.ts";
import { type BrowserFacts, recogniseBrowser } from "../selftest/user-agent.ts";
import { isMaskedIPv6, maskAddress, REMOVED_TEXT } from "./redact.ts";
import { type ReportOptions, type ReportWords, reportText } from "./report-text.ts";
import { type Redaction, type SharedResult, shareUrl } from "./share-link.ts";

export interface RebuiltShare {
  /** Only structure the decoder validated, and verdict facts the classifier gave again. */
  result: Result;
  redaction: Redaction;
  /**
   * Whether the regenerated reasons are shown (false: the verdict carries one reason saying why
   * not, "reasons-not-shown" or "reasons-not-shown-removed").
   */
  reasonsShown: boolean;
  /** The sender's browser as recogniseBrowser() recognises it (null: not recognised). */
  browser: BrowserFacts | null;
  /** The link's payload as it decoded, for the report's "Link:" line. */
  payload: string;
}

const MASKED_IPV4 = /^\[[a-z0-9 -]+ IPv4 in (\d{1,3}\.\d{1,3}\.\d{1,3})\.0\/24\]$/;

/**
 * Turns the address texts of a link into classifier input and back. An address stays itself; a
 * masked one gets a representative that keeps what the classifier looks at (an IPv4 in the same
 * /24, any global IPv6 for IPv6), remembered so the regenerated evidence can hold the masked
 * form again; anything else is not an address this site writes, and marks the link as edited.
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

  /** An address the classifier returned: the masked text a representative stands for. */
  restore(address: string): string {
    return this.toMask.get(address) ?? address;
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
    if (p.failure !== undefined) shown.failure = p.failure;
    if (p.httpStatus !== undefined) shown.httpStatus = p.httpStatus;
    probes.push(shown);
    // An answered probe whose address was removed still answered: the regenerated evidence
    // then says "[address removed]", as the sender's own redacted evidence did.
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
    // The link's engine traits make the classifier read its measurements as the recording
    // browser could; a link without them is read as the version before traits was.
    regenerated = classifyNetwork({ probes: inputs, webrtc: webrtcInput, traits: link.traits });
  } catch {
    regenerated = null; // nothing to say about such a link but its recorded verdict
  }
  const recorded = link.verdict;
  const reasonsShown =
    regenerated !== null && !addresses.edited && sameVerdict(regenerated, recorded);

  const verdict: Verdict =
    reasonsShown && regenerated
      ? {
          ...regenerated,
          nat64: {
            ...regenerated.nat64,
            evidence: regenerated.nat64.evidence.map((line) => restoreEvidence(line, addresses)),
          },
          ipv4,
          ipv6,
        }
      : {
          ...withoutReasons(recorded),
          ipv4,
          ipv6,
          reasons: [
            {
              code:
                redaction === "removed" && !addresses.edited
                  ? "reasons-not-shown-removed"
                  : "reasons-not-shown",
            },
          ],
        };
  // The decoder left only the minimal user agent (user-agent.ts): the browser and its system.
  const browser = recogniseBrowser(link.userAgent);
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
  if (link.traits) result.traits = link.traits;
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
          ...withoutReasons(link.verdict),
          ipv4: null,
          ipv6: null,
          reasons: [{ code: "reasons-not-shown" }],
        },
      },
      redaction,
      reasonsShown: false,
      browser: null,
      payload: shared.payload,
    };
  }
}

/**
 * Whether a verdict given again says what the link records: code, confidence, CLAT, and the
 * NAT64 answers (detected, prefix, the platform's literal synthesis).
 */
function sameVerdict(again: Verdict, recorded: Verdict): boolean {
  return (
    again.code === recorded.code &&
    again.confidence === recorded.confidence &&
    again.clat === recorded.clat &&
    again.nat64.detected === recorded.nat64.detected &&
    again.nat64.prefix === recorded.nat64.prefix &&
    (again.nat64.literalSynthesis === true) === (recorded.nat64.literalSynthesis === true)
  );
}

/** The recorded verdict's facts that need no reasons (the link's own, checked exactly). */
function withoutReasons(recorded: Verdict): Verdict {
  return {
    code: recorded.code,
    rule: null,
    nat64: {
      detected: recorded.nat64.detected,
      prefix: recorded.nat64.prefix,
      evidence: [],
      ...(recorded.nat64.literalSynthesis ? { literalSynthesis: true as const } : {}),
    },
    clat: recorded.clat,
    ipv4: null,
    ipv6: null,
    confidence: recorded.confidence,
    reasons: [],
  };
}

/** An evidence line with its addresses as the link showed them (masked ones masked again). */
function restoreEvidence(line: Nat64Evidence, addresses: Addresses): Nat64Evidence {
  const out: Record<string, unknown> = { ...line };
  for (const name of EVIDENCE_ADDRESS_FIELDS) {
    const value = out[name];
    if (typeof value === "string") out[name] = addresses.restore(value);
  }
  return out as Nat64Evidence;
}

/**
 * The plain-text report of a shared link: the rebuilt result, the browser's name instead of a
 * user agent, and, given the address the link was opened at, the link itself as this page
 * makes links: that address's origin and path with the payload that decoded, and nothing of
 * its query, which anyone can fill with words.
 */
export function sharedReportText(
  shared: RebuiltShare,
  words: ReportWords,
  openedAt?: string,
): string {
  const options: ReportOptions = { redaction: shared.redaction, browser: shared.browser };
  if (openedAt !== undefined) {
    try {
      const page = new URL(openedAt);
      options.link = shareUrl(`${page.origin}${page.pathname}`, shared.payload);
    } catch {
      // Not an address: the report goes without its link.
    }
  }
  return reportText(shared.result, words, options);
}
