// Renders one Result: the verdict first in plain words, what it means, how we know, the path
// picture and the probe table. Used for the live run and, read-only, for shared result links.

import { thirdPerson, VERDICT_HEADLINES, verdictMeaning, verdictTone } from "../core/explain.ts";
import type { Result } from "../core/result.ts";
import { EngineFacts } from "./EngineFacts.tsx";
import { PathDiagram } from "./PathDiagram.tsx";
import { ProbeTable } from "./ProbeTable.tsx";

const CONFIDENCE_TEXT = {
  high: "Confidence: high",
  medium: "Confidence: medium",
  low: "Confidence: low — see the notes below",
};

export interface ResultViewProps {
  result: Result;
  /** Shared results are shown without anything that acts on this visitor's own network. */
  readOnly?: boolean;
}

export function ResultView({ result, readOnly = false }: ResultViewProps) {
  const { verdict } = result;
  // A shared result describes someone else's network: speak about "this network", not "yours".
  const their = readOnly
    ? {
        meaning: "What this means for that device",
        ipv4: "IPv4 address seen",
        ipv6: "IPv6 address seen",
        clat: "464XLAT (CLAT) on that device",
        synthesis:
          "that device's system translates them for apps that use its network functions; apps on raw IPv4 sockets still fail without a CLAT",
      }
    : {
        meaning: "What this means for you",
        ipv4: "Your IPv4 address (as seen)",
        ipv6: "Your IPv6 address (as seen)",
        clat: "464XLAT (CLAT) on this device",
        synthesis:
          "this device's system translates them for apps that use its network functions; apps on raw IPv4 sockets still fail without a CLAT",
      };
  const words = readOnly ? thirdPerson : (text: string) => text;
  const tone = verdictTone(verdict.code);
  const skipped = result.probes.filter((p) => p.status === "skipped");
  return (
    <div class="result" data-verdict={verdict.code}>
      <div class={`card verdict verdict-${tone}`}>
        {/* Focusable so a re-run can move focus (and a screen reader) to the new verdict. */}
        <p class="verdict-headline" id="verdict-headline" tabIndex={-1}>
          {words(VERDICT_HEADLINES[verdict.code])}
        </p>
        <p class="muted small">{CONFIDENCE_TEXT[verdict.confidence]}</p>
      </div>

      <h3>{their.meaning}</h3>
      <ul class="meaning">
        {verdictMeaning(verdict).map((line) => (
          <li key={line}>{words(line)}</li>
        ))}
      </ul>

      <h3>How we know</h3>
      <ul class="reasons">
        {verdict.reasons.map((line) => (
          <li key={line}>{words(line)}</li>
        ))}
      </ul>
      {verdict.nat64.evidence.length > 0 && (
        <details>
          <summary>NAT64 evidence</summary>
          <ul>
            {verdict.nat64.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}

      <PathDiagram verdict={verdict} readOnly={readOnly} />

      <dl class="facts">
        <dt>{their.ipv4}</dt>
        <dd class="mono">{verdict.ipv4 ?? "none"}</dd>
        <dt>{their.ipv6}</dt>
        <dd class="mono">{verdict.ipv6 ?? "none"}</dd>
        <dt>NAT64</dt>
        <dd>
          {verdict.nat64.detected === true
            ? `yes${verdict.nat64.prefix ? `, prefix ${verdict.nat64.prefix}` : ", prefix not proven"}`
            : verdict.nat64.detected === false
              ? "no"
              : "unknown"}
        </dd>
        <dt>{their.clat}</dt>
        <dd>{verdict.clat === true ? "yes" : verdict.clat === false ? "no" : "unknown"}</dd>
        {verdict.nat64.literalSynthesis && (
          <>
            <dt>IPv4 addresses typed as numbers</dt>
            <dd>work: {their.synthesis}</dd>
          </>
        )}
      </dl>

      <h3>Each test</h3>
      {skipped.length > 0 && (
        <p class="muted">
          {skipped.length} {skipped.length === 1 ? "test" : "tests"} could not run from{" "}
          {readOnly ? "that" : "this"} page: browsers block plain http:// requests from an https://
          page. The HTTP version of this site runs them too.
        </p>
      )}
      <ProbeTable probes={result.probes} />
      {result.traits && <EngineFacts traits={result.traits} readOnly={readOnly} />}
      <p class="muted small">
        Tested {new Date(result.startedAt).toLocaleString()} ·{" "}
        {(result.durationMs / 1000).toFixed(1)} s · configuration {result.configDigest}
      </p>
    </div>
  );
}
