// NAT64 synthesis for an IPv4-only server: the IPv6 address an IPv6-only network's DNS64 gives
// for it (with the prefix this visitor's self-test proved, else the well-known prefix), checked
// against what a real DNS64 resolver answered, and what that means.

import {
  type NonGlobalIPv4Range,
  nonGlobalIPv4,
  synthesizeNat64,
  tryParseIPv6,
  WKP,
} from "../addr/address.ts";
import type { Tone } from "../tone.ts";
import type { Lookup, LookupFailure } from "./lookup.ts";

/** What a DNS64 resolver answered for the name, against the well-known-prefix synthesis. */
export type Dns64Check =
  | {
      status:
        | "match" // it synthesized exactly the well-known-prefix addresses
        | "differs" // it answered something else
        | "none"; // it returned no AAAA
      addresses: string[];
      /** The DNS64 resolver that answered. */
      resolver: string;
    }
  /** It could not be asked: why, per resolver tried. */
  | { status: "unavailable"; failures: LookupFailure[] }
  /** No DNS64 resolver is configured. */
  | { status: "not-asked" };

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
  /** Every A record inside the well-known prefix: what a DNS64 resolver should answer. */
  expected: string[];
  dns64: Dns64Check;
}

export type SynthesisFinding = { tone: Tone } & (
  | { code: "synthesized-proven"; address: string; prefix: string; ipv4: string }
  | { code: "synthesized-well-known"; address: string; prefix: string; ipv4: string }
  | { code: "well-known-also"; address: string; prefix: string }
  | { code: "dns64-match"; resolver: string; addresses: string[] }
  | { code: "dns64-differs"; resolver: string; addresses: string[]; expected: string[] }
  | { code: "dns64-none"; resolver: string }
  | { code: "dns64-unavailable"; failures: LookupFailure[] }
  /** RFC 6052 §3.1: translators on the well-known prefix do not reach non-global IPv4. */
  | { code: "non-global-ipv4"; ipv4: string; range: NonGlobalIPv4Range; rfc: string }
);

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function checkDns64(lookup: Lookup | undefined, expected: string[]): Dns64Check {
  if (!lookup) return { status: "not-asked" };
  if (!lookup.ok) return { status: "unavailable", failures: lookup.failures };
  const got = uniq(lookup.values.map((v) => tryParseIPv6(v) ?? v));
  const want = uniq(expected);
  let status: "match" | "differs" | "none" = "differs";
  if (got.length === 0) status = "none";
  else if (got.length === want.length && got.every((g) => want.includes(g))) status = "match";
  return { status, addresses: got, resolver: lookup.resolver };
}

/**
 * How IPv6-only networks reach a server with these IPv4 addresses (at least one), given the
 * prefix this visitor's self-test proved (or null) and a DNS64 resolver's AAAA answer.
 */
export function synthesize(
  ipv4: readonly [string, ...string[]],
  provenPrefix: string | null,
  dns64: Lookup | undefined,
): Synthesis {
  const first = ipv4[0];
  const prefix = provenPrefix ?? WKP;
  const expected = ipv4.map((v4) => synthesizeNat64(v4, WKP));
  return {
    ipv4: first,
    prefix,
    proven: provenPrefix !== null,
    address: synthesizeNat64(first, prefix),
    wellKnown: synthesizeNat64(first, WKP),
    expected,
    dns64: checkDns64(dns64, expected),
  };
}

/** What the synthesis means, in the order the page lists it. */
export function synthesisFindings(s: Synthesis): SynthesisFinding[] {
  const findings: SynthesisFinding[] = [];
  const about = { address: s.address, prefix: s.prefix, ipv4: s.ipv4 };
  findings.push(
    s.proven
      ? { tone: "ok", code: "synthesized-proven", ...about }
      : { tone: "ok", code: "synthesized-well-known", ...about },
  );
  if (s.proven && s.address !== s.wellKnown) {
    findings.push({ tone: "ok", code: "well-known-also", address: s.wellKnown, prefix: WKP });
  }
  const d = s.dns64;
  if (d.status === "match") {
    findings.push({
      tone: "ok",
      code: "dns64-match",
      resolver: d.resolver,
      addresses: d.addresses,
    });
  } else if (d.status === "differs") {
    findings.push({
      tone: "warn",
      code: "dns64-differs",
      resolver: d.resolver,
      addresses: d.addresses,
      expected: s.expected,
    });
  } else if (d.status === "none") {
    findings.push({ tone: "warn", code: "dns64-none", resolver: d.resolver });
  } else if (d.status === "unavailable") {
    findings.push({ tone: "warn", code: "dns64-unavailable", failures: d.failures });
  }
  if (s.prefix === WKP) {
    const nonGlobal = nonGlobalIPv4(s.ipv4);
    if (nonGlobal)
      findings.push({ tone: "warn", code: "non-global-ipv4", ipv4: s.ipv4, ...nonGlobal });
  }
  return findings;
}
