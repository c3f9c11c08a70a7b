// The page in other languages, end to end in Chromium: every view this page has in German
// shows no English (checked against the English catalogs), the pseudo-locale en-XA (accented,
// ~40% longer) fits a 360 px phone without text overflowing, and the language a visitor chose
// stays with them through the page's own links. The views are in test/e2e/i18n-views/: add a
// file for yours there.

import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EchoHandle, startEcho } from "../../server/echo.ts";
import { localConfig } from "../../server/local-config.ts";
import { type StaticHandle, startStatic } from "../../server/static.ts";
import { encodeShare } from "../../src/core/share/share-link.ts";
import { type AllCatalogs, loadAllCatalogs } from "../fixtures/catalogs.ts";
import { hasChromium, type LaunchedBrowser, launchChromium } from "./browser.ts";
import { dualStackResult, startSilent } from "./fixtures.ts";
import { englishFragments, englishLeft, textOverflow, type View } from "./i18n-checks.ts";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Every view of every part of the page: test/e2e/i18n-views/*.ts. */
const viewsDir = new URL("./i18n-views/", import.meta.url);
const VIEWS: View[] = [];
for (const file of readdirSync(viewsDir).sort()) {
  VIEWS.push(...((await import(new URL(file, viewsDir).href)).default as View[]));
}

describe.skipIf(!hasChromium)("the page in other languages, in Chromium", () => {
  let echo: EchoHandle[] = [];
  let silent: Awaited<ReturnType<typeof startSilent>>;
  let site: StaticHandle;
  let brokenSite: StaticHandle;
  let browser: LaunchedBrowser;
  let base: string;
  let catalogs: AllCatalogs;
  let share: string;
  let unknownBrowserShare: string;

  beforeAll(async () => {
    if (!existsSync(`${dist}/index.html`)) throw new Error("dist/ is missing: run `npm run build`");
    catalogs = await loadAllCatalogs();
    share = await encodeShare(dualStackResult(), "masked");
    unknownBrowserShare = await encodeShare(
      { ...dualStackResult(), userAgent: "curl/8.5.0" },
      "masked",
    );
    const first = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }] });
    const port = first.http[0]?.port ?? 0;
    echo = [first, await startEcho({ listen: [{ host: "::1", port }] })];
    silent = await startSilent();
    const config = (dualStackName: { host: string; port: number }, timeoutMs = 4000) =>
      JSON.stringify(
        localConfig({
          v4: { host: "127.0.0.1", port },
          v6: { host: "::1", port },
          dualStackName,
          timeoutMs,
        }),
      );
    site = await startStatic({
      root: dist,
      listen: [{ host: "127.0.0.1", port: 0 }],
      files: {
        "/config.json": config({ host: "localhost", port }),
        // Two probes that never answer keep the run going for their whole timeout.
        "/slow.json": config({ host: "127.0.0.1", port: silent.port }, 20_000),
        "/broken.json": '{"probes": {"v4": "ftp://nope"}}',
      },
    });
    brokenSite = await startStatic({
      root: dist,
      listen: [{ host: "127.0.0.1", port: 0 }],
      files: { "/config.json": '{"probes": {"v4": "ftp://nope"}}' },
    });
    base = site.urls[0] as string;
    browser = await launchChromium({ viewport: { width: 360, height: 740 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([
      site?.close(),
      brokenSite?.close(),
      silent?.close(),
      ...echo.map((e) => e.close()),
    ]);
  });

  async function open(view: View, lang: string): Promise<Page> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await view.prepare?.(page);
    const url = new URL(
      view.path({ share, unknownBrowserShare, brokenSite: brokenSite.urls[0] as string }),
      base,
    );
    url.searchParams.set("lang", lang);
    await page.goto(url.href);
    await view.ready(page);
    expect(errors, view.name).toEqual([]);
    return page;
  }

  for (const view of VIEWS) {
    it(`${view.name}: German through and through`, async () => {
      const page = await open(view, "de");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
      const fragments = englishFragments(catalogs, "de");
      expect(await englishLeft(page, fragments, [])).toEqual([]);
      await page.close();
    });

    it(`${view.name}: the pseudo-locale fits 360 px`, async () => {
      const page = await open(view, "en-XA");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-XA");
      expect(await textOverflow(page)).toEqual([]);
      // Control: the view really is in the pseudo-locale, not in English.
      const english = englishFragments(catalogs, null);
      expect(await englishLeft(page, english, [])).toEqual([]);
      await page.close();
    });
  }

  it("the overflow check catches a line that cannot wrap (control)", async () => {
    const finished = VIEWS.find((v) => v.name === "a finished run with the share panel");
    const page = await open(finished as View, "en-XA");
    expect(await textOverflow(page)).toEqual([]);
    await page.addStyleTag({ content: ".lead { white-space: nowrap }" });
    expect((await textOverflow(page)).join("\n")).toMatch(/in p\.lead/);
    await page.close();
  });

  it("a German visitor sees no English, not even before the catalogs arrive", async () => {
    const page = await browser.context.newPage();
    // Every text the page renders, in order, until its heading is there (the first paint). The
    // static <title> and <noscript> of index.html are not rendered text: the title follows the
    // locale as soon as the catalog arrives (below).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __firstTexts: string[] }).__firstTexts = seen;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (!target.closest?.("#app") && target.id !== "app") continue;
          for (const node of record.addedNodes) seen.push(node.textContent ?? "");
        }
        if (document.querySelector("h1")) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}?lang=de`);
    await page.locator("h1").waitFor();
    expect(await page.locator("h1").textContent()).toBe("Was für ein Netzwerk habe ich?");
    expect(await page.title()).toBe(
      "Was für ein Netzwerk habe ich? Selbsttest für IPv6, NAT64 und 464XLAT",
    );
    const texts = await page.evaluate(
      () => (window as unknown as { __firstTexts: string[] }).__firstTexts,
    );
    const english = englishFragments(catalogs, "de");
    expect(texts.filter((text) => english.some((piece) => text.includes(piece)))).toEqual([]);
    await page.close();
  });

  it("says so in every language when the catalog cannot load, instead of a blank page", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route(/\/assets\/shell-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${base}?lang=de`);
    await expect
      .poll(() => page.locator("#app").textContent())
      .toBe(await page.locator("#app").getAttribute("data-offline"));
    expect(await page.locator("#app").textContent()).toContain("Bitte neu laden");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows the browser's languages, and ?lang= over them", async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "languages", { get: () => ["fr-CH", "es-MX", "en"] });
    });
    const heading = async (query: string) => {
      await page.goto(`${base}${query}`);
      await page.locator("h1").waitFor();
      return [
        await page.evaluate(() => document.documentElement.lang),
        await page.locator("h1").textContent(),
      ];
    };
    expect(await heading("")).toEqual(["es", "¿Qué tipo de red tengo?"]);
    expect(await heading("?lang=de-AT")).toEqual(["de", "Was für ein Netzwerk habe ich?"]);
    expect(await heading("?lang=en")).toEqual(["en", "What is my network?"]);
    expect(await heading("?lang=xx")).toEqual(["es", "¿Qué tipo de red tengo?"]); // ignored
    await page.close();
  });

  it("keeps the chosen language through the page's own links, but not in a share link", async () => {
    const page = await browser.context.newPage();
    // The site's own configuration, offered on a broken link, runs in the same language.
    await page.goto(`${base}?lang=de&config=${encodeURIComponent("http://[")}`);
    await page
      .getByRole("link", { name: "Test mit der Konfiguration dieser Website ausführen" })
      .click();
    await page.waitForFunction(() => window.selftest?.result, undefined, { timeout: 30_000 });
    expect(new URL(page.url()).search).toBe("?lang=de");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
    // Its share link carries no language: whoever opens it reads it in theirs.
    await page.waitForFunction(() =>
      document.querySelector<HTMLInputElement>("#share-link")?.value.includes("#r="),
    );
    const link = await page.locator("#share-link").inputValue();
    expect(new URL(link).searchParams.has("lang")).toBe(false);
    // The language links switch the page and keep the rest of its address.
    const languages = page.getByRole("navigation", { name: "Sprache" });
    expect(await languages.getByRole("link").allTextContents()).toEqual([
      "English",
      "Deutsch",
      "Español",
    ]);
    expect(await languages.locator("[aria-current=true]").textContent()).toBe("Deutsch");
    await languages.getByRole("link", { name: "Español" }).click();
    await page.locator("h1").waitFor();
    expect(await page.locator("h1").textContent()).toBe("¿Qué tipo de red tengo?");

    // A shared result opens in the reader's language; testing their own network keeps it.
    await page.goto("about:blank");
    await page.goto(`${base}?lang=es#r=${share}`);
    await page.locator(".shared-label").waitFor();
    expect(await page.locator(".shared-label").textContent()).toMatch(
      /^Resultados registrados el 28 de noviembre de 2026.* con Firefox 146 en Linux; esta no es tu red\.$/,
    );
    await page.getByRole("link", { name: "Probar mi propia red" }).first().click();
    await page.waitForFunction(() => window.selftest?.result, undefined, { timeout: 30_000 });
    expect(new URL(page.url()).search).toBe("?lang=es");
    expect(await page.locator("h1").textContent()).toBe("¿Qué tipo de red tengo?");
    await page.close();
  });
});
