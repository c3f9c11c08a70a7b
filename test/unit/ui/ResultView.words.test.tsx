// @vitest-environment happy-dom
// One Result, many readers: the same facts render in English, German and Spanish, about "your
// network" on the visitor's own result and about "that network" on a shared one, with no key
// left unrendered and no English sentence on a German page.
import { describe, expect, it } from "vitest";
import type { Result } from "../../../src/core/result.ts";
import { classifyNetwork } from "../../../src/core/selftest/classify.ts";
import type { Locale } from "../../../src/i18n/locale.ts";
import { ResultView } from "../../../src/ui/ResultView.tsx";
import { renderRoot } from "../../fixtures/render.tsx";
import {
  CHROMIUM,
  CLIENT_V6,
  FIREFOX,
  nothing,
  POOL_V4,
  probe,
  stun,
} from "../selftest/classifier-fixtures.ts";

const page = renderRoot(["en", "de", "es"], ["shell", "verdict", "results"]);

function resultOf(input: Parameters<typeof classifyNetwork>[0]): Result {
  return {
    version: 2,
    configDigest: "3f9a1c2e",
    startedAt: "2026-11-28T04:14:13.000Z",
    durationMs: 1234,
    userAgent: "test",
    pageProtocol: "https:",
    probes: input.probes,
    ...(input.webrtc ? { webrtc: input.webrtc } : {}),
    ...(input.traits ? { traits: input.traits } : {}),
    verdict: classifyNetwork(input),
  };
}

/** Firefox on 464XLAT from an https:// page: a verdict with every kind of reason and evidence. */
const FIREFOX_464XLAT = resultOf({
  probes: [
    probe("v4", "ok", POOL_V4),
    probe("v6", "ok", CLIENT_V6),
    probe("nat64", "ok", POOL_V4),
    probe("v4literal", "skipped", null, { failure: "mixed-content" }),
    probe("large", "timeout", null, { failure: "timeout" }),
  ],
  webrtc: { name: stun([POOL_V4], false), literal: nothing },
  traits: FIREFOX,
});

function show(result: Result, locale: Locale, shared = false): string {
  page.mount(<ResultView result={result} readOnly={shared} />, locale, shared ? "shared" : "own");
  return page.root.textContent ?? "";
}

describe("ResultView speaks the reader's language", () => {
  it("renders every code of a verdict as words, in each language and voice", () => {
    expect(FIREFOX_464XLAT.verdict.reasons.map((r) => r.code)).toEqual([
      "ipv6-only-with-nat64",
      "nat64-prefix",
      "clat-unknown",
    ]);
    for (const locale of ["en", "de", "es"] as const) {
      for (const shared of [false, true]) {
        const text = show(FIREFOX_464XLAT, locale, shared);
        // No message key is left showing ("verdict.reason.…", "results.…").
        expect(text, `${locale} ${shared}`).not.toMatch(/\b(verdict|results|shell)\.[a-z]/);
        expect(page.root.querySelectorAll(".reasons li")).toHaveLength(3);
      }
    }
  });

  it("speaks of your device on your own result, and of that device on a shared one", () => {
    const own = show(FIREFOX_464XLAT, "en");
    expect(own).toContain("Your network is IPv6-only;");
    expect(own).toContain("Whether this device translates IPv4 itself");
    const shared = show(FIREFOX_464XLAT, "en", true);
    expect(shared).toContain("This network is IPv6-only;");
    expect(shared).toContain("Whether that device translates IPv4 itself");
    expect(shared).toContain("What that browser can measure");
    expect(shared).not.toMatch(/\byour (network|device|carrier)\b/i);
    expect(own).toContain("through your carrier's translator");
  });

  it("leaves no English sentence on the German page", () => {
    const english = show(FIREFOX_464XLAT, "en");
    const german = show(FIREFOX_464XLAT, "de");
    expect(german).toContain("Ihr Netzwerk ist reines IPv6");
    const sentences = english.split(/(?<=\.)\s*/).filter((s) => s.length > 30);
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) expect(german, sentence).not.toContain(sentence);
  });

  it("says why a probe failed, from its failure code", () => {
    show(FIREFOX_464XLAT, "es");
    const large = page.root.querySelector('tr[data-probe="large"]')?.textContent ?? "";
    expect(large).toContain("sin respuesta en 4 s");
    const skipped = page.root.querySelector('tr[data-probe="v4literal"]')?.textContent ?? "";
    expect(skipped).toContain("No se ejecutó: esta página se cargó por HTTPS");
  });

  it("names the rule that gave the verdict, for a support desk", () => {
    show(
      resultOf({
        probes: [probe("v4", "ok", POOL_V4), probe("v6", "ok", CLIENT_V6)],
        traits: CHROMIUM,
      }),
      "en",
    );
    expect(page.root.querySelector(".result")?.getAttribute("data-rule")).toBe("undecidable");
  });

  it("decodes an embedded IPv4 in the probe table with its prefix, never a code name", () => {
    const result = resultOf({
      probes: [probe("v6", "ok", "64:ff9b::c633:6407"), probe("v4", "ok", POOL_V4)],
      traits: CHROMIUM,
    });
    for (const [locale, words] of [
      ["en", "embeds 198.51.100.7 (64:ff9b::/96)"],
      ["de", "enthält 198.51.100.7 (64:ff9b::/96)"],
      ["es", "contiene 198.51.100.7 (64:ff9b::/96)"],
    ] as const) {
      show(result, locale);
      const row = page.root.querySelector('tr[data-probe="v6"]')?.textContent ?? "";
      expect(row).toContain(words);
      expect(row).not.toContain("nat64-wkp");
    }
  });
});
