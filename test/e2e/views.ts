// Every view of the page a visitor can land on, opened the same way for the accessibility test
// (a11y.test.ts) and the screenshots (scripts/screenshots.ts): results on three networks, the
// waiting state, a deployment with nothing to test, a shared result, the embed, and the decoder
// and "Check my server" with an answer shown (scrolled to). The networks
// are faked by request interception (fake-network.ts); the built page is served from dist/.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { type StaticHandle, startStatic } from "../../server/static.ts";
import type { Result } from "../../src/core/result.ts";
import { redactResult } from "../../src/core/share/redact.ts";
import { encodeShare, shareUrl } from "../../src/core/share/share-link.ts";
import { type FakeDeployment, type FakeNetwork, startFakeDeployment } from "./fake-network.ts";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

export const VIEWS = [
  "dual-stack",
  "ipv6-only-nat64",
  "ipv6-only-no-nat64",
  "waiting",
  "not-set-up",
  "shared",
  "embed",
  "decoder",
  "check-my-server",
] as const;

export type View = (typeof VIEWS)[number];

/**
 * Chromium flags for these views: no host name resolves (the probes' names are answered by
 * interception before any lookup), so nothing can reach a real resolver.
 */
export const VIEW_BROWSER_ARGS = [
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

export interface ViewSite {
  base: string;
  deployment: FakeDeployment;
  close(): Promise<void>;
}

/** Serves dist/ with the fake deployment's configs: the site's own, and two by ?config=. */
export async function startViewSite(): Promise<ViewSite> {
  if (!existsSync(`${dist}/index.html`)) throw new Error("dist/ is missing: run `npm run build`");
  const deployment = await startFakeDeployment();
  const site: StaticHandle = await startStatic({
    root: dist,
    listen: [{ host: "127.0.0.1", port: 0 }],
    files: {
      "/config.json": deployment.config(),
      "/not-set-up.json": deployment.config({ probes: false }),
      "/waiting.json": deployment.config({ timeoutMs: 60_000 }),
    },
  });
  return {
    base: site.urls[0] as string,
    deployment,
    close: async () => {
      await site.close();
      await deployment.close();
    },
  };
}

/** Waits for a finished run, and for the panels that load after it to settle. */
async function settled(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(() => Boolean(window.selftest?.result), undefined, {
    timeout: 20_000,
  });
  await page.locator(selector).first().waitFor({ timeout: 10_000 });
  await page.waitForLoadState("networkidle").catch(() => {});
}

/** Share links made so far, by site. */
const sharedLinks = new Map<string, string>();

/** A share link (addresses hidden, the default) to an IPv6-only + NAT64 result. */
async function linkToShare(context: BrowserContext, site: ViewSite): Promise<string> {
  const made = sharedLinks.get(site.base);
  if (made) return made;
  const page = await openView(context, site, "ipv6-only-nat64");
  const result = (await page.evaluate(() => window.selftest?.result)) as Result;
  await page.close();
  const payload = await encodeShare(redactResult(result, "masked"), "masked");
  const link = shareUrl(site.base, payload);
  sharedLinks.set(site.base, link);
  return link;
}

/** Opens `view` in a new page of `context`, ready to look at. */
export async function openView(context: BrowserContext, site: ViewSite, view: View): Promise<Page> {
  const network: FakeNetwork =
    view === "dual-stack" || view === "ipv6-only-no-nat64" || view === "decoder"
      ? view === "decoder"
        ? "dual-stack"
        : view
      : view === "waiting"
        ? "silent"
        : "ipv6-only-nat64";
  const url =
    view === "shared"
      ? await linkToShare(context, site)
      : view === "waiting"
        ? `${site.base}?config=/waiting.json`
        : view === "not-set-up"
          ? `${site.base}?config=/not-set-up.json`
          : view === "embed"
            ? `${site.base}?embed=1`
            : site.base;
  await site.deployment.route(context, network, [site.base]);
  const page = await context.newPage();
  await page.goto(url);
  switch (view) {
    case "waiting":
      // Running, with nothing answered: the probes wait for their 60 s timeout.
      await page.waitForFunction(() => window.selftest && !window.selftest.result);
      await page.waitForTimeout(1000);
      break;
    case "not-set-up":
      await page.locator(".not-set-up").waitFor();
      await page.waitForLoadState("networkidle").catch(() => {});
      break;
    case "shared":
      await page.locator(".shared .result").waitFor();
      break;
    case "embed":
      await settled(page, ".embed-verdict");
      break;
    case "decoder":
      await settled(page, ".share");
      // A NAT64 address, a documentation address and the answer of dig: three cards.
      await page
        .locator("#decode-input")
        .fill(
          "64:ff9b::c633:6407\n2001:db8::1\nipv4only.arpa. 1800 IN AAAA 64:ff9b::c000:aa\nipv4only.arpa. 1800 IN AAAA 64:ff9b::c000:ab",
        );
      await page.locator(".decode-output details").first().waitFor();
      await page.locator("#decode-title").scrollIntoViewIfNeeded();
      break;
    case "check-my-server":
      await settled(page, ".share");
      await page.locator("#server-check-input").fill("Endpoint = vpn.example.com:51820");
      await page.locator("#server-check-client").fill("64:ff9b::cb00:7132");
      await page.locator(".server-check form button[type=submit]").click();
      await page.locator(".server-check-result .server-report .wireguard").waitFor();
      await page.locator("#server-check-title").scrollIntoViewIfNeeded();
      break;
    default:
      await settled(page, ".share");
  }
  await page.waitForTimeout(200);
  return page;
}
