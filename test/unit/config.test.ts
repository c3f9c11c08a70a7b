import fc from "fast-check";
import { describe, expect, it } from "vitest";
import shipped from "../../public/config.json";
import { canonicalPref64 } from "../../src/core/addr/address.ts";
import {
  ConfigError,
  configDigest,
  configFromLink,
  configLocation,
  DEFAULT_TIMEOUT_MS,
  fetchConfig,
  parseConfig,
  withoutConfigParam,
} from "../../src/core/config.ts";

function fieldOf(raw: unknown): string {
  try {
    parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.field;
    throw error;
  }
  return "(valid)";
}

describe("parseConfig", () => {
  it("accepts the shipped default config", () => {
    const config = parseConfig(shipped);
    expect(config.timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(config.doh.some((r) => r.dns64)).toBe(true);
  });

  it("names the bad field", () => {
    expect(fieldOf([])).toBe("(root)");
    expect(fieldOf({ probes: { v4: "ftp://x/echo" } })).toBe("probes.v4");
    expect(fieldOf({ probes: { v5: "http://x/echo" } })).toBe("probes.v5");
    expect(fieldOf({ probes: { v6: "not a url" } })).toBe("probes.v6");
    expect(fieldOf({ nat64Candidates: [{ prefix: "64:ff9b::/95", url: "http://x/" }] })).toBe(
      "nat64Candidates[0].prefix",
    );
    expect(fieldOf({ timeoutMs: 5 })).toBe("timeoutMs");
    expect(fieldOf({ doh: [{ name: "", url: "https://x/dns-query" }] })).toBe("doh[0].name");
    expect(fieldOf({ embedOrigins: ["https://help.example/path"] })).toBe("embedOrigins[0]");
    expect(fieldOf({ stun: { name: "http://x" } })).toBe("stun.name");
    expect(fieldOf({ probez: {} })).toBe("probez");
    expect(fieldOf({ _note: "comments are allowed", embedOrigins: ["*"] })).toBe("(valid)");
  });

  it("gives a digest that changes with the config", () => {
    const a = configDigest(parseConfig({ probes: { v4: "http://a/echo" } }));
    const b = configDigest(parseConfig({ probes: { v4: "http://b/echo" } }));
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe("configLocation", () => {
  it("defaults to config.json beside the page", () => {
    expect(configLocation("https://test.example/sub/index.html?x=1")).toBe(
      "https://test.example/sub/config.json",
    );
  });
  it("follows ?config= on the same site only", () => {
    expect(configLocation("https://t.example/?config=/lab.json")).toBe(
      "https://t.example/lab.json",
    );
    expect(() => configLocation("https://t.example/?config=https://evil.example/c.json")).toThrow(
      expect.objectContaining({ field: "?config", fault: "link" }),
    );
    expect(() => configLocation("https://t.example/?config=http://[")).toThrow(
      expect.objectContaining({ field: "?config", fault: "link" }),
    );
  });
});

describe("NAT64 candidate prefixes", () => {
  const candidate = (prefix: string) => ({
    nat64Candidates: [{ prefix, url: "http://[2001:db8:64::c000:20a]/echo" }],
  });

  it("are checked by RFC 6052 and kept in canonical form", () => {
    const config = parseConfig(candidate("2001:DB8:64:0::/96"), canonicalPref64);
    expect(config.nat64Candidates[0]?.prefix).toBe("2001:db8:64::/96");
    for (const bad of ["1:2:3/96", "2001:db8:64::1/96", "2001:db8:0:0:ff00::/96"]) {
      expect(() => parseConfig(candidate(bad), canonicalPref64)).toThrow(ConfigError);
    }
  });

  it("may not be listed twice", () => {
    const twice = {
      nat64Candidates: [
        { prefix: "2001:db8:64::/96", url: "http://a/echo" },
        { prefix: "2001:DB8:64::/96", url: "http://b/echo" },
      ],
    };
    expect(() => parseConfig(twice, canonicalPref64)).toThrow(/listed twice/);
  });

  it("are checked when the config is loaded, naming the field", async () => {
    const body = JSON.stringify(candidate("1:2:3/96"));
    await expect(
      fetchConfig("https://t.example/", async () => new Response(body)),
    ).rejects.toMatchObject({ field: "nat64Candidates[0].prefix" });
  });
});

describe("fetchConfig and redirects", () => {
  it("refuses a same-site config URL that redirects to another site", async () => {
    const redirected = new Response("{}");
    Object.defineProperty(redirected, "url", { value: "https://evil.example/c.json" });
    await expect(
      fetchConfig("https://t.example/?config=/c.json", async () => redirected),
    ).rejects.toMatchObject({ field: "?config", fault: "link", message: /another site/ });
  });
});

/** What fetchConfig rejects with, as the page shows it: whose fault, and the words. */
async function failure(
  page: string,
  fetchImpl: (url: string, init: RequestInit) => Promise<Response>,
  timeoutMs?: number,
): Promise<{ fault: string; field: string; problem: string }> {
  const error = await fetchConfig(page, fetchImpl, timeoutMs).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  const { fault, field, problem } = error as ConfigError;
  return { fault, field, problem };
}

const SITE = "https://t.example/";
/** Text anyone could put in a link: it must never be repeated on the page. */
const WORDS = "Your-router-is-infected-call-555-0199";

/** A site whose config.json is fine and whose other paths answer as `files` says. */
function siteWith(files: Record<string, () => Response | Promise<Response>>) {
  const asked: string[] = [];
  const impl = async (url: string, init: RequestInit) => {
    asked.push(url);
    const path = new URL(url).pathname;
    if (path === "/config.json") return new Response("{}");
    const answer = files[path];
    if (answer) return answer();
    if (init.signal?.aborted) throw new DOMException("aborted", "AbortError");
    return new Response("not found", { status: 404 });
  };
  return { impl, asked };
}

const hang = (_: string, init: RequestInit) =>
  new Promise<Response>((_r, reject) =>
    init.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
  );
const offline = async (): Promise<Response> => {
  throw new TypeError("Failed to fetch");
};

describe("a ?config= that cannot be used is the link's fault", () => {
  const { impl, asked } = siteWith({
    [`/${WORDS}.json`]: () => new Response("nope", { status: 404 }),
    "/": () =>
      new Response("<!doctype html><title>x</title>", {
        headers: { "Content-Type": "text/html; charset=utf-8" },
      }),
    "/page.json": () => new Response("<!doctype html><p>front page for every path</p>"),
    "/bad.json": () => new Response('{"probes": {'),
    "/broken.json": () => new Response('{"probes": {"v4": "ftp://nope"}}'),
    "/gone.json": () => new Response("", { status: 410 }),
    "/error.json": () => new Response("", { status: 500 }),
    "/cors-blocked.json": () => Promise.reject(new TypeError("Failed to fetch")),
  });

  const cases: [string, string, string, RegExp][] = [
    ["a malformed address", "http://[", "?config", /not a valid web address/],
    ["a malformed address with words", `http://[${WORDS}`, "?config", /not a valid web address/],
    [
      "another site",
      `https://${WORDS}.example/c.json`,
      "?config",
      /on another site; only files on https:\/\/t\.example/,
    ],
    ["another site by scheme", "http://t.example/c.json", "?config", /on another site/],
    ["javascript:", "javascript:alert(1)", "?config", /not an http\(s\) address/],
    ["data:", "data:application/json,{}", "?config", /not an http\(s\) address/],
    ["blob: on this site", "blob:https://t.example/0b5e", "?config", /not an http\(s\) address/],
    [
      "a missing file",
      `/${WORDS}.json`,
      "(file)",
      /^The file named in \?config= answered HTTP 404 \(not found\)$/,
    ],
    ["a removed file", "/gone.json", "(file)", /HTTP 410 \(not found\)/],
    ["a server error", "/error.json", "(file)", /HTTP 500$/],
    ["a web page", "/", "(file)", /is a web page, not a configuration file/],
    ["a web page sent as JSON", "/page.json", "(file)", /is a web page/],
    ["invalid JSON", "/bad.json", "(file)", /is not valid JSON/],
    ["an invalid field", "/broken.json", "probes.v4", /must be an http:\/\/ or https:\/\/ URL/],
    [
      "a fetch the browser blocks",
      "/cors-blocked.json",
      "(file)",
      /could not be fetched, although this site answers \(does it redirect/,
    ],
  ];
  for (const [what, value, field, words] of cases) {
    it(`${what}: says so in the link's voice, without repeating the link`, async () => {
      const page = `${SITE}?config=${encodeURIComponent(value)}`;
      const got = await failure(page, impl);
      expect(got).toMatchObject({ fault: "link", field });
      expect(got.problem).toMatch(words);
      expect(got.problem).not.toContain(WORDS);
    });
  }

  it("a file that never arrives while the site answers", async () => {
    const slow = async (url: string, init: RequestInit) =>
      new URL(url).pathname === "/config.json" ? new Response("{}") : hang(url, init);
    const got = await failure(`${SITE}?config=/slow.json`, slow, 50);
    expect(got).toMatchObject({ fault: "link", field: "(file)" });
    expect(got.problem).toMatch(/did not load within 0\.05 s, although this site answers/);
  });

  it("is the connection's fault when this site does not answer either", async () => {
    const got = await failure(`${SITE}?config=/lab.json`, offline);
    expect(got).toMatchObject({ fault: "network", field: "(file)" });
    expect(got.problem).toMatch(/could not be loaded \(is the device offline\?\)/);
    const slow = await failure(`${SITE}?config=/lab.json`, hang, 50);
    expect(slow).toMatchObject({ fault: "network" });
    expect(slow.problem).toMatch(/did not load within 0\.05 s$/);
  });

  it("only fetches same-site http(s) addresses", () => {
    expect(asked.every((url) => url.startsWith(SITE))).toBe(true);
  });

  it("never fails with anything but a ConfigError, whatever ?config= says (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.webUrl(), fc.webPath()), async (value) => {
        const page = `${SITE}?config=${encodeURIComponent(value)}`;
        const result = await fetchConfig(page, impl).catch((e: unknown) => e);
        if (!value) return; // an empty ?config= means the site's own config.json
        expect(result).toBeInstanceOf(ConfigError);
        expect((result as ConfigError).fault).toBe("link");
      }),
      { numRuns: 300 },
    );
  });
});

describe("the site's own config.json is the site's fault", () => {
  const own = (answer: () => Response) => async () => answer();
  it.each([
    [
      "missing",
      () => new Response("", { status: 404 }),
      "(file)",
      /^config\.json answered HTTP 404 \(not found\)$/,
    ],
    ["a web page", () => new Response("<html>"), "(file)", /^config\.json is a web page/],
    ["invalid JSON", () => new Response("{"), "(file)", /^config\.json is not valid JSON$/],
    ["an invalid field", () => new Response('{"timeoutMs": 5}'), "timeoutMs", /whole number/],
  ])("%s", async (_what, answer, field, words) => {
    const got = await failure(SITE, own(answer));
    expect(got).toMatchObject({ fault: "site", field });
    expect(got.problem).toMatch(words);
  });

  it("and a connection that fails is nobody's setup", async () => {
    expect(await failure(SITE, offline)).toMatchObject({ fault: "network" });
    const slow = await failure(SITE, hang, 50);
    expect(slow).toMatchObject({ fault: "network" });
    expect(slow.problem).toBe("config.json did not load within 0.05 s");
  });
});

describe("the site's own configuration, offered instead", () => {
  it("is the same page without ?config=, keeping the view and the fragment", () => {
    const page = "https://t.example/sub/?embed=1&config=http%3A%2F%2F%5B#decode=abc";
    expect(configFromLink(page)).toBe(true);
    expect(withoutConfigParam(page)).toBe("https://t.example/sub/?embed=1#decode=abc");
    expect(configFromLink("https://t.example/?config=")).toBe(false);
    expect(configFromLink("https://t.example/")).toBe(false);
  });
});
