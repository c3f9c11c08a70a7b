// Support codes: a verdict and its key facts in eight characters a visitor can read out over the
// phone (`AHRK-JFD8`), for a support desk that opens the same site at #code=… (or types the code
// into the decoder) and reads the verdict back in words. A code carries no address, no time, no
// probe, nothing a person could not read aloud to a stranger. Pure: no DOM, no words.
//
// Format 1 (versioned, documented in the README, "Support codes"):
//   8 characters from a 23-character alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z,
//   8/B, 6/G, U/V, E, N): 2 3 4 5 6 7 8 9 A C D F H J K M P Q R T W X Y, shown as two groups of
//   four (case, spaces and hyphens do not matter when read back).
//   position 1:    the format: "A" is format 1; a later format starts with another character.
//   positions 2-6: the facts as one number below 23^5, base 23, most significant first: the
//                  mixed-radix number of the fields below (FIELDS, most significant first),
//                  scrambled by N → (N × 7919 + 1234567) mod 23^5 so that most other numbers
//                  are not codes (a misread code is refused, not misread).
//   positions 7-8: two check characters: with v_i the value of character i (i = 1..n),
//                  Σ v_i ≡ 0 and Σ i × v_i ≡ 0 (mod 23). Any one or two wrong characters, and
//                  any two characters swapped, fail the check (23 is prime and n < 23). Every
//                  later format keeps this check, so a newer code is recognised as newer.
// The tables below index each field: never reorder them, only append (and a field whose table
// grows past its radix needs a new format).

import { WELL_KNOWN_PREFIX } from "../addr/ip-text.ts";
import {
  type Confidence,
  type Result,
  type RuleName,
  VERDICT_CODES,
  type Verdict,
  type VerdictCode,
} from "../result.ts";
import { RULES } from "../selftest/classify.ts";
import type { Engine } from "../selftest/engine-traits.ts";
import { type Evidence, gatherEvidence } from "../selftest/evidence.ts";

export const SUPPORT_CODE_ALPHABET = "23456789ACDFHJKMPQRTWXY";
/** The format this page writes and reads. */
export const SUPPORT_CODE_FORMAT = 1;
/** A code's first character: its format. */
const FORMAT_SYMBOL = "A";
const BASE = SUPPORT_CODE_ALPHABET.length; // 23, a prime
const LENGTH = 8;
const PAYLOAD_SYMBOLS = 5;
const SPACE = BASE ** PAYLOAD_SYMBOLS; // 6,436,343
const SCRAMBLE_FACTOR = 7919;
const SCRAMBLE_OFFSET = 1_234_567;

/** Which NAT64 prefix the verdict proved, without the prefix itself. */
export type PrefixKind = "well-known" | "network-specific" | "none";

/** What a support code holds: the verdict's facts, never an address or a time. */
export interface SupportFacts {
  verdict: VerdictCode;
  /** The classifier rule that gave it (null: a shared result no rule of this version gave). */
  rule: RuleName | null;
  confidence: Confidence;
  /** NAT64: proven (true), proven absent (false), or not known (null). */
  nat64: boolean | null;
  prefix: PrefixKind;
  /** 464XLAT on the device: yes, no, or not known. */
  clat: boolean | null;
  /** IPv4 addresses typed as numbers worked by the platform's synthesis (Apple). */
  literalSynthesis: boolean;
  /** Sites that have only IPv4 were reached (natively or through a translator). */
  ipv4: boolean;
  /** IPv6 worked. */
  ipv6: boolean;
  /** The browser engine that measured (null: a result recorded before engines were). */
  engine: Engine | null;
  /** The page was loaded over https:// (so tests over plain http:// could not run). */
  https: boolean;
}

const RULE_NAMES: readonly (RuleName | null)[] = [
  null,
  "intercepted",
  "nothing-ran",
  "offline",
  "relayed",
  "ipv6-only-nat64",
  "ipv6-broken",
  "ipv4-untested",
  "no-dns64",
  "no-nat64",
  "undecidable",
  "dual-stack",
  "ipv6-untested",
  "ipv4-only",
  "unexplained",
];
const CONFIDENCES: readonly Confidence[] = ["high", "medium", "low"];
const TRISTATE: readonly (boolean | null)[] = [null, true, false];
const PREFIX_KINDS: readonly PrefixKind[] = ["none", "well-known", "network-specific"];
const FLAG: readonly boolean[] = [false, true];
const ENGINES: readonly (Engine | null)[] = [null, "chromium", "firefox", "webkit", "unknown"];

/** The fields in the order of the mixed-radix number, most significant first. */
const FIELDS: readonly (readonly [keyof SupportFacts, readonly unknown[]])[] = [
  ["verdict", VERDICT_CODES],
  ["rule", RULE_NAMES],
  ["confidence", CONFIDENCES],
  ["nat64", TRISTATE],
  ["prefix", PREFIX_KINDS],
  ["clat", TRISTATE],
  ["literalSynthesis", FLAG],
  ["ipv4", FLAG],
  ["ipv6", FLAG],
  ["engine", ENGINES],
  ["https", FLAG],
];

/** How many different fact sets format 1 can hold (777,600, about an eighth of SPACE). */
export const SUPPORT_FACT_COMBINATIONS = FIELDS.reduce((n, [, table]) => n * table.length, 1);

export type SupportCodeErrorCode =
  | "empty" // nothing to read
  | "character" // a character no code uses (detail: the character)
  | "length" // too short or too long for a code (detail: how many characters it has)
  | "check" // the check characters do not match: a character was misheard or mistyped
  | "future-format" // a code of a format this page does not read (detail: its first character)
  | "invalid"; // passes the check, but holds no verdict this page makes

export class SupportCodeError extends Error {
  override name = "SupportCodeError";
  constructor(
    readonly code: SupportCodeErrorCode,
    readonly detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export type SupportCodeOutcome =
  | { ok: true; facts: SupportFacts; code: string }
  | { ok: false; error: SupportCodeError };

/** The facts of a verdict, with the two the evidence adds (which address families work). */
export function supportFactsOf(
  verdict: Verdict,
  works: Pick<Evidence, "ipv4Reachable" | "ipv6Works">,
  traits: Result["traits"],
  pageProtocol: string,
): SupportFacts {
  const { prefix } = verdict.nat64;
  return {
    verdict: verdict.code,
    rule: verdict.rule,
    confidence: verdict.confidence,
    nat64: verdict.nat64.detected,
    prefix:
      prefix === null ? "none" : prefix === WELL_KNOWN_PREFIX ? "well-known" : "network-specific",
    clat: verdict.clat,
    literalSynthesis: verdict.nat64.literalSynthesis === true,
    ipv4: works.ipv4Reachable,
    ipv6: works.ipv6Works,
    engine: traits?.engine ?? null,
    https: pageProtocol === "https:",
  };
}

/** The facts a support code carries for a Result (give it the Result before any redaction). */
export function supportFacts(result: Result): SupportFacts {
  const works = gatherEvidence({
    probes: result.probes,
    webrtc: result.webrtc,
    traits: result.traits,
  });
  return supportFactsOf(result.verdict, works, result.traits, result.pageProtocol);
}

const mod = (n: number, m: number) => ((n % m) + m) % m;

/** The multiplicative inverse of `a` modulo `m` (extended Euclid; gcd(a, m) = 1). */
function inverse(a: number, m: number): number {
  let [r0, r1, s0, s1] = [m, mod(a, m), 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return mod(s0, m);
}
const UNSCRAMBLE_FACTOR = inverse(SCRAMBLE_FACTOR, SPACE);

/** (a × b) mod m, exact: both are below 2^23, so the product stays below 2^53. */
const mulMod = (a: number, b: number, m: number) => mod(a * b, m);

/** The two check values (Σ v_i and Σ i × v_i) of the characters so far. */
function sums(values: readonly number[]): [number, number] {
  let s1 = 0;
  let s2 = 0;
  values.forEach((v, i) => {
    s1 += v;
    s2 += (i + 1) * v;
  });
  return [mod(s1, BASE), mod(s2, BASE)];
}

/** A code in its written form: two groups of four. */
function written(values: readonly number[]): string {
  const text = values.map((v) => SUPPORT_CODE_ALPHABET[v]).join("");
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/** The support code for these facts, e.g. "AHRK-JFD8". */
export function encodeSupportCode(facts: SupportFacts): string {
  let n = 0;
  for (const [field, table] of FIELDS) {
    const at = table.indexOf(facts[field]);
    if (at < 0) throw new RangeError(`support code: ${field} ${String(facts[field])}`);
    n = n * table.length + at;
  }
  let scrambled = mod(mulMod(SCRAMBLE_FACTOR, n, SPACE) + SCRAMBLE_OFFSET, SPACE);
  const payload: number[] = [];
  for (let i = 0; i < PAYLOAD_SYMBOLS; i++) {
    payload.unshift(scrambled % BASE);
    scrambled = Math.floor(scrambled / BASE);
  }
  const values = [SUPPORT_CODE_ALPHABET.indexOf(FORMAT_SYMBOL), ...payload];
  // Checks at positions 7 and 8 (weights 7 and 8): c7 + c8 ≡ −s1, 7·c7 + 8·c8 ≡ −s2.
  const [s1, s2] = sums(values);
  const c7 = mod(s2 - 8 * s1, BASE);
  const c8 = mod(-s1 - c7, BASE);
  return written([...values, c7, c8]);
}

/** What a person may type around a code: spaces, hyphens, dots, a pasted "#code=" or link. */
function normalise(text: string): string {
  const trimmed = text.trim();
  const marker = trimmed.lastIndexOf("code=");
  const code = marker >= 0 ? trimmed.slice(marker + 5) : trimmed;
  return code.replace(/[\s\-.‐‑–—_]/g, "").toUpperCase();
}

const fail = (code: SupportCodeErrorCode, detail = ""): SupportCodeOutcome => ({
  ok: false,
  error: new SupportCodeError(code, detail),
});

/** Reads a code back into its facts; never throws. */
export function decodeSupportCode(text: string): SupportCodeOutcome {
  if (text.length > 200) return fail("length", String(text.length));
  const code = normalise(text);
  if (code === "") return fail("empty");
  const values: number[] = [];
  for (const char of code) {
    const value = SUPPORT_CODE_ALPHABET.indexOf(char);
    if (value < 0) return fail("character", char);
    values.push(value);
  }
  // A code of this format that lost or gained a character says so, rather than "misheard".
  const ours = code[0] === FORMAT_SYMBOL;
  if ((ours && code.length !== LENGTH) || code.length < 4 || code.length >= BASE) {
    return fail("length", String(code.length));
  }
  const [s1, s2] = sums(values);
  if (s1 !== 0 || s2 !== 0) return fail("check");
  if (!ours) return fail("future-format", code[0]);
  let scrambled = 0;
  for (const v of values.slice(1, 1 + PAYLOAD_SYMBOLS)) scrambled = scrambled * BASE + v;
  let n = mulMod(UNSCRAMBLE_FACTOR, mod(scrambled - SCRAMBLE_OFFSET, SPACE), SPACE);
  if (n >= SUPPORT_FACT_COMBINATIONS) return fail("invalid");
  const facts: Partial<Record<keyof SupportFacts, unknown>> = {};
  for (let f = FIELDS.length - 1; f >= 0; f--) {
    const [field, table] = FIELDS[f] as (typeof FIELDS)[number];
    facts[field] = table[n % table.length];
    n = Math.floor(n / table.length);
  }
  const read = facts as SupportFacts;
  if (!possible(read)) return fail("invalid");
  return { ok: true, facts: read, code: written(values) };
}

/** Whether a verdict of this page could have these facts: its rule gives its code. */
function possible(facts: SupportFacts): boolean {
  if (facts.rule === null) return true;
  if (facts.rule === "unexplained") return facts.verdict === "inconclusive";
  return RULES.some((rule) => rule.name === facts.rule && rule.codes.includes(facts.verdict));
}
