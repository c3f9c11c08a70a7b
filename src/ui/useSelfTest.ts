// Runs the self-test and holds its state for the UI. Also the page's small public API for tests
// and embedding pages (README, "For tests and embedding pages"): `selftest:verdict` on window
// with the final facts as soon as the verdict is final (also at `window.selftest.verdict`),
// `selftest:done` with the Result when the run ends (the last one at `window.selftest.result`),
// `window.selftest.run()` to start another run, and the performance marks
// `selftest:final-headline` and `selftest:result` for benchmarks.

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Config } from "../core/config.ts";
import type { ProbeOutcome, Result } from "../core/result.ts";
import type { FinalFacts } from "../core/selftest/finality.ts";
import { type PlannedProbe, planProbes } from "../core/selftest/probes.ts";

type Engine = typeof import("../core/selftest/run.ts");
let engine: Promise<Engine> | null = null;

/**
 * The self-test engine (probes, WebRTC, classifier, early verdicts) is a chunk of its own:
 * main.tsx starts fetching it with the config, so it arrives while the config does, and the
 * first paint does not wait for it (scripts/size.mjs counts the first load only). A failed
 * fetch is tried again on the next run.
 */
export function loadEngine(): Promise<Engine> {
  engine ??= import("../core/selftest/run.ts").catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

declare global {
  interface Window {
    selftest?: {
      result: Result | null;
      /** The current run's verdict once final (code, NAT64 prefix, CLAT); null before. */
      verdict: FinalFacts | null;
      run: () => Promise<Result>;
    };
  }
}

export interface SelfTestState {
  running: boolean;
  /** The probes of the current run, in plan order: one row each while it runs. */
  planned: PlannedProbe[];
  /** Outcomes so far in the current run, in the order they finished. */
  progress: ProbeOutcome[];
  /** The current run's verdict as soon as it is final, before the last probes end. */
  verdict: FinalFacts | null;
  result: Result | null;
  /** The last run could not start: the engine's code did not arrive (connection lost). */
  failed: boolean;
  run: () => Promise<Result>;
}

export function useSelfTest(config: Config | null, autoStart: boolean): SelfTestState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ProbeOutcome[]>([]);
  const [verdict, setVerdict] = useState<FinalFacts | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [failed, setFailed] = useState(false);
  const inFlight = useRef<Promise<Result> | null>(null);
  const planned = config ? planProbes(config, location.protocol) : [];

  const run = useCallback((): Promise<Result> => {
    if (!config) return Promise.reject(new Error("The configuration is not loaded."));
    if (inFlight.current) return inFlight.current;
    setRunning(true);
    setFailed(false);
    runsStarted++;
    setProgress([]);
    // When the verdict was final: one that came with the Result has not been painted yet.
    let verdictAt = Number.NEGATIVE_INFINITY;
    const publish = (facts: FinalFacts | null) => {
      setVerdict(facts);
      if (window.selftest) window.selftest.verdict = facts;
    };
    publish(null);
    const promise = loadEngine()
      .catch((error: unknown) => {
        setFailed(true);
        throw error;
      })
      .then(({ runSelfTest }) =>
        runSelfTest(config, {
          onProgress: (outcome) => setProgress((done) => [...done, outcome]),
          onVerdict: (facts) => {
            verdictAt = performance.now();
            publish(facts);
            markHeadlineShown(runsStarted);
            window.dispatchEvent(new CustomEvent("selftest:verdict", { detail: facts }));
          },
        }),
      )
      // The headline first: a verdict that came with the Result paints in its card before the
      // results view is built (≈ 100 ms of rendering and layout on a slow CPU). One that was
      // final earlier is on the page already.
      .then((next) =>
        performance.now() - verdictAt < FRAME_MS ? afterNextPaint().then(() => next) : next,
      )
      .then((next) => {
        setResult(next);
        performance.mark("selftest:result");
        if (window.selftest) window.selftest.result = next;
        window.dispatchEvent(new CustomEvent("selftest:done", { detail: next }));
        return next;
      })
      .finally(() => {
        inFlight.current = null;
        setRunning(false);
      });
    inFlight.current = promise;
    return promise;
  }, [config]);

  useEffect(() => {
    window.selftest = {
      result: window.selftest?.result ?? null,
      verdict: window.selftest?.verdict ?? null,
      run,
    };
  }, [run]);

  // Started as the page commits, not after its first paint: every frame here is a frame later
  // for the verdict.
  useLayoutEffect(() => {
    if (config && autoStart) run().catch(() => {});
  }, [config, autoStart, run]);

  return { running, planned, progress, verdict, result, failed, run };
}

let runsStarted = 0;

/**
 * `performance.mark("selftest:final-headline")` once per run, in the first frame that shows the
 * run's verdict headline (a benchmark's "time to the answer"), whichever view put it there (the
 * progress block, or the results view, which loads on its own). Looked for from the moment the
 * verdict is final, for at most 10 s (the embed has no such headline).
 */
function markHeadlineShown(run: number, frames = 600): void {
  if (run !== runsStarted || frames === 0) return;
  if (document.getElementById("verdict-headline")?.textContent) {
    performance.mark("selftest:final-headline");
  } else {
    requestAnimationFrame(() => markHeadlineShown(run, frames - 1));
  }
}

/** One frame at 60 Hz: a verdict older than this has been painted. */
const FRAME_MS = 17;

/** Resolves once the browser has painted a frame (or after 50 ms where frames are not drawn). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
