// The one interface every lab engine driver implements, so the runner never asks which engine
// it is talking to. A driver runs inside the lab's client namespace (test/lab/session.mjs starts
// it there): the browser, its driver process and its X server all see only the lab's network.

/**
 * @typedef {object} LabPage
 * @property {(url: string, timeoutMs: number) => Promise<void>} goto  load until DOMContentLoaded
 * @property {(expression: string) => Promise<unknown>} evaluate  a JS expression's (JSON) value
 * @property {(path: string) => Promise<void>} screenshot  a PNG of the page at phone size
 * @property {() => Promise<void>} close  end the page and whatever it cached
 * @property {string[]} log  console messages, page errors, failed requests (where the engine
 *   reports them; plain WebDriver does not)
 */

/**
 * @typedef {object} LabBrowser
 * @property {string} version  e.g. "Firefox 153.8.0esr"
 * @property {() => Promise<LabPage>} newPage  a page that starts with no cached DNS answer,
 *   HTTP response or open connection from an earlier page
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} LabEngine
 * @property {string} name  "chromium", "firefox", "webkit", "wpe"
 * @property {string} family  whose expectations apply: "chromium", "firefox" or "webkit" (WPE
 *   is a WebKit too); a row's expectation can differ per family (run.mjs says why)
 * @property {string} label  for tables
 * @property {() => string | null} missing  what is not installed (naming the apt package), or null
 * @property {(dir: string) => Promise<LabBrowser>} launch  dir: a fresh directory it may fill
 */

import { writeFileSync } from "node:fs";

/** What the page is looked at with: a common phone (the product is phones first). */
export const PHONE = { width: 390, height: 844 };

/**
 * A LabPage over a Playwright or Puppeteer page (the two share this much API): logs what the
 * engine reports, loads to DOMContentLoaded, screenshots the full page, and closes `context`.
 */
export function devtoolsPage(page, context) {
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
      writeFileSync(path, await page.screenshot({ fullPage: true }));
    },
    close: () => context.close(),
  };
}

/** Resolves with the value, or rejects after ms with a message naming what did not answer. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
