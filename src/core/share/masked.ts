// A hidden address, as a fact: what redact.ts leaves of an address when the visitor shares a
// result with "hide addresses", in a form the reader's page words in its own language
// (src/ui/words/address.ts). It stands in the Result's address fields and in share links, so it
// is a short tagged text with one exact grammar (parse or refuse):
//
//   m4:<range>:<a.b.c.0/24>              an IPv4 address: its IANA block ("public" when it is
//                                        global) and its /24, e.g. m4:private-use:10.20.30.0/24
//   m6:<scope>[:<via>[=<a.b.c.0/24>]]…   an IPv6 address: its scope and each IPv4 address it
//                                        embeds, how, and that address's /24,
//                                        e.g. m6:global:6to4=198.51.100.0/24
//   m:removed                            an address the sender removed
//
// None of these can be an address (no IPv6 address has an "m"). The vocabularies come from the
// address core's types (src/core/addr/address.ts), so a new block or scope there fails the
// typecheck here until it has its name. Links made before this form held English words for the
// same facts ("[public IPv4 in 203.0.113.0/24]"); legacyMasked() reads those.

import {
  ADDRESS_SCOPES,
  type AddressScope,
  NON_GLOBAL_IPV4_RANGES,
  type NonGlobalIPv4Range,
} from "../addr/address.ts";
import { isIPv4Text } from "../addr/ip-text.ts";

/** The block an IPv4 address is in: a non-global block of the IANA registry, or "public". */
export type MaskedRange = NonGlobalIPv4Range | "public";

/**
 * How an IPv6 address embeds an IPv4 address (the address core's kinds, its four NAT64 kinds as
 * one). Listed in the order describeAddress finds them, which is the order they are written in.
 */
export type MaskedVia =
  | "ipv4-mapped"
  | "siit"
  | "ipv4-compatible"
  | "nat64"
  | "6to4"
  | "teredo"
  | "isatap";

export interface MaskedEmbedding {
  via: MaskedVia;
  /** The /24 of the embedded IPv4 address, "a.b.c.0/24"; null where its position is unknown. */
  network: string | null;
}

export type MaskedAddress =
  | { kind: "ipv4"; range: MaskedRange; network: string }
  | { kind: "ipv6"; scope: AddressScope; embedded: MaskedEmbedding[] }
  | { kind: "removed" };

const RANGES: ReadonlySet<string> = new Set<MaskedRange>(["public", ...NON_GLOBAL_IPV4_RANGES]);

/** Every block, scope and way of embedding a masked address can name. */
export const MASKED_RANGES = [...RANGES] as readonly MaskedRange[];
export const MASKED_SCOPES: readonly AddressScope[] = ADDRESS_SCOPES;

/** In the order they are written; the first three exclude each other. */
export const MASKED_VIAS: readonly MaskedVia[] = [
  "ipv4-mapped",
  "siit",
  "ipv4-compatible",
  "nat64",
  "6to4",
  "teredo",
  "isatap",
];

export const MASKED_REMOVED = "m:removed";

/** "192.0.2.0/24" for "192.0.2.45". */
export function slash24(ipv4: string): string {
  return `${ipv4.split(".").slice(0, 3).join(".")}.0/24`;
}

/** Whether the text is exactly "a.b.c.0/24" (decimal, no leading zeros). */
function isNetwork(text: string): boolean {
  return text.endsWith(".0/24") && isIPv4Text(text.slice(0, -3));
}

export function formatMasked(masked: MaskedAddress): string {
  switch (masked.kind) {
    case "removed":
      return MASKED_REMOVED;
    case "ipv4":
      return `m4:${masked.range}:${masked.network}`;
    case "ipv6":
      return [
        `m6:${masked.scope}`,
        ...masked.embedded.map((e) => (e.network ? `${e.via}=${e.network}` : e.via)),
      ].join(":");
  }
}

function parseIPv6(parts: string[]): MaskedAddress | null {
  const [scope, ...rest] = parts;
  if (scope === undefined || !(ADDRESS_SCOPES as readonly string[]).includes(scope)) return null;
  const embedded: MaskedEmbedding[] = [];
  let last = -1;
  for (const part of rest) {
    const [via, network, extra] = part.split("=");
    const at = MASKED_VIAS.indexOf(via as MaskedVia);
    // Each way at most once, in the written order; one of the first three at most.
    if (at <= last || (at < 3 && last >= 0) || extra !== undefined) return null;
    last = at;
    // Every way but NAT64 (a local-use prefix of unknown length) says where its IPv4 is.
    if (network === undefined ? via !== "nat64" : !isNetwork(network)) return null;
    embedded.push({ via: via as MaskedVia, network: network ?? null });
  }
  return { kind: "ipv6", scope: scope as AddressScope, embedded };
}

/**
 * The fact a masked text states, or null when the text is not exactly one this grammar writes
 * (an address, a sentence, a near miss such as "m4:public:192.0.2.1/24"). Whether an IPv4's
 * block fits its /24 needs the address registry: isTrueMask in redact.ts checks that.
 */
export function parseMasked(text: string): MaskedAddress | null {
  if (text === MASKED_REMOVED) return { kind: "removed" };
  const [tag, ...parts] = text.split(":");
  if (tag === "m4") {
    const [range, network] = parts;
    if (parts.length !== 2 || range === undefined || network === undefined) return null;
    if (!RANGES.has(range) || !isNetwork(network)) return null;
    return { kind: "ipv4", range: range as MaskedRange, network };
  }
  return tag === "m6" ? parseIPv6(parts) : null;
}

// ---------------------------------------------------------------------------------------------
// Links made before the tagged form (format 1, and format 2 until it) wrote these in English:
//   "[<range or public> IPv4 in a.b.c.0/24]"
//   "[<scope> IPv6]", "[<scope> IPv6, NAT64, IPv4 in a.b.c.0/24, ISATAP, IPv4 in …]"
//   "[address removed]" (in evidence sentences only, never in a field of a genuine link)
// Read as the same facts; the tagged text is then checked as any other.

const LEGACY_VIAS: Readonly<Record<string, MaskedVia>> = {
  "IPv4-mapped": "ipv4-mapped",
  SIIT: "siit",
  "IPv4-compatible": "ipv4-compatible",
  NAT64: "nat64",
  "6to4": "6to4",
  Teredo: "teredo",
  ISATAP: "isatap",
};

const LEGACY_IPV4 = /^\[([a-z0-9-]+) IPv4 in (\d{1,3}\.\d{1,3}\.\d{1,3}\.0\/24)\]$/;
const LEGACY_IPV6 = /^\[([a-z-]+) IPv6((?:, [^,\]]+)*)\]$/;
const LEGACY_NETWORK = /^IPv4 in (\d{1,3}\.\d{1,3}\.\d{1,3}\.0\/24)$/;

/** The tagged text for an older link's English masked address, or null when it is not one. */
export function legacyMasked(text: string): string | null {
  if (text === "[address removed]") return MASKED_REMOVED;
  const v4 = LEGACY_IPV4.exec(text);
  if (v4) return `m4:${v4[1]}:${v4[2]}`;
  const v6 = LEGACY_IPV6.exec(text);
  if (!v6) return null;
  const out = [`m6:${v6[1]}`];
  const parts = (v6[2] ?? "").split(", ").slice(1);
  for (let i = 0; i < parts.length; i++) {
    const via = Object.hasOwn(LEGACY_VIAS, parts[i] ?? "") ? LEGACY_VIAS[parts[i] ?? ""] : null;
    if (!via) return null;
    const network = LEGACY_NETWORK.exec(parts[i + 1] ?? "")?.[1];
    if (network) i++;
    out.push(network ? `${via}=${network}` : via);
  }
  return out.join(":");
}
