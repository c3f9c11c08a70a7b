// Views of the results for the language tests in test/e2e/i18n.test.ts: shared results whose
// verdicts use the most words (NAT64 with evidence, the path picture, a CLAT that cannot be
// told, a probe table with failures, what the browser can measure, hidden addresses), opened
// from links.

import type { ProbeOutcome, Result } from "../../../src/core/result.ts";
import { classifyNetwork } from "../../../src/core/selftest/classify.ts";
import type { EngineTraits } from "../../../src/core/selftest/engine-traits.ts";
import { redactResult } from "../../../src/core/share/redact.ts";
import { encodeShare } from "../../../src/core/share/share-link.ts";
import { encodeSupportCode } from "../../../src/core/share/support-code.ts";
import { NAT64_NO_CLAT } from "../../fixtures/support-facts.ts";
import { RECORDED_V2_ENGLISH_MASKED } from "../../unit/share/share-fixtures.ts";
import type { View } from "../i18n-checks.ts";

const probe = (
  kind: ProbeOutcome["kind"],
  status: ProbeOutcome["status"],
  ip: string | null,
  extra: Partial<ProbeOutcome> = {},
): ProbeOutcome => ({
  id: kind,
  kind,
  url: `https://${kind}.selftest.example.net/echo`,
  status,
  ms: status === "timeout" ? 4000 : 60,
  ip,
  ...extra,
});

const FIREFOX: EngineTraits = {
  engine: "firefox",
  webrtc: true,
  iceErrorEvents: true,
  gathering: "default-interface",
  gatheringFrom: "engine",
  literalSynthesis: false,
};

/** Firefox on a 464XLAT phone network, from the https:// page. */
function nat64Result(): Result {
  const input = {
    probes: [
      probe("v4", "ok", "192.0.2.45"),
      probe("v6", "ok", "2001:db8:4a1::7"),
      probe("nat64", "ok", "192.0.2.45", { prefix: "64:ff9b::/96" }),
      probe("v4literal", "skipped", null, { failure: "mixed-content" }),
      probe("large", "timeout", null, { failure: "timeout" }),
    ],
    webrtc: {
      name: {
        status: "ok" as const,
        srflx: ["192.0.2.45"],
        lookupError: false,
        errorEvents: true,
        hostCandidates: 1,
        complete: true,
        ms: 300,
      },
      literal: {
        status: "ok" as const,
        srflx: [],
        lookupError: false,
        errorEvents: true,
        hostCandidates: 1,
        complete: true,
        ms: 300,
      },
    },
    traits: FIREFOX,
  };
  return {
    version: 2,
    configDigest: "3f9a1c2e",
    startedAt: "2026-11-28T04:14:13.000Z",
    durationMs: 1900,
    userAgent: "Mozilla/5.0 (Android 15; Mobile; rv:146.0) Gecko/146.0 Firefox/146.0",
    pageProtocol: "https:",
    ...input,
    verdict: classifyNetwork(input),
  };
}

const nat64Link = await encodeShare(redactResult(nat64Result(), "masked"), "masked");

/** The support code of a phone on NAT64 without a CLAT: the card's longest words and a quote. */
const noClatCode = encodeSupportCode({ ...NAT64_NO_CLAT, engine: "chromium" });

export default [
  {
    name: "a shared IPv6-only result with NAT64 evidence",
    path: () => `#r=${nat64Link}`,
    ready: async (page) => {
      await page.locator(".shared-label").waitFor();
      await page.locator(".path-diagram").waitFor();
      // The evidence and the technical details open, so their words are on screen too.
      await page.locator(".result details").evaluateAll((all) => {
        for (const details of all) (details as HTMLDetailsElement).open = true;
      });
    },
  },
  {
    // Hidden addresses of several kinds (carrier-grade NAT, 6to4, link-local, public), from a
    // link that held them as English words: on the page they are the reader's words.
    name: "a shared result with hidden addresses of several kinds, from an older link",
    path: () => `#r=${RECORDED_V2_ENGLISH_MASKED.cgn}`,
    ready: (page) => page.locator(".shared-label").waitFor(),
  },
  {
    name: "a support code, expanded",
    path: () => `#code=${noClatCode}`,
    ready: async (page) => {
      await page.locator(".support-code-view .verdict-quote").waitFor();
      await page.locator(".verdict-more").evaluate((details) => {
        (details as HTMLDetailsElement).open = true;
      });
    },
  },
  {
    name: "a support code that cannot be read",
    path: () => "#code=A234-5678",
    ready: (page) => page.locator(".shared-error").waitFor(),
  },
] satisfies View[];
