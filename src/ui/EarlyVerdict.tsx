// The verdict card's first lines, shown in the progress block as soon as the verdict is final
// (while the last tests still fill in their rows), as the results view's card will start: the
// status in a word with its shape, then the headline. Loaded with the verdict's words, while the
// probes run, so it stays off the first load.

import type { VerdictCode } from "../core/result.ts";
import { verdictStatus, verdictTone } from "../core/selftest/verdict-tone.ts";
import { useI18n } from "../i18n/context.tsx";
import { headline } from "./words/verdict.ts";

/** The card's shapes (VerdictCard.tsx): a tick, an exclamation mark, a cross, a question mark. */
const STATUS_ICON = { working: "✓", catch: "!", problem: "✕", unknown: "?" } as const;

export function EarlyVerdict({ code }: { code: VerdictCode; known: string }) {
  const i18n = useI18n();
  const status = verdictStatus(code);
  return (
    <div class={`card verdict verdict-card progress-card verdict-${verdictTone(code)}`}>
      <p class="verdict-status">
        <span class="status-icon" aria-hidden="true">
          {STATUS_ICON[status]}
        </span>
        <span>{i18n.t(`verdict.status.${status}`)}</span>
      </p>
      <p class="verdict-headline" id="verdict-headline" tabIndex={-1}>
        {headline(i18n, code)}
      </p>
    </div>
  );
}
