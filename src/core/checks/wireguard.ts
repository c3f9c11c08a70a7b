// WireGuard advice for a server check: what an IPv6-only network does to this Endpoint, the
// [Peer] lines that work there, and why. The advice is facts (codes with the addresses they are
// about); the page words them.

import { fixAllowedIPs } from "./allowed-ips.ts";
import type { ServerInput } from "./server-input.ts";
import type { Synthesis } from "./synthesis.ts";

export const WIREGUARD_DEFAULT_PORT = 51820;

/** One consequence for the tunnel, in the order the page lists them. */
export type WireGuardConsequence =
  /** An IPv4 Endpoint, and the synthesized address that works on this network (proven prefix). */
  | { code: "endpoint-ipv4-synthesized"; address: string; prefix: string }
  | { code: "endpoint-ipv4" }
  | { code: "endpoint-ipv6" }
  | { code: "name-via-nat64"; host: string; address: string }
  | { code: "keepalive" }
  | { code: "restart-after-roaming" }
  | { code: "name-has-ipv6"; host: string; ipv6: string[]; port: number }
  | { code: "allowed-ips-cover-ipv6" }
  /** A pasted AllowedIPs line routes IPv4 but not the IPv6 entries in `added`. */
  | { code: "allowed-ips-miss-ipv6"; added: string[] }
  /** No AllowedIPs line was pasted: the full tunnel needs ::/0. */
  | { code: "allowed-ips-need-default" };

/** Why the advice is what it is. `host` is null when an address was typed rather than a name. */
export type WireGuardWhy =
  /** The server is reached through NAT64: `address` is its IPv4 `ipv4` inside `prefix`. */
  | { code: "why-via-nat64"; host: string | null; address: string; ipv4: string; prefix: string }
  | { code: "why-direct"; host: string | null };

export interface WireGuardAdvice {
  consequences: WireGuardConsequence[];
  /** The [Peer] lines to use, ready to copy (configuration text, not words). */
  snippet: string;
  why: WireGuardWhy;
  /** The name to publish an AAAA record for (only a name without one); else null. */
  publishAaaa: { host: string } | null;
}

/**
 * Advice for a WireGuard Endpoint. `synthesis` says how IPv6-only networks reach the server
 * through NAT64; null when they reach it directly (it has IPv6).
 */
export function wireguardAdvice(
  input: ServerInput,
  ipv4: readonly string[],
  ipv6: readonly string[],
  synthesis: Synthesis | null,
): WireGuardAdvice {
  const port = input.port ?? WIREGUARD_DEFAULT_PORT;
  const host = input.kind === "ipv6" ? `[${input.host}]` : input.host;
  const consequences: WireGuardConsequence[] = [];
  let endpoint = `${host}:${port}`;

  if (input.kind === "ipv4" && synthesis?.proven) {
    // Only a prefix proven on this very network makes a synthesized Endpoint work here; it
    // still fails on every other network, hence the advice to use a name.
    endpoint = `[${synthesis.address}]:${port}`;
    consequences.push({
      code: "endpoint-ipv4-synthesized",
      address: synthesis.address,
      prefix: synthesis.prefix,
    });
  } else if (input.kind === "ipv4") {
    consequences.push({ code: "endpoint-ipv4" });
  } else if (input.kind === "ipv6") {
    consequences.push({ code: "endpoint-ipv6" });
  } else if (synthesis) {
    consequences.push(
      { code: "name-via-nat64", host: input.host, address: synthesis.address },
      { code: "keepalive" },
      { code: "restart-after-roaming" },
    );
  } else {
    consequences.push({ code: "name-has-ipv6", host: input.host, ipv6: [...ipv6], port });
  }

  const allowed = fixAllowedIPs(input.allowedIPs, ipv4, ipv6, synthesis ? [synthesis.address] : []);
  if (input.allowedIPs && allowed.added.length === 0) {
    consequences.push({ code: "allowed-ips-cover-ipv6" });
  } else if (allowed.added.length > 0) {
    consequences.push(
      input.allowedIPs
        ? { code: "allowed-ips-miss-ipv6", added: allowed.added }
        : { code: "allowed-ips-need-default" },
    );
  }

  const lines = ["[Peer]", `Endpoint = ${endpoint}`, `AllowedIPs = ${allowed.entries.join(", ")}`];
  if (synthesis) lines.push("PersistentKeepalive = 25");

  const name = input.kind === "name" ? input.host : null;
  const why: WireGuardWhy = synthesis
    ? {
        code: "why-via-nat64",
        host: name,
        address: synthesis.address,
        ipv4: synthesis.ipv4,
        prefix: synthesis.prefix,
      }
    : { code: "why-direct", host: name };

  return {
    consequences,
    snippet: lines.join("\n"),
    why,
    publishAaaa: synthesis && name ? { host: name } : null,
  };
}
