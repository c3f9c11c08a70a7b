// What the running browser engine can tell us, so the classifier uses a signal only where this
// engine makes it evidence. Each trait is feature-detected or observed in the run where it can
// be; where a documented behaviour cannot be observed from a page, it is taken from the engine
// or platform the user agent names, and the comment cites the fact
// (shared/research/browsers-nat64.md, "What each engine does" and "What the platforms do").
// Detection reads the browser through one thin function; everything else is pure.

import type { ProbeOutcome, WebRtcOutcome } from "./result.ts";

/** The engine family, from the user agent: only for facts that no page can observe. */
export type Engine = "chromium" | "firefox" | "webkit" | "unknown";

/**
 * Where ICE gathers candidates: on every interface, or only on the default route's.
 * It decides whether "the STUN server given by its IPv4 literal produced nothing" proves that
 * the device has no IPv4 interface (no CLAT).
 */
export type Gathering = "every-interface" | "default-interface";

export interface EngineTraits {
  engine: Engine;
  /** The page can use RTCPeerConnection (false: no WebRTC signal at all). */
  webrtc: boolean;
  /**
   * Whether ICE error events (`icecandidateerror`, 701) are fired: feature-detected, or seen in
   * the run. null without WebRTC.
   */
  iceErrorEvents: boolean | null;
  /** null: cannot be told for this engine. */
  gathering: Gathering | null;
  /** How `gathering` is known: seen in this run, or the engine's documented behaviour. */
  gatheringFrom: "observed" | "engine" | null;
  /**
   * The platform makes an IPv4 literal work on a NAT64 network by synthesizing an IPv6 address
   * for it (Apple), so a working literal there is no proof of an IPv4 path or a CLAT.
   */
  literalSynthesis: boolean;
}

/** What detection reads from the browser; tests pass their own. */
export interface EngineEnvironment {
  userAgent: string;
  /** navigator.maxTouchPoints: tells iPadOS (desktop-class UA) from a Mac. */
  maxTouchPoints: number;
  /** The RTCPeerConnection constructor, when the engine has one. */
  Peer: unknown;
}

/** The browser's own environment. The only place this module touches globals. */
export function browserEnvironment(): EngineEnvironment {
  const nav = globalThis.navigator;
  return {
    userAgent: nav?.userAgent ?? "",
    maxTouchPoints: nav?.maxTouchPoints ?? 0,
    Peer: globalThis.RTCPeerConnection,
  };
}

/** iPhone, iPod, iPad, and iPadOS 13+ whose Safari says "Macintosh" but has a touch screen. */
function isIOS(env: EngineEnvironment): boolean {
  return (
    /iPhone|iPad|iPod/.test(env.userAgent) ||
    (/Macintosh/.test(env.userAgent) && env.maxTouchPoints > 1)
  );
}

export function engineOf(env: EngineEnvironment): Engine {
  const ua = env.userAgent;
  // Every iOS and iPadOS browser runs WebKit, whatever it calls itself (CriOS, FxiOS, EdgiOS).
  if (isIOS(env)) return "webkit";
  if (/\bFirefox\//.test(ua)) return "firefox";
  // Edge, Opera, Samsung Internet, Brave and headless Chrome all carry "Chrome/".
  if (/\b(?:Chrome|Chromium|HeadlessChrome)\//.test(ua)) return "chromium";
  // Safari on macOS, Epiphany, WebKitGTK and WPE; "Version/… Safari/" alone is Safari in the
  // shortened user agent a results link may carry.
  if (/AppleWebKit\/|Version\/[\d.]+ Safari\//.test(ua)) return "webkit";
  return "unknown";
}

/**
 * Apple platforms synthesize an IPv6 address for an IPv4 literal on a NAT64 network in
 * getaddrinfo and NSURLSession/CFNetwork (since iOS 9.2 / OS X 10.11.2; research file, "What
 * the platforms do"). Every iOS/iPadOS browser loads through that stack, and so does WebKit on
 * macOS (Safari and WKWebView browsers); Chrome and Firefox on macOS parse literals themselves.
 * A page cannot observe this, so it is read from the user agent. Chromium has its own NAT64
 * literal task (HostResolverNat64Task), but in 156 the real connection to a literal does not
 * use it (measured: the literal fails without a CLAT); re-measure when a version changes.
 */
export function synthesizesLiterals(env: EngineEnvironment): boolean {
  if (isIOS(env)) return true;
  return /Macintosh|Mac OS X/.test(env.userAgent) && engineOf(env) === "webkit";
}

/**
 * ICE gathering by engine, where it is documented (research file):
 * - Chromium gathers on every interface: in the lab its STUN literal got a srflx through the
 *   CLAT's IPv4 interface while IPv6 was the default route.
 * - Firefox uses "only default local addresses" (its own log, measured in 153 ESR): on
 *   IPv6-only + CLAT it skipped the IPv4 STUN server for "address type mis-match" and
 *   produced nothing.
 * - WebKit/Safari (libwebrtc) skips an IPv4 STUN server on an IPv6-only socket without an
 *   error event; whether it would gather on a CLAT's interface is not documented: unknown.
 */
const GATHERING_BY_ENGINE: Record<Engine, Gathering | null> = {
  chromium: "every-interface",
  firefox: "default-interface",
  webkit: null,
  unknown: null,
};

/** The traits known before the run: feature detection plus the engine's documented facts. */
export function detectEngineTraits(env: EngineEnvironment): EngineTraits {
  const engine = engineOf(env);
  const webrtc = typeof env.Peer === "function";
  // Firefox fires icecandidateerror since 150 (701 with an empty errorText and a null
  // address, measured in 153 ESR); older ones have no such handler to detect.
  const proto = webrtc ? (env.Peer as { prototype?: object }).prototype : undefined;
  const iceErrorEvents = webrtc ? proto !== undefined && "onicecandidateerror" in proto : null;
  const gathering = webrtc ? GATHERING_BY_ENGINE[engine] : null;
  return {
    engine,
    webrtc,
    iceErrorEvents,
    gathering,
    gatheringFrom: gathering === null ? null : "engine",
    literalSynthesis: synthesizesLiterals(env),
  };
}

/**
 * The traits after the run: what the ICE observations and probes showed about this engine.
 * - An observation that says "unsupported" means no WebRTC, whatever detection said.
 * - A host-lookup error (701) that arrived, or a peer connection that has the handler, shows
 *   the engine fires ICE error events.
 * - Default-interface gathering is seen when the IPv4 literal worked over HTTP through a real
 *   IPv4 path (not a platform's synthesis), the STUN server answered by name (so its UDP port
 *   is reachable), and the same server by IPv4 literal produced nothing: the engine left that
 *   IPv4 interface out (Firefox on 464XLAT in the lab).
 * Gathering on every interface is never inferred from a run: a default-interface engine also
 * gathers on both families where both have a default route, and host candidates are mDNS names
 * whose family a page cannot see, so only the engine's documented behaviour says it.
 */
export function observedEngineTraits(
  detected: EngineTraits,
  webrtc: WebRtcOutcome | undefined,
  probes: readonly ProbeOutcome[],
): EngineTraits {
  const observations = [webrtc?.name, webrtc?.literal].filter((o) => o !== undefined);
  if (observations.some((o) => o.status === "unsupported")) {
    return {
      ...detected,
      webrtc: false,
      iceErrorEvents: null,
      gathering: null,
      gatheringFrom: null,
    };
  }
  const traits = { ...detected };
  if (observations.some((o) => o.lookupError || (o.status === "ok" && o.errorEvents))) {
    traits.iceErrorEvents = true;
  }
  const literalFetch = probes.find((p) => p.kind === "v4literal");
  const name = webrtc?.name;
  const literal = webrtc?.literal;
  if (
    traits.webrtc &&
    !traits.literalSynthesis &&
    literalFetch?.status === "ok" &&
    name?.status === "ok" &&
    name.srflx.length > 0 &&
    literal?.status === "ok" &&
    literal.srflx.length === 0
  ) {
    traits.gathering = "default-interface";
    traits.gatheringFrom = "observed";
  }
  return traits;
}
