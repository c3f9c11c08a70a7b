// server/echo.ts under hostile input, run as operators run it (its own process, default
// settings): no request target, method, header set, body or datagram may end the process, and
// every client gets an answer or a closed connection. Then the connection caps: one client (or
// all together) over its cap is turned away while everyone else is still served.

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STUN_MAGIC_COOKIE, startEcho } from "../../../server/echo.ts";
import { echoRequest } from "./echo-contract.ts";
import { openConnection, openSlowConnection, type RawTarget, rawRequest } from "./raw-http.ts";

const ECHO_SCRIPT = fileURLToPath(new URL("../../../server/echo.ts", import.meta.url));

interface RunningEcho {
  child: ChildProcess;
  http: RawTarget;
  stun4: number;
  stun6: number;
  stderr(): string;
}

/** Starts `echo.ts` as a process on ephemeral loopback ports and reads them from its output. */
function spawnEcho(): Promise<RunningEcho> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      ECHO_SCRIPT,
      "--listen",
      "127.0.0.1:0",
      "--stun",
      "127.0.0.1:0",
      "--stun",
      "[::1]:0",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`echo exited with ${code}: ${stderr}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const http = /http:\/\/127\.0\.0\.1:(\d+)\/echo/.exec(stdout);
      const stun4 = /udp 127\.0\.0\.1:(\d+)/.exec(stdout);
      const stun6 = /udp \[::1\]:(\d+)/.exec(stdout);
      if (http && stun4 && stun6) {
        resolve({
          child,
          http: { host: "127.0.0.1", port: Number(http[1]) },
          stun4: Number(stun4[1]),
          stun6: Number(stun6[1]),
          stderr: () => stderr,
        });
      }
    });
  });
}

/** Each entry: a name, the raw request, and the status it must get (null: a closed connection). */
type Case = [name: string, raw: string, expected: number | null];

const HOST = "Host: echo.test\r\n";
const get = (target: string, headers = ""): string =>
  `GET ${target} HTTP/1.1\r\n${HOST}${headers}\r\n`;

const MALFORMED_TARGETS: Case[] = [
  ["a network-path target with a bad port", get("//x:99999/echo"), 404],
  ["a network-path target", get("//x/echo"), 404],
  ["absolute-form cut off inside an IPv6 literal", get("http://["), 400],
  ["absolute-form with an unclosed IPv6 literal", get("http://[::1/echo"), 400],
  ["absolute-form with port 99999", get("http://x:99999/echo"), 400],
  ["absolute-form with port 65536", get("http://x:65536/echo"), 400],
  ["absolute-form with a negative port", get("http://x:-1/echo"), 400],
  ["absolute-form with a hex port", get("http://127.0.0.1:0x50/echo"), 400],
  [
    "absolute-form with an empty host (the URL parser takes echo as the host)",
    get("http:///echo"),
    404,
  ],
  ["absolute-form, which HTTP/1.1 servers must accept", get("http://x/echo"), 200],
  ["absolute-form in capitals with a size", get("HTTP://X/echo?size=100"), 200],
  ["absolute-form with another scheme", get("ftp://x/echo"), 400],
  ["a lone percent sign", get("/%"), 404],
  ["a bad percent escape in the path", get("/echo%zz"), 404],
  ["bad percent escapes in the query", get("/echo?%%%=%&size=%zz"), 200],
  ["a percent-encoded NUL", get("/%00"), 404],
  ["asterisk-form on GET", get("*"), 400],
  ["asterisk-form on OPTIONS", `OPTIONS * HTTP/1.1\r\n${HOST}\r\n`, 400],
  ["a target without a leading slash", get("echo"), 400],
  ["a fragment", get("/echo#x"), 404],
  ["a 7,000-character query", get(`/echo?size=${"9".repeat(7_000)}`), 200],
  ["a 9,000-character target", get(`/${"a".repeat(9_000)}`), 431],
  ["a 100,000-character target", get(`/${"a".repeat(100_000)}`), 431],
  ["a NUL byte in the target", get("/ech\0o"), 400],
  ["bytes above 0x7f in the target", get("/\xff\xfe"), 400],
  ["a space in the target", "GET /ec ho HTTP/1.1\r\nHost: a\r\n\r\n", 400],
];

const ODD_METHODS: Case[] = [
  ["an unknown method", `FOO /echo HTTP/1.1\r\n${HOST}\r\n`, 400],
  ["a lower-case method", `get /echo HTTP/1.1\r\n${HOST}\r\n`, 400],
  ["an empty method", ` /echo HTTP/1.1\r\n${HOST}\r\n`, 400],
  ["a 1,000-character method", `${"A".repeat(1_000)} /echo HTTP/1.1\r\n${HOST}\r\n`, 400],
  ["WebDAV PROPFIND", `PROPFIND /echo HTTP/1.1\r\n${HOST}\r\n`, 405],
  ["SSDP M-SEARCH", `M-SEARCH /echo HTTP/1.1\r\n${HOST}\r\n`, 405],
  ["POST without a body", `POST /echo HTTP/1.1\r\n${HOST}\r\n`, 405],
  ["CONNECT", `CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n`, null],
  ["the HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400],
  ["HTTP/9.9", "GET /echo HTTP/9.9\r\nHost: a\r\n\r\n", 400],
  ["a version with trailing junk", "GET /echo HTTP/1.1x\r\nHost: a\r\n\r\n", 400],
  ["an HTTP/0.9 request line (answered as HTTP/1.1)", "GET /echo\r\n\r\n", 200],
  ["TLS sent to the plain-HTTP port", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 400],
];

const BAD_HEADERS: Case[] = [
  ["no Host on HTTP/1.1", "GET /echo HTTP/1.1\r\n\r\n", 400],
  ["a header line without a colon", get("/echo", "NoColon\r\n"), 400],
  ["a space in a header name", get("/echo", "X Y: z\r\n"), 400],
  ["a space before the colon", get("/echo", "X-Y : z\r\n"), 400],
  ["a NUL byte in a header value", get("/echo", "X-Y: a\0b\r\n"), 400],
  ["a NUL byte in a header name", get("/echo", "X\0Y: b\r\n"), 400],
  ["a DEL byte in a header value", get("/echo", "X-Y: a\x7fb\r\n"), 400],
  ["an obsolete folded header line", get("/echo", "X-Y: a\r\n b\r\n"), 400],
  ["bare LF line endings", "GET /echo HTTP/1.1\nHost: a\n\n", 400],
  ["a 9,000-byte header value", get("/echo", `X-Big: ${"b".repeat(9_000)}\r\n`), 431],
  ["4,000 small headers", get("/echo", "X-A: 1\r\n".repeat(4_000)), 431],
  ["150 small headers", get("/echo", "X-A: 1\r\n".repeat(150)), 200],
  ["a duplicate Host", get("/echo", "Host: other.test\r\n"), 200],
  ["an unknown Expect", get("/echo", "Expect: the-unexpected\r\n"), 417],
  ["an Upgrade nobody listens for", get("/echo", "Connection: Upgrade\r\nUpgrade: h2c\r\n"), 200],
  [
    "a preflight asking for headers with bytes above 0x7f",
    `OPTIONS /echo HTTP/1.1\r\n${HOST}Access-Control-Request-Headers: \xff\xfe, x\r\n\r\n`,
    204,
  ],
  [
    "a preflight asking for 4,000 headers",
    `OPTIONS /echo HTTP/1.1\r\n${HOST}Access-Control-Request-Headers: ${"x-a,".repeat(1_000)}x\r\n\r\n`,
    204,
  ],
];

const BODIES: Case[] = [
  ["a body on GET", get("/echo", "Content-Length: 5\r\n").concat("hello"), 413],
  ["a body on GET that never arrives", get("/echo", "Content-Length: 100000\r\n"), 413],
  ["a body on POST", `POST /echo HTTP/1.1\r\n${HOST}Content-Length: 2\r\n\r\nhi`, 413],
  ["a negative Content-Length", get("/echo", "Content-Length: -1\r\n"), 400],
  ["a Content-Length that is not a number", get("/echo", "Content-Length: abc\r\n"), 400],
  ["a 20-digit Content-Length", get("/echo", `Content-Length: ${"9".repeat(20)}\r\n`), 400],
  [
    "two different Content-Lengths",
    get("/echo", "Content-Length: 1\r\nContent-Length: 2\r\n"),
    400,
  ],
  [
    "a chunked body with a junk chunk size",
    `${get("/echo", "Transfer-Encoding: chunked\r\n")}zz\r\nhello\r\n0\r\n\r\n`,
    413,
  ],
  [
    "Transfer-Encoding together with Content-Length (request smuggling)",
    get("/echo", "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n").concat("0\r\n\r\n"),
    400,
  ],
  ["Transfer-Encoding: xchunked", get("/echo", "Transfer-Encoding: xchunked\r\n"), 413],
  ["chunked not last", get("/echo", "Transfer-Encoding: chunked, identity\r\n"), 400],
  ["Transfer-Encoding with a tab", get("/echo", "Transfer-Encoding:\tchunked\r\n"), 413],
  [
    "Transfer-Encoding on HTTP/1.0",
    "GET /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    413,
  ],
  [
    "Expect: 100-continue with a body",
    get("/echo", "Expect: 100-continue\r\nContent-Length: 10\r\n"),
    413,
  ],
  [
    "a valid request followed by garbage on the same connection",
    `${get("/echo")}\x00\x01garbage\r\n\r\n`,
    200,
  ],
];

describe("echo.ts process under malformed requests", () => {
  let echo: RunningEcho;
  beforeAll(async () => {
    echo = await spawnEcho();
  });
  afterAll(() => {
    echo?.child.kill("SIGTERM");
  });

  for (const [group, cases] of [
    ["request targets", MALFORMED_TARGETS],
    ["methods and versions", ODD_METHODS],
    ["header sets", BAD_HEADERS],
    ["bodies and Transfer-Encoding", BODIES],
  ] as const) {
    describe(group, () => {
      for (const [name, raw, expected] of cases) {
        it(`${name}: ${expected ?? "connection closed"}`, async () => {
          const outcome = await rawRequest(echo.http, raw);
          expect(outcome.status, outcome.head).toBe(expected);
        });
      }
    });
  }

  it("is still running and answers GET /echo after all of them", async () => {
    const reply = await echoRequest(echo.http, "/echo");
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ip: "127.0.0.1", port: reply.local.port });
    expect(echo.child.exitCode).toBeNull();
    expect(echo.stderr()).toBe("");
  });
});

function bindingRequest(transactionId: Buffer, extra = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(20);
  header.writeUInt16BE(0x0001, 0);
  header.writeUInt16BE(extra.length, 2);
  header.writeUInt32BE(STUN_MAGIC_COOKIE, 4);
  transactionId.copy(header, 8);
  return Buffer.concat([header, extra]);
}

/** Malformed or unwanted datagrams: not STUN, cut off, lying about their length, not a request. */
function malformedDatagrams(): [string, Buffer][] {
  const id = randomBytes(12);
  const withType = (type: number): Buffer => {
    const message = bindingRequest(id);
    message.writeUInt16BE(type, 0);
    return message;
  };
  const lyingLength = bindingRequest(id);
  lyingLength.writeUInt16BE(400, 2);
  const oddLength = bindingRequest(id, Buffer.alloc(3));
  const badCookie = bindingRequest(id);
  badCookie.writeUInt32BE(0, 4);
  return [
    ["an empty datagram", Buffer.alloc(0)],
    ["one byte", Buffer.from([1])],
    ["19 bytes", bindingRequest(id).subarray(0, 19)],
    ["a length field longer than the datagram", lyingLength],
    ["a length that is not a multiple of 4", oddLength],
    ["a wrong magic cookie", badCookie],
    ["a Binding Success Response (would loop between two servers)", withType(0x0101)],
    ["a Binding Indication", withType(0x0011)],
    ["an Allocate request (TURN)", withType(0x0003)],
    ["the top two bits set", withType(0xc001)],
    ["an HTTP request", Buffer.from("GET /echo HTTP/1.1\r\nHost: x\r\n\r\n")],
    ["60,000 random bytes", randomBytes(60_000)],
  ];
}

/** Sends datagrams and waits for one reply to the last of them (or null after `waitMs`). */
function stunExchange(
  family: 4 | 6,
  port: number,
  messages: Buffer[],
  waitMs = 3_000,
): Promise<Buffer | null> {
  const socket = dgram.createSocket(family === 4 ? "udp4" : "udp6");
  const host = family === 4 ? "127.0.0.1" : "::1";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      resolve(null);
    }, waitMs);
    socket.on("error", reject);
    socket.on("message", (reply) => {
      clearTimeout(timer);
      socket.close();
      resolve(reply);
    });
    for (const message of messages) socket.send(message, port, host);
  });
}

/**
 * Sends one UDP datagram with source port 0 through a raw socket (only root can), which no
 * ordinary socket can do but anyone on the Internet can forge.
 */
function sendFromPortZero(port: number, payload: Buffer): boolean {
  const script = [
    "import socket, struct, sys",
    "payload = bytes.fromhex(sys.argv[2])",
    "udp = struct.pack('!HHHH', 0, int(sys.argv[1]), 8 + len(payload), 0) + payload",
    "s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_UDP)",
    "s.sendto(udp, ('127.0.0.1', 0))",
  ].join("\n");
  const run = spawnSync("python3", ["-c", script, String(port), payload.toString("hex")]);
  return run.status === 0;
}

const canSendRaw = process.getuid?.() === 0 && spawnSync("python3", ["-V"]).status === 0;

describe("echo.ts process under malformed STUN datagrams", () => {
  let echo: RunningEcho;
  beforeAll(async () => {
    echo = await spawnEcho();
  });
  afterAll(() => {
    echo?.child.kill("SIGTERM");
  });

  for (const family of [4, 6] as const) {
    it(`ignores each malformed datagram over IPv${family}, then answers a real request`, async () => {
      const port = family === 4 ? echo.stun4 : echo.stun6;
      for (const [name, message] of malformedDatagrams()) {
        expect(await stunExchange(family, port, [message], 200), name).toBeNull();
      }
      const id = randomBytes(12);
      const reply = await stunExchange(family, port, [bindingRequest(id)]);
      expect(reply?.readUInt16BE(0)).toBe(0x0101);
      expect(reply?.subarray(8, 20)).toEqual(id);
    });
  }

  it.skipIf(!canSendRaw)(
    "survives a Binding Request from source port 0 (raw socket; needs root and python3)",
    async () => {
      expect(sendFromPortZero(echo.stun4, bindingRequest(randomBytes(12)))).toBe(true);
      const id = randomBytes(12);
      const reply = await stunExchange(4, echo.stun4, [bindingRequest(id)]);
      expect(reply?.subarray(8, 20)).toEqual(id);
      expect(echo.child.exitCode).toBeNull();
    },
  );
});

describe("connection caps", () => {
  const GET = "GET /echo HTTP/1.1\r\nHost: a\r\n\r\n";

  /**
   * An echo with small caps whose connections stay open for the whole test unless the caps
   * close them. `evictAfterMs: 0` lets any waiting connection make room; a minute lets none.
   */
  async function startCapped(limits: { perClient: number; total: number; evictAfterMs: number }) {
    const logged: string[] = [];
    const echo = await startEcho({
      listen: [{ host: "127.0.0.1", port: 0 }],
      limits,
      timeouts: { headersMs: 60_000, requestMs: 60_000, keepAliveMs: 60_000 },
      log: (line) => logged.push(line),
    });
    const port = echo.http[0]?.port ?? 0;
    const from = (localAddress: string): RawTarget => ({ host: "127.0.0.1", port, localAddress });
    /** Opens `n` connections from one address, each proven served (so the server counts it). */
    const hold = async (localAddress: string, n: number) => {
      const held = [];
      for (let i = 0; i < n; i++) {
        const connection = await openConnection(from(localAddress));
        expect((await connection.get())?.status).toBe(200);
        held.push(connection);
      }
      return held;
    };
    /** Opens `n` slow connections from one address, in order (the server accepts in order). */
    const holdSlow = async (localAddress: string, n: number) => {
      const held = [];
      for (let i = 0; i < n; i++) held.push(await openSlowConnection(from(localAddress)));
      return held;
    };
    return { echo, logged, from, hold, holdSlow };
  }

  describe("when no connection has waited long enough to give way", () => {
    const limits = { perClient: 4, total: 7, evictAfterMs: 60_000 };

    it("resets a client's connection over its cap unanswered, and serves everyone else", async () => {
      const { echo, logged, from, hold } = await startCapped({ ...limits, total: 100 });
      const mine = await hold("127.0.0.2", 4);
      try {
        expect(await rawRequest(from("127.0.0.2"), GET)).toEqual({ status: null, head: "" });
        // Its connections already open are still served, and so is another client.
        for (const connection of mine) expect((await connection.get())?.status).toBe(200);
        expect((await rawRequest(from("127.0.0.3"), GET)).status).toBe(200);
        expect(logged).toEqual([
          "echo: refused 1 over the per-client cap of 4 (--max-connections-per-client)",
        ]);
        // Once it closes one, it may open another.
        mine.pop()?.close();
        await expect.poll(async () => (await rawRequest(from("127.0.0.2"), GET)).status).toBe(200);
      } finally {
        for (const connection of mine) connection.close();
        await echo.close();
      }
    });

    it("resets connections over the total cap, from any client, and serves those let in", async () => {
      const { echo, from, hold } = await startCapped(limits);
      const held = [...(await hold("127.0.0.4", 4)), ...(await hold("127.0.0.5", 3))];
      try {
        for (const source of ["127.0.0.5", "127.0.0.6"]) {
          expect(await rawRequest(from(source), GET)).toEqual({ status: null, head: "" });
        }
        for (const connection of held) expect((await connection.get())?.status).toBe(200);
        held.pop()?.close();
        await expect.poll(async () => (await rawRequest(from("127.0.0.6"), GET)).status).toBe(200);
      } finally {
        for (const connection of held) connection.close();
        await echo.close();
      }
    });
  });

  describe("when slow connections have waited long enough to give way", () => {
    const limits = { perClient: 4, total: 7, evictAfterMs: 0 };

    it("closes the client's longest-waiting slow connection to serve its new request", async () => {
      const { echo, logged, from, holdSlow } = await startCapped({ ...limits, total: 100 });
      const slow = await holdSlow("127.0.0.2", 4);
      try {
        expect((await rawRequest(from("127.0.0.2"), GET)).status).toBe(200);
        await slow[0]?.closed;
        expect(slow.map((connection) => connection.isOpen())).toEqual([false, true, true, true]);
        expect(logged).toEqual([
          "echo: closed 1 connection(s) waiting 0 ms or more for a request, to make room",
        ]);
      } finally {
        for (const connection of slow) connection.close();
        await echo.close();
      }
    });

    it("over the total cap, closes the longest-waiting connection of any client", async () => {
      const { echo, from, hold, holdSlow } = await startCapped(limits);
      const slow = [...(await holdSlow("127.0.0.4", 4)), ...(await holdSlow("127.0.0.5", 2))];
      const idle = await hold("127.0.0.7", 1);
      try {
        // Full (7). A real client still gets in, twice (holding the first connection open,
        // so the second finds the server full again): the two longest-waiting slow ones go.
        const first = await hold("127.0.0.6", 1);
        idle.push(...first);
        expect((await rawRequest(from("127.0.0.6"), GET)).status).toBe(200);
        await Promise.all([slow[0]?.closed, slow[1]?.closed]);
        expect(slow.map((connection) => connection.isOpen())).toEqual([
          false,
          false,
          true,
          true,
          true,
          true,
        ]);
        expect((await idle[0]?.get())?.status).toBe(200);
      } finally {
        for (const connection of [...slow, ...idle]) connection.close();
        await echo.close();
      }
    });
  });
});

const SLOW_CLIENTS = fileURLToPath(new URL("../../../scripts/slow-clients.mjs", import.meta.url));

function runSlowClients(
  args: string[],
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [SLOW_CLIENTS, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out, err })));
}

describe("scripts/slow-clients.mjs", () => {
  it("refuses every target that is not plain HTTP on loopback, before sending anything", async () => {
    for (const target of [
      "http://192.0.2.1:80/echo",
      "http://10.0.0.1:80/echo",
      "http://[2001:db8::1]:80/echo",
      "http://localhost:80/echo",
      "http://example.net:80/echo",
      "https://127.0.0.1:443/echo",
      "not a url",
    ]) {
      const { code, err } = await runSlowClients(["--target", target, "--duration", "1"]);
      expect(code, target).toBe(2);
      expect(err, target).toMatch(/^slow-clients: (refusing|only http|"not a url")/);
    }
  });

  it("runs against a capped echo and reports real and slow connections as JSON", async () => {
    const echo = await startEcho({
      listen: [{ host: "127.0.0.1", port: 0 }],
      limits: { perClient: 5 },
      log: () => {},
    });
    try {
      const { code, out } = await runSlowClients([
        "--target",
        `http://127.0.0.1:${echo.http[0]?.port}/echo`,
        ...["--duration", "1", "--slow", "20", "--sources", "2", "--rate", "20", "--json"],
      ]);
      expect(code).toBe(0);
      const report = JSON.parse(out);
      expect(report.real.before.requests).toBeGreaterThan(0);
      expect(report.real.before.ok).toBeGreaterThan(0);
      // 10 slow connections per source against a cap of 5: the server reset some.
      expect(report.slow.sources).toBe("127.0.0.2-127.0.0.3 (2 addresses)");
      expect(report.slow.reset.count).toBeGreaterThan(0);
    } finally {
      await echo.close();
    }
  });
});
