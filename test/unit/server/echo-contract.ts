// The echo contract: what the page relies on from any echo endpoint, as one parametrized suite.
// It runs against server/echo.ts (echo.test.ts) and against a real nginx with the shipped
// configuration (nginx.test.ts). Raw node:http/node:net clients are used (not fetch) so the test
// knows the local address and port the server should report.

import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest } from "./raw-http.ts";

export interface HostPort {
  host: string;
  port: number;
}

export interface EchoUnderTest {
  /** Where the endpoint listens on 127.0.0.1. */
  v4: HostPort;
  /** Where the endpoint listens on ::1. */
  v6: HostPort;
  close(): Promise<void>;
}

export interface EchoContractOptions {
  /**
   * Which `?size=` values to check for exact length (each at least 32, larger than any bare
   * loopback body). nginx supports a fixed list (see
   * server/nginx/README.md); the Node echo supports any size.
   */
  sizes: number[];
  /**
   * The server's header timeout in milliseconds, to check that a client that never finishes its
   * headers is disconnected. Omit to skip that check.
   */
  headerTimeoutMs?: number;
}

export interface EchoReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The client side of the connection, as the server should report it. */
  local: { address: string; port: number };
}

export function echoRequest(
  target: HostPort,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<EchoReply> {
  return new Promise((resolve, reject) => {
    let local = { address: "", port: 0 };
    const req = http.request(
      {
        host: target.host,
        port: target.port,
        family: net.isIPv6(target.host) ? 6 : 4,
        path,
        method: init.method ?? "GET",
        headers: init.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            local,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("socket", (socket) => {
      const remember = (): void => {
        local = { address: socket.localAddress ?? "", port: socket.localPort ?? 0 };
      };
      if (socket.localPort) remember();
      else socket.once("connect", remember);
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error("request timed out")));
    if (init.body !== undefined) req.end(init.body);
    else req.end();
  });
}

/** Sends raw bytes and resolves when the server closes the connection (with what it sent). */
function rawExchange(
  target: HostPort,
  data: string,
  limitMs: number,
): Promise<{ closedAfterMs: number; received: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect({ host: target.host, port: target.port });
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for more than ${limitMs} ms`));
    }, limitMs);
    socket.on("connect", () => socket.write(data));
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
    });
    socket.on("error", () => {
      /* a reset counts as closed */
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ closedAfterMs: Date.now() - started, received });
    });
  });
}

export function defineEchoContract(
  name: string,
  startServer: () => Promise<EchoUnderTest>,
  options: EchoContractOptions,
): void {
  describe(`echo contract: ${name}`, () => {
    let server: EchoUnderTest;
    beforeAll(async () => {
      server = await startServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    for (const family of ["v4", "v6"] as const) {
      const loopback = family === "v4" ? "127.0.0.1" : "::1";
      it(`GET /echo over ${family} reports the client's address and port as JSON`, async () => {
        const reply = await echoRequest(server[family], "/echo");
        expect(reply.status).toBe(200);
        expect(reply.headers["content-type"]).toMatch(/^application\/json\b/);
        const json = JSON.parse(reply.body) as { ip: unknown; port: unknown };
        expect(json.ip).toBe(loopback);
        expect(typeof json.port).toBe("number");
        expect(json.port).toBe(reply.local.port);
        expect(Number(reply.headers["content-length"])).toBe(Buffer.byteLength(reply.body));
      });
    }

    it("sends CORS, Timing-Allow-Origin and no-store on the echo", async () => {
      const reply = await echoRequest(server.v4, "/echo", {
        headers: { Origin: "https://page.example" },
      });
      expect(reply.headers["access-control-allow-origin"]).toBe("*");
      expect(reply.headers["timing-allow-origin"]).toBe("*");
      expect(reply.headers["cache-control"]).toMatch(/\bno-store\b/);
    });

    it("ignores other query parameters (cache busters)", async () => {
      const reply = await echoRequest(server.v4, "/echo?t=12345&x=y");
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ip: "127.0.0.1" });
    });

    it("answers HEAD like GET without a body", async () => {
      const reply = await echoRequest(server.v4, "/echo", { method: "HEAD" });
      expect(reply.status).toBe(200);
      expect(reply.body).toBe("");
      expect(reply.headers["access-control-allow-origin"]).toBe("*");
    });

    it("answers a CORS preflight", async () => {
      const reply = await echoRequest(server.v6, "/echo", {
        method: "OPTIONS",
        headers: {
          Origin: "https://page.example",
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "cache-control",
        },
      });
      expect([200, 204]).toContain(reply.status);
      expect(reply.headers["access-control-allow-origin"]).toBe("*");
      expect(String(reply.headers["access-control-allow-methods"])).toMatch(/\bGET\b/);
      const allowed = String(reply.headers["access-control-allow-headers"]).toLowerCase();
      expect(allowed === "*" || allowed.includes("cache-control")).toBe(true);
    });

    for (const size of options.sizes) {
      for (const family of ["v4", "v6"] as const) {
        it(`?size=${size} over ${family} pads the JSON to exactly ${size} bytes`, async () => {
          const reply = await echoRequest(server[family], `/echo?size=${size}`);
          expect(reply.status).toBe(200);
          expect(Buffer.byteLength(reply.body)).toBe(size);
          expect(Number(reply.headers["content-length"])).toBe(size);
          const json = JSON.parse(reply.body) as { ip: string; port: number };
          expect(json.ip).toBe(family === "v4" ? "127.0.0.1" : "::1");
          expect(json.port).toBe(reply.local.port);
        });
      }
    }

    it("caps ?size at 10000 bytes", async () => {
      for (const size of ["10001", "50000", "999999999"]) {
        const reply = await echoRequest(server.v4, `/echo?size=${size}`);
        expect(reply.status).toBe(200);
        expect(Buffer.byteLength(reply.body)).toBe(10_000);
        expect(JSON.parse(reply.body)).toMatchObject({ ip: "127.0.0.1" });
      }
    });

    it("never truncates: a ?size below the bare body gives the bare body", async () => {
      const reply = await echoRequest(server.v4, "/echo?size=1");
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toEqual({ ip: "127.0.0.1", port: reply.local.port });
    });

    it("ignores a malformed ?size", async () => {
      for (const size of ["", "-5", "abc", "1e4"]) {
        const reply = await echoRequest(server.v4, `/echo?size=${encodeURIComponent(size)}`);
        expect(reply.status).toBe(200);
        expect(JSON.parse(reply.body)).toMatchObject({ ip: "127.0.0.1" });
        expect(Buffer.byteLength(reply.body)).toBeLessThan(100);
      }
    });

    it("answers 404 for other paths", async () => {
      for (const path of ["/echo/x", "/echoes", "/nope"]) {
        const reply = await echoRequest(server.v4, path);
        expect(reply.status).toBe(404);
        expect(reply.body.length).toBeLessThan(1024);
      }
    });

    it("answers 405 for other methods on /echo", async () => {
      for (const method of ["POST", "PUT", "DELETE"]) {
        const reply = await echoRequest(server.v4, "/echo", { method });
        expect(reply.status).toBe(405);
        expect(reply.body.length).toBeLessThan(1024);
      }
    });

    it("refuses a request body", async () => {
      const reply = await echoRequest(server.v4, "/echo", {
        headers: { "Content-Type": "text/plain", "Content-Length": "100" },
        body: "x".repeat(100),
      });
      expect(reply.status).toBe(413);
    });

    it("refuses oversized headers", async () => {
      const reply = await echoRequest(server.v4, "/echo", {
        headers: { "X-Big": "a".repeat(40_000) },
      }).catch((err: NodeJS.ErrnoException) => err);
      if (reply instanceof Error) {
        // Closing the connection on the client is a refusal too.
        expect(["ECONNRESET", "EPIPE"]).toContain(reply.code);
      } else {
        expect([400, 413, 431, 494]).toContain(reply.status);
      }
    });

    it("answers a malformed request target (or closes the connection), and keeps serving", async () => {
      const targets = [
        "//x:99999/echo",
        "http://[",
        "/%",
        "http://x:99999/echo",
        "/ech\0o",
        `/${"a".repeat(100_000)}`,
      ];
      for (const target of targets) {
        const { status } = await rawRequest(
          server.v4,
          `GET ${target} HTTP/1.1\r\nHost: echo.test\r\n\r\n`,
        );
        // Servers differ on which of these they can still serve (nginx ignores the port of an
        // absolute-form target), but none may fail on them.
        if (status !== null) expect(status, target.slice(0, 40)).toBeLessThan(500);
      }
      const reply = await echoRequest(server.v4, "/echo");
      expect(reply.status).toBe(200);
    });

    const headerTimeoutMs = options.headerTimeoutMs;
    it.skipIf(headerTimeoutMs === undefined)(
      "disconnects a client that never finishes its request headers",
      async () => {
        const limit = (headerTimeoutMs ?? 0) + 3_000;
        const { closedAfterMs, received } = await rawExchange(
          server.v4,
          "GET /echo HTTP/1.1\r\nHost: echo.test\r\nX-Slow: 1\r\n",
          limit,
        );
        expect(closedAfterMs).toBeLessThan(limit);
        expect(received).not.toMatch(/^HTTP\/1\.[01] 200/);
      },
    );

    it.skipIf(headerTimeoutMs === undefined)(
      "disconnects a client that connects and never sends a byte",
      async () => {
        const limit = (headerTimeoutMs ?? 0) + 3_000;
        const { closedAfterMs, received } = await rawExchange(server.v4, "", limit);
        expect(closedAfterMs).toBeLessThan(limit);
        expect(received).not.toMatch(/^HTTP\/1\.[01] 200/);
      },
    );

    it.skipIf(headerTimeoutMs === undefined)(
      "disconnects a kept-alive client that never finishes its second request",
      async () => {
        const limit = (headerTimeoutMs ?? 0) + 3_000;
        const { closedAfterMs, received } = await rawExchange(
          server.v4,
          "GET /echo HTTP/1.1\r\nHost: echo.test\r\n\r\nGET /echo HTTP/1.1\r\nX-Slow: 1\r\n",
          limit,
        );
        expect(closedAfterMs).toBeLessThan(limit);
        // The first request was answered, the second never.
        expect(received.match(/^HTTP\/1\.[01] 200/gm)).toHaveLength(1);
      },
    );
  });
}
