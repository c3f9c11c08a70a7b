// `--delay-ms`: the echo answers late, so the network lab can give IPv6 a slow path (its kernel
// has no netem). No test here measures time: the delay is held back by an injected scheduler or
// by Vitest's fake clock, and the answer is checked to be absent until the clock says so.

import net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type EchoHandle,
  MAX_DELAY_MS,
  parseArgs,
  type ScheduleDelay,
  startEcho,
} from "../../../server/echo.ts";
import { echoRequest } from "./echo-contract.ts";

/** A scheduler that holds every answer until the test releases it. */
function heldScheduler() {
  const held: { answer: () => void; ms: number; cancelled: boolean }[] = [];
  let notify: () => void = () => {};
  const schedule: ScheduleDelay = (answer, ms) => {
    const entry = { answer, ms, cancelled: false };
    held.push(entry);
    notify();
    return () => {
      entry.cancelled = true;
      notify();
    };
  };
  /** Resolves once `check` holds (checked after every schedule or cancel). */
  const when = (check: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const previous = notify;
      notify = () => {
        previous();
        if (check()) resolve();
      };
      if (check()) resolve();
    });
  return { held, schedule, when };
}

/** Resolves true on the server's first byte, false when `settle` resolves first. */
function firstByteBefore(socket: net.Socket, settle: Promise<unknown>): Promise<boolean> {
  return Promise.race([
    new Promise<boolean>((resolve) => socket.once("data", () => resolve(true))),
    settle.then(() => false),
  ]);
}

/** A few turns of the event loop with real I/O: time for an answer already sent to arrive. */
async function ioTurns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

let handle: EchoHandle | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await handle?.close();
  handle = undefined;
});

describe("an echo started with a delay", () => {
  it("holds the answer back for the delay, then sends the usual answer", async () => {
    const clock = heldScheduler();
    handle = await startEcho({
      listen: [{ host: "::1", port: 0 }],
      delayMs: 300,
      scheduleDelay: clock.schedule,
    });
    const target = { host: "::1", port: handle.http[0]?.port ?? 0 };
    let answered = false;
    const reply = echoRequest(target, "/echo").then((r) => {
      answered = true;
      return r;
    });
    // Without a delay the reply wins this race; with one, the request is held for 300 ms.
    const first = await Promise.race([
      clock.when(() => clock.held.length === 1).then(() => "held"),
      reply.then(() => "answered"),
    ]);
    expect(first).toBe("held");
    expect(clock.held[0]?.ms).toBe(300);
    await ioTurns();
    expect(answered).toBe(false);

    clock.held[0]?.answer();
    const got = await reply;
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body)).toEqual({ ip: "::1", port: got.local.port });
  });

  it("delays every kind of answer on the listener, a preflight and a 404 too", async () => {
    const clock = heldScheduler();
    handle = await startEcho({
      listen: [{ host: "127.0.0.1", port: 0 }],
      delayMs: 900,
      scheduleDelay: clock.schedule,
    });
    const target = { host: "127.0.0.1", port: handle.http[0]?.port ?? 0 };
    const replies = [
      echoRequest(target, "/echo", { method: "OPTIONS" }),
      echoRequest(target, "/nothing-here"),
    ];
    await clock.when(() => clock.held.length === 2);
    expect(clock.held.map((h) => h.ms)).toEqual([900, 900]);
    for (const h of clock.held) h.answer();
    expect((await Promise.all(replies)).map((r) => r.status).sort()).toEqual([204, 404]);
  });

  it("cancels the answer of a client that left, and sends nothing when it fires anyway", async () => {
    const clock = heldScheduler();
    const log: string[] = [];
    handle = await startEcho({
      listen: [{ host: "127.0.0.1", port: 0 }],
      delayMs: 300,
      scheduleDelay: clock.schedule,
      log: (line) => log.push(line),
    });
    const port = handle.http[0]?.port ?? 0;
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.on("error", () => {});
    socket.write("GET /echo HTTP/1.1\r\nHost: x\r\n\r\n");
    await clock.when(() => clock.held.length === 1);
    socket.destroy();
    await clock.when(() => clock.held[0]?.cancelled === true);
    clock.held[0]?.answer(); // a timer that fires after all must not crash or log
    await ioTurns();
    expect(log).toEqual([]);
    // The server still answers the next client.
    const next = net.connect({ host: "127.0.0.1", port });
    next.write("GET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    await clock.when(() => clock.held.length === 2);
    const arrived = firstByteBefore(next, ioTurns());
    expect(await arrived).toBe(false);
    clock.held[1]?.answer();
    expect(await firstByteBefore(next, new Promise(() => {}))).toBe(true);
    next.destroy();
  });

  it("uses the clock by default: nothing before the delay has passed, the answer right at it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    handle = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }], delayMs: 300 });
    const socket = net.connect({ host: "127.0.0.1", port: handle.http[0]?.port ?? 0 });
    socket.write("GET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    // The request is in once its timer is set (the only faked timer in this test).
    while (vi.getTimerCount() === 0) await ioTurns(1);
    vi.advanceTimersByTime(299);
    expect(await firstByteBefore(socket, ioTurns())).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await firstByteBefore(socket, new Promise(() => {}))).toBe(true);
    socket.destroy();
  });

  it("answers at once without a delay", async () => {
    const clock = heldScheduler();
    handle = await startEcho({
      listen: [{ host: "127.0.0.1", port: 0 }],
      scheduleDelay: clock.schedule,
    });
    const reply = await echoRequest(
      { host: "127.0.0.1", port: handle.http[0]?.port ?? 0 },
      "/echo",
    );
    expect(reply.status).toBe(200);
    expect(clock.held).toEqual([]);
  });

  it("refuses a delay out of range before binding anything", async () => {
    for (const bad of [-1, 1.5, MAX_DELAY_MS + 1, Number.NaN]) {
      await expect(
        startEcho({ listen: [{ host: "127.0.0.1", port: 0 }], delayMs: bad }),
      ).rejects.toThrow(/delay must be a whole number of ms from 0 to 10000/);
    }
  });
});

describe("--delay-ms", () => {
  it("is parsed in both spellings", () => {
    expect(parseArgs(["--listen", "[2001:2::20]:80", "--delay-ms", "300"])).toEqual({
      listen: [{ host: "2001:2::20", port: 80 }],
      stun: [],
      delayMs: 300,
    });
    expect(parseArgs(["--listen", "127.0.0.1:80", "--delay-ms=0"])).toMatchObject({ delayMs: 0 });
    expect(parseArgs(["--listen", "127.0.0.1:80"])).not.toHaveProperty("delayMs");
  });

  it("rejects what is not a whole number of ms up to the cap, in plain words", () => {
    for (const bad of ["-1", "1.5", "soon", "", "10001", "999999"]) {
      expect(() => parseArgs(["--listen", "127.0.0.1:80", "--delay-ms", bad])).toThrow(
        /--delay-ms needs a whole number from 0 to 10000/,
      );
    }
    expect(() => parseArgs(["--listen", "127.0.0.1:80", "--delay-ms"])).toThrow(/--delay-ms/);
  });
});
