// Technical details for a support desk: what the browser that ran the test could measure. Two
// identical networks read differently in Chrome, Firefox and Safari (see classify.ts), so a
// "cannot tell" or a missing CLAT answer is explained by these lines.

import type { EngineTraits } from "../core/engine-traits.ts";

const ENGINE_NAMES: Record<EngineTraits["engine"], string> = {
  chromium: "Chromium (Chrome, Edge, Samsung Internet…)",
  firefox: "Firefox (Gecko)",
  webkit: "WebKit (Safari, every iPhone and iPad browser…)",
  unknown: "not recognised",
};

function yesNoUnknown(value: boolean | null, yes: string, no: string): string {
  return value === null ? "unknown" : value ? yes : no;
}

export function EngineFacts({
  traits,
  readOnly = false,
}: {
  traits: EngineTraits;
  readOnly?: boolean;
}) {
  const gathering =
    traits.gathering === "every-interface"
      ? "every network connection"
      : traits.gathering === "default-interface"
        ? "only the default network connection (so its silence on an IPv4 address says nothing about a CLAT)"
        : "unknown";
  const source =
    traits.gatheringFrom === "observed"
      ? " (seen in this test)"
      : traits.gatheringFrom === "engine"
        ? " (how this engine is known to work)"
        : "";
  return (
    <details class="engine-facts">
      <summary>What {readOnly ? "that" : "this"} browser can measure</summary>
      <dl class="facts small">
        <dt>Browser engine</dt>
        <dd>{ENGINE_NAMES[traits.engine]}</dd>
        <dt>WebRTC</dt>
        <dd>{traits.webrtc ? "yes" : "no: the WebRTC tests could not run"}</dd>
        <dt>WebRTC error reports</dt>
        <dd>
          {yesNoUnknown(
            traits.iceErrorEvents,
            "yes",
            "no: a name that fails to resolve goes unnoticed",
          )}
        </dd>
        <dt>WebRTC uses</dt>
        <dd>
          {gathering}
          {traits.gathering !== null && source}
        </dd>
        <dt>IPv4 addresses typed as numbers</dt>
        <dd>
          {traits.literalSynthesis
            ? "made to work by the system on IPv6-only networks with NAT64 (Apple), so one that works proves no IPv4 of its own"
            : "used as they are"}
        </dd>
      </dl>
    </details>
  );
}
