// Prints the gzipped size of the JavaScript a visitor downloads before first paint and fails when
// it exceeds the budget. First load = the entry script, everything it imports statically, and the
// English catalogs of the namespaces main.tsx loads before painting (FIRST_SCREEN): English,
// since a visitor's catalog replaces it and the others are about as large (listed below).
// Lazy chunks (dynamic import) are listed separately: they do not count against the budget.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 20 * 1024;
const root = new URL("../", import.meta.url).pathname;
const dist = join(root, "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error("dist/index.html not found: run `npm run build` first.");
  process.exit(2);
}
const html = readFileSync(join(dist, "index.html"), "utf8");
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const js = readdirSync(join(dist, "assets"))
  .filter((f) => f.endsWith(".js"))
  .map((f) => `assets/${f}`);

/** Each chunk's static imports (`import … from "./x.js"`), relative to assets/. */
const staticImports = (file) =>
  [...readFileSync(join(dist, file), "utf8").matchAll(/\bfrom\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map(
    (m) => `assets/${m[1]}`,
  );

// The entry and, transitively, what it imports statically.
const initial = new Set(
  [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]),
);
for (const file of initial) for (const dep of staticImports(file)) initial.add(dep);

// Catalog chunks, from the loader map Vite writes for src/i18n/catalogs.ts:
// "./locales/<locale>/<namespace>.ts": () => …import("./<chunk>.js")…
const catalogs = new Map(); // "en/shell" → "assets/shell-….js"
for (const file of js) {
  const text = readFileSync(join(dist, file), "utf8");
  for (const m of text.matchAll(
    /["'`]\.\/locales\/([\w-]+)\/([\w-]+)\.ts["'`]\s*:\s*\(\)\s*=>[^,]*?import\(\s*["'`]\.\/([^"'`]+\.js)["'`]/g,
  )) {
    catalogs.set(`${m[1]}/${m[2]}`, `assets/${m[3]}`);
  }
}
const main = readFileSync(join(root, "src/main.tsx"), "utf8");
const firstScreen = main.match(/FIRST_SCREEN\s*:\s*Namespace\[\]\s*=\s*\[([^\]]*)\]/)?.[1];
if (firstScreen === undefined) {
  console.error("FIRST_SCREEN not found in src/main.tsx: the first-load catalogs are unknown.");
  process.exit(2);
}
const firstNamespaces = [...firstScreen.matchAll(/["'`]([\w-]+)["'`]/g)].map((m) => m[1]);
for (const namespace of firstNamespaces) {
  const chunk = catalogs.get(`en/${namespace}`);
  if (!chunk) {
    console.error(`No chunk for the English ${namespace} catalog in dist/: is it in src/i18n?`);
    process.exit(2);
  }
  initial.add(chunk);
}

let total = 0;
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`initial  ${kb(size).padStart(9)}  ${file}`);
}
const catalogFiles = new Set(catalogs.values());
for (const file of js.filter((f) => !initial.has(f) && !catalogFiles.has(f))) {
  console.log(`lazy     ${kb(gz(file)).padStart(9)}  ${file}`);
}

// Catalog sizes per namespace and locale (only the visitor's locale is downloaded).
const locales = [...new Set([...catalogs.keys()].map((k) => k.split("/")[0]))].sort((a, b) =>
  a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b),
);
const namespaces = [...new Set([...catalogs.keys()].map((k) => k.split("/")[1]))].sort(
  (a, b) => Number(firstNamespaces.includes(b)) - Number(firstNamespaces.includes(a)),
);
console.log(`\ncatalogs, gzipped${" ".repeat(3)}${locales.map((l) => l.padStart(9)).join("")}`);
for (const namespace of namespaces) {
  const sizes = locales.map((l) => {
    const chunk = catalogs.get(`${l}/${namespace}`);
    return (chunk ? kb(gz(chunk)) : "-").padStart(9);
  });
  const mark = firstNamespaces.includes(namespace) ? " (first load)" : "";
  console.log(`${`${namespace}${mark}`.padEnd(20)}${sizes.join("")}`);
}

console.log(`\nfirst-load JS: ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error("Over budget: lazy-load what first paint does not need.");
  process.exit(1);
}
