#!/usr/bin/env node
// npm run lighthouse — Lighthouse 12.2.3 on the HTTPS deployment layout, on this machine.
//
// What runs is what docs/deploy.md tells an operator to run: Debian's nginx with the shipped
// site file (server/nginx/), the built page, its production headers (CSP, HSTS) and the echo
// answered by nginx, on 127.0.0.1 and ::1 at ports 80 and 443 (so no URL carries a port and the
// shipped CSP, generated for selftest.example.net, applies unchanged). Chromium reaches the
// example names through --host-resolver-rules and accepts the test certificate with
// --ignore-certificate-errors; nothing leaves the machine.
//
//   sudo npm run lighthouse [-- --no-build] [--keep]
//
// Needs root (ports 80 and 443), nginx and Chromium. Lighthouse is not a dependency (146
// packages, and 13.x needs Node 22): it runs through `npx --yes lighthouse@12.2.3`, fetched from
// the npm registry on first use, unless LIGHTHOUSE names a lighthouse-cli binary.
//
// The config tested has the probes this machine can answer: the IPv4-only, IPv6-only and
// dual-stack names and the large answer, all over HTTPS. It leaves out the NAT64 probe, which
// fails by design on a network without NAT64, and a failed fetch is a console error Lighthouse
// counts against "best practices" (errors-in-console); the literal probes are plain HTTP and an
// HTTPS page skips them without a request. It has no DoH resolvers either (see below).

import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalNginx } from "../server/nginx/local-nginx.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../test/chromium.mjs";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const OUT = join(REPO, "test-results", "lighthouse");
const CHROMIUM = process.env.CHROME_PATH || CHROMIUM_PATH;
const args = process.argv.slice(2);

if (process.getuid?.() !== 0) {
  console.error("lighthouse: needs root to listen on ports 80 and 443 (sudo npm run lighthouse)");
  process.exit(2);
}

if (!args.includes("--no-build")) {
  const build = spawnSync("npx", ["vite", "build"], { cwd: REPO, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const example = JSON.parse(readFileSync(join(REPO, "server/nginx/config.example.json"), "utf8"));
const config = {
  probes: {
    v4: example.probes.v4,
    v6: example.probes.v6,
    ds: example.probes.ds,
    large: example.probes.large,
  },
  timeoutMs: example.timeoutMs,
  // No resolvers: the page's own setup check asks public DoH servers about its names, which
  // this machine cannot reach (and must not try to).
  doh: [],
  embedOrigins: [],
};

const www = mkdtempSync(join(tmpdir(), "nat64-lighthouse-www-"));
chmodSync(www, 0o755); // nginx's workers drop root and must read the copy
cpSync(join(REPO, "dist"), www, { recursive: true });
writeFileSync(join(www, "config.json"), `${JSON.stringify(config, null, 2)}\n`);

const PAGES = [
  { name: "results page", url: "https://selftest.example.net/" },
  { name: "embed", url: "https://selftest.example.net/embed.html" },
];
const RESOLVER_RULES = [
  "MAP selftest.example.net 127.0.0.1",
  "MAP v4.selftest.example.net 127.0.0.1",
  "MAP v6.selftest.example.net [::1]",
  "MAP ds.selftest.example.net 127.0.0.1",
  // Every other name fails here: nothing may leave this machine.
  "MAP * ~NOTFOUND",
].join(", ");
const CHROME_FLAGS = [
  ...CHROMIUM_ARGS,
  "--ignore-certificate-errors",
  // Quoted: Lighthouse splits --chrome-flags at spaces outside quotes.
  `--host-resolver-rules="${RESOLVER_RULES}"`,
].join(" ");
const CATEGORIES = ["performance", "accessibility", "best-practices"];

const nginx = await startLocalNginx({
  www,
  ports: { http4: 80, http6: 80, https4: 443, https6: 443 },
  keep: args.includes("--keep"),
});
const rows = [];
let failed = false;
try {
  mkdirSync(OUT, { recursive: true });
  for (const page of PAGES) {
    const file = join(OUT, `${page.name.replace(/\W+/g, "-")}.json`);
    const cli = process.env.LIGHTHOUSE
      ? [process.env.LIGHTHOUSE]
      : ["npx", "--yes", "lighthouse@12.2.3"];
    const run = spawnSync(
      cli[0],
      [
        ...cli.slice(1),
        page.url,
        `--only-categories=${CATEGORIES.join(",")}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        "--output=json",
        `--output-path=${file}`,
        "--quiet",
      ],
      { cwd: REPO, stdio: "inherit", env: { ...process.env, CHROME_PATH: CHROMIUM } },
    );
    if (run.status !== 0) {
      console.error(`lighthouse failed on ${page.url} (exit ${run.status})`);
      failed = true;
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    rows.push({ page: page.name, scores, failing, version: report.lighthouseVersion });
  }
} finally {
  await nginx.stop();
  rmSync(www, { recursive: true, force: true });
}

console.log("");
console.log(`| page | ${CATEGORIES.join(" | ")} | failing binary audits |`);
console.log(`|---|${CATEGORIES.map(() => "---").join("|")}|---|`);
for (const row of rows) {
  console.log(`| ${row.page} | ${row.scores.join(" | ")} | ${row.failing.join(", ") || "none"} |`);
}
if (rows[0]) console.log(`\nLighthouse ${rows[0].version}, reports in ${OUT}`);
process.exit(failed ? 1 : 0);
