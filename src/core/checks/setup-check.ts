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

export interface SetupProblem {
  role: SetupRole;
  host: string;
  /** One plain sentence for the site's operator. */
  text: string;
}

export interface SetupReport {
  problems: SetupProblem[];
  /** Hosts whose records could not be looked up (not a problem with the setup). */
  unverified: string[];
}

const ROLE_NAMES: Record<SetupRole, string> = {
  v4: "IPv4-only test name",
  v6: "IPv6-only test name",
  ds: "dual-stack test name",
  large: "large-response test name",
  nat64: "NAT64 test name",
  "nat64-candidate": "NAT64 prefix test name",
};

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
      problems.push({
        role: h.role,
        host: h.host,
        text: `The ${ROLE_NAMES[h.role]} ${h.host} does not exist in DNS (NXDOMAIN).`,
      });
      continue;
    }
    records.set(h.host, { a: got.a.values, aaaa: got.aaaa.values.map(canonical) });
  }

  const v4Host = hosts.find((h) => h.role === "v4");
  const v4Addresses = v4Host ? (records.get(v4Host.host)?.a ?? null) : null;

  for (const h of hosts) {
    const say = (text: string) => problems.push({ role: h.role, host: h.host, text });
    const name = `The ${ROLE_NAMES[h.role]} ${h.host}`;
    const r = h.literal ? { a: [], aaaa: [canonical(h.host)] } : records.get(h.host);
    if (!r) continue;
    const list = (xs: string[]) => xs.join(", ");
    switch (h.role) {
      case "v4":
        if (r.a.length === 0) say(`${name} has no IPv4 address (A record).`);
        if (r.aaaa.length > 0) {
          say(
            `${name} also has an IPv6 address (${list(r.aaaa)}), so reaching it does not prove IPv4 works. It must have only an A record.`,
          );
        }
        break;
      case "v6":
        if (r.aaaa.length === 0) say(`${name} has no IPv6 address (AAAA record).`);
        if (r.a.length > 0) {
          say(
            `${name} also has an IPv4 address (${list(r.a)}), so reaching it does not prove IPv6 works. It must have only an AAAA record.`,
          );
        }
        break;
      case "ds":
      case "large":
        if (r.a.length === 0)
          say(`${name} has no IPv4 address (A record); it needs both A and AAAA.`);
        if (r.aaaa.length === 0) {
          say(`${name} has no IPv6 address (AAAA record); it needs both A and AAAA.`);
        }
        break;
      case "nat64":
      case "nat64-candidate": {
        const prefix = h.role === "nat64" ? WKP : (h.prefix ?? WKP);
        if (r.a.length > 0) {
          say(
            `${name} has an IPv4 address (${list(r.a)}), so visitors with IPv4 reach it without NAT64. It must have only an AAAA record.`,
          );
        }
        if (r.aaaa.length === 0) {
          say(`${name} has no IPv6 address (AAAA record) inside ${prefix}.`);
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
            say(`${name} points to ${v6}, which is not inside the NAT64 prefix ${prefix}.`);
            continue;
          }
          const embedded = extractNat64(v6, prefix);
          if (
            v4Addresses &&
            v4Addresses.length > 0 &&
            embedded &&
            !v4Addresses.includes(embedded)
          ) {
            say(
              `${name} points to ${v6}, which carries ${embedded}, but the IPv4-only test name ${v4Host?.host} is ${list(v4Addresses)}: it must embed the same server.`,
            );
          }
        }
        break;
      }
    }
  }
  return { problems, unverified };
}
