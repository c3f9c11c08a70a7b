// The address decoder end to end in Chromium: crafted #decode= links cannot put a sentence in a
// verdict card, a huge crafted link decodes with its limits stated, and a WireGuard config
// pasted into the box never puts its keys in the address bar or the session history.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticHandle, startStatic } from "../../server/static.ts";
import { hasChromium, type LaunchedBrowser, launchChromium } from "./browser.ts";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

// Words joined by U+2800 (BRAILLE PATTERN BLANK): it renders as a space but is no whitespace,
// so the whole sentence once passed for one DNS name.
const SENTENCE = ["Your", "router", "is", "infected.", "Call", "1-800-555-0199"].join("\u2800");

const WG_PRIVATE = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";
const WG_PSK = "FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=";
const WG_CONFIG = `[Interface]
PrivateKey = ${WG_PRIVATE}
Address = 10.0.0.2/32, fd00::2/128

[Peer]
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
PresharedKey = ${WG_PSK}
Endpoint = [64:ff9b::c633:6407]:51820
AllowedIPs = 0.0.0.0/0, ::/0
`;

/** Whether a URL holds any part of either secret key, raw or percent-encoded. */
function hasKey(url: string): boolean {
  const texts = [url, decodeURIComponent(url)];
  return [WG_PRIVATE, WG_PSK].some((key) =>
    texts.some(
      (t) => t.includes(key.slice(0, 12)) || t.includes(encodeURIComponent(key).slice(0, 12)),
    ),
  );
}

/** Every URL in this tab's session history (what Back and Forward would open). */
async function historyUrls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = await cdp.send("Page.getNavigationHistory");
  await cdp.detach();
  return entries.map((e) => e.url);
}

describe.skipIf(!hasChromium)("the address decoder in Chromium", () => {
  let site: StaticHandle;
  let browser: LaunchedBrowser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(`${dist}/index.html`)) throw new Error("dist/ is missing: run `npm run build`");
    site = await startStatic({
      root: dist,
      listen: [{ host: "127.0.0.1", port: 0 }],
      // No probes: these tests are about the decoder only.
      files: { "/config.json": JSON.stringify({ probes: {}, timeoutMs: 1000 }) },
    });
    base = site.urls[0] as string;
    browser = await launchChromium({ viewport: { width: 360, height: 780 } });
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(base).origin,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(fragment = ""): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${base}${fragment}`);
    await page.locator("#decode-input").waitFor();
    return page;
  }

  const decodeSection = (page: Page) => page.getByRole("region", { name: "Decode an address" });

  it("a crafted link's sentence, disguised as a DNS name, reaches no headline and no text", async () => {
    const dig = `;; QUESTION SECTION:\n;${SENTENCE}.\t\tIN\tAAAA\n\n;; ANSWER SECTION:\n`;
    const page = await open(`#decode=${encodeURIComponent(dig)}`);
    const section = decodeSection(page);
    await expect
      .poll(() => section.locator(".verdict-headline").textContent())
      .toBe("No IPv6 answer");
    await section
      .getByText("The name in the output is not shown: it is not a valid DNS name.")
      .waitFor();
    // The text box holds what the link carried; nothing else on the page repeats it.
    expect(await page.locator("#decode-input").inputValue()).toBe(dig);
    const shown = (await page.locator("main").textContent()) ?? "";
    for (const word of ["router", "infected", "1-800-555-0199"]) expect(shown).not.toContain(word);
    await page.close();
  });

  it("a link with 20,000 characters of crafted answers decodes, with its limits stated", async () => {
    const lines: string[] = [];
    for (let i = 1; lines.join("\n").length < 19_980; i++) lines.push(`${i.toString(16)}::c000:aa`);
    const page = await open(`#decode=${encodeURIComponent(lines.join("\n"))}`);
    const section = decodeSection(page);
    await section.getByText(/^NAT64 prefixes found: 1::\/96, 2::\/96/).waitFor();
    await section.getByText("only the first 8 are listed and used", { exact: false }).waitFor();
    const count = lines.length.toLocaleString("en");
    await section.getByText(`Showing the first 20 of ${count} addresses.`).waitFor();
    await page.close();
  });

  it("a pasted WireGuard config never puts a key in the address bar or history, and says so", async () => {
    const page = await open();
    const box = page.locator("#decode-input");
    await page.evaluate((text) => navigator.clipboard.writeText(text), WG_CONFIG);
    await box.focus();
    await page.keyboard.press("Control+V");
    expect(await box.inputValue()).toBe(WG_CONFIG);

    const section = decodeSection(page);
    await section
      .getByText(
        "Left out of this page's link: the PrivateKey, PublicKey, and PresharedKey lines.",
        { exact: false },
      )
      .waitFor();
    await section
      .getByText("Of the WireGuard config, the link keeps only the Endpoint line.")
      .waitFor();
    await section.getByText("Your server 198.51.100.7", { exact: false }).waitFor();
    // The link is written after a pause in typing; then it holds the Endpoint line alone.
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
      .toBe("#decode=Endpoint = [64:ff9b::c633:6407]:51820");
    await page.waitForTimeout(1000);
    const href = await page.evaluate(() => location.href);
    expect(hasKey(href)).toBe(false);
    const urls = await historyUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter(hasKey)).toEqual([]);
    await page.close();
  });

  it("a link that carries a key is cut down as soon as it opens", async () => {
    const page = await open(`#decode=${encodeURIComponent(WG_CONFIG)}`);
    await decodeSection(page).getByText("Your server 198.51.100.7", { exact: false }).waitFor();
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe(
      "#decode=Endpoint = [64:ff9b::c633:6407]:51820",
    );
    expect((await historyUrls(page)).filter(hasKey)).toEqual([]);
    await page.close();
  });
});
