import fc from "fast-check";
import { describe, expect, it } from "vitest";
import shipped from "../../public/config.json";
import example from "../../server/nginx/config.example.json";
import { canonicalPref64 } from "../../src/core/addr/address.ts";
import {
  ConfigError,
  type ConfigErrorCode,
  configDigest,
  configFromLink,
  configLocation,
  DEFAULT_TIMEOUT_MS,
  fetchConfig,
  nothingToTest,
  parseConfig,
  withoutConfigParam,
} from "../../src/core/config.ts";

/** The bad field and what is wrong with it, as "field code". */
function fieldOf(raw: unknown): string {
  try {
    parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return `${error.field} ${error.code}`;
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

  it("names the bad field and what is wrong with it", () => {
    expect(fieldOf([])).toBe("(root) config-not-object");
    expect(fieldOf({ probes: { v4: "ftp://x/echo" } })).toBe("probes.v4 url-not-http");
    expect(fieldOf({ probes: { v5: "http://x/echo" } })).toBe("probes.v5 unknown-probe");
    expect(fieldOf({ probes: { v6: "not a url" } })).toBe("probes.v6 invalid-url");
    expect(fieldOf({ nat64Candidates: [{ prefix: "64:ff9b::/95", url: "http://x/" }] })).toBe(
      "nat64Candidates[0].prefix prefix-shape",
    );
    expect(fieldOf({ nat64Candidates: {} })).toBe("nat64Candidates not-list");
    expect(fieldOf({ nat64Candidates: [1] })).toBe("nat64Candidates[0] not-object-with");
    expect(fieldOf({ timeoutMs: 5 })).toBe("timeoutMs timeout-range");
    expect(fieldOf({ doh: [{ name: "", url: "https://x/dns-query" }] })).toBe(
      "doh[0].name not-text",
    );
    expect(fieldOf({ doh: [{ name: "x", url: "https://x/", dns64: 1 }] })).toBe(
      "doh[0].dns64 not-boolean",
    );
    expect(fieldOf({ embedOrigins: ["https://help.example/path"] })).toBe(
      "embedOrigins[0] origin-not-exact",
    );
    expect(fieldOf({ embedOrigins: ["help"] })).toBe("embedOrigins[0] invalid-origin");
    expect(fieldOf({ embedOrigins: [7] })).toBe("embedOrigins[0] not-origin-string");
    expect(fieldOf({ stun: { name: "http://x" } })).toBe("stun.name not-stun-url");
    expect(fieldOf({ stun: { port: 1 } })).toBe("stun.port unknown-key-of");
    expect(fieldOf({ probes: { v4: 4 } })).toBe("probes.v4 not-url");
    expect(fieldOf({ probez: {} })).toBe("probez unknown-key");
    expect(fieldOf({ _note: "comments are allowed", embedOrigins: ["*"] })).toBe("(valid)");
  });

  it("gives the values a message needs as parameters: numbers as numbers, text as given", () => {
    const error = (raw: unknown) => {
      try {
        parseConfig(raw);
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error("valid");
    };
    expect(error({ timeoutMs: 5 }).params).toEqual({ min: 100, max: 60_000 });
    expect(error({ probes: { v6: "not a url" } }).params).toEqual({ value: "not a url" });
    expect(error({ probes: { v5: "http://x/echo" } }).params).toEqual({
      known: "v4, v6, ds, nat64, v4literal, v6literal, large",
    });
  });

  it("gives a digest that changes with the config", () => {
    const a = configDigest(parseConfig({ probes: { v4: "http://a/echo" } }));
    const b = configDigest(parseConfig({ probes: { v4: "http://b/echo" } }));
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe("a site with nothing to test, and the local demo", () => {
  it("the shipped config.json tests nothing until its operator lists test servers", () => {
    expect(nothingToTest(parseConfig(shipped))).toBe(true);
    expect(nothingToTest(parseConfig({ probes: { v6: "http://x/echo" } }))).toBe(false);
    expect(
      nothingToTest(
        parseConfig({ nat64Candidates: [{ prefix: "64:ff9b::/96", url: "http://x/" }] }),
      ),
    ).toBe(false);
    expect(nothingToTest(parseConfig({ stun: { literal: "stun:192.0.2.1:3478" } }))).toBe(false);
  });

  it("localDemo is set only when true, so every other config keeps its digest", () => {
    const plain = parseConfig({ probes: { v4: "http://a/echo" } });
    expect(parseConfig({ probes: { v4: "http://a/echo" }, localDemo: true }).localDemo).toBe(true);
    const off = parseConfig({ probes: { v4: "http://a/echo" }, localDemo: false });
    expect("localDemo" in off).toBe(false);
    expect(configDigest(off)).toBe(configDigest(plain));
    expect(fieldOf({ localDemo: "yes" })).toBe("localDemo not-boolean");
    // Production configs never say so: only `npm start` generates it.
    expect("localDemo" in shipped).toBe(false);
    expect("localDemo" in example).toBe(false);
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
    expect(() => parseConfig(twice, canonicalPref64)).toThrow(
      expect.objectContaining({
        field: "nat64Candidates[1].prefix",
        code: "prefix-twice",
        params: { prefix: "2001:db8:64::/96" },
      }),
    );
  });

  it("are checked when the config is loaded, naming the field", async () => {
    const body = JSON.stringify(candidate("1:2:3/96"));
    await expect(
      fetchConfig("https://t.example/", async () => new Response(body)),
    ).rejects.toMatchObject({
      field: "nat64Candidates[0].prefix",
      code: "prefix-not-rfc6052",
      params: { prefix: "1:2:3/96" },
    });
  });
});

describe("fetchConfig and redirects", () => {
  it("refuses a same-site config URL that redirects to another site", async () => {
    const redirected = new Response("{}");
    Object.defineProperty(redirected, "url", { value: "https://evil.example/c.json" });
    await expect(
      fetchConfig("https://t.example/?config=/c.json", async () => redirected),
    ).rejects.toMatchObject({ field: "?config", fault: "link", code: "file-redirects" });
  });
});

/** What fetchConfig rejects with, as the page puts it into words: whose fault, and what. */
async function failure(
  page: string,
  fetchImpl: (url: string, init: RequestInit) => Promise<Response>,
  timeoutMs?: number,
): Promise<Pick<ConfigError, "fault" | "field" | "code" | "params">> {
  const error = await fetchConfig(page, fetchImpl, timeoutMs).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  const { fault, field, code, params } = error as ConfigError;
  return { fault, field, code, params };
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

  const cases: [string, string, string, ConfigErrorCode, object?][] = [
    ["a malformed address", "http://[", "?config", "link-address-invalid"],
    ["a malformed address with words", `http://[${WORDS}`, "?config", "link-address-invalid"],
    [
      "another site",
      `https://${WORDS}.example/c.json`,
      "?config",
      "link-address-other-site",
      { origin: "https://t.example" },
    ],
    [
      "another site by scheme",
      "http://t.example/c.json",
      "?config",
      "link-address-other-site",
      { origin: "https://t.example" },
    ],
    ["javascript:", "javascript:alert(1)", "?config", "link-address-not-http"],
    ["data:", "data:application/json,{}", "?config", "link-address-not-http"],
    ["blob: on this site", "blob:https://t.example/0b5e", "?config", "link-address-not-http"],
    ["a missing file", `/${WORDS}.json`, "(file)", "file-not-found", { status: "404" }],
    ["a removed file", "/gone.json", "(file)", "file-not-found", { status: "410" }],
    ["a server error", "/error.json", "(file)", "file-http-status", { status: "500" }],
    ["a web page", "/", "(file)", "file-web-page"],
    ["a web page sent as JSON", "/page.json", "(file)", "file-web-page"],
    ["invalid JSON", "/bad.json", "(file)", "file-not-json"],
    ["an invalid field", "/broken.json", "probes.v4", "url-not-http", { protocol: "ftp:" }],
    ["a fetch the browser blocks", "/cors-blocked.json", "(file)", "file-blocked-site-answers"],
  ];
  for (const [what, value, field, code, params = {}] of cases) {
    it(`${what}: says so in the link's voice, without repeating the link`, async () => {
      const page = `${SITE}?config=${encodeURIComponent(value)}`;
      const got = await failure(page, impl);
      expect(got).toEqual({ fault: "link", field, code, params });
      expect(JSON.stringify(got)).not.toContain(WORDS);
    });
  }

  it("a file that never arrives while the site answers", async () => {
    const slow = async (url: string, init: RequestInit) =>
      new URL(url).pathname === "/config.json" ? new Response("{}") : hang(url, init);
    const got = await failure(`${SITE}?config=/slow.json`, slow, 50);
    expect(got).toEqual({
      fault: "link",
      field: "(file)",
      code: "file-timeout-site-answers",
      params: { seconds: 0.05 },
    });
  });

  it("is the connection's fault when this site does not answer either", async () => {
    const got = await failure(`${SITE}?config=/lab.json`, offline);
    expect(got).toEqual({ fault: "network", field: "(file)", code: "file-offline", params: {} });
    const slow = await failure(`${SITE}?config=/lab.json`, hang, 50);
    expect(slow).toMatchObject({
      fault: "network",
      code: "file-timeout",
      params: { seconds: 0.05 },
    });
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
    ["missing", () => new Response("", { status: 404 }), "(file)", "file-not-found"],
    ["a web page", () => new Response("<html>"), "(file)", "file-web-page"],
    ["invalid JSON", () => new Response("{"), "(file)", "file-not-json"],
    ["an invalid field", () => new Response('{"timeoutMs": 5}'), "timeoutMs", "timeout-range"],
  ] as const)("%s", async (_what, answer, field, code) => {
    const got = await failure(SITE, own(answer));
    expect(got).toMatchObject({ fault: "site", field, code });
  });

  it("and a connection that fails is nobody's setup", async () => {
    expect(await failure(SITE, offline)).toMatchObject({ fault: "network", code: "file-offline" });
    const slow = await failure(SITE, hang, 50);
    expect(slow).toEqual({
      fault: "network",
      field: "(file)",
      code: "file-timeout",
      params: { seconds: 0.05 },
    });
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
