// Live progress while probes run. Screen readers hear "3 of 7 tests done" as it changes, not
// every row, so the announcement stays short.

import type { ProbeOutcome } from "../core/result.ts";
import { useI18n } from "../i18n/context.tsx";

export function Progress({
  done,
  total,
  running,
}: {
  done: ProbeOutcome[];
  total: number;
  running: boolean;
}) {
  const { t, formatMs } = useI18n();
  return (
    <div class="card progress">
      <p aria-live="polite" role="status">
        {running
          ? t("shell.progress.running", { done: done.length, count: total })
          : t("shell.progress.starting")}
      </p>
      <progress max={Math.max(total, 1)} value={done.length} aria-hidden="true" />
      <ul class="progress-list">
        {done.map((p) => (
          <li
            key={p.id}
            class={p.status === "ok" ? "ok" : p.status === "skipped" ? "muted" : "bad"}
          >
            {t("shell.progress.item", {
              probe:
                p.kind === "nat64-candidate"
                  ? t("shell.probe.candidateWithPrefix", { prefix: p.prefix ?? "" })
                  : t(`shell.probe.${p.kind}`),
              status: t(`shell.probeStatus.${p.status}`, { time: formatMs(p.ms) }),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
