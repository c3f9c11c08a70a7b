// A minimal static file server for `npm start`, the browser tests and the lab: serves the built
// page from one folder, with a few paths (config.json) overridden in memory so a generated
// config never has to be written into dist/. Not a production server: nginx is (server/nginx/).

import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
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
}

export interface StaticHandle {
  /** One base URL per bound socket, e.g. "http://127.0.0.1:41234/". */
  urls: string[];
  bound: HostPort[];
  close(): Promise<void>;
}

function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

export async function startStatic(options: StaticOptions): Promise<StaticHandle> {
  const root = resolve(options.root);
  const overrides = options.files ?? {};

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const common = {
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      ...options.headers,
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...common, Allow: "GET, HEAD", "Content-Type": "text/plain" });
      res.end("method not allowed\n");
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400, { ...common, "Content-Type": "text/plain" });
      res.end("bad request\n");
      return;
    }
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
      try {
        if (!(await stat(file)).isFile()) throw new Error("not a file");
        body = await readFile(file);
      } catch {
        res.writeHead(404, { ...common, "Content-Type": "text/plain" });
        res.end("not found\n");
        return;
      }
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
