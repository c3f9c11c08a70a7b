// A results link (#r=…) opened: the recorded Result, read-only and clearly labelled as someone
// else's, or, when the link does not decode, a plain message and a way to test this network.
// Everything shown comes from the link and is rendered as text, never as markup.

import { useEffect, useState } from "preact/hooks";
import { browserName, formatTime, reportText } from "../core/report-text.ts";
import { type DecodeOutcome, decodeShare, describeShareError } from "../core/share-link.ts";
import { copyText } from "./copy-text.ts";
import { ResultView } from "./ResultView.tsx";

export interface SharedResultViewProps {
  /** The text after "#r=". */
  fragment: string;
}

/** This page without the fragment: opening it runs the test on this visitor's own network. */
function ownTestHref(): string {
  const url = new URL(location.href);
  url.hash = "";
  return url.href.replace(/#$/, "");
}

export function SharedResultView({ fragment }: SharedResultViewProps) {
  const [outcome, setOutcome] = useState<DecodeOutcome | null>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    let live = true;
    setOutcome(null);
    decodeShare(fragment).then((next) => live && setOutcome(next));
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

  const { result, redaction } = outcome.value;
  const copyReport = async () => {
    const ok = await copyText(reportText(result, { redaction, link: location.href }));
    setStatus(ok ? "Report copied as text." : "Copying did not work here.");
  };

  return (
    <div class="shared">
      <div class="card shared-banner" role="note">
        <h1>Shared test results</h1>
        <p class="shared-label">
          <strong>
            {`Results recorded on ${formatTime(result.startedAt)} from ${browserName(result.userAgent)}; this is not your network.`}
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
