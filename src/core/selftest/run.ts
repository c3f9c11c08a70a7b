// One self-test run: config → probe plan → probe outcomes (in parallel, each bounded) →
// classifier → Result. The UI only renders what this produces.
//
// The verdict is reported as soon as it is final (finality.ts: no outcome still pending could
// change its code, NAT64 prefix or CLAT answer), which is usually long before the last probe
// ends: STUN observations are then stopped (what they gathered so far is what the Result
// records, as when their window closes), and the probes still running are left to end by
// their deadlines (deadlines.ts), so the Result's table is complete and its verdict is the
// classifier's on everything it holds, with the same code, prefix and CLAT answer.

import { type Config, configDigest } from "../config.ts";
import type { ProbeOutcome, Result, StunObservation, WebRtcOutcome } from "../result.ts";
import { RESULT_VERSION } from "../result.ts";
import { classifyNetwork } from "./classify.ts";
import { probeDeadline, stunWindow } from "./deadlines.ts";
import {
  browserEnvironment,
  detectEngineTraits,
  type EngineEnvironment,
  observedEngineTraits,
} from "./engine-traits.ts";
import { type FinalFacts, finalFacts, finalVerdict, type RunSoFar } from "./finality.ts";
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

  // What has arrived so far, for the finality check after each outcome.
  const soFar: RunSoFar = { plan, done: [], stun: {}, traits: detected };
  let reported = false;
  const report = (facts: FinalFacts) => {
    reported = true;
    options.onVerdict?.(facts);
  };
  const stopStun = new AbortController();
  const check = () => {
    if (reported) return;
    const verdict = finalVerdict(soFar);
    if (!verdict) return;
    report(finalFacts(verdict));
    stopStun.abort(); // nothing it could still see matters
  };

  // Deadlines: the configured timeout until something answers, then adaptive (deadlines.ts).
  const giveUp = plan.map(() => new AbortController());
  const timers: ReturnType<typeof setTimeout>[] = [];
  const at = (ms: number, then: () => void) => timers.push(setTimeout(then, ms - elapsed()));
  let firstAnswer: number | null = null;
  const answered = (ms: number) => {
    if (firstAnswer !== null) return;
    firstAnswer = ms;
    plan.forEach((probe, i) => {
      const deadline = probeDeadline(probe.kind, detected.engine, ms, config.timeoutMs);
      if (deadline < config.timeoutMs) at(deadline, () => giveUp[i]?.abort());
    });
    at(stunWindow(ms, config.timeoutMs), () => stopStun.abort());
  };

  const probesDone = Promise.all(
    plan.map(async (probe, i) => {
      const outcome = await runProbe(
        probe,
        config.timeoutMs,
        options.fetchImpl,
        undefined,
        giveUp[i]?.signal,
      );
      soFar.done = [...soFar.done, outcome];
      if (outcome.status === "ok") answered(outcome.ms);
      options.onProgress?.(outcome);
      check();
      return outcome;
    }),
  );

  const observe = async (which: "name" | "literal", url: string | undefined) => {
    if (!url) return undefined;
    soFar.stun[which] = null;
    const observation = await observeStun(
      url,
      stunWindow(null, config.timeoutMs),
      Peer,
      stopStun.signal,
    );
    soFar.stun[which] = observation;
    check();
    return observation;
  };
  const observations = Promise.all([
    observe("name", config.stun.name),
    observe("literal", config.stun.literal),
  ]);
  check(); // nothing configured at all, or only skipped probes

  const [[nameObs, literalObs], probes] = await Promise.all([observations, probesDone]);
  for (const timer of timers) clearTimeout(timer);
  const webrtc = webrtcOutcome(nameObs, literalObs);
  const traits = observedEngineTraits(detected, webrtc, probes);
  const verdict = classifyNetwork({ probes, webrtc, traits });
  if (!reported) report(finalFacts(verdict));
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

function webrtcOutcome(
  name: StunObservation | undefined,
  literal: StunObservation | undefined,
): WebRtcOutcome | undefined {
  if (!name && !literal) return undefined;
  return { ...(name ? { name } : {}), ...(literal ? { literal } : {}) };
}
