#!/usr/bin/env node

// Slow-client (slowloris-style) load against an echo endpoint on loopback: a benchmark, not a
// test (nothing here fails on a number). It opens thousands of connections from several
// 127.0.0.x source addresses that send a request's headers a line at a time and never finish
// them, reopening each one the server closes, while "real" clients on 127.0.0.1 keep asking
// `GET /echo` at a steady rate. It prints how many real requests succeeded and how fast, before
// and during the attack, and how many slow connections the server let in and for how long.
// It refuses any target that is not loopback and always stops by itself in under a minute.
//
//   node scripts/slow-clients.mjs --target http://127.0.0.1:8081/echo
//   node scripts/slow-clients.mjs --target http://127.0.0.1:8081/echo --slow 4000 --sources 16 --json
//
// Options (defaults in brackets):
//   --target URL        http://127.0.0.x:PORT/PATH or http://[::1]:PORT/PATH (required). The real
//                       requests ask for this URL; the slow connections start a GET of its path.
//   --slow N            slow connections to keep open, 1-10000 [3000]
//   --sources K         source addresses for them, 127.0.0.2 … 127.0.0.(K+1), 1-250 [8]
//                       (IPv4 targets only; to a [::1] target everything comes from ::1)
//   --duration S        seconds of attack, 1-45 [20]; before it, 3 s of real requests alone
//   --drip-ms MS        pause between two header lines of a slow connection [2000]
//   --reopen-ms MS      pause before a slow slot reconnects after the server closed it [1000]
//   --rate R            real requests started per second, 1-1000 [50]
//   --timeout-ms MS     a real request not answered in this time counts as failed [2000]
//   --json              print the figures as JSON instead of a table
//
// Real requests are one per connection (Connection: close), like the page's probes, and count
// as ok only if they answer 200 with the echo's JSON for 127.0.0.1. They run in a worker
// thread of their own, so the thousands of slow sockets in this one do not delay them.
//
// What it prints: for real requests before and during the attack, how many were started, how
// many were ok, latency percentiles of the ok ones and why the others failed (timeout,
// ECONNRESET, ECONNREFUSED, "closed unanswered", "status 503", …). For the slow connections:
// how many connected, the most open at once and the most open for 1 s or more (what the
// attacker really held), and how the server ended them: "reset" (RST, e.g. the Node echo's
// caps) or "closed" (FIN, "after an answer" if it sent one first, e.g. a 408 or nginx's 503
// from limit_conn), each with the median time the connection had been open.
//
// Any server works as a target (npm run slow-clients -- --target …). This process needs an
// open-files limit above --slow (ulimit -n); it says so when it has not.

import { readFileSync } from "node:fs";
import net from "node:net";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const WARM_UP_MS = 3_000;
/** Never run longer than this, whatever happens (the script promises "under a minute"). */
const HARD_STOP_MS = 58_000;
/** Slow connections being set up at once (so the ramp does not overflow the accept queue). */
const CONNECTS_IN_FLIGHT = 256;

const USAGE =
  "usage: node scripts/slow-clients.mjs --target http://127.0.0.1:PORT/echo [--slow N] [--sources K] [--duration S] [--drip-ms MS] [--reopen-ms MS] [--rate R] [--timeout-ms MS] [--json]";

function fail(message) {
  console.error(`slow-clients: ${message}\n${USAGE}`);
  process.exit(2);
}

/** A whole number flag within [min, max]. */
function intFlag(name, value, min, max) {
  if (!/^\d+$/.test(value ?? "") || Number(value) < min || Number(value) > max) {
    fail(`${name} must be a whole number from ${min} to ${max}, not "${value ?? ""}"`);
  }
  return Number(value);
}

/** Parses and checks the target: plain HTTP to a loopback address, nothing else. */
function parseTarget(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" is not a URL`);
  }
  if (url.protocol !== "http:") throw new Error(`only http:// targets, not ${url.protocol}//`);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const loopback =
    (net.isIPv4(host) && host.startsWith("127.")) || (net.isIPv6(host) && host === "::1");
  if (!loopback) {
    throw new Error(
      `refusing "${url.hostname}": the target must be on loopback (127.0.0.0/8 or [::1])`,
    );
  }
  if (!url.port) throw new Error("give the port explicitly, e.g. http://127.0.0.1:8081/echo");
  return { host, port: Number(url.port), path: `${url.pathname}${url.search}`, href: url.href };
}

function parseArgs(argv) {
  const options = {
    target: undefined,
    slow: 3000,
    sources: 8,
    durationS: 20,
    dripMs: 2000,
    reopenMs: 1000,
    rate: 50,
    timeoutMs: 2000,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--target") options.target = value();
    else if (flag === "--slow") options.slow = intFlag(flag, value(), 1, 10_000);
    else if (flag === "--sources") options.sources = intFlag(flag, value(), 1, 250);
    else if (flag === "--duration") options.durationS = intFlag(flag, value(), 1, 45);
    else if (flag === "--drip-ms") options.dripMs = intFlag(flag, value(), 10, 60_000);
    else if (flag === "--reopen-ms") options.reopenMs = intFlag(flag, value(), 0, 60_000);
    else if (flag === "--rate") options.rate = intFlag(flag, value(), 1, 1000);
    else if (flag === "--timeout-ms") options.timeoutMs = intFlag(flag, value(), 100, 30_000);
    else if (flag === "--json") options.json = true;
    else if (flag === "-h" || flag === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument "${arg}"`);
  }
  if (!options.target) fail("--target is required");
  try {
    options.target = parseTarget(options.target);
  } catch (err) {
    fail(err.message);
  }
  return options;
}

/** The soft limit on open files, when the system says (Linux). */
function openFileLimit() {
  try {
    const line = /^Max open files\s+(\d+)/m.exec(readFileSync("/proc/self/limits", "utf8"));
    return line ? Number(line[1]) : undefined;
  } catch {
    return undefined;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);

/** One real request on its own connection from 127.0.0.1 (or ::1): ok, or why not. */
function realRequest(target, timeoutMs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const v6 = net.isIPv6(target.host);
    const socket = net.connect({
      host: target.host,
      port: target.port,
      localAddress: v6 ? "::1" : "127.0.0.1",
    });
    let received = "";
    let settled = false;
    const done = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...outcome, ms: performance.now() - started });
    };
    const timer = setTimeout(() => done({ ok: false, why: "timeout" }), timeoutMs);
    socket.on("connect", () => {
      const host = v6 ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
      socket.write(`GET ${target.path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    });
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
    });
    socket.on("error", (err) => done({ ok: false, why: err.code ?? "error" }));
    socket.on("close", () => {
      if (received === "") return done({ ok: false, why: "closed unanswered" });
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      const body = received.slice(received.indexOf("\r\n\r\n") + 4);
      if (status !== "200") return done({ ok: false, why: `status ${status ?? "?"}` });
      if (!/^\{"ip":"(127\.0\.0\.1|::1)"/.test(body)) return done({ ok: false, why: "wrong body" });
      done({ ok: true });
    });
  });
}

/**
 * The worker's job: real requests at a steady rate (started on schedule, however slow the
 * answers), counted as "before" until the main thread says the attack started, then "during"
 * until it says stop; then it posts what it saw.
 */
function runRealClients({ target, rate, timeoutMs }) {
  const results = { before: [], during: [] };
  const pending = new Set();
  let phase = "before";
  const timer = setInterval(() => {
    const counted = phase;
    const request = realRequest(target, timeoutMs).then((outcome) => {
      results[counted].push(outcome);
      pending.delete(request);
    });
    pending.add(request);
  }, 1000 / rate);
  parentPort.on("message", async (message) => {
    if (message === "attack") phase = "during";
    if (message === "stop") {
      clearInterval(timer);
      await Promise.all(pending);
      parentPort.postMessage(results);
      parentPort.close();
    }
  });
}

/** Starts the real clients in a worker; `stop()` resolves with their outcomes per phase. */
function startRealClients(target, options) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { target, rate: options.rate, timeoutMs: options.timeoutMs },
  });
  const results = new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    attack: () => worker.postMessage("attack"),
    stop: async () => {
      worker.postMessage("stop");
      const outcome = await results;
      await worker.terminate();
      return outcome;
    },
  };
}

/** The slow connections: each slot keeps one open, dripping header lines, and reopens it. */
function startSlowClients(target, options) {
  const v6 = net.isIPv6(target.host);
  const sources = v6
    ? ["::1"]
    : Array.from({ length: options.sources }, (_, i) => `127.0.0.${i + 2}`);
  const stats = {
    connects: 0,
    connectErrors: {},
    // How the server ended them: reset (RST) or closed (FIN, maybe after an answer such as
    // 408), with how long each had been open.
    reset: [],
    closed: [],
    answered: 0,
    open: new Map(), // socket -> connected at
    peakOpen: 0,
    peakHeld: 0,
  };
  let running = true;
  let inFlight = 0;
  const queue = [];
  const sockets = new Set();

  const pump = () => {
    while (running && inFlight < CONNECTS_IN_FLIGHT && queue.length > 0) {
      inFlight++;
      connect(queue.shift());
    }
  };
  const later = (slot, ms) => {
    if (!running) return;
    setTimeout(() => {
      queue.push(slot);
      pump();
    }, ms);
  };

  function connect(slot) {
    const socket = net.connect({
      host: target.host,
      port: target.port,
      localAddress: sources[slot % sources.length],
    });
    sockets.add(socket);
    let connectedAt = 0;
    let drip;
    let line = 0;
    socket.on("connect", () => {
      inFlight--;
      pump();
      connectedAt = performance.now();
      stats.connects++;
      stats.open.set(socket, connectedAt);
      stats.peakOpen = Math.max(stats.peakOpen, stats.open.size);
      socket.write(`GET ${target.path} HTTP/1.1\r\nHost: slow.test\r\n`);
      drip = setInterval(
        () => socket.write(`X-Slow-${line++}: ${"x".repeat(8)}\r\n`),
        options.dripMs,
      );
    });
    let answered = false;
    let wasReset = false;
    socket.on("data", () => {
      answered = true;
    });
    socket.on("error", (err) => {
      if (err.code === "ECONNRESET") wasReset = true;
      else if (!connectedAt) {
        const code = err.code ?? "error";
        stats.connectErrors[code] = (stats.connectErrors[code] ?? 0) + 1;
      }
    });
    socket.on("close", () => {
      clearInterval(drip);
      sockets.delete(socket);
      stats.open.delete(socket);
      if (!connectedAt) {
        inFlight--;
        pump();
      }
      if (running && (connectedAt || wasReset)) {
        // A reset can arrive before this side saw the connection complete: open for 0 ms.
        const lifetime = connectedAt ? performance.now() - connectedAt : 0;
        if (wasReset) stats.reset.push(lifetime);
        else {
          stats.closed.push(lifetime);
          if (answered) stats.answered++;
        }
      }
      later(slot, options.reopenMs);
    });
  }

  for (let slot = 0; slot < options.slow; slot++) queue.push(slot);
  pump();
  // How many slots the attacker really holds: open for at least a second.
  const sampler = setInterval(() => {
    const now = performance.now();
    let held = 0;
    for (const since of stats.open.values()) if (now - since >= 1000) held++;
    stats.peakHeld = Math.max(stats.peakHeld, held);
  }, 250);

  return {
    sources,
    stats,
    stop: () => {
      running = false;
      clearInterval(sampler);
      for (const socket of sockets) socket.destroy();
    },
  };
}

function summarise(outcomes) {
  const ok = outcomes.filter((o) => o.ok);
  const sorted = ok.map((o) => o.ms).sort((a, b) => a - b);
  const failures = {};
  for (const o of outcomes) if (!o.ok) failures[o.why] = (failures[o.why] ?? 0) + 1;
  return {
    requests: outcomes.length,
    ok: ok.length,
    okPercent: outcomes.length ? round((100 * ok.length) / outcomes.length) : null,
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? null),
    },
    failures,
  };
}

function printTable(report) {
  const { options, real, slow } = report;
  const t = options.target;
  console.log(
    `slow-clients: ${t.href}: ${options.slow} slow connections from ${slow.sources}, a header line every ${options.dripMs} ms, for ${options.durationS} s`,
  );
  console.log(
    `real requests: GET ${t.path} from ${net.isIPv6(t.host) ? "::1" : "127.0.0.1"}, ${options.rate}/s, ${options.timeoutMs} ms timeout`,
  );
  console.log("");
  console.log(
    "                   requests      ok    ok %   p50 ms   p90 ms   p99 ms   max ms   failures",
  );
  for (const [name, s] of [
    ["before the attack", real.before],
    ["during the attack", real.during],
  ]) {
    const cell = (v, w) => String(v ?? "-").padStart(w);
    const failures = Object.entries(s.failures)
      .map(([why, n]) => `${n} ${why}`)
      .join(", ");
    console.log(
      `${name.padEnd(18)}${cell(s.requests, 9)}${cell(s.ok, 8)}${cell(s.okPercent, 8)}${cell(s.latencyMs.p50, 9)}${cell(s.latencyMs.p90, 9)}${cell(s.latencyMs.p99, 9)}${cell(s.latencyMs.max, 9)}   ${failures || "none"}`,
    );
  }
  console.log("");
  const errors = Object.entries(slow.connectErrors)
    .map(([code, n]) => `${n} ${code}`)
    .join(", ");
  console.log(
    `slow connections: ${slow.connects} connected; peak open ${slow.peakOpen}, peak open for 1 s or more ${slow.peakHeld}; connect errors: ${errors || "none"}`,
  );
  console.log(
    `ended by the server: ${slow.reset.count} reset (median after ${slow.reset.medianMs ?? "-"} ms), ` +
      `${slow.closed.count} closed (${slow.closed.answered} after an answer; median after ${slow.closed.medianMs ?? "-"} ms)`,
  );
}

/** Count and median of a list of lifetimes. */
function lifetimes(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: sorted.length ? Math.round(percentile(sorted, 50)) : null,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const limit = openFileLimit();
  if (limit !== undefined && limit < options.slow + 500) {
    console.error(
      `slow-clients: note: this process may open only ${limit} files; some slow connections will fail with EMFILE`,
    );
  }
  const hardStop = setTimeout(() => {
    console.error("slow-clients: stopped after the hard limit of 58 s");
    process.exit(1);
  }, HARD_STOP_MS);
  hardStop.unref();

  const startedAt = performance.now();
  const real = startRealClients(options.target, options);
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  real.attack();
  const slow = startSlowClients(options.target, options);
  await new Promise((resolve) => setTimeout(resolve, options.durationS * 1000));
  const outcomes = await real.stop();
  slow.stop();

  const report = {
    options,
    real: { before: summarise(outcomes.before), during: summarise(outcomes.during) },
    slow: {
      sources:
        slow.sources.length === 1
          ? slow.sources[0]
          : `${slow.sources[0]}-${slow.sources.at(-1)} (${slow.sources.length} addresses)`,
      connects: slow.stats.connects,
      peakOpen: slow.stats.peakOpen,
      peakHeld: slow.stats.peakHeld,
      reset: lifetimes(slow.stats.reset),
      closed: { ...lifetimes(slow.stats.closed), answered: slow.stats.answered },
      connectErrors: slow.stats.connectErrors,
    },
    elapsedS: round((performance.now() - startedAt) / 1000),
  };
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else printTable(report);
  clearTimeout(hardStop);
  // Sockets being torn down must not keep the process alive past its promise.
  setTimeout(() => process.exit(0), 100).unref();
}

if (isMainThread) {
  main().catch((err) => {
    console.error(`slow-clients: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
} else {
  runRealClients(workerData);
}
