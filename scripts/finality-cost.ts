// `npx tsx scripts/finality-cost.ts`: what the early-verdict check (src/core/selftest/finality.ts)
// costs, and what it gains. The page asks it after every probe outcome and STUN observation, in
// the browser, on the visitor's phone. This replays every lab row in every engine
// (test/unit/selftest/lab-rows.ts) outcome by outcome, in the order they arrive, and prints
// - how many completions each check classified (exact, whatever the machine's load), and the
//   time one classification takes here (the fastest of many: a busy machine only adds noise),
//   so the cost of a check is their product;
// - the dearest check the budget lets through at all (MAX_COMPLETIONS completions);
// - for each row, when the verdict became final, against when the last outcome arrived.
// A measurement, not a test: it prints figures and asserts nothing. A phone runs JavaScript
// roughly 3–6 times slower than a laptop.

import { classifyNetwork } from "../src/core/selftest/classify.ts";
import { finalVerdict, MAX_COMPLETIONS } from "../src/core/selftest/finality.ts";
import { arrivals, LAB_ROWS, labRow, planOf } from "../test/unit/selftest/lab-rows.ts";

/** The fastest of `rounds` timings of `fn`, each over `repeat` calls, in ms per call. */
function fastest(fn: () => unknown, repeat = 200, rounds = 15): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (let i = 0; i < repeat; i++) fn();
    best = Math.min(best, (performance.now() - started) / repeat);
  }
  return best;
}

const tried: number[] = [];
const perRun: number[] = [];
const lines: string[] = [];
for (const [network, config] of LAB_ROWS) {
  for (const engine of ["chromium", "firefox", "webkit"] as const) {
    const row = labRow(network, config, engine);
    let finalAt: number | null = null;
    let last = 0;
    let sum = 0;
    for (const { at, run } of arrivals(row)) {
      last = at;
      if (finalAt !== null) continue; // the page stops asking once the verdict is final
      const stats = { tried: 0 };
      if (finalVerdict(run, MAX_COMPLETIONS, stats)) finalAt = at;
      tried.push(stats.tried);
      sum += stats.tried;
    }
    perRun.push(sum);
    if (finalAt !== null && finalAt < last) {
      lines.push(
        `  ${network}/${config} in ${engine}: final at ${finalAt} ms, last outcome ${last} ms`,
      );
    }
  }
}

// One classification, as the check does it, on a typical run.
const sample = labRow("464xlat", "http", "chromium");
const perClassification = fastest(() => classifyNetwork(sample));
// The dearest check the budget lets through: over every lab row and every set of up to four
// pending inputs, the check that classified the most completions.
let dearest = { tried: 0, what: "" };
for (const [network, config] of LAB_ROWS) {
  for (const engine of ["chromium", "firefox", "webkit"] as const) {
    const row = labRow(network, config, engine);
    const inputs = row.probes.length + 2;
    for (let mask = 1; mask < 1 << inputs; mask++) {
      let bits = 0;
      for (let b = mask; b; b >>= 1) bits += b & 1;
      if (bits > 4) continue;
      const pending = (i: number) => ((mask >> i) & 1) === 1;
      const stats = { tried: 0 };
      const final = finalVerdict(
        {
          plan: planOf(row.probes),
          done: row.probes.filter((_, i) => !pending(i)),
          stun: {
            name: pending(inputs - 2) ? null : row.webrtc?.name,
            literal: pending(inputs - 1) ? null : row.webrtc?.literal,
          },
          traits: row.traits,
        },
        MAX_COMPLETIONS,
        stats,
      );
      if (stats.tried > dearest.tried) {
        dearest = {
          tried: stats.tried,
          what: `${network}/${config} in ${engine}, ${bits} pending, ${final ? "final" : "not final"}`,
        };
      }
    }
  }
}

const sorted = [...tried].sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
console.log(`one classification: ${us(perClassification)} (fastest of many, this machine)`);
console.log(
  `completions classified per check, over ${tried.length} checks of ${perRun.length} lab runs: median ${q(0.5)}, p90 ${q(0.9)}, max ${q(1)}`,
);
console.log(
  `per run (all its checks): median ${[...perRun].sort((a, b) => a - b)[perRun.length >> 1]}, max ${Math.max(...perRun)} → at most ${(Math.max(...perRun) * perClassification).toFixed(2)} ms here`,
);
console.log(
  `budget: ${MAX_COMPLETIONS} completions per check → at most ${(MAX_COMPLETIONS * perClassification).toFixed(2)} ms here; the dearest check found classified ${dearest.tried} (${dearest.what})`,
);
console.log("rows whose verdict was final before their last outcome:");
console.log(lines.join("\n"));
