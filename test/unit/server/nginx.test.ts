// The shipped nginx configuration (server/nginx/), run for real: `nginx -t` on it, then the same
// echo contract as server/echo.ts against nginx started on loopback by this test, then the page
// and HTTPS server blocks. Skips (with the reason in the test name) when nginx is not installed;
// CI installs it.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCsp } from "../../../scripts/csp.mjs";
import {
  ECHO_MAPS_PATH,
  NGINX_ECHO_SIZES,
  renderEchoMaps,
} from "../../../server/nginx/gen-echo-maps.ts";
import {
  findNginx,
  type LocalNginx,
  NGINX_DIR,
  prepareNginx,
  startLocalNginx,
  testNginxConfig,
} from "../../../server/nginx/local-nginx.mjs";
import { defineEchoContract, echoRequest } from "./echo-contract.ts";

const nginx = findNginx();
const HEADER_TIMEOUT_MS = 1_000;
const EXAMPLE_CONFIG = JSON.parse(
  readFileSync(join(NGINX_DIR, "config.example.json"), "utf8"),
) as unknown;

describe("server/nginx/echo-maps.conf", () => {
  it("is what gen-echo-maps.ts generates (same sizes and padding as server/echo.ts)", () => {
    expect(readFileSync(ECHO_MAPS_PATH, "utf8")).toBe(renderEchoMaps());
  });

  it("keeps every configuration token under nginx's 4 KB limit", () => {
    for (const line of readFileSync(ECHO_MAPS_PATH, "utf8").split("\n")) {
      expect(line.length).toBeLessThan(4000);
    }
  });
});

describe("server/nginx/csp.conf", () => {
  it("is generated from config.example.json by scripts/csp.mjs", () => {
    const conf = readFileSync(join(NGINX_DIR, "csp.conf"), "utf8");
    expect(conf).toContain(`https "${buildCsp(EXAMPLE_CONFIG, "https").value}";`);
    expect(conf).toContain(`default "${buildCsp(EXAMPLE_CONFIG, "http").value}";`);
  });
});

if (!nginx) {
  describe.skip("nginx tests skipped: nginx is not installed (Debian: apt-get install nginx)", () => {
    it("nginx -t, echo contract, page headers", () => {});
  });
} else {
  describe("nginx -t", () => {
    it("accepts the shipped configuration", async () => {
      const prepared = await prepareNginx();
      const { ok, output } = testNginxConfig(nginx, prepared);
      rmSync(prepared.dir, { recursive: true, force: true });
      expect(output).not.toMatch(/\[emerg\]/);
      expect(ok, output).toBe(true);
      expect(output).toMatch(/test is successful/);
    });
  });

  let shared: LocalNginx | undefined;
  const startShared = async (): Promise<LocalNginx> => {
    shared ??= await startLocalNginx({ nginx, headerTimeout: `${HEADER_TIMEOUT_MS / 1000}s` });
    return shared;
  };

  defineEchoContract(
    "nginx (server/nginx/nat64-selftest.conf)",
    async () => {
      const server = await startShared();
      return {
        v4: { host: "127.0.0.1", port: server.ports.http4 },
        v6: { host: "::1", port: server.ports.http6 },
        close: async () => {
          await shared?.stop();
          shared = undefined;
        },
      };
    },
    { sizes: [...NGINX_ECHO_SIZES], headerTimeoutMs: HEADER_TIMEOUT_MS },
  );

  interface TlsReply {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }

  function tlsGet(port: number, host: string, servername: string | null, path: string) {
    return new Promise<TlsReply>((resolve, reject) => {
      const req = https.request(
        {
          host,
          port,
          path,
          headers: servername ? { Host: servername } : {},
          servername: servername ?? "",
          rejectUnauthorized: false,
          agent: false,
        },
        (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => {
            body += chunk.toString();
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.setTimeout(5_000, () => req.destroy(new Error("timed out")));
      req.end();
    });
  }

  describe("nginx page and HTTPS server blocks", () => {
    let server: LocalNginx;
    beforeAll(async () => {
      server = await startLocalNginx({ nginx });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("echoes over HTTPS by name, on IPv4 and IPv6", async () => {
      const v4 = await tlsGet(server.ports.https4, "127.0.0.1", "v4.selftest.example.net", "/echo");
      expect(v4.status).toBe(200);
      expect(JSON.parse(v4.body)).toMatchObject({ ip: "127.0.0.1" });
      expect(v4.headers["access-control-allow-origin"]).toBe("*");
      const v6 = await tlsGet(server.ports.https6, "::1", "nat64.selftest.example.net", "/echo");
      expect(JSON.parse(v6.body)).toMatchObject({ ip: "::1" });
    });

    it("refuses the TLS handshake for an IP literal until an IP certificate is configured", async () => {
      await expect(tlsGet(server.ports.https4, "127.0.0.1", null, "/echo")).rejects.toThrow();
    });

    it("serves only /echo on echo names", async () => {
      const reply = await tlsGet(server.ports.https4, "127.0.0.1", "v6.selftest.example.net", "/");
      expect(reply.status).toBe(404);
    });

    it("serves the HTTPS page with the strict CSP, no-referrer and HSTS", async () => {
      const reply = await tlsGet(server.ports.https4, "127.0.0.1", "selftest.example.net", "/");
      expect(reply.status).toBe(200);
      expect(reply.body).toContain("test page");
      expect(reply.headers["content-security-policy"]).toBe(
        buildCsp(EXAMPLE_CONFIG, "https").value,
      );
      expect(reply.headers["referrer-policy"]).toBe("no-referrer");
      expect(reply.headers["strict-transport-security"]).toBe("max-age=31536000");
      expect(reply.headers["cache-control"]).toBe("no-cache");
    });

    it("keeps the page headers on hashed assets, which are cached for good", async () => {
      const reply = await tlsGet(
        server.ports.https6,
        "::1",
        "selftest.example.net",
        "/assets/app-1234.js",
      );
      expect(reply.status).toBe(200);
      expect(reply.headers["cache-control"]).toMatch(/immutable/);
      expect(reply.headers["content-security-policy"]).toBeDefined();
    });

    it("lets the example help page frame the test from the same site", async () => {
      const page = await tlsGet(server.ports.https4, "127.0.0.1", "selftest.example.net", "/");
      expect(page.headers["content-security-policy"]).toMatch(/frame-ancestors 'self'/);
      const help = await tlsGet(
        server.ports.https4,
        "127.0.0.1",
        "selftest.example.net",
        "/embed.html",
      );
      expect(help.status).toBe(200);
      expect(help.headers["content-security-policy"]).toMatch(/frame-src 'self'/);
    });

    it("answers /echo on the page's own name", async () => {
      const reply = await tlsGet(server.ports.https4, "127.0.0.1", "selftest.example.net", "/echo");
      expect(JSON.parse(reply.body)).toMatchObject({ ip: "127.0.0.1" });
    });

    it("serves ACME HTTP-01 challenges by IP literal (for an IP certificate) and by name", async () => {
      const dir = join(server.dir, "acme", ".well-known", "acme-challenge");
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "token123"), "token123.key\n");
      for (const host of ["192.0.2.1", "nat64.selftest.example.net", "selftest.example.net"]) {
        const reply = await echoRequest(
          { host: "127.0.0.1", port: server.ports.http4 },
          "/.well-known/acme-challenge/token123",
          { headers: { Host: host } },
        );
        expect(reply.status, host).toBe(200);
        expect(reply.body).toBe("token123.key\n");
      }
    });

    it("redirects the HTTPS page's name from HTTP to HTTPS", async () => {
      const reply = await echoRequest({ host: "127.0.0.1", port: server.ports.http4 }, "/x?y=1", {
        headers: { Host: "selftest.example.net" },
      });
      expect(reply.status).toBe(301);
      expect(reply.headers.location).toBe("https://selftest.example.net/x?y=1");
    });

    it("serves the plain-HTTP page with its own CSP (literal probes allowed by scheme)", async () => {
      const reply = await echoRequest({ host: "::1", port: server.ports.http6 }, "/", {
        headers: { Host: "http.selftest.example.net" },
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain("test page");
      expect(reply.headers["content-security-policy"]).toBe(buildCsp(EXAMPLE_CONFIG, "http").value);
      expect(reply.headers["referrer-policy"]).toBe("no-referrer");
    });
  });
}
