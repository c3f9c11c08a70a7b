// server/static.ts (the page server of `npm start`, the browser tests and the lab): it serves
// nothing outside its folder, symlinks included, and `npm start` sends the page headers
// production sends (server/nginx/page-headers.conf, page-location.conf).

import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCsp } from "../../../scripts/csp.mjs";
import { type StaticHandle, startStatic } from "../../../server/static.ts";

const NGINX_DIR = fileURLToPath(new URL("../../../server/nginx/", import.meta.url));

/** GET with the path sent exactly as written (no normalisation of ../ or %2e). */
function get(
  base: string,
  path: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * A temp tree: site/ (the root) with a page, and outside/ with a secret; links inside site/
 * lead out of it (a file, a folder, a chain) and within it.
 */
function makeTree(): { dir: string; root: string } {
  const dir = mkdtempSync(join(tmpdir(), "static-test-"));
  const root = join(dir, "site");
  mkdirSync(join(root, "assets"), { recursive: true });
  mkdirSync(join(dir, "outside"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>page</title>");
  writeFileSync(join(root, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(dir, "outside", "secret.txt"), "SECRET");
  writeFileSync(join(dir, "site-evil.txt"), "SIBLING"); // shares the root's name as a prefix
  symlinkSync(join(dir, "outside", "secret.txt"), join(root, "leak.txt"));
  symlinkSync("../outside/secret.txt", join(root, "relative-leak.txt"));
  symlinkSync(join(dir, "outside"), join(root, "outside-dir"));
  symlinkSync(join(root, "leak.txt"), join(root, "chain.txt"));
  symlinkSync(join(dir, "site-evil.txt"), join(root, "prefix-leak.txt"));
  symlinkSync("/etc/passwd", join(root, "passwd"));
  symlinkSync("index.html", join(root, "home.html"));
  symlinkSync(join(root, "assets"), join(root, "static"));
  symlinkSync(root, join(dir, "site-link"));
  return { dir, root };
}

describe("static server: nothing outside its folder", () => {
  let tree: { dir: string; root: string };
  let direct: StaticHandle;
  let viaLink: StaticHandle;
  beforeAll(async () => {
    tree = makeTree();
    direct = await startStatic({ root: tree.root, listen: [{ host: "127.0.0.1", port: 0 }] });
    // The folder itself may be a symlink (e.g. dist -> /srv/build): still served.
    viaLink = await startStatic({
      root: join(tree.dir, "site-link"),
      listen: [{ host: "127.0.0.1", port: 0 }],
    });
  });
  afterAll(async () => {
    await Promise.all([direct?.close(), viaLink?.close()]);
    rmSync(tree.dir, { recursive: true, force: true });
  });

  for (const [name, path] of [
    ["a symlink to a file outside", "/leak.txt"],
    ["a relative symlink to a file outside", "/relative-leak.txt"],
    ["a file through a symlinked folder outside", "/outside-dir/secret.txt"],
    ["a symlink to a symlink outside", "/chain.txt"],
    ["a symlink to a sibling whose name starts like the folder's", "/prefix-leak.txt"],
    ["a symlink to /etc/passwd", "/passwd"],
    ["../ out of the folder", "/../outside/secret.txt"],
    ["encoded ../", "/%2e%2e/outside/secret.txt"],
  ] as const) {
    it(`refuses ${name}`, async () => {
      for (const server of [direct, viaLink]) {
        const reply = await get(server.urls[0] as string, path);
        expect(reply.status).toBe(404);
        expect(reply.body).not.toMatch(/SECRET|SIBLING|root:/);
      }
    });
  }

  it("serves files and symlinks that stay inside", async () => {
    for (const server of [direct, viaLink]) {
      const base = server.urls[0] as string;
      expect((await get(base, "/")).body).toContain("<title>page</title>");
      expect((await get(base, "/home.html")).body).toContain("<title>page</title>");
      expect((await get(base, "/static/app.js")).body).toBe("console.log(1)");
    }
  });
});

/** The value of `add_header NAME "value" always;` in an nginx file (first match). */
function nginxHeader(conf: string, name: string): string | undefined {
  const line = new RegExp(`add_header ${name} ("([^"]*)"|(\\S+)) always;`).exec(conf);
  return line?.[2] ?? line?.[3];
}

describe("static server: the page headers production sends", () => {
  const config = {
    probes: {
      v4: "http://127.0.0.1:8065/echo",
      ds: "http://localhost:8065/echo",
    },
    doh: [{ name: "Example DNS", url: "https://dns.example/dns-query" }],
    embedOrigins: ["https://help.example.net"],
  };
  let tree: { dir: string; root: string };
  let site: StaticHandle;
  beforeAll(async () => {
    tree = makeTree();
    site = await startStatic({
      root: tree.root,
      listen: [{ host: "127.0.0.1", port: 0 }],
      files: { "/config.json": JSON.stringify(config) },
      productionHeaders: true,
    });
  });
  afterAll(async () => {
    await site?.close();
    rmSync(tree.dir, { recursive: true, force: true });
  });

  it("sends page-headers.conf's headers, with the CSP csp.mjs builds from the config", async () => {
    const conf = readFileSync(join(NGINX_DIR, "page-headers.conf"), "utf8");
    const expected = buildCsp(config, "http").value;
    expect(expected).toContain("frame-ancestors 'self' https://help.example.net");
    for (const path of ["/", "/config.json", "/assets/app.js", "/missing"]) {
      const { headers } = await get(site.urls[0] as string, path);
      expect(headers["content-security-policy"], path).toBe(expected);
      for (const name of ["Referrer-Policy", "X-Content-Type-Options"]) {
        expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(nginxHeader(conf, name));
      }
    }
    expect(nginxHeader(conf, "Content-Security-Policy")).toBe("$nat64_selftest_csp");
  });

  it("sends embed.html the policy page-location.conf gives it", async () => {
    const conf = readFileSync(join(NGINX_DIR, "page-location.conf"), "utf8");
    const block = conf.slice(conf.indexOf("location = /embed.html"));
    const { headers } = await get(site.urls[0] as string, "/embed.html");
    expect(headers["content-security-policy"]).toBe(nginxHeader(block, "Content-Security-Policy"));
  });

  it("refuses to start when the config cannot give a policy, saying why", async () => {
    await expect(
      startStatic({
        root: tree.root,
        listen: [{ host: "127.0.0.1", port: 0 }],
        files: { "/config.json": '{"probes": {"v4": "ftp://x/echo"}}' },
        productionHeaders: true,
      }),
    ).rejects.toThrow(/cannot build the Content-Security-Policy from config.json: .*ftp/);
  });
});

const START_SCRIPT = fileURLToPath(new URL("../../../scripts/start.ts", import.meta.url));
const DIST_INDEX = fileURLToPath(new URL("../../../dist/index.html", import.meta.url));

describe("npm start", () => {
  it("serves the page with the CSP production would send for its config", async () => {
    expect(existsSync(DIST_INDEX), "run `npm run build` first").toBe(true);
    const child = spawn(process.execPath, ["--import", "tsx", START_SCRIPT], {
      env: { ...process.env, PORT: "0", ECHO_PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Open the self-test: +(http:\/\/\S+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.on("exit", (code) => reject(new Error(`start exited with ${code}`)));
      });
      const base = url.replace("localhost", "127.0.0.1");
      const served = JSON.parse((await get(base, "/config.json")).body) as unknown;
      const page = await get(base, "/");
      expect(page.status).toBe(200);
      expect(page.headers["content-security-policy"]).toBe(buildCsp(served, "http").value);
      expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'self'");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
