// The one contract between the probes, the classifier, the UI, the share link and the embed
// message. Everything here is plain JSON so a Result can be serialized, shared and re-rendered.

import type { EngineTraits } from "./engine-traits.ts";

/** The configured probes. Each is an echo endpoint URL reached in a particular way. */
export type ProbeKind =
  | "v4" // a name with only an A record
  | "v6" // a name with only an AAAA record
  | "ds" // a dual-stack name
  | "nat64" // reachable only through a NAT64 on the well-known prefix 64:ff9b::/96
  | "v4literal" // http://a.b.c.d/…
  | "v6literal" // http://[x::y]/…
  | "large" // dual-stack, response larger than 1500 bytes (path-MTU black holes)
  | "nat64-candidate"; // an operator-listed network-specific prefix (config.nat64Candidates)

export const PROBE_KINDS: readonly Exclude<ProbeKind, "nat64-candidate">[] = [
  "v4",
  "v6",
  "ds",
  "nat64",
  "v4literal",
  "v6literal",
  "large",
];

/**
 * ok: the endpoint answered with `{"ip": …}`.
 * timeout: no answer within the configured time.
 * error: the request failed (DNS failure, refused, unreachable, CORS, blocked…).
 * bad-response: something answered, but not our echo (a captive portal, a proxy, a blocker).
 * skipped: not attempted, e.g. an http:// probe from an https:// page (mixed content).
 */
export type ProbeStatus = "ok" | "timeout" | "error" | "bad-response" | "skipped";

export interface ProbeOutcome {
  /** Stable identifier: the kind, or `nat64-candidate:<prefix>` for candidates. */
  id: string;
  kind: ProbeKind;
  url: string;
  status: ProbeStatus;
  /** Milliseconds from start of the request to its end (0 when skipped). */
  ms: number;
  /** The client address as the echo server saw it, when status is ok. */
  ip: string | null;
  /** For candidates: the Pref64::/n the candidate URL embeds. */
  prefix?: string;
  /** A short human-readable explanation for non-ok outcomes. */
  detail?: string;
}

/**
 * What WebRTC ICE gathering against a STUN server on the IPv4-only echo host showed.
 * A STUN server named by an A-only name is reached over a synthesized AAAA on DNS64 networks
 * (shared/research/browsers-nat64.md: Chromium and Firefox both get the NAT64 pool address as
 * srflx), which separates NAT64 from native IPv4 without knowing the prefix.
 */
export interface StunObservation {
  /** "ok" when gathering ran; "unsupported" when the browser has no RTCPeerConnection. */
  status: "ok" | "unsupported" | "error";
  /** Server-reflexive addresses gathered (IPv4 addresses as the STUN server saw us). */
  srflx: string[];
  /** Whether the browser reported a host-lookup error (701): the name had no AAAA. */
  lookupError: boolean;
  /**
   * Whether this browser reports ICE errors at all: Chromium does, Firefox does since 150
   * (701 with an empty errorText and a null address, shared/research/browsers-nat64.md), older
   * Firefox does not. Without them, a missing 701 proves nothing.
   */
  errorEvents: boolean;
  /** Number of host candidates (mDNS-hidden) gathered. */
  hostCandidates: number;
  /** Whether ICE gathering reached "complete" within the window. */
  complete: boolean;
  ms: number;
}

export interface WebRtcOutcome {
  /** STUN server given by an A-only name. */
  name?: StunObservation;
  /** The same STUN server given by its IPv4 literal. */
  literal?: StunObservation;
}

export type VerdictCode =
  | "dual-stack"
  | "ipv4-only"
  | "ipv6-only-nat64"
  | "ipv6-only-no-nat64"
  | "ipv6-broken"
  | "offline"
  | "captive-portal"
  | "inconclusive";

export const VERDICT_CODES: readonly VerdictCode[] = [
  "dual-stack",
  "ipv4-only",
  "ipv6-only-nat64",
  "ipv6-only-no-nat64",
  "ipv6-broken",
  "offline",
  "captive-portal",
  "inconclusive",
];

export type Confidence = "high" | "medium" | "low";

export interface Verdict {
  code: VerdictCode;
  nat64: {
    /** true: proven; false: proven absent; null: cannot tell from the evidence. */
    detected: boolean | null;
    /** Only a prefix that was proven, as canonical "P/n". */
    prefix: string | null;
    evidence: string[];
    /**
     * true: on a platform that synthesizes IPv6 for IPv4 literals (Apple), an IPv4 address
     * typed as a number worked through the NAT64. This device's system translates IPv4
     * addresses for apps that use its network APIs; apps on raw sockets still need a CLAT,
     * which this proves nothing about. Absent otherwise.
     */
    literalSynthesis?: true;
  };
  /** 464XLAT client-side translator present (true/false), or unknown (null). */
  clat: boolean | null;
  /** The visitor's IPv4 address as seen by the echo servers (may be the NAT64's). */
  ipv4: string | null;
  /** The visitor's IPv6 address as seen by the echo servers. */
  ipv6: string | null;
  confidence: Confidence;
  /** Plain-words explanations of how the verdict was reached. */
  reasons: string[];
}

export const RESULT_VERSION = 1;

export interface Result {
  version: typeof RESULT_VERSION;
  /** Short digest of the configuration the run used, to tell deployments apart. */
  configDigest: string;
  /** ISO 8601 time the run started. */
  startedAt: string;
  durationMs: number;
  userAgent: string;
  /** "http:" or "https:": decides which probes could run at all. */
  pageProtocol: string;
  probes: ProbeOutcome[];
  webrtc?: WebRtcOutcome;
  /**
   * What this browser engine can measure (absent in results made before traits were recorded:
   * those are classified as that version did, see classify.ts).
   */
  traits?: EngineTraits;
  verdict: Verdict;
}
