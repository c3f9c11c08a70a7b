// The address core: strict IPv6 parsing, RFC 5952 canonical text, RFC 6052 IPv4-embedded
// addresses, RFC 7050 Pref64::/n discovery and a description of every IPv4 address an IPv6
// address can carry. Pure TypeScript, no DOM. It states facts: what is wrong with a text and
// what an address says are codes with parameters, worded by the page (src/ui/words/decoder.ts).
//
// Why not ip-address at run time: it is CommonJS, so it cannot be tree-shaken, and the part we
// need costs about 9.4 KB gzipped (twice this whole module) in the chunk that shows the results.
// Its parser is also more lenient than we want (it accepts zones and prefix lengths as part of
// an "address"). The rules here are small, so they are written out over 16 bytes; the tests
// check them against ip-address (fromAddress4Nat64, toAddress4Nat64, inspectTeredo,
// correctForm) as an oracle.

import { WELL_KNOWN_PREFIX } from "./ip-text.ts";
import known from "./nat64-known.json";

/**
 * Why a text is not what was asked for: a code, and the parts of the text it is about (as
 * written, for the page to quote). The words are in the page's catalogs (src/ui/words/decoder.ts).
 */
export type AddressProblem =
  | { code: "empty" }
  /** A space, or (`whitespace`) another blank character such as a tab or line break. */
  | { code: "space" }
  | { code: "whitespace" }
  /** "%eth0": a zone ID; `zone` is what follows the "%". */
  | { code: "zone"; zone: string }
  /** "2001:db8::/32": `length` is the digits after the "/". */
  | { code: "prefix-length"; length: string; text: string }
  | { code: "brackets" }
  | { code: "bad-character"; char: string }
  | { code: "looks-ipv4"; text: string }
  | { code: "no-colons"; text: string }
  | { code: "three-colons" }
  /** "::" more than once; `count` is how often. */
  | { code: "double-colon-repeated"; count: number }
  | { code: "empty-group" }
  | { code: "ipv4-not-last"; group: string }
  | { code: "group-too-long"; group: string }
  /** More than 7 groups besides "::". */
  | { code: "too-many-groups"; count: number }
  /** Without "::", not exactly 8 groups. */
  | { code: "group-count"; count: number }
  | { code: "ipv4-parts"; text: string }
  | { code: "ipv4-not-number"; part: string; text: string }
  | { code: "ipv4-leading-zero"; part: string; text: string }
  | { code: "ipv4-over-255"; part: string; text: string }
  | { code: "prefix-shape"; text: string }
  | { code: "prefix-too-long"; length: number }
  /** Bits set after the prefix length; `prefix` is the prefix without them. */
  | { code: "prefix-host-bits"; text: string; length: number; prefix: string }
  | { code: "pref64-length"; length: number }
  | { code: "pref64-u-octet"; text: string };

/** Thrown for text that is not what was asked for; `problem` says why. */
export class AddressError extends Error {
  override name = "AddressError";
  constructor(readonly problem: AddressProblem) {
    // The message is for logs and developers; the page words the problem from its code.
    super(`${problem.code} ${JSON.stringify(problem)}`);
  }
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
 * What a reader returns for text it refuses: the problem. Readers return it instead of throwing
 * because a paste can hold thousands of non-addresses, and building an exception for each costs
 * more than the whole rest of the decode.
 */
type Refusal = AddressProblem;

function refused(value: readonly number[] | Refusal): value is Refusal {
  return !Array.isArray(value);
}

function orThrow<T extends readonly number[]>(value: T | Refusal): T {
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
  if (parts.length !== 4) return { code: "ipv4-parts", text };
  const bytes: Bytes = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return { code: "ipv4-not-number", part, text };
    // inet_aton reads a leading zero as octal, so "010" is ambiguous: refuse it.
    if (part.length > 1 && part.startsWith("0")) return { code: "ipv4-leading-zero", part, text };
    const value = Number(part);
    if (value > 255) return { code: "ipv4-over-255", part, text };
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

/** The blocks of the IANA IPv4 Special-Purpose Address Registry that are not global. */
export type NonGlobalIPv4Range =
  | "this-network"
  | "private-use"
  | "shared-address-space"
  | "loopback"
  | "link-local"
  | "ietf-protocol-assignments"
  | "documentation"
  | "6to4-relay-anycast"
  | "benchmarking"
  | "multicast"
  | "reserved"
  | "limited-broadcast";

/** Every NonGlobalIPv4Range, once (a Record, so a new range fails the typecheck until listed). */
const NON_GLOBAL_IPV4_RANGE_SET: Record<NonGlobalIPv4Range, true> = {
  "this-network": true,
  "private-use": true,
  "shared-address-space": true,
  loopback: true,
  "link-local": true,
  "ietf-protocol-assignments": true,
  documentation: true,
  "6to4-relay-anycast": true,
  benchmarking: true,
  multicast: true,
  reserved: true,
  "limited-broadcast": true,
};
export const NON_GLOBAL_IPV4_RANGES = Object.keys(
  NON_GLOBAL_IPV4_RANGE_SET,
) as readonly NonGlobalIPv4Range[];

/** Why an IPv4 address is not globally reachable: its block, and the RFC that set it aside. */
export interface NonGlobalIPv4 {
  range: NonGlobalIPv4Range;
  /** "RFC 1918". */
  rfc: string;
}

interface Range4 extends NonGlobalIPv4 {
  base: readonly number[];
  bits: number;
}

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates): blocks that are not
// globally reachable. RFC 6052 §3.1 forbids the WKP for these.
const NON_GLOBAL_V4: readonly Range4[] = [
  { base: [0, 0, 0, 0], bits: 8, range: "this-network", rfc: "RFC 791" },
  { base: [10, 0, 0, 0], bits: 8, range: "private-use", rfc: "RFC 1918" },
  { base: [100, 64, 0, 0], bits: 10, range: "shared-address-space", rfc: "RFC 6598" },
  { base: [127, 0, 0, 0], bits: 8, range: "loopback", rfc: "RFC 1122" },
  { base: [169, 254, 0, 0], bits: 16, range: "link-local", rfc: "RFC 3927" },
  { base: [172, 16, 0, 0], bits: 12, range: "private-use", rfc: "RFC 1918" },
  { base: [192, 0, 0, 0], bits: 24, range: "ietf-protocol-assignments", rfc: "RFC 6890" },
  { base: [192, 0, 2, 0], bits: 24, range: "documentation", rfc: "RFC 5737" },
  { base: [192, 88, 99, 0], bits: 24, range: "6to4-relay-anycast", rfc: "RFC 7526" },
  { base: [192, 168, 0, 0], bits: 16, range: "private-use", rfc: "RFC 1918" },
  { base: [198, 18, 0, 0], bits: 15, range: "benchmarking", rfc: "RFC 2544" },
  { base: [198, 51, 100, 0], bits: 24, range: "documentation", rfc: "RFC 5737" },
  { base: [203, 0, 113, 0], bits: 24, range: "documentation", rfc: "RFC 5737" },
  { base: [224, 0, 0, 0], bits: 4, range: "multicast", rfc: "RFC 5771" },
  { base: [240, 0, 0, 0], bits: 4, range: "reserved", rfc: "RFC 1112" },
];

/** Which non-global block an IPv4 address is in, or null when it is globally reachable. */
export function nonGlobalIPv4(ipv4: string): NonGlobalIPv4 | null {
  const bytes = parseIPv4Bytes(ipv4);
  if (bytes.every((b) => b === 255)) return { range: "limited-broadcast", rfc: "RFC 919" };
  const found = NON_GLOBAL_V4.find((r) => bitsEqual(bytes, r.base, r.bits));
  return found ? { range: found.range, rfc: found.rfc } : null;
}

// ---------------------------------------------------------------------------------------------
// IPv6 text

function readGroups(side: string, mayEndInIPv4: boolean): number[] | Refusal {
  if (side === "") return [];
  const groups = side.split(":");
  const out: number[] = [];
  for (const [i, group] of groups.entries()) {
    if (group === "") return { code: "empty-group" };
    if (group.includes(".")) {
      if (!mayEndInIPv4 || i !== groups.length - 1) return { code: "ipv4-not-last", group };
      const b = readIPv4Bytes(group);
      if (refused(b)) return b;
      out.push(((b[0] ?? 0) << 8) | (b[1] ?? 0), ((b[2] ?? 0) << 8) | (b[3] ?? 0));
      continue;
    }
    if (group.length > 4) return { code: "group-too-long", group };
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
  if (text === "") return { code: "empty" };
  const space = /\s/.exec(text);
  if (space) return { code: space[0] === " " ? "space" : "whitespace" };
  const zone = text.indexOf("%");
  // Only name a zone or prefix length when the rest looks like an address; otherwise the
  // first stray character is the better explanation.
  if (zone > 0 && /^[0-9a-fA-F:.]+%[\w.-]+$/.test(text)) {
    return { code: "zone", zone: text.slice(zone + 1) };
  }
  const slash = text.indexOf("/");
  if (slash > 0 && /^[0-9a-fA-F:.]+\/\d+$/.test(text)) {
    return { code: "prefix-length", length: text.slice(slash + 1), text };
  }
  if (/^\[[0-9a-fA-F:.]*\]$/.test(text)) return { code: "brackets" };
  const bad = /[^0-9a-fA-F:.]/.exec(text);
  if (bad) return { code: "bad-character", char: bad[0] };
  if (!text.includes(":")) {
    return { code: /^[\d.]+$/.test(text) ? "looks-ipv4" : "no-colons", text };
  }
  if (text.includes(":::")) return { code: "three-colons" };
  const halves = text.split("::");
  let groups: number[];
  if (halves.length > 2) return { code: "double-colon-repeated", count: halves.length - 1 };
  if (halves.length === 2) {
    const head = readGroups(halves[0] ?? "", false);
    if (refused(head)) return head;
    const tail = readGroups(halves[1] ?? "", true);
    if (refused(tail)) return tail;
    if (head.length + tail.length > 7) {
      return { code: "too-many-groups", count: head.length + tail.length };
    }
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = readGroups(text, true);
    if (refused(all)) return all;
    if (all.length !== 8) return { code: "group-count", count: all.length };
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

/** Why `text` is not one plain IPv6 address (the problem parseIPv6 would throw), or null. */
export function ipv6Problem(text: string): AddressProblem | null {
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
 * Throws AddressError, saying what is wrong, for anything else.
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
  if (!m) throw new AddressError({ code: "prefix-shape", text });
  const length = Number(m[2]);
  if (length > 128) throw new AddressError({ code: "prefix-too-long", length });
  const bytes = parseBytes(m[1] ?? "");
  const net = masked(bytes, length);
  if (net.some((b, i) => b !== bytes[i])) {
    const prefix = `${formatBytes(net)}/${length}`;
    throw new AddressError({ code: "prefix-host-bits", text, length, prefix });
  }
  return { bytes, length };
}

function parsePref64(text: string): Prefix {
  const prefix = parsePrefix(text);
  if (!(PREF64_LENGTHS as readonly number[]).includes(prefix.length)) {
    throw new AddressError({ code: "pref64-length", length: prefix.length });
  }
  // Bits 64–71 are the u-octet, which RFC 6052 §2.2 requires to be zero; for /96 they fall
  // inside the prefix itself.
  if (prefix.length === 96 && prefix.bytes[8] !== 0) {
    throw new AddressError({ code: "pref64-u-octet", text });
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

/** Every AddressScope, once (a Record, so a new scope fails the typecheck until listed). */
const ADDRESS_SCOPE_SET: Record<AddressScope, true> = {
  unspecified: true,
  loopback: true,
  "link-local": true,
  "site-local": true,
  "unique-local": true,
  multicast: true,
  documentation: true,
  special: true,
  global: true,
  reserved: true,
};
export const ADDRESS_SCOPES = Object.keys(ADDRESS_SCOPE_SET) as readonly AddressScope[];

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

/** A technical remark about an address; the comment names the RFC it rests on. */
export type AddressNote =
  /** RFC 4291 §2.5.5.2: how a dual-stack program sees IPv4; never on the wire. */
  | { code: "ipv4-mapped" }
  /** RFC 2765 (the original SIIT), obsolete. */
  | { code: "siit-translated" }
  /** RFC 4291 §2.5.5.1: deprecated. */
  | { code: "ipv4-compatible" }
  /** RFC 7050: a DNS64 answer for ipv4only.arpa, used to discover the prefix. */
  | { code: "ipv4only-arpa"; ipv4: string }
  /** RFC 6052 §3.1: the well-known prefix with a non-global IPv4 address. */
  | { code: "wkp-non-global"; ipv4: string; range: NonGlobalIPv4Range; rfc: string }
  /** RFC 8215: inside 64:ff9b:1::/48 the prefix length, so the IPv4 position, is not known. */
  | { code: "local-use-unknown-length" }
  /** RFC 6052 §2.2: bits 64–71 should be zero; translators ignore them. */
  | { code: "u-octet-not-zero"; uOctet: number }
  /** RFC 6052 §2.2: the bits after the IPv4 address (from bit `from` to 127) should be zero. */
  | { code: "suffix-not-zero"; from: number }
  /** RFC 3056, relays deprecated by RFC 7526. */
  | { code: "6to4" }
  /** RFC 4380: the client's address and port are stored inverted. */
  | { code: "teredo" }
  /** RFC 5214. */
  | { code: "isatap" }
  /** RFC 3849, RFC 9637. */
  | { code: "documentation" };

export type AddressNoteCode = AddressNote["code"];

export interface AddressInfo {
  canonical: string;
  scope: AddressScope;
  embedded: EmbeddedIPv4[];
  /** Technical remarks, in the order the page lists them. */
  notes: AddressNote[];
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

function nat64Checks(bytes: Bytes, prefix: Prefix, notes: AddressNote[]): Nat64Fields {
  const fields: Nat64Fields = {};
  if (prefix.length < 96) {
    const u = bytes[8] ?? 0;
    if (u !== 0) {
      fields.uOctet = u;
      notes.push({ code: "u-octet-not-zero", uOctet: u });
    }
    const suffixStart = Math.max(...v4Positions(prefix.length)) + 1;
    if (bytes.slice(suffixStart).some((b) => b !== 0)) {
      notes.push({ code: "suffix-not-zero", from: suffixStart * 8 });
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
  const notes: AddressNote[] = [];
  const v4tail = dotted(bytes, 12);

  if (inP(bytes, MAPPED)) {
    embedded.push({ kind: "ipv4-mapped", ipv4: v4tail, prefix: "::ffff:0:0/96" });
    notes.push({ code: "ipv4-mapped" });
  } else if (inP(bytes, SIIT)) {
    embedded.push({ kind: "siit-ipv4-translated", ipv4: v4tail, prefix: "::ffff:0:0:0/96" });
    notes.push({ code: "siit-translated" });
  } else if (inP(bytes, COMPATIBLE) && scope !== "unspecified" && scope !== "loopback") {
    embedded.push({ kind: "ipv4-compatible", ipv4: v4tail, prefix: "::/96" });
    notes.push({ code: "ipv4-compatible" });
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
      notes.push({ code: "ipv4only-arpa", ipv4 });
    } else {
      const nonGlobal = nonGlobalIPv4(ipv4);
      if (nonGlobal) notes.push({ code: "wkp-non-global", ipv4, ...nonGlobal });
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
      notes.push({ code: "local-use-unknown-length" });
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
    notes.push({ code: "6to4" });
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
    notes.push({ code: "teredo" });
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
    notes.push({ code: "isatap" });
  }

  if (scope === "documentation") {
    notes.push({ code: "documentation" });
  }

  return { canonical, scope, embedded, notes };
}

// ---------------------------------------------------------------------------------------------
// Naming what an address or prefix is

/**
 * Whether an embedded address is ipv4only.arpa's (RFC 7050) under a NAT64 prefix: a DNS64
 * answer that shows which prefix the network's NAT64 uses, not a server somewhere.
 */
export function isDiscoveryAnswer(e: EmbeddedIPv4): boolean {
  return (
    e.kind.startsWith("nat64-") &&
    e.ipv4 !== null &&
    (IPV4ONLY_ARPA_WKAS as readonly string[]).includes(e.ipv4)
  );
}

/** What a prefix ("P/n") is known to be. */
export type PrefixKind =
  /** 64:ff9b::/96 (RFC 6052). */
  | { kind: "well-known" }
  /** 64:ff9b:1::/48 (RFC 8215). */
  | { kind: "local-use" }
  /** A public NAT64 service's prefix (nat64-known.json). */
  | { kind: "published"; operator: string }
  /** None of those, with a length RFC 6052 allows for a NAT64 prefix. */
  | { kind: "nat64-length" }
  /** Any other network prefix. */
  | { kind: "network" };

export function prefixKind(prefix: string): PrefixKind {
  if (prefix === WKP) return { kind: "well-known" };
  if (prefix === LOCAL_USE_PREFIX) return { kind: "local-use" };
  const known = KNOWN_NAT64_PREFIXES.find((k) => k.prefix === prefix);
  if (known) return { kind: "published", operator: known.operator };
  const length = Number(prefix.split("/")[1]);
  return (PREF64_LENGTHS as readonly number[]).includes(length)
    ? { kind: "nat64-length" }
    : { kind: "network" };
}
