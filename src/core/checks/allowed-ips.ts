// WireGuard AllowedIPs on an IPv6-only network: there the server, and every IPv4-only site, is
// reached at an IPv6 address, so the IPv6 side must cover what the IPv4 side covers or that
// traffic goes around the tunnel.

import { isIPv4, parseIPv4 } from "../addr/address.ts";

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
