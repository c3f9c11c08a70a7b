// `npm run bench:decoder`: how long every decoder entry point takes on adversarial input of the
// largest size the decoder accepts (20,000 characters), per input class and at its worst.
// A benchmark, not a test: it prints figures and asserts nothing. Each figure is the median of
// RUNS runs after one warm-up run, with the fastest run beside it (on a busy machine the median
// also counts time the process was not running); the budget is 50 ms per call.

import { loadavg } from "node:os";
import {
  describeAddress,
  discoverPref64,
  isIPv4,
  isIPv6,
  parseIPv6,
} from "../src/core/addr/address.ts";
import { decodeInput, inputForLink, readDecodeFragment } from "../src/core/addr/decode-input.ts";

const SIZE = 20_000;
const RUNS = Number(process.env.RUNS ?? 7);
const BUDGET_MS = 50;

/** `head`, then `unit` repeated, then `tail`: SIZE characters in all. */
function fill(unit: string, tail = "", head = ""): string {
  const room = SIZE - head.length - tail.length;
  return head + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + tail;
}

/** Lines from `line(i)` for i = 0, 1, … while they fit in SIZE characters. */
function lines(line: (i: number) => string): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; ; i++) {
    const next = line(i);
    if (length + next.length + 1 > SIZE) break;
    out.push(next);
    length += next.length + 1;
  }
  return out.join("\n");
}

const hex = (i: number) => (i + 1).toString(16);

/** Each class stresses one regular expression or loop that was, or could be, super-linear. */
const CLASSES: [string, string][] = [
  ["'[' × 20,000 (bracket tokens)", fill("[")],
  ["'a' × 20,000 (URL scheme)", fill("a")],
  ["':' × 19,999 + 'x' (trailing colons)", fill(":", "x")],
  ["'.' × 19,999 + 'x' (trailing dots)", fill(".", "x")],
  ["'.:' × 9,999 + 'x'", fill(".:", "x")],
  ["'\\n' × 19,999 + 'x' (line-start whitespace)", fill("\n", "x")],
  ["' \\n' × 9,999 + 'x'", fill(" \n", "x")],
  ["distinct N::c000:aa lines (Pref64 discovery)", lines((i) => `${hex(i)}::c000:aa`)],
  [
    "distinct dig answers N::c000:aa",
    lines((i) => `ipv4only.arpa. 1 IN AAAA ${hex(i)}:${hex(i)}::c000:aa`),
  ],
  ["distinct N:: addresses", lines((i) => `${hex(i)}::`)],
  ["'a://[' × 4,000 (URL hosts)", fill("a://[")],
  ["'a://' + 'b' × 19,996", fill("b", "", "a://")],
  ["'a://x@' × 3,333 (URL user info)", fill("a://x@")],
  ["'Endpoint = ' + '#1(' × 6,663 (BIND port)", fill("#1(", "", "Endpoint = ")],
  ["'Endpoint = ' + '[' × 19,989", fill("[", "", "Endpoint = ")],
  ["'Endpoint = [' + ']:1' × 6,663", fill("]:1", "", "Endpoint = [")],
  ["'Address: ' + '1/' × 9,995", fill("1/", "", "Address: ")],
  ["'1:' × 10,000 (groups)", fill("1:")],
  ["'1\\n' × 10,000 (lines that are no address)", fill("1\n")],
  ["distinct invalid gN:: tokens", lines((i) => `g${hex(i)}::`).replaceAll("\n", " ")],
  ["distinct invalid Endpoint lines", lines((i) => `Endpoint = g${hex(i)}::`)],
  ["'1::' × 6,666", fill("1::")],
  ["'%' × 20,000", fill("%")],
  ["'a%' × 10,000", fill("a%")],
  ["'::1%' + 'a' × 19,996 (zone)", fill("a", "", "::1%")],
  ["';' + 'a ' × 9,999 (dig question)", fill("a ", "", ";")],
  ["'a 1 ' × 5,000 (dig record)", fill("a 1 ")],
  ["'a\\t1\\n' × 5,000", fill("a\t1\n")],
  ["'<<>>' + ' ' × 19,996", fill(" ", "", "<<>>")],
  ["'Server:' + '\\n  x' × 5,000 (nslookup)", fill("\n  x", "", "Server:")],
  [
    "'Addresses:' + indented N::1 lines",
    `Addresses:\n${lines((i) => ` ${hex(i)}::1`)}`.slice(0, SIZE),
  ],
  ["'x has address ' × 1,428", fill("x has address ")],
  ["'PrivateKey = ' + base64 × 19,987", fill("A", "", "PrivateKey = ")],
  ["'A' × 19,997 + '===' (base64 run)", fill("A", "===")],
  ["'U+2800' words (blank-looking name)", fill("word\u2800", " IN AAAA", ";")],
  ["'%' + 'a' (bad #decode= escape)", fill("%a")],
];

interface Entry {
  name: string;
  run: (text: string) => unknown;
}

const ENTRIES: Entry[] = [
  { name: "decodeInput", run: decodeInput },
  { name: "inputForLink", run: inputForLink },
  { name: "readDecodeFragment", run: (t) => readDecodeFragment(`#decode=${t}`) },
  { name: "parseIPv6", run: (t) => attempt(() => parseIPv6(t)) },
  { name: "isIPv6", run: isIPv6 },
  { name: "isIPv4", run: isIPv4 },
  { name: "describeAddress", run: (t) => attempt(() => describeAddress(t)) },
  { name: "discoverPref64", run: (t) => discoverPref64(t.split("\n")) },
];

function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    return error;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(entry: Entry, text: string): { ms: number; min: number } {
  entry.run(text);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    entry.run(text);
    times.push(performance.now() - start);
  }
  return { ms: median(times), min: Math.min(...times) };
}

console.log("   median  fastest  slowest entry point   input (20,000 characters)");
const rows: { input: string; entry: string; ms: number; min: number }[] = [];
for (const [input, text] of CLASSES) {
  if (text.length > SIZE) throw new Error(`${input}: ${text.length} characters`);
  let slowest = { entry: "", ms: -1, min: -1 };
  for (const entry of ENTRIES) {
    const t = time(entry, text);
    if (t.ms > slowest.ms) slowest = { entry: entry.name, ...t };
  }
  rows.push({ input, ...slowest });
  console.log(
    `${slowest.ms.toFixed(2).padStart(9)} ${slowest.min.toFixed(2).padStart(8)}  ${slowest.entry.padEnd(20)} ${input}`,
  );
}

const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(
  `\nWorst case: ${worst.ms.toFixed(2)} ms median, ${worst.min.toFixed(2)} ms fastest (${worst.entry}, ${worst.input}); ` +
    `budget ${BUDGET_MS} ms. ${CLASSES.length} inputs × ${ENTRIES.length} entry points, ${RUNS} runs each, ` +
    `Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}.`,
);
