// The sender's browser as a shared result may name it: a recognised browser, its version, and
// its operating system, each from a fixed list, as facts (the page words them: "Chrome 142 on
// Android 15", "Chrome 142 unter Android 15"). The raw user-agent string never travels in a
// results link: it tells a reader far more about the device than the one line the page shows,
// and in a link it is whatever the sender typed. A link carries a minimal user agent instead,
// made only of the tokens recogniseBrowser() reads, so every version of this page, older ones
// included, names the same browser from it.

export type BrowserFamily =
  | "Edge"
  | "Opera"
  | "Samsung Internet"
  | "Firefox"
  | "Chrome"
  | "Headless Chrome"
  | "Safari";

export type OsFamily = "Android" | "iOS" | "iPadOS" | "Windows" | "ChromeOS" | "macOS" | "Linux";

export interface BrowserFacts {
  family: BrowserFamily;
  /** Digits, with a dot for Safari ("18.1"); may be empty. */
  version: string;
  os: OsFamily | null;
  /** Digits, with a dot ("8.1", "18.1"); may be empty. */
  osVersion: string;
}

/**
 * The browser a user-agent string names, or null when it names none this page knows. Made only
 * of fixed names and digits, never of the string itself: a shared link's user agent is whatever
 * the sender typed, and these facts are shown on our page.
 */
export function recogniseBrowser(ua: string): BrowserFacts | null {
  const version = (pattern: RegExp) => pattern.exec(ua)?.[1] ?? "";
  let family: BrowserFamily;
  let v: string;
  if (/Edg(?:e|A|iOS)?\//.test(ua)) {
    family = "Edge";
    v = version(/Edg(?:e|A|iOS)?\/(\d+)/);
  } else if (/OPR\//.test(ua)) {
    family = "Opera";
    v = version(/OPR\/(\d+)/);
  } else if (/SamsungBrowser\//.test(ua)) {
    family = "Samsung Internet";
    v = version(/SamsungBrowser\/(\d+)/);
  } else if (/(?:Firefox|FxiOS)\//.test(ua)) {
    family = "Firefox";
    v = version(/(?:Firefox|FxiOS)\/(\d+)/);
  } else if (/(?:Chrome|CriOS|Chromium)\//.test(ua)) {
    family = /HeadlessChrome/.test(ua) ? "Headless Chrome" : "Chrome";
    v = version(/(?:Chrome|CriOS|Chromium)\/(\d+)/);
  } else if (/Safari\//.test(ua) && /Version\//.test(ua)) {
    family = "Safari";
    v = version(/Version\/(\d+(?:\.\d+)?)/);
  } else {
    return null;
  }
  let os: OsFamily | null = null;
  let osVersion = "";
  if (/Android/.test(ua)) {
    os = "Android";
    osVersion = version(/Android (\d+(?:\.\d+)?)/);
  } else if (/iPhone|iPod/.test(ua)) {
    os = "iOS";
    osVersion = version(/OS (\d+(?:_\d+)?)/).replace("_", ".");
  } else if (/iPad/.test(ua)) {
    os = "iPadOS";
    osVersion = version(/OS (\d+(?:_\d+)?)/).replace("_", ".");
  } else if (/Windows/.test(ua)) os = "Windows";
  else if (/CrOS/.test(ua)) os = "ChromeOS";
  else if (/Mac OS X|Macintosh/.test(ua)) os = "macOS";
  else if (/Linux/.test(ua)) os = "Linux";
  return { family, version: v, os, osVersion };
}

const BROWSER_TOKEN: Record<BrowserFamily, (version: string) => string> = {
  Edge: (v) => `Edg/${v}`,
  Opera: (v) => `OPR/${v}`,
  "Samsung Internet": (v) => `SamsungBrowser/${v}`,
  Firefox: (v) => `Firefox/${v}`,
  Chrome: (v) => `Chrome/${v}`,
  "Headless Chrome": (v) => `HeadlessChrome/${v}`,
  Safari: (v) => `Version/${v} Safari/`,
};

const OS_TOKEN: Record<OsFamily, (version: string) => string> = {
  Android: (v) => (v ? `Android ${v}` : "Android"),
  iOS: (v) => (v ? `iPhone OS ${v.replace(".", "_")}` : "iPhone"),
  iPadOS: (v) => (v ? `iPad OS ${v.replace(".", "_")}` : "iPad"),
  Windows: () => "Windows",
  ChromeOS: () => "CrOS",
  macOS: () => "Macintosh",
  Linux: () => "Linux",
};

/**
 * The shortest user agent that recogniseBrowser() reads as the same browser ("Chrome/142 (Android
 * 15)"), or "" for one it does not recognise: what a results link carries. Applying it twice
 * changes nothing, so a link's minimal user agent decodes to itself.
 */
export function minimalUserAgent(userAgent: string): string {
  const b = recogniseBrowser(userAgent);
  if (b === null) return "";
  const browser = BROWSER_TOKEN[b.family](b.version);
  return b.os === null ? browser : `${browser} (${OS_TOKEN[b.os](b.osVersion)})`;
}
