// "Check my server": from what a person typed (a host name, host:port, a URL or a WireGuard
// Endpoint line), the DoH answers for it and the NAT64 prefix the self-test proved, work out in
// plain words whether IPv6-only visitors reach the server directly or only through NAT64, the
// address their network synthesizes for it, and for a WireGuard endpoint the exact fix. Pure: the
// lookups are done by the caller (ServerCheck.tsx) and passed in.

import {
  extractNat64,
  ipv4NonGlobalReason,
  isInPrefix,
  isIPv4,
  KNOWN_NAT64_PREFIXES,
  LOCAL_USE_PREFIX,
  parseIPv4,
  parseIPv6,
  synthesizeNat64,
  tryParseIPv6,
  WKP,
} from "../addr/address.ts";
import { DnsWireError, nameToLabels } from "../dns/dns-wire.ts";
import { type DohAnswer, DohUnavailableError } from "../dns/doh.ts";

export const WIREGUARD_DEFAULT_PORT = 51820;

// ---------------------------------------------------------------------------------------------
// Input

export interface ServerInput {
  /** Host name (lower case, ASCII/xn--, no trailing dot) or an address literal (no brackets). */
  host: string;
  kind: "name" | "ipv4" | "ipv6";
  port: number | null;
  /** A WireGuard Endpoint line (or a whole [Peer] section) was pasted. */
  wireguard: boolean;
  /** The AllowedIPs entries of a pasted [Peer] section, or null when there was none. */
  allowedIPs: string[] | null;
}

export class ServerInputError extends Error {
  override name = "ServerInputError";
}

function parsePort(text: string, original: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) {
    throw new ServerInputError(`"${original}" has a port that is not a number from 1 to 65535.`);
  }
  return Number(text);
}

/** Lower-case ASCII (xn--) form of a host name, validated; throws ServerInputError. */
function normalizeName(name: string, original: string): string {
  let host = name.trim().replace(/\.$/, "").toLowerCase();
  if (/[^\x21-\x7e]/.test(host)) {
    try {
      host = new URL(`http://${host}/`).hostname; // IDN → xn-- (what DNS carries)
    } catch {
      throw new ServerInputError(`"${original}" is not a valid host name.`);
    }
  }
  if (!/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/.test(host)) {
    throw new ServerInputError(
      `"${original}" is not a host name: use letters, digits, hyphens and dots, like vpn.example.com.`,
    );
  }
  if (!host.includes(".")) {
    throw new ServerInputError(`"${original}" needs a domain, like ${host}.example.com.`);
  }
  try {
    nameToLabels(host);
  } catch (error) {
    if (error instanceof DnsWireError) throw new ServerInputError(error.message);
    throw error;
  }
  return host;
}

/** host, [v6]:port, v4:port, name:port or a bare IPv6 address. */
function parseHostPort(text: string): {
  host: string;
  kind: ServerInput["kind"];
  port: number | null;
} {
  const bracketed = /^\[([^\]]+)\](?::(\S*))?$/.exec(text);
  if (bracketed) {
    const v6 = tryParseIPv6(bracketed[1] ?? "");
    if (!v6) throw new ServerInputError(`"${bracketed[1]}" in brackets is not an IPv6 address.`);
    const port = bracketed[2] === undefined ? null : parsePort(bracketed[2], text);
    return { host: v6, kind: "ipv6", port };
  }
  const colons = text.split(":").length - 1;
  if (colons >= 2) {
    const v6 = tryParseIPv6(text);
    if (!v6) throw new ServerInputError(`"${text}" is not an IPv6 address.`);
    return { host: v6, kind: "ipv6", port: null };
  }
  const [hostPart = "", portPart] = text.split(":");
  const port = portPart === undefined ? null : parsePort(portPart, text);
  if (/^[\d.]+$/.test(hostPart)) {
    if (!isIPv4(hostPart)) throw new ServerInputError(`"${hostPart}" is not an IPv4 address.`);
    return { host: parseIPv4(hostPart), kind: "ipv4", port };
  }
  return { host: normalizeName(hostPart, text), kind: "name", port };
}

/**
 * Reads what a person typed: a name, name:port, an address, a URL, a WireGuard `Endpoint = …`
 * line or a whole WireGuard config. Throws ServerInputError with a sentence to show them.
 */
export function parseServerInput(text: string): ServerInput {
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new ServerInputError("Type your server's name, like vpn.example.com.");
  }
  const lines = trimmed.split(/\r?\n/);
  const endpointLine = lines.map((l) => /^\s*Endpoint\s*=\s*(.*)$/i.exec(l)).find((m) => m);
  const allowedLine = lines.map((l) => /^\s*AllowedIPs\s*=\s*(.*)$/i.exec(l)).find((m) => m);
  const allowedIPs = allowedLine
    ? (allowedLine[1] ?? "")
        .replace(/#.*$/, "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

  let target: string;
  let wireguard = false;
  if (endpointLine) {
    target = (endpointLine[1] ?? "").replace(/#.*$/, "").trim();
    wireguard = true;
    if (target === "") throw new ServerInputError("The Endpoint line has nothing after the '='.");
  } else if (lines.length > 1) {
    throw new ServerInputError(
      "Paste one name, or a WireGuard configuration with an Endpoint = line.",
    );
  } else {
    target = trimmed;
  }

  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new ServerInputError(`"${target}" is not a valid URL.`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const parsed = parseHostPort(url.hostname.startsWith("[") ? `[${host}]` : host);
    return { ...parsed, port: url.port ? Number(url.port) : null, wireguard, allowedIPs };
  }
  if (/\s/.test(target)) {
    throw new ServerInputError(`"${target}" has spaces in it; type just the server's name.`);
  }
  return { ...parseHostPort(target), wireguard, allowedIPs };
}

// ---------------------------------------------------------------------------------------------
// Lookups (done by the caller)

export type Lookup =
  | {
      ok: true;
      /** "NOERROR" or "NXDOMAIN". */
      rcode: string;
      /** Addresses (A/AAAA); empty for HTTPS, whose data is in `hints`. */
      values: string[];
      /** HTTPS records: their ipv4hint / ipv6hint. */
      hints?: { ipv4: string[]; ipv6: string[] };
      chain: string[];
      resolver: string;
      ms: number;
    }
  | {
      ok: false;
      /** The resolvers could not be reached at all (DoH blocked), rather than misbehaving. */
      blocked: boolean;
      error: string;
    };

export interface ServerLookups {
  a?: Lookup;
  aaaa?: Lookup;
  https?: Lookup;
  /** AAAA from a DNS64 resolver (Google Public DNS64), for the cross-check. */
  dns64?: Lookup;
}

/** A DoH answer as a Lookup. */
export function lookupFromAnswer(answer: DohAnswer): Lookup {
  const values: string[] = [];
  const hints = { ipv4: [] as string[], ipv6: [] as string[] };
  for (const r of answer.records) {
    if (r.type === "A" || r.type === "AAAA") values.push(r.data);
    if (r.type === "HTTPS") {
      hints.ipv4.push(...r.data.ipv4hint);
      hints.ipv6.push(...r.data.ipv6hint);
    }
  }
  return {
    ok: true,
    rcode: answer.rcode,
    values,
    ...(answer.type === "HTTPS" ? { hints } : {}),
    chain: answer.chain,
    resolver: answer.resolver.name,
    ms: answer.ms,
  };
}

/** A failed lookup (DohUnavailableError, or anything else) as a Lookup. */
export function lookupFromError(error: unknown): Lookup {
  if (error instanceof DohUnavailableError) {
    return { ok: false, blocked: error.blocked, error: error.message };
  }
  return {
    ok: false,
    blocked: false,
    error: error instanceof Error ? error.message : String(error),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

export type Tone = "ok" | "warn" | "bad";

export interface Finding {
  tone: Tone;
  /** One plain sentence. */
  text: string;
}

export type ServerOutcome =
  | "ipv6" // has AAAA (or is an IPv6 literal): IPv6-only visitors reach it directly
  | "ipv4-only" // A only (or an IPv4 literal): IPv6-only visitors need NAT64
  | "no-address" // the name exists but has neither A nor AAAA
  | "nxdomain"
  | "doh-blocked"
  | "lookup-failed";

export interface Dns64Check {
  status:
    | "match" // the DNS64 resolver synthesized exactly the well-known-prefix addresses
    | "differs" // it answered something else
    | "none" // it returned no AAAA
    | "unavailable" // it could not be asked
    | "not-asked"; // no DNS64 resolver configured
  addresses: string[];
  resolver?: string;
  error?: string;
}

export interface Synthesis {
  /** The server IPv4 address the synthesis embeds (the first A record). */
  ipv4: string;
  /** The prefix used: the one the self-test proved, else the well-known prefix. */
  prefix: string;
  proven: boolean;
  /** The synthesized address with `prefix`. */
  address: string;
  /** The synthesized address with 64:ff9b::/96 (what Google Public DNS64 returns). */
  wellKnown: string;
  dns64: Dns64Check;
}

export interface ClientAddressCheck {
  input: string;
  status: "matches" | "server-ipv6" | "server-ipv4" | "other" | "invalid";
  text: string;
  tone: Tone;
}

export interface WireGuardAdvice {
  /** Plain-words consequences, one sentence each. */
  consequences: string[];
  /** The [Peer] lines to use, ready to copy. */
  snippet: string;
  /** One short paragraph: why. */
  why: string;
  /** Publish an AAAA record (only when the server has none). */
  publishAaaa: string | null;
}

export interface ServerReport {
  input: ServerInput;
  outcome: ServerOutcome;
  headline: Finding;
  findings: Finding[];
  ipv4: string[];
  ipv6: string[];
  hints: { ipv4: string[]; ipv6: string[] };
  /** CNAME chain from the typed name to the addresses (length 1: no CNAME). */
  chain: string[];
  /** The resolver(s) that answered. */
  resolvers: string[];
  synthesis: Synthesis | null;
  wireguard: WireGuardAdvice | null;
  client: ClientAddressCheck | null;
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function checkDns64(lookup: Lookup | undefined, expected: string[]): Dns64Check {
  if (!lookup) return { status: "not-asked", addresses: [] };
  if (!lookup.ok) return { status: "unavailable", addresses: [], error: lookup.error };
  const got = uniq(lookup.values.map((v) => tryParseIPv6(v) ?? v));
  const want = uniq(expected);
  let status: Dns64Check["status"] = "differs";
  if (got.length === 0) status = "none";
  else if (got.length === want.length && got.every((g) => want.includes(g))) status = "match";
  return { status, addresses: got, resolver: lookup.resolver };
}

/** Prefixes an address pasted from a client could be under, most specific evidence first. */
function candidatePrefixes(proven: string | null): string[] {
  return uniq([
    ...(proven ? [proven] : []),
    WKP,
    LOCAL_USE_PREFIX,
    ...KNOWN_NAT64_PREFIXES.map((k) => k.prefix),
  ]);
}

/** Whether the address a person's VPN client showed embeds this server's IPv4. */
export function checkClientAddress(
  text: string,
  server: { host: string; ipv4: string[]; ipv6: string[] },
  provenPrefix: string | null,
): ClientAddressCheck {
  const input = text.trim();
  const bare = input
    .replace(/^\[([^\]]+)\](?::\d+)?$/, "$1")
    .replace(/%.*$/, "")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  if (isIPv4(bare)) {
    const v4 = parseIPv4(bare);
    return server.ipv4.includes(v4)
      ? {
          input,
          status: "server-ipv4",
          tone: "ok",
          text: `${v4} is ${server.host}'s own IPv4 address: your client connects over IPv4 (native, or through a CLAT on your device).`,
        }
      : {
          input,
          status: "other",
          tone: "bad",
          text: `${v4} is not an address of ${server.host} (${server.ipv4.join(", ") || "it has no IPv4 address"}). Your client may be using an old address.`,
        };
  }
  const v6 = tryParseIPv6(bare);
  if (!v6) {
    return {
      input,
      status: "invalid",
      tone: "bad",
      text: `"${input}" is not an IP address. Paste the address your VPN app shows, like 64:ff9b::c633:6407.`,
    };
  }
  if (server.ipv6.includes(v6)) {
    return {
      input,
      status: "server-ipv6",
      tone: "ok",
      text: `${v6} is ${server.host}'s own IPv6 address: your client reaches it directly over IPv6, without NAT64.`,
    };
  }
  const embedded: { prefix: string; ipv4: string }[] = [];
  for (const prefix of candidatePrefixes(provenPrefix)) {
    if (!isInPrefix(v6, prefix)) continue;
    const ipv4 = extractNat64(v6, prefix);
    if (ipv4) embedded.push({ prefix, ipv4 });
  }
  const match = embedded.find((e) => server.ipv4.includes(e.ipv4));
  if (match) {
    return {
      input,
      status: "matches",
      tone: "ok",
      text: `Confirmed: ${v6} is ${server.host}'s IPv4 address ${match.ipv4} inside the NAT64 prefix ${match.prefix}. Your client reaches the server through NAT64.`,
    };
  }
  // A network-specific /96 prefix this page does not know: the IPv4 address is the last 32 bits.
  const nsp = embedded.length === 0 ? networkSpecific96(v6) : null;
  if (nsp && server.ipv4.includes(nsp.ipv4)) {
    return {
      input,
      status: "matches",
      tone: "ok",
      text: `Confirmed: ${v6} ends with ${server.host}'s IPv4 address ${nsp.ipv4}, so your network's NAT64 uses the prefix ${nsp.prefix}. Your client reaches the server through NAT64.`,
    };
  }
  const servers = server.ipv4.join(" or ") || "(it has no IPv4 address)";
  const first = embedded[0];
  return {
    input,
    status: "other",
    tone: "bad",
    text: first
      ? `${v6} carries the IPv4 address ${first.ipv4} (prefix ${first.prefix}), not ${server.host}'s ${servers}. Your client may be using an old or wrong address.`
      : `${v6} is not an address of ${server.host}, and it does not contain its IPv4 address ${servers}.`,
  };
}

/** The /96 prefix and the IPv4 address in the last 32 bits, when RFC 6052 allows a /96 there. */
function networkSpecific96(v6: string): { prefix: string; ipv4: string } | null {
  const [head = "", tail = ""] = v6.split("::");
  const h = head ? head.split(":") : [];
  const t = v6.includes("::") && tail ? tail.split(":") : [];
  const groups = [...h, ...new Array<string>(8 - h.length - t.length).fill("0"), ...t];
  try {
    const prefix = `${parseIPv6(`${groups.slice(0, 6).join(":")}::`)}/96`;
    const ipv4 = extractNat64(v6, prefix);
    return ipv4 ? { prefix, ipv4 } : null;
  } catch {
    return null; // a non-zero u-octet: not an RFC 6052 /96
  }
}

// ---------------------------------------------------------------------------------------------
// WireGuard

function ipv4ToNumber(ipv4: string): number {
  return parseIPv4(ipv4)
    .split(".")
    .reduce((n, octet) => n * 256 + Number(octet), 0);
}

/** Whether an AllowedIPs entry ("a.b.c.d/n" or "a.b.c.d") covers an IPv4 address. */
function coversIPv4(entry: string, ipv4: string): boolean {
  const m = /^(\d+\.\d+\.\d+\.\d+)(?:\/(\d{1,2}))?$/.exec(entry);
  if (!m?.[1] || !isIPv4(m[1])) return false;
  const bits = m[2] === undefined ? 32 : Number(m[2]);
  if (bits > 32) return false;
  if (bits === 0) return true;
  const shift = 2 ** (32 - bits);
  return Math.floor(ipv4ToNumber(m[1]) / shift) === Math.floor(ipv4ToNumber(ipv4) / shift);
}

function isDefaultV6(entry: string): boolean {
  return /^::\/0$/.test(entry.replace(/^0*:0*:/, "::"));
}

/**
 * The AllowedIPs to use: the IPv6 side must cover what the IPv4 side covers, because on an
 * IPv6-only network the server (and every IPv4-only site) is reached at an IPv6 address.
 * Without a pasted line, a full tunnel (0.0.0.0/0, ::/0).
 */
export function fixAllowedIPs(
  existing: readonly string[] | null,
  serverIPv4: readonly string[],
  serverIPv6: readonly string[],
  synthesized: readonly string[],
): { entries: string[]; added: string[] } {
  if (!existing) return { entries: ["0.0.0.0/0", "::/0"], added: ["::/0"] };
  const entries = [...existing];
  const added: string[] = [];
  const add = (entry: string) => {
    if (!entries.some((e) => e.toLowerCase() === entry.toLowerCase())) {
      entries.push(entry);
      added.push(entry);
    }
  };
  const has = (entry: string) => entries.some((e) => e.toLowerCase() === entry);
  // A full tunnel is written either as /0 or as two /1 halves (so that it wins over the
  // default route without replacing it); mirror whichever form the IPv4 side uses.
  const halvesV4 = has("0.0.0.0/1") && has("128.0.0.0/1");
  const hasDefaultV6 = entries.some(isDefaultV6) || (has("::/1") && has("8000::/1"));
  if (has("0.0.0.0/0") || halvesV4) {
    if (!hasDefaultV6) {
      if (halvesV4) {
        add("::/1");
        add("8000::/1");
      } else add("::/0");
    }
  } else if (!hasDefaultV6) {
    const routesServer = entries.some((e) => serverIPv4.some((v4) => coversIPv4(e, v4)));
    if (routesServer) {
      for (const v6 of serverIPv6.length > 0 ? serverIPv6 : synthesized) add(`${v6}/128`);
    }
  }
  return { entries, added };
}

function wireguardAdvice(
  input: ServerInput,
  ipv4: string[],
  ipv6: string[],
  synthesis: Synthesis | null,
): WireGuardAdvice {
  const port = input.port ?? WIREGUARD_DEFAULT_PORT;
  const host = input.kind === "ipv6" ? `[${input.host}]` : input.host;
  const viaNat64 = ipv6.length === 0;
  const consequences: string[] = [];
  let endpoint = `${host}:${port}`;

  if (input.kind === "ipv4" && synthesis?.proven) {
    // Only a prefix proven on this very network makes a synthesized Endpoint work here; it
    // still fails on every other network, hence the advice to use a name.
    endpoint = `[${synthesis.address}]:${port}`;
    consequences.push(
      `Your Endpoint is an IPv4 address. On this IPv6-only network your device cannot send to it unless it translates IPv4 itself (464XLAT); ${synthesis.address} reaches the same server through your network's NAT64, but only on networks that use the prefix ${synthesis.prefix}. Better: give the server a name with A and AAAA records and use that everywhere.`,
    );
  } else if (input.kind === "ipv4") {
    consequences.push(
      "Your Endpoint is an IPv4 address. On an IPv6-only network your device can reach it only if it translates IPv4 itself (464XLAT). Give the server a name with A and AAAA records and use that as the Endpoint: it works on every kind of network.",
    );
  } else if (input.kind === "ipv6") {
    consequences.push(
      "Your Endpoint is an IPv6 address: IPv6-only networks reach it directly, but IPv4-only networks (many hotels and older home routers) cannot reach it at all. A name with both A and AAAA records works on both.",
    );
  } else if (viaNat64 && synthesis) {
    consequences.push(
      `On an IPv6-only network, ${input.host} is reached at ${synthesis.address} through the carrier's NAT64: the tunnel works, but every packet passes the translator.`,
      "NAT64 translators forget idle UDP mappings after a minute or two; PersistentKeepalive = 25 keeps the tunnel from going silent.",
      "WireGuard looks the name up when the tunnel starts. After moving from Wi-Fi to an IPv6-only mobile network, turn the tunnel off and on so it picks up the new address.",
    );
  } else {
    consequences.push(
      `${input.host} has an IPv6 address (${ipv6.join(", ")}), so IPv6-only networks connect to it directly. Make sure WireGuard on the server listens on IPv6 and its firewall allows UDP port ${port} over IPv6.`,
    );
  }

  const allowed = fixAllowedIPs(input.allowedIPs, ipv4, ipv6, synthesis ? [synthesis.address] : []);
  if (input.allowedIPs && allowed.added.length === 0) {
    consequences.push("Your AllowedIPs already cover IPv6 the way they cover IPv4; keep them.");
  } else if (allowed.added.length > 0) {
    consequences.push(
      input.allowedIPs
        ? `Your AllowedIPs route IPv4 through the tunnel but not the matching IPv6 (${allowed.added.join(", ")}): on an IPv6-only network that traffic would go around the VPN.`
        : "AllowedIPs must include ::/0: on an IPv6-only network even IPv4-only sites are reached at IPv6 addresses, which would otherwise go around the VPN. Routing only some networks through the tunnel? Paste your whole [Peer] section above for a line that fits it.",
    );
  }

  const lines = ["[Peer]", `Endpoint = ${endpoint}`, `AllowedIPs = ${allowed.entries.join(", ")}`];
  if (viaNat64) lines.push("PersistentKeepalive = 25");

  const v4 = synthesis?.ipv4 ?? ipv4[0] ?? "its IPv4 address";
  const why = viaNat64
    ? `An IPv6-only network has no IPv4 route. Its DNS64 answers ${input.kind === "name" ? input.host : "for the server"} with ${synthesis?.address ?? "an IPv6 address"} — the server's IPv4 address ${v4} inside the NAT64 prefix ${synthesis?.prefix ?? WKP} — and the carrier's NAT64 turns those packets into IPv4. The tunnel then depends on that translator keeping its UDP mapping, and only traffic routed as IPv6 enters it. An AAAA record takes the translator out of the path.`
    : `${input.kind === "name" ? input.host : "The server"} has IPv6, so an IPv6-only network reaches it without any translator. What still matters is AllowedIPs: on an IPv6-only network sites that only have IPv4 are reached at synthesized IPv6 addresses, so the tunnel has to carry IPv6 too.`;

  return {
    consequences,
    snippet: lines.join("\n"),
    why,
    publishAaaa:
      viaNat64 && input.kind === "name"
        ? `Publish an AAAA record for ${input.host} with the server's IPv6 address (and let WireGuard listen on IPv6), so IPv6-only visitors connect directly instead of through their carrier's NAT64.`
        : null,
  };
}

// ---------------------------------------------------------------------------------------------
// The check

export interface CheckOptions {
  /** verdict.nat64.prefix of this visitor's self-test: a proven Pref64::/n, or null. */
  provenPrefix: string | null;
  /** The address the person's own VPN client showed, if they pasted it. */
  clientAddress?: string;
}

function failureText(lookup: Lookup | undefined): string | null {
  return lookup && !lookup.ok ? lookup.error : null;
}

/** The IPv4 address inside a NAT64 address (proven, well-known, local-use or a known prefix). */
function embeddedInNat64(v6: string, provenPrefix: string | null) {
  for (const prefix of candidatePrefixes(provenPrefix)) {
    if (!isInPrefix(v6, prefix)) continue;
    const ipv4 = extractNat64(v6, prefix);
    if (ipv4) return { prefix, ipv4 };
  }
  return null;
}

export function checkServer(
  typed: ServerInput,
  lookups: ServerLookups,
  options: CheckOptions,
): ServerReport {
  const findings: Finding[] = [];
  // A NAT64 address typed as the server (often copied from a phone's VPN app) is not the
  // server's IPv6: it is its IPv4 address written inside a NAT64 prefix, and works only on
  // networks whose translator uses that prefix. Check the IPv4 server it stands for.
  const nat64 = typed.kind === "ipv6" ? embeddedInNat64(typed.host, options.provenPrefix) : null;
  const input: ServerInput = nat64 ? { ...typed, kind: "ipv4", host: nat64.ipv4 } : typed;
  if (nat64) {
    findings.push({
      tone: "warn",
      text: `${typed.host} is not an IPv6 address of your server: it is the IPv4 address ${nat64.ipv4} written inside the NAT64 prefix ${nat64.prefix}. It only works on networks whose NAT64 uses that prefix, and fails on IPv4-only and dual-stack networks (home Wi-Fi, most hotels) and on IPv6-only networks with another prefix. Use the server's name, or its real IPv6 address, instead.`,
    });
  }
  const report: ServerReport = {
    input,
    outcome: "lookup-failed",
    headline: { tone: "bad", text: "" },
    findings,
    ipv4: [],
    ipv6: [],
    hints: { ipv4: [], ipv6: [] },
    chain: [input.host],
    resolvers: [],
    synthesis: null,
    wireguard: null,
    client: null,
  };
  const who = input.host;

  if (input.kind === "ipv4") {
    report.ipv4 = [input.host];
  } else if (input.kind === "ipv6") {
    report.ipv6 = [input.host];
  } else {
    const { a, aaaa } = lookups;
    if (!a?.ok || !aaaa?.ok) {
      const nx = (a?.ok && a.rcode === "NXDOMAIN") || (aaaa?.ok && aaaa.rcode === "NXDOMAIN");
      const failures = [failureText(a), failureText(aaaa)].filter((t): t is string => !!t);
      if (nx) {
        report.outcome = "nxdomain";
      } else if (a && aaaa && !a.ok && !aaaa.ok && a.blocked && aaaa.blocked) {
        report.outcome = "doh-blocked";
        report.headline = {
          tone: "warn",
          text: "Your network blocks DNS over HTTPS (or this device is offline), so this page cannot look the name up. This says nothing about your server; try again on another network.",
        };
        findings.push({ tone: "warn", text: uniq(failures).join(" ") });
        return report;
      } else {
        report.outcome = "lookup-failed";
        report.headline = {
          tone: "bad",
          text: `${who} could not be looked up: the DNS servers did not give a usable answer.`,
        };
        findings.push({ tone: "bad", text: uniq(failures).join(" ") });
        return report;
      }
    }
    if (report.outcome !== "nxdomain" && a?.ok && aaaa?.ok) {
      report.ipv4 = uniq(a.values);
      report.ipv6 = uniq(aaaa.values.map((v) => tryParseIPv6(v) ?? v));
      report.chain = a.chain.length >= aaaa.chain.length ? a.chain : aaaa.chain;
      report.resolvers = uniq([a.resolver, aaaa.resolver]);
      if (a.rcode === "NXDOMAIN" || aaaa.rcode === "NXDOMAIN") report.outcome = "nxdomain";
    }
    if (report.outcome === "nxdomain") {
      report.headline = {
        tone: "bad",
        text: `${who} does not exist in DNS (NXDOMAIN). Check the spelling, or whether the record has been published yet.`,
      };
      return report;
    }
    const https = lookups.https;
    if (https?.ok && https.hints) report.hints = https.hints;
  }

  const { ipv4, ipv6 } = report;
  if (ipv6.length > 0) {
    report.outcome = "ipv6";
    report.headline = {
      tone: "ok",
      text:
        input.kind === "name"
          ? `${who} has an IPv6 address, so people on IPv6-only networks reach it directly, without NAT64.`
          : `${who} is an IPv6 address: people on IPv6-only networks reach it directly.`,
    };
    if (ipv4.length === 0) {
      findings.push({
        tone: "warn",
        text:
          input.kind === "name"
            ? `${who} has no IPv4 address (no A record): people on IPv4-only networks cannot reach it.`
            : "People on IPv4-only networks cannot reach an IPv6 address.",
      });
    } else {
      findings.push({
        tone: "ok",
        text: `It has IPv4 too, so IPv4-only networks reach it as well.`,
      });
    }
  } else if (ipv4.length > 0) {
    report.outcome = "ipv4-only";
    report.headline = {
      tone: "warn",
      text:
        input.kind === "name"
          ? `${who} has no IPv6 address (no AAAA record). People on IPv6-only networks reach it only through their carrier's NAT64, and not at all where there is none.`
          : `${who} is an IPv4 address. People on IPv6-only networks reach it only through NAT64, and only if their device translates IPv4 addresses itself (464XLAT).`,
    };
  } else {
    report.outcome = "no-address";
    report.headline = {
      tone: "bad",
      text: `${who} exists, but has no address at all (neither an A nor an AAAA record).`,
    };
    return report;
  }

  const { hints } = report;
  if (hints.ipv6.length > 0 && ipv6.length === 0) {
    findings.push({
      tone: "warn",
      text: `Its HTTPS record lists an IPv6 hint (${hints.ipv6.join(", ")}), but there is no AAAA record. Only browsers read HTTPS records; VPN clients and most apps still see no IPv6.`,
    });
  }
  const strayHints = [
    ...hints.ipv4.filter((h) => !ipv4.includes(h)),
    ...hints.ipv6.filter((h) => ipv6.length > 0 && !ipv6.includes(h)),
  ];
  if (strayHints.length > 0) {
    findings.push({
      tone: "warn",
      text: `Its HTTPS record hints at ${strayHints.join(", ")}, which is not among its A/AAAA addresses; browsers that use the hints may connect somewhere else.`,
    });
  }

  if (report.outcome === "ipv4-only") {
    const first = ipv4[0] as string;
    const proven = options.provenPrefix;
    const prefix = proven ?? WKP;
    const synthesis: Synthesis = {
      ipv4: first,
      prefix,
      proven: proven !== null,
      address: synthesizeNat64(first, prefix),
      wellKnown: synthesizeNat64(first, WKP),
      dns64: checkDns64(
        lookups.dns64,
        ipv4.map((v4) => synthesizeNat64(v4, WKP)),
      ),
    };
    report.synthesis = synthesis;
    findings.push(
      synthesis.proven
        ? {
            tone: "ok",
            text: `On your network it is reached at ${synthesis.address}: your network's NAT64 prefix ${prefix} (found by the self-test above) with ${first} inside.`,
          }
        : {
            tone: "ok",
            text: `On an IPv6-only network that uses the well-known NAT64 prefix ${WKP}, it is reached at ${synthesis.address} (${first} inside). Networks with their own prefix use a different address.`,
          },
    );
    if (synthesis.proven && synthesis.address !== synthesis.wellKnown) {
      findings.push({
        tone: "ok",
        text: `Networks that use the well-known prefix ${WKP} (like Google Public DNS64) reach it at ${synthesis.wellKnown}.`,
      });
    }
    const d = synthesis.dns64;
    const name = d.resolver ?? "The DNS64 resolver";
    if (d.status === "match") {
      findings.push({
        tone: "ok",
        text: `${name} returns the same: ${d.addresses.join(", ")}.`,
      });
    } else if (d.status === "differs") {
      findings.push({
        tone: "warn",
        text: `${name} returns ${d.addresses.join(", ")}, not ${ipv4.map((v4) => synthesizeNat64(v4, WKP)).join(", ")}. The name may have changed between lookups, or answer differently by location.`,
      });
    } else if (d.status === "none") {
      findings.push({
        tone: "warn",
        text: `${name} gives no IPv6 address for it, so IPv6-only networks that use it cannot reach it.`,
      });
    } else if (d.status === "unavailable") {
      findings.push({
        tone: "warn",
        text: `The cross-check with a DNS64 resolver did not work (${d.error}).`,
      });
    }
    if (prefix === WKP) {
      const reason = ipv4NonGlobalReason(first);
      if (reason) {
        findings.push({
          tone: "warn",
          text: `${first} is not a public IPv4 address (${reason}); NAT64 translators using the well-known prefix do not translate to it (RFC 6052 §3.1).`,
        });
      }
    }
  }

  if (input.wireguard || input.port !== null) {
    report.wireguard = wireguardAdvice(input, ipv4, ipv6, report.synthesis);
  }
  const client = options.clientAddress?.trim();
  if (client) {
    report.client = checkClientAddress(client, { host: who, ipv4, ipv6 }, options.provenPrefix);
  }
  return report;
}
