// "Check my server" and the setup warning end to end in Chromium: the built page, served on
// 127.0.0.1, asks a fake DNS-over-HTTPS resolver on another 127.0.0.1 port (cross-origin, with
// CORS) about A-only, dual-stack, CNAME-chained, NXDOMAIN and malformed names, and about the
// probe names of its own config; a second resolver never answers. Host-name resolution in the
// browser is disabled, so nothing can reach a real resolver; the test checks that too.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticHandle, startStatic } from "../../server/static.ts";
import { loadAllCatalogs } from "../fixtures/catalogs.ts";
import { type FakeDohServer, type FakeZone, startFakeDoh } from "../fixtures/fake-doh.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from "./browser.ts";
import { englishFragments, textOverflow } from "./i18n-checks.ts";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

const ZONE: FakeZone = {
  "vpn4.example.com": { A: ["198.51.100.7"] },
  "dual.example.com": {
    A: ["192.0.2.10"],
    AAAA: ["2001:db8::10"],
    HTTPS: { priority: 1, alpn: ["h2"], ipv4hint: ["192.0.2.10"], ipv6hint: ["2001:db8::10"] },
  },
  "www.example.com": { CNAME: "cdn.example.net" },
  "cdn.example.net": { CNAME: "edge.example.org" },
  "edge.example.org": { A: ["203.0.113.5"] },
  "malformed.example.com": { behavior: "malformed" },
  // The deployment's own probe names: one right setup, one wrong.
  "v4.good.test": { A: ["198.51.100.7"] },
  "v6.good.test": { AAAA: ["2001:db8::6"] },
  "nat64.good.test": { AAAA: ["64:ff9b::c633:6407"] },
  "v4.bad.test": { A: ["198.51.100.7"], AAAA: ["2001:db8::4"] },
  "nat64.bad.test": { AAAA: ["64:ff9b::c000:201"] },
};

if (!hasChromium) {
  console.warn(
    `Skipping the DoH browser tests: ${CHROMIUM_PATH} not found (apt-get install chromium).`,
  );
}

describe.skipIf(!hasChromium)("DoH panels in Chromium", () => {
  let doh: FakeDohServer;
  let site: StaticHandle;
  let context: BrowserContext;
  let profile: string;
  let base: string;
  const requested: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(dist, "index.html"))) {
      throw new Error("dist/ is missing: run `npm run build` first");
    }
    doh = await startFakeDoh(ZONE);
    const resolver = (name: string, path: string, dns64 = false) => ({
      name,
      url: `${doh.origin}${path}`,
      ...(dns64 ? { dns64: true } : {}),
    });
    // Probe URLs point at a closed port on 127.0.0.1 (names are only looked up over DoH).
    const config = (doh: object[], probes: Record<string, string> = {}) =>
      JSON.stringify({ probes, timeoutMs: 1000, doh });
    const normal = [
      resolver("Fake DNS", "/dns-query"),
      resolver("Fake DNS64", "/dns64/dns-query", true),
    ];
    site = await startStatic({
      root: dist,
      listen: [{ host: "127.0.0.1", port: 0 }],
      files: {
        "/config.json": config(normal),
        "/blocked.json": config([resolver("Silent DNS", "/hang/dns-query")]),
        "/fallback.json": config([
          resolver("Silent DNS", "/hang/dns-query"),
          resolver("Fake DNS", "/dns-query"),
        ]),
        "/failing.json": config([
          resolver("Portal DNS", "/html/dns-query"),
          resolver("Gone DNS", "/gone/dns-query"),
          resolver("Fake DNS", "/dns-query"),
        ]),
        "/setup-good.json": config(normal, {
          v4: "http://v4.good.test:9/echo",
          v6: "http://v6.good.test:9/echo",
          nat64: "http://nat64.good.test:9/echo",
        }),
        "/setup-bad.json": config(normal, {
          v4: "http://v4.bad.test:9/echo",
          nat64: "http://nat64.bad.test:9/echo",
        }),
      },
    });
    base = site.urls[0] as string;
    profile = mkdtempSync(join(tmpdir(), "selftest-doh-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      // No host name resolves in this browser: only 127.0.0.1 literals can be reached.
      args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
      viewport: { width: 360, height: 780 },
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: base.replace(/\/$/, ""),
    });
    context.on("request", (r) => requested.push(r.url()));
  });

  afterAll(async () => {
    await context?.close().catch(() => {});
    if (profile) rmSync(profile, { recursive: true, force: true });
    await site?.close();
    await doh?.close();
  });

  async function openPanel(configPath?: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(configPath ? `${base}?config=${configPath}` : base);
    await page.getByRole("heading", { name: "Check my server" }).waitFor();
    return page;
  }

  async function check(page: Page, text: string, client = ""): Promise<string> {
    await page.getByLabel("Server name or WireGuard Endpoint line").fill(text);
    if (client) await page.getByLabel("The server address your VPN app shows").fill(client);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const report = page.locator(".server-check-result .server-report");
    await report.waitFor({ timeout: 15_000 });
    return (await report.textContent()) ?? "";
  }

  /** The "Technical details" table as label → value, after opening it as a person would. */
  async function details(page: Page): Promise<Record<string, string>> {
    await page.getByText("Technical details").click();
    const rows = await page
      .locator(".server-details tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector("th")?.textContent ?? "",
          tr.querySelector("td")?.textContent ?? "",
        ]),
      );
    return Object.fromEntries(rows);
  }

  it("an A-only WireGuard endpoint: NAT64 only, synthesized address, fix lines, client address", async () => {
    const page = await openPanel();
    const text = await check(
      page,
      "Endpoint = vpn4.example.com:51820",
      "[64:ff9b::c633:6407]:51820",
    );
    expect(text).toContain(
      "vpn4.example.com has no IPv6 address (no AAAA record). People on IPv6-only networks reach it only through their carrier's NAT64",
    );
    expect(text).toContain("it is reached at 64:ff9b::c633:6407 (198.51.100.7 inside)");
    expect(text).toContain("Fake DNS64 returns the same: 64:ff9b::c633:6407.");
    expect(text).toContain(
      "Confirmed: 64:ff9b::c633:6407 is vpn4.example.com's IPv4 address 198.51.100.7 inside the NAT64 prefix 64:ff9b::/96.",
    );
    expect(text).toContain("The real fix: Publish an AAAA record for vpn4.example.com");
    const snippet = [
      "[Peer]",
      "Endpoint = vpn4.example.com:51820",
      "AllowedIPs = 0.0.0.0/0, ::/0",
      "PersistentKeepalive = 25",
    ].join("\n");
    expect(await page.getByTestId("wg-snippet").textContent()).toBe(snippet);
    // The path picture from the self-test, with the prefix used.
    const caption = page.locator(".server-report figure.path-diagram figcaption");
    expect(await caption.textContent()).toContain("inside 64:ff9b::/96");

    const copy = page.getByRole("button", { name: "Copy these lines" });
    expect((await copy.boundingBox())?.height).toBeGreaterThanOrEqual(48);
    await copy.click();
    await page.getByText("Copied.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // The lookups went to the fake resolvers, each as a GET (no preflight needed).
    const asked = doh.requests.filter((r) => r.name === "vpn4.example.com");
    expect(asked.map((r) => `${r.method} ${r.path} ${r.type}`).sort()).toEqual([
      "GET /dns-query A",
      "GET /dns-query AAAA",
      "GET /dns-query HTTPS",
      "GET /dns64/dns-query AAAA",
    ]);
    await page.close();
  });

  it("a dual-stack name: reached directly over IPv6, HTTPS hints shown", async () => {
    const page = await openPanel();
    const text = await check(page, "dual.example.com");
    expect(text).toContain(
      "dual.example.com has an IPv6 address, so people on IPv6-only networks reach it directly, without NAT64.",
    );
    expect(text).toContain("It has IPv4 too, so IPv4-only networks reach it as well.");
    expect(text).not.toContain("Your WireGuard tunnel");
    expect(await details(page)).toEqual({
      "IPv4 (A)": "192.0.2.10",
      "IPv6 (AAAA)": "2001:db8::10",
      "HTTPS record hints": "192.0.2.10, 2001:db8::10",
      "Answered by": "Fake DNS",
    });
    await page.close();
  });

  it("a CNAME chain is followed to the addresses", async () => {
    const page = await openPanel();
    const text = await check(page, "https://www.example.com/some/page");
    expect(text).toContain("www.example.com has no IPv6 address (no AAAA record).");
    expect(text).toContain("it is reached at 64:ff9b::cb00:7105 (203.0.113.5 inside)");
    expect(await details(page)).toMatchObject({
      "IPv4 (A)": "203.0.113.5",
      "IPv6 (AAAA)": "none",
      "CNAME chain": "www.example.com → cdn.example.net → edge.example.org",
      Synthesized: "64:ff9b::cb00:7105 (203.0.113.5 in 64:ff9b::/96, well-known prefix)",
      "DNS64 check (Fake DNS64)": "64:ff9b::cb00:7105",
    });
    await page.close();
  });

  it("NXDOMAIN, a malformed answer and bad input are plain messages", async () => {
    const page = await openPanel();
    expect(await check(page, "nx.example.com")).toContain(
      "nx.example.com does not exist in DNS (NXDOMAIN). Check the spelling",
    );
    const malformed = await check(page, "malformed.example.com");
    expect(malformed).toContain(
      "malformed.example.com could not be looked up: the DNS servers did not give a usable answer.",
    );
    // What the DoH client knows stays available for whoever runs the name's DNS.
    expect((await details(page))["A lookup error"]).toBe(
      "Fake DNS: sent a DNS answer that cannot be read from byte 72 on",
    );
    await page.getByLabel("Server name or WireGuard Endpoint line").fill("localhost");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByText("“localhost” needs a domain, like localhost.example.com.").waitFor();
    await page.close();
  });

  /** The panel with a full report (WireGuard advice, client address, details open) in `lang`. */
  async function fullReportIn(lang: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${base}?lang=${lang}`);
    await page.locator(".server-check form").waitFor();
    await page.locator("#server-check-input").fill("Endpoint = vpn4.example.com");
    await page.locator("#server-check-client").fill("64:ff9b::c000:201");
    await page.locator(".server-check form button[type=submit]").click();
    await page.locator(".server-check-result .server-report").waitFor({ timeout: 15_000 });
    await page.locator(".server-details summary").click();
    return page;
  }

  /** The panel's visible words and placeholders; the path picture is the results view's. */
  const panelTexts = (page: Page) =>
    page.locator(".server-check").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const figure of copy.querySelectorAll("figure")) figure.remove();
      const placeholders = [...copy.querySelectorAll("[placeholder]")].map(
        (e) => e.getAttribute("placeholder") ?? "",
      );
      return [copy.textContent ?? "", ...placeholders].map((t) => t.replace(/\s+/g, " "));
    });

  it("speaks German through and through", async () => {
    const page = await fullReportIn("de");
    const [text = ""] = await panelTexts(page);
    expect(text).toContain(
      "vpn4.example.com hat keine IPv6-Adresse (keinen AAAA-Eintrag). Menschen in reinen IPv6-Netzen erreichen den Server nur über das NAT64 ihres Anbieters",
    );
    expect(text).toContain("Fake DNS64 liefert dasselbe: 64:ff9b::c633:6407.");
    expect(text).toContain("Ihr WireGuard-Tunnel");
    const english = englishFragments(await loadAllCatalogs(), "de");
    const left = (await panelTexts(page)).flatMap((t) => english.filter((f) => t.includes(f)));
    expect(left).toEqual([]);
    await page.close();
  });

  it("fits a 360 px phone in the pseudo-locale (accented, 40% longer)", async () => {
    const page = await fullReportIn("en-XA");
    expect(await textOverflow(page)).toEqual([]);
    // Control: the report really is in the pseudo-locale, not in English.
    const english = englishFragments(await loadAllCatalogs(), null);
    const left = (await panelTexts(page)).flatMap((t) => english.filter((f) => t.includes(f)));
    expect(left).toEqual([]);
    await page.close();
  });

  it("a resolver that never answers: the visitor is told DoH is blocked, within seconds", async () => {
    const page = await openPanel("/blocked.json");
    const started = Date.now();
    await check(page, "vpn4.example.com");
    expect(Date.now() - started).toBeLessThan(5000);
    // One plain sentence (this config has nothing to test, so no self-test says whether the
    // device is online); what each resolver did is folded away in the technical details.
    expect(await page.locator(".server-report .server-headline").textContent()).toBe(
      "The lookup services this page uses could not be reached, so vpn4.example.com could not be checked from here; that says nothing about your server.",
    );
    expect(await page.locator(".server-report .findings").count()).toBe(0);
    expect(await page.locator(".server-details").getAttribute("open")).toBe(null);
    expect((await details(page))["A lookup error"]).toBe("Silent DNS: no answer within 1 s");
    await page.close();
  });

  it("says in German, in one sentence, that the lookup failed, and what each resolver did wrong in the details", async () => {
    const page = await context.newPage();
    await page.goto(`${base}?lang=de&config=/failing.json`);
    await page.locator("#server-check-input").fill("malformed.example.com");
    await page.locator(".server-check form button[type=submit]").click();
    const report = page.locator(".server-check-result .server-report");
    await report.waitFor({ timeout: 15_000 });
    expect(await report.locator(".server-headline").textContent()).toBe(
      "malformed.example.com konnte nicht nachgeschlagen werden: Die DNS-Server haben keine brauchbare Antwort gegeben.",
    );
    expect(await report.locator(".findings").count()).toBe(0);
    await page.locator(".server-details summary").click();
    const rows = await page
      .locator(".server-details tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector("th")?.textContent, tr.querySelector("td")?.textContent]),
      );
    expect(Object.fromEntries(rows)["Fehler bei der A-Abfrage"]).toBe(
      "Portal DNS: hat mit text/html statt mit einer DNS-Nachricht geantwortet (ein Filter oder eine Anmeldeseite?); Gone DNS: hat mit dem HTTP-Status 404 geantwortet; Fake DNS: hat eine DNS-Antwort geschickt, die ab Byte 72 nicht lesbar ist",
    );
    await page.close();
  });

  it("falls back to the next resolver and says which one answered", async () => {
    const page = await openPanel("/fallback.json");
    const text = await check(page, "vpn4.example.com");
    expect(text).toContain("vpn4.example.com has no IPv6 address");
    expect((await details(page))["Answered by"]).toBe("Fake DNS");
    await page.close();
  });

  it("warns when the deployment's own probe names have the wrong records", async () => {
    const page = await context.newPage();
    await page.goto(`${base}?config=/setup-bad.json`);
    const warning = page.locator(".setup-warning");
    await warning.waitFor({ timeout: 15_000 });
    const text = await warning.textContent();
    expect(text).toContain("This test is set up wrong, so the verdict below may be wrong.");
    expect(text).toContain(
      "The IPv4-only test name v4.bad.test also has an IPv6 address (2001:db8::4), so reaching it does not prove IPv4 works.",
    );
    expect(text).toContain(
      "The NAT64 test name nat64.bad.test points to 64:ff9b::c000:201, which carries 192.0.2.1, but the IPv4-only test name v4.bad.test is 198.51.100.7",
    );
    await page.close();
  });

  it("warns in German and Spanish too", async () => {
    const page = await context.newPage();
    await page.goto(`${base}?lang=de&config=/setup-bad.json`);
    const warning = page.locator(".setup-warning");
    await warning.waitFor({ timeout: 15_000 });
    expect(await warning.textContent()).toContain(
      "Der reine IPv4-Testname v4.bad.test hat auch eine IPv6-Adresse (2001:db8::4). Dass er erreichbar ist, beweist daher nicht, dass IPv4 funktioniert.",
    );
    await page.goto(`${base}?lang=es&config=/setup-bad.json`);
    await warning.waitFor({ timeout: 15_000 });
    expect(await warning.textContent()).toContain(
      "El nombre de prueba NAT64 nat64.bad.test apunta a 64:ff9b::c000:201, que lleva dentro 192.0.2.1, pero el nombre de prueba solo IPv4 v4.bad.test tiene la dirección 198.51.100.7",
    );
    await page.close();
  });

  it("shows no warning when the probe names are right", async () => {
    const page = await context.newPage();
    const before = doh.requests.length;
    await page.goto(`${base}?config=/setup-good.json`);
    await page.getByRole("heading", { name: "Check my server" }).waitFor();
    // Wait until all six lookups (A and AAAA for three names) have been answered.
    await expect
      .poll(() => doh.requests.slice(before).filter((r) => r.name.endsWith(".good.test")).length)
      .toBe(6);
    await page.waitForTimeout(300);
    expect(await page.locator(".setup-warning").count()).toBe(0);
    await page.close();
  });

  it("says on the page what goes to the DoH resolvers, and to which", async () => {
    const page = await context.newPage();
    await page.goto(`${base}?config=/setup-good.json`);
    const near = page.locator("form .server-check-privacy");
    await near.waitFor();
    expect(await near.textContent()).toMatch(
      /^Checking sends the name you type to public DNS-over-HTTPS resolvers \(Fake DNS and Fake DNS64\), which also see your IP address\.$/,
    );
    const footer = page.locator("footer .setup-check-note");
    await footer.waitFor();
    expect(await footer.textContent()).toMatch(
      /every visit asks public DNS-over-HTTPS resolvers \(Fake DNS\) for the addresses of its test servers/,
    );
    await page.close();
  });

  it("sent every DNS question to the fake resolver on 127.0.0.1", () => {
    const dnsQueries = requested.filter((u) => new URL(u).pathname.endsWith("/dns-query"));
    expect(dnsQueries.length).toBeGreaterThan(10);
    expect(dnsQueries.every((u) => u.startsWith(`${doh.origin}/`))).toBe(true);
    // The only other hosts are the test config's probe names under the reserved .test TLD,
    // which this browser cannot resolve (--host-resolver-rules).
    const others = [...new Set(requested.map((u) => new URL(u).hostname))].filter(
      (h) => h !== "127.0.0.1",
    );
    expect(others.every((h) => h.endsWith(".test"))).toBe(true);
  });
});
