// @vitest-environment happy-dom
// The results page shows what the browser could measure (for a support desk), and the Apple
// literal-synthesis fact in plain words instead of a CLAT claim.
import { describe, expect, it } from "vitest";
import type { ProbeOutcome, Result } from "../../../src/core/result.ts";
import { classifyNetwork } from "../../../src/core/selftest/classify.ts";
import type { EngineTraits } from "../../../src/core/selftest/engine-traits.ts";
import { ResultView } from "../../../src/ui/ResultView.tsx";
import { renderRoot } from "../../fixtures/render.tsx";

const page = renderRoot(["en"], ["shell", "verdict", "results"]);

function probe(kind: ProbeOutcome["kind"], status: ProbeOutcome["status"], ip: string | null) {
  return {
    id: kind,
    kind,
    url: `http://${kind}.example/echo`,
    status,
    ms: 80,
    ip,
    ...(kind === "nat64" ? { prefix: "64:ff9b::/96" } : {}),
  };
}

const IPHONE: EngineTraits = {
  engine: "webkit",
  webrtc: true,
  iceErrorEvents: true,
  gathering: null,
  gatheringFrom: null,
  literalSynthesis: true,
};

/** An iPhone on IPv6-only + NAT64 over the HTTP page: the IPv4 literal works by synthesis. */
function iphoneResult(traits: EngineTraits | undefined): Result {
  const input = {
    probes: [
      probe("v4", "ok", "203.0.113.7"),
      probe("v6", "ok", "2001:db8::7"),
      probe("nat64", "ok", "203.0.113.7"),
      probe("v4literal", "ok", "203.0.113.7"),
    ],
    ...(traits ? { traits } : {}),
  };
  return {
    version: 2,
    configDigest: "abc",
    startedAt: "2026-11-28T04:14:13.000Z",
    durationMs: 900,
    userAgent: "test",
    pageProtocol: "http:",
    ...input,
    verdict: classifyNetwork(input),
  };
}

function show(result: Result, readOnly = false) {
  page.mount(<ResultView result={result} readOnly={readOnly} />, "en", readOnly ? "shared" : "own");
  return page.root.textContent ?? "";
}

describe("ResultView with engine traits", () => {
  it("says the iPhone's system translates IPv4 literals, and does not claim a CLAT", () => {
    const text = show(iphoneResult(IPHONE));
    expect(text).toContain("this device's system translates them for apps");
    expect(text).toMatch(/464XLAT \(CLAT\) on this device\s*unknown/);
    expect(text).toContain("IPv6 + system translation");
  });

  it("lists what the browser can measure in the technical details", () => {
    show(iphoneResult(IPHONE));
    const details = page.root.querySelector("details.engine-facts");
    expect(details?.querySelector("summary")?.textContent).toContain(
      "What this browser can measure",
    );
    const facts = details?.textContent ?? "";
    expect(facts).toContain("WebKit");
    expect(facts).toContain("made to work by the system");
  });

  it("keeps the configuration digest, which means nothing to a visitor, in the technical details", () => {
    const result = iphoneResult(IPHONE);
    show(result);
    const details = page.root.querySelector("details.engine-facts");
    expect(details?.textContent).toContain(
      `Test configuration (for the site's operator)${result.configDigest}`,
    );
    details?.remove();
    expect(page.root.textContent).not.toContain(result.configDigest);
  });

  it("speaks of the sender's browser in a shared result", () => {
    show(iphoneResult(IPHONE), true);
    expect(page.root.querySelector("details.engine-facts summary")?.textContent).toContain(
      "What that browser can measure",
    );
    expect(page.root.textContent).toContain("that device's system translates them");
  });

  it("a result without traits (an old shared link) shows no such section", () => {
    show(iphoneResult(undefined));
    expect(page.root.querySelector("details.engine-facts")).toBeNull();
  });
});
