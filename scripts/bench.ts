// `npm run bench`: the median time from page load (navigation start) to the final headline on
// the page (the `selftest:final-headline` mark) and to the full Result (`selftest:result`), on
// loopback, over 20 runs in headless Chromium — each in a fresh page, so nothing is cached in
// memory. A benchmark, not a test: it prints figures and asserts nothing.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startEcho } from "../server/echo.ts";
import { localConfig } from "../server/local-config.ts";
import { startStatic } from "../server/static.ts";
import { hasChromium, launchChromium } from "../test/e2e/browser.ts";

const RUNS = Number(process.env.RUNS ?? 20);
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
if (!existsSync(`${dist}/index.html`)) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(2);
}
if (!hasChromium) {
  console.error("Chromium not found at /usr/bin/chromium (apt-get install -y chromium).");
  process.exit(2);
}

const v4 = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }] });
const port = v4.http[0]?.port ?? 0;
const v6 = await startEcho({ listen: [{ host: "::1", port }] });
const config = localConfig({
  v4: { host: "127.0.0.1", port },
  v6: { host: "::1", port },
  dualStackName: { host: "localhost", port },
});
const site = await startStatic({
  root: dist,
  listen: [{ host: "127.0.0.1", port: 0 }],
  files: { "/config.json": JSON.stringify(config) },
});
const browser = await launchChromium();
const times: number[] = [];
const headlines: number[] = [];
const firstPaints: number[] = [];
const shifts: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { verdictAt: number; layoutShift: number };
      w.layoutShift = 0;
      window.addEventListener("selftest:done", () => {
        w.verdictAt = performance.now();
      });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          w.layoutShift += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(site.urls[0] as string);
    await page.waitForFunction(
      () => (window as unknown as { verdictAt?: number }).verdictAt,
      undefined,
      {
        timeout: 30_000,
      },
    );
    // The headline may be painted a frame or two after the Result is set.
    await page
      .waitForFunction(
        () => performance.getEntriesByName("selftest:final-headline").length > 0,
        undefined,
        {
          timeout: 5_000,
        },
      )
      .catch(() => {});
    // Let the result view settle before reading the layout shift.
    await page.waitForTimeout(300);
    const [verdictAt, headlineAt, fcp, code, shift] = await page.evaluate(() => [
      performance.getEntriesByName("selftest:result")[0]?.startTime ??
        (window as unknown as { verdictAt: number }).verdictAt,
      performance.getEntriesByName("selftest:final-headline")[0]?.startTime ?? Number.NaN,
      performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      window.selftest?.result?.verdict.code ?? "none",
      (window as unknown as { layoutShift: number }).layoutShift,
    ]);
    times.push(verdictAt as number);
    headlines.push(headlineAt as number);
    firstPaints.push(fcp as number);
    shifts.push(shift as number);
    if (i === 0) console.log(`verdict on this machine: ${code}`);
    await page.close();
  }
} finally {
  await browser.close();
  await Promise.all([site.close(), v4.close(), v6.close()]);
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;
const fmt = (ms: number) => `${Math.round(ms)} ms`;
console.log(`runs: ${RUNS} (loopback echo, timeout ${config.timeoutMs} ms per probe)`);
const spread = (xs: number[]) =>
  `median ${fmt(quantile(xs, 0.5))}, p90 ${fmt(quantile(xs, 0.9))}, min ${fmt(sorted(xs)[0] ?? 0)}, max ${fmt(sorted(xs).at(-1) ?? 0)}`;
console.log(`page load → final headline shown: ${spread(headlines)}`);
console.log(`page load → full Result: ${spread(times)}`);
console.log(`first contentful paint: median ${fmt(quantile(firstPaints, 0.5))}`);
console.log(`cumulative layout shift: median ${quantile(shifts, 0.5).toFixed(3)} (good: ≤ 0.1)`);
