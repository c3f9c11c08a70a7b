#!/usr/bin/env node
// npm run test:lab — loads the built page in headless Chromium inside the lab's client namespace
// (test/lab/lab.sh) in every scenario and asserts the verdict the page reaches.
//
//   node test/lab/run.mjs [--only NAME[,NAME…]] [--raw] [--keep] [--verbose]
//
//   --only     run only rows whose scenario (or scenario/config) matches
//   --raw      load test/lab/probe.html instead of the page: raw fetch + ICE observations
//   --keep     leave the lab up afterwards (tear down with: bash test/lab/lab.sh down)
//   --verbose  print every probe outcome, console message and failed request per row
//
// Needs root (network namespaces). Exits non-zero on any mismatch. Writes the full Results to
// test-results/lab/report.json.

import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, "../..");
const LAB = join(HERE, "lab.sh");
const STATE = process.env.NST_LAB_STATE || "/run/nst-lab";
const DIST = process.env.NST_LAB_DIST || join(REPO, "dist");
const CHROMIUM = process.env.CHROMIUM || CHROMIUM_PATH;
const TOTAL_BUDGET_MS = 170_000; // the whole run must stay under 3 minutes
const ROW_TIMEOUT_MS = 25_000; // per page load, from navigation to the Result
const CONFIG_TIMEOUT_MS = 3000; // the page's per-probe timeout (config.timeoutMs)
const LOCK = `${STATE}.lock`; // one lab run at a time on a machine (namespace names are fixed)
const LOCK_WAIT_MS = 60_000;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const optValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RAW = flag("--raw");
const KEEP = flag("--keep");
const VERBOSE = flag("--verbose") || RAW;
const ONLY = optValue("--only")?.split(",").filter(Boolean);

// --- the lab's addresses (see lab.sh / README.md) ---------------------------------------------
const WKP = "64:ff9b::/96";
const NSP = "2001:2:0:6464::/96";
const V4 = "192.0.2.10";
const V6 = "2001:2::20";

const probes = {
  v4: "http://v4.lab.test/echo",
  v6: "http://v6.lab.test/echo",
  ds: "http://ds.lab.test/echo",
  nat64: "http://nat64.lab.test/echo",
  v4literal: `http://${V4}/echo`,
  v6literal: `http://[${V6}]/echo`,
  large: "http://large.lab.test/echo?size=4000",
};
const stun = { name: "stun:v4.lab.test:3478", literal: `stun:${V4}:3478` };
const candidates = [{ prefix: NSP, url: "http://[2001:2:0:6464::c000:20a]/echo" }];
const withoutLiterals = Object.fromEntries(
  Object.entries(probes).filter(([k]) => k !== "v4literal" && k !== "v6literal"),
);

/** Config files served beside the page on www.lab.test (loaded with ?config=…). */
const CONFIGS = {
  // Everything, as a page served over plain HTTP can use it.
  http: { probes, nat64Candidates: candidates, stun, timeoutMs: CONFIG_TIMEOUT_MS },
  // The same without the operator's NSP candidate.
  "http-nocand": { probes, nat64Candidates: [], stun, timeoutMs: CONFIG_TIMEOUT_MS },
  // What an HTTPS page can use: no http:// literal probes (mixed content), STUN still works.
  "https-like": {
    probes: withoutLiterals,
    nat64Candidates: [],
    stun,
    timeoutMs: CONFIG_TIMEOUT_MS,
  },
};

// clat: true/false asserted; undefined = not asserted ("—" in the issue's table).
const ROWS = [
  { scenario: "dualstack", config: "http", verdict: "dual-stack", prefix: null },
  { scenario: "v4only", config: "http", verdict: "ipv4-only", prefix: null },
  {
    scenario: "v6only-nat64",
    config: "http",
    verdict: "ipv6-only-nat64",
    prefix: WKP,
    clat: false,
  },
  {
    scenario: "v6only-nat64-nsp",
    config: "http",
    verdict: "ipv6-only-nat64",
    prefix: NSP,
    clat: false,
  },
  {
    scenario: "v6only-nat64-nsp",
    config: "http-nocand",
    verdict: "ipv6-only-nat64",
    prefix: null,
    clat: false,
  },
  {
    scenario: "v6only-464xlat",
    config: "http",
    verdict: "ipv6-only-nat64",
    prefix: WKP,
    clat: true,
  },
  { scenario: "v6only-nonat64", config: "http", verdict: "ipv6-only-no-nat64", prefix: null },
  { scenario: "ipv6-broken", config: "http", verdict: "ipv6-broken", prefix: null },
  { scenario: "captive", config: "http", verdict: "captive-portal", prefix: null },
  // HTTPS-like: no literal probes, so only the WebRTC/STUN signal and names are left.
  { scenario: "dualstack", config: "https-like", verdict: "dual-stack", prefix: null },
  { scenario: "v4only", config: "https-like", verdict: "ipv4-only", prefix: null },
  {
    scenario: "v6only-nat64",
    config: "https-like",
    verdict: "ipv6-only-nat64",
    prefix: WKP,
    clat: false,
  },
  {
    scenario: "v6only-nat64-nsp",
    config: "https-like",
    verdict: "ipv6-only-nat64",
    prefix: null,
    clat: false,
  },
  {
    scenario: "v6only-464xlat",
    config: "https-like",
    verdict: "ipv6-only-nat64",
    prefix: WKP,
    clat: true,
  },
  { scenario: "v6only-nonat64", config: "https-like", verdict: "ipv6-only-no-nat64", prefix: null },
];

// --- helpers ---------------------------------------------------------------------------------

function lab(...labArgs) {
  const r = spawnSync("bash", [LAB, ...labArgs], { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status}`;
    throw new Error(`lab.sh ${labArgs.join(" ")} failed (${why}):\n${r.stderr}${r.stdout}`);
  }
  return r.stdout;
}

function canonicalPrefix(p) {
  if (p == null) return null;
  const [addr, len] = String(p).split("/");
  try {
    return `${new URL(`http://[${addr}]/`).hostname.slice(1, -1)}/${len}`;
  } catch {
    return String(p);
  }
}

const fmt = (v) => (v === undefined ? "—" : v === null ? "null" : String(v));

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function summarizeProbes(result) {
  if (!result) return "";
  if (RAW) {
    return result.probes
      .map(
        (p) =>
          `${p.id}=${p.status}${p.ip ? `(${p.ip})` : ""}${p.noCors ? `[no-cors:${p.noCors}]` : ""}`,
      )
      .join(" ");
  }
  return (result.probes ?? [])
    .map((p) => `${p.id}=${p.status}${p.ip ? `(${p.ip})` : ""}`)
    .join(" ");
}

function summarizeStun(result) {
  if (!result) return "";
  const parts = [];
  if (RAW) {
    for (const [which, o] of Object.entries(result.stun ?? {})) {
      const srflx = o.candidates.filter((c) => c.type === "srflx").map((c) => c.address);
      const host = o.candidates.filter((c) => c.type === "host").length;
      const errs = o.errors.map((e) => `${e.code}${e.address ? `@${e.address}` : ""}`);
      parts.push(
        `${which}: host=${host} srflx=[${srflx.join(",")}] errors=[${errs.join(",")}] ${o.complete ? "complete" : "incomplete"} ${o.ms}ms`,
      );
    }
    return parts.join("; ");
  }
  for (const [which, o] of Object.entries(result.webrtc ?? {})) {
    if (!o) continue;
    parts.push(
      `${which}: ${o.status} host=${o.hostCandidates} srflx=[${(o.srflx ?? []).join(",")}] lookupError=${o.lookupError} ${o.complete ? "complete" : "incomplete"} ${o.ms}ms`,
    );
  }
  return parts.join("; ");
}

// --- main ------------------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  if (process.getuid?.() !== 0) {
    console.error(
      "test:lab needs root: it builds network namespaces, tun devices (tayga) and nftables rules.\n" +
        "Run it as root (CI does): sudo npm run test:lab",
    );
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`test:lab: ${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM=)`);
    return 1;
  }
  if (!RAW && !existsSync(join(DIST, "index.html"))) {
    console.log("test:lab: dist/ missing, running npm run build");
    const b = spawnSync("npm", ["run", "build"], { cwd: REPO, stdio: "inherit", timeout: 120_000 });
    if (b.status !== 0) {
      console.error("test:lab: npm run build failed");
      return 1;
    }
  }
  const { chromium } = await import("playwright-core");

  const rows = ROWS.filter(
    (r) => !ONLY || ONLY.some((o) => o === r.scenario || o === `${r.scenario}/${r.config}`),
  );
  if (rows.length === 0) {
    console.error(`test:lab: no row matches --only ${ONLY?.join(",")}`);
    return 1;
  }

  if (!(await takeLock())) return 1;
  const tmp = mkdtempSync(join(tmpdir(), "nst-lab-run-"));
  const wrapper = join(tmp, "chromium-in-client.sh");
  writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec nst-client ${CHROMIUM} "$@"\n`, {
    mode: 0o755,
  });

  const results = [];
  try {
    console.log("test:lab: building the lab (lab.sh up)");
    lab("up");
    const www = join(STATE, "www", "root");
    mkdirSync(www, { recursive: true });
    for (const [name, config] of Object.entries(CONFIGS)) {
      writeFileSync(join(www, `config-${name}.json`), `${JSON.stringify(config, null, 2)}\n`);
    }
    writeFileSync(join(www, "config.json"), `${JSON.stringify(CONFIGS.http, null, 2)}\n`);
    copyFileSync(join(HERE, "probe.html"), join(www, "probe.html"));
    console.log(`test:lab: lab up after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    let current = null;
    for (const [i, row] of rows.entries()) {
      const rec = { ...row, got: null, pass: false, error: null, console: [], failed: [] };
      results.push(rec);
      if (Date.now() - t0 > TOTAL_BUDGET_MS) {
        rec.error = "skipped: the 3-minute budget ran out";
        continue;
      }
      try {
        if (current !== row.scenario) {
          lab("scenario", row.scenario);
          current = row.scenario;
        }
        const left = TOTAL_BUDGET_MS - (Date.now() - t0);
        await runRow(
          chromium,
          wrapper,
          join(tmp, `profile-${i}`),
          rec,
          Math.min(ROW_TIMEOUT_MS, left),
        );
      } catch (err) {
        rec.error = String(err?.message ?? err)
          .split("\n")
          .slice(0, 6)
          .join("\n");
        if (/waitForFunction: Timeout/.test(rec.error)) {
          rec.error = `the page produced no Result (window.selftest.result) in time: ${rec.error}`;
        }
      }
      printRowLine(rec);
    }
  } catch (err) {
    console.error(`test:lab: ${err?.stack ?? err}`);
    results.push({
      scenario: "(lab)",
      config: "",
      error: String(err?.message ?? err),
      pass: false,
    });
  } finally {
    if (KEEP) {
      console.log("test:lab: --keep: lab left up (bash test/lab/lab.sh down to remove it)");
    } else {
      try {
        lab("down");
      } catch (err) {
        console.error(`test:lab: teardown failed: ${err.message}`);
      }
    }
    rmSync(tmp, { recursive: true, force: true });
    rmSync(LOCK, { force: true });
  }

  const outDir = join(REPO, "test-results", "lab");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, RAW ? "raw.json" : "report.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  printTable(results);
  const passed = results.filter((r) => r.pass).length;
  const failed = results.length - passed;
  console.log(`\ntest:lab: total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** Waits (bounded) for another run of the lab on this machine to finish, then takes the lock. */
async function takeLock() {
  const deadline = Date.now() + LOCK_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      writeFileSync(LOCK, `${process.pid}\n`, { flag: "wx" });
      return true;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    let holder;
    try {
      holder = Number.parseInt(readFileSync(LOCK, "utf8"), 10);
    } catch {
      continue; // removed meanwhile: try again
    }
    if (!Number.isInteger(holder) || !pidAlive(holder)) {
      rmSync(LOCK, { force: true }); // stale: its run died without cleaning up
      continue;
    }
    if (Date.now() > deadline) {
      console.error(`test:lab: another lab run (pid ${holder}) still holds ${LOCK}; giving up`);
      return false;
    }
    if (!told) console.log(`test:lab: waiting for another lab run (pid ${holder}) to finish`);
    told = true;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function runRow(chromium, wrapper, profileDir, rec, rowTimeoutMs) {
  const context = await withTimeout(
    chromium.launchPersistentContext(profileDir, {
      executablePath: wrapper,
      headless: true,
      timeout: 15_000,
      args: CHROMIUM_ARGS,
    }),
    20_000,
    "launching chromium",
  );
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => rec.console.push(`${m.type()}: ${m.text()}`.slice(0, 300)));
    page.on("pageerror", (e) => rec.console.push(`pageerror: ${e.message}`.slice(0, 300)));
    page.on("requestfailed", (r) => rec.failed.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
    await page.addInitScript(() => {
      window.addEventListener("selftest:done", () => {
        window.__labDoneAt = performance.now();
      });
    });
    const configFile = `config-${rec.config}.json`;
    const url = RAW
      ? `http://www.lab.test/probe.html?config=${configFile}`
      : `http://www.lab.test/?config=${configFile}`;
    const started = Date.now();
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 10_000 });
    const expr = RAW ? "window.labProbe" : "window.selftest && window.selftest.result";
    await page.waitForFunction(expr, null, {
      timeout: Math.max(1000, rowTimeoutMs),
      polling: 100,
    });
    const { result, doneAt } = await page.evaluate(
      RAW
        ? () => ({ result: window.labProbe, doneAt: performance.now() })
        : () => ({
            result: window.selftest.result,
            doneAt: window.__labDoneAt ?? performance.now(),
          }),
    );
    rec.wallMs = Date.now() - started;
    rec.timeToVerdictMs = Math.round(doneAt);
    rec.result = result;
    if (RAW) {
      rec.pass = !result?.fatal;
      if (result?.fatal) rec.error = result.fatal;
      rec.got = { verdict: "(raw)", prefix: null, clat: null };
      return;
    }
    // What the visitor saw, at phone size, for a person to look at (never asserted).
    const shots = join(REPO, "test-results", "lab");
    mkdirSync(shots, { recursive: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page
      .screenshot({ path: join(shots, `${rec.scenario}-${rec.config}.png`), fullPage: true })
      .catch(() => {});
    const v = result?.verdict;
    rec.got = { verdict: v?.code ?? null, prefix: v?.nat64?.prefix ?? null, clat: v?.clat ?? null };
    const problems = [];
    if (rec.got.verdict !== rec.verdict)
      problems.push(`verdict ${fmt(rec.got.verdict)} ≠ ${rec.verdict}`);
    if (canonicalPrefix(rec.got.prefix) !== canonicalPrefix(rec.prefix)) {
      problems.push(`prefix ${fmt(rec.got.prefix)} ≠ ${fmt(rec.prefix)}`);
    }
    if (rec.clat !== undefined && rec.got.clat !== rec.clat) {
      problems.push(`clat ${fmt(rec.got.clat)} ≠ ${fmt(rec.clat)}`);
    }
    rec.pass = problems.length === 0;
    if (!rec.pass) rec.error = problems.join("; ");
  } finally {
    await withTimeout(context.close(), 10_000, "closing chromium").catch(() => {});
  }
}

function printRowLine(rec) {
  const tag = rec.pass ? "PASS" : "FAIL";
  const got = rec.got
    ? `${fmt(rec.got.verdict)} ${fmt(rec.got.prefix)} clat=${fmt(rec.got.clat)}`
    : "-";
  const ms = rec.timeToVerdictMs != null ? ` in ${rec.timeToVerdictMs} ms` : "";
  console.log(
    `${tag} ${rec.scenario} [${rec.config}]: ${got}${ms}${rec.error ? ` — ${rec.error}` : ""}`,
  );
  if (VERBOSE || !rec.pass) {
    if (rec.result) {
      console.log(`     probes: ${summarizeProbes(rec.result)}`);
      console.log(`     stun:   ${summarizeStun(rec.result)}`);
      if (!RAW && rec.result.verdict?.reasons) {
        console.log(`     reasons: ${rec.result.verdict.reasons.join(" | ")}`);
      }
    }
    for (const f of rec.failed.slice(0, 12)) console.log(`     failed request: ${f}`);
    for (const c of rec.console.slice(0, 8)) console.log(`     console ${c}`);
  }
}

function printTable(results) {
  const head = [
    "scenario",
    "config",
    "expected verdict / prefix / clat",
    "got verdict / prefix / clat",
    "time",
    "",
  ];
  const lines = results.map((r) => [
    r.scenario,
    r.config,
    `${r.verdict ?? ""} / ${fmt(r.prefix)} / ${fmt(r.clat)}`,
    r.got
      ? `${fmt(r.got.verdict)} / ${fmt(r.got.prefix)} / ${fmt(r.got.clat)}`
      : r.error
        ? "(none)"
        : "",
    r.timeToVerdictMs != null ? `${(r.timeToVerdictMs / 1000).toFixed(1)} s` : "",
    r.pass ? "PASS" : "FAIL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const row = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${row(head)}\n| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const l of lines) console.log(row(l));
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
