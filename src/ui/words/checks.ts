// The words of "Check my server": every fact the checks state (src/core/checks/) as a sentence
// of the page's language, from the "checks" catalog (src/i18n/locales/<locale>/checks.ts). The
// core says what is true; only this module picks the sentence for it.

import type { ClientAddressCheck } from "../../core/checks/client-address.ts";
import type { LookupFailure } from "../../core/checks/lookup.ts";
import type { InputProblem } from "../../core/checks/server-input.ts";
import type { Finding, Headline } from "../../core/checks/server-report.ts";
import type { Synthesis } from "../../core/checks/synthesis.ts";
import type { WireGuardConsequence, WireGuardWhy } from "../../core/checks/wireguard.ts";
import type { I18n } from "../../i18n/i18n.ts";
import { ipv4RangeWords } from "./decoder.ts";
import { orList } from "./list.ts";

/** Addresses as the page lists them; not a sentence, so the same in every language. */
const list = (items: readonly string[]) => items.join(", ");

export function inputProblemWords({ t }: I18n, p: InputProblem): string {
  switch (p.code) {
    case "empty":
      return t("checks.input.empty");
    case "several-lines":
      return t("checks.input.severalLines");
    case "endpoint-empty":
      return t("checks.input.endpointEmpty");
    case "bad-url":
      return t("checks.input.badUrl", p);
    case "has-spaces":
      return t("checks.input.hasSpaces", p);
    case "bad-port":
      return t("checks.input.badPort", p);
    case "bad-ipv4":
      return t("checks.input.badIPv4", p);
    case "bad-ipv6":
      return t("checks.input.badIPv6", p);
    case "bad-bracketed-ipv6":
      return t("checks.input.badBracketedIPv6", p);
    case "bad-name":
      return t("checks.input.badName", p);
    case "bad-idn":
      return t("checks.input.badIdn", p);
    case "needs-domain":
      return t("checks.input.needsDomain", p);
    case "label-too-long":
      return t("checks.input.labelTooLong", p);
    case "name-too-long":
      return t("checks.input.nameTooLong", p);
  }
}

function failureKind({ t }: I18n, f: LookupFailure): string {
  switch (f.kind) {
    case "timeout":
      return t("checks.failure.timeout", { seconds: Number((f.timeoutMs / 1000).toFixed(1)) });
    case "network":
      return t("checks.failure.network");
    case "http":
      return t("checks.failure.http");
    case "not-dns":
      return t("checks.failure.notDns");
    case "truncated":
      return t("checks.failure.truncated");
    case "malformed":
      return t("checks.failure.malformed");
    case "mismatch":
      return t("checks.failure.mismatch");
    case "server-failure":
      return t("checks.failure.serverFailure");
    case "error":
      return t("checks.failure.error");
  }
}

/** "Cloudflare: no answer within 3 s": one resolver's failure. */
export function failureWords(i18n: I18n, f: LookupFailure): string {
  const failure = failureKind(i18n, f);
  return f.resolver ? i18n.t("checks.failure.from", { resolver: f.resolver, failure }) : failure;
}

/** Every resolver's failure for one lookup, in the order they were asked. */
export function failuresWords(i18n: I18n, failures: readonly LookupFailure[]): string {
  if (failures.length === 0) return i18n.t("checks.failure.noResolver");
  return failures.map((f) => failureWords(i18n, f)).join("; ");
}

/** A DNS message ID as resolvers' logs show it: "0x0a1f". */
const messageId = (id: number) => `0x${id.toString(16).padStart(4, "0")}`;

/**
 * One resolver's failure with everything the DoH client knows about it (status, media type,
 * rcode, where the answer broke), for "Technical details" and whoever runs the name's DNS.
 */
function failureDetail(i18n: I18n, f: LookupFailure): string {
  const { t } = i18n;
  switch (f.kind) {
    case "http":
      return t("checks.failureDetail.http", { status: String(f.status) });
    case "not-dns":
      return t("checks.failureDetail.notDns", { type: f.contentType });
    case "truncated":
      if (f.reason === "tc-bit") return t("checks.failureDetail.tcBit");
      return f.offset === undefined
        ? failureKind(i18n, f)
        : t("checks.failureDetail.cutOff", { offset: String(f.offset) });
    case "malformed":
      if (f.reason === "cname-loop") {
        return t("checks.failureDetail.cnameLoop", { chain: f.chain.join(" → ") });
      }
      return f.offset === undefined
        ? failureKind(i18n, f)
        : t("checks.failureDetail.undecodable", { offset: String(f.offset) });
    case "mismatch":
      if (f.reason === "query-echoed") return t("checks.failureDetail.queryEchoed");
      if (f.reason === "id") {
        return t("checks.failureDetail.id", {
          id: messageId(f.id),
          expected: messageId(f.expected),
        });
      }
      return f.got
        ? t("checks.failureDetail.question", {
            got: `${f.got.name} ${f.got.type}`,
            asked: `${f.asked.name} ${f.asked.type}`,
          })
        : t("checks.failureDetail.noQuestion", { asked: `${f.asked.name} ${f.asked.type}` });
    case "server-failure":
      return t("checks.failureDetail.serverFailure", { name: f.name, rcode: f.rcode });
    default:
      return failureKind(i18n, f); // the kind says all there is (timeout, network, error)
  }
}

/** Every resolver's failure for one lookup, in full, in the order they were asked. */
export function failuresDetailWords(i18n: I18n, failures: readonly LookupFailure[]): string {
  if (failures.length === 0) return i18n.t("checks.failure.noResolver");
  return failures
    .map((f) => {
      const failure = failureDetail(i18n, f);
      return f.resolver
        ? i18n.t("checks.failure.from", { resolver: f.resolver, failure })
        : failure;
    })
    .join("; ");
}

export function headlineWords({ t }: I18n, h: Headline): string {
  switch (h.code) {
    case "doh-blocked":
      // Right after the self-test reached its servers, this device is not offline.
      return h.online === true
        ? t("checks.headline.dohBlocked", h)
        : h.online === false
          ? t("checks.headline.dohOffline", h)
          : t("checks.headline.dohUnreachable", h);
    case "lookup-failed":
      return t("checks.headline.lookupFailed", h);
    case "nxdomain":
      return t("checks.headline.nxdomain", h);
    case "no-address":
      return t("checks.headline.noAddress", h);
    case "name-has-ipv6":
      return t("checks.headline.nameHasIPv6", h);
    case "is-ipv6-address":
      return t("checks.headline.isIPv6Address", h);
    case "name-ipv4-only":
      return t("checks.headline.nameIPv4Only", h);
    case "is-ipv4-address":
      return t("checks.headline.isIPv4Address", h);
  }
}

export function findingWords(i18n: I18n, f: Finding): string {
  const { t } = i18n;
  switch (f.code) {
    case "typed-nat64-address":
      return t("checks.finding.typedNat64Address", f);
    case "name-without-ipv4":
      return t("checks.finding.nameWithoutIPv4", f);
    case "ipv6-address-without-ipv4":
      return t("checks.finding.ipv6AddressWithoutIPv4");
    case "has-ipv4-too":
      return t("checks.finding.hasIPv4Too");
    case "https-ipv6-hint-without-aaaa":
      return t("checks.finding.httpsIPv6HintWithoutAaaa", { hints: list(f.hints) });
    case "https-hints-elsewhere":
      return t("checks.finding.httpsHintsElsewhere", { hints: list(f.hints) });
    case "synthesized-proven":
      return t("checks.finding.synthesizedProven", f);
    case "synthesized-well-known":
      return t("checks.finding.synthesizedWellKnown", f);
    case "well-known-also":
      return t("checks.finding.wellKnownAlso", f);
    case "dns64-match":
      return t("checks.finding.dns64Match", {
        resolver: f.resolver,
        addresses: list(f.addresses),
      });
    case "dns64-differs":
      return t("checks.finding.dns64Differs", {
        resolver: f.resolver,
        addresses: list(f.addresses),
        expected: list(f.expected),
      });
    case "dns64-none":
      return t("checks.finding.dns64None", f);
    case "dns64-unavailable":
      return t("checks.finding.dns64Unavailable", { failures: failuresWords(i18n, f.failures) });
    case "non-global-ipv4":
      // The IPv4 ranges are named in the decoder's catalog, which loads with this panel too.
      return t("checks.finding.nonGlobalIPv4", { ipv4: f.ipv4, reason: ipv4RangeWords(i18n, f) });
  }
}

export function clientWords(i18n: I18n, c: ClientAddressCheck): string {
  const { t } = i18n;
  switch (c.code) {
    case "client-invalid":
      return t("checks.client.invalid", c);
    case "client-is-server-ipv4":
      return t("checks.client.isServerIPv4", c);
    case "client-ipv4-not-server":
      return c.serverIPv4.length > 0
        ? t("checks.client.ipv4NotServer", { ...c, servers: list(c.serverIPv4) })
        : t("checks.client.ipv4NotServerNoIPv4", c);
    case "client-is-server-ipv6":
      return t("checks.client.isServerIPv6", c);
    case "client-v6-is-nat64-of-server":
      return t("checks.client.v6IsNat64OfServer", c);
    case "client-v6-ends-with-server":
      return t("checks.client.v6EndsWithServer", c);
    case "client-v6-carries-other-ipv4":
      return c.serverIPv4.length > 0
        ? t("checks.client.v6CarriesOtherIPv4", { ...c, servers: orList(i18n, c.serverIPv4) })
        : t("checks.client.v6CarriesOtherIPv4NoIPv4", c);
    case "client-v6-not-server":
      return c.serverIPv4.length > 0
        ? t("checks.client.v6NotServer", { ...c, servers: orList(i18n, c.serverIPv4) })
        : t("checks.client.v6NotServerNoIPv4", c);
  }
}

export function consequenceWords({ t }: I18n, c: WireGuardConsequence): string {
  switch (c.code) {
    case "endpoint-ipv4-synthesized":
      return t("checks.wg.endpointIPv4Synthesized", c);
    case "endpoint-ipv4":
      return t("checks.wg.endpointIPv4");
    case "endpoint-ipv6":
      return t("checks.wg.endpointIPv6");
    case "name-via-nat64":
      return t("checks.wg.nameViaNat64", c);
    case "keepalive":
      return t("checks.wg.keepalive");
    case "restart-after-roaming":
      return t("checks.wg.restartAfterRoaming");
    case "name-has-ipv6":
      // A port is a name for a number, not a quantity: no digit grouping.
      return t("checks.wg.nameHasIPv6", { host: c.host, ipv6: list(c.ipv6), port: String(c.port) });
    case "allowed-ips-cover-ipv6":
      return t("checks.wg.allowedIPsCoverIPv6");
    case "allowed-ips-miss-ipv6":
      return t("checks.wg.allowedIPsMissIPv6", { added: list(c.added) });
    case "allowed-ips-need-default":
      return t("checks.wg.allowedIPsNeedDefault");
  }
}

export function whyWords({ t }: I18n, w: WireGuardWhy): string {
  if (w.code === "why-via-nat64") {
    const { host, ...via } = w;
    return host
      ? t("checks.wg.whyViaNat64Name", { ...via, host })
      : t("checks.wg.whyViaNat64Address", via);
  }
  return w.host ? t("checks.wg.whyDirectName", { host: w.host }) : t("checks.wg.whyDirectAddress");
}

export function publishAaaaWords({ t }: I18n, p: { host: string }): string {
  return t("checks.wg.publishAaaa", p);
}

/** "64:ff9b::c633:6407 (198.51.100.7 in 64:ff9b::/96, well-known prefix)". */
export function synthesisWords({ t }: I18n, s: Synthesis): string {
  return s.proven
    ? t("checks.details.synthesizedProven", s)
    : t("checks.details.synthesizedWellKnown", s);
}
