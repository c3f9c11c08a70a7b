// Views of the app shell, the configuration problems, the share panel, the shared result and
// the embed view, for the language tests in test/e2e/i18n.test.ts. Each part of the page keeps
// its views in its own file here.

import type { View } from "../i18n-checks.ts";

export default [
  {
    name: "progress while the probes run",
    path: () => "?config=/slow.json",
    ready: (page) => page.locator(".progress-list li").first().waitFor(),
  },
  {
    name: "a finished run with the share panel",
    path: () => "",
    ready: async (page) => {
      await page.waitForFunction(() => window.selftest?.result, undefined, { timeout: 30_000 });
      await page.waitForFunction(() =>
        document.querySelector<HTMLInputElement>("#share-link")?.value.includes("#r="),
      );
    },
  },
  {
    name: "a link's configuration that cannot be used",
    path: () => "?config=/broken.json",
    ready: (page) => page.locator("[data-fault=link]").waitFor(),
  },
  {
    name: "a configuration address that is not valid",
    path: () => `?config=${encodeURIComponent("http://[")}`,
    ready: (page) => page.locator("[data-fault=link]").waitFor(),
  },
  {
    name: "the site's own configuration broken",
    path: ({ brokenSite }) => brokenSite,
    ready: (page) => page.locator("[data-fault=site]").waitFor(),
  },
  {
    name: "settings that did not arrive",
    path: () => "",
    prepare: (page) => page.route("**/config.json", (route) => route.abort()),
    ready: (page) => page.locator("[data-fault=network]").waitFor(),
  },
  {
    name: "the embedded view",
    path: () => "?embed=1",
    ready: (page) => page.locator(".embed[data-verdict=dual-stack]").waitFor({ timeout: 30_000 }),
  },
  {
    name: "a shared result",
    path: ({ share }) => `#r=${share}`,
    ready: (page) => page.locator(".shared-label").waitFor(),
  },
  {
    name: "a results link that cannot be shown",
    path: () => "#r=1zAAAA",
    ready: (page) => page.locator(".shared-error").waitFor(),
  },
] satisfies View[];
