// Runs the self-test and holds its state for the UI. Also the page's small public API for tests
// and embedding pages: `selftest:done` on window with the Result as detail, the last Result at
// `window.selftest.result`, and `window.selftest.run()` to start another run.

import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Config } from "../core/config.ts";
import type { ProbeOutcome, Result } from "../core/result.ts";
import { runSelfTest } from "../core/selftest/run.ts";

declare global {
  interface Window {
    selftest?: { result: Result | null; run: () => Promise<Result> };
  }
}

export interface SelfTestState {
  running: boolean;
  /** Outcomes so far in the current run, in the order they finished. */
  progress: ProbeOutcome[];
  result: Result | null;
  /** How many probes the current run has in all (for "3 of 7 done"). */
  total: number;
  run: () => Promise<Result>;
}

export function useSelfTest(config: Config | null, autoStart: boolean): SelfTestState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ProbeOutcome[]>([]);
  const [result, setResult] = useState<Result | null>(null);
  const inFlight = useRef<Promise<Result> | null>(null);
  const total = config ? Object.keys(config.probes).length + config.nat64Candidates.length : 0;

  const run = useCallback((): Promise<Result> => {
    if (!config) return Promise.reject(new Error("The configuration is not loaded."));
    if (inFlight.current) return inFlight.current;
    setRunning(true);
    setProgress([]);
    const promise = runSelfTest(config, {
      onProgress: (outcome) => setProgress((done) => [...done, outcome]),
    })
      .then((next) => {
        setResult(next);
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
    window.selftest = { result: window.selftest?.result ?? null, run };
  }, [run]);

  useEffect(() => {
    if (config && autoStart) void run();
  }, [config, autoStart, run]);

  return { running, progress, result, total, run };
}
