// @vitest-environment happy-dom
// The share panel as a visitor uses it: the default is stated and chosen, the link follows the
// choice, Copy link copies it, and the share sheet is offered only where the browser has one.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeShare } from "../../../src/core/share/share-link.ts";
import type { I18n } from "../../../src/i18n/i18n.ts";
import { SharePanel } from "../../../src/ui/SharePanel.tsx";
import { i18nFor, WithI18n } from "../../fixtures/i18n.tsx";
import { DUAL_STACK } from "../share/share-fixtures.ts";

let root: HTMLElement;
let english: I18n;
let german: I18n;

beforeAll(async () => {
  english = await i18nFor("en", ["share", "verdict", "results"]);
  german = await i18nFor("de", ["share", "verdict", "results"]);
});

beforeEach(() => {
  history.replaceState(null, "", "/nat64/?embed=1");
  root = document.createElement("div");
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  Reflect.deleteProperty(navigator, "share");
  vi.restoreAllMocks();
});

function mount(i18n = english) {
  act(() => {
    render(
      <WithI18n i18n={i18n}>
        <SharePanel result={DUAL_STACK} />
      </WithI18n>,
      root,
    );
  });
}

const linkBox = () => root.querySelector<HTMLInputElement>("#share-link");
const button = (name: string) =>
  [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
const radio = (value: string) =>
  root.querySelector<HTMLInputElement>(`input[type=radio][value=${value}]`);

async function nextLink(previous = ""): Promise<string> {
  await vi.waitFor(() => {
    const value = linkBox()?.value ?? "";
    if (!value || value === previous) throw new Error("no new link yet");
  });
  return linkBox()?.value ?? "";
}

describe("SharePanel", () => {
  it("hides addresses by default and says so; the link carries the hidden form", async () => {
    mount();
    expect(radio("masked")?.checked).toBe(true);
    expect(root.textContent).toContain("By default your IP addresses are hidden");
    const link = await nextLink();
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/nat64\/#r=2[zj]/); // ?embed dropped
    const outcome = await decodeShare(link.split("#r=")[1] ?? "");
    expect(outcome.ok && outcome.value.redaction).toBe("masked");
    expect(outcome.ok && outcome.value.result.verdict.ipv4).toBe("m4:documentation:203.0.113.0/24");
    expect(root.querySelector("pre")?.textContent).toContain(
      "IPv4 address: [documentation IPv4 address in 203.0.113.0/24] (hidden by the sender",
    );
    expect(root.querySelector("pre")?.textContent).not.toContain("203.0.113.77");
  });

  it("follows the visitor's choice", async () => {
    mount();
    const masked = await nextLink();
    act(() => {
      radio("none")?.click();
    });
    const full = await nextLink(masked);
    const outcome = await decodeShare(full.split("#r=")[1] ?? "");
    expect(outcome.ok && outcome.value.result.verdict.ipv4).toBe("203.0.113.77");
    expect(root.querySelector("pre")?.textContent).toContain("IPv4 address: 203.0.113.77\n");
  });

  it("Copy link copies exactly the link and confirms it", async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    mount();
    const link = await nextLink();
    await act(async () => {
      button("Copy link")?.click();
    });
    await vi.waitFor(() => expect(root.textContent).toContain("Link copied"));
    expect(writeText).toHaveBeenCalledWith(link);
  });

  it("offers the share sheet only where navigator.share exists, and shares the link", async () => {
    mount();
    await nextLink();
    expect(button("Share…")).toBeUndefined();
    render(null, root);

    const share = vi.fn(async (_data: ShareData) => {});
    Object.defineProperty(navigator, "share", { value: share, configurable: true });
    mount();
    const link = await nextLink();
    await act(async () => {
      button("Share…")?.click();
    });
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: link }));
    expect(root.textContent).not.toContain("Sharing did not work");
  });

  it("speaks the visitor's language, and its link opens in the reader's", async () => {
    history.replaceState(null, "", "/nat64/?lang=de");
    mount(german);
    expect(root.querySelector("h2")?.textContent).toBe("Ergebnisse teilen");
    expect(root.textContent).toContain("Standardmäßig sind Ihre IP-Adressen verborgen");
    expect(root.textContent).toContain("(zum Beispiel 203.0.113.0/24)");
    expect(button("Link kopieren")).toBeDefined();
    expect(root.querySelector("code")?.textContent).toBe("#");
    const link = await nextLink();
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/nat64\/#r=2[zj]/); // ?lang= dropped
  });
});
