// Renders one Result: the verdict first in plain words, what it means, how we know, the path
// picture and the probe table. Used for the live run and, read-only, for shared result links;
// the words come from the renderer (words/verdict.ts) in the voice of the context: "your
// network" on the visitor's own result, "that network" inside <Voice value="shared">.

import type { Result } from "../core/result.ts";
import { verdictTone } from "../core/selftest/verdict-tone.ts";
import { useI18n } from "../i18n/context.tsx";
import { EngineFacts } from "./EngineFacts.tsx";
import { PathDiagram } from "./PathDiagram.tsx";
import { ProbeTable } from "./ProbeTable.tsx";
import {
  confidenceText,
  evidenceText,
  headline,
  reasonText,
  verdictMeaning,
} from "./words/verdict.ts";

export interface ResultViewProps {
  result: Result;
  /**
   * Shared results are shown without anything that acts on this visitor's own network (their
   * words speak of "that network" through the voice of the context).
   */
  readOnly?: boolean;
}

export function ResultView({ result }: ResultViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { verdict } = result;
  const tone = verdictTone(verdict.code);
  const skipped = result.probes.filter((p) => p.status === "skipped");
  return (
    <div class="result" data-verdict={verdict.code} data-rule={verdict.rule ?? ""}>
      <div class={`card verdict verdict-${tone}`}>
        {/* Focusable so a re-run can move focus (and a screen reader) to the new verdict. */}
        <p class="verdict-headline" id="verdict-headline" tabIndex={-1}>
          {headline(i18n, verdict.code)}
        </p>
        <p class="muted small">{confidenceText(i18n, verdict.confidence)}</p>
      </div>

      <h3>{t("results.meaningTitle")}</h3>
      <ul class="meaning">
        {verdictMeaning(i18n, verdict).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h3>{t("results.howWeKnow")}</h3>
      <ul class="reasons">
        {verdict.reasons.map((reason) => {
          const line = reasonText(i18n, reason);
          return <li key={line}>{line}</li>;
        })}
      </ul>
      {verdict.nat64.evidence.length > 0 && (
        <details>
          <summary>{t("results.evidenceTitle")}</summary>
          <ul>
            {verdict.nat64.evidence.map((evidence) => {
              const line = evidenceText(i18n, evidence);
              return <li key={line}>{line}</li>;
            })}
          </ul>
        </details>
      )}

      <PathDiagram verdict={verdict} />

      <dl class="facts">
        <dt>{t("results.ipv4Label")}</dt>
        <dd class="mono">{verdict.ipv4 ?? t("results.none")}</dd>
        <dt>{t("results.ipv6Label")}</dt>
        <dd class="mono">{verdict.ipv6 ?? t("results.none")}</dd>
        <dt>{t("results.nat64Label")}</dt>
        <dd>
          {verdict.nat64.detected === true
            ? verdict.nat64.prefix
              ? t("results.nat64.prefix", { prefix: verdict.nat64.prefix })
              : t("results.nat64.unproven")
            : verdict.nat64.detected === false
              ? t("results.no")
              : t("results.unknown")}
        </dd>
        <dt>{t("results.clatLabel")}</dt>
        <dd>
          {verdict.clat === true
            ? t("results.yes")
            : verdict.clat === false
              ? t("results.no")
              : t("results.unknown")}
        </dd>
        {verdict.nat64.literalSynthesis && (
          <>
            <dt>{t("results.literalsLabel")}</dt>
            <dd>{t("verdict.literal-synthesis-fact")}</dd>
          </>
        )}
      </dl>

      <h3>{t("results.eachTest")}</h3>
      {skipped.length > 0 && (
        <p class="muted">{t("results.skippedNote", { count: skipped.length })}</p>
      )}
      <ProbeTable probes={result.probes} />
      {result.traits && <EngineFacts traits={result.traits} configDigest={result.configDigest} />}
      <p class="muted small">
        {t("results.tested", {
          time: i18n.formatDateTime(result.startedAt),
          duration: i18n.formatSeconds(Math.round(result.durationMs / 100) / 10),
        })}
      </p>
    </div>
  );
}
