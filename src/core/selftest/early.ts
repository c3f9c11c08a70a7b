// What a run does after each outcome: from the first answer on, silent probes and the STUN
// window get deadlines that follow the network (deadlines.ts), and the verdict is reported as
// soon as no pending outcome could change it (finality.ts).

import { probeDeadline, stunWindow } from "./deadlines.ts";
import { type FinalFacts, finalFacts, finalVerdict, type RunSoFar } from "./finality.ts";

export interface WatchedRun {
  /** What has arrived so far, in the order it arrived (the run keeps it current). */
  soFar: RunSoFar;
  /** performance.now() when the run (and its probes) started. */
  started: number;
  timeoutMs: number;
  /** Aborting one gives up its planned probe (plan order); aborting stopStun ends WebRTC. */
  giveUp: readonly AbortController[];
  stopStun: AbortController;
  report: (facts: FinalFacts) => void;
}

/** What the run calls after every outcome (and once at once). */
export function watchRun(run: WatchedRun): () => void {
  const { soFar, timeoutMs } = run;
  let scheduled = false;
  let nameScheduled = false;
  let final = false;
  const at = (ms: number, then: () => void) =>
    setTimeout(then, run.started + ms - performance.now());
  return () => {
    // The first echo answer shows how fast this visit's network is.
    const answer = soFar.done.find((outcome) => outcome.status === "ok")?.ms;
    if (answer !== undefined && !scheduled) {
      scheduled = true;
      soFar.plan.forEach((probe, i) => {
        const deadline = probeDeadline(probe.kind, soFar.traits.engine, answer, timeoutMs);
        if (deadline < timeoutMs) at(deadline, () => run.giveUp[i]?.abort());
      });
      at(stunWindow(answer, timeoutMs), () => run.stopStun.abort());
    }
    // The STUN name's first srflx shows how fast the STUN server answers.
    if (!nameScheduled && soFar.stunSoFar?.name?.srflx.length) {
      nameScheduled = true;
      at(stunWindow(null, timeoutMs, performance.now() - run.started), () => run.stopStun.abort());
    }
    if (final) return;
    const verdict = finalVerdict(soFar);
    if (!verdict) return;
    final = true;
    run.report(finalFacts(verdict));
    // What STUN still shows cannot change the headline, only the Result's details (its
    // confidence, its evidence lines), so it keeps its window where answers have set one;
    // where nothing has answered yet (a captive portal's login pages), there is nothing to wait for.
    if (!scheduled && !nameScheduled) run.stopStun.abort();
  };
}
