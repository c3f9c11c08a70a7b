// Embed mode end to end: the shipped example help page (public/embed.html + embed-example.js)
// served from another origin (another port) frames the self-test with ?embed=1. Resize messages
// must arrive and size the iframe; the Result must reach an allowed origin and never another.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EchoHandle, startEcho } from "../../server/echo.ts";
import { localConfig } from "../../server/local-config.ts";
import { type StaticHandle, startStatic } from "../../server/static.ts";
import type { Result } from "../../src/core/result.ts";
import { headline, verdictMeaning } from "../../src/ui/words/verdict.ts";
import { i18nFor } from "../fixtures/i18n.tsx";
import { hasChromium, type LaunchedBrowser, launchChromium } from "./browser.ts";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

interface Seen {
  origin: string;
  data: { type?: string; height?: number; verdict?: string; result?: Result };
}

declare global {
  interface Window {
    __seen?: Seen[];
  }
}

/** Records, in the parent only, every message it receives. */
async function recordParentMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__seen = [];
    window.addEventListener("message", (event) => {
      window.__seen?.push({ origin: event.origin, data: event.data });
    });
  });
}

const seen = (page: Page) => page.evaluate(() => window.__seen ?? []);
const ofType = async (page: Page, type: string) =>
  (await seen(page)).filter((m) => m.data?.type === type);

describe.skipIf(!hasChromium)("embed mode in Chromium, parent on another origin", () => {
  let echo: EchoHandle[] = [];
  let selftest: StaticHandle;
  let allowedParent: StaticHandle;
  let otherParent: StaticHandle;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    if (!existsSync(`${dist}/embed.html`)) throw new Error("dist/ is missing: run `npm run build`");
    const first = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }] });
    const port = first.http[0]?.port ?? 0;
    echo = [first, await startEcho({ listen: [{ host: "::1", port }] })];
    // The two help pages come first: the self-test's config must name the allowed one.
    const helpPage = (selftestUrl: string) =>
      readFileSync(`${dist}/embed.html`, "utf8").replace(
        'src="./?embed=1"',
        `src="${selftestUrl}?embed=1"`,
      );
    allowedParent = await startStatic({ root: dist, listen: [{ host: "127.0.0.1", port: 0 }] });
    otherParent = await startStatic({ root: dist, listen: [{ host: "127.0.0.1", port: 0 }] });
    const config = {
      ...localConfig({
        v4: { host: "127.0.0.1", port },
        v6: { host: "::1", port },
        dualStackName: { host: "localhost", port },
      }),
      embedOrigins: [new URL(allowedParent.urls[0] as string).origin],
    };
    selftest = await startStatic({
      root: dist,
      listen: [{ host: "127.0.0.1", port: 0 }],
      files: { "/config.json": JSON.stringify(config) },
    });
    const selftestUrl = selftest.urls[0] as string;
    await allowedParent.close();
    await otherParent.close();
    // Same ports again, now serving the help page that frames the self-test.
    const reopen = (old: StaticHandle) =>
      startStatic({
        root: dist,
        listen: [{ host: "127.0.0.1", port: Number(new URL(old.urls[0] as string).port) }],
        files: { "/embed.html": helpPage(selftestUrl) },
      });
    allowedParent = await reopen(allowedParent);
    otherParent = await reopen(otherParent);
    browser = await launchChromium({ viewport: { width: 800, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([selftest?.close(), allowedParent?.close(), otherParent?.close()]);
    await Promise.all(echo.map((e) => e.close()));
  });

  async function openHelpPage(parent: StaticHandle): Promise<Page> {
    const page = await browser.context.newPage();
    await recordParentMessages(page);
    await page.goto(`${parent.urls[0]}embed.html`);
    await expect
      .poll(async () => (await ofType(page, "selftest:verdict")).length, { timeout: 30_000 })
      .toBe(1);
    return page;
  }

  it("an allowed origin gets resize messages, the verdict and the full Result", async () => {
    const page = await openHelpPage(allowedParent);
    const selftestOrigin = new URL(selftest.urls[0] as string).origin;
    const messages = await seen(page);
    expect(messages.every((m) => m.origin === selftestOrigin)).toBe(true);
    await expect.poll(async () => (await ofType(page, "selftest:result")).length).toBe(1);
    const result = (await ofType(page, "selftest:result"))[0]?.data.result as Result;
    expect(result.verdict.code).toBe("dual-stack");
    expect(result.verdict.ipv4).toBe("127.0.0.1");

    // The example script showed it, from the Result.
    await expect
      .poll(() => page.locator("#selftest-verdict").textContent())
      .toBe("Verdict: dual-stack (IPv4 127.0.0.1, IPv6 ::1)");

    // Resize messages arrived, the frame follows the last one, and the framed document fits
    // without scrolling.
    const lastHeight = async () => {
      const resizes = await ofType(page, "selftest:resize");
      return resizes[resizes.length - 1]?.data.height ?? 0;
    };
    const frameHeight = () => page.locator("#selftest").evaluate((f) => f.clientHeight);
    const frame = page.frameLocator("#selftest");
    const overflow = () =>
      frame.locator("html").evaluate((html) => html.scrollHeight - html.clientHeight);
    const wide = await lastHeight();
    expect(wide).toBeGreaterThan(50);
    await expect.poll(frameHeight).toBe(wide);
    expect(await overflow()).toBe(0);

    // A layout change (the help page narrows the frame, the text reflows) is reported again.
    const before = (await ofType(page, "selftest:resize")).length;
    await page.locator("#selftest").evaluate((f) => {
      (f as HTMLIFrameElement).style.width = "260px";
    });
    await expect.poll(lastHeight).toBeGreaterThan(wide);
    expect((await ofType(page, "selftest:resize")).length).toBeGreaterThan(before);
    await expect.poll(frameHeight).toBe(await lastHeight());
    expect(await overflow()).toBe(0);

    // Compact layout: the verdict as the frame's one heading, inside its main landmark, one
    // sentence of what it means (no reasons or caveats: those are on the full page), and a
    // details link to the full page in a new tab.
    const en = await i18nFor("en", ["shell", "verdict"]);
    const { verdict } = result;
    expect(await frame.locator("main h1").allTextContents()).toEqual([headline(en, verdict.code)]);
    expect(await frame.locator(".embed-meaning").textContent()).toBe(
      verdictMeaning(en, verdict)[0],
    );
    expect(await frame.locator(".embed-reasons, li").count()).toBe(0);
    const details = frame.getByRole("link", { name: /details/i });
    expect(await details.getAttribute("target")).toBe("_blank");
    expect(await details.getAttribute("href")).toBe(selftest.urls[0]);

    // Each run is posted: running again sends a fresh Result.
    await frame.getByRole("button", { name: "Test again" }).click();
    await expect
      .poll(async () => (await ofType(page, "selftest:result")).length, { timeout: 30_000 })
      .toBe(2);
    await page.close();
  });

  it("another origin gets resize messages and the verdict code, never the Result", async () => {
    const page = await openHelpPage(otherParent);
    await page.waitForTimeout(500); // the Result would be posted in the same task as the verdict
    expect((await ofType(page, "selftest:resize")).length).toBeGreaterThan(0);
    expect(await ofType(page, "selftest:result")).toEqual([]);
    const everything = JSON.stringify((await seen(page)).map((m) => m.data));
    expect(everything).not.toContain("127.0.0.1");
    expect(everything).not.toContain('"ipv6"');
    await expect
      .poll(() => page.locator("#selftest-verdict").textContent())
      .toBe("Verdict: dual-stack");
    // The frame really had a result to give: it just was not given to this origin.
    const frame = page.frameLocator("#selftest");
    expect(await frame.locator(".embed").getAttribute("data-verdict")).toBe("dual-stack");

    // Messages from the parent are ignored: nothing reruns, nothing is sent back.
    const count = (await seen(page)).length;
    await page.evaluate(() => {
      const target = (document.getElementById("selftest") as HTMLIFrameElement).contentWindow;
      for (const type of ["selftest:run", "selftest:result", "selftest:hello"]) {
        target?.postMessage({ type }, "*");
      }
    });
    await page.waitForTimeout(500);
    expect((await seen(page)).length).toBe(count);
    expect(await frame.getByRole("button", { name: "Test again" }).isEnabled()).toBe(true);
    await page.close();
  });
});
