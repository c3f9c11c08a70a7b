#!/usr/bin/env node
// Load test (a benchmark, not a test: nothing here fails on a number) for both echo servers on
// loopback only: server/echo.ts (Node, one process) and the shipped nginx configuration
// (server/nginx/, started in a temp prefix). autocannon runs in this process, on the same
// machine, so the figures are what one machine does while also generating the load.
//
//   npm run loadtest                       # every scenario, 10 s each, 200 connections
//   npm run loadtest -- --duration 5 --connections 100 --only node
//   npm run loadtest -- --json             # machine-readable results
//
// Scenarios:
//   keep-alive      requests over kept-alive connections (the server's raw request rate)
//   new connection  one request per TCP connection (what visitors do: every probe goes to a
//                   different name or address, so each opens its own connection)
//   https new conn  nginx only: one request per TLS connection (full handshake each time)

import { spawn } from "node:child_process";
import net from "node:net";
import { cpus } from "node:os";
import tls from "node:tls";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { findNginx, startLocalNginx } from "../server/nginx/local-nginx.mjs";

const ECHO = fileURLToPath(new URL("../server/echo.ts", import.meta.url));

function parseArgs(argv) {
  const options = { duration: 10, connections: 200, only: "all", json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--duration") options.duration = Number(argv[++i]);
    else if (arg === "--connections") options.connections = Number(argv[++i]);
    else if (arg === "--only") options.only = argv[++i];
    else if (arg === "--json") options.json = true;
    else if (arg === "-h" || arg === "--help") {
      console.log(
        "usage: node scripts/loadtest.mjs [--duration S] [--connections N] [--only node|nginx] [--json]",
      );
      process.exit(0);
    } else {
      console.error(`loadtest: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  if (!(options.duration > 0 && options.duration <= 60)) {
    console.error("loadtest: --duration must be 1 to 60 seconds");
    process.exit(2);
  }
  if (!(options.connections > 0 && options.connections <= 2000)) {
    console.error("loadtest: --connections must be 1 to 2000");
    process.exit(2);
  }
  return options;
}

/** Starts server/echo.ts as its own process (as in production) on a free loopback port. */
/** The load generator is one client on 127.0.0.1: lift the per-client cap to its connections. */
function startNodeEcho(options) {
  return new Promise((resolve, reject) => {
    const args = ["--import", "tsx", ECHO, "--listen", "127.0.0.1:0"];
    args.push("--max-connections-per-client", String(options.connections));
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/echo/.exec(out);
      if (match) {
        resolve({
          port: Number(match[1]),
          stop: () =>
            new Promise((done) => {
              child.once("exit", done);
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`server/echo.ts exited with ${code}`)));
  });
}

function run(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
    // No progress bar: keep the output readable when piped.
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false });
  });
}

const verifyBody = (body) => body.startsWith('{"ip":"127.0.0.1","port":');

async function scenario(name, target, url, options, extra = {}) {
  const base = { url, connections: options.connections, timeout: 10, verifyBody, ...extra };
  // A short warm-up so JIT, caches and accept queues settle before measuring.
  await run({ ...base, duration: 1 });
  const r = await run({ ...base, duration: options.duration });
  return {
    target,
    scenario: name,
    connections: options.connections,
    durationS: options.duration,
    requests: r.requests.total,
    reqPerSec: Math.round(r.requests.average),
    latencyMs: {
      p50: r.latency.p50,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      max: r.latency.max,
    },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    mismatches: r.mismatches,
  };
}

/**
 * One request per connection, `connections` loops in parallel for `durationS`: connect (TLS when
 * `tlsServername` is set), send GET with Connection: close, read to the end, repeat. autocannon
 * 8 cannot do this (with reconnectRate: 1 it records no response at all, and a Connection: close
 * header makes it pair responses with the wrong requests), so it is done here with raw sockets.
 * Latency is from connect() to the last byte, so it includes the TCP (and TLS) handshake.
 */
function runPerConnection({ host, port, path, hostHeader, tlsServername, connections, durationS }) {
  const request = `GET ${path} HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: close\r\n\r\n`;
  const latencies = [];
  const counts = { errors: 0, timeouts: 0, non2xx: 0, mismatches: 0 };
  const deadline = Date.now() + durationS * 1000;
  const once = () =>
    new Promise((resolve) => {
      const started = performance.now();
      const socket = tlsServername
        ? tls.connect({ host, port, servername: tlsServername, rejectUnauthorized: false })
        : net.connect({ host, port });
      let data = "";
      let done = false;
      const finish = (outcome) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        socket.destroy();
        if (outcome === "ok") {
          const status = Number(data.slice(9, 12));
          const body = data.slice(data.indexOf("\r\n\r\n") + 4);
          if (status < 200 || status > 299) counts.non2xx++;
          else if (!verifyBody(body)) counts.mismatches++;
          else latencies.push(performance.now() - started);
        } else counts[outcome]++;
        resolve();
      };
      const timer = setTimeout(() => finish("timeouts"), 10_000);
      socket.on(tlsServername ? "secureConnect" : "connect", () => socket.write(request));
      socket.on("data", (chunk) => {
        data += chunk.toString("latin1");
      });
      socket.on("end", () => finish("ok"));
      socket.on("error", () => finish("errors"));
    });
  const loop = async () => {
    while (Date.now() < deadline) await once();
  };
  const started = Date.now();
  return Promise.all(Array.from({ length: connections }, loop)).then(() => {
    const elapsedS = (Date.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p) =>
      latencies.length
        ? Math.round(
            latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))],
          )
        : 0;
    return {
      requests: latencies.length,
      reqPerSec: Math.round(latencies.length / elapsedS),
      latencyMs: { p50: pct(50), p97_5: pct(97.5), p99: pct(99), max: pct(100) },
      ...counts,
    };
  });
}

async function perConnectionScenario(name, target, options, params) {
  await runPerConnection({ ...params, connections: options.connections, durationS: 1 });
  const r = await runPerConnection({
    ...params,
    connections: options.connections,
    durationS: options.duration,
  });
  return {
    target,
    scenario: name,
    connections: options.connections,
    durationS: options.duration,
    ...r,
  };
}

function print(results) {
  const rows = [
    [
      "target",
      "scenario",
      "req/s",
      "p50 ms",
      "p97.5 ms",
      "p99 ms",
      "max ms",
      "requests",
      "errors",
      "timeouts",
      "non-2xx",
      "bad body",
    ],
    ...results.map((r) => [
      r.target,
      r.scenario,
      String(r.reqPerSec),
      String(r.latencyMs.p50),
      String(r.latencyMs.p97_5),
      String(r.latencyMs.p99),
      String(r.latencyMs.max),
      String(r.requests),
      String(r.errors),
      String(r.timeouts),
      String(r.non2xx),
      String(r.mismatches),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join("  "));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const results = [];
  const log = (line) => (options.json ? console.error(line) : console.log(line));
  log(
    `loadtest: ${options.connections} connections, ${options.duration} s per scenario, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), Node ${process.version}, loopback only`,
  );

  if (options.only === "all" || options.only === "node") {
    const echo = await startNodeEcho(options);
    try {
      const url = `http://127.0.0.1:${echo.port}/echo`;
      log(`node echo: ${url}`);
      results.push(await scenario("keep-alive", "node echo", url, options));
      results.push(
        await perConnectionScenario("new connection", "node echo", options, {
          host: "127.0.0.1",
          port: echo.port,
          path: "/echo",
          hostHeader: `127.0.0.1:${echo.port}`,
        }),
      );
    } finally {
      await echo.stop();
    }
  }

  if (options.only === "all" || options.only === "nginx") {
    if (!findNginx()) {
      log("nginx is not installed (Debian: apt-get install nginx): skipping the nginx echo");
    } else {
      const nginx = await startLocalNginx({ workers: "auto" });
      try {
        const url = `http://127.0.0.1:${nginx.ports.http4}/echo`;
        log(`nginx echo: ${url} (worker_processes auto, access_log off)`);
        results.push(await scenario("keep-alive", "nginx echo", url, options));
        results.push(
          await perConnectionScenario("new connection", "nginx echo", options, {
            host: "127.0.0.1",
            port: nginx.ports.http4,
            path: "/echo",
            hostHeader: `127.0.0.1:${nginx.ports.http4}`,
          }),
        );
        results.push(
          await perConnectionScenario("https new conn", "nginx echo", options, {
            host: "127.0.0.1",
            port: nginx.ports.https4,
            path: "/echo",
            hostHeader: "v4.selftest.example.net",
            tlsServername: "v4.selftest.example.net",
          }),
        );
      } finally {
        await nginx.stop();
      }
    }
  }

  if (options.json) console.log(JSON.stringify(results, null, 2));
  else print(results);
}

main().catch((err) => {
  console.error(`loadtest: ${err.message}`);
  process.exit(1);
});
