// Checks the deployment itself: each configured probe host name must have the DNS records its
// role needs, or the self-test would report a wrong verdict with confidence. Pure: the caller
// (SetupWarning.tsx) looks the names up over DoH with non-DNS64 resolvers and passes the answers.

import { extractNat64, isInPrefix, parseIPv6, WKP } from "../addr/address.ts";
import type { Config, DohResolver } from "../config.ts";
import type { Lookup } from "./lookup.ts";

export type SetupRole = "v4" | "v6" | "ds" | "nat64" | "large" | "nat64-candidate";

export interface SetupHost {
  role: SetupRole;
  /** Host name, or an IPv6/IPv4 literal (checked without DNS). */
  host: string;
  literal: boolean;
  /** For nat64-candidate: its Pref64::/n. */
  prefix?: string;
}

export interface HostAnswers {
  a: Lookup;
  aaaa: Lookup;
}

/**
 * What is wrong with one probe name's records, as facts for the site's operator (worded by
 * src/ui/SetupWarning.tsx). `addresses` are the records the name should not have; `prefix` the
 * NAT64 prefix its AAAA must be inside; `address` the AAAA in question.
 */
export type SetupFinding =
  /** The name does not exist (NXDOMAIN). */
  | { code: "nxdomain" }
  /** An IPv4-only name without an A record. */
  | { code: "v4-no-a" }
  /** An IPv4-only name that also has AAAA records: reaching it proves nothing about IPv4. */
  | { code: "v4-has-aaaa"; addresses: string[] }
  /** An IPv6-only name without an AAAA record. */
  | { code: "v6-no-aaaa" }
  /** An IPv6-only name that also has A records: reaching it proves nothing about IPv6. */
  | { code: "v6-has-a"; addresses: string[] }
  /** A dual-stack (or large-answer) name without an A record; it needs both. */
  | { code: "ds-no-a" }
  /** A dual-stack (or large-answer) name without an AAAA record; it needs both. */
  | { code: "ds-no-aaaa" }
  /** A NAT64 name with A records: visitors with IPv4 reach it without NAT64. */
  | { code: "nat64-has-a"; addresses: string[] }
  /** A NAT64 name without an AAAA record inside its prefix. */
  | { code: "nat64-no-aaaa"; prefix: string }
  /** A NAT64 name whose AAAA is not inside its prefix. */
  | { code: "nat64-outside-prefix"; address: string; prefix: string }
  /**
   * A NAT64 name whose AAAA embeds another IPv4 server (`embedded`) than the IPv4-only name
   * (`v4Host`, at `v4Addresses`).
   */
  | {
      code: "nat64-other-server";
      address: string;
      embedded: string;
      v4Host: string;
      v4Addresses: string[];
    };

export type SetupProblem = SetupFinding & { role: SetupRole; host: string };

export interface SetupReport {
  problems: SetupProblem[];
  /** Hosts whose records could not be looked up (not a problem with the setup). */
  unverified: string[];
}

function hostOf(url: string): { host: string; literal: boolean } {
  const hostname = new URL(url).hostname;
  if (hostname.startsWith("[")) return { host: hostname.slice(1, -1), literal: true };
  return { host: hostname, literal: /^\d+\.\d+\.\d+\.\d+$/.test(hostname) };
}

/** RFC 6761: "localhost" names are answered by the machine itself, never by public DNS. */
function isLocalhost(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost");
}

/**
 * The probe hosts whose DNS records matter, from the config. Literal-address probes and
 * localhost names (a page served on this machine) have no public records to check.
 */
export function setupHosts(config: Config): SetupHost[] {
  const out: SetupHost[] = [];
  for (const role of ["v4", "v6", "ds", "large", "nat64"] as const) {
    const url = config.probes[role];
    if (!url) continue;
    const { host, literal } = hostOf(url);
    if (!literal && !isLocalhost(host)) out.push({ role, host, literal });
  }
  for (const candidate of config.nat64Candidates) {
    out.push({ role: "nat64-candidate", ...hostOf(candidate.url), prefix: candidate.prefix });
  }
  return out;
}

/** The distinct host names to look up (A and AAAA each). */
export function namesToLookUp(hosts: readonly SetupHost[]): string[] {
  return [...new Set(hosts.filter((h) => !h.literal).map((h) => h.host))];
}

/**
 * What the setup check asks on every visit, and whom: A and AAAA lookups of `names` sent to
 * `resolvers` (never the DNS64 ones, whose synthesized AAAA would make an A-only name look
 * dual-stack). It sends something only when both lists are non-empty; `hosts` may also hold
 * literal addresses, checked without asking anyone.
 */
export function setupCheckQueries(config: Config): {
  resolvers: DohResolver[];
  hosts: SetupHost[];
  names: string[];
} {
  const hosts = setupHosts(config);
  return { resolvers: config.doh.filter((r) => !r.dns64), hosts, names: namesToLookUp(hosts) };
}

function canonical(v6: string): string {
  try {
    return parseIPv6(v6);
  } catch {
    return v6;
  }
}

/** What is wrong with the configured probe names, given their A and AAAA answers. */
export function checkSetup(
  hosts: readonly SetupHost[],
  answers: Readonly<Record<string, HostAnswers>>,
): SetupReport {
  const problems: SetupProblem[] = [];
  const unverified: string[] = [];
  const records = new Map<string, { a: string[]; aaaa: string[] }>();

  for (const h of hosts) {
    if (h.literal) continue;
    const got = answers[h.host];
    if (!got?.a.ok || !got.aaaa.ok) {
      if (!unverified.includes(h.host)) unverified.push(h.host);
      continue;
    }
    if (got.a.rcode === "NXDOMAIN" || got.aaaa.rcode === "NXDOMAIN") {
      problems.push({ role: h.role, host: h.host, code: "nxdomain" });
      continue;
    }
    records.set(h.host, { a: got.a.values, aaaa: got.aaaa.values.map(canonical) });
  }

  const v4Host = hosts.find((h) => h.role === "v4");
  const v4Addresses = v4Host ? (records.get(v4Host.host)?.a ?? null) : null;

  for (const h of hosts) {
    const say = (finding: SetupFinding) =>
      problems.push({ role: h.role, host: h.host, ...finding });
    const r = h.literal ? { a: [], aaaa: [canonical(h.host)] } : records.get(h.host);
    if (!r) continue;
    switch (h.role) {
      case "v4":
        if (r.a.length === 0) say({ code: "v4-no-a" });
        if (r.aaaa.length > 0) say({ code: "v4-has-aaaa", addresses: r.aaaa });
        break;
      case "v6":
        if (r.aaaa.length === 0) say({ code: "v6-no-aaaa" });
        if (r.a.length > 0) say({ code: "v6-has-a", addresses: r.a });
        break;
      case "ds":
      case "large":
        if (r.a.length === 0) say({ code: "ds-no-a" });
        if (r.aaaa.length === 0) say({ code: "ds-no-aaaa" });
        break;
      case "nat64":
      case "nat64-candidate": {
        const prefix = h.role === "nat64" ? WKP : (h.prefix ?? WKP);
        if (r.a.length > 0) say({ code: "nat64-has-a", addresses: r.a });
        if (r.aaaa.length === 0) {
          say({ code: "nat64-no-aaaa", prefix });
          break;
        }
        for (const v6 of r.aaaa) {
          let inside = false;
          try {
            inside = isInPrefix(v6, prefix);
          } catch {
            inside = false;
          }
          if (!inside) {
            say({ code: "nat64-outside-prefix", address: v6, prefix });
            continue;
          }
          const embedded = extractNat64(v6, prefix);
          if (
            v4Host &&
            v4Addresses &&
            v4Addresses.length > 0 &&
            embedded &&
            !v4Addresses.includes(embedded)
          ) {
            say({
              code: "nat64-other-server",
              address: v6,
              embedded,
              v4Host: v4Host.host,
              v4Addresses,
            });
          }
        }
        break;
      }
    }
  }
  return { problems, unverified };
}
