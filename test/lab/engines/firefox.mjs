// Firefox ESR (Debian's /usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi (Debian
// has no geckodriver). One browser per scenario and a fresh user context (container) per page:
// Firefox keys its HTTP cache, connection pool and DNS cache entries by the context's origin
// attributes, so no row inherits another's cached state. puppeteer-core never downloads a
// browser; it only starts the one named here.

import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { devtoolsPage, PHONE } from "./common.mjs";

const EXECUTABLE = process.env.FIREFOX || "/usr/bin/firefox-esr";

/** @type {import("./common.mjs").LabEngine} */
export default {
  name: "firefox",
  family: "firefox",
  label: "Firefox ESR",
  missing() {
    return existsSync(EXECUTABLE)
      ? null
      : `${EXECUTABLE} not found (apt-get install firefox-esr, or set FIREFOX=)`;
  },
  async launch(dir) {
    const { default: puppeteer } = await import("puppeteer-core");
    const profile = join(dir, "profile");
    mkdirSync(profile, { recursive: true });
    const browser = await puppeteer.launch({
      browser: "firefox",
      protocol: "webDriverBiDi",
      executablePath: EXECUTABLE,
      headless: true,
      userDataDir: profile,
      timeout: 30_000,
      // Remote settings off and HOME inside the run's directory: Firefox neither phones home
      // (nothing would answer in the lab anyway) nor touches root's real profile.
      env: { ...process.env, HOME: dir, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
    });
    return {
      version: (await browser.version()).replace(/^firefox\//i, "Firefox "),
      async newPage() {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport(PHONE);
        return devtoolsPage(page, context);
      },
      close: () => browser.close(),
    };
  },
};
