// @vitest-environment happy-dom
// The verdict card as a visitor reads it: a status in a word and an icon that differ without
// colour, what works, what does not and what to do in everyday words (the technical terms one
// tap deeper), confidence only when it matters, and on their own result the support code,
// "Test again" and "Send to support".
import { act } from "preact/test-utils";
import { describe, expect, it, vi } from "vitest";
import type { Result, RuleName, VerdictCode } from "../../../src/core/result.ts";
import { RULES } from "../../../src/core/selftest/classify.ts";
import { encodeSupportCode, supportFacts } from "../../../src/core/share/support-code.ts";
import { ResultView } from "../../../src/ui/ResultView.tsx";
import { spelledCode, VerdictCard } from "../../../src/ui/VerdictCard.tsx";
import type { CardFacts } from "../../../src/ui/words/verdict.ts";
import { renderRoot } from "../../fixtures/render.tsx";
import { DUAL_STACK, NAT64_PHONE } from "../share/share-fixtures.ts";

const page = renderRoot(["en", "de", "es"], ["shell", "verdict", "results"]);
const { mount } = page;

const card = () => page.root.querySelector(".verdict-card") as HTMLElement;
const status = () => card().querySelector(".verdict-status")?.textContent ?? "";

/** Every (rule, code) the classifier gives, with each CLAT answer where the card reads it. */
function everyCardFacts(): CardFacts[] {
  const pairs: [RuleName | null, VerdictCode][] = [
    ...RULES.flatMap((rule) =>
      rule.codes.map((code) => [rule.name, code] as [RuleName, VerdictCode]),
    ),
    ["unexplained", "inconclusive"],
    [null, "ipv6-only-no-nat64"],
  ];
  return pairs.flatMap(([rule, code]) =>
    [true, false, null].flatMap((clat) =>
      [false, true].map((literalSynthesis) => ({
        code,
        rule,
        clat,
        literalSynthesis,
        confidence: "high" as const,
      })),
    ),
  );
}

/** Words a visitor should not meet before opening the details. */
const JARGON = /AllowedIPs|464XLAT|CLAT|DNS64|NAT64|prefix|Präfix|prefijo|64:ff9b/;

describe("the verdict card at a glance", () => {
  it("gives each status its own word and icon shape, not only a colour", () => {
    const seen = new Map<string, string>();
    for (const code of [
      "dual-stack",
      "ipv6-only-nat64",
      "ipv6-only-no-nat64",
      "inconclusive",
    ] as const) {
      mount(
        <VerdictCard
          facts={{ code, rule: null, clat: null, literalSynthesis: false, confidence: "high" }}
        />,
      );
      const icon = card().querySelector(".status-icon");
      expect(icon?.getAttribute("aria-hidden")).toBe("true");
      const word = card().querySelector(".verdict-status span:last-child")?.textContent;
      seen.set(card().dataset.status ?? "", `${icon?.textContent} ${word}`);
    }
    expect(Object.fromEntries(seen)).toEqual({
      working: "✓ Working normally",
      catch: "! Works, with a catch",
      problem: "✕ Problem found",
      unknown: "? Could not tell",
    });
  });

  it("a perfect dual-stack result says it works, and nothing about confidence", () => {
    mount(
      <ResultView
        result={{ ...DUAL_STACK, verdict: { ...DUAL_STACK.verdict, confidence: "medium" } }}
      />,
    );
    expect(status()).toContain("Working normally");
    expect(card().textContent).not.toMatch(/confidence|certain/i);
    expect(card().textContent).toContain("What to do: Nothing.");
  });

  it("says a result is uncertain, in words, only when it is low", () => {
    mount(<ResultView result={DUAL_STACK} />); // the low-confidence dual-stack of an old link
    expect(card().textContent).toContain("This result is not certain");
    expect(card().textContent).not.toContain("Confidence: low");
    // "Could not tell" already says it.
    mount(
      <VerdictCard
        facts={{
          code: "inconclusive",
          rule: "undecidable",
          clat: null,
          literalSynthesis: false,
          confidence: "low",
        }}
      />,
    );
    expect(card().textContent).not.toContain("not certain");
  });

  it("speaks without jargon on the card; VPN, 464XLAT and prefix details are one tap deeper", () => {
    for (const locale of ["en", "de", "es"] as const) {
      for (const shared of [false, true]) {
        for (const facts of everyCardFacts()) {
          mount(<VerdictCard facts={facts} />, locale, shared ? "shared" : "own");
          const quote = card().querySelector(".verdict-quote")?.textContent ?? "";
          const text = (card().textContent ?? "").replace(quote, "");
          const where = `${locale} ${shared} ${JSON.stringify(facts)}`;
          expect(text, where).not.toMatch(JARGON);
          // No key left unrendered, and there is always something to do.
          expect(text, where).not.toMatch(/\b(verdict|results)\.[a-z]/);
          expect(card().querySelector(".verdict-todo")?.textContent?.length, where).toBeGreaterThan(
            12,
          );
        }
      }
    }
    mount(<ResultView result={NAT64_PHONE} />);
    const details = page.root.querySelector("details.verdict-more") as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")?.textContent).toBe("Details for VPNs and apps");
    expect(details.textContent).toContain("AllowedIPs");
    expect(details.textContent).toContain("464XLAT");
  });

  it("gives a sentence to quote to the provider where the fix is theirs", () => {
    const noNat64: CardFacts = {
      code: "ipv6-only-no-nat64",
      rule: "no-nat64",
      clat: false,
      literalSynthesis: false,
      confidence: "high",
    };
    mount(<VerdictCard facts={noNat64} />);
    expect(card().textContent).toContain("ask your mobile carrier or Wi-Fi provider");
    expect(card().querySelector(".verdict-quote")?.textContent).toBe(
      "“My connection has IPv6 only and no NAT64/DNS64, so websites that only have IPv4 cannot be reached. Please enable NAT64 and DNS64.”",
    );
    mount(<VerdictCard facts={noNat64} />, "de");
    expect(card().querySelector(".verdict-quote")?.textContent).toMatch(/^„Mein Anschluss.*“$/);
    expect(card().textContent).toContain("Mobilfunk- oder WLAN-Anbieter");
  });

  it("tells a DNS set by hand from a missing translator", () => {
    const facts = {
      code: "ipv6-only-no-nat64",
      clat: false,
      literalSynthesis: false,
      confidence: "high",
    } as const;
    mount(<VerdictCard facts={{ ...facts, rule: "no-dns64" }} />);
    expect(card().textContent).toContain("set DNS back to automatic");
    mount(<VerdictCard facts={{ ...facts, rule: "no-nat64" }} />);
    expect(card().textContent).not.toContain("DNS back");
  });
});

describe("the card on the visitor's own result", () => {
  it("shows the support code, spelled out for a screen reader", () => {
    mount(<ResultView result={NAT64_PHONE} />);
    const code = encodeSupportCode(supportFacts(NAT64_PHONE));
    const value = card().querySelector(".support-code-value");
    expect(value?.textContent).toBe(code);
    expect(value?.getAttribute("aria-hidden")).toBe("true");
    expect(card().querySelector(".support-code .visually-hidden")?.textContent).toBe(
      spelledCode(code),
    );
    expect(spelledCode("AHRK-JFD8")).toBe("A H R K, J F D 8");
  });

  it("puts Test again and Send to support in the card", () => {
    const again = vi.fn();
    const support = vi.fn();
    mount(<ResultView result={NAT64_PHONE} onTestAgain={again} onSendToSupport={support} />);
    const buttons = [...card().querySelectorAll("button")];
    expect(buttons.map((b) => b.textContent)).toEqual(["Test again", "Send to support"]);
    act(() => buttons[0]?.click());
    act(() => buttons[1]?.click());
    expect([again.mock.calls.length, support.mock.calls.length]).toEqual([1, 1]);
  });

  it("a shared result has neither code nor buttons", () => {
    const shared: Result = NAT64_PHONE;
    mount(<ResultView result={shared} readOnly onTestAgain={() => {}} />, "en", "shared");
    expect(card().querySelector(".support-code")).toBeNull();
    expect(card().querySelector("button")).toBeNull();
  });
});
