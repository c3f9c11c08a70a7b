// Turns whatever a person pasted (an address, a WireGuard Endpoint line, a URL, or the output of
// dig / nslookup / host) into addresses to describe, saying what was stripped on the way. Pure:
// no DOM, no network. Never throws: every problem becomes a message.

import {
  type AddressInfo,
  type AddressScope,
  canonicalPrefix,
  describeAddress,
  discoverPref64,
  type EmbeddedIPv4,
  IPV4ONLY_ARPA_WKAS,
  isIPv4,
  isIPv6,
  KNOWN_NAT64_PREFIXES,
  LOCAL_USE_PREFIX,
  PREF64_LENGTHS,
  WKP,
} from "./address.ts";

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

export interface DecodedAddress {
  /** The text as found, before stripping. */
  raw: string;
  role: AddressRole;
  stripped: Stripped[];
  /** null when the text is not an address (see error). */
  info: AddressInfo | null;
  error: string | null;
  /** Set when the text was a prefix ("P/n") rather than one address. */
  prefix: string | null;
  /** Set when the text was an IPv4 address (nothing to decode, but worth showing). */
  ipv4: string | null;
}

export interface Decode {
  format: InputFormat;
  addresses: DecodedAddress[];
  /** IPv4 answers (A records) in resolver output. */
  ipv4Answers: string[];
  /** Pref64::/n found by RFC 7050 discovery in the AAAA answers (or pasted addresses). */
  prefixes: string[];
  /** The name the resolver output is about, when it says. */
  queryName: string | null;
  /** Resolver output that shows no AAAA answer at all. */
  noAaaa: boolean;
  /** One plain sentence when nothing usable was found; null otherwise. */
  problem: string | null;
}

interface Candidate {
  raw: string;
  role: AddressRole;
}

const MAX_INPUT = 20_000;

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

function detectFormat(text: string): InputFormat {
  if (/<<>>\s*DiG|^;; (?:ANSWER|QUESTION) SECTION:|^\S+\s+\d+\s+(?:IN\s+)?AAAA\s+\S/im.test(text)) {
    return "dig";
  }
  if (/Using domain server:|\shas IPv6 address\s/.test(text)) return "host";
  if (/^\s*(?:Server|Addresses?):|Non-authoritative answer|\shas AAAA address\s/im.test(text)) {
    return "nslookup";
  }
  if (/\shas (?:no AAAA record|address)\s?/.test(text)) return "host";
  if (/^\s*Endpoint\s*=/im.test(text)) return "wireguard";
  if (/[a-z][a-z0-9+.-]*:\/\//i.test(text)) return "url";
  return /\s/.test(text.trim()) ? "text" : "address";
}

interface ResolverOutput {
  candidates: Candidate[];
  ipv4Answers: string[];
  queryName: string | null;
  noAaaa: boolean;
}

function addAnswer(out: ResolverOutput, value: string): void {
  if (isIPv4(value)) {
    if (!out.ipv4Answers.includes(value)) out.ipv4Answers.push(value);
  } else {
    out.candidates.push({ raw: value, role: "answer" });
  }
}

function parseDig(text: string): ResolverOutput {
  const out: ResolverOutput = { candidates: [], ipv4Answers: [], queryName: null, noAaaa: false };
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
  const out: ResolverOutput = { candidates: [], ipv4Answers: [], queryName: null, noAaaa: false };
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

function wireguardEndpoints(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines(text)) {
    const m = /^\s*Endpoint\s*=\s*(\S+)/i.exec(line);
    if (m?.[1]) out.push({ raw: m[1], role: "endpoint" });
  }
  return out;
}

function urlHosts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^@\s/[]*@)?(\[[^\]\s]*\](?::\d*)?)/gi)) {
    if (m[1]) out.push({ raw: m[1], role: "url" });
  }
  return out;
}

/** Tokens of free text that could be addresses; strict first, so clock times are not taken. */
function textTokens(text: string): Candidate[] {
  const tokens: string[] = [];
  const rest = text.replace(/\[[^\]\s]*\](?::\d+)?/g, (m) => {
    tokens.push(m);
    return " ";
  });
  for (const piece of rest.split(/[\s,;()<>"'`=]+/)) {
    // Trailing punctuation is trimmed, keeping a final "::" ("64:ff9b::"), but a run of colons
    // alone stays as typed so it is refused rather than read as "::".
    const token = /^:+$/.test(piece)
      ? piece
      : piece.replace(/[.:]+$/, (tail) => (tail.startsWith("::") ? "::" : ""));
    if (token.includes(":") && !token.includes("//")) tokens.push(token);
  }
  const strict = tokens.filter((t) => {
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
  const bracketed = /^\[([^\]]*)\](?::(\d*))?$/.exec(core);
  if (bracketed) {
    core = bracketed[1] ?? "";
    stripped.push({ what: "brackets", value: "[]" });
    if (bracketed[2]) stripped.push({ what: "port", value: bracketed[2] });
  }
  // BIND tools write a port as "address#53".
  const hashPort = /^(.*)#(\d+)(?:\(.*\))?$/.exec(core);
  if (hashPort) {
    core = hashPort[1] ?? "";
    stripped.push({ what: "port", value: hashPort[2] ?? "" });
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
  const { core, stripped, prefixLength } = stripToken(candidate.raw);
  const result: DecodedAddress = {
    raw: candidate.raw,
    role: candidate.role,
    stripped,
    info: null,
    error: null,
    prefix: null,
    ipv4: null,
  };
  if (isIPv4(core)) {
    result.ipv4 = core;
    result.error = `${core} is an IPv4 address, so there is no IPv6 address to decode here.`;
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
    let message = error instanceof Error ? error.message : String(error);
    // "64:ff9b::c633:6407:51820": a port stuck on without brackets.
    const portLike = /^(.*):(\d{5})$/.exec(core);
    if (portLike && !stripped.some((s) => s.what === "port") && isIPv6(portLike[1] ?? "")) {
      message += `. If :${portLike[2]} is a port, write the address in brackets: [${portLike[1]}]:${portLike[2]}`;
    }
    result.error = message;
  }
  return result;
}

/**
 * Decodes pasted text. Always returns; problems are reported as messages.
 * @example decodeInput("Endpoint = [64:ff9b::c633:6407]:51820").addresses[0]?.info?.embedded
 */
export function decodeInput(input: string): Decode {
  const text = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  const decode: Decode = {
    format: "empty",
    addresses: [],
    ipv4Answers: [],
    prefixes: [],
    queryName: null,
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
    decode.ipv4Answers = resolver.ipv4Answers;
    decode.queryName = resolver.queryName;
    decode.noAaaa = resolver.noAaaa;
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

  // Discovery needs canonical answers; only answers count when the text is resolver output.
  const pool = candidates.filter((c) => c.role === "answer" || c.role === "address");
  decode.prefixes = discoverPref64(pool.map((c) => stripToken(c.raw).core));
  decode.addresses = candidates.map((c) => decodeCandidate(c, decode.prefixes));

  if (decode.addresses.length === 0 && !decode.noAaaa && decode.ipv4Answers.length === 0) {
    decode.problem =
      format === "wireguard"
        ? "The Endpoint line has no address after the '='."
        : format === "url"
          ? "That URL has no IPv6 address in square brackets."
          : "No IPv6 address found. Paste an address such as 64:ff9b::c633:6407, a WireGuard Endpoint line, a URL, or the output of dig AAAA ipv4only.arpa.";
  }
  return decode;
}

// ---------------------------------------------------------------------------------------------
// Plain words. Kept here (pure) so the wording is tested and can be reused by other panels.

export const KIND_LABELS: Record<EmbeddedIPv4["kind"], string> = {
  "ipv4-mapped": "IPv4-mapped address",
  "ipv4-compatible": "IPv4-compatible address (deprecated)",
  "siit-ipv4-translated": "SIIT IPv4-translated address (obsolete)",
  "nat64-wkp": "NAT64, well-known prefix",
  "nat64-local-use": "NAT64, local-use prefix",
  "nat64-known": "Public NAT64 service",
  "nat64-nsp": "NAT64, network-specific prefix",
  "6to4": "6to4 tunnel",
  teredo: "Teredo tunnel",
  isatap: "ISATAP tunnel",
};

function subject(role: AddressRole): string {
  switch (role) {
    case "endpoint":
      return "your server";
    case "url":
      return "the web server";
    case "resolver":
      return "your DNS resolver";
    case "answer":
      return "the IPv4 address";
    default:
      return "the IPv4 host";
  }
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One or two plain sentences for a non-expert about one embedded IPv4 address. */
export function explainEmbedded(e: EmbeddedIPv4, role: AddressRole = "address"): string {
  const who = subject(role);
  if (
    e.kind.startsWith("nat64-") &&
    e.ipv4 !== null &&
    (IPV4ONLY_ARPA_WKAS as readonly string[]).includes(e.ipv4)
  ) {
    return `This is ipv4only.arpa's address ${e.ipv4} rewritten into IPv6 by your DNS (DNS64): it shows your network reaches IPv4 through a NAT64 on the prefix ${e.prefix}.`;
  }
  switch (e.kind) {
    case "nat64-wkp":
      return sentence(
        `${who} ${e.ipv4}, reached through a NAT64 translator (usually your carrier's), well-known prefix ${WKP}.`,
      );
    case "nat64-local-use":
      return e.ipv4
        ? sentence(
            `${who} ${e.ipv4}, reached through your network's own NAT64 on the local-use prefix ${e.prefix}.`,
          )
        : `An IPv4 host reached through your network's own NAT64 (a prefix inside ${LOCAL_USE_PREFIX}). Which IPv4 address depends on the exact prefix, which this address alone does not tell: paste the output of "dig AAAA ipv4only.arpa" as well.`;
    case "nat64-known":
      return sentence(`${who} ${e.ipv4}, reached through ${e.operator} (prefix ${e.prefix}).`);
    case "nat64-nsp":
      return sentence(
        `${who} ${e.ipv4}, reached through your network's NAT64 on the prefix ${e.prefix}.`,
      );
    case "ipv4-mapped":
      return `The IPv4 address ${e.ipv4}, written the way IPv6 software shows an IPv4 connection. The connection itself was plain IPv4.`;
    case "ipv4-compatible":
      return `The IPv4 address ${e.ipv4} in an old IPv6 form that is no longer used.`;
    case "siit-ipv4-translated":
      return `The IPv4 address ${e.ipv4} in an obsolete translator (SIIT) form.`;
    case "6to4":
      return `A 6to4 address: IPv6 carried inside IPv4 through the router at ${e.ipv4}. 6to4 is obsolete and often broken.`;
    case "teredo":
      return `A Teredo address: IPv6 carried inside IPv4 by a computer whose public IPv4 address is ${e.ipv4} (port ${e.port}), using the Teredo server ${e.server}${e.cone ? ", behind a cone NAT" : ""}. Teredo is obsolete.`;
    case "isatap":
      return `An ISATAP address: a computer at IPv4 ${e.ipv4} reaching IPv6 through a tunnel.`;
  }
}

const SCOPE_WORDS: Record<AddressScope, string> = {
  unspecified: "The unspecified address (all zeros): it means “no address”.",
  loopback: "The loopback address: this computer talking to itself.",
  "link-local":
    "A link-local address: it only works on one network segment, never across a router.",
  "site-local": "A site-local address: an old, deprecated kind of private address.",
  "unique-local":
    "A unique local address: private to one organisation, like 10.x or 192.168.x in IPv4.",
  multicast: "A multicast address: it names a group of machines, not one.",
  documentation: "A documentation address: reserved for examples, never used on a real network.",
  special: "A special-purpose address that is not routed on the Internet.",
  global: "A global IPv6 address: reachable across the Internet.",
  reserved: "An address in space reserved by the IETF; it should not appear on a network.",
};

export function explainScope(scope: AddressScope): string {
  return SCOPE_WORDS[scope];
}

const STRIPPED_WORDS: Record<Stripped["what"], (value: string) => string> = {
  brackets: () => "the square brackets",
  port: (v) => `the port ${v}`,
  zone: (v) => `the zone ID %${v} (which network card; only meaningful on one computer)`,
  "prefix-length": (v) => `the prefix length /${v}`,
};

/** "Removed the square brackets and the port 51820." or null when nothing was removed. */
export function explainStripped(stripped: readonly Stripped[]): string | null {
  if (stripped.length === 0) return null;
  const parts = stripped.map((s) => STRIPPED_WORDS[s.what](s.value));
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `Removed ${list}.`;
}

/** A sentence naming a well-known, local-use or published NAT64 prefix; null for others. */
export function namePrefix(prefix: string): string | null {
  if (prefix === WKP) return `${prefix} is the well-known NAT64 prefix (RFC 6052).`;
  if (prefix === LOCAL_USE_PREFIX) return `${prefix} is the local-use NAT64 range (RFC 8215).`;
  const known = KNOWN_NAT64_PREFIXES.find((k) => k.prefix === prefix);
  if (known) return `${prefix} is a NAT64 prefix of ${known.operator}.`;
  return null;
}

/** What a pasted prefix is, in plain words. */
export function explainPrefix(prefix: string): string {
  const [, lengthText] = prefix.split("/");
  const length = Number(lengthText);
  const named = namePrefix(prefix);
  if (named) return named;
  if ((PREF64_LENGTHS as readonly number[]).includes(length)) {
    return `${prefix} is a network prefix; its length could be a NAT64 prefix (RFC 6052).`;
  }
  return `${prefix} is a network prefix (a range of addresses), not one address.`;
}
