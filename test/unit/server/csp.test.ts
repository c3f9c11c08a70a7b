// scripts/csp.mjs: the page's Content-Security-Policy generated from config.json.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  buildCsp,
  checkFrameAncestors,
  connectSource,
  frameAncestors,
  nginxCspConf,
} from "../../../scripts/csp.mjs";

const SCRIPT = fileURLToPath(new URL("../../../scripts/csp.mjs", import.meta.url));
const EXAMPLE = fileURLToPath(
  new URL("../../../server/nginx/config.example.json", import.meta.url),
);

const CONFIG = {
  probes: {
    v4: "https://v4.selftest.example.net/echo",
    v6: "https://v6.selftest.example.net/echo",
    ds: "https://ds.selftest.example.net/echo?size=4000",
    nat64: "http://[64:ff9b::c000:201]/echo",
    v4literal: "http://192.0.2.1/echo",
    large: "https://ds.selftest.example.net/echo?size=4000",
  },
  nat64Candidates: [
    { prefix: "2001:db8:64::/96", url: "http://cand.selftest.example.net:8080/echo" },
  ],
  doh: [{ name: "Google", url: "https://dns.google/dns-query" }],
  embedOrigins: ["https://help.example.com", "https://support.example.org:8443"],
};

function directives(value: string): Map<string, string> {
  return new Map(
    value.split("; ").map((d) => {
      const [name = "", ...rest] = d.split(" ");
      return [name, rest.join(" ")];
    }),
  );
}

describe("buildCsp", () => {
  it("allows only the page's own scripts and styles, no inline code, nothing by default", () => {
    const d = directives(buildCsp(CONFIG).value);
    expect(d.get("default-src")).toBe("'none'");
    expect(d.get("script-src")).toBe("'self'");
    expect(d.get("style-src")).toBe("'self'");
    expect(d.get("base-uri")).toBe("'none'");
    expect(d.get("form-action")).toBe("'none'");
    expect(buildCsp(CONFIG).value).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("limits connect-src on an https page to itself, https probe origins and DoH", () => {
    const d = directives(buildCsp(CONFIG, "https").value);
    expect(d.get("connect-src")).toBe(
      "'self' https://v4.selftest.example.net https://v6.selftest.example.net https://ds.selftest.example.net https://dns.google",
    );
  });

  it("adds http:// probes on an http page, IP literals by scheme (CSP cannot name IPs)", () => {
    const { value, warnings } = buildCsp(CONFIG, "http");
    expect(directives(value).get("connect-src")).toBe(
      "'self' https://v4.selftest.example.net https://v6.selftest.example.net https://ds.selftest.example.net http: http://cand.selftest.example.net:8080 https://dns.google",
    );
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/cannot name an IP address/);
  });

  it("sets frame-ancestors from embedOrigins: the site itself plus listed origins, or *", () => {
    expect(directives(buildCsp(CONFIG).value).get("frame-ancestors")).toBe(
      "'self' https://help.example.com https://support.example.org:8443",
    );
    expect(frameAncestors({ embedOrigins: [] })).toBe("'self'");
    expect(frameAncestors({})).toBe("'self'");
    expect(frameAncestors({ embedOrigins: ["https://a.example", "*"] })).toBe("*");
    expect(() => frameAncestors({ embedOrigins: ["https://a.example/path"] })).toThrow(
      /must be an origin/,
    );
    expect(
      directives(buildCsp(CONFIG, "https", { frameAncestors: "*" }).value).get("frame-ancestors"),
    ).toBe("*");
  });

  it("refuses anything that could smuggle text into the header or the nginx file", () => {
    expect(() => connectSource("ftp://files.example/")).toThrow(/http/);
    expect(() => connectSource("https://a;b.example/")).toThrow();
    expect(() =>
      buildCsp({
        probes: { v4: "https://a.example/echo" },
        doh: [{ url: 'https://x"y.example/' }],
      }),
    ).toThrow();
    expect(() => checkFrameAncestors("'none'; script-src *")).toThrow(/frame-ancestors/);
    expect(checkFrameAncestors("'self' https://help.example.com")).toBe(
      "'self' https://help.example.com",
    );
  });

  it("gives an nginx map with one policy per page scheme", () => {
    const { text } = nginxCspConf(CONFIG, "config.json");
    expect(text).toContain("map $scheme $nat64_selftest_csp {");
    expect(text).toContain(`https "${buildCsp(CONFIG, "https").value}";`);
    expect(text).toContain(`default "${buildCsp(CONFIG, "http").value}";`);
  });

  it("matches the shipped server/nginx/csp.conf for the example config", () => {
    const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as unknown;
    const shipped = readFileSync(
      new URL("../../../server/nginx/csp.conf", import.meta.url),
      "utf8",
    );
    expect(shipped).toBe(nginxCspConf(example, "server/nginx/config.example.json").text);
  });
});

describe("scripts/csp.mjs command line", () => {
  it("prints the header value, notes on stderr, and explains a bad file", () => {
    const dir = mkdtempSync(join(tmpdir(), "nat64-csp-"));
    try {
      const file = join(dir, "config.json");
      writeFileSync(file, JSON.stringify(CONFIG));
      const ok = spawnSync(process.execPath, [SCRIPT, "--scheme", "http", file], {
        encoding: "utf8",
      });
      expect(ok.status).toBe(0);
      expect(ok.stdout.trim()).toBe(buildCsp(CONFIG, "http").value);
      expect(ok.stderr).toMatch(/csp: note: .*192\.0\.2\.1/);
      const bad = spawnSync(process.execPath, [SCRIPT, join(dir, "missing.json")], {
        encoding: "utf8",
      });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/^csp: cannot read .*missing\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
