// The self-test end to end in headless Chromium, against echo endpoints on loopback: the page
// must reach the right verdict for the network it is shown, and always reach one.

import { existsSync, mkdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EchoHandle, startEcho } from "../../server/echo.ts";
import { localConfig } from "../../server/local-config.ts";
import { type StaticHandle, startStatic } from "../../server/static.ts";
import type { Result } from "../../src/core/result.ts";
import { hasChromium, type LaunchedBrowser, launchChromium } from "./browser.ts";
import { startSilent } from "./fixtures.ts";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const shots = fileURLToPath(new URL("../../test-results/", import.meta.url));

/**
 * An HTTP server that answers every request with a hotel-style login page; real portals send
 * no CORS headers, which makes the browser report their answer like a network failure.
 */
async function startPortal(cors: boolean): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, {
      "Content-Type": "text/html",
      ...(cors ? { "Access-Control-Allow-Origin": "*" } : {}),
    });
    res.end("<!DOCTYPE html><html><body><h1>Welcome! Please log in</h1></body></html>");
  });
  await new Promise<void>((r) => server.listen({ host: "::", port: 0 }, r));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

async function runPage(page: Page, url: string): Promise<Result> {
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.selftest?.result, undefined, {
    timeout: 30_000,
  });
  return (await handle.jsonValue()) as Result;
}

describe.skipIf(!hasChromium)("self-test in Chromium on loopback", () => {
  let browser: LaunchedBrowser;
  let site: StaticHandle;
  let both: EchoHandle;
  let v4only: EchoHandle;
  let portal: Awaited<ReturnType<typeof startPortal>>;
  let corslessPortal: Awaited<ReturnType<typeof startPortal>>;
  let silent: Awaited<ReturnType<typeof startSilent>>;

  beforeAll(async () => {
    if (!existsSync(`${dist}/index.html`)) throw new Error("dist/ is missing: run `npm run build`");
    // One echo on both loopback addresses at one port (so "localhost" reaches either), and one
    // on 127.0.0.1 only, as on a network whose IPv6 is gone.
    const first = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }] });
    const port = first.http[0]?.port ?? 0;
    const second = await startEcho({ listen: [{ host: "::1", port }] });
    both = {
      http: [...first.http, ...second.http],
      stun: [],
      close: async () => {
        await Promise.all([first.close(), second.close()]);
      },
    };
    v4only = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }] });
    portal = await startPortal(true);
    corslessPortal = await startPortal(false);
    silent = await startSilent("::");
    const p4 = v4only.http[0]?.port ?? 0;
    const loopback = (p: number, timeoutMs = 4000) =>
      JSON.stringify(
        localConfig({
          v4: { host: "127.0.0.1", port: p },
          v6: { host: "::1", port: p },
          dualStackName: { host: "localhost", port: p },
          timeoutMs,
        }),
      );
    site = await startStatic({
      root: dist,
      listen: [{ host: "127.0.0.1", port: 0 }],
      files: {
        "/config.json": loopback(port),
        "/v4only.json": loopback(p4),
        "/portal.json": loopback(portal.port),
        "/portal-nocors.json": loopback(corslessPortal.port),
        "/silent.json": loopback(silent.port, 1500),
        "/broken.json": '{"probes": {"v4": "ftp://nope"}}',
        // The shipped public/config.json: no test servers yet.
        "/shipped.json": readFileSync(new URL("../../public/config.json", import.meta.url), "utf8"),
        "/demo.json": JSON.stringify({ ...JSON.parse(loopback(port)), localDemo: true }),
      },
    });
    browser = await launchChromium({ viewport: { width: 390, height: 844 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([
      site?.close(),
      both?.close(),
      v4only?.close(),
      portal?.close(),
      silent?.close(),
    ]);
  });

  it("reaches dual-stack with both echoes up, and shows it in words", async () => {
    const page = await browser.context.newPage();
    const result = await runPage(page, site.urls[0] as string);
    expect(result.verdict.code).toBe("dual-stack");
    expect(result.verdict.ipv4).toBe("127.0.0.1");
    expect(result.verdict.ipv6).toBe("::1");
    expect(result.probes.every((p) => p.status === "ok")).toBe(true);
    await expect
      .poll(() => page.locator(".verdict-headline").textContent())
      .toContain("both IPv4 and IPv6");
    await expect.poll(() => page.locator("tr[data-probe]").count()).toBe(6);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/selftest-390x844.png`, fullPage: true });
    await page.close();
  });

  it("reaches ipv4-only when the IPv6 echo is gone", async () => {
    const page = await browser.context.newPage();
    const result = await runPage(page, `${site.urls[0]}?config=/v4only.json`);
    expect(result.verdict.code).toBe("ipv4-only");
    expect(result.probes.find((p) => p.kind === "v6")?.status).toBe("error");
    expect(result.probes.find((p) => p.kind === "ds")?.ip).toBe("127.0.0.1");
    await page.close();
  });

  for (const [name, config] of [
    ["with CORS headers", "portal.json"],
    ["without CORS headers, as real portals answer", "portal-nocors.json"],
  ]) {
    it(`reaches captive-portal when every probe gets a login page ${name}`, async () => {
      const page = await browser.context.newPage();
      const result = await runPage(page, `${site.urls[0]}?config=/${config}`);
      expect(result.verdict.code).toBe("captive-portal");
      expect(result.probes.every((p) => p.status === "bad-response")).toBe(true);
      await expect
        .poll(() => page.locator(".verdict-headline").textContent())
        .toContain("intercepting");
      await page.close();
    });
  }

  it("honours the timeout against a server that never answers, and still gives a verdict", async () => {
    const page = await browser.context.newPage();
    const result = await runPage(page, `${site.urls[0]}?config=/silent.json`);
    expect(result.verdict.code).toBe("offline");
    for (const probe of result.probes) {
      expect(probe.status).toBe("timeout");
      expect(probe.ms).toBeGreaterThanOrEqual(1400);
      expect(probe.ms).toBeLessThan(4000);
    }
    await page.close();
  });

  it("a site with nothing to test says it is not set up: no verdict, no share panel, no run", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.urls[0]}?config=/shipped.json`);
    const notice = page.locator(".not-set-up");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("This test is not set up yet");
    expect(await notice.locator("code").allTextContents()).toEqual([
      "config.json",
      "docs/deploy.md",
    ]);
    // The panels that need no test servers are still there.
    await page.getByRole("heading", { name: "Check my server" }).waitFor();
    const yours = page.locator("section[aria-labelledby=selftest-title]");
    expect(await yours.locator("[data-verdict], .result, .progress, button").count()).toBe(0);
    expect(await page.locator(".share, #share-link").count()).toBe(0);
    expect(await page.evaluate(() => window.selftest?.result ?? null)).toBe(null);
    // The embed says so too, as its one heading.
    await page.goto(`${site.urls[0]}?config=/shipped.json&embed=1`);
    await page.locator("main .not-set-up h1").waitFor();
    expect(await page.locator("[data-verdict]").count()).toBe(0);
    await page.close();
  });

  it("npm start's page says it tests this computer, not the visitor's connection", async () => {
    const page = await browser.context.newPage();
    await runPage(page, `${site.urls[0]}?config=/demo.json`);
    const banner = page.locator(".demo-banner");
    expect(await banner.textContent()).toMatch(/^Local demo: .*not your internet connection\.$/);
    // Above everything else on the page, heading included.
    expect(await page.locator("main > :first-child").getAttribute("class")).toContain(
      "demo-banner",
    );
    // Only there: a deployment's page has no such banner.
    await runPage(page, site.urls[0] as string);
    expect(await page.locator(".demo-banner").count()).toBe(0);
    await page.close();
  });

  it("names the bad field of a broken config instead of showing a blank page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.urls[0]}?config=/broken.json`);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("probes.v4");
    await page.close();
  });

  it("says so when the self-test's code cannot load, and runs after a reload", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // The engine chunk (main.tsx requests it with the config): lost, as on a dropped connection.
    const engine = /\/assets\/run-[\w-]+\.js$/;
    await page.route(engine, (route) => route.abort());
    await page.goto(site.urls[0] as string);
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toBe("This part of the page could not be loaded. Reload to try again.");
    expect(await page.getByRole("button", { name: "Run the test again" }).count()).toBe(1);
    // As the message says: a reload, once the connection is back, runs it.
    await page.unroute(engine);
    await page.reload();
    await page.waitForFunction(() => window.selftest?.result, undefined, { timeout: 30_000 });
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await page.locator("#verdict-headline").textContent()).toContain("both IPv4 and IPv6");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs again on request, exposes the new Result and takes the visitor to it", async () => {
    const page = await browser.context.newPage();
    const first = await runPage(page, site.urls[0] as string);
    // A screen reader hears the verdict when a run ends.
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Test finished." }).textContent())
      .toContain("both IPv4 and IPv6");
    const done = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          window.addEventListener(
            "selftest:done",
            (e) => resolve((e as CustomEvent<Result>).detail.startedAt),
            {
              once: true,
            },
          ),
        ),
    );
    const button = page.getByRole("button", { name: "Test again" });
    await button.scrollIntoViewIfNeeded();
    await button.press("Enter");
    const startedAt = await done;
    expect(startedAt).not.toBe(first.startedAt);
    // Keyboard focus lands on the new verdict, which is scrolled into view.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("verdict-headline");
    expect(await page.locator("#verdict-headline").isVisible()).toBe(true);
    const box = await page.locator("#verdict-headline").boundingBox();
    expect(box && box.y >= 0 && box.y < 844).toBe(true);
    await page.close();
  });
});
