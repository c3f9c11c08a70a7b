// Result links end to end in Chromium: run → share link → open it in a fresh browser → the same
// verdict and probes, read-only; and hostile links → a plain message, with no script running.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "../../src/core/base64url.ts";
import type { Result } from "../../src/core/result.ts";
import { redactResult } from "../../src/core/share/redact.ts";
import { encodeShare } from "../../src/core/share/share-link.ts";
import type { I18n } from "../../src/i18n/i18n.ts";
import { headline, reasonText } from "../../src/ui/words/verdict.ts";
import { loadAllCatalogs } from "../fixtures/catalogs.ts";
import { i18nFor } from "../fixtures/i18n.tsx";
import { RECORDED_V1_LINK, RECORDED_V2_ENGLISH_MASKED } from "../unit/share/share-fixtures.ts";
import { hasChromium, type LaunchedBrowser, launchChromium } from "./browser.ts";
import { dualStackResult, type LoopbackSite, runPage, startDualStackSite } from "./fixtures.ts";
import { englishFragments, englishLeft } from "./i18n-checks.ts";

const PHONE_NUMBER = "Call 1-800-555-0100";
const XSS = `<img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=1"></svg><script>window.__pwned=1</script>`;

declare global {
  interface Window {
    __pwned?: number;
  }
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A format-1 payload carrying any JSON, as a tamperer would build it. */
async function craft(json: string): Promise<string> {
  return `1z${toBase64Url(await deflateRaw(new TextEncoder().encode(json)))}`;
}

/** A link's compact JSON, as the page encodes it. */
async function compactOf(result: Result) {
  const payload = await encodeShare(result, "none", { compress: false });
  return JSON.parse(new TextDecoder().decode(fromBase64Url(payload.slice(2)) ?? undefined));
}

/**
 * A link to `result` that also carries `words` where older pages wrote sentences (reasons,
 * NAT64 evidence, probe details): what a tamperer would put there.
 */
async function withSentences(result: Result, words: string[]): Promise<string> {
  const compact = await compactOf(result);
  compact.v.r = words;
  compact.v.n.e = words;
  for (const probe of compact.b) probe.x = words[0];
  return craft(JSON.stringify(compact));
}

/** The page's English words, about someone else's network: what a shared view says. */
let shared: I18n;
/** What a shared view says instead of reasons its link's measurements do not support. */
let NOT_SHOWN: string;

/** What the probe table shows, row by row: test, result and address columns. */
async function probeRows(page: Page): Promise<string[][]> {
  return page.locator("tr[data-probe]").evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll("th, td")].map((c) => c.textContent?.trim() ?? "");
      return [row.getAttribute("data-probe") ?? "", cells[0] ?? "", cells[1] ?? "", cells[3] ?? ""];
    }),
  );
}

/** Every script-running path a payload could take sets window.__pwned or opens a dialog. */
function watchForScript(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

describe.skipIf(!hasChromium)("result links in Chromium", () => {
  beforeAll(async () => {
    shared = (await i18nFor("en", ["shell", "verdict", "results"])).withVoice("shared");
    NOT_SHOWN = reasonText(shared, { code: "reasons-not-shown" });
  });

  let site: LoopbackSite;
  let sender: LaunchedBrowser;
  let recipient: LaunchedBrowser;
  let base: string;

  beforeAll(async () => {
    site = await startDualStackSite();
    base = site.base;
    // Two separate browsers (profiles): the link travels from one person to another.
    sender = await launchChromium();
    recipient = await launchChromium();
    for (const browser of [sender, recipient]) {
      await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: new URL(base).origin,
      });
    }
  }, 60_000);

  afterAll(async () => {
    await sender?.close();
    await recipient?.close();
    await site?.close();
  });

  it("run → share link → a fresh browser shows the same verdict and probes, read-only", async () => {
    const page = await sender.context.newPage();
    const result = await runPage(page, base);
    const share = page.getByRole("region", { name: "Share results" });
    await expect
      .poll(() => share.getByText(/By default your IP addresses are hidden/).count())
      .toBe(1);
    expect(await share.getByLabel(/Hide them/).isChecked()).toBe(true);

    // The visitor chooses to include the addresses, then copies the link.
    await share.getByLabel(/Include them/).check();
    const linkBox = page.getByLabel("Results link");
    await expect.poll(() => linkBox.inputValue()).toMatch(/#r=2[zj][A-Za-z0-9_-]+$/);
    const link = await linkBox.inputValue();
    expect(link.startsWith(base)).toBe(true);
    expect(link.length).toBeLessThan(1500);
    await share.getByRole("button", { name: "Copy link" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Link copied" }).count())
      .toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const liveReasons = await page.locator(".reasons li").allTextContents();
    expect(liveReasons.length).toBe(result.verdict.reasons.length);
    const liveRows = await probeRows(page);
    expect(liveRows).toHaveLength(result.probes.length);

    // The recipient opens it: nothing is tested, the recorded result is shown and labelled.
    const other = await recipient.context.newPage();
    const requests: string[] = [];
    other.on("request", (request) => requests.push(request.url()));
    await other.goto(link);
    await expect
      .poll(() => other.locator(".shared-label").textContent())
      .toMatch(
        // The time as the reader's locale writes it, in their time zone, which it names.
        /^Results recorded on [A-Z][a-z]+ \d{1,2}, 20\d\d at \d{1,2}:\d\d:\d\d [AP]M \S+ from Headless Chrome \d+ on Linux; this is not your network\.$/,
      );
    // The same verdict, spoken of as someone else's network.
    expect(await other.locator(".verdict-headline").textContent()).toBe(
      headline(shared, result.verdict.code),
    );
    expect(await other.locator("[data-verdict]").first().getAttribute("data-verdict")).toBe(
      result.verdict.code,
    );
    expect(await probeRows(other)).toEqual(liveRows);
    // The reasons come again from the measurements: the sender's, about that network.
    expect(await other.locator(".reasons li").allTextContents()).toEqual(
      result.verdict.reasons.map((reason) => reasonText(shared, reason)),
    );
    expect(await other.getByRole("button", { name: /run the test/i }).count()).toBe(0);
    expect(await other.getByRole("region", { name: "Share results" }).count()).toBe(0);
    expect(await other.evaluate(() => window.selftest?.result ?? null)).toBeNull();
    expect(requests.filter((url) => url.includes("/echo"))).toEqual([]);

    // "Test my own network" leaves the link and runs the test here.
    await other.getByRole("link", { name: "Test my own network" }).first().click();
    await other.waitForFunction(() => window.selftest?.result, undefined, { timeout: 30_000 });
    expect(new URL(other.url()).hash).toBe("");
    await page.close();
    await other.close();
  });

  it("hides addresses by default, and Copy as text gives a ticket-ready report", async () => {
    const page = await sender.context.newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.selftest?.result, undefined, { timeout: 30_000 });
    const linkBox = page.getByLabel("Results link");
    await expect.poll(() => linkBox.inputValue()).toMatch(/#r=/);
    await page.getByRole("button", { name: "Copy as text" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "copied as text" }).count())
      .toBe(1);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^Network self-test result\n\nVerdict: /);
    expect(text).toContain("\nProbes:\n- IPv4-only name [v4]: ok, ");
    expect(text).toContain(
      "IPv4 address: [loopback IPv4 address in 127.0.0.0/24] (hidden by the sender",
    );
    expect(text).toContain(`Link: ${await linkBox.inputValue()}`);

    const other = await recipient.context.newPage();
    await other.goto(await linkBox.inputValue());
    await expect.poll(() => other.getByText("The sender hid their IP addresses").count()).toBe(1);
    const addresses = await other.locator("tr[data-probe] td:nth-child(4) .mono").allTextContents();
    expect(addresses.length).toBeGreaterThan(0);
    for (const cell of addresses)
      expect(cell).toMatch(/^\[loopback IPv(4 address in 127\.0\.0\.0\/24|6 address)\]$/);
    await page.close();
    await other.close();
  });

  it("hidden addresses read in the reader's language, from links of every age", async () => {
    const catalogs = await loadAllCatalogs();
    const links = [
      ["made today", await encodeShare(redactResult(dualStackResult(true), "masked"), "masked")],
      ["format 2, before hidden addresses were facts", RECORDED_V2_ENGLISH_MASKED.cgn],
      ["format 1", RECORDED_V1_LINK],
    ] as const;
    const words = {
      de: /\[IPv4-Adresse aus [\d.]+\/24 \(/,
      es: /\[dirección IPv4 [^\]]* en [\d.]+\/24\]/,
    };
    const page = await recipient.context.newPage();
    for (const locale of ["de", "es"] as const) {
      const english = englishFragments(catalogs, locale);
      for (const [name, payload] of links) {
        await page.goto("about:blank");
        await page.goto(`${base}?lang=${locale}#r=${payload}`);
        await page.locator(".shared-label").waitFor();
        await page.locator(".result details").evaluateAll((all) => {
          for (const details of all) (details as HTMLDetailsElement).open = true;
        });
        const message = `${locale}, ${name}`;
        const text = (await page.locator("main").textContent()) ?? "";
        expect(text, message).toMatch(words[locale]);
        expect(text, message).not.toMatch(/m[46]:|\[[a-z-]+ IPv[46]/);
        expect(await englishLeft(page, english), message).toEqual([]);
      }
    }
    await page.close();
  });

  it("hostile text in every field is neither shown nor run", async () => {
    const hostile: Result = {
      version: 2,
      configDigest: "3f9a1c2e", // any other text refuses the whole link (next test)
      startedAt: "2026-11-28T04:14:13.000Z",
      durationMs: 1000,
      userAgent: XSS,
      pageProtocol: "https:",
      probes: [
        {
          id: XSS.slice(0, 120),
          kind: "v4",
          url: `https://x.example/${XSS}`,
          status: "ok",
          ms: 10,
          ip: "192.0.2.1",
        },
      ],
      webrtc: {
        name: {
          status: "ok",
          srflx: ["192.0.2.1"],
          lookupError: false,
          errorEvents: true,
          hostCandidates: 0,
          complete: true,
          ms: 1,
        },
      },
      verdict: {
        code: "dual-stack",
        rule: null,
        nat64: { detected: null, prefix: null, evidence: [] },
        clat: null,
        ipv4: "192.0.2.1",
        ipv6: null,
        confidence: "high",
        reasons: [],
      },
    };
    const page = await recipient.context.newPage();
    const seen = watchForScript(page);
    await page.goto(
      `${base}#r=${await withSentences(hostile, [XSS, "javascript:window.__pwned=1"])}`,
    );
    await expect.poll(() => page.locator(".shared-label").count()).toBe(1);
    // None of the link's own text is shown: its measurements do not lead to its verdict, so
    // the recorded verdict comes without reasons…
    await expect.poll(() => page.locator(".reasons li").allTextContents()).toEqual([NOT_SHOWN]);
    expect(await page.locator("main").textContent()).not.toMatch(/onerror|__pwned|<img|<script/);
    // …and the markup became no element and ran nothing.
    expect(
      await page.locator("main img, main svg:not(.path-diagram svg), main script").count(),
    ).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    // Control: the same markup, if it ever reached the DOM as HTML, would set the flag.
    await page.evaluate((markup) => {
      const div = document.createElement("div");
      div.innerHTML = markup;
      document.body.append(div);
    }, XSS);
    await expect.poll(() => page.evaluate(() => window.__pwned)).toBe(1);
    // Markup in an address field: the link is refused outright.
    const inAddress: Result = {
      ...hostile,
      probes: hostile.probes.map((p) => ({ ...p, ip: XSS.slice(0, 120) })),
    };
    const refused = await recipient.context.newPage();
    const seenRefused = watchForScript(refused);
    await refused.goto(`${base}#r=${await encodeShare(inAddress)}`);
    await expect
      .poll(() => refused.getByRole("alert").filter({ hasText: "cannot be shown" }).count())
      .toBe(1);
    expect(await refused.locator("main").textContent()).not.toMatch(/onerror|__pwned|<img/);
    expect(await refused.evaluate(() => window.__pwned)).toBeUndefined();
    expect(seenRefused.dialogs).toEqual([]);
    await page.close();
    await refused.close();
  });

  it("a crafted link cannot put its own sentences on the page", async () => {
    const genuine = dualStackResult(true);
    const scam = `Your router is infected. ${PHONE_NUMBER} now.`;
    // Genuine measurements, the sender's own words in every sentence field an older page
    // wrote: the page's own reasons replace them.
    const reworded: Result = { ...genuine, userAgent: scam };
    // The same words in every free-text field, addresses and ids too: refused, for the
    // addresses.
    const everywhere: Result = {
      ...reworded,
      probes: genuine.probes.map((p) => ({
        ...p,
        id: PHONE_NUMBER,
        url: `https://x.example/${PHONE_NUMBER}`,
        ip: PHONE_NUMBER,
      })),
      webrtc: {
        name: {
          status: "ok",
          srflx: [`[${PHONE_NUMBER} IPv6]`],
          lookupError: false,
          errorEvents: true,
          hostCandidates: 0,
          complete: true,
          ms: 1,
        },
      },
      verdict: { ...reworded.verdict, ipv4: PHONE_NUMBER, ipv6: `[global IPv6, ${PHONE_NUMBER}]` },
    };
    const page = await recipient.context.newPage();
    for (const [name, result, reasons] of [
      ["reworded", reworded, genuine.verdict.reasons.map((r) => reasonText(shared, r))],
      ["everywhere", everywhere, null],
    ] as const) {
      await page.goto("about:blank");
      await page.goto(`${base}#r=${await withSentences(result, [scam])}`);
      if (reasons === null) {
        await expect
          .poll(() => page.getByRole("alert").filter({ hasText: "cannot be shown" }).count())
          .toBe(1);
      } else {
        await expect.poll(() => page.locator(".shared-label").count(), { message: name }).toBe(1);
        await expect
          .poll(() => page.locator(".reasons li").allTextContents(), { message: name })
          .toEqual(reasons);
        expect(await page.locator("[data-verdict]").first().getAttribute("data-verdict")).toBe(
          "dual-stack",
        );
      }
      const text = (await page.locator("body").textContent()) ?? "";
      expect(text, name).not.toContain(PHONE_NUMBER);
      expect(text, name).not.toContain("infected");
      expect(await page.content(), name).not.toContain(PHONE_NUMBER);
    }
    await page.close();
  });

  it("no field of a link puts words on the page or in Copy as text: host, URL, digest, protocol, id, prefix, user agent", async () => {
    const genuine = dualStackResult();
    const compact = await compactOf(genuine);
    const withProbe = (at: number, fields: Record<string, unknown>) => ({
      ...compact,
      b: compact.b.map((p: object, n: number) => (n === at ? { ...p, ...fields } : p)),
    });
    // Words a scammer would want shown, and the ways a link could carry them.
    const WORDS = [/infected/i, /555.0199/, /\(800\)/, /call.?me/i];
    // The page's own address may carry words too (any query reaches the page).
    const hostileQuery = "?your-router-is-infected=call-800-555-0199";
    const cases: [string, object, "shown" | "refused", string?][] = [
      ["the query of the page the link opens", compact, "shown", hostileQuery],
      [
        "a probe host browsers accept",
        withProbe(0, { u: "https://your-router-is-infected!call(800)555-0199.example/echo" }),
        "shown",
      ],
      [
        "user name, path, query and fragment of a probe URL",
        withProbe(1, {
          u: "https://call-me:800-555-0199@v6.selftest.example.net/your-router-is-infected?call=800-555-0199#infected",
        }),
        "shown",
      ],
      [
        "the user agent",
        { ...compact, u: "Your router is infected, call 800-555-0199 Chrome/142.0 (Android 15)" },
        "shown",
      ],
      ["the configuration digest", { ...compact, c: "call-800-555-0199" }, "refused"],
      ["the page protocol", { ...compact, p: "infected-0199:" }, "refused"],
      ["a probe id", withProbe(0, { i: "infected-call-800-555-0199" }), "refused"],
      [
        "a NAT64 candidate prefix",
        { ...compact, b: [...compact.b, { k: 7, s: 1, m: 4000, p: "1.800.555.0199/96" }] },
        "refused",
      ],
      ["the time as text", { ...compact, t: "infected, call 800-555-0199" }, "refused"],
      ["an address", withProbe(0, { a: "infected, call 800-555-0199" }), "refused"],
      [
        "a hidden address in words of its own",
        withProbe(0, { a: "[infected-call-800-555-0199 IPv4 in 192.0.2.0/24]" }),
        "refused",
      ],
    ];
    const page = await recipient.context.newPage();
    for (const [name, json, expected, query = ""] of cases) {
      await page.goto("about:blank");
      await page.goto(`${base}${query}#r=${await craft(JSON.stringify(json))}`);
      const shown = page.locator(".shared-label");
      const refused = page.getByRole("alert").filter({ hasText: "cannot be shown" });
      const outcome = async () =>
        (await shown.count()) ? "shown" : (await refused.count()) ? "refused" : "";
      await expect.poll(outcome, { message: name }).not.toBe("");
      // Soft: every case is checked and reported, not only the first that fails.
      expect.soft(await outcome(), name).toBe(expected);
      const texts = [(await page.locator("body").textContent()) ?? "", await page.content()];
      if ((await outcome()) === "shown") {
        await page.evaluate(() => navigator.clipboard.writeText(""));
        await page.getByRole("button", { name: "Copy as text" }).click();
        await expect
          .poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: name })
          .toMatch(/^Network self-test result\n/);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect.soft(copied, name).toContain(`\nLink: ${base}#r=`);
        texts.push(copied);
      }
      for (const [i, text] of texts.entries()) {
        const where = ["page text", "page markup", "copied text"][i];
        for (const words of WORDS) expect.soft(text, `${name}: ${where}`).not.toMatch(words);
      }
    }
    // What is shown instead: the validated host, and the browser by name.
    await page.goto("about:blank");
    await page.goto(`${base}#r=${await craft(JSON.stringify(cases[2]?.[1]))}`);
    await expect
      .poll(() => page.locator('tr[data-probe="v6"] th .mono').textContent())
      .toBe("v6.selftest.example.net");
    await page.goto("about:blank");
    await page.goto(`${base}#r=${await craft(JSON.stringify(cases[3]?.[1]))}`);
    await expect
      .poll(() => page.locator(".shared-label").textContent())
      .toContain("from Chrome 142 on Android 15;");
    await page.close();
  });

  it("damaged, truncated, tampered, oversized and future links show the message and run nothing", async () => {
    const good = await encodeShare({
      version: 2,
      configDigest: "00000000",
      startedAt: "2026-11-28T04:14:13.000Z",
      durationMs: 1,
      userAgent: "UA",
      pageProtocol: "https:",
      probes: [],
      verdict: {
        code: "offline",
        rule: null,
        nat64: { detected: null, prefix: null, evidence: [] },
        clat: null,
        ipv4: null,
        ipv6: null,
        confidence: "low",
        reasons: [],
      },
    });
    const deep = `{"c":"x","t":1764303253000,"d":1,"u":"${"[".repeat(1)}","p":"s","v":${'{"n":'.repeat(3000)}1${"}".repeat(3000)}}`;
    const cases: [string, string, RegExp][] = [
      ["truncated", good.slice(0, -12), /damaged or incomplete/],
      [
        "tampered",
        `${good.slice(0, 20)}${good[20] === "A" ? "B" : "A"}${good.slice(21)}`,
        /damaged or incomplete|does not fit a test result/,
      ],
      ["future version", `9z${good.slice(2)}`, /newer version of this test/],
      ["100 KB", `1z${"A".repeat(100_000)}`, /far longer than any results link/],
      ["raw markup", encodeURIComponent(XSS), /damaged or incomplete/],
      ["markup after header", `1z${XSS}`, /damaged or incomplete/],
      [
        "huge number",
        await craft(`{"c":"x","t":1e400,"d":1e308,"u":"u","p":"s","b":[],"v":{}}`),
        /does not fit a test result/,
      ],
      ["deep nesting", await craft(deep), /does not fit a test result/],
      [
        "script in a field the validator refuses",
        await craft(
          `{"c":"x","t":1764303253000,"d":1,"u":"u","p":"javascript:","b":[{"k":0,"s":0,"u":"javascript:window.__pwned=1"}],"v":{"c":0,"n":{},"f":0}}`,
        ),
        /does not fit a test result/,
      ],
    ];
    const page = await recipient.context.newPage();
    const seen = watchForScript(page);
    await page.goto(`${base}#r=${good}`);
    await expect.poll(() => page.locator(".shared-label").count()).toBe(1);
    for (const [name, payload, message] of cases) {
      // Same tab, new fragment, as when a second link is pasted: from a good link each time, so
      // the message seen is the one for this link.
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `r=${good}`);
      await expect.poll(() => page.locator(".shared-label").count(), { message: name }).toBe(1);
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `r=${payload}`);
      const alert = page.getByRole("alert");
      await expect
        .poll(() => alert.locator("h1").textContent(), { message: name })
        .toBe("This results link cannot be shown");
      expect(await alert.textContent(), name).toMatch(message);
      expect(await alert.getByRole("link", { name: "Test my own network" }).count(), name).toBe(1);
      expect(await page.locator(".shared-label").count(), name).toBe(0);
    }
    // A fresh load of a hostile link, not only a hash change.
    await page.goto(`${base}#r=1z${XSS}`);
    await expect
      .poll(() => page.getByRole("alert").locator("h1").textContent())
      .toBe("This results link cannot be shown");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    await page.close();
  });
});
