import { describe, expect, it } from "vitest";
import shipped from "../../public/config.json";
import { canonicalPref64 } from "../../src/core/address.ts";
import {
  ConfigError,
  configDigest,
  configLocation,
  DEFAULT_TIMEOUT_MS,
  fetchConfig,
  parseConfig,
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
      ConfigError,
    );
  });
});

describe("fetchConfig", () => {
  it("turns a missing file, bad JSON and a hang into ConfigErrors", async () => {
    const page = "https://t.example/";
    await expect(fetchConfig(page, async () => new Response("", { status: 404 }))).rejects.toThrow(
      /404/,
    );
    await expect(fetchConfig(page, async () => new Response("<html>"))).rejects.toThrow(/JSON/);
    const hang = (_: string, init: RequestInit) =>
      new Promise<Response>((_r, reject) =>
        init.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    await expect(fetchConfig(page, hang, 50)).rejects.toThrow(/did not load/);
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
    const redirected = {
      ok: true,
      status: 200,
      url: "https://evil.example/c.json",
      text: async () => "{}",
    } as Response;
    await expect(
      fetchConfig("https://t.example/?config=/c.json", async () => redirected),
    ).rejects.toThrow(/another site/);
  });
});
