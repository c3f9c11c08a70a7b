// Live progress while probes run. Screen readers hear "3 of 7 tests done" as it changes, not
// every row, so the announcement stays short.

import type { ProbeOutcome } from "../core/result.ts";
import { PROBE_LABELS } from "../core/selftest/probes.ts";

export function Progress({
  done,
  total,
  running,
}: {
  done: ProbeOutcome[];
  total: number;
  running: boolean;
}) {
  return (
    <div class="card progress">
      <p aria-live="polite" role="status">
        {running ? `Testing your network… ${done.length} of ${total} tests done` : "Starting…"}
      </p>
      <progress max={Math.max(total, 1)} value={done.length} aria-hidden="true" />
      <ul class="progress-list">
        {done.map((p) => (
          <li
            key={p.id}
            class={p.status === "ok" ? "ok" : p.status === "skipped" ? "muted" : "bad"}
          >
            {p.kind === "nat64-candidate" ? `NAT64 (${p.prefix})` : PROBE_LABELS[p.kind]}:{" "}
            {p.status === "ok"
              ? `reached in ${p.ms} ms`
              : p.status === "skipped"
                ? "not run"
                : p.status}
          </li>
        ))}
      </ul>
    </div>
  );
}
