// @vitest-environment happy-dom
// A support code opened at #code=… (or typed into the decoder): the verdict in words, said to be
// from a code and about someone else's network, with what a code cannot say; a damaged code gets
// a plain sentence instead. And "Copy as text" and the share panel carry the code.
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import { encodeSupportCode, supportFacts } from "../../../src/core/share/support-code.ts";
import { DecodePanel } from "../../../src/ui/DecodePanel.tsx";
import { SharePanel } from "../../../src/ui/SharePanel.tsx";
import { SupportCodeView } from "../../../src/ui/SupportCodeView.tsx";
import { renderRoot } from "../../fixtures/render.tsx";
import { NAT64_NO_CLAT } from "../../fixtures/support-facts.ts";
import { NAT64_PHONE } from "../share/share-fixtures.ts";

const page = renderRoot(
  ["en", "de", "es"],
  ["shell", "code", "verdict", "results", "share", "decoder"],
);
const { mount } = page;

beforeEach(() => {
  history.replaceState(null, "", "/nat64/?lang=de&embed=1#code=x");
});

describe("SupportCodeView", () => {
  it("expands a code into the verdict in words, as someone else's network", () => {
    const code = encodeSupportCode(NAT64_NO_CLAT);
    mount(<SupportCodeView fragment={code.toLowerCase().replace("-", "%20")} />);
    const text = page.root.textContent ?? "";
    expect(page.root.querySelector("h1")?.textContent).toBe("Result from a support code");
    expect(text).toContain(`Read from the support code ${code}`);
    expect(text).toContain("not yours");
    expect(page.root.querySelector(".verdict-status")?.textContent).toContain(
      "Works, with a catch",
    );
    expect(text).toContain("This network is IPv6-only;");
    expect(text).toContain("do not work on that device");
    expect(text).not.toMatch(/\byour (network|device)\b/i);
    // The facts the code holds, and what it cannot hold.
    const facts = Object.fromEntries(
      [...page.root.querySelectorAll(".facts dt")].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
    );
    expect(facts).toMatchObject({
      "Sites that only have IPv4": "reached",
      IPv6: "works",
      "NAT64 translator": "yes, a prefix of the network's own",
      "464XLAT (CLAT) on the device": "no",
      "Browser engine": "Firefox (Gecko)",
      "Page loaded over": "https://",
      "Rule (for support desks)": "ipv6-only-nat64",
    });
    expect(text).toContain("Confidence: high");
    expect(text).toContain("A code cannot say: the IP addresses");
    // The way back keeps ?lang= and drops the rest.
    expect(page.root.querySelector<HTMLAnchorElement>("a.button")?.href).toMatch(
      /^http:\/\/localhost(:\d+)?\/nat64\/\?lang=de$/,
    );
  });

  it("names the well-known prefix, which the code does carry", () => {
    mount(
      <SupportCodeView fragment={encodeSupportCode({ ...NAT64_NO_CLAT, prefix: "well-known" })} />,
    );
    expect(page.root.textContent).toContain("yes, the well-known prefix 64:ff9b::/96");
  });

  it("speaks German and Spanish", () => {
    const code = encodeSupportCode(NAT64_NO_CLAT);
    mount(<SupportCodeView fragment={code} />, "de");
    expect(page.root.querySelector("h1")?.textContent).toBe("Ergebnis aus einem Support-Code");
    expect(page.root.textContent).toContain("Dieses Netzwerk ist reines IPv6");
    mount(<SupportCodeView fragment={code} />, "es");
    expect(page.root.querySelector("h1")?.textContent).toBe("Resultado de un código de soporte");
  });

  it("refuses a damaged or unknown code with a plain sentence", () => {
    const code = encodeSupportCode(NAT64_NO_CLAT).replace("-", "");
    const misheard = `${code.slice(0, 5)}${code[5] === "X" ? "Y" : "X"}${code.slice(6)}`;
    for (const [fragment, says] of [
      [misheard, "a character was probably misheard or mistyped"],
      [`${code.slice(0, 3)}O${code.slice(4)}`, "“O” never appears in a support code"],
      [code.slice(0, 6), "A support code has 8 characters; this one has 6."],
      ["", "There is no support code here."],
      ["%E0%A4%A", "“%” never appears"],
      ["\u202eAAAA", "“U+202E” never appears"],
    ] as const) {
      mount(<SupportCodeView fragment={fragment} />);
      const alert = page.root.querySelector("[role=alert]");
      expect(alert?.querySelector("h1")?.textContent).toBe("This support code cannot be read");
      expect(alert?.textContent, fragment).toContain(says);
      expect(page.root.querySelector(".verdict-card")).toBeNull();
    }
  });
});

describe("the support code elsewhere", () => {
  it("the share panel shows it, and Copy as text carries it", () => {
    mount(<SharePanel result={NAT64_PHONE} />);
    const code = encodeSupportCode(supportFacts(NAT64_PHONE));
    expect(page.root.querySelector(".share-code")?.textContent).toBe(
      `On the phone, read out the support code ${code} instead.`,
    );
    const report = page.root.querySelector("pre")?.textContent ?? "";
    expect(report.split("\n").slice(2, 5)).toEqual([
      expect.stringMatching(/^Verdict: /),
      "  (code ipv6-only-nat64, confidence high)",
      `Support code: ${code}`,
    ]);
    // The share panel's heading takes focus when the card's "Send to support" leads here.
    expect(page.root.querySelector("#share-title")?.getAttribute("tabindex")).toBe("-1");
  });

  it("the decoder takes a code and opens its view, or says why it cannot", () => {
    history.replaceState(null, "", "/nat64/");
    mount(<DecodePanel />);
    const input = page.root.querySelector<HTMLInputElement>("#support-code-input");
    const form = page.root.querySelector("form.code-field");
    const type = (value: string) =>
      act(() => {
        if (!input) return;
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
    type("A7QD 3MXI");
    act(() => {
      form?.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    });
    expect(page.root.querySelector("#support-code-problem")?.textContent).toContain(
      "“I” never appears",
    );
    expect(input?.getAttribute("aria-invalid")).toBe("true");
    expect(location.hash).toBe("");
    const code = encodeSupportCode(NAT64_NO_CLAT);
    type(` ${code.toLowerCase()} `);
    act(() => {
      form?.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    });
    expect(page.root.querySelector("#support-code-problem")?.textContent).toBe("");
    expect(location.hash).toBe(`#code=${code}`);
  });
});
