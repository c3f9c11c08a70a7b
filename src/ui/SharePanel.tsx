// "Share results" under a finished run: a link whose fragment (#r=…) carries the Result, never
// sent to any server; the visitor chooses how their IP addresses appear (hidden by default).
// Copy the link, copy a plain-text report for a ticket, or use the phone's share sheet.

import { useEffect, useMemo, useState } from "preact/hooks";
import type { Result } from "../core/result.ts";
import { VERDICT_SHORT } from "../core/selftest/explain.ts";
import { DEFAULT_REDACTION, redactResult } from "../core/share/redact.ts";
import { reportText } from "../core/share/report-text.ts";
import { encodeShare, type Redaction, shareUrl } from "../core/share/share-link.ts";
import { copyText } from "./copy-text.ts";

export interface SharePanelProps {
  result: Result;
}

const CHOICES: { mode: Redaction; label: string }[] = [
  {
    mode: "masked",
    label: "Hide them: show only their kind and, for IPv4, the network they are in",
  },
  { mode: "removed", label: "Remove them completely" },
  { mode: "none", label: "Include them (the support desk may ask for them)" },
];

export function SharePanel({ result }: SharePanelProps) {
  const [mode, setMode] = useState<Redaction>(DEFAULT_REDACTION);
  const [link, setLink] = useState("");
  const [status, setStatus] = useState("");
  const shared = useMemo(() => redactResult(result, mode), [result, mode]);

  useEffect(() => {
    let live = true;
    setLink("");
    setStatus("");
    encodeShare(shared, mode).then(
      (payload) => live && setLink(shareUrl(location.href, payload)),
      () => live && setStatus("The link could not be made in this browser; use Copy as text."),
    );
    return () => {
      live = false;
    };
  }, [shared, mode]);

  const text = useMemo(
    () => reportText(shared, { redaction: mode, ...(link ? { link } : {}) }),
    [shared, mode, link],
  );
  const canShare = typeof navigator.share === "function";

  const copy = async (what: "link" | "text") => {
    const ok = await copyText(what === "link" ? link : text);
    setStatus(
      ok
        ? what === "link"
          ? "Link copied. Paste it into your message to support."
          : "Report copied as text. Paste it into your ticket or e-mail."
        : "Copying did not work here: select the text and copy it yourself.",
    );
  };

  const shareSheet = async () => {
    try {
      await navigator.share({
        title: "My network test result",
        text: `Network test: ${VERDICT_SHORT[shared.verdict.code]}`,
        url: link,
      });
    } catch (error) {
      if ((error as { name?: string })?.name !== "AbortError") {
        setStatus("Sharing did not work here: use Copy link instead.");
      }
    }
  };

  return (
    <section class="share card" aria-labelledby="share-title">
      <h2 id="share-title">Share results</h2>
      <p>
        Send this link to whoever helps you, such as your provider's support desk. The results are
        inside the link itself, after the <code>#</code>, which browsers never send to any server.
      </p>
      <fieldset class="share-choices">
        <legend>Your IP addresses in the link</legend>
        {CHOICES.map(({ mode: value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name="share-addresses"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />{" "}
            {label}
          </label>
        ))}
        <p class="muted small" id="share-default">
          By default your IP addresses are hidden: each is replaced by its kind and, for IPv4, its
          /24 network (for example 203.0.113.0/24).
        </p>
      </fieldset>
      <label for="share-link">Results link</label>
      <input
        id="share-link"
        type="text"
        readOnly
        value={link}
        placeholder="Making the link…"
        onFocus={(event) => event.currentTarget.select()}
      />
      <div class="actions share-actions">
        <button type="button" onClick={() => void copy("link")} disabled={!link}>
          Copy link
        </button>
        <button type="button" class="secondary" onClick={() => void copy("text")}>
          Copy as text
        </button>
        {canShare && (
          <button
            type="button"
            class="secondary"
            onClick={() => void shareSheet()}
            disabled={!link}
          >
            Share…
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class="share-status">
        {status}
      </p>
      <details>
        <summary>Show the text report</summary>
        <pre class="share-report">{text}</pre>
      </details>
    </section>
  );
}
