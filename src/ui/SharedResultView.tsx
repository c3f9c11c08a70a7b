// A results link (#r=…) opened: the recorded Result, read-only and clearly labelled as someone
// else's, or, when the link does not decode, a plain message and a way to test this network.
// Nothing from the link is rendered as markup, and no words are taken from it: the link's
// measurements are classified again and every other field is checked or cut down
// (core/share/shared-result.ts), so a crafted link cannot make this site say something it did not
// write, on the page or in "Copy as text".

import { useEffect, useState } from "preact/hooks";
import { decodeShare, type ShareLinkError } from "../core/share/share-link.ts";
import { type RebuiltShare, rebuildShared, sharedReportText } from "../core/share/shared-result.ts";
import { useI18n, Voice } from "../i18n/context.tsx";
import { copyText } from "./copy-text.ts";
import { FragmentError } from "./FragmentError.tsx";
import { ownTestHref } from "./own-test-href.ts";
import { ResultView } from "./ResultView.tsx";
import { shareErrorWords } from "./words/share.ts";
import { browserText, reportWords } from "./words/verdict.ts";

export interface SharedResultViewProps {
  /** The text after "#r=". */
  fragment: string;
}

type Outcome = { ok: true; value: RebuiltShare } | { ok: false; error: ShareLinkError };

/** A results link, spoken of as someone else's network ("that network", not "your network"). */
export function SharedResultView(props: SharedResultViewProps) {
  return (
    <Voice value="shared">
      <SharedResult {...props} />
    </Voice>
  );
}

function SharedResult({ fragment }: SharedResultViewProps) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    let live = true;
    setOutcome(null);
    decodeShare(fragment).then((next) => {
      if (live) setOutcome(next.ok ? { ok: true, value: rebuildShared(next.value) } : next);
    });
    return () => {
      live = false;
    };
  }, [fragment]);

  if (outcome === null) return <p aria-live="polite">{t("share.opening")}</p>;

  if (!outcome.ok) {
    return (
      <FragmentError
        title={t("share.cannotShow")}
        why={shareErrorWords(i18n, outcome.error)}
        again={t("share.askAgain")}
        testMine={t("share.testMine")}
      />
    );
  }

  const { result, redaction, browser } = outcome.value;
  const copyReport = async () => {
    const ok = await copyText(sharedReportText(outcome.value, reportWords(i18n), location.href));
    setStatus(ok ? t("share.reportCopied") : t("share.copyFailedShort"));
  };

  return (
    <div class="shared">
      <div class="card shared-banner" role="note">
        <h1>{t("share.sharedTitle")}</h1>
        <p class="shared-label">
          <strong>
            {t("share.recorded", {
              time: formatDateTime(result.startedAt),
              browser: browserText(i18n, browser),
            })}
          </strong>
        </p>
        {redaction !== "none" && (
          <p class="muted small">
            {redaction === "masked" ? t("share.hiddenNote") : t("share.removedNote")}
          </p>
        )}
        <div class="actions">
          <a class="button" href={ownTestHref()}>
            {t("share.testMine")}
          </a>
          <button type="button" class="secondary" onClick={() => void copyReport()}>
            {t("share.copyText")}
          </button>
        </div>
        <p role="status" aria-live="polite" class="share-status">
          {status}
        </p>
      </div>
      {/* h1 (the banner) → h2 → the result's h3s, as on the visitor's own page. */}
      <h2>{t("shell.yourNetwork")}</h2>
      <ResultView result={result} readOnly />
    </div>
  );
}
