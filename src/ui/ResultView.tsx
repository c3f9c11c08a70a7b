// Renders one Result: the verdict card first (status, plain words, what to do; on the
// visitor's own result also the support code, "Test again" and "Send to support"), the
// technical meaning one tap deeper, then how we know, the path picture and the probe table.
// Used for the live run and, read-only, for shared result links; the words come from the
// renderer (words/verdict.ts) in the voice of the context: "your network" on the visitor's own
// result, "that network" inside <Voice value="shared">.

import { useMemo } from "preact/hooks";
import type { Result } from "../core/result.ts";
import { encodeSupportCode, supportFacts } from "../core/share/support-code.ts";
import { useI18n } from "../i18n/context.tsx";
import { EngineFacts } from "./EngineFacts.tsx";
import { PathDiagram } from "./PathDiagram.tsx";
import { ProbeTable } from "./ProbeTable.tsx";
import { SupportCodeLine, VerdictCard } from "./VerdictCard.tsx";
import { addressText } from "./words/address.ts";
import { cardFactsOf, evidenceText, reasonText, verdictMeaning } from "./words/verdict.ts";

export interface ResultViewProps {
  result: Result;
  /**
   * Shared results are shown without anything that acts on this visitor's own network (their
   * words speak of "that network" through the voice of the context).
   */
  readOnly?: boolean;
  /** The card's "Test again" (the visitor's own result only). */
  onTestAgain?: () => void;
  /** The card's "Send to support": takes the visitor to the share panel. */
  onSendToSupport?: () => void;
}

export function ResultView({ result, readOnly, onTestAgain, onSendToSupport }: ResultViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { verdict } = result;
  // Only the visitor's own, unredacted result has a code: a shared one has its link.
  const code = useMemo(
    () => (readOnly ? null : encodeSupportCode(supportFacts(result))),
    [result, readOnly],
  );
  const skipped = result.probes.filter((p) => p.status === "skipped");
  return (
    <div class="result" data-verdict={verdict.code} data-rule={verdict.rule ?? ""}>
      <VerdictCard facts={cardFactsOf(verdict)} headlineId="verdict-headline">
        {code && <SupportCodeLine code={code} />}
        {!readOnly && (onTestAgain || onSendToSupport) && (
          <div class="actions verdict-actions">
            {onTestAgain && (
              <button type="button" onClick={onTestAgain}>
                {t("results.card.testAgain")}
              </button>
            )}
            {onSendToSupport && (
              <button type="button" class="secondary" onClick={onSendToSupport}>
                {t("results.card.sendToSupport")}
              </button>
            )}
          </div>
        )}
      </VerdictCard>

      <details class="verdict-more">
        <summary>{t("results.card.details")}</summary>
        <ul class="meaning">
          {verdictMeaning(i18n, verdict).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>

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
        <dd class="mono">{verdict.ipv4 ? addressText(i18n, verdict.ipv4) : t("results.none")}</dd>
        <dt>{t("results.ipv6Label")}</dt>
        <dd class="mono">{verdict.ipv6 ? addressText(i18n, verdict.ipv6) : t("results.none")}</dd>
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
