// Raw-socket HTTP helpers for the echo tests: they send bytes exactly as written (fetch and
// node:http would normalise or refuse malformed requests) and report what came back.

import net from "node:net";

export interface RawTarget {
  host: string;
  port: number;
  /** Source address to connect from, e.g. "127.0.0.2" to be another client on loopback. */
  localAddress?: string;
}

/** What a raw request got: the first final status, or null when the server closed (or reset). */
export interface RawOutcome {
  status: number | null;
  head: string;
}

// A status line and its header lines up to the empty line.
const FINAL_STATUS = /^HTTP\/1\.[01] ([2-5]\d\d)[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n/;
const INTERIM = /^HTTP\/1\.[01] 1\d\d[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n/;

/**
 * Sends `data` on a fresh connection and resolves with the first final (non-1xx) status line,
 * or status null if the connection closes without one. Rejects if the server does neither
 * within `limitMs` (a hang is a failure too).
 */
export function rawRequest(
  target: RawTarget,
  data: string | Buffer,
  limitMs = 5_000,
): Promise<RawOutcome> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({
      host: target.host,
      port: target.port,
      ...(target.localAddress ? { localAddress: target.localAddress } : {}),
    });
    let received = "";
    let done = false;
    const finish = (outcome: RawOutcome | Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(new Error(`no answer and no close within ${limitMs} ms`)),
      limitMs,
    );
    socket.on("connect", () => {
      socket.write(typeof data === "string" ? Buffer.from(data, "latin1") : data);
    });
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      let rest = received;
      for (let interim = INTERIM.exec(rest); interim; interim = INTERIM.exec(rest)) {
        rest = rest.slice(interim[0].length);
      }
      const final = FINAL_STATUS.exec(rest);
      if (final) finish({ status: Number(final[1]), head: final[0] });
    });
    // A reset or a write after the server closed counts as closed.
    socket.on("error", () => finish({ status: null, head: received }));
    socket.on("close", () => finish({ status: null, head: received }));
  });
}

/** A kept-alive connection that can send several requests in turn. */
export interface KeptConnection {
  /** Sends `GET path` and resolves with the status and body, or null if the server closed. */
  get(path?: string): Promise<{ status: number; body: string } | null>;
  close(): void;
}

/** Opens a connection (from `localAddress` if given) and resolves once it is connected. */
export function openConnection(target: RawTarget): Promise<KeptConnection> {
  return new Promise((resolveOpen, rejectOpen) => {
    const socket = net.connect({
      host: target.host,
      port: target.port,
      ...(target.localAddress ? { localAddress: target.localAddress } : {}),
    });
    let buffer = Buffer.alloc(0);
    let closed = false;
    let waiting: ((reply: { status: number; body: string } | null) => void) | undefined;
    const settle = (reply: { status: number; body: string } | null): void => {
      const callback = waiting;
      waiting = undefined;
      callback?.(reply);
    };
    const parse = (): void => {
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString("latin1");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (buffer.length < end + 4 + length) return;
      const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
      buffer = buffer.subarray(end + 4 + length);
      settle({ status, body });
    };
    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      parse();
    });
    socket.on("error", () => {
      /* a reset shows as the close below */
    });
    socket.on("close", () => {
      closed = true;
      rejectOpen(new Error("closed before connecting"));
      settle(null);
    });
    socket.on("connect", () =>
      resolveOpen({
        get: (path = "/echo") =>
          new Promise((resolve) => {
            if (closed) {
              resolve(null);
              return;
            }
            waiting = resolve;
            socket.write(`GET ${path} HTTP/1.1\r\nHost: echo.test\r\n\r\n`);
          }),
        close: () => socket.destroy(),
      }),
    );
  });
}

/** A slow client's connection: it sends the start of a request and never finishes it. */
export interface SlowConnection {
  /** Resolves when the server closes (or resets) the connection. */
  closed: Promise<void>;
  isOpen(): boolean;
  close(): void;
}

export function openSlowConnection(target: RawTarget): Promise<SlowConnection> {
  return new Promise((resolveOpen, rejectOpen) => {
    const socket = net.connect({
      host: target.host,
      port: target.port,
      ...(target.localAddress ? { localAddress: target.localAddress } : {}),
    });
    let open = true;
    const closed = new Promise<void>((resolve) =>
      socket.on("close", () => {
        open = false;
        rejectOpen(new Error("closed before connecting"));
        resolve();
      }),
    );
    socket.on("error", () => {
      /* a reset shows as the close above */
    });
    socket.resume();
    socket.on("connect", () => {
      socket.write("GET /echo HTTP/1.1\r\nHost: echo.test\r\nX-Slow: 1\r\n");
      resolveOpen({ closed, isOpen: () => open, close: () => socket.destroy() });
    });
  });
}
