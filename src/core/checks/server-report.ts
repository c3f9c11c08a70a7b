// "Check my server", the verdict: from the typed server, its DNS answers and the NAT64 prefix
// the self-test proved, whether IPv6-only visitors reach it directly or only through NAT64, at
// which address, and (for a WireGuard endpoint) what to change. Facts only: a headline and
// findings are codes with the names and addresses they are about; src/ui/words/checks.ts words
// them. Pure: the lookups are done before (server-lookups.ts) and passed in.

import { tryParseIPv6 } from "../addr/address.ts";
import type { Result } from "../result.ts";
import type { Tone } from "../tone.ts";
import { type ClientAddressCheck, checkClientAddress } from "./client-address.ts";
import type { Lookup, LookupFailure } from "./lookup.ts";
import { embeddedIPv4s } from "./nat64-address.ts";
import type { ServerInput } from "./server-input.ts";
import type { ServerLookups } from "./server-lookups.ts";
import {
  type Synthesis,
  type SynthesisFinding,
  synthesisFindings,
  synthesize,
} from "./synthesis.ts";
import { type WireGuardAdvice, wireguardAdvice } from "./wireguard.ts";

export type ServerOutcome =
  | "ipv6" // has AAAA (or is an IPv6 literal): IPv6-only visitors reach it directly
  | "ipv4-only" // A only (or an IPv4 literal): IPv6-only visitors need NAT64
  | "no-address" // the name exists but has neither A nor AAAA
  | "nxdomain"
  | "doh-blocked"
  | "lookup-failed";

/**
 * Whether this device reached anything on the internet just now, as far as the page knows: the
 * self-test's servers answered (true), none did (false), or there is no self-test to go by
 * (null: still running, or nothing to test). It tells "this network blocks DNS over HTTPS"
 * from "this device is offline".
 */
export type DeviceOnline = boolean | null;

/** The one-line answer. `host` is the name or address checked. */
export type Headline = { tone: Tone } & (
  | { code: "doh-blocked"; host: string; online: DeviceOnline }
  | { code: "lookup-failed"; host: string }
  | { code: "nxdomain"; host: string }
  | { code: "no-address"; host: string }
  | { code: "name-has-ipv6"; host: string }
  | { code: "is-ipv6-address"; host: string }
  | { code: "name-ipv4-only"; host: string }
  | { code: "is-ipv4-address"; host: string }
);

export type Finding =
  | SynthesisFinding
  | ({
      tone: Tone;
    } /** The server was typed as a NAT64 address: `typed` is the IPv4 `ipv4` inside `prefix`. */ & (
      | { code: "typed-nat64-address"; typed: string; ipv4: string; prefix: string }
      | { code: "name-without-ipv4"; host: string }
      | { code: "ipv6-address-without-ipv4" }
      | { code: "has-ipv4-too" }
      /** The HTTPS record hints at IPv6 the name has no AAAA record for. */
      | { code: "https-ipv6-hint-without-aaaa"; hints: string[] }
      /** The HTTPS record hints at addresses that are not among its A/AAAA records. */
      | { code: "https-hints-elsewhere"; hints: string[] }
    ));

export interface ServerReport {
  input: ServerInput;
  outcome: ServerOutcome;
  headline: Headline;
  findings: Finding[];
  ipv4: string[];
  ipv6: string[];
  hints: { ipv4: string[]; ipv6: string[] };
  /** CNAME chain from the typed name to the addresses (length 1: no CNAME). */
  chain: string[];
  /** The resolver(s) that answered. */
  resolvers: string[];
  /**
   * The A and AAAA lookups no resolver answered, with every resolver's failure: for the
   * technical details, not for the headline, which says what that means in one sentence.
   */
  failedLookups: FailedLookup[];
  synthesis: Synthesis | null;
  wireguard: WireGuardAdvice | null;
  client: ClientAddressCheck | null;
}

export interface FailedLookup {
  type: "A" | "AAAA";
  failures: LookupFailure[];
}

export interface CheckOptions {
  /** verdict.nat64.prefix of this visitor's self-test: a proven Pref64::/n, or null. */
  provenPrefix: string | null;
  /** Whether the self-test reached its servers (see DeviceOnline); unknown when left out. */
  online?: DeviceOnline;
  /** The address the person's own VPN client showed, if they pasted it. */
  clientAddress?: string;
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function failedLookups(lookups: ServerLookups): FailedLookup[] {
  const failed: FailedLookup[] = [];
  for (const [type, lookup] of [
    ["A", lookups.a],
    ["AAAA", lookups.aaaa],
  ] as const) {
    if (lookup && !lookup.ok) failed.push({ type, failures: lookup.failures });
  }
  return failed;
}

/**
 * Whether the self-test behind `result` reached any of its servers (an answer of any kind,
 * even a sign-in page's): null without a finished self-test.
 */
export function selfTestReachedServers(result: Result | null): DeviceOnline {
  if (!result) return null;
  return result.probes.some((p) => p.status === "ok" || p.status === "bad-response");
}

/**
 * Fills the report's addresses from a name's A and AAAA answers; returns false (with the
 * headline set) when they do not give any: NXDOMAIN, DoH blocked, or failed lookups.
 */
function readAnswers(report: ServerReport, lookups: ServerLookups, online: DeviceOnline): boolean {
  const host = report.input.host;
  const { a, aaaa } = lookups;
  if (a?.ok && aaaa?.ok) {
    report.ipv4 = uniq(a.values);
    report.ipv6 = uniq(aaaa.values.map((v) => tryParseIPv6(v) ?? v));
    report.chain = a.chain.length >= aaaa.chain.length ? a.chain : aaaa.chain;
    report.resolvers = uniq([a.resolver, aaaa.resolver]);
  }
  // Either answer saying the name does not exist settles it, even if the other failed.
  const nx = (l: Lookup | undefined) => l?.ok === true && l.rcode === "NXDOMAIN";
  if (nx(a) || nx(aaaa)) {
    report.outcome = "nxdomain";
    report.headline = { tone: "bad", code: "nxdomain", host };
    return false;
  }
  if (!a?.ok || !aaaa?.ok) {
    const blocked = a && aaaa && !a.ok && !aaaa.ok && a.blocked && aaaa.blocked;
    report.outcome = blocked ? "doh-blocked" : "lookup-failed";
    report.headline = blocked
      ? { tone: "warn", code: "doh-blocked", host, online }
      : { tone: "bad", code: "lookup-failed", host };
    report.failedLookups = failedLookups(lookups);
    return false;
  }
  const https = lookups.https;
  if (https?.ok && https.hints) report.hints = https.hints;
  return true;
}

function hintFindings(report: ServerReport): Finding[] {
  const { hints, ipv4, ipv6 } = report;
  const findings: Finding[] = [];
  if (hints.ipv6.length > 0 && ipv6.length === 0) {
    findings.push({ tone: "warn", code: "https-ipv6-hint-without-aaaa", hints: hints.ipv6 });
  }
  const elsewhere = [
    ...hints.ipv4.filter((h) => !ipv4.includes(h)),
    ...hints.ipv6.filter((h) => ipv6.length > 0 && !ipv6.includes(h)),
  ];
  if (elsewhere.length > 0) {
    findings.push({ tone: "warn", code: "https-hints-elsewhere", hints: elsewhere });
  }
  return findings;
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
  const nat64 =
    typed.kind === "ipv6" ? (embeddedIPv4s(typed.host, options.provenPrefix)[0] ?? null) : null;
  const input: ServerInput = nat64 ? { ...typed, kind: "ipv4", host: nat64.ipv4 } : typed;
  if (nat64)
    findings.push({ tone: "warn", code: "typed-nat64-address", typed: typed.host, ...nat64 });
  const host = input.host;
  const report: ServerReport = {
    input,
    outcome: "lookup-failed",
    headline: { tone: "bad", code: "lookup-failed", host },
    findings,
    ipv4: input.kind === "ipv4" ? [host] : [],
    ipv6: input.kind === "ipv6" ? [host] : [],
    hints: { ipv4: [], ipv6: [] },
    chain: [host],
    resolvers: [],
    failedLookups: [],
    synthesis: null,
    wireguard: null,
    client: null,
  };
  if (input.kind === "name" && !readAnswers(report, lookups, options.online ?? null)) {
    return report;
  }

  const { ipv4, ipv6 } = report;
  const name = input.kind === "name";
  const [firstIPv4, ...moreIPv4] = ipv4;
  if (ipv6.length > 0) {
    report.outcome = "ipv6";
    report.headline = { tone: "ok", code: name ? "name-has-ipv6" : "is-ipv6-address", host };
    if (ipv4.length > 0) findings.push({ tone: "ok", code: "has-ipv4-too" });
    else if (name) findings.push({ tone: "warn", code: "name-without-ipv4", host });
    else findings.push({ tone: "warn", code: "ipv6-address-without-ipv4" });
  } else if (firstIPv4 !== undefined) {
    report.outcome = "ipv4-only";
    report.headline = { tone: "warn", code: name ? "name-ipv4-only" : "is-ipv4-address", host };
  } else {
    report.outcome = "no-address";
    report.headline = { tone: "bad", code: "no-address", host };
    return report;
  }
  findings.push(...hintFindings(report));

  if (report.outcome === "ipv4-only" && firstIPv4 !== undefined) {
    report.synthesis = synthesize([firstIPv4, ...moreIPv4], options.provenPrefix, lookups.dns64);
    findings.push(...synthesisFindings(report.synthesis));
  }
  if (input.wireguard || input.port !== null) {
    report.wireguard = wireguardAdvice(input, ipv4, ipv6, report.synthesis);
  }
  const client = options.clientAddress?.trim();
  if (client)
    report.client = checkClientAddress(client, { host, ipv4, ipv6 }, options.provenPrefix);
  return report;
}
