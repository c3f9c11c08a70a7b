// "Share results" under a finished run: a link whose fragment (#r=…) carries the Result, never
// sent to any server; the visitor chooses how their IP addresses appear (hidden by default).
// Copy the link, copy a plain-text report for a ticket, or use the phone's share sheet.

import { useEffect, useMemo, useState } from "preact/hooks";
import type { Result } from "../core/result.ts";
import { DEFAULT_REDACTION, redactResult } from "../core/share/redact.ts";
import { reportText } from "../core/share/report-text.ts";
import { encodeShare, type Redaction, shareUrl } from "../core/share/share-link.ts";
import { encodeSupportCode, supportFacts } from "../core/share/support-code.ts";
import { useI18n } from "../i18n/context.tsx";
import { withLang } from "../i18n/links.ts";
import { copyText } from "./copy-text.ts";
import { reportWords, shortName } from "./words/verdict.ts";

export interface SharePanelProps {
  result: Result;
}

const CHOICES = [
  { mode: "masked", label: "share.mode.masked" },
  { mode: "removed", label: "share.mode.removed" },
  { mode: "none", label: "share.mode.none" },
] as const satisfies readonly { mode: Redaction; label: string }[];

/** What the default note shows a hidden address's network as. */
const EXAMPLE_NETWORK = "203.0.113.0/24";

export function SharePanel({ result }: SharePanelProps) {
  const i18n = useI18n();
  const { t, rich } = i18n;
  const [mode, setMode] = useState<Redaction>(DEFAULT_REDACTION);
  const [link, setLink] = useState("");
  const [status, setStatus] = useState("");
  const shared = useMemo(() => redactResult(result, mode), [result, mode]);
  // From the Result before redaction: the code holds no address, and says the same either way.
  const supportCode = useMemo(() => encodeSupportCode(supportFacts(result)), [result]);

  useEffect(() => {
    let live = true;
    setLink("");
    setStatus("");
    encodeShare(shared, mode).then(
      // Without ?lang=: whoever opens the link reads it in their own language.
      (payload) => live && setLink(shareUrl(withLang(location.href, null), payload)),
      () => live && setStatus(t("share.linkFailed", { button: t("share.copyText") })),
    );
    return () => {
      live = false;
    };
  }, [shared, mode, t]);

  const text = useMemo(
    () =>
      reportText(shared, reportWords(i18n), {
        redaction: mode,
        supportCode,
        ...(link ? { link } : {}),
      }),
    [shared, mode, link, i18n, supportCode],
  );
  const canShare = typeof navigator.share === "function";

  const copy = async (what: "link" | "text") => {
    const ok = await copyText(what === "link" ? link : text);
    setStatus(
      ok
        ? what === "link"
          ? t("share.linkCopied")
          : t("share.textCopied")
        : t("share.copyFailed"),
    );
  };

  const shareSheet = async () => {
    try {
      await navigator.share({
        title: t("share.sheetTitle"),
        text: t("share.sheetText", { verdict: shortName(i18n, shared.verdict.code) }),
        url: link,
      });
    } catch (error) {
      if ((error as { name?: string })?.name !== "AbortError") {
        setStatus(t("share.shareFailed", { button: t("share.copyLink") }));
      }
    }
  };

  return (
    <section class="share card" aria-labelledby="share-title">
      {/* Focusable: the verdict card's "Send to support" takes the visitor here. */}
      <h2 id="share-title" tabIndex={-1}>
        {t("share.title")}
      </h2>
      <p>{rich("share.intro", { hash: <code>#</code> })}</p>
      <p class="share-code">
        {rich("share.supportCode", {
          code: <strong class="support-code-inline">{supportCode}</strong>,
        })}
      </p>
      <fieldset class="share-choices">
        <legend>{t("share.addresses")}</legend>
        {CHOICES.map(({ mode: value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name="share-addresses"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />{" "}
            {t(label)}
          </label>
        ))}
        <p class="muted small" id="share-default">
          {t("share.defaultNote", { example: EXAMPLE_NETWORK })}
        </p>
      </fieldset>
      <label for="share-link">{t("share.linkLabel")}</label>
      <input
        id="share-link"
        type="text"
        readOnly
        value={link}
        placeholder={t("share.making")}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div class="actions share-actions">
        <button type="button" onClick={() => void copy("link")} disabled={!link}>
          {t("share.copyLink")}
        </button>
        <button type="button" class="secondary" onClick={() => void copy("text")}>
          {t("share.copyText")}
        </button>
        {canShare && (
          <button
            type="button"
            class="secondary"
            onClick={() => void shareSheet()}
            disabled={!link}
          >
            {t("share.shareSheet")}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class="share-status">
        {status}
      </p>
      <details>
        <summary id="share-report-title">{t("share.showReport")}</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrollable region must take focus to scroll from the keyboard (axe scrollable-region-focusable); named by its expander */}
        <pre class="share-report" tabIndex={0} role="region" aria-labelledby="share-report-title">
          {text}
        </pre>
      </details>
    </section>
  );
}
