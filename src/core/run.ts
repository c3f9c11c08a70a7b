// One self-test run: config → probe plan → probe outcomes (in parallel, each bounded) →
// classifier → Result. The UI only renders what this produces.

import { classifyNetwork } from "./classify.ts";
import { type Config, configDigest } from "./config.ts";
import {
  browserEnvironment,
  detectEngineTraits,
  type EngineEnvironment,
  observedEngineTraits,
} from "./engine-traits.ts";
import { type FetchLike, planProbes, runProbe } from "./probes.ts";
import { type ProbeOutcome, RESULT_VERSION, type Result, type WebRtcOutcome } from "./result.ts";
import { observeStun } from "./webrtc.ts";

/** WebRTC decides from what arrives in this window (see webrtc.ts), never waits for more. */
const STUN_WINDOW_MS = 1500;

export interface RunOptions {
  /** Called once per probe as it finishes, for progress display. */
  onProgress?: (outcome: ProbeOutcome) => void;
  fetchImpl?: FetchLike;
  pageProtocol?: string;
  userAgent?: string;
  /** Injected in tests; defaults to the browser's RTCPeerConnection. */
  Peer?: typeof RTCPeerConnection | undefined;
  /** Injected in tests: iPadOS tells itself from a Mac only by its touch points. */
  maxTouchPoints?: number;
}

export async function runSelfTest(config: Config, options: RunOptions = {}): Promise<Result> {
  const startedAt = new Date();
  const started = performance.now();
  const pageProtocol = options.pageProtocol ?? globalThis.location?.protocol ?? "https:";
  const plan = planProbes(config, pageProtocol);

  const probesDone = Promise.all(
    plan.map(async (probe) => {
      const outcome = await runProbe(probe, config.timeoutMs, options.fetchImpl);
      options.onProgress?.(outcome);
      return outcome;
    }),
  );

  const stunWindow = Math.min(STUN_WINDOW_MS, config.timeoutMs);
  const Peer = "Peer" in options ? options.Peer : globalThis.RTCPeerConnection;
  const browser = browserEnvironment();
  const environment: EngineEnvironment = {
    userAgent: options.userAgent ?? browser.userAgent,
    maxTouchPoints: options.maxTouchPoints ?? browser.maxTouchPoints,
    Peer,
  };
  const [nameObs, literalObs] = await Promise.all([
    config.stun.name ? observeStun(config.stun.name, stunWindow, Peer) : undefined,
    config.stun.literal ? observeStun(config.stun.literal, stunWindow, Peer) : undefined,
  ]);
  const webrtc: WebRtcOutcome | undefined =
    nameObs || literalObs
      ? { ...(nameObs ? { name: nameObs } : {}), ...(literalObs ? { literal: literalObs } : {}) }
      : undefined;

  const probes = await probesDone;
  const traits = observedEngineTraits(detectEngineTraits(environment), webrtc, probes);
  const verdict = classifyNetwork({ probes, webrtc, traits });
  return {
    version: RESULT_VERSION,
    configDigest: configDigest(config),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    userAgent: environment.userAgent || "unknown",
    pageProtocol,
    probes,
    ...(webrtc ? { webrtc } : {}),
    traits,
    verdict,
  };
}
