// Probe outcomes, STUN observations and engine traits as the classifier's tests build them.
import type {
  ProbeKind,
  ProbeOutcome,
  ProbeStatus,
  StunObservation,
} from "../../../src/core/result.ts";
import type { EngineTraits } from "../../../src/core/selftest/engine-traits.ts";

// Addresses as echo servers would see them (documentation ranges).
export const CLIENT_V4 = "198.51.100.20"; // native IPv4 (after the home router's NAT)
export const POOL_V4 = "203.0.113.7"; // the carrier NAT64's pool
export const POOL_V4_OTHER = "203.0.113.9"; // same pool, another address
export const CLIENT_V6 = "2001:2::20";

export function probe(
  kind: ProbeKind,
  status: ProbeStatus,
  ip: string | null = null,
  extra: Partial<ProbeOutcome> = {},
): ProbeOutcome {
  return {
    id: kind === "nat64-candidate" ? `nat64-candidate:${extra.prefix}` : kind,
    kind,
    url: `http://${kind}.example/echo`,
    status,
    ms: status === "timeout" ? 4000 : 120,
    ip: status === "ok" ? ip : null,
    ...(kind === "nat64" ? { prefix: "64:ff9b::/96" } : {}),
    ...extra,
  };
}

export function stun(srflx: string[], lookupError: boolean, errorEvents = true): StunObservation {
  const hostCandidates = 2;
  return { status: "ok", srflx, lookupError, errorEvents, hostCandidates, complete: true, ms: 300 };
}

/** ICE ran and gave nothing. */
export const nothing = stun([], false);

/** What webrtc.ts records where the engine has no RTCPeerConnection. */
export const UNSUPPORTED: StunObservation = {
  status: "unsupported",
  srflx: [],
  lookupError: false,
  errorEvents: false,
  hostCandidates: 0,
  complete: false,
  ms: 0,
};

/** ICE could not start. */
export const FAILED: StunObservation = {
  status: "error",
  srflx: [],
  lookupError: false,
  errorEvents: true,
  hostCandidates: 0,
  complete: false,
  ms: 5,
};

// Engine traits as detection gives them (src/core/selftest/engine-traits.ts), per the research
// file.
export const CHROMIUM: EngineTraits = {
  engine: "chromium",
  webrtc: true,
  iceErrorEvents: true,
  gathering: "every-interface",
  gatheringFrom: "engine",
  literalSynthesis: false,
};
export const FIREFOX: EngineTraits = {
  ...CHROMIUM,
  engine: "firefox",
  gathering: "default-interface",
};
/** Firefox before 150: no icecandidateerror. */
export const OLD_FIREFOX: EngineTraits = { ...FIREFOX, iceErrorEvents: false };
/** WebKitGTK / WPE as Debian builds them: no RTCPeerConnection. */
export const WEBKIT_NO_RTC: EngineTraits = {
  engine: "webkit",
  webrtc: false,
  iceErrorEvents: null,
  gathering: null,
  gatheringFrom: null,
  literalSynthesis: false,
};
/** Safari on an iPhone: libwebrtc, gathering on a CLAT's interface undocumented, synthesis. */
export const IPHONE: EngineTraits = {
  engine: "webkit",
  webrtc: true,
  iceErrorEvents: true,
  gathering: null,
  gatheringFrom: null,
  literalSynthesis: true,
};
/** An iPhone in Lockdown Mode (no WebRTC). */
export const IPHONE_NO_RTC: EngineTraits = { ...WEBKIT_NO_RTC, literalSynthesis: true };

/** Every trait set detection can produce (the engine name is never read by the classifier). */
export const TRAIT_SETS: readonly EngineTraits[] = (() => {
  const sets: EngineTraits[] = [];
  for (const literalSynthesis of [false, true]) {
    sets.push({ ...WEBKIT_NO_RTC, literalSynthesis });
    for (const iceErrorEvents of [true, false]) {
      for (const gathering of ["every-interface", "default-interface", null] as const) {
        sets.push({
          engine: "unknown",
          webrtc: true,
          iceErrorEvents,
          gathering,
          gatheringFrom: gathering ? "engine" : null,
          literalSynthesis,
        });
      }
    }
  }
  return sets;
})();

/** The STUN observations the enumerations combine: every state the rules tell apart. */
export const STUN_OBSERVATIONS: readonly (StunObservation | undefined)[] = [
  undefined,
  UNSUPPORTED,
  FAILED,
  stun([], false),
  stun([], true),
  stun([CLIENT_V4], true),
  stun([POOL_V4], false),
  stun([POOL_V4, POOL_V4_OTHER], false),
  stun([CLIENT_V4], false, false), // Firefox before 150: no ICE error events
  stun([POOL_V4_OTHER], false, false), // a CLAT's exit, seen by an engine without events
];

/** Every string anywhere in a value that holds a space: a sentence, where only facts belong. */
export function sentences(value: unknown): string[] {
  if (typeof value === "string") return value.includes(" ") ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(sentences);
  return [];
}
