// The verdict card, read in one second without colour: an icon and a word for the status, the
// headline, then what works, what does not and what to do in everyday words (with a sentence
// the visitor can say to their provider where the fix is theirs), and, on the visitor's own
// result, the support code and the next steps. Used by the results view and the support-code
// view; the technical meaning is one tap deeper, outside the card.

import type { ComponentChildren } from "preact";
import type { VerdictStatus } from "../core/selftest/verdict-tone.ts";
import { verdictTone } from "../core/selftest/verdict-tone.ts";
import { useI18n } from "../i18n/context.tsx";
import { type CardFacts, headline, verdictGist } from "./words/verdict.ts";

/** Shapes that differ without colour: a tick, an exclamation mark, a cross, a question mark. */
const STATUS_ICON: Record<VerdictStatus, string> = {
  working: "✓",
  catch: "!",
  problem: "✕",
  unknown: "?",
};

export interface VerdictCardProps {
  facts: CardFacts;
  /** The headline's id: focusable, so a re-run can take the visitor (and a screen reader) to it. */
  headlineId?: string;
  /** Shown at the end of the card: the support code and the buttons, on the visitor's own result. */
  children?: ComponentChildren;
}

export function VerdictCard({ facts, headlineId, children }: VerdictCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const gist = verdictGist(i18n, facts);
  const failIcon = gist.status === "problem" ? "✕" : "!";
  return (
    <div
      class={`card verdict verdict-card verdict-${verdictTone(facts.code)}`}
      data-status={gist.status}
    >
      <p class="verdict-status">
        <span class="status-icon" aria-hidden="true">
          {STATUS_ICON[gist.status]}
        </span>
        <span>{gist.statusText}</span>
      </p>
      <p class="verdict-headline" id={headlineId} tabIndex={headlineId ? -1 : undefined}>
        {headline(i18n, facts.code)}
      </p>
      {(gist.works || gist.fails) && (
        <ul class="verdict-plain">
          {gist.works && (
            <li class="plain-works">
              <span class="plain-icon" aria-hidden="true">
                ✓
              </span>
              <span>{gist.works}</span>
            </li>
          )}
          {gist.fails && (
            <li class="plain-fails">
              <span class="plain-icon" aria-hidden="true">
                {failIcon}
              </span>
              <span>{gist.fails}</span>
            </li>
          )}
        </ul>
      )}
      <p class="verdict-todo">
        <strong>{t("results.card.whatToDo")}</strong> {gist.todo}
      </p>
      {gist.quote && <blockquote class="verdict-quote">{gist.quote}</blockquote>}
      {gist.uncertain && <p class="small">{gist.uncertain}</p>}
      {children}
    </div>
  );
}

/** A support code spelled out for a screen reader: "A H R K, J F D 8". */
export function spelledCode(code: string): string {
  return code
    .split("-")
    .map((group) => [...group].join(" "))
    .join(", ");
}

/** The support code, large and selectable in one tap, with what it is for. */
export function SupportCodeLine({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <div class="support-code">
      <p class="support-code-row">
        <span class="support-code-label">{t("results.card.supportCode")}</span>{" "}
        <span class="support-code-value" aria-hidden="true" data-code={code}>
          {code}
        </span>
        <span class="visually-hidden">{spelledCode(code)}</span>
      </p>
      <p class="muted small support-code-help">{t("results.card.supportCodeHelp")}</p>
    </div>
  );
}
