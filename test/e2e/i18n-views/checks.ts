// Views of "Check my server" when DNS over HTTPS fails, for the language tests in
// test/e2e/i18n.test.ts: the resolvers' failures in the findings and, in full, under
// "Technical details" (opened). The resolvers are answered in the browser (../i18n-routes.ts).

import type { Page } from "playwright-core";
import type { View } from "../i18n-checks.ts";
import { routeSite } from "../i18n-routes.ts";

/** Checks `name` in the panel and opens its technical details. */
async function check(page: Page, name: string): Promise<void> {
  await page.locator("#server-check-input").fill(name);
  await page.locator(".server-check form button[type=submit]").click();
  await page.locator(".server-check-result .server-report").waitFor({ timeout: 15_000 });
  await page.locator(".server-details summary").click();
}

export default [
  {
    name: "Check my server: every resolver fails its own way",
    path: () => "",
    prepare: (page) =>
      routeSite(
        page,
        (site, resolver) => ({
          ...site,
          doh: [
            resolver("Portal DNS", "/html/dns-query"), // a sign-in page
            resolver("Gone DNS", "/gone/dns-query"), // HTTP 404
            resolver("Fake DNS", "/dns-query"), // a DNS answer that cannot be read
            { ...resolver("Fake DNS64", "/dns64/dns-query"), dns64: true },
          ],
        }),
        { "malformed.example.com": { behavior: "malformed" } },
      ),
    ready: (page) => check(page, "malformed.example.com"),
  },
  {
    name: "Check my server: DNS over HTTPS does not get through",
    path: () => "",
    prepare: (page) =>
      routeSite(page, (site, resolver) => ({
        ...site,
        doh: [resolver("Portal DNS", "/html/dns-query"), resolver("Gone DNS", "/gone/dns-query")],
      })),
    ready: (page) => check(page, "vpn.example.com"),
  },
] satisfies View[];
