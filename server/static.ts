// A minimal static file server for `npm start`, the browser tests and the lab: serves the built
// page from one folder, with a few paths (config.json) overridden in memory so a generated
// config never has to be written into dist/. Not a production server: nginx is (server/nginx/).
// It serves only files inside its folder: no ../, no absolute paths, and no symlink that
// leads out of it.

import { readFile, realpath, stat } from "node:fs/promises";
import http from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { buildCsp } from "../scripts/csp.mjs";
import { formatHostPort, type HostPort } from "./echo.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

export interface StaticOptions {
  root: string;
  listen: HostPort[];
  /** Paths served from memory instead of the folder, e.g. { "/config.json": "{…}" }. */
  files?: Record<string, string>;
  /** Extra headers on every response (e.g. a Content-Security-Policy under test). */
  headers?: Record<string, string>;
  /**
   * Send the page headers production sends (server/nginx/page-headers.conf): the
   * Content-Security-Policy that scripts/csp.mjs builds from the served config.json (for an
   * http:// page; frame-ancestors from its embedOrigins), and embed.html's own policy from
   * page-location.conf. HSTS is left out: browsers ignore it over plain HTTP. `headers` still
   * win over these.
   */
  productionHeaders?: boolean;
}

/** embed.html's policy in production (server/nginx/page-location.conf): it frames the page. */
export const EMBED_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";

export interface StaticHandle {
  /** One base URL per bound socket, e.g. "http://127.0.0.1:41234/". */
  urls: string[];
  bound: HostPort[];
  close(): Promise<void>;
}

function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/** The policy production sends with the page, from the config.json this server serves. */
async function pagePolicy(root: string, overrides: Record<string, string>): Promise<string> {
  try {
    const text = overrides["/config.json"] ?? (await readFile(join(root, "config.json"), "utf8"));
    return buildCsp(JSON.parse(text), "http").value;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot build the Content-Security-Policy from config.json: ${why}`);
  }
}

/** The real path of `root`, so files are checked against where it really is. */
async function realRoot(root: string): Promise<string> {
  try {
    return await realpath(root);
  } catch {
    return root; // missing: every file will be "not found"
  }
}

/** The file's real path if it is a regular file inside `root` (symlinks followed), else null. */
async function fileInside(root: string, file: string): Promise<string | null> {
  try {
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

export async function startStatic(options: StaticOptions): Promise<StaticHandle> {
  const root = await realRoot(resolve(options.root));
  const overrides = options.files ?? {};
  const production = options.productionHeaders
    ? { csp: await pagePolicy(root, overrides) }
    : undefined;

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    let decoded: string | null;
    try {
      decoded = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      decoded = null;
    }
    const policy = production && {
      "Content-Security-Policy": decoded === "/embed.html" ? EMBED_PAGE_CSP : production.csp,
    };
    const common = {
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      ...policy,
      ...options.headers,
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...common, Allow: "GET, HEAD", "Content-Type": "text/plain" });
      res.end("method not allowed\n");
      return;
    }
    if (decoded === null) {
      res.writeHead(400, { ...common, "Content-Type": "text/plain" });
      res.end("bad request\n");
      return;
    }
    let pathname = decoded;
    if (pathname.endsWith("/")) pathname += "index.html";
    const override = overrides[pathname];
    let body: Buffer | string;
    if (override !== undefined) {
      body = override;
    } else {
      // Refuse anything that would leave the root (../, absolute paths, NUL).
      const file = normalize(join(root, pathname));
      if (!file.startsWith(root + sep) || pathname.includes("\0")) {
        res.writeHead(404, { ...common, "Content-Type": "text/plain" });
        res.end("not found\n");
        return;
      }
      const real = await fileInside(root, file);
      if (real === null) {
        res.writeHead(404, { ...common, "Content-Type": "text/plain" });
        res.end("not found\n");
        return;
      }
      body = await readFile(real);
    }
    res.writeHead(200, {
      ...common,
      "Content-Type": contentType(pathname),
      // Hashed assets never change; the page and its config must always be fresh.
      "Cache-Control": pathname.startsWith("/assets/")
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const servers: http.Server[] = [];
  const bound: HostPort[] = [];
  try {
    for (const target of options.listen) {
      const server = http.createServer((req, res) => {
        handler(req, res).catch(() => {
          if (!res.headersSent) res.writeHead(500);
          res.end();
        });
      });
      await new Promise<void>((resolveListen, reject) => {
        server.once("error", reject);
        server.listen(
          { host: target.host, port: target.port, ipv6Only: target.host.includes(":") },
          () => {
            server.off("error", reject);
            resolveListen();
          },
        );
      });
      servers.push(server);
      const address = server.address();
      bound.push({
        host: target.host,
        port: typeof address === "object" && address ? address.port : target.port,
      });
    }
  } catch (error) {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    throw error;
  }
  return {
    bound,
    urls: bound.map((b) => `http://${formatHostPort(b)}/`),
    close: async () => {
      for (const s of servers) s.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}
