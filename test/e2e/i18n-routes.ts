// Page setups for the language views (test/e2e/i18n-views/) that need more than the test site
// serves: the site's config.json with fields replaced, and DNS-over-HTTPS resolvers answered
// in-process by the fake resolver (test/fixtures/fake-doh.ts), so no view sends anything
// anywhere. Any request to a host other than loopback is refused before it leaves the browser:
// the views name hosts under the reserved .test TLD, and none of them is ever looked up.

import type { Page } from "playwright-core";
import { type FakeZone, fakeFetch } from "../fixtures/fake-doh.ts";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The site's config.json as JSON. */
export type SiteConfig = Record<string, unknown> & { probes: Record<string, string> };

/**
 * Serves the site's own config.json as `edit` changes it, answers DoH requests to the page's
 * own origin (any path ending in /dns-query; fake-doh.ts says what each path does) from `zone`,
 * and refuses every other host. `resolver(name, path)` in `edit` names such a resolver.
 */
export async function routeSite(
  page: Page,
  edit: (site: SiteConfig, resolver: (name: string, path: string) => object) => object,
  zone: FakeZone = {},
): Promise<void> {
  await page.route(
    (url) => !LOOPBACK.has(url.hostname),
    (route) => route.abort("namenotresolved"),
  );
  const doh = fakeFetch(zone);
  await page.route(
    (url) => LOOPBACK.has(url.hostname) && url.pathname.endsWith("/dns-query"),
    async (route) => {
      const request = route.request();
      const body = request.postDataBuffer();
      const answer = await doh.fetch(request.url(), {
        method: request.method(),
        ...(body ? { body: new Uint8Array(body) } : {}),
      });
      await route.fulfill({
        status: answer.status,
        headers: { "Content-Type": answer.headers.get("Content-Type") ?? "" },
        body: Buffer.from(await answer.arrayBuffer()),
      });
    },
  );
  await page.route("**/config.json", async (route) => {
    const site = (await (await route.fetch()).json()) as SiteConfig;
    const origin = new URL(route.request().url()).origin;
    const resolver = (name: string, path: string) => ({ name, url: `${origin}${path}` });
    await route.fulfill({ json: edit(site, resolver) });
  });
}
