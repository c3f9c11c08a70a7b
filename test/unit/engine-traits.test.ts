import { describe, expect, it } from "vitest";
import type { Config } from "../../src/core/config.ts";
import {
  detectEngineTraits,
  type EngineEnvironment,
  type EngineTraits,
  engineOf,
  observedEngineTraits,
  synthesizesLiterals,
} from "../../src/core/engine-traits.ts";
import type { ProbeOutcome, StunObservation } from "../../src/core/result.ts";
import { runSelfTest } from "../../src/core/run.ts";

const UA = {
  chromeLinux:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
  headlessChrome:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
  chromeMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
  samsung:
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36",
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0",
  firefoxAndroid: "Mozilla/5.0 (Android 15; Mobile; rv:150.0) Gecko/150.0 Firefox/150.0",
  firefoxMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:153.0) Gecko/20100101 Firefox/153.0",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.0 Safari/605.1.15",
  safariIPhone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 19_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.0 Mobile/15E148 Safari/604.1",
  chromeIPhone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 19_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/156.0.0.0 Mobile/15E148 Safari/604.1",
  firefoxIPhone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 19_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/150.0 Mobile/15E148 Safari/605.1.15",
  // The shortened form a results link may carry: browser and OS tokens only.
  safariMacShort: "Version/19.0 Safari/ (Macintosh)",
  webkitGtk:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
  curl: "curl/8.5.0",
};

/** An RTCPeerConnection stand-in whose prototype has (or lacks) the ICE error handler. */
function peerClass(iceErrorHandler: boolean): unknown {
  class Peer {}
  if (iceErrorHandler) {
    Object.defineProperty(Peer.prototype, "onicecandidateerror", { value: null, writable: true });
  }
  return Peer;
}

function env(userAgent: string, extra: Partial<EngineEnvironment> = {}): EngineEnvironment {
  return { userAgent, maxTouchPoints: 0, Peer: peerClass(true), ...extra };
}

describe("engine and platform from the user agent", () => {
  it.each([
    ["chromeLinux", "chromium"],
    ["headlessChrome", "chromium"],
    ["chromeMac", "chromium"],
    ["samsung", "chromium"],
    ["edgeWindows", "chromium"],
    ["firefoxLinux", "firefox"],
    ["firefoxAndroid", "firefox"],
    ["firefoxMac", "firefox"],
    ["safariMac", "webkit"],
    ["safariIPhone", "webkit"],
    // Every iOS browser is WebKit underneath, whatever its name says.
    ["chromeIPhone", "webkit"],
    ["firefoxIPhone", "webkit"],
    ["safariMacShort", "webkit"],
    ["webkitGtk", "webkit"],
    ["curl", "unknown"],
  ] as const)("%s is %s", (name, engine) => {
    expect(engineOf(env(UA[name]))).toBe(engine);
  });

  it("every iOS browser and Safari on macOS synthesize IPv4 literals; Chrome and Firefox on a Mac do not", () => {
    const synthesizing = Object.entries(UA)
      .filter(([, ua]) => synthesizesLiterals(env(ua)))
      .map(([name]) => name)
      .sort();
    expect(synthesizing).toEqual([
      "chromeIPhone",
      "firefoxIPhone",
      "safariIPhone",
      "safariMac",
      "safariMacShort",
    ]);
  });

  it("iPadOS Safari says Macintosh, and its touch points give it away", () => {
    const ipad = env(UA.safariMac, { maxTouchPoints: 5 });
    expect(synthesizesLiterals(ipad)).toBe(true);
    // Chrome on an iPad also sends the desktop UA: it is WebKit with the system's networking.
    const chromeOnIpad = env(UA.chromeMac, { maxTouchPoints: 5 });
    expect(engineOf(chromeOnIpad)).toBe("webkit");
    expect(synthesizesLiterals(chromeOnIpad)).toBe(true);
    // A Mac without a touch screen running Chrome does not synthesize.
    expect(synthesizesLiterals(env(UA.chromeMac))).toBe(false);
  });
});

describe("detectEngineTraits", () => {
  it("an engine without RTCPeerConnection has no WebRTC signal, and nothing about ICE is known", () => {
    expect(detectEngineTraits(env(UA.webkitGtk, { Peer: undefined }))).toEqual({
      engine: "webkit",
      webrtc: false,
      iceErrorEvents: null,
      gathering: null,
      gatheringFrom: null,
      literalSynthesis: false,
    });
  });

  it("feature-detects ICE error events on the RTCPeerConnection prototype", () => {
    expect(detectEngineTraits(env(UA.firefoxLinux)).iceErrorEvents).toBe(true);
    // Firefox before 150 had no icecandidateerror.
    const old = env(UA.firefoxLinux, { Peer: peerClass(false) });
    expect(detectEngineTraits(old).iceErrorEvents).toBe(false);
  });

  it("takes gathering from the engine's documented behaviour: Chromium everywhere, Firefox default only, WebKit unknown", () => {
    expect(detectEngineTraits(env(UA.chromeLinux))).toMatchObject({
      gathering: "every-interface",
      gatheringFrom: "engine",
    });
    expect(detectEngineTraits(env(UA.firefoxAndroid))).toMatchObject({
      gathering: "default-interface",
      gatheringFrom: "engine",
    });
    expect(detectEngineTraits(env(UA.safariIPhone))).toMatchObject({
      gathering: null,
      gatheringFrom: null,
      literalSynthesis: true,
    });
    expect(detectEngineTraits(env(UA.curl)).gathering).toBeNull();
  });
});

function stun(srflx: string[], extra: Partial<StunObservation> = {}): StunObservation {
  return {
    status: "ok",
    srflx,
    lookupError: false,
    errorEvents: true,
    hostCandidates: 1,
    complete: true,
    ms: 90,
    ...extra,
  };
}

function literalProbe(status: ProbeOutcome["status"], ip: string | null): ProbeOutcome {
  return { id: "v4literal", kind: "v4literal", url: "http://192.0.2.10/echo", status, ms: 40, ip };
}

describe("observedEngineTraits", () => {
  const unknownEngine = detectEngineTraits(env(UA.curl));

  it("sees default-interface gathering: the literal works over HTTP, the STUN literal stays silent while the name answers", () => {
    const traits = observedEngineTraits(
      unknownEngine,
      { name: stun(["198.51.100.38"]), literal: stun([]) },
      [literalProbe("ok", "198.51.100.39")],
    );
    expect(traits).toMatchObject({ gathering: "default-interface", gatheringFrom: "observed" });
  });

  it("does not read the same pattern on Apple platforms, where the literal works by synthesis", () => {
    const apple = detectEngineTraits(env(UA.safariIPhone));
    const traits = observedEngineTraits(
      apple,
      { name: stun(["198.51.100.38"]), literal: stun([]) },
      [literalProbe("ok", "198.51.100.38")],
    );
    expect(traits.gathering).toBeNull();
  });

  it("does not read gathering from a silent STUN literal alone (no IPv4 path may exist)", () => {
    const traits = observedEngineTraits(
      unknownEngine,
      { name: stun(["198.51.100.38"]), literal: stun([]) },
      [literalProbe("skipped", null)],
    );
    expect(traits.gathering).toBeNull();
  });

  it("a 701 that arrived proves ICE error events even where detection found no handler", () => {
    const old = detectEngineTraits(env(UA.firefoxLinux, { Peer: peerClass(false) }));
    const traits = observedEngineTraits(
      old,
      { name: stun(["203.0.113.1"], { lookupError: true, errorEvents: false }) },
      [],
    );
    expect(traits.iceErrorEvents).toBe(true);
  });

  it("an observation that found no RTCPeerConnection overrides detection", () => {
    const traits = observedEngineTraits(
      detectEngineTraits(env(UA.chromeLinux)),
      { name: stun([], { status: "unsupported", errorEvents: false }) },
      [],
    );
    expect(traits).toMatchObject({ webrtc: false, iceErrorEvents: null, gathering: null });
  });
});

/** A fake ICE run: srflx per STUN URL, 701 where the name has no AAAA, Firefox-style. */
function fakePeer(srflxFor: Record<string, string[]>, lookupErrorFor: string[] = []) {
  return class FakePeer {
    onicecandidate: ((e: { candidate: unknown }) => void) | null = null;
    onicecandidateerror: ((e: { errorCode: number; errorText: string }) => void) | null = null;
    onicegatheringstatechange: (() => void) | null = null;
    iceGatheringState = "new";
    private readonly url: string;
    constructor(config: RTCConfiguration) {
      this.url = String(config.iceServers?.[0]?.urls ?? "");
    }
    createDataChannel() {}
    async createOffer() {
      return {};
    }
    async setLocalDescription() {
      setTimeout(() => {
        if (lookupErrorFor.includes(this.url))
          this.onicecandidateerror?.({ errorCode: 701, errorText: "" });
        for (const address of srflxFor[this.url] ?? []) {
          this.onicecandidate?.({ candidate: { type: "srflx", address } });
        }
        this.onicecandidate?.({ candidate: null });
      }, 1);
    }
    close() {}
  };
}

/** Echo answers by URL; anything else fails like an unreachable address. */
function fakeFetch(answers: Record<string, string>) {
  return async (input: string) => {
    const ip = answers[input];
    if (!ip) throw new TypeError("Failed to fetch");
    return new Response(JSON.stringify({ ip, port: 1 }), {
      headers: { "Content-Type": "application/json" },
    });
  };
}

describe("runSelfTest records the traits and classifies with them", () => {
  // The lab's HTTPS-style config: no literal probes, STUN by name and by literal.
  const config: Config = {
    probes: {
      v4: "https://v4.lab.test/echo",
      v6: "https://v6.lab.test/echo",
      nat64: "https://nat64.lab.test/echo",
    },
    nat64Candidates: [],
    stun: { name: "stun:v4.lab.test:3478", literal: "stun:192.0.2.10:3478" },
    timeoutMs: 3000,
    doh: [],
    embedOrigins: [],
  };
  // 464XLAT as Firefox 153 saw it in the lab: the name's srflx through the NAT64, nothing on
  // the literal (default-interface gathering), a NAT64 that the A-only name leaves through.
  const fetchImpl = fakeFetch({
    "https://v4.lab.test/echo": "198.51.100.38",
    "https://v6.lab.test/echo": "2001:2:0:100::2",
    "https://nat64.lab.test/echo": "198.51.100.38",
  });
  const Peer = fakePeer({ "stun:v4.lab.test:3478": ["198.51.100.38"] });

  it("Firefox on 464XLAT: IPv6-only with NAT64, and clat unknown rather than false", async () => {
    const result = await runSelfTest(config, {
      fetchImpl,
      pageProtocol: "https:",
      userAgent: UA.firefoxLinux,
      Peer: Peer as unknown as typeof RTCPeerConnection,
    });
    expect(result.traits).toMatchObject<Partial<EngineTraits>>({
      engine: "firefox",
      webrtc: true,
      iceErrorEvents: true,
      gathering: "default-interface",
    });
    expect(result.verdict).toMatchObject({ code: "ipv6-only-nat64", clat: null });
    expect(result.verdict.reasons.join(" ")).toMatch(/only the default network connection/);
  });

  it("the same observations from Chromium still prove there is no CLAT", async () => {
    const result = await runSelfTest(config, {
      fetchImpl,
      pageProtocol: "https:",
      userAgent: UA.chromeLinux,
      Peer: Peer as unknown as typeof RTCPeerConnection,
    });
    expect(result.traits?.gathering).toBe("every-interface");
    expect(result.verdict).toMatchObject({ code: "ipv6-only-nat64", clat: false });
  });
});
