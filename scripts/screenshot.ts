// Takes a full-page screenshot of a URL at phone size, to look at what a visitor sees:
//   npx tsx scripts/screenshot.ts http://localhost:8064/ /tmp/page.png [--dark] [--width 390]
import { launchChromium } from "../test/e2e/browser.ts";

const [url, out = "/tmp/selftest.png"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!url) {
  console.error("usage: screenshot.ts URL [OUT.png] [--dark] [--width N]");
  process.exit(2);
}
const widthFlag = process.argv.indexOf("--width");
const width = widthFlag > 0 ? Number(process.argv[widthFlag + 1]) : 390;
const browser = await launchChromium({
  viewport: { width, height: 844 },
  colorScheme: process.argv.includes("--dark") ? "dark" : "light",
});
try {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page
    .waitForFunction(() => Boolean(window.selftest?.result), undefined, { timeout: 20_000 })
    .catch(() => console.error("no verdict within 20 s; taking the screenshot anyway"));
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
