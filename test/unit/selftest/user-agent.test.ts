// The browser a shared result names (as facts: the page words them, test/unit/ui/share-words),
// and the minimal user agent a results link carries instead of the raw one: only what the page
// shows, read the same way by this page and older ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalUserAgent, recogniseBrowser } from "../../../src/core/selftest/user-agent.ts";
import { DUAL_STACK, NAT64_PHONE } from "../share/share-fixtures.ts";

const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const EDGE_WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0";
const SAMSUNG =
  "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36";
const HEADLESS =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36";

/** Facts in short: "family|version|os|osVersion", or null for a browser the page does not know. */
const short = (ua: string) => {
  const b = recogniseBrowser(ua);
  return b && [b.family, b.version, b.os ?? "", b.osVersion].join("|");
};

/** Real user agents of every family and system the page names, plus ones it does not know. */
const CORPUS: [string, string | null][] = [
  [NAT64_PHONE.userAgent, "Chrome|142|Android|15"],
  [DUAL_STACK.userAgent, "Firefox|146|Linux|"],
  [IPHONE_SAFARI, "Safari|18.1|iOS|18.1"],
  [EDGE_WINDOWS, "Edge|142|Windows|"],
  [SAMSUNG, "Samsung Internet|27|Android|14"],
  [HEADLESS, "Headless Chrome|156|Linux|"],
  [
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/130.0.6723.90 Mobile/15E148 Safari/604.1",
    "Chrome|130|iPadOS|17.4",
  ],
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/131.0 Mobile/15E148 Safari/605.1.15",
    "Firefox|131|iOS|17.6",
  ],
  [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Safari|17.5|macOS|",
  ],
  [
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    "Chrome|129|ChromeOS|",
  ],
  [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 OPR/114.0.0.0",
    "Opera|114|Windows|",
  ],
  ["Mozilla/5.0 (Linux; Android 8.1.0) Firefox/68.0", "Firefox|68|Android|8.1"],
  ["Chrome/", "Chrome|||"],
  // Never the text itself: a shared link's user agent is free text shown on our page.
  ["curl/8.5.0", null],
  ["Your router is infected, call 1-800-555-0100", null],
  ["", null],
];

describe("recogniseBrowser", () => {
  it.each(CORPUS)("%s", (ua, facts) => {
    expect(short(ua)).toBe(facts);
  });
});

describe("minimalUserAgent", () => {
  it("keeps only the tokens the name is read from", () => {
    expect(minimalUserAgent(NAT64_PHONE.userAgent)).toBe("Chrome/142 (Android 15)");
    expect(minimalUserAgent(IPHONE_SAFARI)).toBe("Version/18.1 Safari/ (iPhone OS 18_1)");
    expect(minimalUserAgent(EDGE_WINDOWS)).toBe("Edg/142 (Windows)");
    expect(minimalUserAgent(HEADLESS)).toBe("HeadlessChrome/156 (Linux)");
    // The device model, the engine's build and every other word are gone.
    expect(minimalUserAgent(SAMSUNG)).not.toMatch(/SM-S918B|AppleWebKit|Mozilla|Mobile/);
    expect(minimalUserAgent("Your router is infected, call 1-800-555-0100 Chrome/142")).toBe(
      "Chrome/142",
    );
    expect(minimalUserAgent("Your router is infected")).toBe("");
  });

  it.each(CORPUS)("names the same browser as the full user agent: %s", (ua, facts) => {
    const minimal = minimalUserAgent(ua);
    expect(short(minimal)).toBe(facts);
    expect(minimalUserAgent(minimal)).toBe(minimal);
  });

  it("names the same browser as any text built from user-agent tokens (fixed seed)", () => {
    const token = fc.constantFrom(
      "Mozilla/5.0",
      "(Linux;",
      "Android",
      "Android 15;",
      "Android 8.1;",
      "iPhone;",
      "iPad;",
      "iPod",
      "CPU iPhone OS 18_1 like Mac OS X)",
      "CPU OS 17_4",
      "Windows NT 10.0;",
      "CrOS",
      "Macintosh;",
      "Intel Mac OS X 10_15_7)",
      "X11;",
      "Linux",
      "AppleWebKit/605.1.15",
      "Version/18.1",
      "Version/17",
      "Safari/604.1",
      "Chrome/142.0.0.0",
      "CriOS/130.0",
      "Chromium/120",
      "HeadlessChrome/156.0",
      "Firefox/146.0",
      "FxiOS/131.0",
      "Edg/142.0",
      "EdgA/141",
      "EdgiOS/140",
      "OPR/114.0",
      "SamsungBrowser/27.0",
      "Chrome/",
      "Version/",
      "call 1-800-555-0100",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 10 }), (tokens) => {
        const ua = tokens.join(" ");
        const minimal = minimalUserAgent(ua);
        expect(recogniseBrowser(minimal)).toEqual(recogniseBrowser(ua));
        expect(minimalUserAgent(minimal)).toBe(minimal);
        expect(minimal).not.toContain("call");
      }),
      { numRuns: 2000, seed: 0x0a6e7 },
    );
  });
});
