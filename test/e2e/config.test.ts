// A `?config=` that cannot be used, end to end in Chromium: the page must blame the link (not the
// site), never repeat the link's text, raise no uncaught error, and offer the site's own test,
// which then runs. The built page is served on 127.0.0.1 with a working config.json.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EchoHandle, startEcho } from "../../server/echo.ts";
import { localConfig } from "../../server/local-config.ts";
import { type StaticHandle, startStatic } from "../../server/static.ts";
import { hasChromium, type LaunchedBrowser, launchChromium } from "./browser.ts";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Words anyone could put into a link; they must not appear on the page. */
const WORDS = "Your-router-is-infected-call-555-0199";

const ADDRESS_INVALID = "This link's configuration address is not valid";
const NOT_LOADED = "This link's configuration could not be loaded";
const NOT_VALID = "This link's configuration is not valid";

describe.skipIf(!hasChromium)("a bad ?config= in Chromium", () => {
  let browser: LaunchedBrowser;
  let site: StaticHandle;
  let echo: EchoHandle;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(`${dist}/index.html`)) throw new Error("dist/ is missing: run `npm run build`");
    echo = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }] });
    const port = echo.http[0]?.port ?? 0;
    site = await startStatic({
      root: dist,
      listen: [{ host: "127.0.0.1", port: 0 }],
      files: {
        "/config.json": JSON.stringify(
          localConfig({ v4: { host: "127.0.0.1", port }, timeoutMs: 2000 }),
        ),
        "/bad.json": '{"probes": {',
        "/broken.json": '{"probes": {"v4": "ftp://nope"}}',
      },
    });
    base = site.urls[0] as string;
    browser = await launchChromium({ viewport: { width: 360, height: 740 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([site?.close(), echo?.close()]);
  });

  /** Opens the page with `?config=<value>` and returns the alert's text and any page errors. */
  async function open(value: string, prepare?: (page: Page) => Promise<unknown>, extra = "") {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await prepare?.(page);
    await page.goto(`${base}?${extra}config=${encodeURIComponent(value)}`);
    const alert = page.locator('[role="alert"][data-fault]');
    await alert.waitFor({ timeout: 20_000 });
    return { page, alert, errors };
  }

  const cases: [string, string, string][] = [
    ["a malformed address", "http://[", ADDRESS_INVALID],
    ["a malformed address with words in it", `http://[${WORDS}]/`, ADDRESS_INVALID],
    ["another site", `https://${WORDS}.example/c.json`, ADDRESS_INVALID],
    ["a javascript: address", "javascript:alert(1)", ADDRESS_INVALID],
    ["a missing file", `/${WORDS}.json`, NOT_LOADED],
    ["a web page", "/", NOT_LOADED],
    ["invalid JSON", "/bad.json", NOT_LOADED],
    ["a file with an invalid field", "/broken.json", NOT_VALID],
  ];
  for (const [what, value, headline] of cases) {
    it(`${what}: the link is at fault, in the site's own words`, async () => {
      const { page, alert, errors } = await open(value);
      expect(await alert.getAttribute("data-fault")).toBe("link");
      const text = (await alert.textContent()) ?? "";
      expect(text).toContain(headline);
      expect(text).not.toContain("not set up correctly");
      expect(await page.locator("body").textContent()).not.toContain(WORDS);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("names the bad field of a file the link names", async () => {
    const { page, alert } = await open("/broken.json");
    expect(await alert.textContent()).toContain("probes.v4");
    await page.close();
  });

  it("a file that redirects to another site, with or without CORS", async () => {
    const echoUrl = `http://127.0.0.1:${echo.http[0]?.port}/echo`;
    for (const [path, location, words] of [
      ["/hop-cors.json", echoUrl, "redirects to another site"],
      ["/hop-closed.json", "http://127.0.0.1:1/c.json", "does it redirect to another site?"],
    ] as const) {
      const { page, alert, errors } = await open(path, (p) =>
        p.route(`**${path}`, (route) =>
          route.fulfill({ status: 302, headers: { Location: location } }),
        ),
      );
      expect(await alert.getAttribute("data-fault")).toBe("link");
      expect(await alert.textContent()).toContain(words);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("offers the site's own configuration, which then runs the test", async () => {
    const { page, errors } = await open("http://[");
    const offer = page.getByRole("link", {
      name: "Run the test with this site's own configuration",
    });
    const box = await offer.boundingBox();
    expect(box && box.height >= 44).toBe(true);
    await offer.click();
    await page.waitForFunction(() => window.selftest?.result, undefined, { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.has("config")).toBe(false);
    expect(await page.locator('[role="alert"][data-fault]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the embedded view when offering the site's own configuration", async () => {
    const { page, alert } = await open("http://[", undefined, "embed=1&");
    expect(await alert.textContent()).toContain(ADDRESS_INVALID);
    const href = await page
      .getByRole("link", { name: "Run the test with this site's own configuration" })
      .getAttribute("href");
    expect(new URL(href ?? "", base).search).toBe("?embed=1");
    await page.close();
  });
});
