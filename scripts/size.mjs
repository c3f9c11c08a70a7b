// Prints the gzipped size of the JavaScript a visitor downloads before first paint (the entry
// script and everything it imports statically) and fails when it exceeds the budget.
// Lazy chunks (dynamic import) are listed separately: they do not count against the budget.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 20 * 1024;
const dist = new URL("../dist/", import.meta.url).pathname;
if (!existsSync(join(dist, "index.html"))) {
  console.error("dist/index.html not found: run `npm run build` first.");
  process.exit(2);
}
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = new Set(
  [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]),
);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let total = 0;
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`initial  ${kb(size).padStart(9)}  ${file}`);
}
const lazy = readdirSync(join(dist, "assets"))
  .map((f) => `assets/${f}`)
  .filter((f) => f.endsWith(".js") && !initial.has(f));
for (const file of lazy) console.log(`lazy     ${kb(gz(file)).padStart(9)}  ${file}`);
console.log(`\nfirst-load JS: ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error("Over budget: lazy-load what first paint does not need.");
  process.exit(1);
}
