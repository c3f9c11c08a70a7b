// The one contract between the probes, the classifier, the UI, the share link and the embed
// message. Everything here is plain JSON so a Result can be serialized, shared and re-rendered.
// A Result holds facts only: verdicts, reasons, evidence and probe failures are codes with typed
// parameters, and no string in it is a sentence (the user agent aside). The words are the
// page's, in the reader's language and voice (src/ui/words/).

import type { EngineTraits } from "./selftest/engine-traits.ts";

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
  /** Why a probe that did not reach its echo failed, as far as a page can tell. */
  failure?: ProbeFailure;
  /** With failure "http-status": the status the answer had. */
  httpStatus?: number;
}

/**
 * How a probe failed. Browsers hide why a request failed (DNS, refused, unreachable), so an
 * error is one code; what answered instead of the echo is told apart where the page can see it.
 */
export type ProbeFailure =
  | "timeout" // no answer within the configured time (status timeout)
  | "network-error" // the request failed (status error)
  | "cors-blocked-answered" // CORS failed, but a no-cors request got an answer: not our echo
  | "http-status" // answered with a non-2xx status (httpStatus)
  | "web-page" // answered with a web page (a login page, a filter)
  | "too-large" // answered with far more data than an echo sends
  | "not-json" // answered with something that is not JSON
  | "wrong-shape" // JSON, but not an object
  | "no-address" // an object without a valid client address
  | "mixed-content"; // not run: an http:// probe from an https:// page (status skipped)

/** The failures that mean "something other than the echo answered" (status bad-response). */
export const WRONG_ANSWERS: readonly ProbeFailure[] = [
  "cors-blocked-answered",
  "http-status",
  "web-page",
  "too-large",
  "not-json",
  "wrong-shape",
  "no-address",
];

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

/** Why a signal that would separate two networks is silent in this run. */
export type GapCode =
  | "literal-not-tested" // no IPv4-literal probe configured
  | "literal-blocked-on-https" // skipped: mixed content
  | "literal-timed-out"
  | "literal-answered-by-other"
  | "literal-works-either-way" // the platform synthesizes literals
  | "literal-shows-synthesis" // it worked, by the platform's synthesis, not a CLAT
  | "no-webrtc" // the engine has no RTCPeerConnection
  | "no-webrtc-test" // no STUN server configured
  | "webrtc-failed"
  | "no-ice-errors" // the engine does not report 701
  | "webrtc-no-answer"
  | "stun-literal-untraced" // a srflx that is neither the NAT64's exit nor after DNS64
  | "gathers-default-interface" // Firefox: an IPv4 STUN server is skipped, CLAT or not
  | "gathering-unknown";

/** What would give the missing signal. */
export type FixCode =
  | "open-http-page"
  | "other-browser" // Chrome, Edge or Firefox
  | "other-device" // on Apple devices every browser is WebKit: another device on the network
  | "chrome-on-this-device"
  | "chrome-on-a-mac" // on an iPhone or iPad no browser can tell
  | "dig"; // `dig AAAA ipv4only.arpa` pasted into the decoder

export interface SignalGap {
  why: GapCode;
  fix?: FixCode;
}

/** The rules of classify.ts, in the order they are tried; `unexplained` when none matches. */
export type RuleName =
  | "intercepted"
  | "nothing-ran"
  | "offline"
  | "relayed"
  | "ipv6-only-nat64"
  | "ipv6-broken"
  | "ipv4-untested"
  | "no-dns64"
  | "no-nat64"
  | "undecidable"
  | "dual-stack"
  | "ipv6-untested"
  | "ipv4-only"
  | "unexplained";

/** The parameters of each reason a verdict gives (what the page then says, in words). */
export interface ReasonParams {
  /** Something else answered `count` of the `total` probes that ran. */
  intercepted: { count: number; total: number };
  "sign-in-to-network": Record<never, never>;
  "no-probes-here": Record<never, never>;
  "nothing-reached": { total: number };
  relayed: Record<never, never>;
  "turn-off-relay": Record<never, never>;
  "ipv6-only-with-nat64": Record<never, never>;
  "nat64-prefix": { prefix: string };
  "nat64-prefix-unproven": Record<never, never>;
  /** Apple's literal synthesis: the system, not a CLAT, carries IPv4 literals. */
  "literal-synthesis": Record<never, never>;
  "clat-by-literal": Record<never, never>;
  "clat-by-stun": Record<never, never>;
  "no-clat-by-literal": Record<never, never>;
  "no-clat-by-stun": Record<never, never>;
  /** clat: null on an IPv6-only network: why this browser cannot tell, and what can. */
  "clat-unknown": { gaps: GapCode[]; fixes: FixCode[] };
  "mtu-black-hole": Record<never, never>;
  "ipv6-slow": { v6Ms: number; v4Ms: number };
  "ipv6-times-out": Record<never, never>;
  "ipv6-broken-apps-wait": Record<never, never>;
  "ipv4-not-tested": Record<never, never>;
  "no-dns64": Record<never, never>;
  "use-network-dns": Record<never, never>;
  "no-nat64": Record<never, never>;
  "both-reachable": Record<never, never>;
  /** A NAT64 answers, but this network's own IPv4 traffic does not leave through it. */
  "nat64-unused": Record<never, never>;
  /** Native IPv4, or IPv6-only with an unknown prefix: which signals are missing. */
  "cannot-tell-native-ipv4": { gaps: GapCode[] };
  "how-to-find-out": { fixes: FixCode[] };
  "dual-stack": Record<never, never>;
  "maybe-clat": Record<never, never>;
  "maybe-own-prefix": Record<never, never>;
  "ipv6-not-tested": Record<never, never>;
  "ipv4-only": Record<never, never>;
  unexplained: Record<never, never>;
  /** `count` probes answered by something else were left out. */
  "set-aside": { count: number };
  /** A shared result whose measurements do not lead to its verdict. */
  "reasons-not-shown": Record<never, never>;
  /** The same, because the sender removed the addresses the reasons depend on. */
  "reasons-not-shown-removed": Record<never, never>;
}

export type ReasonCode = keyof ReasonParams;
export type Reason = { [C in ReasonCode]: { code: C } & ReasonParams[C] }[ReasonCode];

/** The parameters of each line of NAT64 evidence. Addresses are the visitor's (redactable). */
export interface Nat64EvidenceParams {
  /** E1: the IPv4-only name's echo saw `ip`, the NAT64-only target on `prefix` saw `targetIp`. */
  "same-exit-as-nat64": { ip: string; prefix: string; targetIp: string };
  /** E2: the IPv4-only name worked, its IPv4 literal was refused. */
  "literal-refused": Record<never, never>;
  /** E3: WebRTC reached the STUN server by name (over DNS64), not by its IPv4 literal. */
  "stun-name-only": Record<never, never>;
  /** E4: the STUN name answered without a lookup error (DNS64). */
  "stun-dns64": Record<never, never>;
  /** A NAT64 on `prefix` is reachable; its target saw `ip`. */
  "nat64-reachable": { prefix: string; ip: string };
}

export type Nat64EvidenceCode = keyof Nat64EvidenceParams;
export type Nat64Evidence = {
  [C in Nat64EvidenceCode]: { code: C } & Nat64EvidenceParams[C];
}[Nat64EvidenceCode];

/** The parameters of the evidence lines that hold a visitor's address (for redaction). */
export const EVIDENCE_ADDRESS_FIELDS = ["ip", "targetIp"] as const;

export interface Verdict {
  code: VerdictCode;
  /**
   * The rule that gave this verdict (for a support desk, and for tests). null only where no rule
   * of this version gave it: a shared result whose measurements do not lead to its recorded
   * verdict, or a picture drawn from facts that were never classified.
   */
  rule: RuleName | null;
  nat64: {
    /** true: proven; false: proven absent; null: cannot tell from the evidence. */
    detected: boolean | null;
    /** Only a prefix that was proven, as canonical "P/n". */
    prefix: string | null;
    evidence: Nat64Evidence[];
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
  /** How the verdict was reached, in the order the page says it. */
  reasons: Reason[];
}

/** 2: reasons, evidence and probe failures are codes (1 held English sentences). */
export const RESULT_VERSION = 2;

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
