// Slow clients against an HTTP server on loopback, for the nginx tests and for the figures in
// docs/deploy.md. Three kinds of client, all bounded (every connection has a deadline, and
// close() ends what is left):
//   - slow-header clients: connect, send the start of a request header and never finish it
//     (what "slowloris" does: each one holds a server connection until the header timeout);
//   - stalled streams: HTTP/2 requests whose responses the client never lets the server send,
//     so the server has responses in progress that it cannot finish (until its send timeout),
//     like a client that stops reading;
//   - real requests: one GET per new connection, as the page's probes do, with their latency.
// Spreading clients over several loopback source addresses (127.0.0.2, 127.0.0.3, …) makes them
// several "client addresses" for per-address limits; Linux routes all of 127.0.0.0/8 to lo.

import http2 from "node:http2";
import net from "node:net";
import tls from "node:tls";
import { pathToFileURL } from "node:url";

export interface Target {
  host: string;
  port: number;
}

/** 127.0.0.<first>, 127.0.0.<first+1>, … (count addresses, all on the loopback interface). */
export function loopbackAddresses(first: number, count: number): string[] {
  if (!(first >= 1 && count >= 1 && first + count - 1 <= 254)) {
    throw new Error(`loopback addresses: 127.0.0.${first} + ${count} is out of range`);
  }
  return Array.from({ length: count }, (_, i) => `127.0.0.${first + i}`);
}

/** The p-th percentile (0-100) of a list of numbers, nearest rank; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Runs task(0..count-1) with at most `limit` of them running at once. */
async function inParallel(count: number, limit: number, task: (i: number) => Promise<void>) {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
}

export interface SlowHeaderOptions {
  target: Target;
  /** How many connections to open. */
  count: number;
  /** Local addresses to open them from, in turn. */
  from: readonly string[];
  /** The unfinished request each one sends (no blank line at the end). */
  partialRequest: string;
  /** Give up on one connection attempt after this long (a full accept queue drops SYNs). */
  connectTimeoutMs?: number;
  /** Connection attempts in flight at once. */
  parallel?: number;
  /** Each connection is reset after this long even if close() is never called (default 60 s). */
  maxLifetimeMs?: number;
}

export interface SlowHeaderClients {
  /** Connection attempts made. */
  attempted: number;
  /** Connections whose TCP handshake completed. */
  opened: number;
  /** How many of them the server still holds open now. */
  stillOpen(): number;
  /** Resets every connection (so nothing lingers in TIME_WAIT). */
  close(): void;
}

/** Opens `count` connections that each send an unfinished request header and then wait. */
export async function openSlowHeaderClients(
  options: SlowHeaderOptions,
): Promise<SlowHeaderClients> {
  const sockets = new Set<net.Socket>();
  const open = new Set<net.Socket>();
  let opened = 0;
  const connectTimeoutMs = options.connectTimeoutMs ?? 3_000;
  await inParallel(options.count, options.parallel ?? 200, async (i) => {
    await new Promise<void>((resolve) => {
      const socket = net.connect({
        host: options.target.host,
        port: options.target.port,
        localAddress: options.from[i % options.from.length],
      });
      sockets.add(socket);
      const timer = setTimeout(() => {
        socket.destroy();
        resolve();
      }, connectTimeoutMs);
      socket.once("connect", () => {
        clearTimeout(timer);
        opened++;
        open.add(socket);
        socket.write(options.partialRequest);
        setTimeout(() => socket.resetAndDestroy(), options.maxLifetimeMs ?? 60_000).unref();
        resolve();
      });
      socket.once("close", () => {
        clearTimeout(timer);
        open.delete(socket);
        sockets.delete(socket);
        resolve();
      });
      // A refused or reset connection shows as "not opened" or "no longer open".
      socket.on("error", () => {});
      // Whatever the server sends before closing (a 408, an error page) is dropped.
      socket.on("data", () => {});
    });
  });
  return {
    attempted: options.count,
    opened,
    stillOpen: () => open.size,
    close: () => {
      for (const socket of sockets) socket.resetAndDestroy();
      sockets.clear();
      open.clear();
    },
  };
}

export interface HttpGet {
  target: Target;
  /** The local address to send from. */
  from: string;
  path: string;
  /** The Host header (selects the nginx server block). */
  host: string;
}

export interface StalledStreams {
  /** The HTTP status each stream got, in order of opening (0: no answer). */
  statuses: number[];
  /** Closes every connection. */
  close(): void;
}

/**
 * Opens `count` HTTP/2 connections over TLS from `request.from`, all at once, each with one GET
 * whose response body it never lets the server send (a flow-control window of 0): the server
 * has that many responses in progress for one client address, at no cost to the machine
 * running the test. Each request goes out with its connection's preface: with nginx 1.22, a
 * request sent only after the connection's settings exchange got no answer at all. A stream
 * that fails, or gets no answer within `answerTimeoutMs`, counts as status 0.
 */
export async function openStalledStreams(
  request: HttpGet,
  count: number,
  answerTimeoutMs = 5_000,
): Promise<StalledStreams> {
  const sessions: http2.ClientHttp2Session[] = [];
  const statuses = await Promise.all(
    Array.from({ length: count }, () => {
      const session = http2.connect(`https://${request.host}:${request.target.port}`, {
        createConnection: () =>
          tls.connect({
            socket: net.connect({
              host: request.target.host,
              port: request.target.port,
              localAddress: request.from,
            }),
            servername: request.host,
            ALPNProtocols: ["h2"],
            // The test certificate is self-signed; what is tested is not TLS.
            rejectUnauthorized: false,
          }),
        settings: { initialWindowSize: 0 },
      });
      sessions.push(session);
      // Ends by itself even if close() is never called.
      setTimeout(() => session.destroy(), 60_000).unref();
      return new Promise<number>((resolve) => {
        const timer = setTimeout(() => resolve(0), answerTimeoutMs);
        const answer = (status: number): void => {
          clearTimeout(timer);
          resolve(status);
        };
        session.on("error", () => answer(0));
        const stream = session.request({ ":path": request.path });
        stream.on("error", () => answer(0));
        stream.on("response", (headers) => answer(Number(headers[":status"])));
      });
    }),
  );
  return {
    statuses,
    close: () => {
      for (const session of sessions) session.destroy();
    },
  };
}

function statusOf(response: string): number {
  const match = /^HTTP\/1\.[01] (\d{3}) /.exec(response);
  return match ? Number(match[1]) : 0;
}

export interface GetResult {
  /** 0 when there was no HTTP answer (refused, reset, timed out). */
  status: number;
  body: string;
  ms: number;
  /** Why there was no answer, for failure messages. */
  error?: string;
}

/** One GET on a new connection (Connection: close), bounded by `timeoutMs`. */
export function getOnce(request: HttpGet, timeoutMs = 5_000): Promise<GetResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({
      host: request.target.host,
      port: request.target.port,
      localAddress: request.from,
    });
    const finish = (error?: string): void => {
      clearTimeout(timer);
      socket.destroy();
      const response = Buffer.concat(chunks).toString("latin1");
      const status = statusOf(response);
      const body = response.slice(response.indexOf("\r\n\r\n") + 4);
      const ms = performance.now() - started;
      resolve(status ? { status, body, ms } : { status, body: "", ms, error: error ?? "closed" });
    };
    const timer = setTimeout(() => finish(`no answer within ${timeoutMs} ms`), timeoutMs);
    socket.once("connect", () => {
      socket.write(
        `GET ${request.path} HTTP/1.1\r\nHost: ${request.host}\r\nConnection: close\r\n\r\n`,
      );
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", (err: NodeJS.ErrnoException) => finish(err.code ?? err.message));
    socket.once("end", () => finish());
  });
}

export interface EchoRequestsResult {
  ok: number;
  failed: number;
  /** Latency of every request that got an answer, in milliseconds. */
  latencies: number[];
  /** The first few failures, for messages. */
  failures: string[];
}

/**
 * `count` echo requests, `parallel` at a time, each on a new connection: ok means status 200
 * and the echo reporting the address the request came from.
 */
export async function echoRequests(
  request: HttpGet,
  count: number,
  parallel: number,
  timeoutMs = 5_000,
): Promise<EchoRequestsResult> {
  const result: EchoRequestsResult = { ok: 0, failed: 0, latencies: [], failures: [] };
  await inParallel(count, parallel, async () => {
    const reply = await getOnce(request, timeoutMs);
    if (reply.status) result.latencies.push(reply.ms);
    let ip: unknown;
    try {
      ip = (JSON.parse(reply.body) as { ip?: unknown }).ip;
    } catch {
      ip = undefined;
    }
    if (reply.status === 200 && ip === request.from) {
      result.ok++;
    } else {
      result.failed++;
      if (result.failures.length < 5) {
        result.failures.push(reply.error ?? `HTTP ${reply.status} ${reply.body.slice(0, 60)}`);
      }
    }
  });
  return result;
}

// --- As a script: the figures for docs/deploy.md ---------------------------------------------

interface FigureOptions {
  confDir?: string;
  workerConnections?: number;
  rlimit: boolean;
  slow: number;
  addresses: number;
  requests: number;
}

function parseFigureArgs(argv: readonly string[]): FigureOptions {
  const options: FigureOptions = { rlimit: true, slow: 3_000, addresses: 30, requests: 500 };
  const number = (i: number, name: string): number => {
    const value = Number(argv[i]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--conf-dir") options.confDir = argv[++i];
    else if (arg === "--worker-connections") options.workerConnections = number(++i, arg);
    else if (arg === "--no-rlimit") options.rlimit = false;
    else if (arg === "--slow") options.slow = number(++i, arg);
    else if (arg === "--addresses") options.addresses = number(++i, arg);
    else if (arg === "--requests") options.requests = number(++i, arg);
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.addresses > 250) throw new Error("--addresses: at most 250 (127.0.0.2-251)");
  return options;
}

/** Resident memory of nginx's workers in MB (Linux /proc), or NaN when unknown. */
async function workersRssMb(masterPid: number | undefined): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  try {
    const children = (await readFile(`/proc/${masterPid}/task/${masterPid}/children`, "utf8"))
      .trim()
      .split(/\s+/);
    let kb = 0;
    for (const pid of children) {
      const status = await readFile(`/proc/${pid}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    }
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

async function printFigures(options: FigureOptions): Promise<void> {
  const { startLocalNginx, NGINX_MAIN } = await import("../server/nginx/local-nginx.mjs");
  const server = await startLocalNginx({
    ...(options.confDir ? { confDir: options.confDir } : {}),
    ...(options.workerConnections ? { workerConnections: options.workerConnections } : {}),
    ...(options.rlimit ? {} : { workerRlimitNofile: null }),
  });
  const target = { host: "127.0.0.1", port: server.ports.http4 };
  const real: HttpGet = {
    target,
    from: "127.0.0.1",
    path: "/echo",
    host: "v4.selftest.example.net",
  };
  const ms = (values: number[], p: number): string => percentile(values, p).toFixed(1);
  let slow: SlowHeaderClients | undefined;
  try {
    await echoRequests(real, 100, 10); // warm-up: connections, JIT
    const idle = await echoRequests(real, options.requests, 10);
    const idleRss = await workersRssMb(server.pid);
    const openStarted = performance.now();
    slow = await openSlowHeaderClients({
      target,
      count: options.slow,
      from: loopbackAddresses(2, options.addresses),
      partialRequest: "GET /echo HTTP/1.1\r\nHost: v4.selftest.example.net\r\nX-Slow: 1\r\n",
    });
    const openMs = performance.now() - openStarted;
    const loaded = await echoRequests(real, options.requests, 10);
    const row = {
      files: options.confDir ?? "server/nginx (this checkout)",
      workerConnections: options.workerConnections ?? NGINX_MAIN.workerConnections,
      slowConnections: `${options.slow} from ${options.addresses} addresses`,
      opened: `${slow.opened} in ${(openMs / 1000).toFixed(1)} s`,
      heldByNginx: slow.stillOpen(),
      idle: `${idle.ok} ok / ${idle.failed} failed, p50 ${ms(idle.latencies, 50)} ms, p99 ${ms(idle.latencies, 99)} ms`,
      underLoad: `${loaded.ok} ok / ${loaded.failed} failed, p50 ${ms(loaded.latencies, 50)} ms, p99 ${ms(loaded.latencies, 99)} ms`,
      failures: loaded.failures,
      workersRssMb: `${idleRss.toFixed(1)} idle, ${(await workersRssMb(server.pid)).toFixed(1)} under load`,
    };
    console.log(JSON.stringify(row, null, 2));
  } finally {
    slow?.close();
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let options: FigureOptions;
  try {
    options = parseFigureArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`slow-clients: ${(err as Error).message}`);
    console.error(
      "usage: npx tsx test/slow-clients.ts [--conf-dir DIR] [--worker-connections N] [--no-rlimit] [--slow N] [--addresses K] [--requests R]",
    );
    process.exit(2);
  }
  await printFigures(options);
}
