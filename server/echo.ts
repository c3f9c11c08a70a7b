// The echo endpoint: a tiny Node HTTP server (no framework) that tells a client the address and
// port it came from, plus an optional STUN binding responder (RFC 5389/8489) for the WebRTC
// NAT64 signal. Any server that answers `GET /echo` with `{"ip": ...}` and CORS works with the
// page; server/nginx/ holds the recommended production equivalent (no Node process needed).
//
//   npx tsx server/echo.ts --listen 127.0.0.1:8081 --listen [::1]:8081 [--stun 127.0.0.1:3478]

import dgram from "node:dgram";
import http from "node:http";
import { isIP, isIPv6 } from "node:net";
import { pathToFileURL } from "node:url";

export interface HostPort {
  host: string;
  port: number;
}

export interface EchoOptions {
  listen: HostPort[];
  stun?: HostPort[];
  /**
   * Slow-client limits (milliseconds). Defaults: headers 10 s, whole request 20 s. Tests lower
   * them; operators have no reason to.
   */
  timeouts?: { headersMs?: number; requestMs?: number };
}

export interface EchoHandle {
  http: HostPort[];
  stun: HostPort[];
  close(): Promise<void>;
}

/** The largest body `?size=N` produces; larger requests get this size. */
export const MAX_SIZE = 10_000;
/** Request headers larger than this are refused (431). */
export const MAX_HEADER_BYTES = 8 * 1024;
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

// ---------------------------------------------------------------------------------------------
// Pure helpers

/** Reports an IPv4-mapped IPv6 address (::ffff:a.b.c.d) as plain IPv4 and drops a zone id. */
export function normalizeAddress(address: string): string {
  const noZone = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(noZone);
  return mapped?.[1] ?? noZone;
}

/**
 * Padding characters: a fixed pseudo-random alphanumeric string, so a padded response stays
 * large on the wire even if something in the path compresses it (a run of spaces would not).
 */
export const PAD_SOURCE: string = (() => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let state = 0x2112a442;
  let out = "";
  for (let i = 0; i < MAX_SIZE; i++) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
})();

/**
 * Parses the `size` query value: decimal digits only, capped at MAX_SIZE. Anything else (absent,
 * empty, negative, not a number) means "no padding".
 */
export function parseSize(value: string | null | undefined): number | undefined {
  if (value == null || !/^\d{1,9}$/.test(value)) return undefined;
  return Math.min(Number(value), MAX_SIZE);
}

/**
 * The JSON body: `{"ip":"…","port":n}`, padded to exactly `size` bytes (capped at MAX_SIZE) with
 * a `"pad"` member when size is given and larger than the bare body. Between 1 and 8 missing
 * bytes (too few for a `"pad"` member) are filled with trailing spaces, which JSON allows.
 */
export function echoBody(ip: string, port: number, size?: number): string {
  const bare = JSON.stringify({ ip, port });
  if (size === undefined || !Number.isFinite(size)) return bare;
  const target = Math.min(Math.floor(size), MAX_SIZE);
  const missing = target - Buffer.byteLength(bare);
  if (missing <= 0) return bare;
  const overhead = ',"pad":""'.length;
  if (missing < overhead) return bare + " ".repeat(missing);
  return `${bare.slice(0, -1)},"pad":"${PAD_SOURCE.slice(0, missing - overhead)}"}`;
}

export const STUN_MAGIC_COOKIE = 0x2112a442;
const STUN_HEADER_BYTES = 20;
const STUN_BINDING_REQUEST = 0x0001;
const STUN_BINDING_SUCCESS = 0x0101;
const ATTR_XOR_MAPPED_ADDRESS = 0x0020;

/**
 * Returns the 12-byte transaction ID of a well-formed STUN Binding Request, or null for anything
 * else (other methods or classes, a bad cookie or length, not STUN at all).
 */
export function parseStunBindingRequest(message: Uint8Array): Uint8Array | null {
  if (message.length < STUN_HEADER_BYTES) return null;
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  const type = view.getUint16(0);
  const length = view.getUint16(2);
  if (type !== STUN_BINDING_REQUEST) return null; // also rejects the top two bits set
  if (length % 4 !== 0 || length !== message.length - STUN_HEADER_BYTES) return null;
  if (view.getUint32(4) !== STUN_MAGIC_COOKIE) return null;
  return new Uint8Array(message.subarray(8, 20)); // a copy, and a plain Uint8Array even for a Buffer
}

function ipv4Bytes(address: string): number[] {
  return address.split(".").map((part) => Number(part));
}

function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, "");
  // An embedded dotted quad (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) becomes two hex groups.
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted?.[1]) {
    const b = ipv4Bytes(dotted[1]);
    const hi = (((b[0] ?? 0) << 8) | (b[1] ?? 0)).toString(16);
    const lo = (((b[2] ?? 0) << 8) | (b[3] ?? 0)).toString(16);
    text = `${text.slice(0, dotted.index)}${hi}:${lo}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(zeros).fill("0"), ...tailGroups];
  if (groups.length !== 8) throw new Error(`not an IPv6 address: ${address}`);
  return groups.flatMap((g) => {
    const n = Number.parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

/**
 * A Binding Success Response for `transactionId` carrying XOR-MAPPED-ADDRESS for the given
 * source address (IPv4, IPv6, or IPv4-mapped IPv6, which is reported as IPv4) and port.
 */
export function stunBindingResponse(
  transactionId: Uint8Array,
  address: string,
  port: number,
): Uint8Array {
  if (transactionId.length !== 12) throw new Error("a STUN transaction ID is 12 bytes");
  const ip = normalizeAddress(address);
  const family = isIP(ip);
  if (family !== 4 && family !== 6) throw new Error(`not an IP address: ${address}`);
  const addr = family === 4 ? ipv4Bytes(ip) : ipv6Bytes(ip);
  const valueLength = 4 + addr.length;
  const out = new Uint8Array(STUN_HEADER_BYTES + 4 + valueLength);
  const view = new DataView(out.buffer);
  view.setUint16(0, STUN_BINDING_SUCCESS);
  view.setUint16(2, 4 + valueLength);
  view.setUint32(4, STUN_MAGIC_COOKIE);
  out.set(transactionId, 8);
  // XOR-MAPPED-ADDRESS: reserved, family, port ^ cookie>>16, address ^ (cookie || transaction ID)
  view.setUint16(20, ATTR_XOR_MAPPED_ADDRESS);
  view.setUint16(22, valueLength);
  view.setUint8(24, 0);
  view.setUint8(25, family === 4 ? 0x01 : 0x02);
  view.setUint16(26, port ^ (STUN_MAGIC_COOKIE >>> 16));
  const mask = out.subarray(4, 20); // cookie then transaction ID
  addr.forEach((byte, i) => {
    out[28 + i] = byte ^ (mask[i] ?? 0);
  });
  return out;
}

/** Parses `a.b.c.d:port`, `[v6]:port` or `name:port`; throws a plain-words Error otherwise. */
export function parseHostPort(text: string): HostPort {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!match || host === undefined || host === "") {
    throw new Error(`"${text}" is not host:port (write IPv6 as [::1]:8081)`);
  }
  if (match[1] !== undefined && !isIPv6(host)) throw new Error(`"${host}" is not an IPv6 address`);
  if (!Number.isInteger(port) || port > 65535) throw new Error(`"${text}": port must be 0-65535`);
  return { host, port };
}

export function formatHostPort({ host, port }: HostPort): string {
  return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

// ---------------------------------------------------------------------------------------------
// HTTP

const COMMON_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Timing-Allow-Origin": "*",
  "Cache-Control": "no-store, no-transform",
  "X-Content-Type-Options": "nosniff",
} as const;

function sendText(res: http.ServerResponse, status: number, text: string, extra = {}): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

export function handleEcho(req: http.IncomingMessage, res: http.ServerResponse): void {
  const hasBody =
    req.headers["transfer-encoding"] !== undefined ||
    (req.headers["content-length"] !== undefined && req.headers["content-length"] !== "0");
  if (hasBody) {
    // Do not read it: answer and close the connection.
    res.shouldKeepAlive = false;
    sendText(res, 413, "request bodies are not accepted\n", { Connection: "close" });
    return;
  }
  const url = new URL(req.url ?? "/", "http://echo.invalid");
  if (url.pathname !== "/echo") {
    sendText(res, 404, "not found\n");
    return;
  }
  if (req.method === "OPTIONS") {
    res.writeHead(204, {
      ...COMMON_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "*",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
      "Content-Length": 0,
    });
    res.end();
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, "method not allowed\n", { Allow: "GET, HEAD, OPTIONS" });
    return;
  }
  const ip = normalizeAddress(req.socket.remoteAddress ?? "");
  const port = req.socket.remotePort ?? 0;
  const body = echoBody(ip, port, parseSize(url.searchParams.get("size")));
  res.writeHead(200, {
    ...COMMON_HEADERS,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
}

/** `::` with the same port as an explicit 0.0.0.0 must not also take IPv4 (EADDRINUSE). */
function wantsV6Only(target: HostPort, all: HostPort[]): boolean {
  return (
    target.host === "::" &&
    all.some((other) => other.host === "0.0.0.0" && other.port === target.port)
  );
}

function listenHttp(
  target: HostPort,
  all: HostPort[],
  timeouts: EchoOptions["timeouts"],
): Promise<http.Server> {
  const headersTimeout = timeouts?.headersMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const requestTimeout = Math.max(
    timeouts?.requestMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    headersTimeout,
  );
  const server = http.createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: 5_000,
      // How often Node checks the two timeouts above; by default only every 30 s.
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersTimeout / 4))),
    },
    handleEcho,
  );
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const status =
      err.code === "HPE_HEADER_OVERFLOW"
        ? 431
        : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? 408
          : 400;
    const reason = http.STATUS_CODES[status] ?? "Bad Request";
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(
      { host: target.host, port: target.port, ipv6Only: wantsV6Only(target, all) },
      () => {
        server.off("error", reject);
        resolve(server);
      },
    );
  });
}

function closeHttp(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

// ---------------------------------------------------------------------------------------------
// STUN

function listenStun(target: HostPort, all: HostPort[]): Promise<dgram.Socket> {
  const family = isIP(target.host);
  if (family === 0) {
    return Promise.reject(new Error(`STUN needs an IP address to bind, not "${target.host}"`));
  }
  const socket = dgram.createSocket({
    type: family === 6 ? "udp6" : "udp4",
    ipv6Only: wantsV6Only(target, all),
  });
  socket.on("message", (message, remote) => {
    const transactionId = parseStunBindingRequest(message);
    if (!transactionId) return; // ignore anything that is not a Binding Request
    const reply = stunBindingResponse(transactionId, remote.address, remote.port);
    socket.send(reply, remote.port, remote.address);
  });
  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    socket.bind({ address: target.host, port: target.port }, () => {
      socket.off("error", reject);
      // A send error (e.g. ICMP unreachable reported back) must not take the server down.
      socket.on("error", (err) => console.error(`stun: ${err.message}`));
      resolve(socket);
    });
  });
}

function closeStun(socket: dgram.Socket): Promise<void> {
  return new Promise((resolve) => socket.close(() => resolve()));
}

// ---------------------------------------------------------------------------------------------

/**
 * Starts HTTP echo servers on every `listen` address and STUN responders on every `stun`
 * address. Port 0 means an ephemeral port; the result lists the ports actually bound. If any
 * socket fails to bind, the ones already open are closed and the error is thrown.
 */
export async function startEcho(opts: EchoOptions): Promise<EchoHandle> {
  const servers: http.Server[] = [];
  const sockets: dgram.Socket[] = [];
  const close = async (): Promise<void> => {
    await Promise.all([...servers.map(closeHttp), ...sockets.map(closeStun)]);
  };
  const httpBound: HostPort[] = [];
  const stunBound: HostPort[] = [];
  const stunTargets = opts.stun ?? [];
  try {
    for (const target of opts.listen) {
      const server = await listenHttp(target, opts.listen, opts.timeouts).catch((err: unknown) => {
        throw bindError("http", target, err);
      });
      servers.push(server);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : target.port;
      httpBound.push({ host: target.host, port });
    }
    for (const target of stunTargets) {
      const socket = await listenStun(target, stunTargets).catch((err: unknown) => {
        throw bindError("stun", target, err);
      });
      sockets.push(socket);
      stunBound.push({ host: target.host, port: socket.address().port });
    }
  } catch (err) {
    await close();
    throw err;
  }
  return { http: httpBound, stun: stunBound, close };
}

function bindError(kind: "http" | "stun", target: HostPort, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const where = `${kind === "stun" ? "udp " : ""}${formatHostPort(target)}`;
  const why =
    code === "EADDRINUSE"
      ? "the address is already in use"
      : code === "EADDRNOTAVAIL"
        ? "this machine has no such address"
        : code === "EACCES"
          ? "permission denied (ports below 1024 need privileges)"
          : err instanceof Error
            ? err.message
            : String(err);
  return Object.assign(new Error(`cannot listen on ${where}: ${why}`), { code });
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = `usage: echo.ts --listen HOST:PORT [--listen HOST:PORT ...] [--stun IP:PORT ...]

  --listen HOST:PORT   serve GET /echo over HTTP (IPv6 as [::1]:8081); repeatable
  --stun IP:PORT       answer STUN Binding Requests over UDP; repeatable`;

export function parseArgs(argv: string[]): { listen: HostPort[]; stun: HostPort[] } | "help" {
  const listen: HostPort[] = [];
  const stun: HostPort[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h" || arg === "--help") return "help";
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag !== "--listen" && flag !== "--stun") throw new Error(`unknown argument "${arg}"`);
    let value: string | undefined;
    if (eq > 0 && arg.startsWith("--")) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined || value === "") throw new Error(`${flag} needs a HOST:PORT value`);
    const hostPort = parseHostPort(value);
    if (flag === "--stun" && isIP(hostPort.host) === 0) {
      throw new Error(`--stun needs an IP address, not "${hostPort.host}"`);
    }
    (flag === "--listen" ? listen : stun).push(hostPort);
  }
  if (listen.length === 0 && stun.length === 0) throw new Error("give at least one --listen");
  return { listen, stun };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`echo: ${(err as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args === "help") {
    console.log(USAGE);
    return;
  }
  let handle: EchoHandle;
  try {
    handle = await startEcho(args);
  } catch (err) {
    console.error(`echo: ${(err as Error).message}`);
    process.exit(1);
  }
  for (const bound of handle.http) {
    console.log(`echo listening on http://${formatHostPort(bound)}/echo`);
  }
  for (const bound of handle.stun) {
    console.log(`stun listening on udp ${formatHostPort(bound)}`);
  }
  const stop = (): void => {
    handle.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
