// Support codes end to end in Chromium: a visitor runs the test and reads the code off the
// verdict card; someone else, in another browser, opens the same site at #code=… (or types the
// code into the decoder) and reads the same verdict back in words, without any test running; a
// misheard code is refused in a sentence.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  decodeSupportCode,
  encodeSupportCode,
  supportFacts,
} from "../../src/core/share/support-code.ts";
import type { I18n } from "../../src/i18n/i18n.ts";
import { headline } from "../../src/ui/words/verdict.ts";
import { i18nFor } from "../fixtures/i18n.tsx";
import { hasChromium, type LaunchedBrowser, launchChromium } from "./browser.ts";
import { type LoopbackSite, runPage, startDualStackSite } from "./fixtures.ts";

describe.skipIf(!hasChromium)("support codes in Chromium", () => {
  let site: LoopbackSite;
  let visitor: LaunchedBrowser;
  let desk: LaunchedBrowser;
  let base: string;
  let shared: I18n;

  beforeAll(async () => {
    shared = (await i18nFor("en", ["shell", "verdict", "results"])).withVoice("shared");
    site = await startDualStackSite();
    base = site.base;
    // Two browsers (profiles): the code travels from one person to another, by voice.
    visitor = await launchChromium({ viewport: { width: 360, height: 780 } });
    desk = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await visitor?.close();
    await desk?.close();
    await site?.close();
  });

  it("a code read off one page expands into the same verdict on another", async () => {
    const page = await visitor.context.newPage();
    const result = await runPage(page, base);
    const card = page.locator(".verdict-card");
    const code = (await card.locator(".support-code-value").textContent()) ?? "";
    expect(code).toMatch(/^A[2-9ACDFHJKMPQRTWXY]{3}-[2-9ACDFHJKMPQRTWXY]{4}$/);
    expect(code).toBe(encodeSupportCode(supportFacts(result)));
    const status = await card.locator(".verdict-status").textContent();
    // The next steps are in the card, on the first screen of a 360 × 780 phone.
    const again = card.getByRole("button", { name: "Test again" });
    const support = card.getByRole("button", { name: "Send to support" });
    for (const button of [again, support]) {
      const box = await button.boundingBox();
      expect(box && box.y + box.height <= 780).toBe(true);
    }
    // "Send to support" takes the visitor to the share panel, which names the code too.
    await support.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("share-title");
    expect(await page.locator(".share-code").textContent()).toContain(code);

    // Read out over the phone, typed by the support desk: lower case, a space, no hyphen.
    const spoken = code.replace("-", " ").toLowerCase();
    const other = await desk.context.newPage();
    const requests: string[] = [];
    other.on("request", (request) => requests.push(request.url()));
    await other.goto(`${base}#code=${encodeURIComponent(spoken)}`);
    await expect.poll(() => other.locator("h1").textContent()).toBe("Result from a support code");
    expect(await other.locator(".shared-label").textContent()).toBe(
      `Read from the support code ${code}: it describes the network where the code was made, not yours.`,
    );
    expect(await other.locator(".verdict-status").textContent()).toBe(status);
    expect(await other.locator(".verdict-headline").textContent()).toBe(
      headline(shared, result.verdict.code),
    );
    expect(await other.locator("[data-verdict]").getAttribute("data-verdict")).toBe(
      result.verdict.code,
    );
    expect(await other.getByText("A code cannot say").count()).toBe(1);
    // Nothing is tested on the desk's side, and nothing of the visitor's addresses is there.
    expect(await other.evaluate(() => window.selftest?.result ?? null)).toBeNull();
    expect(requests.filter((url) => url.includes("/echo"))).toEqual([]);
    const text = (await other.locator("main").textContent()) ?? "";
    for (const address of [result.verdict.ipv4, result.verdict.ipv6]) {
      if (address) expect(text).not.toContain(address);
    }
    await page.close();
    await other.close();
  });

  it("the decoder takes a code; a misheard one is refused, not misread", async () => {
    const facts = supportFacts({
      version: 2,
      configDigest: "3f9a1c2e",
      startedAt: "2026-11-28T04:14:13.000Z",
      durationMs: 1000,
      userAgent: "test",
      pageProtocol: "https:",
      probes: [],
      verdict: {
        code: "ipv6-only-no-nat64",
        rule: "no-nat64",
        nat64: { detected: false, prefix: null, evidence: [] },
        clat: false,
        ipv4: null,
        ipv6: null,
        confidence: "high",
        reasons: [{ code: "no-nat64" }],
      },
    });
    const code = encodeSupportCode(facts);
    const plain = code.replace("-", "");
    const misheard = `${plain.slice(0, 4)}${plain[4] === "M" ? "W" : "M"}${plain.slice(5)}`;
    expect(decodeSupportCode(misheard).ok).toBe(false);

    const page = await desk.context.newPage();
    await page.goto(`${base}#code=${misheard}`);
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.locator("h1").textContent())
      .toBe("This support code cannot be read");
    expect(await alert.textContent()).toContain("a character was probably misheard or mistyped");
    expect(await page.locator(".verdict-card").count()).toBe(0);

    // The same site, opened plainly: the decoder's field opens the code's view.
    await page.goto(base);
    const field = page.getByLabel("Have a support code? Enter it here");
    await field.fill(code);
    await field.press("Enter");
    await expect
      .poll(() => page.locator(".verdict-status").textContent())
      .toContain("Problem found");
    expect(new URL(page.url()).hash).toBe(`#code=${code}`);
    expect(await page.locator(".verdict-quote").textContent()).toContain("enable NAT64 and DNS64");
    await page.close();
  });
});
