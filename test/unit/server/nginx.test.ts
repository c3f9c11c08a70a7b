// The shipped nginx configuration (server/nginx/), run for real: `nginx -t` on it, then the same
// echo contract as server/echo.ts against nginx started on loopback by this test, then the page
// and HTTPS server blocks. Skips (with the reason in the test name) when nginx is not installed;
// CI installs it.

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
  NGINX_MAIN,
  prepareNginx,
  startLocalNginx,
  testNginxConfig,
} from "../../../server/nginx/local-nginx.mjs";
import {
  echoRequests,
  getOnce,
  type HttpGet,
  loopbackAddresses,
  openSlowHeaderClients,
  openStalledStreams,
} from "../../slow-clients.ts";
import { defineEchoContract, echoRequest } from "./echo-contract.ts";

const nginx = findNginx();
const HEADER_TIMEOUT_MS = 1_000;
const EXAMPLE_CONFIG = JSON.parse(
  readFileSync(join(NGINX_DIR, "config.example.json"), "utf8"),
) as unknown;
const SHIPPED_LIMITS = readFileSync(join(NGINX_DIR, "client-limits.conf"), "utf8");
const HEADER_TIMEOUT_S = Number(/^client_header_timeout (\d+)s;/m.exec(SHIPPED_LIMITS)?.[1]);
const PER_CLIENT = Number(
  /^limit_conn nat64_selftest_per_client (\d+);/m.exec(SHIPPED_LIMITS)?.[1],
);
/** Slow connections the slow-client test opens: about twice what Debian's defaults can hold. */
const SLOW_CLIENTS = 3_000;

/** The hard limit on open files of this process (what nginx and the test clients can reach). */
function openFileLimit(): number {
  const out = spawnSync("sh", ["-c", "ulimit -Hn"], { encoding: "utf8" }).stdout.trim();
  return out === "unlimited" ? Number.POSITIVE_INFINITY : Number(out);
}

/** Polls `check` every 100 ms until it holds or `ms` have passed; returns whether it held. */
async function eventually(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

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

describe("docs/deploy.md's nginx.conf settings", () => {
  const guide = readFileSync(new URL("../../../docs/deploy.md", import.meta.url), "utf8");
  // The fenced block that tells operators what to change in /etc/nginx/nginx.conf.
  const snippet = [...guide.matchAll(/```nginx\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? "")
    .find((block) => block.includes("worker_connections"));

  it("are the ones the tests run nginx with", () => {
    expect(snippet, "a ```nginx block with worker_connections in docs/deploy.md").toBeDefined();
    expect(snippet).toMatch(/\/etc\/nginx\/nginx\.conf/);
    expect(snippet).toMatch(
      new RegExp(`^\\s*worker_connections ${NGINX_MAIN.workerConnections};`, "m"),
    );
    expect(snippet).toMatch(
      new RegExp(`^\\s*worker_rlimit_nofile ${NGINX_MAIN.workerRlimitNofile};`, "m"),
    );
    expect(snippet).toMatch(
      new RegExp(`^\\s*worker_processes ${NGINX_MAIN.workerProcesses};`, "m"),
    );
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

    it("treats every symbolic link inside the web root as absent (404), wherever it points", async () => {
      const www = join(server.dir, "www");
      writeFileSync(join(server.dir, "secret.txt"), "outside the web root\n");
      mkdirSync(join(server.dir, "outside"), { recursive: true });
      writeFileSync(join(server.dir, "outside", "key.pem"), "outside the web root\n");
      writeFileSync(join(www, "inside.txt"), "inside\n");
      symlinkSync(join(server.dir, "secret.txt"), join(www, "secret.txt"));
      symlinkSync(join(server.dir, "outside"), join(www, "outside"));
      symlinkSync(join(server.dir, "secret.txt"), join(www, "assets", "app-9999.js"));
      // Even a link that stays inside the root: the build has none, so any link is planted.
      symlinkSync("inside.txt", join(www, "alias.txt"));
      for (const path of ["/secret.txt", "/outside/key.pem", "/assets/app-9999.js", "/alias.txt"]) {
        const tls = await tlsGet(server.ports.https4, "127.0.0.1", "selftest.example.net", path);
        expect(tls.status, `https ${path}`).toBe(404);
        expect(tls.body).not.toContain("outside the web root");
        const plain = await echoRequest({ host: "::1", port: server.ports.http6 }, path, {
          headers: { Host: "http.selftest.example.net" },
        });
        expect(plain.status, `http ${path}`).toBe(404);
        expect(plain.body).not.toContain("outside the web root");
      }
      const regular = await tlsGet(
        server.ports.https4,
        "127.0.0.1",
        "selftest.example.net",
        "/inside.txt",
      );
      expect(regular.status).toBe(200);
    });

    it("still serves a web root that is itself a symbolic link (e.g. to a release directory)", async () => {
      const www = join(server.dir, "www");
      const release = join(server.dir, "release-42");
      renameSync(www, release);
      symlinkSync(release, www);
      try {
        const reply = await tlsGet(server.ports.https4, "127.0.0.1", "selftest.example.net", "/");
        expect(reply.status).toBe(200);
        expect(reply.body).toContain("test page");
      } finally {
        rmSync(www);
        renameSync(release, www);
      }
    });
  });

  const enoughFiles = openFileLimit() >= SLOW_CLIENTS + 1_000;
  describe.skipIf(!enoughFiles)(
    `nginx under slow clients${enoughFiles ? "" : ` (skipped: the open-file limit ${openFileLimit()} is below ${SLOW_CLIENTS + 1_000})`}`,
    () => {
      let server: LocalNginx;
      // Started as production runs: Debian's nginx.conf with docs/deploy.md's settings.
      beforeAll(async () => {
        server = await startLocalNginx({ nginx });
      });
      afterAll(async () => {
        await server?.stop();
      });

      it(`answers every visitor while ${SLOW_CLIENTS} connections from 30 other addresses never finish their request, and drops those after the ${HEADER_TIMEOUT_S} s header timeout`, {
        timeout: 30_000,
      }, async () => {
        const target = { host: "127.0.0.1", port: server.ports.http4 };
        const slow = await openSlowHeaderClients({
          target,
          count: SLOW_CLIENTS,
          from: loopbackAddresses(2, 30),
          partialRequest: "GET /echo HTTP/1.1\r\nHost: v4.selftest.example.net\r\nX-Slow: 1\r\n",
        });
        const openedAt = Date.now();
        try {
          expect(slow.opened).toBe(SLOW_CLIENTS);
          const visitor: HttpGet = {
            target,
            from: "127.0.0.1",
            path: "/echo",
            host: "v4.selftest.example.net",
          };
          const real = await echoRequests(visitor, 200, 10);
          expect(real.failures).toEqual([]);
          expect(real.ok).toBe(200);
          const page = await getOnce({ ...visitor, path: "/", host: "http.selftest.example.net" });
          expect(page.status).toBe(200);
          // Nothing is left of them once the header timeout has passed (3 s to spare).
          const waitMs = HEADER_TIMEOUT_S * 1_000 + 3_000 - (Date.now() - openedAt);
          expect(await eventually(() => slow.stillOpen() === 0, waitMs)).toBe(true);
        } finally {
          slow.close();
        }
      });

      it(`caps one client address at ${PER_CLIENT} responses in progress (429 beyond) while other addresses are served`, async () => {
        const https4 = { host: "127.0.0.1", port: server.ports.https4 };
        const http4 = { host: "127.0.0.1", port: server.ports.http4 };
        const abuser = "127.0.0.9";
        const stalled = await openStalledStreams(
          { target: https4, from: abuser, path: "/", host: "selftest.example.net" },
          PER_CLIENT + 3,
        );
        const page = (from: string) =>
          getOnce({ target: http4, from, path: "/", host: "http.selftest.example.net" });
        try {
          const count = (status: number) => stalled.statuses.filter((s) => s === status).length;
          expect(stalled.statuses.length).toBe(PER_CLIENT + 3);
          expect(count(200)).toBe(PER_CLIENT);
          expect(count(429)).toBe(3);
          expect((await page(abuser)).status).toBe(429);
          expect((await page("127.0.0.1")).status).toBe(200);
          expect((await page("127.0.0.10")).status).toBe(200);
          // The echo is answered before any limit is counted (and is never in progress for
          // long), so a visitor sharing a busy address still gets an answer.
          const echo = await echoRequests(
            { target: http4, from: abuser, path: "/echo", host: "v4.selftest.example.net" },
            1,
            1,
          );
          expect(echo.failures).toEqual([]);
        } finally {
          stalled.close();
        }
        // The cap is on what is in progress: once those connections are gone, the address is
        // served again.
        expect(await eventually(async () => (await page(abuser)).status === 200, 5_000)).toBe(true);
      });
    },
  );
}
