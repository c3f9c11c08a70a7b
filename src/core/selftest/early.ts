// What a run does after each outcome once this module has arrived (run.ts fetches it while the
// first probes run, which keeps it out of the first load): from the first answer on, silent
// probes and the STUN window get deadlines that follow the network (deadlines.ts), and the
// verdict is reported as soon as no pending outcome could change it (finality.ts).

import { probeDeadline, stunWindow } from "./deadlines.ts";
import type { Engine } from "./engine-traits.ts";
import { type FinalFacts, finalFacts, finalVerdict, type RunSoFar } from "./finality.ts";

export interface WatchedRun {
  /** What has arrived so far (the run keeps it current). */
  soFar: RunSoFar;
  engine: Engine;
  timeoutMs: number;
  /** ms since the run started. */
  elapsed: () => number;
  /** How long the first echo answer took, once one has come. */
  firstAnswer: () => number | null;
  /** Aborting one gives up its planned probe (plan order); aborting stopStun ends WebRTC. */
  giveUp: readonly AbortController[];
  stopStun: AbortController;
  report: (facts: FinalFacts) => void;
}

/** What the run calls after every outcome (and once at once). */
export function watchRun(run: WatchedRun): () => void {
  let scheduled = false;
  let final = false;
  const at = (ms: number, then: () => void) => setTimeout(then, ms - run.elapsed());
  return () => {
    const answer = run.firstAnswer();
    if (answer !== null && !scheduled) {
      scheduled = true;
      run.soFar.plan.forEach((probe, i) => {
        const deadline = probeDeadline(probe.kind, run.engine, answer, run.timeoutMs);
        if (deadline < run.timeoutMs) at(deadline, () => run.giveUp[i]?.abort());
      });
      at(stunWindow(answer, run.timeoutMs), () => run.stopStun.abort());
    }
    if (final) return;
    const verdict = finalVerdict(run.soFar);
    if (!verdict) return;
    final = true;
    run.report(finalFacts(verdict));
    run.stopStun.abort(); // nothing it could still see matters
  };
}
