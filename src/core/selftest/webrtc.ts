// The WebRTC/STUN signal (shared/research/browsers-nat64.md, measured in Chromium 156 and
// Firefox 153 ESR): gathering ICE candidates against a STUN server named by an A-only name
// separates DNS64 + NAT64 from native IPv4 without knowing the NAT64 prefix, and works from
// HTTPS pages (STUN is UDP, not subject to mixed-content rules). What the same server given by
// its IPv4 literal shows depends on the engine: Chromium gathers on every interface (a CLAT
// gives a srflx), Firefox only on the default one (nothing, CLAT or not). That reading is the
// classifier's, with EngineTraits; this module only records what arrived. WebKitGTK/WPE builds
// have no RTCPeerConnection at all. The browser API is injected so the observation logic is
// testable without a browser.

import type { StunObservation } from "../result.ts";

/** ICE's "STUN host lookup received error" code. */
const HOST_LOOKUP_ERROR = 701;

/**
 * Gathers candidates against one STUN URL and reports what arrived within `windowMs`, or until
 * `stop` aborts (the run closes the window early once this visit's answers show how long a
 * binding takes, or once the verdict is final; see deadlines.ts).
 * On an IPv6-only network without CLAT, Chromium's gathering never completes (a STUN timeout
 * on an unroutable IPv4 socket takes ~40 s), so the window, not "complete", bounds this;
 * Firefox completes in < 150 ms there. Every srflx and 701 arrived within 260 ms in the lab.
 */
export async function observeStun(
  stunUrl: string,
  windowMs: number,
  Peer: typeof RTCPeerConnection | undefined = globalThis.RTCPeerConnection,
  stop?: AbortSignal,
  /**
   * Called with the observation so far after each srflx and ICE error: the run's finality check
   * reads it (it can only grow), since gathering completes long after the answers that matter
   * (Chromium, dual-stack: srflx and the 701 at ≈ 95 ms, complete at ≈ 230 ms).
   */
  onChange?: (sofar: StunObservation) => void,
): Promise<StunObservation> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (typeof Peer !== "function") {
    return {
      status: "unsupported",
      srflx: [],
      lookupError: false,
      errorEvents: false,
      hostCandidates: 0,
      complete: false,
      ms: 0,
    };
  }
  let pc: RTCPeerConnection | undefined;
  const srflx = new Set<string>();
  let lookupError = false;
  let hostCandidates = 0;
  let complete = false;
  let offerFailed = false;
  let errorEvents = false;
  /** What has arrived so far, as an observation that ends now with `status`. */
  const observed = (status: "ok" | "error"): StunObservation => ({
    status,
    srflx: [...srflx],
    lookupError,
    errorEvents,
    hostCandidates,
    complete,
    ms: elapsed(),
  });
  try {
    pc = new Peer({ iceServers: [{ urls: stunUrl }] });
    const peer = pc;
    // Chromium and Firefox 150+ fire icecandidateerror (Firefox's 701 has an empty errorText
    // and a null address: only the code is read). Older Firefox has no such event, and then the
    // absence of a 701 means nothing.
    errorEvents = "onicecandidateerror" in peer;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, windowMs);
      const end = () => {
        clearTimeout(timer);
        resolve();
      };
      stop?.addEventListener("abort", end, { once: true });
      if (stop?.aborted) end();
      const finish = () => {
        complete = true;
        clearTimeout(timer);
        resolve();
      };
      const changed = () => onChange?.(observed("ok"));
      peer.onicecandidate = (event) => {
        const candidate = event.candidate;
        if (!candidate) return finish();
        if (candidate.type === "host") hostCandidates++;
        if (candidate.type === "srflx" && candidate.address) {
          srflx.add(candidate.address);
          changed();
        }
      };
      peer.onicecandidateerror = (event) => {
        // An event that arrives shows the engine fires them, whatever detection said.
        errorEvents = true;
        if ((event as RTCPeerConnectionIceErrorEvent).errorCode === HOST_LOOKUP_ERROR)
          lookupError = true;
        changed();
      };
      peer.onicegatheringstatechange = () => {
        if (peer.iceGatheringState === "complete") finish();
      };
      peer.createDataChannel("selftest");
      peer
        .createOffer()
        .then((offer) => peer.setLocalDescription(offer))
        .catch(() => {
          offerFailed = true;
          clearTimeout(timer);
          resolve();
        });
    });
    return observed(offerFailed ? "error" : "ok");
  } catch {
    return observed("error");
  } finally {
    pc?.close();
  }
}
