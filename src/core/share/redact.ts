// Hiding the visitor's addresses before a result is shared. "masked" replaces each address with
// its kind and, where it carries one, the /24 of its IPv4 address ("[public IPv4 in
// 203.0.113.0/24]"): enough for a support desk to see the network type and the provider, not
// enough to single out a customer. "removed" drops them. A Result holds no sentences, so the
// addresses are exactly its address fields: probes, verdict, STUN, and the address parameters
// of the NAT64 evidence. Server addresses (probe URLs, NAT64 prefixes) stay.

import { describeAddress, ipv4NonGlobalReason, parseIPv4, parseIPv6 } from "../addr/address.ts";
import {
  EVIDENCE_ADDRESS_FIELDS,
  type Nat64Evidence,
  type ProbeOutcome,
  type Result,
  type StunObservation,
} from "../result.ts";
import type { Redaction } from "./share-link.ts";

export type { Redaction };

/** The mode a new share starts with; the panel says so on screen. */
export const DEFAULT_REDACTION: Redaction = "masked";

export const REMOVED_TEXT = "[address removed]";

/** Canonical text of an IPv4 or IPv6 address, or null when the text is not one. */
function canonical(text: string): string | null {
  try {
    return text.includes(":") ? parseIPv6(text) : parseIPv4(text);
  } catch {
    return null;
  }
}

function slash24(ipv4: string): string {
  return `${ipv4.split(".").slice(0, 3).join(".")}.0/24`;
}

function label(reason: string): string {
  return reason.replace(/\s*\(.*$/, "");
}

const EMBEDDED_NAMES: Record<string, string> = {
  "ipv4-mapped": "IPv4-mapped",
  "ipv4-compatible": "IPv4-compatible",
  "siit-ipv4-translated": "SIIT",
  "6to4": "6to4",
  "nat64-wkp": "NAT64",
  "nat64-local-use": "NAT64",
  "nat64-known": "NAT64",
  "nat64-nsp": "NAT64",
  teredo: "Teredo",
  isatap: "ISATAP",
};

/**
 * The masked form of one address: its kind and its (embedded) IPv4 /24. Text that is not an
 * address (for example one masked already) comes back unchanged.
 */
export function maskAddress(text: string): string {
  const address = canonical(text.trim());
  if (address === null) return text;
  if (!address.includes(":")) {
    const reason = ipv4NonGlobalReason(address);
    return `[${reason ? label(reason) : "public"} IPv4 in ${slash24(address)}]`;
  }
  const info = describeAddress(address);
  const parts = [`${info.scope} IPv6`];
  for (const embedded of info.embedded) {
    const name = EMBEDDED_NAMES[embedded.kind] ?? embedded.kind;
    parts.push(embedded.ipv4 ? `${name}, IPv4 in ${slash24(embedded.ipv4)}` : name);
  }
  return `[${parts.join(", ")}]`;
}

const SCOPES = new Set([
  "unspecified",
  "loopback",
  "link-local",
  "site-local",
  "unique-local",
  "multicast",
  "documentation",
  "special",
  "global",
  "reserved",
]);

/**
 * Whether a text is exactly what maskAddress writes for some IPv6 address: "[<scope> IPv6", then
 * any embedded kinds, each optionally with its IPv4 /24, then "]". A shared link is read by people
 * we do not know, so a "masked address" in it must be checked word for word, not taken as any
 * bracketed text (which could carry a sentence of the sender's choosing).
 */
export function isMaskedIPv6(text: string): boolean {
  if (!text.startsWith("[") || !text.endsWith("]")) return false;
  const parts = text.slice(1, -1).split(", ");
  const head = /^([a-z-]+) IPv6$/.exec(parts[0] ?? "");
  if (!head?.[1] || !SCOPES.has(head[1])) return false;
  const names = new Set(Object.values(EMBEDDED_NAMES));
  for (let i = 1; i < parts.length; i++) {
    if (!names.has(parts[i] ?? "")) return false;
    const next = /^IPv4 in (\d{1,3}\.\d{1,3}\.\d{1,3})\.0\/24$/.exec(parts[i + 1] ?? "");
    if (next?.[1]) {
      if (canonical(`${next[1]}.0`) !== `${next[1]}.0`) return false;
      i++;
    }
  }
  return true;
}

/** The visitor's own addresses in a result: what the echo and STUN servers saw. */
export function visitorAddresses(result: Result): string[] {
  const found = new Set<string>();
  const add = (text: string | null | undefined) => {
    if (text) found.add(text);
  };
  for (const probe of result.probes) add(probe.ip);
  add(result.verdict.ipv4);
  add(result.verdict.ipv6);
  for (const obs of [result.webrtc?.name, result.webrtc?.literal]) {
    for (const srflx of obs?.srflx ?? []) add(srflx);
  }
  return [...found];
}

/** A copy of the result with the visitor's addresses masked or removed; "none" returns it as is. */
export function redactResult(result: Result, mode: Redaction): Result {
  if (mode === "none") return result;
  /** What an address field holds after redaction (null: removed). */
  const field = (text: string | null): string | null => {
    if (text === null || mode === "removed") return null;
    const key = canonical(text);
    return key === null ? text : maskAddress(key);
  };
  const probe = (p: ProbeOutcome): ProbeOutcome => ({ ...p, ip: field(p.ip) });
  const stun = (obs: StunObservation): StunObservation => ({
    ...obs,
    srflx: mode === "removed" ? [] : obs.srflx.map((a) => field(a) ?? a),
  });
  // An evidence line keeps its place and says where the address was.
  const evidence = (line: Nat64Evidence): Nat64Evidence => {
    const out: Record<string, unknown> = { ...line };
    for (const name of EVIDENCE_ADDRESS_FIELDS) {
      const value = out[name];
      if (typeof value === "string") out[name] = field(value) ?? REMOVED_TEXT;
    }
    return out as Nat64Evidence;
  };
  const out: Result = {
    ...result,
    probes: result.probes.map(probe),
    verdict: {
      ...result.verdict,
      ipv4: field(result.verdict.ipv4),
      ipv6: field(result.verdict.ipv6),
      nat64: { ...result.verdict.nat64, evidence: result.verdict.nat64.evidence.map(evidence) },
    },
  };
  if (result.webrtc) {
    out.webrtc = {};
    if (result.webrtc.name) out.webrtc.name = stun(result.webrtc.name);
    if (result.webrtc.literal) out.webrtc.literal = stun(result.webrtc.literal);
  }
  return out;
}
