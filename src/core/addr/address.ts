// The address core: strict IPv6 parsing, RFC 5952 canonical text, RFC 6052 IPv4-embedded
// addresses, RFC 7050 Pref64::/n discovery and a description of every IPv4 address an IPv6
// address can carry. Pure TypeScript, no DOM.
//
// Why not ip-address at run time: it is CommonJS, so it cannot be tree-shaken, and the part we
// need costs about 9.4 KB gzipped (twice this whole module) in the chunk that shows the results.
// Its parser is also more lenient than we want (it accepts zones and prefix lengths as part of
// an "address"). The rules here are small, so they are written out over 16 bytes; the tests
// check them against ip-address (fromAddress4Nat64, toAddress4Nat64, inspectTeredo,
// correctForm) as an oracle.

import { WELL_KNOWN_PREFIX } from "./ip-text.ts";
import known from "./nat64-known.json";

/** A human-readable reason why a text is not what was asked for. */
export class AddressError extends Error {
  override name = "AddressError";
}

/** RFC 6052 §2.2: the only prefix lengths an IPv4-embedded IPv6 address can use. */
export const PREF64_LENGTHS = [32, 40, 48, 56, 64, 96] as const;

/** RFC 7050 §2.2: the well-known IPv4-only addresses that ipv4only.arpa resolves to. */
export const IPV4ONLY_ARPA_WKAS = ["192.0.0.170", "192.0.0.171"] as const;

/** The well-known prefix under the name the address core uses (one home: ip-text.ts). */
export const WKP = WELL_KNOWN_PREFIX;
export const LOCAL_USE_PREFIX = "64:ff9b:1::/48";

export interface KnownNat64Prefix {
  prefix: string;
  operator: string;
  source: string;
}

export const KNOWN_NAT64_PREFIXES: readonly KnownNat64Prefix[] = known.prefixes;

/** 16 bytes, most significant first. */
type Bytes = number[];

/**
 * What a reader returns for text it refuses: the reason, fit to show a person. Readers return
 * it instead of throwing because a paste can hold thousands of non-addresses, and building an
 * exception for each costs more than the whole rest of the decode.
 */
type Refusal = string;

function refused(value: unknown): value is Refusal {
  return typeof value === "string";
}

function orThrow<T>(value: T | Refusal): T {
  if (refused(value)) throw new AddressError(value);
  return value;
}

interface Prefix {
  bytes: Bytes;
  length: number;
}

// ---------------------------------------------------------------------------------------------
// IPv4

function readIPv4Bytes(text: string): Bytes | Refusal {
  const parts = text.split(".");
  if (parts.length !== 4) {
    return `"${text}" is not an IPv4 address: it needs exactly four numbers separated by dots`;
  }
  const bytes: Bytes = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return `"${part}" in "${text}" is not a number from 0 to 255`;
    // inet_aton reads a leading zero as octal, so "010" is ambiguous: refuse it.
    if (part.length > 1 && part.startsWith("0")) {
      return `"${part}" in "${text}" has a leading zero, which some systems read as octal`;
    }
    const value = Number(part);
    if (value > 255) return `${part} in "${text}" is more than 255`;
    bytes.push(value);
  }
  return bytes;
}

function parseIPv4Bytes(text: string): Bytes {
  return orThrow(readIPv4Bytes(text));
}

/** Strict dotted quad: four decimal numbers 0–255 without leading zeros. */
export function parseIPv4(text: string): string {
  return parseIPv4Bytes(text).join(".");
}

function dotted(bytes: readonly number[], start: number): string {
  return [0, 1, 2, 3].map((i) => bytes[start + i] ?? 0).join(".");
}

interface Range4 {
  base: readonly number[];
  bits: number;
  label: string;
}

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates): blocks that are not
// globally reachable. RFC 6052 §3.1 forbids the WKP for these.
const NON_GLOBAL_V4: readonly Range4[] = [
  { base: [0, 0, 0, 0], bits: 8, label: '"this network" (RFC 791)' },
  { base: [10, 0, 0, 0], bits: 8, label: "private-use (RFC 1918)" },
  { base: [100, 64, 0, 0], bits: 10, label: "shared carrier-grade NAT space (RFC 6598)" },
  { base: [127, 0, 0, 0], bits: 8, label: "loopback (RFC 1122)" },
  { base: [169, 254, 0, 0], bits: 16, label: "link-local (RFC 3927)" },
  { base: [172, 16, 0, 0], bits: 12, label: "private-use (RFC 1918)" },
  { base: [192, 0, 0, 0], bits: 24, label: "IETF protocol assignments (RFC 6890)" },
  { base: [192, 0, 2, 0], bits: 24, label: "documentation (RFC 5737)" },
  { base: [192, 88, 99, 0], bits: 24, label: "deprecated 6to4 relay anycast (RFC 7526)" },
  { base: [192, 168, 0, 0], bits: 16, label: "private-use (RFC 1918)" },
  { base: [198, 18, 0, 0], bits: 15, label: "benchmarking (RFC 2544)" },
  { base: [198, 51, 100, 0], bits: 24, label: "documentation (RFC 5737)" },
  { base: [203, 0, 113, 0], bits: 24, label: "documentation (RFC 5737)" },
  { base: [224, 0, 0, 0], bits: 4, label: "multicast (RFC 5771)" },
  { base: [240, 0, 0, 0], bits: 4, label: "reserved (RFC 1112)" },
];

/** Why an IPv4 address is not globally reachable, or null when it is. */
export function ipv4NonGlobalReason(ipv4: string): string | null {
  const bytes = parseIPv4Bytes(ipv4);
  if (bytes.every((b) => b === 255)) return "limited broadcast (RFC 919)";
  for (const range of NON_GLOBAL_V4) {
    if (bitsEqual(bytes, range.base, range.bits)) return range.label;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// IPv6 text

function describeChar(ch: string): string {
  return /\S/.test(ch) ? `"${ch}"` : `a ${ch === " " ? "space" : "whitespace character"}`;
}

function readGroups(side: string, mayEndInIPv4: boolean): number[] | Refusal {
  if (side === "") return [];
  const groups = side.split(":");
  const out: number[] = [];
  for (const [i, group] of groups.entries()) {
    if (group === "") {
      return "an empty group: a single ':' at the start or end, or ':' where '::' was meant";
    }
    if (group.includes(".")) {
      if (!mayEndInIPv4 || i !== groups.length - 1) {
        return `the IPv4 part "${group}" can only be the last 32 bits of an IPv6 address`;
      }
      const b = readIPv4Bytes(group);
      if (refused(b)) return b;
      out.push(((b[0] ?? 0) << 8) | (b[1] ?? 0), ((b[2] ?? 0) << 8) | (b[3] ?? 0));
      continue;
    }
    if (group.length > 4) return `the group "${group}" has more than 4 hex digits`;
    out.push(Number.parseInt(group, 16));
  }
  return out;
}

/** The 16 bytes of a strictly parsed IPv6 address (throws AddressError), for wire formats. */
export function ipv6ToBytes(text: string): Uint8Array {
  return Uint8Array.from(parseBytes(text));
}

/** RFC 5952 text of 16 bytes, e.g. an AAAA record's data. */
export function ipv6FromBytes(bytes: ArrayLike<number>): string {
  return formatBytes(Array.from({ length: 16 }, (_, i) => bytes[i] ?? 0));
}

// Every regular expression here is anchored or is a single character class, so each reads the
// text once: a 20,000-character paste costs no more than its length.
function readBytes(text: string): Bytes | Refusal {
  if (text === "") return "there is no address: the text is empty";
  const space = /\s/.exec(text);
  if (space) return `it contains ${describeChar(space[0])}; an address has no spaces`;
  const zone = text.indexOf("%");
  // Only name a zone or prefix length when the rest looks like an address; otherwise the
  // first stray character is the better explanation.
  if (zone > 0 && /^[0-9a-fA-F:.]+%[\w.-]+$/.test(text)) {
    return `"${text.slice(zone)}" is a zone ID (which network card to use); it only means something on one computer and is not part of the address`;
  }
  const slash = text.indexOf("/");
  if (slash > 0 && /^[0-9a-fA-F:.]+\/\d+$/.test(text)) {
    return `"${text.slice(slash)}" is a prefix length: "${text}" names a network, not one address`;
  }
  if (/^\[[0-9a-fA-F:.]*\]$/.test(text)) {
    return "it has square brackets; they belong around an address in a URL";
  }
  const bad = /[^0-9a-fA-F:.]/.exec(text);
  if (bad) {
    return `${describeChar(bad[0])} cannot appear in an IPv6 address (only 0-9, a-f, ':' and '.')`;
  }
  if (!text.includes(":")) {
    if (/^[\d.]+$/.test(text)) {
      return `"${text}" looks like IPv4, not IPv6 (an IPv6 address has colons)`;
    }
    return `"${text}" has no colons, so it is not an IPv6 address`;
  }
  if (text.includes(":::")) return "it has three colons in a row";
  const halves = text.split("::");
  let groups: number[];
  if (halves.length > 2) {
    return `"::" appears ${halves.length - 1} times; it may appear only once, or the length of each run of zeros would be unknown`;
  }
  if (halves.length === 2) {
    const head = readGroups(halves[0] ?? "", false);
    if (refused(head)) return head;
    const tail = readGroups(halves[1] ?? "", true);
    if (refused(tail)) return tail;
    if (head.length + tail.length > 7) {
      return `it has ${head.length + tail.length} groups besides "::", but an address has only 8 in all`;
    }
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = readGroups(text, true);
    if (refused(all)) return all;
    if (all.length !== 8) {
      return `it has ${all.length} groups; a full IPv6 address has 8 (write "::" for a run of zero groups)`;
    }
    groups = all;
  }
  const bytes: Bytes = [];
  for (const group of groups) bytes.push(group >> 8, group & 0xff);
  return bytes;
}

function parseBytes(text: string): Bytes {
  return orThrow(readBytes(text));
}

/** RFC 5952 §4 text; IPv4-mapped addresses in mixed notation as §5 recommends. */
function formatBytes(bytes: Bytes): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${dotted(bytes, 12)}`;
  }
  // §4.2.3: the longest run of zero groups, the first if two tie; never a single group (§4.2.2).
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/** The canonical text of `text` if it is one plain IPv6 address, else null (never throws). */
export function tryParseIPv6(text: string): string | null {
  const bytes = readBytes(text);
  return refused(bytes) ? null : formatBytes(bytes);
}

/** Why `text` is not one plain IPv6 address (the message parseIPv6 would throw), or null. */
export function ipv6Problem(text: string): string | null {
  const bytes = readBytes(text);
  return refused(bytes) ? bytes : null;
}

/** Whether `text` is one plain IPv6 address, by the same strict rules as parseIPv6. */
export function isIPv6(text: string): boolean {
  return tryParseIPv6(text) !== null;
}

/** Whether `text` is one dotted-quad IPv4 address, by the same strict rules as parseIPv4. */
export function isIPv4(text: string): boolean {
  return !refused(readIPv4Bytes(text));
}

/**
 * Strictly parses one plain IPv6 address and returns its RFC 5952 canonical text.
 * Throws AddressError, with a message fit to show a person, for anything else.
 * @example parseIPv6("64:FF9B:0:0:0:0:C633:6407") // "64:ff9b::c633:6407"
 */
export function parseIPv6(text: string): string {
  return formatBytes(parseBytes(text));
}

// ---------------------------------------------------------------------------------------------
// Prefixes

function bitsEqual(a: readonly number[], b: readonly number[], bits: number): boolean {
  const whole = bits >> 3;
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((a[whole] ?? 0) & mask) === ((b[whole] ?? 0) & mask);
}

function masked(bytes: Bytes, bits: number): Bytes {
  return bytes.map((b, i) => {
    if (i * 8 + 8 <= bits) return b;
    if (i * 8 >= bits) return 0;
    return b & ((0xff << (8 - (bits - i * 8))) & 0xff);
  });
}

function parsePrefix(text: string): Prefix {
  const m = /^([^/]*)\/(\d{1,3})$/.exec(text);
  if (!m) throw new AddressError(`"${text}" is not a prefix written like 64:ff9b::/96`);
  const length = Number(m[2]);
  if (length > 128) throw new AddressError(`/${length} is longer than an IPv6 address (128 bits)`);
  const bytes = parseBytes(m[1] ?? "");
  const net = masked(bytes, length);
  if (net.some((b, i) => b !== bytes[i])) {
    throw new AddressError(
      `"${text}" has bits set after the first ${length}; the prefix would be ${formatBytes(net)}/${length}`,
    );
  }
  return { bytes, length };
}

function parsePref64(text: string): Prefix {
  const prefix = parsePrefix(text);
  if (!(PREF64_LENGTHS as readonly number[]).includes(prefix.length)) {
    throw new AddressError(
      `/${prefix.length} is not an RFC 6052 prefix length (32, 40, 48, 56, 64 or 96)`,
    );
  }
  // Bits 64–71 are the u-octet, which RFC 6052 §2.2 requires to be zero; for /96 they fall
  // inside the prefix itself.
  if (prefix.length === 96 && prefix.bytes[8] !== 0) {
    throw new AddressError(
      `bits 64 to 71 of "${text}" (the "u" octet) must be zero in a /96 NAT64 prefix (RFC 6052 §2.2)`,
    );
  }
  return prefix;
}

/** Canonical "P/n" for any IPv6 prefix; throws AddressError when host bits are set. */
export function canonicalPrefix(prefix: string): string {
  const p = parsePrefix(prefix);
  return `${formatBytes(p.bytes)}/${p.length}`;
}

/** Canonical "P/n" for a Pref64::/n; throws AddressError unless RFC 6052 allows it. */
export function canonicalPref64(prefix: string): string {
  const p = parsePref64(prefix);
  return `${formatBytes(p.bytes)}/${p.length}`;
}

/** Whether an IPv6 address lies inside a prefix of any length. Throws on malformed input. */
export function isInPrefix(ipv6: string, prefix: string): boolean {
  const p = parsePrefix(prefix);
  return bitsEqual(parseBytes(ipv6), p.bytes, p.length);
}

// ---------------------------------------------------------------------------------------------
// RFC 6052

/** RFC 6052 §2.2: the byte positions of the four IPv4 bytes; byte 8 (bits 64–71) is skipped. */
function v4Positions(length: number): number[] {
  const out: number[] = [];
  for (let i = length / 8; out.length < 4; i++) if (i !== 8) out.push(i);
  return out;
}

function embed(prefix: Prefix, v4: Bytes): Bytes {
  const out = prefix.bytes.slice();
  v4Positions(prefix.length).forEach((pos, i) => {
    out[pos] = v4[i] ?? 0;
  });
  return out;
}

function extractBytes(bytes: Bytes, length: number): Bytes {
  return v4Positions(length).map((pos) => bytes[pos] ?? 0);
}

/**
 * RFC 6052 §2.2 synthesis of an IPv4-embedded IPv6 address (u-octet and suffix zero).
 * @example synthesizeNat64("192.0.2.33", "2001:db8:122::/48") // "2001:db8:122:c000:2:2100::"
 */
export function synthesizeNat64(ipv4: string, prefix: string): string {
  return formatBytes(embed(parsePref64(prefix), parseIPv4Bytes(ipv4)));
}

/**
 * The IPv4 address embedded in `ipv6` under the Pref64::/n `prefix`, or null when `ipv6` is not
 * inside it. A non-zero u-octet or suffix is ignored, as Jool and Tayga do (describeAddress
 * reports it). Throws AddressError when either argument is malformed.
 * @example extractNat64("64:ff9b::c633:6407", "64:ff9b::/96") // "198.51.100.7"
 */
export function extractNat64(ipv6: string, prefix: string): string | null {
  const p = parsePref64(prefix);
  const bytes = parseBytes(ipv6);
  if (!bitsEqual(bytes, p.bytes, p.length)) return null;
  return dotted(extractBytes(bytes, p.length), 0);
}

// ---------------------------------------------------------------------------------------------
// RFC 7050

const WKA_BYTES = IPV4ONLY_ARPA_WKAS.map(parseIPv4Bytes);
const LONGEST_FIRST = [...PREF64_LENGTHS].reverse();
// Worked out once: discovery looks at every position of every answer in a paste.
const WKA_POSITIONS: Record<number, number[]> = Object.fromEntries(
  PREF64_LENGTHS.map((length) => [length, v4Positions(length)]),
);

/** Whether `bytes` holds the four bytes `v4` at `positions`. */
function holdsAt(bytes: Bytes, positions: readonly number[], v4: Bytes): boolean {
  return positions.every((pos, i) => bytes[pos] === v4[i]);
}

/**
 * How many distinct prefixes discoverPref64 returns at most. A network announces one Pref64
 * (RFC 7050 allows a few); a paste of a thousand crafted answers would otherwise make a
 * thousand prefixes, and every address is then compared with every one of them.
 */
export const MAX_DISCOVERED_PREF64 = 8;

/**
 * RFC 7050 §3: the Pref64::/n prefixes behind the AAAA answers for ipv4only.arpa, canonical,
 * deduplicated, in the order received, at most `limit` of them. Each answer is searched for
 * 192.0.0.170 or 192.0.0.171 at every RFC 6052 position, longest prefix first (as Chromium and
 * clatd do), because a shorter prefix's bits can happen to contain a WKA too. Candidates with a
 * non-zero u-octet or inside ::/64 are rejected; answers that do not parse are skipped.
 * @example discoverPref64(["64:ff9b::c000:aa", "64:ff9b::c000:ab"]) // ["64:ff9b::/96"]
 */
export function discoverPref64(answers: string[], limit = MAX_DISCOVERED_PREF64): string[] {
  const found = new Set<string>();
  for (const answer of answers) {
    if (found.size >= limit) break;
    const bytes = readBytes(answer.trim());
    if (refused(bytes)) continue;
    for (const length of LONGEST_FIRST) {
      if (!WKA_BYTES.some((wka) => holdsAt(bytes, WKA_POSITIONS[length] ?? [], wka))) continue;
      if (bytes[8] !== 0) continue;
      if (bytes.slice(0, 8).every((b) => b === 0)) continue;
      found.add(`${formatBytes(masked(bytes, length))}/${length}`);
      break;
    }
  }
  return [...found];
}

// ---------------------------------------------------------------------------------------------
// Description

export type AddressScope =
  | "unspecified"
  | "loopback"
  | "link-local"
  | "site-local"
  | "unique-local"
  | "multicast"
  | "documentation"
  /** Transition and other special-purpose space that is not routed on the Internet. */
  | "special"
  | "global"
  /** Outside 2000::/3 and not assigned for any special purpose. */
  | "reserved";

interface EmbeddedBase {
  /** The embedded IPv4 address (dotted quad), or null when its position is not known. */
  ipv4: string | null;
  /** The canonical prefix ("P/n") that identifies the kind. */
  prefix: string;
}

interface Nat64Fields {
  /** Bits 64–71 when non-zero (RFC 6052 requires zero; translators ignore them). */
  uOctet?: number;
}

export type EmbeddedIPv4 =
  | (EmbeddedBase & {
      kind: "ipv4-mapped" | "ipv4-compatible" | "siit-ipv4-translated" | "6to4" | "nat64-wkp";
      ipv4: string;
    })
  | (EmbeddedBase & Nat64Fields & { kind: "nat64-local-use" })
  | (EmbeddedBase &
      Nat64Fields & { kind: "nat64-known"; ipv4: string; operator: string; source: string })
  /** A Network-Specific Prefix the caller supplied (e.g. from discoverPref64). */
  | (EmbeddedBase & Nat64Fields & { kind: "nat64-nsp"; ipv4: string })
  | (EmbeddedBase & {
      kind: "teredo";
      /** The client's public IPv4 address (de-obfuscated). */
      ipv4: string;
      server: string;
      /** The client's public UDP port (de-obfuscated). */
      port: number;
      flags: number;
      /** RFC 4380 cone flag: the client believed it was behind a cone NAT. */
      cone: boolean;
    })
  | (EmbeddedBase & {
      kind: "isatap";
      ipv4: string;
      /** RFC 5214: 200:5efe marks a globally unique IPv4 address, 0:5efe a private one. */
      universal: boolean;
    });

export type EmbeddedKind = EmbeddedIPv4["kind"];

export interface AddressInfo {
  canonical: string;
  scope: AddressScope;
  embedded: EmbeddedIPv4[];
  /** Technical remarks (RFC references), one sentence each. */
  notes: string[];
}

export interface DescribeOptions {
  /**
   * Pref64::/n prefixes known to be in use (from discoverPref64, RFC 8781 or configuration).
   * They decode addresses under Network-Specific Prefixes and fix the IPv4 position inside
   * 64:ff9b:1::/48.
   */
  prefixes?: readonly string[];
}

const P = (text: string): Prefix => parsePrefix(text);
const MAPPED = P("::ffff:0:0/96");
const COMPATIBLE = P("::/96");
const SIIT = P("::ffff:0:0:0/96");
const WKP_P = P(WKP);
const LOCAL_USE = P(LOCAL_USE_PREFIX);
const SIX_TO_FOUR = P("2002::/16");
const TEREDO = P("2001::/32");
const DOCUMENTATION = [P("2001:db8::/32"), P("3fff::/20")];
const DISCARD = P("100::/64");
// Parsed once: describeAddress runs for every address in a paste.
const KNOWN_PARSED = KNOWN_NAT64_PREFIXES.map((entry) => ({
  entry,
  prefix: parsePref64(entry.prefix),
}));

function inP(bytes: Bytes, p: Prefix): boolean {
  return bitsEqual(bytes, p.bytes, p.length);
}

function scopeOf(bytes: Bytes): AddressScope {
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  if (bytes.every((b) => b === 0)) return "unspecified";
  if (bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1) return "loopback";
  if (b0 === 0xff) return "multicast";
  if (b0 === 0xfe && (b1 & 0xc0) === 0x80) return "link-local";
  if (b0 === 0xfe && (b1 & 0xc0) === 0xc0) return "site-local";
  if ((b0 & 0xfe) === 0xfc) return "unique-local";
  if (DOCUMENTATION.some((p) => inP(bytes, p))) return "documentation";
  if (inP(bytes, WKP_P)) return "global";
  if (
    inP(bytes, MAPPED) ||
    inP(bytes, COMPATIBLE) ||
    inP(bytes, SIIT) ||
    inP(bytes, LOCAL_USE) ||
    inP(bytes, DISCARD)
  ) {
    return "special";
  }
  if ((b0 & 0xe0) === 0x20) return "global";
  return "reserved";
}

function hex2(n: number): string {
  return `0x${n.toString(16).padStart(2, "0")}`;
}

function nat64Checks(bytes: Bytes, prefix: Prefix, notes: string[]): Nat64Fields {
  const fields: Nat64Fields = {};
  if (prefix.length < 96) {
    const u = bytes[8] ?? 0;
    if (u !== 0) {
      fields.uOctet = u;
      notes.push(
        `Bits 64 to 71 (the "u" octet) are ${hex2(u)}; RFC 6052 §2.2 requires zero. Translators such as Jool and Tayga ignore them.`,
      );
    }
    const suffixStart = Math.max(...v4Positions(prefix.length)) + 1;
    if (bytes.slice(suffixStart).some((b) => b !== 0)) {
      notes.push(
        `The suffix after the IPv4 address (bits ${suffixStart * 8} to 127) is not zero; RFC 6052 §2.2 says it should be. It is ignored when decoding.`,
      );
    }
  }
  return fields;
}

function prefixText(p: Prefix): string {
  return `${formatBytes(p.bytes)}/${p.length}`;
}

/**
 * Everything an IPv6 address says about itself: canonical text, scope, each IPv4 address it
 * embeds and how, and technical notes. Throws AddressError when `text` is not an address.
 * @example describeAddress("64:ff9b::c633:6407").embedded
 *   // [{ kind: "nat64-wkp", ipv4: "198.51.100.7", prefix: "64:ff9b::/96" }]
 */
export function describeAddress(text: string, options: DescribeOptions = {}): AddressInfo {
  const bytes = parseBytes(text);
  const canonical = formatBytes(bytes);
  const scope = scopeOf(bytes);
  const embedded: EmbeddedIPv4[] = [];
  const notes: string[] = [];
  const v4tail = dotted(bytes, 12);

  if (inP(bytes, MAPPED)) {
    embedded.push({ kind: "ipv4-mapped", ipv4: v4tail, prefix: "::ffff:0:0/96" });
    notes.push(
      "IPv4-mapped address (RFC 4291 §2.5.5.2): how a dual-stack program sees an IPv4 connection; it never appears on the wire.",
    );
  } else if (inP(bytes, SIIT)) {
    embedded.push({ kind: "siit-ipv4-translated", ipv4: v4tail, prefix: "::ffff:0:0:0/96" });
    notes.push("IPv4-translated address from the original SIIT (RFC 2765), long obsolete.");
  } else if (inP(bytes, COMPATIBLE) && scope !== "unspecified" && scope !== "loopback") {
    embedded.push({ kind: "ipv4-compatible", ipv4: v4tail, prefix: "::/96" });
    notes.push("IPv4-compatible address: deprecated by RFC 4291 §2.5.5.1 and no longer used.");
  }

  const supplied: Prefix[] = [];
  for (const text of options.prefixes ?? []) {
    try {
      supplied.push(parsePref64(text));
    } catch {
      // A bad supplied prefix must not hide what the address itself says.
    }
  }

  if (inP(bytes, WKP_P)) {
    const ipv4 = v4tail;
    embedded.push({ kind: "nat64-wkp", ipv4, prefix: WKP });
    if ((IPV4ONLY_ARPA_WKAS as readonly string[]).includes(ipv4)) {
      notes.push(
        `${ipv4} is a well-known address of ipv4only.arpa (RFC 7050): this is a DNS64 answer used to discover the NAT64 prefix.`,
      );
    } else {
      const reason = ipv4NonGlobalReason(ipv4);
      if (reason) {
        notes.push(
          `RFC 6052 §3.1: the well-known prefix must not carry a non-global IPv4 address, and ${ipv4} is ${reason}; a NAT64 should not translate it.`,
        );
      }
    }
  } else if (inP(bytes, LOCAL_USE)) {
    const chosen = supplied.find(
      (p) => p.length >= LOCAL_USE.length && inP(p.bytes, LOCAL_USE) && inP(bytes, p),
    );
    if (chosen) {
      const fields = nat64Checks(bytes, chosen, notes);
      embedded.push({
        kind: "nat64-local-use",
        ipv4: dotted(extractBytes(bytes, chosen.length), 0),
        prefix: prefixText(chosen),
        ...fields,
      });
    } else {
      embedded.push({ kind: "nat64-local-use", ipv4: null, prefix: LOCAL_USE_PREFIX });
      notes.push(
        "64:ff9b:1::/48 is set aside for local NAT64 use (RFC 8215); the operator picks a prefix length inside it, so the IPv4 address's position is not known without the network's Pref64::/n.",
      );
    }
  } else {
    let matched = false;
    for (const { entry, prefix: p } of KNOWN_PARSED) {
      if (!inP(bytes, p)) continue;
      const fields = nat64Checks(bytes, p, notes);
      embedded.push({
        kind: "nat64-known",
        ipv4: dotted(extractBytes(bytes, p.length), 0),
        prefix: prefixText(p),
        operator: entry.operator,
        source: entry.source,
        ...fields,
      });
      matched = true;
      break;
    }
    if (!matched) {
      const nsp = supplied.find((p) => inP(bytes, p) && !inP(p.bytes, LOCAL_USE));
      if (nsp && !bytes.slice(0, 8).every((b) => b === 0)) {
        const fields = nat64Checks(bytes, nsp, notes);
        embedded.push({
          kind: "nat64-nsp",
          ipv4: dotted(extractBytes(bytes, nsp.length), 0),
          prefix: prefixText(nsp),
          ...fields,
        });
      }
    }
  }

  if (inP(bytes, SIX_TO_FOUR)) {
    embedded.push({ kind: "6to4", ipv4: dotted(bytes, 2), prefix: "2002::/16" });
    notes.push(
      "6to4 (RFC 3056): IPv6 tunnelled over IPv4 through the router at the embedded address; the public relays were deprecated by RFC 7526.",
    );
  }

  if (inP(bytes, TEREDO)) {
    const flags = ((bytes[8] ?? 0) << 8) | (bytes[9] ?? 0);
    const port = ~(((bytes[10] ?? 0) << 8) | (bytes[11] ?? 0)) & 0xffff;
    const client = [12, 13, 14, 15].map((i) => ~(bytes[i] ?? 0) & 0xff).join(".");
    embedded.push({
      kind: "teredo",
      ipv4: client,
      server: dotted(bytes, 4),
      port,
      flags,
      cone: (flags & 0x8000) !== 0,
      prefix: "2001::/32",
    });
    notes.push(
      "Teredo (RFC 4380): IPv6 tunnelled in UDP over IPv4 through NAT; the client's public address and port are stored inverted.",
    );
  }

  const iid = bytes.slice(8, 12);
  if (
    (iid[0] === 0 || iid[0] === 2) &&
    iid[1] === 0 &&
    iid[2] === 0x5e &&
    iid[3] === 0xfe &&
    !bytes.slice(0, 8).every((b) => b === 0)
  ) {
    embedded.push({
      kind: "isatap",
      ipv4: v4tail,
      universal: iid[0] === 2,
      prefix: `${formatBytes(masked(bytes, 64))}/64`,
    });
    notes.push(
      "ISATAP interface ID (RFC 5214): the host reaches this network through an IPv4 tunnel from the embedded address.",
    );
  }

  if (scope === "documentation") {
    notes.push("This address is reserved for documentation and examples (RFC 3849, RFC 9637).");
  }

  return { canonical, scope, embedded, notes };
}
