// Chromium (Debian's /usr/bin/chromium) through playwright-core, one browser per scenario and a
// fresh browser context per page: a new context has its own network context in Chromium (host
// cache, HTTP cache, socket pools), so no row inherits DNS or connections from the one before.

import { existsSync } from "node:fs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../chromium.mjs";
import { devtoolsPage, PHONE } from "./common.mjs";

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
        return devtoolsPage(page, context);
      },
      close: () => browser.close(),
    };
  },
};
