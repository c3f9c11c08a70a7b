import { describe, expect, it } from "vitest";
import { observeStun } from "../../../src/core/selftest/webrtc.ts";

type Script = (pc: FakePeer) => void;

/**
 * Plays back ICE events the way Chromium and Firefox delivered them in the lab
 * (shared/research/browsers-nat64.md).
 */
class FakePeer {
  static script: Script = () => {};
  onicecandidate: ((e: { candidate: unknown }) => void) | null = null;
  onicecandidateerror:
    | ((e: { errorCode: number; errorText?: string; address?: string | null }) => void)
    | null = null;
  onicegatheringstatechange: (() => void) | null = null;
  iceGatheringState = "new";
  closed = false;
  createDataChannel() {}
  async createOffer() {
    return {};
  }
  async setLocalDescription() {
    setTimeout(() => FakePeer.script(this), 5);
  }
  close() {
    this.closed = true;
  }
}

const Peer = FakePeer as unknown as typeof RTCPeerConnection;

describe("observeStun", () => {
  it("collects srflx addresses and the host-lookup error, and stops on completion", async () => {
    FakePeer.script = (pc) => {
      pc.onicecandidate?.({ candidate: { type: "host", address: "x.local" } });
      pc.onicecandidateerror?.({ errorCode: 701 });
      pc.onicecandidate?.({ candidate: { type: "srflx", address: "198.51.100.20" } });
      pc.onicecandidate?.({ candidate: null });
    };
    const obs = await observeStun("stun:v4.example:3478", 2000, Peer);
    expect(obs).toMatchObject({
      status: "ok",
      srflx: ["198.51.100.20"],
      lookupError: true,
      hostCandidates: 1,
      complete: true,
    });
  });

  it("reports what it has seen after each srflx and ICE error, growing, before it ends", async () => {
    FakePeer.script = (pc) => {
      pc.onicecandidate?.({ candidate: { type: "host", address: "x.local" } });
      pc.onicecandidate?.({ candidate: { type: "srflx", address: "198.51.100.20" } });
      pc.onicecandidateerror?.({ errorCode: 701 });
      pc.onicecandidate?.({ candidate: null });
    };
    const seen: { srflx: string[]; lookupError: boolean; complete: boolean }[] = [];
    await observeStun("stun:v4.example:3478", 2000, Peer, undefined, (sofar) => seen.push(sofar));
    expect(seen).toMatchObject([
      { status: "ok", srflx: ["198.51.100.20"], lookupError: false, complete: false },
      { status: "ok", srflx: ["198.51.100.20"], lookupError: true, complete: false },
    ]);
  });

  it("decides from what arrived within the window when gathering never completes", async () => {
    FakePeer.script = (pc) => {
      pc.onicecandidate?.({ candidate: { type: "srflx", address: "203.0.113.7" } });
    };
    const started = Date.now();
    const obs = await observeStun("stun:v4.example:3478", 100, Peer);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(obs).toMatchObject({ status: "ok", srflx: ["203.0.113.7"], complete: false });
  });

  it("an ICE error that arrives proves the events exist, even where no handler was detected", async () => {
    class UndetectedHandler extends FakePeer {
      constructor() {
        super();
        delete (this as { onicecandidateerror?: unknown }).onicecandidateerror;
      }
    }
    // Firefox's 701 as measured: empty errorText, null address; only the code is read.
    FakePeer.script = (pc) => {
      pc.onicecandidateerror?.({ errorCode: 701, errorText: "", address: null });
      pc.onicecandidate?.({ candidate: null });
    };
    const obs = await observeStun(
      "stun:v4.example:3478",
      500,
      UndetectedHandler as unknown as typeof RTCPeerConnection,
    );
    expect(obs).toMatchObject({ lookupError: true, errorEvents: true });
  });

  it("notes when the browser cannot report ICE errors at all (Firefox before 150)", async () => {
    FakePeer.script = (pc) => pc.onicecandidate?.({ candidate: null });
    class NoErrorEvents extends FakePeer {
      constructor() {
        super();
        delete (this as { onicecandidateerror?: unknown }).onicecandidateerror;
      }
    }
    const withEvents = await observeStun("stun:v4.example:3478", 500, Peer);
    const without = await observeStun(
      "stun:v4.example:3478",
      500,
      NoErrorEvents as unknown as typeof RTCPeerConnection,
    );
    expect(withEvents.errorEvents).toBe(true);
    expect(without.errorEvents).toBe(false);
  });

  it("reports a browser without WebRTC as unsupported", async () => {
    expect((await observeStun("stun:x:3478", 100, undefined)).status).toBe("unsupported");
  });

  it("stops when the run says so, with what arrived until then, and closes the connection", async () => {
    let peer: FakePeer | undefined;
    FakePeer.script = (pc) => {
      peer = pc;
      pc.onicecandidate?.({ candidate: { type: "srflx", address: "203.0.113.7" } });
    };
    const stop = new AbortController();
    const observing = observeStun("stun:v4.example:3478", 60_000, Peer, stop.signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop.abort();
    expect(await observing).toMatchObject({
      status: "ok",
      srflx: ["203.0.113.7"],
      complete: false,
    });
    expect(peer?.closed).toBe(true);
  });
});
