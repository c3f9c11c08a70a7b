// Hiding the visitor's addresses before a result is shared. "masked" replaces each address with
// its kind and, where it carries one, the /24 of its IPv4 address, as a fact the reader's page
// words (masked.ts: "m4:documentation:203.0.113.0/24"): enough for a support desk to see the
// network type and the provider, not enough to single out a customer. "removed" drops them. A
// Result holds no sentences, so the addresses are exactly its address fields: probes, verdict,
// STUN, and the address parameters of the NAT64 evidence. Server addresses (probe URLs, NAT64
// prefixes) stay.

import {
  describeAddress,
  type EmbeddedKind,
  nonGlobalIPv4,
  parseIPv4,
  parseIPv6,
} from "../addr/address.ts";
import {
  EVIDENCE_ADDRESS_FIELDS,
  type Nat64Evidence,
  type ProbeOutcome,
  type Result,
  type StunObservation,
} from "../result.ts";
import {
  formatMasked,
  MASKED_REMOVED,
  type MaskedAddress,
  type MaskedVia,
  slash24,
} from "./masked.ts";
import type { Redaction } from "./share-link.ts";

export type { Redaction };

/** The mode a new share starts with; the panel says so on screen. */
export const DEFAULT_REDACTION: Redaction = "masked";

/** Canonical text of an IPv4 or IPv6 address, or null when the text is not one. */
function canonical(text: string): string | null {
  try {
    return text.includes(":") ? parseIPv6(text) : parseIPv4(text);
  } catch {
    return null;
  }
}

/** The address core's ways of embedding IPv4, as a masked address names them. */
const VIA: Record<EmbeddedKind, MaskedVia> = {
  "ipv4-mapped": "ipv4-mapped",
  "siit-ipv4-translated": "siit",
  "ipv4-compatible": "ipv4-compatible",
  "nat64-wkp": "nat64",
  "nat64-local-use": "nat64",
  "nat64-known": "nat64",
  "nat64-nsp": "nat64",
  "6to4": "6to4",
  teredo: "teredo",
  isatap: "isatap",
};

/** What is left of an address when it is hidden, or null when the text is not an address. */
function maskedFact(text: string): MaskedAddress | null {
  const address = canonical(text.trim());
  if (address === null) return null;
  if (!address.includes(":")) {
    const range = nonGlobalIPv4(address)?.range ?? "public";
    return { kind: "ipv4", range, network: slash24(address) };
  }
  const info = describeAddress(address);
  return {
    kind: "ipv6",
    scope: info.scope,
    embedded: info.embedded.map((e) => ({
      via: VIA[e.kind],
      network: e.ipv4 === null ? null : slash24(e.ipv4),
    })),
  };
}

/**
 * The masked form of one address: its kind and its (embedded) IPv4 /24, as masked.ts writes
 * it. Text that is not an address (for example one masked already) comes back unchanged.
 */
export function maskAddress(text: string): string {
  const fact = maskedFact(text);
  return fact === null ? text : formatMasked(fact);
}

/**
 * Whether a masked address states what maskAddress writes for some address: for IPv4, whether
 * its block is the one its /24 lies in (the registry's blocks are /24 or larger, but for the
 * single broadcast address at the /24's end). A link is built by whoever sends it; this keeps
 * "m4:private-use:8.8.8.0/24" from making the page call a public network private.
 */
export function isTrueMask(masked: MaskedAddress): boolean {
  if (masked.kind !== "ipv4") return true;
  const base = masked.network.slice(0, -"0/24".length);
  return [`${base}0`, `${base}255`].some(
    (address) => (nonGlobalIPv4(address)?.range ?? "public") === masked.range,
  );
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
      if (typeof value === "string") out[name] = field(value) ?? MASKED_REMOVED;
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
