// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeFragment, readDecodeFragment } from "../../../src/core/addr/decode-input.ts";
import type { I18n } from "../../../src/i18n/i18n.ts";
import { LOCALES } from "../../../src/i18n/locale.ts";
import { DecodePanel } from "../../../src/ui/DecodePanel.tsx";
import { i18nFor, WithI18n } from "../../fixtures/i18n.tsx";

let root: HTMLElement;
const i18n = {} as Record<(typeof LOCALES)[number], I18n>;

beforeAll(async () => {
  for (const locale of LOCALES) i18n[locale] = await i18nFor(locale, ["decoder", "code"]);
});

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, "", "/");
  root = document.createElement("div");
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

function mount(locale: (typeof LOCALES)[number] = "en") {
  act(() => {
    render(
      <WithI18n i18n={i18n[locale]}>
        <DecodePanel />
      </WithI18n>,
      root,
    );
  });
}

function type(text: string) {
  const box = root.querySelector("textarea");
  if (!box) throw new Error("no textarea");
  act(() => {
    box.value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function output(): string {
  return root.querySelector("[aria-live=polite]")?.textContent ?? "";
}

describe("DecodePanel", () => {
  it("has a labelled text box and a heading", () => {
    mount();
    const box = root.querySelector("textarea");
    expect(box?.id).toBe("decode-input");
    expect(root.querySelector(`label[for="${box?.id}"]`)).not.toBeNull();
    expect(root.querySelector("h2")?.textContent).toBe("Decode an address");
  });

  it("decodes as the person types, saying what it stripped", () => {
    mount();
    type("Endpoint = [64:ff9b::c633:6407]:51820");
    const text = output();
    expect(text).toContain("Your server 198.51.100.7, reached through a NAT64 translator");
    expect(text).toContain("64:ff9b::/96");
    expect(text).toContain("Removed the square brackets and the port 51820.");
  });

  it("shows a specific message for garbage instead of failing", () => {
    mount();
    type("64:ff9b::c633:64077");
    expect(output()).toContain(
      "You pasted “64:ff9b::c633:64077”, which is not an IPv6 address: the group “64077” has more than 4 hex digits.",
    );
  });

  it("suggests brackets when a port is stuck onto an address", () => {
    mount();
    type("64:ff9b::c633:6407:51820");
    expect(root.querySelector(".bad")?.textContent).toMatch(
      /digits\. If :51820 is a port, write the address in brackets: \[64:ff9b::c633:6407\]:51820$/,
    );
  });

  it("shows the discovered prefix for dig output", () => {
    mount();
    type("ipv4only.arpa.\t86400\tIN\tAAAA\t2001:db8:122:344:c0:0:aa00:0");
    expect(output()).toContain("NAT64 prefix found: 2001:db8:122:344::/64");
  });

  it("writes the input to #decode= after a pause, and clears it when emptied", () => {
    mount();
    type("64:ff9b::1");
    expect(location.hash).toBe("");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(readDecodeFragment(location.hash)).toBe("64:ff9b::1");
    type("");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(location.hash).toBe("");
  });

  it("shows the decode from the link it was loaded with, and follows hash changes", () => {
    history.replaceState(null, "", `/${decodeFragment("64:ff9b::c633:6407")}`);
    mount();
    expect(root.querySelector("textarea")?.value).toBe("64:ff9b::c633:6407");
    expect(output()).toContain("198.51.100.7");
    act(() => {
      history.replaceState(null, "", `/${decodeFragment("2002:c000:221::1")}`);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(output()).toContain("6to4");
  });

  it("leaves someone else's fragment alone", () => {
    history.replaceState(null, "", "/#r=abc");
    mount();
    type("::1");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(location.hash).toBe("#r=abc");
  });

  it("reads a hand-edited fragment with a stray % rather than crashing", () => {
    expect(readDecodeFragment("#decode=100%")).toBe("100%");
    expect(readDecodeFragment("#r=1")).toBeNull();
  });

  it("repeats a name from pasted output only when it is a DNS name, never a sentence", () => {
    // Words joined by U+2800, which renders blank: a sentence that passes for one "name".
    const sentence = ["Your", "router", "is", "infected.", "Call", "1-800-555-0199"].join("\u2800");
    mount();
    type(`;; QUESTION SECTION:\n;${sentence}.\t\tIN\tAAAA\n\n;; ANSWER SECTION:\n`);
    expect(root.querySelector(".verdict-headline")?.textContent).toBe("No IPv6 answer");
    expect(root.textContent).not.toContain("router");
    expect(output()).toContain("The name in the output is not shown: it is not a valid DNS name.");
    // Nor is it treated as ipv4only.arpa.
    expect(output()).not.toContain("ipv4only.arpa has only IPv4 addresses");

    type("example.com has address 192.0.2.1\nexample.com has no AAAA record\n");
    expect(root.querySelector(".verdict-headline")?.textContent).toBe(
      "No IPv6 answer for example.com",
    );
  });

  it("shows pasted text that is no address only quoted, cut short, and never in a heading", () => {
    const sentence = ["Your", "router", "is", "infected:", "call:", "now"].join("\u2800");
    mount();
    type(`Endpoint = ${sentence}`);
    const headings = [...root.querySelectorAll("h3, .verdict-headline")].map((h) => h.textContent);
    expect(headings).toEqual(["WireGuard endpoint"]);
    const quoted = root.querySelector(".bad .mono");
    expect(quoted?.textContent).toBe(`“${sentence}”`);
    expect(quoted?.parentElement?.textContent).toMatch(/^You pasted “.*”, which is not an IPv6/);

    type(`Endpoint = ${"x:".repeat(30)}y`);
    expect(root.querySelector(".bad .mono")?.textContent).toBe(`“${"x:".repeat(30)}…”`);
  });

  const WG_PRIVATE = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";
  const WG_PSK = "FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=";
  const WG_CONFIG = `[Interface]\nPrivateKey = ${WG_PRIVATE}\nAddress = fd00::2/128\n\n[Peer]\nPresharedKey = ${WG_PSK}\nEndpoint = [64:ff9b::c633:6407]:51820\n`;
  const hasKey = (text: string) =>
    text.includes(WG_PRIVATE.slice(0, 10)) || text.includes(WG_PSK.slice(0, 10));

  it("keeps keys out of the link, keeps only the Endpoint of a config, and says so", () => {
    mount();
    type(WG_CONFIG);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(readDecodeFragment(location.hash)).toBe("Endpoint = [64:ff9b::c633:6407]:51820");
    expect(hasKey(decodeURIComponent(location.href))).toBe(false);
    expect(root.querySelector("#decode-link-note")?.textContent).toBe(
      "Left out of this page's link: the PrivateKey and PresharedKey lines. Keys are secrets, and a link ends up in browser history and sync. Of the WireGuard config, the link keeps only the Endpoint line.",
    );
    // The decode itself still has the whole paste.
    expect(root.querySelector("textarea")?.value).toBe(WG_CONFIG);
    expect(output()).toContain("Your server 198.51.100.7");
  });

  it("never writes a half-typed key line", () => {
    mount();
    for (const text of [
      "Private",
      "PrivateKey = ",
      "PrivateKey = yAnz5",
      "PrivateKey = yAnz5TF+l",
    ]) {
      type(text);
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(location.href).not.toContain("yAnz5");
    }
    expect(location.hash).toBe("");
    expect(root.querySelector("#decode-link-note")?.textContent).toMatch(/the PrivateKey line/);
  });

  it("cuts a key out of the link it was opened with, at once, and out of a followed link", () => {
    history.replaceState(null, "", `/${decodeFragment(WG_CONFIG)}`);
    mount();
    expect(hasKey(decodeURIComponent(location.href))).toBe(false);
    expect(readDecodeFragment(location.hash)).toBe("Endpoint = [64:ff9b::c633:6407]:51820");
    act(() => {
      history.replaceState(null, "", `/${decodeFragment(`PrivateKey = ${WG_PRIVATE}\n::1`)}`);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(readDecodeFragment(location.hash)).toBe("::1");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(hasKey(decodeURIComponent(location.href))).toBe(false);
  });

  it("speaks German and Spanish, with their own quotation marks and numbers", () => {
    mount("de");
    expect(root.querySelector("h2")?.textContent).toBe("Adresse entschlüsseln");
    type(`Endpoint = ${"x:".repeat(30)}y`);
    expect(root.querySelector(".bad .mono")?.textContent).toBe(`„${"x:".repeat(30)}…“`);
    expect(root.querySelector("h3")?.textContent).toBe("WireGuard-Endpoint");
    type(WG_CONFIG);
    expect(root.querySelector("#decode-link-note")?.textContent).toBe(
      "Nicht in den Link dieser Seite übernommen: die Zeilen PrivateKey und PresharedKey. Schlüssel sind geheim, und ein Link landet im Browserverlauf und in der Synchronisierung. Von der WireGuard-Konfiguration enthält der Link nur die Endpoint-Zeile.",
    );
    expect(output()).toContain("Ihr Server 198.51.100.7, erreicht über einen NAT64-Übersetzer");

    render(null, root);
    mount("es");
    type("ipv4only.arpa.\t86400\tIN\tAAAA\t2001:db8:122:344:c0:0:aa00:0");
    expect(root.querySelector(".verdict-headline")?.textContent).toBe(
      "Prefijo NAT64 encontrado: 2001:db8:122:344::/64",
    );
    const lines: string[] = [];
    for (let i = 1; i <= 1200; i++) lines.push(`${i.toString(16)}::1`);
    type(lines.join("\n"));
    expect(output()).toContain("Se muestran las primeras 20 de 1200 direcciones.");
  });
});
