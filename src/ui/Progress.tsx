// The waiting state, in the place the verdict will take: a card that says what is already
// known ("IPv6 works; checking how IPv4-only sites are reached…") and, as soon as the verdict
// is final, its headline, while each test has its row that fills in (pending → reached or
// failed, with its time). Every row is there from the start and the block keeps its height, so
// nothing jumps as rows fill in or when the verdict arrives. Screen readers hear only what is
// known, in one short sentence when it changes (the verdict is announced by App), not each row.

import type { ComponentChildren } from "preact";
import type { ProbeOutcome } from "../core/result.ts";
import { workingFamilies } from "../core/selftest/evidence.ts";
import type { PlannedProbe } from "../core/selftest/probes.ts";
import { useI18n } from "../i18n/context.tsx";

export interface ProgressProps {
  /** The run's probes, in plan order. */
  planned: PlannedProbe[];
  /** Outcomes so far. */
  done: ProbeOutcome[];
  running: boolean;
  /** Once the verdict is final: its card's first lines, given what is known (their placeholder). */
  verdict?: ((known: string) => ComponentChildren) | null;
}

/** What is known so far, where the verdict card will be, at its size. */
export function KnownCard({ known }: { known: string }) {
  return (
    <div class="card verdict verdict-card progress-card verdict-neutral">
      <p class="progress-known" role="status">
        {known}
      </p>
    </div>
  );
}

export function Progress({ planned, done, running, verdict = null }: ProgressProps) {
  const { t, formatMs } = useI18n();
  const works = workingFamilies(done);
  const known = t(
    !running
      ? "shell.progress.starting"
      : works.ipv6
        ? works.ipv4
          ? "shell.progress.both"
          : "shell.progress.v6"
        : works.ipv4
          ? "shell.progress.v4"
          : "shell.testing",
  );
  return (
    <div class="progress" aria-busy={running}>
      {verdict ? verdict(known) : <KnownCard known={known} />}
      {planned.length > 0 && (
        <div class="card progress-tests">
          <p class="muted small">
            {t("shell.progress.count", { done: done.length, count: planned.length })}
          </p>
          <ul class="progress-list">
            {planned.map((probe) => {
              const outcome = done.find((o) => o.id === probe.id);
              const state = outcome?.status;
              return (
                <li
                  key={probe.id}
                  class={
                    !state
                      ? "pending"
                      : state === "ok"
                        ? "ok"
                        : state === "skipped"
                          ? "muted"
                          : "bad"
                  }
                >
                  {t("shell.progress.item", {
                    probe:
                      probe.kind === "nat64-candidate"
                        ? t("shell.probe.candidateWithPrefix", { prefix: probe.prefix ?? "" })
                        : t(`shell.probe.${probe.kind}`),
                    status: outcome
                      ? t(`shell.probeStatus.${outcome.status}`, { time: formatMs(outcome.ms) })
                      : t("shell.progress.pending"),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
