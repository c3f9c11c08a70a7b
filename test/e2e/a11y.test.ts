// axe-core on every view a visitor can land on, in light and dark colour schemes: results (with
// every expander open), the decoder and "Check my server" with their answers shown, a shared
// result, the embed, the waiting state and a deployment with nothing to test. axe's default
// rules: WCAG 2 A and AA plus its best practices (landmarks, heading order, scrollable regions).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, type LaunchedBrowser, launchChromium } from "./browser.ts";
import { openView, startViewSite, VIEW_BROWSER_ARGS, type ViewSite } from "./views.ts";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface Violation {
  rule: string;
  impact: string | null;
  nodes: string[];
}

declare global {
  interface Window {
    axe?: {
      run: (
        context: Document,
        options: object,
      ) => Promise<{
        violations: {
          id: string;
          impact?: string | null;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }>;
    };
  }
}

/** Every expander open, as a person reading everything would have them. */
async function openEveryExpander(page: Page): Promise<number> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll("details")];
    for (const d of all) d.open = true;
    return all.length;
  });
}

/** axe's violations on the page as it is now: rule, impact, and where. */
async function violations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const found = await page.evaluate(async () => {
    const axe = window.axe;
    if (!axe) throw new Error("axe-core did not load");
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`),
    }));
  });
  return found;
}

describe.skipIf(!hasChromium).each(["light", "dark"] as const)("axe-core, %s colours", (scheme) => {
  let site: ViewSite;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    site = await startViewSite();
    browser = await launchChromium({
      viewport: { width: 390, height: 844 },
      colorScheme: scheme,
      args: VIEW_BROWSER_ARGS,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("results page on an IPv6-only + NAT64 network, every expander open: no violation", async () => {
    const page = await openView(browser.context, site, "ipv6-only-nat64");
    // The text report, NAT64 evidence, what the browser can measure: all there to open.
    expect(await openEveryExpander(page)).toBeGreaterThanOrEqual(3);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it("decoder with addresses and dig output decoded, details open: no violation", async () => {
    const page = await openView(browser.context, site, "decoder");
    expect(await page.locator(".decode-card").count()).toBeGreaterThanOrEqual(2);
    await openEveryExpander(page);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ["results page on a dual-stack network", "dual-stack", "expanders open"],
    ["results page on an IPv6-only network without NAT64", "ipv6-only-no-nat64", "expanders open"],
    [
      "check my server with a WireGuard answer and its details open",
      "check-my-server",
      "expanders open",
    ],
    ["a shared result, every expander open", "shared", "expanders open"],
    ["the embed", "embed", "as it opens"],
    ["the waiting state", "waiting", "as it opens"],
    ["a deployment with nothing to test", "not-set-up", "as it opens"],
  ] as const)("%s: no violation", async (_title, view, state) => {
    const page = await openView(browser.context, site, view);
    if (state === "expanders open") await openEveryExpander(page);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it("finds what it is there to find (control): a nameless button, a heading jump, grey on grey", async () => {
    const page = await openView(browser.context, site, "not-set-up");
    await page.evaluate(() => {
      const main = document.querySelector("main");
      main?.insertAdjacentHTML(
        "beforeend",
        '<button type="button"></button><h4>Skipped a level</h4><p style="color:#999;background:#aaa">faint</p>',
      );
    });
    const rules = (await violations(page)).map((v) => v.rule);
    expect(rules).toEqual(
      expect.arrayContaining(["button-name", "heading-order", "color-contrast"]),
    );
    await page.close();
  });
});
