// One self-test run: config → probe plan → probe outcomes (in parallel, each bounded) →
// classifier → Result. The UI only renders what this produces.
//
// The verdict is reported as soon as it is final (finality.ts: no outcome still pending could
// change its code, NAT64 prefix or CLAT answer), which is usually long before the last probe
// ends. The STUN observations and the probes still running are then left to end by their
// windows and deadlines (deadlines.ts), so the Result's table and its details (confidence,
// evidence) are what waiting would give, and its verdict is the classifier's on everything it
// holds, with the same code, prefix and CLAT answer.

import { type Config, configDigest } from "../config.ts";
import type { ProbeOutcome, Result, WebRtcOutcome } from "../result.ts";
import { RESULT_VERSION } from "../result.ts";
import { classifyNetwork } from "./classify.ts";
import { stunWindow } from "./deadlines.ts";
import { watchRun } from "./early.ts";
import {
  browserEnvironment,
  detectEngineTraits,
  type EngineEnvironment,
  observedEngineTraits,
} from "./engine-traits.ts";
import type { FinalFacts, RunSoFar } from "./finality.ts";
import { type FetchLike, planProbes, runProbe } from "./probes.ts";
import { observeStun } from "./webrtc.ts";

export interface RunOptions {
  /** Called once per probe as it finishes, for progress display. */
  onProgress?: (outcome: ProbeOutcome) => void;
  /**
   * Called once per run, as soon as the verdict's code, NAT64 prefix and CLAT answer are final
   * (at the latest just before the Result).
   */
  onVerdict?: (facts: FinalFacts) => void;
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
  const elapsed = () => performance.now() - started;
  const pageProtocol = options.pageProtocol ?? globalThis.location?.protocol ?? "https:";
  const plan = planProbes(config, pageProtocol);
  const Peer = "Peer" in options ? options.Peer : globalThis.RTCPeerConnection;
  const browser = browserEnvironment();
  const environment: EngineEnvironment = {
    userAgent: options.userAgent ?? browser.userAgent,
    maxTouchPoints: options.maxTouchPoints ?? browser.maxTouchPoints,
    Peer,
  };
  const detected = detectEngineTraits(environment);
  const timeoutMs = config.timeoutMs;
  /** WebRTC decides from what arrives in this window at most (early.ts may close it sooner). */
  const stunCap = stunWindow(null, timeoutMs);

  // What has arrived so far, for the finality check after each outcome.
  const soFar: RunSoFar = { plan, done: [], stun: {}, stunSoFar: {}, traits: detected };
  let reported = false;
  const report = (facts: FinalFacts) => {
    if (!reported) options.onVerdict?.(facts);
    reported = true;
  };
  const stopStun = new AbortController();
  const giveUp = plan.map(() => new AbortController());
  // Early verdicts and adaptive deadlines (early.ts), asked after every outcome.
  const check = watchRun({ soFar, started, timeoutMs, giveUp, stopStun, report });

  const probesDone = Promise.all(
    plan.map(async (probe, i) => {
      const outcome = await runProbe(
        probe,
        timeoutMs,
        options.fetchImpl,
        undefined,
        giveUp[i]?.signal,
      );
      soFar.done = [...soFar.done, outcome];
      options.onProgress?.(outcome);
      check();
      return outcome;
    }),
  );

  const observe = async (which: "name" | "literal", url: string | undefined) => {
    if (!url) return undefined;
    soFar.stun[which] = null;
    const observation = await observeStun(url, stunCap, Peer, stopStun.signal, (sofar) => {
      soFar.stunSoFar = { ...soFar.stunSoFar, [which]: sofar };
      check();
    });
    soFar.stun[which] = observation;
    check();
    return observation;
  };
  const observations = Promise.all([
    observe("name", config.stun.name),
    observe("literal", config.stun.literal),
  ]);

  const [[nameObs, literalObs], probes] = await Promise.all([observations, probesDone]);
  const webrtc: WebRtcOutcome | undefined =
    nameObs || literalObs
      ? { ...(nameObs ? { name: nameObs } : {}), ...(literalObs ? { literal: literalObs } : {}) }
      : undefined;
  const traits = observedEngineTraits(detected, webrtc, probes);
  const verdict = classifyNetwork({ probes, webrtc, traits });
  report({ code: verdict.code, prefix: verdict.nat64.prefix, clat: verdict.clat });
  return {
    version: RESULT_VERSION,
    configDigest: configDigest(config),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(elapsed()),
    userAgent: environment.userAgent || "unknown",
    pageProtocol,
    probes,
    ...(webrtc ? { webrtc } : {}),
    traits,
    verdict,
  };
}
