// Reading a server's IPv4 address back out of a NAT64 address someone pasted (often copied from
// a phone's VPN app): under which prefixes it could have been synthesized, and what it carries.

import {
  extractNat64,
  isInPrefix,
  KNOWN_NAT64_PREFIXES,
  LOCAL_USE_PREFIX,
  parseIPv6,
  WKP,
} from "../addr/address.ts";

export interface EmbeddedServerIPv4 {
  prefix: string;
  ipv4: string;
}

/** Prefixes an address pasted from a client could be under, most specific evidence first. */
function candidatePrefixes(proven: string | null): string[] {
  return [
    ...new Set([
      ...(proven ? [proven] : []),
      WKP,
      LOCAL_USE_PREFIX,
      ...KNOWN_NAT64_PREFIXES.map((k) => k.prefix),
    ]),
  ];
}

/**
 * Every reading of `v6` as an IPv4 address inside a NAT64 prefix this page knows of: the one this
 * visitor's self-test proved, the well-known and local-use prefixes, and operators' published
 * ones. Most specific evidence first; empty when it is under none of them.
 */
export function embeddedIPv4s(v6: string, provenPrefix: string | null): EmbeddedServerIPv4[] {
  const found: EmbeddedServerIPv4[] = [];
  for (const prefix of candidatePrefixes(provenPrefix)) {
    if (!isInPrefix(v6, prefix)) continue;
    const ipv4 = extractNat64(v6, prefix);
    if (ipv4) found.push({ prefix, ipv4 });
  }
  return found;
}

/**
 * The /96 prefix and the IPv4 address in the last 32 bits, when RFC 6052 allows a /96 there: how
 * a network-specific prefix this page does not know would carry the address.
 */
export function networkSpecific96(v6: string): EmbeddedServerIPv4 | null {
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
