// What a results link (#r=…) may show. The link is built by whoever sends it, so every text in
// it could be anything, e.g. "Your router is infected, call …" shown under this site's own "How
// we know". The rule: a shared view shows only words this site writes and values it can check
// exactly (an address, a prefix, a number, one of a fixed set). The decoder (share-link.ts)
// already made the enums, numbers, digest, protocol, prefixes, ids, time, traits and browser
// exact, and carries no reasons; here the rest is rebuilt. The reasons and NAT64 evidence come
// from classifying the link's measurements again with the same classifier the live test uses,
// and are shown only when that gives the verdict the link records (code, confidence, NAT64 and
// CLAT answers); an address is one, or a hidden one (masked.ts), which the decoder made exact
// and the classifier sees as a stand-in with what it looks at; a probe URL is cut down to its
// host, when that host is an IP address or a name made of letters, digits and hyphens. A
// genuine link reads as the sender saw it; a link whose data does not lead to its recorded
// verdict keeps the verdict's headline and meaning and no reasons at all.

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
import { MASKED_REMOVED, parseMasked } from "./masked.ts";
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

/**
 * Turns the address fields of a link into classifier input and back. An address stays itself;
 * a hidden one gets a stand-in that keeps what the classifier looks at (an IPv4 address in the
 * same /24, an IPv6 address in 2001:2::/48 for IPv6), remembered so the regenerated evidence can
 * hold the hidden form again; a removed one stays as it is, which the classifier reads as an
 * answer without an address. The decoder allows nothing else; a text that is none of these
 * (a SharedResult not from the decoder) marks the link as edited.
 */
class Addresses {
  private readonly toStandIn = new Map<string, string>();
  private readonly toMasked = new Map<string, string>();
  /** Stand-ins are never an address the link itself holds. */
  private readonly taken: Set<string>;
  /** A text in an address field that no sender of ours would have written. */
  edited = false;

  constructor(link: Result) {
    const fields = [
      ...link.probes.map((p) => p.ip),
      link.verdict.ipv4,
      link.verdict.ipv6,
      ...[link.webrtc?.name, link.webrtc?.literal].flatMap((obs) => obs?.srflx ?? []),
    ];
    this.taken = new Set(
      fields.filter((text): text is string => text !== null && addressFamily(text) !== null),
    );
  }

  /** What the classifier sees for an address field (null: no address). */
  input(text: string | null): string | null {
    if (text === null || addressFamily(text) !== null || text === MASKED_REMOVED) return text;
    const standIn = this.standIn(text);
    if (standIn === null) this.edited = true;
    return standIn;
  }

  /** What is shown for an address field: the validated text, or null. */
  shown(text: string | null): string | null {
    if (text === null || addressFamily(text) !== null || parseMasked(text) !== null) return text;
    this.edited = true;
    return null;
  }

  private standIn(text: string): string | null {
    const known = this.toStandIn.get(text);
    if (known !== undefined) return known;
    const masked = parseMasked(text);
    if (masked?.kind !== "ipv4" && masked?.kind !== "ipv6") return null;
    // 2001:2::/48 (benchmarking) never comes from a real echo.
    const base = masked.kind === "ipv4" ? masked.network.slice(0, -"0/24".length) : "2001:2::";
    for (let host = 1; host < 255; host++) {
      const candidate = masked.kind === "ipv4" ? `${base}${host}` : `${base}${host.toString(16)}`;
      if (this.taken.has(candidate)) continue;
      this.taken.add(candidate);
      this.toStandIn.set(text, candidate);
      this.toMasked.set(candidate, text);
      return candidate;
    }
    return null;
  }

  /** An address the classifier returned: the hidden text a stand-in stands for. */
  restore(address: string): string {
    return this.toMasked.get(address) ?? address;
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
  const addresses = new Addresses(link);

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
    // An answered probe whose address was removed still answered: the table and the
    // regenerated evidence say the address was removed, as the sender's own evidence did.
    const removed = p.status === "ok" && p.ip === null;
    if (removed && redaction === "removed") shown.ip = MASKED_REMOVED;
    probes.push(shown);
    inputs.push({ ...shown, ip: removed ? MASKED_REMOVED : addresses.input(p.ip) });
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
