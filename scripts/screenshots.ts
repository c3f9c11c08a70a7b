// `npm run screenshots`: every view a visitor can land on (results on three networks, the
// waiting state, a deployment with nothing to test, a shared result, the embed) at two phone
// sizes, light and dark, as full-page PNGs in test-results/screenshots/, to look at.
// The networks are faked in the browser (test/e2e/fake-network.ts); nothing leaves the machine.
// `-- --only shared,embed` takes some views only.

import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../test/e2e/browser.ts";
import { openView, startViewSite, VIEW_BROWSER_ARGS, VIEWS, type View } from "../test/e2e/views.ts";

const SIZES = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
];
const SCHEMES = ["light", "dark"] as const;

const out = fileURLToPath(new URL("../test-results/screenshots/", import.meta.url));
const onlyFlag = process.argv.indexOf("--only");
const only =
  onlyFlag > 0 ? new Set((process.argv[onlyFlag + 1] ?? "").split(",")) : new Set<string>(VIEWS);
const views = VIEWS.filter((v) => only.has(v));
if (views.length === 0) {
  console.error(`screenshots: --only takes a comma-separated list of: ${VIEWS.join(", ")}`);
  process.exit(2);
}

mkdirSync(out, { recursive: true });
const site = await startViewSite();
try {
  for (const viewport of SIZES) {
    for (const colorScheme of SCHEMES) {
      const browser = await launchChromium({ viewport, colorScheme, args: VIEW_BROWSER_ARGS });
      try {
        for (const view of views as View[]) {
          const page = await openView(browser.context, site, view);
          const path = `${out}${view}-${viewport.width}x${viewport.height}-${colorScheme}.png`;
          await page.screenshot({ path, fullPage: true });
          console.log(`saved ${path}`);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await site.close();
}
