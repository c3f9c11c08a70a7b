// The waiting state, in the place the verdict will take: a card that says what is already
// known ("IPv6 works; checking how IPv4-only sites are reached…") and, as soon as the verdict
// is final, its headline, while each test has its row that fills in (pending → reached or
// failed, with its time). Every row is there from the start and the block keeps its height, so
// nothing jumps as rows fill in or when the verdict arrives. Screen readers hear only what is
// known, in one short sentence when it changes (the verdict is announced by App), not each row.

import type { ProbeOutcome, VerdictCode } from "../core/result.ts";
import { workingFamilies } from "../core/selftest/evidence.ts";
import type { PlannedProbe } from "../core/selftest/probes.ts";
import { verdictTone } from "../core/selftest/verdict-tone.ts";
import { useI18n } from "../i18n/context.tsx";

export interface ProgressProps {
  /** The run's probes, in plan order. */
  planned: PlannedProbe[];
  /** Outcomes so far. */
  done: ProbeOutcome[];
  running: boolean;
  /** The verdict once final, and its headline once its words are loaded. */
  verdict?: VerdictCode | null;
  headline?: string;
}

export function Progress({ planned, done, running, verdict = null, headline = "" }: ProgressProps) {
  const { t, formatMs } = useI18n();
  const works = workingFamilies(done);
  const known = !running
    ? t("shell.progress.starting")
    : works.ipv6
      ? works.ipv4
        ? t("shell.progress.bothWork")
        : t("shell.progress.ipv6Works")
      : works.ipv4
        ? t("shell.progress.ipv4Works")
        : t("shell.progress.testing");
  return (
    <div class="progress" aria-busy={running}>
      <div class={`card verdict${verdict ? ` verdict-${verdictTone(verdict)}` : ""}`}>
        {verdict && headline ? (
          <p class="verdict-headline" id="verdict-headline" tabIndex={-1}>
            {headline}
          </p>
        ) : (
          <p class="progress-known" role="status">
            {known}
          </p>
        )}
        <p class="muted small">
          {verdict && running
            ? t("shell.progress.finishing")
            : t("shell.progress.count", { done: done.length, count: planned.length })}
        </p>
      </div>
      {planned.length > 0 && (
        <ul class="card progress-list">
          {planned.map((probe) => {
            const outcome = done.find((o) => o.id === probe.id);
            const state = !outcome
              ? "pending"
              : outcome.status === "ok"
                ? "ok"
                : outcome.status === "skipped"
                  ? "muted"
                  : "bad";
            return (
              <li key={probe.id} class={state}>
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
      )}
    </div>
  );
}
