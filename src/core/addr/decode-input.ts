// Turns whatever a person pasted (an address, a WireGuard Endpoint line, a URL, or the output of
// dig / nslookup / host) into addresses to describe, saying what was stripped on the way. Pure:
// no DOM, no network. Never throws: every problem becomes a code with the parts of the text it
// is about. It states facts only; the page words them (src/ui/words/decoder.ts).

import {
  AddressError,
  type AddressInfo,
  type AddressProblem,
  canonicalPrefix,
  describeAddress,
  discoverPref64,
  ipv6Problem,
  isIPv4,
  isIPv6,
  MAX_DISCOVERED_PREF64,
} from "./address.ts";
import { parsePort, splitHostPort } from "./host-port.ts";

// Cost: every step below reads the text a bounded number of times, so a decode takes time in
// proportion to the paste's length. Regular expressions that scan the whole text are anchored
// to a line start or to the start of a run they cannot re-enter; per-token work is bounded by
// MAX_CANDIDATE; at most MAX_ADDRESSES addresses are described and MAX_DISCOVERED_PREF64
// prefixes tried against each. `npm run bench:decoder` measures the adversarial cases.

export type InputFormat =
  | "empty"
  | "address"
  | "wireguard"
  | "url"
  | "dig"
  | "nslookup"
  | "host"
  | "text";

/** Where an address came from in the pasted text. */
export type AddressRole = "address" | "answer" | "resolver" | "endpoint" | "url";

export interface Stripped {
  what: "brackets" | "port" | "zone" | "prefix-length";
  /** The removed value without its punctuation: "51820", "eth0", "64". */
  value: string;
}

/** Why a candidate was not decoded. */
export type CandidateProblem =
  | AddressProblem
  /** Longer than MAX_CANDIDATE: refused unread. `max` is the longest real address text. */
  | { code: "too-long"; length: number; max: number }
  /** An IPv4 address: nothing to decode. */
  | { code: "is-ipv4"; ipv4: string };

export interface DecodedAddress {
  /** The text as found, before stripping. */
  raw: string;
  role: AddressRole;
  stripped: Stripped[];
  /** null when the text is not an address (see error). */
  info: AddressInfo | null;
  error: CandidateProblem | null;
  /**
   * "64:ff9b::c633:6407:51820": an address with what looks like a port stuck on without
   * brackets. Set with error; `address` is the address without it.
   */
  portHint: { address: string; port: string } | null;
  /** Set when the text was a prefix ("P/n") rather than one address. */
  prefix: string | null;
  /** Set when the text was an IPv4 address (nothing to decode, but worth showing). */
  ipv4: string | null;
}

export interface Decode {
  format: InputFormat;
  /** The first MAX_ADDRESSES distinct candidates, decoded. */
  addresses: DecodedAddress[];
  /** How many distinct candidates the text holds (addresses has at most MAX_ADDRESSES). */
  addressCount: number;
  /** IPv4 answers (A records) in resolver output. */
  ipv4Answers: string[];
  /** Pref64::/n found by RFC 7050 discovery in the AAAA answers (or pasted addresses). */
  prefixes: string[];
  /** More prefixes were found than MAX_DISCOVERED_PREF64; only the first are listed and used. */
  morePrefixes: boolean;
  /** The name the resolver output is about, when it says and it is a valid DNS name. */
  queryName: string | null;
  /** The output names something that is not a valid DNS name (so it is not repeated). */
  queryNameRefused: boolean;
  /** The resolver output is about ipv4only.arpa, or does not say what it is about. */
  aboutIpv4only: boolean;
  /** Resolver output that shows no AAAA answer at all. */
  noAaaa: boolean;
  /** Why nothing usable was found; null when something was. */
  problem: NothingFound | null;
}

/**
 * Why nothing in the input could be decoded: an Endpoint line without an address, a URL without
 * a bracketed address, or nothing that looks like an address at all.
 */
export type NothingFound = "endpoint-without-address" | "url-without-address" | "no-address";

interface Candidate {
  raw: string;
  role: AddressRole;
}

/** Longer input is cut here before decoding (and before it is put in a link). */
export const MAX_INPUT = 20_000;

/**
 * The longest real address text with everything around it:
 * "[ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255%25" + a 15-character zone + "]:65535".
 */
export const LONGEST_ADDRESS_TEXT = 71;

/** The longest text read as one address; longer is refused for its length, unread. */
export const MAX_CANDIDATE = 128;

/** How many addresses are decoded and shown; the rest are only counted. */
export const MAX_ADDRESSES = 20;

const MAX_DNS_NAME = 253;
const MAX_DNS_LABEL = 63;

/**
 * Whether `name` (without a final dot) is a DNS host name of LDH labels (RFC 1035 §2.3.1,
 * RFC 5890 for xn-- labels) within the length limits. Only such names are repeated on the page:
 * any other "name" in pasted output may be a sentence in disguise (words joined by a blank
 * character such as U+2800).
 */
export function isDnsName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_DNS_NAME) return false;
  return name
    .split(".")
    .every(
      (label) =>
        label.length > 0 &&
        label.length <= MAX_DNS_LABEL &&
        /^[A-Za-z0-9-]+$/.test(label) &&
        !label.startsWith("-") &&
        !label.endsWith("-"),
    );
}

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

// `[ \t]` rather than `\s` at line starts: `\s` also matches line breaks, so `^\s*` would run
// from every line start to the end of a block of empty lines (quadratic in its length).
// A URL scheme starts where no scheme character precedes it, so the scheme pattern starts once
// per run of letters instead of at each of its letters.
const URL_START = String.raw`(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*):\/\/`;
const URL_SCHEME = new RegExp(URL_START, "i");
// The optional user info stops at "/" and "[", and the bracketed host at "[" and "/", so no
// part of the text is scanned again from a later URL's start.
const URL_HOST = new RegExp(String.raw`${URL_START}(?:[^@\s/[]*@)?(\[[^\]\s[/]*\](?::\d*)?)`, "gi");

function detectFormat(text: string): InputFormat {
  if (
    /<<>>\s*DiG|^;; (?:ANSWER|QUESTION) SECTION:|^\S+[ \t]+\d+[ \t]+(?:IN[ \t]+)?AAAA[ \t]+\S/im.test(
      text,
    )
  ) {
    return "dig";
  }
  if (/Using domain server:|\shas IPv6 address\s/.test(text)) return "host";
  if (/^[ \t]*(?:Server|Addresses?):|Non-authoritative answer|\shas AAAA address\s/im.test(text)) {
    return "nslookup";
  }
  if (/\shas (?:no AAAA record|address)\s?/.test(text)) return "host";
  if (/^[ \t]*Endpoint[ \t]*=/im.test(text)) return "wireguard";
  if (URL_SCHEME.test(text)) return "url";
  return /\s/.test(text.trim()) ? "text" : "address";
}

interface ResolverOutput {
  candidates: Candidate[];
  ipv4Answers: Set<string>;
  queryName: string | null;
  noAaaa: boolean;
}

function addAnswer(out: ResolverOutput, value: string): void {
  if (isIPv4(value)) out.ipv4Answers.add(value);
  else out.candidates.push({ raw: value, role: "answer" });
}

function emptyOutput(): ResolverOutput {
  return { candidates: [], ipv4Answers: new Set(), queryName: null, noAaaa: false };
}

// The per-line patterns below are anchored at the line's start and have no nested or
// overlapping repetition, so each reads its line once.
function parseDig(text: string): ResolverOutput {
  const out = emptyOutput();
  // With +noall +answer there are no section headers: every record line is an answer.
  const hasSections = /^;; [A-Z]+ SECTION:/m.test(text);
  let section = hasSections ? "" : "ANSWER";
  for (const line of lines(text)) {
    const header = /^;; ([A-Z]+) SECTION:/.exec(line);
    if (header) {
      section = header[1] ?? "";
      continue;
    }
    const server = /^;; SERVER:\s*([^\s#(]+)/.exec(line);
    if (server?.[1]) {
      out.candidates.push({ raw: server[1], role: "resolver" });
      continue;
    }
    const question = /^;(\S+)\s+(?:IN\s+)?[A-Z]+\s*$/.exec(line);
    if (question?.[1] && !out.queryName) out.queryName = question[1].replace(/\.$/, "");
    if (line.startsWith(";") || section !== "ANSWER") continue;
    const record = /^(\S+)\s+\d+\s+(?:IN\s+)?(AAAA|A)\s+(\S+)/i.exec(line);
    if (!record) continue;
    out.queryName ??= (record[1] ?? "").replace(/\.$/, "");
    addAnswer(out, record[3] ?? "");
  }
  out.noAaaa = !out.candidates.some((c) => c.role === "answer");
  return out;
}

/** nslookup and host print the same kinds of lines; one reader serves both. */
function parseLookup(text: string): ResolverOutput {
  const out = emptyOutput();
  let inServerBlock = false;
  let continuing = false;
  for (const line of lines(text)) {
    if (line.trim() === "") {
      inServerBlock = false;
      continuing = false;
      continue;
    }
    if (/^\s*(?:Server:|Using domain server:)/.test(line)) {
      inServerBlock = true;
      continuing = false;
      continue;
    }
    const has = /^(\S+)\s+has (IPv6 |AAAA )?address\s+(\S+)/.exec(line);
    if (has) {
      out.queryName ??= (has[1] ?? "").replace(/\.$/, "");
      addAnswer(out, has[3] ?? "");
      continuing = false;
      continue;
    }
    const name = /^\s*Name:\s*(\S+)/.exec(line);
    if (name) {
      if (!inServerBlock) out.queryName ??= (name[1] ?? "").replace(/\.$/, "");
      continuing = false;
      continue;
    }
    const address = /^\s*Address(?:es)?:\s*(\S+)/.exec(line);
    if (address?.[1]) {
      if (inServerBlock) out.candidates.push({ raw: address[1], role: "resolver" });
      else addAnswer(out, address[1]);
      continuing = true;
      continue;
    }
    // Windows nslookup lists further "Addresses:" on indented lines of their own.
    const more = /^\s+(\S+)\s*$/.exec(line);
    if (continuing && more?.[1]) {
      if (inServerBlock) out.candidates.push({ raw: more[1], role: "resolver" });
      else addAnswer(out, more[1]);
      continue;
    }
    continuing = false;
  }
  out.noAaaa = !out.candidates.some((c) => c.role === "answer");
  return out;
}

const ENDPOINT_LINE = /^\s*Endpoint\s*=\s*(\S+)/i;

function wireguardEndpoints(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines(text)) {
    const m = ENDPOINT_LINE.exec(line);
    if (m?.[1]) out.push({ raw: m[1], role: "endpoint" });
  }
  return out;
}

function urlHosts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(URL_HOST)) {
    if (m[2]) out.push({ raw: m[2], role: "url" });
  }
  return out;
}

/** The little of a string the tokenizer reads; a string is one (tests count the reads). */
export interface CharReader {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end: number): string;
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const DOT = 0x2e;

// JavaScript's whitespace, as \s matches it, and the punctuation that separates tokens.
const WHITESPACE =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const PUNCTUATION = ",;()<>\"'`=";
const SPACE = 1;
const SEPARATOR = 2;
// One table lookup per character: the tokenizer runs on every keystroke.
const CHAR_CLASS = new Uint8Array(0x10000);
for (const c of WHITESPACE) CHAR_CLASS[c.charCodeAt(0)] = SPACE | SEPARATOR;
for (const c of PUNCTUATION) CHAR_CLASS[c.charCodeAt(0)] = SEPARATOR;

function isSpace(code: number): boolean {
  return ((CHAR_CLASS[code] ?? 0) & SPACE) !== 0;
}

function isSeparator(code: number): boolean {
  return ((CHAR_CLASS[code] ?? 0) & SEPARATOR) !== 0;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Splits free text into the pieces that might be addresses, reading each character a bounded
 * number of times. A "[…]" group (no whitespace, no second "[" inside) with an optional
 * ":port" is one piece wherever it stands; the rest is split at whitespace and
 * , ; ( ) < > " ' ` =. Trailing dots and colons are trimmed, keeping a final "::"
 * ("64:ff9b::"), but a run of colons alone stays as typed so it is refused rather than read
 * as "::". Only pieces with a colon and without "//" are kept.
 */
export function scanTokens(text: CharReader): string[] {
  const tokens: string[] = [];
  const n = text.length;
  const keep = (start: number, end: number) => {
    let cut = end;
    while (
      cut > start &&
      (text.charCodeAt(cut - 1) === COLON || text.charCodeAt(cut - 1) === DOT)
    ) {
      cut--;
    }
    let token: string;
    if (cut === start && onlyColons(text, start, end)) {
      token = text.slice(start, end);
    } else if (
      end - cut >= 2 &&
      text.charCodeAt(cut) === COLON &&
      text.charCodeAt(cut + 1) === COLON
    ) {
      token = `${text.slice(start, cut)}::`;
    } else {
      token = text.slice(start, cut);
    }
    if (token.includes(":") && !token.includes("//")) tokens.push(token);
  };
  let start = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_BRACKET) {
      // A failed search stops at the next "[" at the latest, so searches never overlap.
      let j = i + 1;
      let c = -1;
      while (j < n) {
        c = text.charCodeAt(j);
        if (c === CLOSE_BRACKET || c === OPEN_BRACKET || isSpace(c)) break;
        j++;
      }
      if (j < n && c === CLOSE_BRACKET) {
        let end = j + 1;
        if (end + 1 < n && text.charCodeAt(end) === COLON && isDigit(text.charCodeAt(end + 1))) {
          end += 2;
          while (end < n && isDigit(text.charCodeAt(end))) end++;
        }
        if (i > start) keep(start, i);
        tokens.push(text.slice(i, end));
        start = end;
        i = end - 1;
      }
      continue;
    }
    if (isSeparator(code)) {
      if (i > start) keep(start, i);
      start = i + 1;
    }
  }
  if (n > start) keep(start, n);
  return tokens;
}

function onlyColons(text: CharReader, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== COLON) return false;
  return true;
}

/** Tokens of free text that could be addresses; strict first, so clock times are not taken. */
function textTokens(text: string): Candidate[] {
  const tokens = scanTokens(text);
  const strict = tokens.filter((t) => {
    if (t.length > MAX_CANDIDATE) return false;
    const core = t.replace(/^\[|\](?::\d*)?$|[%#/].*$/g, "");
    return /^[0-9a-fA-F:.]+$/.test(core) && (core.includes("::") || core.split(":").length >= 7);
  });
  const chosen = strict.length > 0 ? strict : tokens.filter((t) => t.split(":").length >= 3);
  return chosen.map((raw) => ({ raw, role: "address" }));
}

function stripToken(raw: string): {
  core: string;
  stripped: Stripped[];
  prefixLength: string | null;
} {
  const stripped: Stripped[] = [];
  let core = raw;
  // "[2001:db8::1]:51820", and "198.51.100.7:51820": an IPv6 address needs brackets before a
  // port, so only an IPv4 address has one without them.
  const { host, bracketed, port } = splitHostPort(raw);
  const digits = port !== null && /^\d*$/.test(port);
  if (bracketed ? port === null || digits : digits && port !== "" && isIPv4(host)) {
    core = host;
    if (bracketed) stripped.push({ what: "brackets", value: "[]" });
    if (port) stripped.push({ what: "port", value: port });
  }
  // BIND tools write a port as "address#53", dig as "address#53(address)".
  const hash = core.lastIndexOf("#");
  const hashPort = hash < 0 ? null : /^(\d+)(?:\(.*\))?$/.exec(core.slice(hash + 1));
  if (hashPort) {
    core = core.slice(0, hash);
    stripped.push({ what: "port", value: hashPort[1] ?? "" });
  }
  let prefixLength: string | null = null;
  const slash = /^(.*)\/(\d{1,3})$/.exec(core);
  if (slash) {
    core = slash[1] ?? "";
    prefixLength = slash[2] ?? "";
    stripped.push({ what: "prefix-length", value: prefixLength });
  }
  // A zone in a URL is percent-encoded as %25 (RFC 6874).
  const zone = /^([0-9a-fA-F:.]+)%(?:25)?([\w.-]+)$/.exec(core);
  if (zone) {
    core = zone[1] ?? "";
    stripped.push({ what: "zone", value: zone[2] ?? "" });
  }
  return { core, stripped, prefixLength };
}

function decodeCandidate(candidate: Candidate, prefixes: readonly string[]): DecodedAddress {
  const result: DecodedAddress = {
    raw: candidate.raw,
    role: candidate.role,
    stripped: [],
    info: null,
    error: null,
    portHint: null,
    prefix: null,
    ipv4: null,
  };
  if (candidate.raw.length > MAX_CANDIDATE) {
    result.error = { code: "too-long", length: candidate.raw.length, max: LONGEST_ADDRESS_TEXT };
    return result;
  }
  const { core, stripped, prefixLength } = stripToken(candidate.raw);
  result.stripped = stripped;
  if (isIPv4(core)) {
    result.ipv4 = core;
    result.error = { code: "is-ipv4", ipv4: core };
    return result;
  }
  const problem = ipv6Problem(core);
  if (problem !== null) {
    result.error = problem;
    // Five digits cannot be a group of hex digits, but can be a port.
    const portLike = /^(.*):(\d{5})$/.exec(core);
    const address = portLike?.[1] ?? "";
    const port = portLike?.[2] ?? "";
    if (!stripped.some((s) => s.what === "port") && parsePort(port) !== null && isIPv6(address)) {
      result.portHint = { address, port };
    }
    return result;
  }
  try {
    if (prefixLength !== null) {
      result.prefix = canonicalPrefix(`${core}/${prefixLength}`);
      const info = describeAddress(core, { prefixes });
      // A network, not a host: an "embedded" IPv4 address would just be zeros.
      result.info = { ...info, embedded: [] };
    } else {
      result.info = describeAddress(core, { prefixes });
    }
  } catch (error) {
    // Only AddressError can come from here; anything else is a bug and should be seen.
    if (!(error instanceof AddressError)) throw error;
    result.error = error.problem;
  }
  return result;
}

/**
 * Decodes pasted text. Always returns; problems are reported as codes.
 * @example decodeInput("Endpoint = [64:ff9b::c633:6407]:51820").addresses[0]?.info?.embedded
 */
export function decodeInput(input: string): Decode {
  const text = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  const decode: Decode = {
    format: "empty",
    addresses: [],
    addressCount: 0,
    ipv4Answers: [],
    prefixes: [],
    morePrefixes: false,
    queryName: null,
    queryNameRefused: false,
    aboutIpv4only: true,
    noAaaa: false,
    problem: null,
  };
  if (text.trim() === "") return decode;
  const format = detectFormat(text);
  decode.format = format;

  let candidates: Candidate[];
  if (format === "dig" || format === "nslookup" || format === "host") {
    const resolver = format === "dig" ? parseDig(text) : parseLookup(text);
    candidates = resolver.candidates;
    decode.ipv4Answers = [...resolver.ipv4Answers];
    decode.noAaaa = resolver.noAaaa;
    const name = resolver.queryName;
    if (name !== null) {
      if (isDnsName(name)) decode.queryName = name;
      else decode.queryNameRefused = true;
      decode.aboutIpv4only = name.toLowerCase() === "ipv4only.arpa";
    }
  } else if (format === "wireguard") {
    candidates = wireguardEndpoints(text);
  } else if (format === "url") {
    candidates = urlHosts(text);
  } else {
    candidates = textTokens(text);
    // One pasted thing that is no address at all still deserves its own reason.
    if (candidates.length === 0 && format === "address") {
      candidates = [{ raw: text.trim(), role: "address" }];
    }
  }

  const seen = new Set<string>();
  candidates = candidates.filter((c) => {
    const key = `${c.role} ${c.raw.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  decode.addressCount = candidates.length;

  // Discovery needs canonical answers; only answers count when the text is resolver output.
  const pool = candidates.filter(
    (c) => (c.role === "answer" || c.role === "address") && c.raw.length <= MAX_CANDIDATE,
  );
  const prefixes = discoverPref64(
    pool.map((c) => stripToken(c.raw).core),
    MAX_DISCOVERED_PREF64 + 1,
  );
  decode.morePrefixes = prefixes.length > MAX_DISCOVERED_PREF64;
  decode.prefixes = prefixes.slice(0, MAX_DISCOVERED_PREF64);
  decode.addresses = candidates
    .slice(0, MAX_ADDRESSES)
    .map((c) => decodeCandidate(c, decode.prefixes));

  if (decode.addresses.length === 0 && !decode.noAaaa && decode.ipv4Answers.length === 0) {
    decode.problem =
      format === "wireguard"
        ? "endpoint-without-address"
        : format === "url"
          ? "url-without-address"
          : "no-address";
  }
  return decode;
}

// ---------------------------------------------------------------------------------------------
// What of the input goes into the page's link. The link ends up in history, browser sync and
// chats, so it carries only what the decode needs, and never a key.

export interface LinkInput {
  /** The text to put in #decode=; "" when nothing of the input is needed. */
  text: string;
  /** Key lines left out, by name ("PrivateKey", "PresharedKey", "PublicKey", "key"). */
  droppedKeys: string[];
  /** Of a WireGuard config only the Endpoint lines are kept; of a URL only its address. */
  reducedTo: "endpoint" | "url-address" | null;
}

const FRAGMENT = "#decode=";

/** The text in a #decode= fragment, or null when the fragment is something else. */
export function readDecodeFragment(hash: string): string | null {
  if (!hash.startsWith(FRAGMENT)) return null;
  const raw = hash.slice(FRAGMENT.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    // A hand-edited link with a stray "%": show what is there rather than nothing.
    return raw;
  }
}

/** The #decode= fragment that carries `text` (put inputForLink's text here, not the input). */
export function decodeFragment(text: string): string {
  return `${FRAGMENT}${encodeURIComponent(text)}`;
}

// "PrivateKey =" (wg-quick, systemd-networkd), "private key:" (wg show), "private-key=" (NetworkManager).
const KEY_LINE = /^[ \t]*(private|preshared|public)[ _-]?key[ \t]*[=:]/i;
// A WireGuard key is 32 bytes in base64: 43 characters, the last of which has its two low bits
// clear, and one "=". Exactly that shape, so that dig's hex cookie lines are not taken for keys.
const KEY_LIKE = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=(?![A-Za-z0-9+/=])/;

const KEY_NAMES: Record<string, string> = {
  private: "PrivateKey",
  preshared: "PresharedKey",
  public: "PublicKey",
};

/**
 * The part of pasted text that may be kept in the page's link: no line that names or looks
 * like a WireGuard key, only the Endpoint lines of a WireGuard config, only scheme and
 * bracketed address of a URL (user info, path and query can hold passwords and tokens).
 */
export function inputForLink(input: string): LinkInput {
  const text = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  const dropped = new Set<string>();
  const kept = lines(text).filter((line) => {
    const named = KEY_LINE.exec(line);
    if (named) {
      dropped.add(KEY_NAMES[(named[1] ?? "").toLowerCase()] ?? "key");
      return false;
    }
    if (KEY_LIKE.test(line)) {
      dropped.add("key");
      return false;
    }
    return true;
  });
  const rest = kept.join("\n");
  const droppedKeys = [...dropped];
  if (rest.trim() === "") return { text: "", droppedKeys, reducedTo: null };
  const format = detectFormat(rest);
  if (format === "wireguard") {
    const endpoints = kept.filter((line) => ENDPOINT_LINE.test(line)).map((line) => line.trim());
    return { text: endpoints.join("\n"), droppedKeys, reducedTo: "endpoint" };
  }
  if (format === "url") {
    const urls = [...rest.matchAll(URL_HOST)].map((m) => `${m[1]}://${m[2]}`);
    return { text: urls.join("\n"), droppedKeys, reducedTo: "url-address" };
  }
  return { text: rest, droppedKeys, reducedTo: null };
}

/** What the page tells the person about what it kept out of the link. */
export type LinkNote =
  /**
   * Key lines were left out: `named` lists the named ones ("PrivateKey", …), `keyLike` says
   * whether lines that only look like a WireGuard key were too.
   */
  | { code: "keys-left-out"; named: string[]; keyLike: boolean }
  /** Of a WireGuard config, only the Endpoint lines are in the link. */
  | { code: "endpoint-only" }
  /** Of a URL, only the scheme and the bracketed address are in the link. */
  | { code: "url-address-only" };

/** What to tell the person about what was kept out of the link; empty when nothing was. */
export function linkNotes(link: LinkInput, input: string): LinkNote[] {
  const out: LinkNote[] = [];
  if (link.droppedKeys.length > 0) {
    const named = link.droppedKeys.filter((k) => k !== "key");
    out.push({ code: "keys-left-out", named, keyLike: named.length < link.droppedKeys.length });
  }
  const shortened = link.text.trim() !== input.trim();
  if (link.reducedTo === "endpoint" && shortened) out.push({ code: "endpoint-only" });
  if (link.reducedTo === "url-address" && shortened) out.push({ code: "url-address-only" });
  return out;
}
