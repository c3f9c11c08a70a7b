// A results link (#r=…) opened: the recorded Result, read-only and clearly labelled as someone
// else's, or, when the link does not decode, a plain message and a way to test this network.
// Nothing from the link is rendered as markup, and no words are taken from it: the link's
// measurements are classified again and every other field is checked or cut down
// (core/share/shared-result.ts), so a crafted link cannot make this site say something it did not
// write, on the page or in "Copy as text".

import { useEffect, useState } from "preact/hooks";
import { formatTime } from "../core/share/report-text.ts";
import { decodeShare, describeShareError, type ShareLinkError } from "../core/share/share-link.ts";
import { type RebuiltShare, rebuildShared, sharedReportText } from "../core/share/shared-result.ts";
import { copyText } from "./copy-text.ts";
import { ResultView } from "./ResultView.tsx";

export interface SharedResultViewProps {
  /** The text after "#r=". */
  fragment: string;
}

/**
 * This page without the fragment: opening it runs the test on this visitor's own network, with
 * the same ?config= as the link (a deployment may use one), and nothing else from its query.
 */
function ownTestHref(): string {
  const url = new URL(location.href);
  const config = url.searchParams.get("config");
  url.search = config === null ? "" : `?${new URLSearchParams({ config })}`;
  url.hash = "";
  return url.href.replace(/#$/, "");
}

type Outcome = { ok: true; value: RebuiltShare } | { ok: false; error: ShareLinkError };

export function SharedResultView({ fragment }: SharedResultViewProps) {
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

  if (outcome === null) return <p aria-live="polite">Opening the shared results…</p>;

  if (!outcome.ok) {
    return (
      <div class="card error-panel shared-error" role="alert">
        <h1>This results link cannot be shown</h1>
        <p>{describeShareError(outcome.error)}</p>
        <p>Ask whoever sent it for a new link, or test the network you are on now.</p>
        <p>
          <a class="button" href={ownTestHref()}>
            Test my own network
          </a>
        </p>
      </div>
    );
  }

  const { result, redaction, browser } = outcome.value;
  const copyReport = async () => {
    const ok = await copyText(sharedReportText(outcome.value, location.href));
    setStatus(ok ? "Report copied as text." : "Copying did not work here.");
  };

  return (
    <div class="shared">
      <div class="card shared-banner" role="note">
        <h1>Shared test results</h1>
        <p class="shared-label">
          <strong>
            {`Results recorded on ${formatTime(result.startedAt)} from ${browser}; this is not your network.`}
          </strong>
        </p>
        {redaction !== "none" && (
          <p class="muted small">
            {redaction === "masked"
              ? "The sender hid their IP addresses: each shows only its kind and, for IPv4, its /24 network."
              : "The sender removed their IP addresses."}
          </p>
        )}
        <div class="actions">
          <a class="button" href={ownTestHref()}>
            Test my own network
          </a>
          <button type="button" class="secondary" onClick={() => void copyReport()}>
            Copy as text
          </button>
        </div>
        <p role="status" aria-live="polite" class="share-status">
          {status}
        </p>
      </div>
      <ResultView result={result} readOnly />
    </div>
  );
}
