// The warning that the site's own test names have the wrong DNS records, the footer note on
// what that check asks, a site with nothing to test and the local demo's banner, for the
// language tests in test/e2e/i18n.test.ts. The site's probe names
// are replaced by names under .test whose records the in-browser resolver gives
// (../i18n-routes.ts); nothing is looked up or fetched outside the browser.

import type { View } from "../i18n-checks.ts";
import { routeSite } from "../i18n-routes.ts";

export default [
  {
    name: "the setup warning: the site's test names have the wrong records",
    path: () => "",
    prepare: (page) =>
      routeSite(
        page,
        (site, resolver) => ({
          ...site,
          probes: {
            ...site.probes,
            v4: "http://v4.bad.test:9/echo",
            v6: "http://v6.bad.test:9/echo",
            large: "http://large.bad.test:9/echo",
            nat64: "http://nat64.bad.test:9/echo",
          },
          nat64Candidates: [
            { prefix: "2001:db8:64::/96", url: "http://[2001:db8:65::c633:6407]:9/echo" },
          ],
          doh: [resolver("Fake DNS", "/dns-query")],
        }),
        {
          "v4.bad.test": { A: ["198.51.100.7"], AAAA: ["2001:db8::4", "2001:db8::5"] },
          "v6.bad.test": { A: ["198.51.100.6"] },
          "nat64.bad.test": { A: ["198.51.100.64"], AAAA: ["64:ff9b::c000:201", "2001:db8::64"] },
          // large.bad.test is not in the zone: NXDOMAIN.
        },
      ),
    ready: async (page) => {
      await page.locator(".setup-warning li").first().waitFor({ timeout: 15_000 });
      await page.locator("footer .setup-check-note").waitFor();
    },
  },
  {
    name: "a site with nothing to test yet",
    path: () => "",
    prepare: (page) => routeSite(page, (site) => ({ ...site, probes: {} })),
    ready: (page) => page.locator(".not-set-up code").first().waitFor(),
  },
  {
    name: "the embed of a site with nothing to test yet",
    path: () => "?embed=1",
    prepare: (page) => routeSite(page, (site) => ({ ...site, probes: {} })),
    ready: (page) => page.locator(".not-set-up h1").waitFor(),
  },
  {
    name: "the local demo's banner",
    path: () => "",
    prepare: (page) => routeSite(page, (site) => ({ ...site, localDemo: true })),
    ready: async (page) => {
      await page.locator(".demo-banner").waitFor();
      await page.waitForFunction(() => window.selftest?.result, undefined, { timeout: 30_000 });
    },
  },
] satisfies View[];
