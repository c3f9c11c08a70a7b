// The echo endpoint: a tiny Node HTTP server (no framework) that tells a client the address and
// port it came from, plus an optional STUN binding responder (RFC 5389/8489) for the WebRTC
// NAT64 signal. Any server that answers `GET /echo` with `{"ip": ...}` and CORS works with the
// page; server/nginx/ holds the recommended production equivalent (no Node process needed).
//
//   npx tsx server/echo.ts --listen 127.0.0.1:8081 --listen [::1]:8081 [--stun 127.0.0.1:3478]
//
// `--delay-ms N` makes every HTTP answer of the process leave N ms after its request arrived: a
// slow path for the network lab (test/lab), whose kernel has no netem. It is a per-process flag,
// never a query parameter, so a visitor cannot make a deployed echo hold connections longer.
//
// Whatever a client sends, it gets an HTTP answer or a closed connection, never a crash: the
// request handler and the STUN responder catch everything, and each client (IPv4 address or
// IPv6 /64) may hold only a few connections at once, all clients together a bounded number.

import dgram from "node:dgram";
import { readFileSync } from "node:fs";
import http from "node:http";
import { isIP, isIPv6, type Socket } from "node:net";
import { pathToFileURL } from "node:url";

export interface HostPort {
  host: string;
  port: number;
}

export interface ConnectionLimits {
  /** Connections one client (IPv4 address, IPv6 /64) may hold at once. */
  perClient: number;
  /** Connections all clients together may hold at once (per startEcho call). */
  total: number;
  /**
   * Over a cap, a connection that has waited this long for its request may be closed to make
   * room for the new one. Default 250 ms: a browser sends its request right behind the TCP
   * handshake's last packet, so even a retransmitted request is there by then; a slow client
   * never is.
   */
  evictAfterMs: number;
}

export interface EchoOptions {
  listen: HostPort[];
  stun?: HostPort[];
  /**
   * Slow-client limits (milliseconds). Defaults: headers 5 s, whole request 10 s, idle
   * keep-alive 2 s. Tests lower them.
   */
  timeouts?: { headersMs?: number; requestMs?: number; keepAliveMs?: number };
  /** Concurrent connection caps; defaults DEFAULT_CONNECTION_LIMITS. */
  limits?: Partial<ConnectionLimits>;
  /** Where refusals and errors are reported (one line each, at most once a minute for caps). */
  log?: (line: string) => void;
  /**
   * Every HTTP answer on these listeners leaves this many ms after its request arrived (0 or
   * absent: at once; at most MAX_DELAY_MS). The lab's slow-IPv6 rows use it.
   */
  delayMs?: number;
  /**
   * Runs `answer` after `ms` and returns what cancels it; setTimeout by default. Tests inject
   * their own to hold an answer back without measuring time.
   */
  scheduleDelay?: ScheduleDelay;
}

export type ScheduleDelay = (answer: () => void, ms: number) => () => void;

export interface EchoHandle {
  http: HostPort[];
  stun: HostPort[];
  close(): Promise<void>;
}

/** The largest body `?size=N` produces; larger requests get this size. */
export const MAX_SIZE = 10_000;
/** Request headers larger than this are refused (431). */
export const MAX_HEADER_BYTES = 8 * 1024;
export const DEFAULT_HEADERS_TIMEOUT_MS = 5_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 2_000;
/** The longest `--delay-ms`: far more than any slow path the lab imitates. */
export const MAX_DELAY_MS = 10_000;
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  perClient: 64,
  total: 8192,
  evictAfterMs: 250,
};

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
// Connection caps

/** This process's limit on open files (Linux), or undefined where the system does not say. */
export function openFileLimit(): number | undefined {
  try {
    const line = /^Max open files\s+(\d+)/m.exec(readFileSync("/proc/self/limits", "utf8"));
    return line ? Number(line[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Open files kept for everything but client connections (listening sockets, STUN, logs). */
const RESERVED_FILES = 256;

/**
 * The default caps for a process that may open `fileLimit` files: the total stays below it,
 * because a server out of file descriptors cannot accept anyone (with 2,048 files, 3,000 slow
 * connections made about 90 % of real requests fail before these caps).
 */
export function defaultLimits(fileLimit = openFileLimit()): ConnectionLimits {
  if (fileLimit === undefined) return { ...DEFAULT_CONNECTION_LIMITS };
  const total = Math.max(16, Math.min(DEFAULT_CONNECTION_LIMITS.total, fileLimit - RESERVED_FILES));
  return { ...DEFAULT_CONNECTION_LIMITS, total };
}

/**
 * The client a connection counts against: its IPv4 address, or the /64 of its IPv6 address (a
 * subscriber gets a whole /64, so counting single IPv6 addresses would limit nobody). Null when
 * the address is unknown (the socket is already gone).
 */
export function clientKey(address: string | undefined): string | null {
  const ip = normalizeAddress(address ?? "");
  const family = isIP(ip);
  if (family === 4) return ip;
  if (family !== 6) return null;
  const bytes = ipv6Bytes(ip);
  const groups: string[] = [];
  for (let i = 0; i < 8; i += 2)
    groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return `${groups.join(":")}::/64`;
}

/** How often refusals are summed up in the log, so an attack cannot flood it. */
const REFUSAL_REPORT_MS = 60_000;

interface Tracked {
  key: string;
  /** Requests being answered on this connection; 0 while it waits for the next one. */
  busy: number;
  /** When it started waiting for its next request (performance.now()). */
  waitingSince: number;
  released: boolean;
}

/**
 * Counts open connections per client and in total over every socket of one echo. A new
 * connection over a cap makes room by closing the connection that has waited longest for its
 * request (a slow client's, or an idle keep-alive), if that one has waited `evictAfterMs`;
 * otherwise the new connection is reset at once, before anything is read from it. So slow
 * clients can hold at most the caps, and even then cannot keep anyone else out: a browser's
 * request arrives right behind the TCP handshake, a slow client's never.
 */
export class ConnectionGate {
  readonly limits: ConnectionLimits;
  private readonly log: (line: string) => void;
  private readonly tracked = new WeakMap<Socket, Tracked>();
  private readonly perClient = new Map<string, number>();
  /** Connections waiting for a request, per client and all together, longest-waiting first. */
  private readonly waitingPerClient = new Map<string, Set<Socket>>();
  private readonly waiting = new Set<Socket>();
  private total = 0;
  private counts = { refusedPerClient: 0, refusedTotal: 0, madeRoom: 0 };
  private reportTimer: NodeJS.Timeout | undefined;

  constructor(limits: ConnectionLimits, log: (line: string) => void) {
    this.limits = limits;
    this.log = log;
  }

  /** Lets the connection in (and forgets it when it closes), or resets it; true if let in. */
  admit(socket: Socket): boolean {
    const key = clientKey(socket.remoteAddress);
    if (key === null) {
      socket.destroy();
      return false;
    }
    const now = performance.now();
    if (
      (this.perClient.get(key) ?? 0) >= this.limits.perClient &&
      !this.makeRoom(this.waitingPerClient.get(key), now)
    ) {
      return this.refuse(socket, "refusedPerClient");
    }
    if (this.total >= this.limits.total && !this.makeRoom(this.waiting, now)) {
      return this.refuse(socket, "refusedTotal");
    }
    this.tracked.set(socket, { key, busy: 0, waitingSince: now, released: false });
    this.perClient.set(key, (this.perClient.get(key) ?? 0) + 1);
    this.total++;
    this.setWaiting(socket, key, true);
    socket.once("close", () => this.release(socket));
    return true;
  }

  /** The connection's request headers are in: it is no longer waiting. */
  requestStarted(socket: Socket): void {
    const entry = this.tracked.get(socket);
    if (!entry || entry.released) return;
    entry.busy++;
    this.setWaiting(socket, entry.key, false);
  }

  /** Its answer is done: it waits for the next request (kept alive) from now. */
  requestFinished(socket: Socket): void {
    const entry = this.tracked.get(socket);
    if (!entry || entry.released) return;
    entry.busy = Math.max(0, entry.busy - 1);
    if (entry.busy === 0 && !socket.destroyed) {
      entry.waitingSince = performance.now();
      this.setWaiting(socket, entry.key, true);
    }
  }

  close(): void {
    clearInterval(this.reportTimer);
    this.reportTimer = undefined;
    this.report();
  }

  /** Moves the socket to the end of the waiting lists (or off them). */
  private setWaiting(socket: Socket, key: string, waiting: boolean): void {
    this.waiting.delete(socket);
    const mine = this.waitingPerClient.get(key);
    mine?.delete(socket);
    if (waiting) {
      this.waiting.add(socket);
      if (mine) mine.add(socket);
      else this.waitingPerClient.set(key, new Set([socket]));
    } else if (mine?.size === 0) this.waitingPerClient.delete(key);
  }

  /** Closes the longest-waiting of `candidates` if it has waited long enough; true if it did. */
  private makeRoom(candidates: Set<Socket> | undefined, now: number): boolean {
    const oldest = candidates?.values().next().value;
    const entry = oldest && this.tracked.get(oldest);
    if (!oldest || !entry || now - entry.waitingSince < this.limits.evictAfterMs) return false;
    this.release(oldest);
    oldest.resetAndDestroy();
    this.counted("madeRoom");
    return true;
  }

  private release(socket: Socket): void {
    const entry = this.tracked.get(socket);
    if (!entry || entry.released) return;
    entry.released = true;
    this.setWaiting(socket, entry.key, false);
    this.total--;
    const left = (this.perClient.get(entry.key) ?? 1) - 1;
    if (left > 0) this.perClient.set(entry.key, left);
    else this.perClient.delete(entry.key);
  }

  private refuse(socket: Socket, why: "refusedPerClient" | "refusedTotal"): false {
    // A reset (not a FIN) tells the client at once and leaves no TIME_WAIT here.
    socket.resetAndDestroy();
    this.counted(why);
    return false;
  }

  private counted(what: keyof ConnectionGate["counts"]): void {
    this.counts[what]++;
    if (this.reportTimer !== undefined) return;
    // The first event is reported at once, later ones summed up once a minute.
    this.report();
    this.reportTimer = setInterval(() => {
      if (!this.report()) {
        clearInterval(this.reportTimer);
        this.reportTimer = undefined;
      }
    }, REFUSAL_REPORT_MS).unref();
  }

  /** Logs what happened since the last report; false if nothing did. */
  private report(): boolean {
    const { refusedPerClient, refusedTotal, madeRoom } = this.counts;
    const parts: string[] = [];
    if (madeRoom > 0) {
      parts.push(
        `closed ${madeRoom} connection(s) waiting ${this.limits.evictAfterMs} ms or more for a request, to make room`,
      );
    }
    if (refusedPerClient > 0) {
      parts.push(
        `refused ${refusedPerClient} over the per-client cap of ${this.limits.perClient} (--max-connections-per-client)`,
      );
    }
    if (refusedTotal > 0) {
      parts.push(
        `refused ${refusedTotal} over the total cap of ${this.limits.total} (--max-connections)`,
      );
    }
    this.counts = { refusedPerClient: 0, refusedTotal: 0, madeRoom: 0 };
    if (parts.length === 0) return false;
    this.log(`echo: ${parts.join("; ")}`);
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP

const COMMON_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Timing-Allow-Origin": "*",
  "Cache-Control": "no-store, no-transform",
  "X-Content-Type-Options": "nosniff",
} as const;

/** A comma-separated list of header names (RFC 9110 tokens), safe to send back as it came. */
const HEADER_NAME_LIST =
  /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:[ \t]*,[ \t]*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;

function sendText(res: http.ServerResponse, status: number, text: string, extra = {}): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

/**
 * The path and query of a request target, or null for a target the echo does not serve.
 * Origin-form ("/echo?size=1") is split as it is, so "//host:99999/echo" is a path (404), not
 * a URL; absolute-form ("http://host/echo"), which HTTP/1.1 servers must accept, is parsed
 * as a URL; anything else (asterisk-form, authority-form, junk) is null.
 */
export function parseTarget(
  target: string | undefined,
): { path: string; query: URLSearchParams } | null {
  if (target === undefined) return null;
  if (target.startsWith("/")) {
    const q = target.indexOf("?");
    if (q < 0) return { path: target, query: new URLSearchParams() };
    return { path: target.slice(0, q), query: new URLSearchParams(target.slice(q + 1)) };
  }
  if (/^https?:\/\//i.test(target) && URL.canParse(target)) {
    const url = new URL(target);
    return { path: url.pathname, query: url.searchParams };
  }
  return null;
}

function answerEcho(req: http.IncomingMessage, res: http.ServerResponse): void {
  const hasBody =
    req.headers["transfer-encoding"] !== undefined ||
    (req.headers["content-length"] !== undefined && req.headers["content-length"] !== "0");
  if (hasBody) {
    // Do not read it: answer and close the connection.
    res.shouldKeepAlive = false;
    sendText(res, 413, "request bodies are not accepted\n", { Connection: "close" });
    return;
  }
  const target = parseTarget(req.url);
  if (target === null) {
    res.shouldKeepAlive = false;
    sendText(res, 400, "bad request target\n", { Connection: "close" });
    return;
  }
  if (target.path !== "/echo") {
    sendText(res, 404, "not found\n");
    return;
  }
  if (req.method === "OPTIONS") {
    const asked = req.headers["access-control-request-headers"];
    res.writeHead(204, {
      ...COMMON_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": asked && HEADER_NAME_LIST.test(asked) ? asked : "*",
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
  const body = echoBody(ip, port, parseSize(target.query.get("size")));
  res.writeHead(200, {
    ...COMMON_HEADERS,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Answers one request. Nothing a client sends may end the process: whatever goes wrong in here
 * becomes a 500 for this request (or a closed connection once the answer has started).
 */
export function handleEcho(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  log: (line: string) => void = console.error,
): void {
  try {
    answerEcho(req, res);
  } catch (err) {
    log(`echo: request failed: ${err instanceof Error ? err.message : String(err)}`);
    try {
      if (res.headersSent) throw new Error("answer already started");
      res.shouldKeepAlive = false;
      sendText(res, 500, "internal error\n", { Connection: "close" });
    } catch {
      res.destroy();
    }
  }
}

/** The answer to a request Node's parser refused (bad syntax, headers too large, too slow). */
function answerClientError(err: NodeJS.ErrnoException, socket: import("node:stream").Duplex): void {
  try {
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
  } catch {
    socket.destroy();
  }
}

/** `::` with the same port as an explicit 0.0.0.0 must not also take IPv4 (EADDRINUSE). */
function wantsV6Only(target: HostPort, all: HostPort[]): boolean {
  return (
    target.host === "::" &&
    all.some((other) => other.host === "0.0.0.0" && other.port === target.port)
  );
}

const scheduleWithTimer: ScheduleDelay = (answer, ms) => {
  const timer = setTimeout(answer, ms);
  return () => clearTimeout(timer);
};

/**
 * The request handler: the answer at once, or `delayMs` later. A request whose client went away
 * meanwhile (or whose server closed) gets nothing: its timer is cancelled when it closes.
 */
function answerAfter(
  delayMs: number,
  schedule: ScheduleDelay,
  log: (line: string) => void,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  if (delayMs <= 0) return (req, res) => handleEcho(req, res, log);
  return (req, res) => {
    const cancel = schedule(() => {
      if (!res.destroyed && !res.writableEnded) handleEcho(req, res, log);
    }, delayMs);
    res.once("close", cancel);
  };
}

function listenHttp(
  target: HostPort,
  all: HostPort[],
  opts: EchoOptions,
  gate: ConnectionGate,
  log: (line: string) => void,
): Promise<http.Server> {
  const timeouts = opts.timeouts;
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
      keepAliveTimeout: timeouts?.keepAliveMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
      // How often Node checks the two timeouts above; by default only every 30 s.
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersTimeout / 4))),
    },
    answerAfter(opts.delayMs ?? 0, opts.scheduleDelay ?? scheduleWithTimer, log),
  );
  // Before Node's own listener, so a connection over a cap is closed before it is read.
  server.prependListener("connection", (socket: Socket) => {
    gate.admit(socket);
  });
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    gate.requestStarted(req.socket);
    res.once("close", () => gate.requestFinished(req.socket));
  });
  server.on("clientError", answerClientError);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(
      { host: target.host, port: target.port, ipv6Only: wantsV6Only(target, all) },
      () => {
        server.off("error", reject);
        // E.g. accept() failing when out of file descriptors: log it and keep serving.
        server.on("error", (err) => log(`echo: ${err.message}`));
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

/**
 * The answer to one datagram: a Binding Success Response for a well-formed Binding Request from
 * a usable source, null for anything else (not STUN, other methods, or a source that cannot be
 * answered, such as port 0, which a forged datagram can carry).
 */
export function stunReply(
  message: Uint8Array,
  remote: { address: string; port: number },
): Uint8Array | null {
  const transactionId = parseStunBindingRequest(message);
  if (!transactionId) return null;
  if (!Number.isInteger(remote.port) || remote.port < 1 || remote.port > 65535) return null;
  if (isIP(normalizeAddress(remote.address)) === 0) return null;
  return stunBindingResponse(transactionId, remote.address, remote.port);
}

function listenStun(
  target: HostPort,
  all: HostPort[],
  log: (line: string) => void,
): Promise<dgram.Socket> {
  const family = isIP(target.host);
  if (family === 0) {
    return Promise.reject(new Error(`STUN needs an IP address to bind, not "${target.host}"`));
  }
  const socket = dgram.createSocket({
    type: family === 6 ? "udp6" : "udp4",
    ipv6Only: wantsV6Only(target, all),
  });
  const reportSendError = (err: Error | null): void => {
    if (err) log(`stun: ${err.message}`);
  };
  socket.on("message", (message, remote) => {
    // No datagram may end the process: anything unexpected is logged and dropped.
    try {
      const reply = stunReply(message, remote);
      if (reply) socket.send(reply, remote.port, remote.address, reportSendError);
    } catch (err) {
      log(`stun: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    socket.bind({ address: target.host, port: target.port }, () => {
      socket.off("error", reject);
      // A send error (e.g. ICMP unreachable reported back) must not take the server down.
      socket.on("error", (err) => log(`stun: ${err.message}`));
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
 * socket fails to bind, the ones already open are closed and the error is thrown. The
 * connection caps are shared by all `listen` sockets of one call.
 */
export async function startEcho(opts: EchoOptions): Promise<EchoHandle> {
  const log = opts.log ?? ((line: string) => console.error(line));
  const delayMs = opts.delayMs ?? 0;
  if (!Number.isInteger(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS) {
    throw new Error(`the answer delay must be a whole number of ms from 0 to ${MAX_DELAY_MS}`);
  }
  const limits = { ...defaultLimits(), ...opts.limits };
  const files = openFileLimit();
  if (files !== undefined && limits.total > files - RESERVED_FILES) {
    log(
      `echo: note: --max-connections ${limits.total} is more than this process can open (${files} files; raise it with ulimit -n or LimitNOFILE=)`,
    );
  }
  const gate = new ConnectionGate(limits, log);
  const servers: http.Server[] = [];
  const sockets: dgram.Socket[] = [];
  const close = async (): Promise<void> => {
    await Promise.all([...servers.map(closeHttp), ...sockets.map(closeStun)]);
    gate.close();
  };
  const httpBound: HostPort[] = [];
  const stunBound: HostPort[] = [];
  const stunTargets = opts.stun ?? [];
  try {
    for (const target of opts.listen) {
      const server = await listenHttp(target, opts.listen, opts, gate, log).catch(
        (err: unknown) => {
          throw bindError("http", target, err);
        },
      );
      servers.push(server);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : target.port;
      httpBound.push({ host: target.host, port });
    }
    for (const target of stunTargets) {
      const socket = await listenStun(target, stunTargets, log).catch((err: unknown) => {
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
               [--max-connections N] [--max-connections-per-client N] [--delay-ms N]

  --listen HOST:PORT                serve GET /echo over HTTP (IPv6 as [::1]:8081); repeatable
  --stun IP:PORT                    answer STUN Binding Requests over UDP; repeatable
  --max-connections N               open HTTP connections from all clients together
                                    (default ${DEFAULT_CONNECTION_LIMITS.total}, or the open-files limit less 256)
  --max-connections-per-client N    open HTTP connections from one IPv4 address or IPv6 /64
                                    (default ${DEFAULT_CONNECTION_LIMITS.perClient})
  --delay-ms N                      send every HTTP answer N ms after its request arrived
                                    (0-${MAX_DELAY_MS}; a slow path for the network lab)

Over a cap, the connection that has waited longest (250 ms or more) for its request is closed
to make room; if none has, the new connection is reset unread.`;

export interface EchoArgs {
  listen: HostPort[];
  stun: HostPort[];
  limits?: Partial<ConnectionLimits>;
  delayMs?: number;
}

/** The largest cap the flags accept: far above what one process can hold open. */
const MAX_CAP = 1_000_000;

function parseCap(flag: string, value: string): number {
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1 || Number(value) > MAX_CAP) {
    throw new Error(`${flag} needs a whole number from 1 to ${MAX_CAP}, not "${value}"`);
  }
  return Number(value);
}

export function parseArgs(argv: string[]): EchoArgs | "help" {
  const listen: HostPort[] = [];
  const stun: HostPort[] = [];
  const limits: Partial<ConnectionLimits> = {};
  let delayMs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h" || arg === "--help") return "help";
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const known = [
      "--listen",
      "--stun",
      "--max-connections",
      "--max-connections-per-client",
      "--delay-ms",
    ];
    if (!known.includes(flag)) throw new Error(`unknown argument "${arg}"`);
    let value: string | undefined;
    if (eq > 0 && arg.startsWith("--")) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (flag === "--max-connections" || flag === "--max-connections-per-client") {
      if (value === undefined || value === "") throw new Error(`${flag} needs a number`);
      limits[flag === "--max-connections" ? "total" : "perClient"] = parseCap(flag, value);
      continue;
    }
    if (flag === "--delay-ms") {
      if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > MAX_DELAY_MS) {
        throw new Error(
          `--delay-ms needs a whole number from 0 to ${MAX_DELAY_MS}, not "${value ?? ""}"`,
        );
      }
      delayMs = Number(value);
      continue;
    }
    if (value === undefined || value === "") throw new Error(`${flag} needs a HOST:PORT value`);
    const hostPort = parseHostPort(value);
    if (flag === "--stun" && isIP(hostPort.host) === 0) {
      throw new Error(`--stun needs an IP address, not "${hostPort.host}"`);
    }
    (flag === "--listen" ? listen : stun).push(hostPort);
  }
  if (listen.length === 0 && stun.length === 0) throw new Error("give at least one --listen");
  return {
    listen,
    stun,
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
    ...(delayMs !== undefined ? { delayMs } : {}),
  };
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
  if (handle.http.length > 0) {
    const limits = { ...defaultLimits(), ...args.limits };
    console.log(
      `connection caps: ${limits.perClient} per client (IPv4 address or IPv6 /64), ${limits.total} in total`,
    );
    if (args.delayMs) console.log(`every answer delayed by ${args.delayMs} ms (--delay-ms)`);
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
