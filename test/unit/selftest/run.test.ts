// A whole run with fake servers: the Result holds facts only (codes, numbers, addresses), so the
// page can word it in any language; the user agent is the one text it keeps as it came.
import { describe, expect, it, vi } from "vitest";
import { type Config, parseConfig } from "../../../src/core/config.ts";
import type { FetchLike } from "../../../src/core/selftest/probes.ts";
import { type RunOptions, runSelfTest } from "../../../src/core/selftest/run.ts";
import { sentences } from "./classifier-fixtures.ts";

const config = parseConfig({
  probes: {
    v4: "https://v4.example/echo",
    v6: "https://v6.example/echo",
    ds: "https://ds.example/echo",
    nat64: "https://nat64.example/echo",
    v4literal: "http://192.0.2.10/echo",
    v6literal: "https://[2001:db8::10]/echo",
    large: "https://ds.example/echo?size=4000",
  },
  nat64Candidates: [{ prefix: "2001:db8:64::/96", url: "https://candidate.example/echo" }],
  stun: { name: "stun:v4.example:3478", literal: "stun:192.0.2.10:3478" },
  timeoutMs: 200,
});

/** Every way a probe can end: an echo, a refusal, a login page, an HTTP error, silence. */
const servers: FetchLike = async (url, init) => {
  const host = new URL(url).host;
  if (host === "v4.example" || host === "nat64.example") {
    return new Response('{"ip":"203.0.113.7"}', {
      headers: { "content-type": "application/json" },
    });
  }
  if (host === "v6.example" || host === "[2001:db8::10]") {
    return new Response('{"ip":"2001:db8::7"}');
  }
  if (host === "ds.example" && url.includes("size")) {
    return new Promise((_resolve, reject) => {
      init.signal?.addEventListener("abort", () => reject(new DOMException("", "AbortError")));
    });
  }
  if (host === "ds.example") {
    return new Response("<!doctype html><title>Log in to the hotel Wi-Fi</title>", {
      headers: { "content-type": "text/html" },
    });
  }
  if (host === "candidate.example") return new Response("Bad Gateway", { status: 502 });
  throw new TypeError("Failed to fetch");
};

/**
 * Runs the self-test on fake clocks, for `ms` of them or until no timer is left: its Result, and
 * when (ms after the start) and with which code it reported its verdict.
 */
async function runOnFakeClock(config: Config, options: Omit<RunOptions, "onVerdict">, ms?: number) {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance", "Date"] });
  try {
    const started = performance.now();
    let verdictAt: number | null = null;
    let verdictCode = "";
    const pending = runSelfTest(config, {
      ...options,
      onVerdict: (facts) => {
        verdictAt = performance.now() - started;
        verdictCode = facts.code;
      },
    });
    if (ms === undefined) await vi.runAllTimersAsync();
    else await vi.advanceTimersByTimeAsync(ms);
    const result = await pending;
    return { result, verdictAt: verdictAt as number | null, verdictCode };
  } finally {
    vi.useRealTimers();
  }
}

describe("runSelfTest", () => {
  it("returns a Result with no sentence in it, from every kind of probe ending", async () => {
    const userAgent =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
    const result = await runSelfTest(config, {
      fetchImpl: servers,
      pageProtocol: "https:",
      userAgent,
      Peer: undefined,
    });
    expect(result.version).toBe(2);
    expect(result.probes.map((p) => [p.id, p.status, p.failure])).toEqual([
      ["v4", "ok", undefined],
      ["v6", "ok", undefined],
      ["ds", "bad-response", "web-page"],
      ["nat64", "ok", undefined],
      ["v4literal", "skipped", "mixed-content"],
      ["v6literal", "ok", undefined],
      ["large", "timeout", "timeout"],
      ["nat64-candidate:2001:db8:64::/96", "bad-response", "http-status"],
    ]);
    expect(result.verdict.code).toBe("ipv6-only-nat64");
    expect(result.verdict.rule).toBe("ipv6-only-nat64");
    expect(result.verdict.reasons.length).toBeGreaterThan(2);
    expect(result.verdict.nat64.evidence.length).toBeGreaterThan(0);
    expect(sentences({ ...result, userAgent: "" })).toEqual([]);
    expect(result.userAgent).toBe(userAgent);
  });
});

// A network where IPv4 answers in 5 ms and IPv6 after `v6Delay` ms (or never), with the clock
// and timers faked: the deadlines are logic, tested without waiting for real time.
describe("runSelfTest on a network whose IPv6 is slow or silent", () => {
  const chrome =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
  const dualStack = parseConfig({
    probes: {
      v4: "http://v4.example/echo",
      v6: "http://v6.example/echo",
      ds: "http://ds.example/echo",
      nat64: "http://nat64.example/echo",
      v4literal: "http://192.0.2.10/echo",
      v6literal: "http://[2001:db8::10]/echo",
      large: "http://ds.example/echo?size=1600",
    },
    timeoutMs: 4000,
  });

  /** Answers after `ms` (fake time) unless aborted first; `null` never answers. */
  const answer = (init: RequestInit, ms: number | null, body: string | Error) =>
    new Promise<Response>((resolve, reject) => {
      const timer =
        ms === null
          ? undefined
          : setTimeout(
              () => (body instanceof Error ? reject(body) : resolve(new Response(body))),
              ms,
            );
      init.signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(new DOMException("", "AbortError"));
      });
    });
  const network =
    (v6Delay: number | null): FetchLike =>
    (url, init) => {
      const host = new URL(url).host;
      if (host === "v6.example" || host === "[2001:db8::10]") {
        return answer(init, v6Delay, '{"ip":"2001:db8::7"}');
      }
      // The dual-stack name falls back to IPv4 (Happy Eyeballs) when IPv6 is silent.
      if (host === "ds.example") {
        return v6Delay === null
          ? answer(init, 5, '{"ip":"198.51.100.20"}')
          : answer(init, v6Delay, '{"ip":"2001:db8::7"}');
      }
      if (host === "nat64.example") return answer(init, 3, new TypeError("Failed to fetch"));
      return answer(init, 5, '{"ip":"198.51.100.20"}');
    };

  const run = (v6Delay: number | null) =>
    runOnFakeClock(dualStack, {
      fetchImpl: network(v6Delay),
      pageProtocol: "http:",
      userAgent: chrome,
      Peer: undefined,
    });

  for (const late of [300, 900]) {
    it(`keeps an IPv6 that answers ${late} ms late dual-stack`, async () => {
      const { result, verdictCode } = await run(late);
      expect(result.verdict.code).toBe("dual-stack");
      expect(verdictCode).toBe("dual-stack");
      expect(result.probes.find((p) => p.kind === "v6")).toMatchObject({ status: "ok" });
    });
  }

  it("calls a silent IPv6 broken at its adaptive deadline, well before the configured timeout", async () => {
    const { result, verdictAt, verdictCode } = await run(null);
    expect(result.verdict.code).toBe("ipv6-broken");
    expect(verdictCode).toBe("ipv6-broken");
    for (const kind of ["v6", "v6literal"]) {
      const probe = result.probes.find((p) => p.kind === kind);
      expect(probe?.status).toBe("timeout");
      expect(probe?.ms).toBe(1500);
    }
    expect(verdictAt).toBe(1500);
    expect(verdictAt).toBeLessThan(dualStack.timeoutMs);
  });

  it("reports the verdict once, before the Result, with the Result's code, prefix and CLAT", async () => {
    const facts: unknown[] = [];
    const result = await runSelfTest(config, {
      fetchImpl: servers,
      pageProtocol: "https:",
      Peer: undefined,
      onVerdict: (f) => facts.push(f),
    });
    expect(facts).toEqual([
      { code: result.verdict.code, prefix: result.verdict.nat64.prefix, clat: result.verdict.clat },
    ]);
  });
});

describe("runSelfTest stops waiting for what cannot change the verdict", () => {
  /** A peer whose ICE gathering never completes and finds nothing (UDP dropped). */
  class SilentPeer {
    onicecandidate = null;
    onicecandidateerror = null;
    onicegatheringstatechange = null;
    iceGatheringState = "gathering";
    createDataChannel() {}
    async createOffer() {
      return {};
    }
    async setLocalDescription() {}
    close() {}
  }
  const portal = parseConfig({
    probes: { v4: "http://v4.example/echo", v6: "http://v6.example/echo" },
    stun: { name: "stun:v4.example:3478", literal: "stun:192.0.2.10:3478" },
    timeoutMs: 4000,
  });
  const loginPage: FetchLike = () =>
    new Promise((resolve) =>
      setTimeout(() => resolve(new Response("<!doctype html><title>Log in</title>")), 5),
    );

  it("a captive portal's verdict is final once every probe got the login page: WebRTC is stopped", async () => {
    // The run ends within 10 ms of fake time, without the rest of WebRTC's timers.
    const { result, verdictAt } = await runOnFakeClock(
      portal,
      {
        fetchImpl: loginPage,
        pageProtocol: "http:",
        Peer: SilentPeer as unknown as typeof RTCPeerConnection,
      },
      10,
    );
    expect(verdictAt).toBe(5);
    expect(result.verdict.code).toBe("captive-portal");
    // Both observations were stopped when the verdict was final, not after their 1.5 s.
    expect(result.webrtc?.name).toMatchObject({ status: "ok", complete: false, ms: 5 });
    expect(result.webrtc?.literal).toMatchObject({ status: "ok", complete: false, ms: 5 });
  });

  /** A peer connection that plays back what a lab engine delivered (setLocalDescription). */
  class ScriptedPeer {
    onicecandidate: ((e: { candidate: unknown }) => void) | null = null;
    onicecandidateerror: ((e: { errorCode: number }) => void) | null = null;
    onicegatheringstatechange: (() => void) | null = null;
    iceGatheringState = "gathering";
    constructor(protected readonly config: RTCConfiguration) {}
    createDataChannel() {}
    async createOffer() {
      return {};
    }
    async setLocalDescription() {}
    close() {}
  }

  /**
   * Chromium on IPv6-only + NAT64 without a CLAT (research file): the STUN name gives the
   * NAT64's pool address, its literal nothing, and gathering never completes.
   */
  class Nat64Peer extends ScriptedPeer {
    override async setLocalDescription() {
      const url = this.config.iceServers?.[0]?.urls;
      if (url === "stun:v4.example:3478") {
        setTimeout(
          () => this.onicecandidate?.({ candidate: { type: "srflx", address: "203.0.113.7" } }),
          20,
        );
      }
    }
  }

  const chrome = "Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0.0.0 Safari/537.36";
  const nat64Config = (literal: boolean) =>
    parseConfig({
      probes: {
        v4: "http://v4.example/echo",
        v6: "http://v6.example/echo",
        nat64: "http://nat64.example/echo",
        ...(literal ? { v4literal: "http://192.0.2.10/echo" } : {}),
      },
      stun: { name: "stun:v4.example:3478", literal: "stun:192.0.2.10:3478" },
      timeoutMs: 4000,
    });
  /** IPv6-only + NAT64 without a CLAT: the IPv4 literal is refused after 3 ms. */
  const nat64Servers: FetchLike = (url) =>
    new Promise((resolve, reject) => {
      const host = new URL(url).host;
      if (host === "192.0.2.10") setTimeout(() => reject(new TypeError("Failed to fetch")), 3);
      const ip = host === "v6.example" ? "2001:db8::7" : "203.0.113.7";
      setTimeout(() => resolve(new Response(`{"ip":"${ip}"}`)), 5);
    });

  /** Chromium on that network, with or without the HTTP literal probe. */
  const runInChromium = (
    literal: boolean,
    fetchImpl: FetchLike = nat64Servers,
    Peer: unknown = Nat64Peer,
  ) =>
    runOnFakeClock(nat64Config(literal), {
      fetchImpl,
      pageProtocol: "http:",
      userAgent: chrome,
      Peer: Peer as typeof RTCPeerConnection,
    });

  it("closes the STUN window once the answers show how fast this network is", async () => {
    // An HTTPS-style config: only the STUN literal's silence can tell about a CLAT.
    const { result, verdictAt } = await runInChromium(false);
    expect(result.verdict).toMatchObject({ code: "ipv6-only-nat64", clat: false });
    // 250 ms (one lost binding request) + 3 × the first answer's 5 ms, not the 1.5 s window
    // (the name's srflx at 20 ms would allow 270).
    expect(verdictAt).toBe(265);
    expect(result.webrtc?.name).toMatchObject({
      srflx: ["203.0.113.7"],
      complete: false,
      ms: 265,
    });
  });

  it("closes it 250 ms after the STUN name's srflx when that comes first", async () => {
    const slow: FetchLike = (url, init) =>
      new URL(url).host === "192.0.2.10"
        ? nat64Servers(url, init)
        : new Promise((resolve) => setTimeout(() => resolve(nat64Servers(url, init)), 95));
    const { result, verdictAt } = await runInChromium(false, slow);
    expect(result.verdict).toMatchObject({ code: "ipv6-only-nat64", clat: false });
    // The echoes answer after 100 ms (window 550 ms); the name's srflx came at 20 ms.
    expect(verdictAt).toBe(270);
  });

  it("a refused IPv4 literal decides the CLAT answer: no wait for the STUN window", async () => {
    const { result, verdictAt } = await runInChromium(true);
    expect(result.verdict).toMatchObject({ code: "ipv6-only-nat64", clat: false });
    // With the last echo (5 ms; the fake clock steps in ms), not at the STUN window (265 ms).
    expect(verdictAt).toBeLessThan(10);
  });

  /**
   * Chromium on dual-stack (lab, raw probe): the name's srflx and its lookup error (no AAAA)
   * at ≈ 95 ms, the literal's srflx at ≈ 45 ms, gathering complete only at ≈ 230 and 180 ms.
   */
  class DualStackPeer extends ScriptedPeer {
    override async setLocalDescription() {
      const name = this.config.iceServers?.[0]?.urls === "stun:v4.example:3478";
      const srflx = () =>
        this.onicecandidate?.({ candidate: { type: "srflx", address: "203.0.113.7" } });
      setTimeout(srflx, name ? 95 : 45);
      if (name) setTimeout(() => this.onicecandidateerror?.({ errorCode: 701 }), 96);
      setTimeout(
        () => {
          this.iceGatheringState = "complete";
          this.onicegatheringstatechange?.();
        },
        name ? 230 : 180,
      );
    }
  }

  it("reads what a STUN observation has shown while it runs: dual-stack at the name's lookup error", async () => {
    const dual: FetchLike = (url) =>
      new Promise((resolve, reject) => {
        const host = new URL(url).host;
        if (host === "nat64.example") setTimeout(() => reject(new TypeError("Failed")), 3);
        const ip = host === "v6.example" ? "2001:db8::7" : "203.0.113.7";
        setTimeout(() => resolve(new Response(`{"ip":"${ip}"}`)), 5);
      });
    const { result, verdictAt } = await runInChromium(true, dual, DualStackPeer);
    expect(result.verdict).toMatchObject({ code: "dual-stack", confidence: "high" });
    // Not at 95 ms (a lookup error could still come), nor when gathering completes.
    expect(verdictAt).toBe(96);
  });
});
