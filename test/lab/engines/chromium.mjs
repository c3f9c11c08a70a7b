// Chromium (Debian's /usr/bin/chromium) through playwright-core, one browser per scenario and a
// fresh browser context per page: a new context has its own network context in Chromium (host
// cache, HTTP cache, socket pools), so no row inherits DNS or connections from the one before.

import { existsSync } from "node:fs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../chromium.mjs";
import { PHONE, writeScreenshot } from "./common.mjs";

const EXECUTABLE = process.env.CHROMIUM || CHROMIUM_PATH;

/** @type {import("./common.mjs").LabEngine} */
export default {
  name: "chromium",
  family: "chromium",
  label: "Chromium",
  missing() {
    return existsSync(EXECUTABLE)
      ? null
      : `${EXECUTABLE} not found (apt-get install chromium, or set CHROMIUM=)`;
  },
  async launch() {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: EXECUTABLE,
      headless: true,
      timeout: 20_000,
      args: CHROMIUM_ARGS,
    });
    return {
      version: `Chromium ${browser.version()}`,
      async newPage() {
        const context = await browser.newContext({ viewport: PHONE });
        const page = await context.newPage();
        const log = [];
        page.on("console", (m) => log.push(`console ${m.type()}: ${m.text()}`.slice(0, 300)));
        page.on("pageerror", (e) => log.push(`pageerror: ${e.message}`.slice(0, 300)));
        page.on("requestfailed", (r) =>
          log.push(`failed request: ${r.url()} ${r.failure()?.errorText ?? ""}`),
        );
        return {
          log,
          async goto(url, timeoutMs) {
            await page.goto(url, { waitUntil: "domcontentloaded", timeout: timeoutMs });
          },
          evaluate: (expression) => page.evaluate(expression),
          async screenshot(path) {
            writeScreenshot(path, await page.screenshot({ fullPage: true }));
          },
          close: () => context.close(),
        };
      },
      close: () => browser.close(),
    };
  },
};
