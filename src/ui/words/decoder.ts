// The words of "Decode an address": every fact the address core states (src/core/addr/) as a
// sentence of the page's language, from the "decoder" catalog (src/i18n/locales/<locale>/
// decoder.ts). The core says what is true; only this module picks the sentence for it.

import {
  type AddressNote,
  type AddressScope,
  type EmbeddedIPv4,
  type EmbeddedKind,
  isDiscoveryAnswer,
  LOCAL_USE_PREFIX,
  type NonGlobalIPv4,
  prefixKind,
} from "../../core/addr/address.ts";
import type {
  AddressRole,
  CandidateProblem,
  LinkNote,
  NothingFound,
  Stripped,
} from "../../core/addr/decode-input.ts";
import type { I18n } from "../../i18n/i18n.ts";
import { andList } from "./list.ts";

/** "0x07": a byte as hex, the way RFCs and tools write it. */
export function hexByte(value: number): string {
  return `0x${value.toString(16).padStart(2, "0")}`;
}

/** Why a candidate is not an IPv6 address: a clause, completing "… not an IPv6 address: ". */
export function problemWords({ t }: I18n, p: CandidateProblem): string {
  switch (p.code) {
    case "empty":
      return t("decoder.problem.empty");
    case "space":
      return t("decoder.problem.space");
    case "whitespace":
      return t("decoder.problem.whitespace");
    case "zone":
      return t("decoder.problem.zone", p);
    case "prefix-length":
      return t("decoder.problem.prefixLength", p);
    case "brackets":
      return t("decoder.problem.brackets");
    case "bad-character":
      return t("decoder.problem.badCharacter", p);
    case "looks-ipv4":
      return t("decoder.problem.looksIPv4", p);
    case "no-colons":
      return t("decoder.problem.noColons", p);
    case "three-colons":
      return t("decoder.problem.threeColons");
    case "double-colon-repeated":
      return t("decoder.problem.doubleColonRepeated", p);
    case "empty-group":
      return t("decoder.problem.emptyGroup");
    case "ipv4-not-last":
      return t("decoder.problem.ipv4NotLast", p);
    case "group-too-long":
      return t("decoder.problem.groupTooLong", p);
    case "too-many-groups":
      return t("decoder.problem.tooManyGroups", p);
    case "group-count":
      return t("decoder.problem.groupCount", p);
    case "ipv4-parts":
      return t("decoder.problem.ipv4Parts", p);
    case "ipv4-not-number":
      return t("decoder.problem.ipv4NotNumber", p);
    case "ipv4-leading-zero":
      return t("decoder.problem.ipv4LeadingZero", p);
    case "ipv4-over-255":
      return t("decoder.problem.ipv4Over255", p);
    case "prefix-shape":
      return t("decoder.problem.prefixShape", p);
    // Prefix lengths are names for numbers, like ports: no digit grouping.
    case "prefix-too-long":
      return t("decoder.problem.prefixTooLong", { length: String(p.length) });
    case "prefix-host-bits":
      return t("decoder.problem.prefixHostBits", { ...p, length: String(p.length) });
    case "pref64-length":
      return t("decoder.problem.pref64Length", { length: String(p.length) });
    case "pref64-u-octet":
      return t("decoder.problem.pref64UOctet", p);
    case "too-long":
      return t("decoder.problem.tooLong", p);
    case "is-ipv4":
      return t("decoder.problem.isIPv4", p);
  }
}

/** Why nothing in the input could be decoded: a whole sentence. */
export function nothingFoundWords({ t }: I18n, problem: NothingFound): string {
  return t(`decoder.nothing.${problem}`);
}

/** "Removed the square brackets and the port 51820.", or null when nothing was removed. */
export function strippedWords(i18n: I18n, stripped: readonly Stripped[]): string | null {
  if (stripped.length === 0) return null;
  const { t } = i18n;
  const parts = stripped.map((s) => strippedPart(i18n, s));
  return t("decoder.stripped", { parts: andList(i18n, parts) });
}

function strippedPart({ t }: I18n, s: Stripped): string {
  switch (s.what) {
    case "brackets":
      return t("decoder.stripped.brackets");
    case "port":
      return t("decoder.stripped.port", { port: s.value });
    case "zone":
      return t("decoder.stripped.zone", { zone: s.value });
    case "prefix-length":
      return t("decoder.stripped.prefixLength", { length: s.value });
  }
}

export function roleWords({ t }: I18n, role: AddressRole): string {
  return t(`decoder.role.${role}`);
}

export function kindWords({ t }: I18n, kind: EmbeddedKind): string {
  return t(`decoder.kind.${kind}`);
}

/** What an address with no IPv4 inside is, by its scope: a sentence. */
export function scopeWords({ t }: I18n, scope: AddressScope): string {
  return t(`decoder.scope.${scope}`);
}

/** The scope's short name, for the technical details. */
export function scopeName({ t }: I18n, scope: AddressScope): string {
  return t(`decoder.scopeName.${scope}`);
}

/** One or two plain sentences for a non-expert about one embedded IPv4 address. */
export function embeddedWords(i18n: I18n, e: EmbeddedIPv4, role: AddressRole): string {
  const { t } = i18n;
  if (isDiscoveryAnswer(e) && e.ipv4 !== null) {
    return t("decoder.embedded.discovery", { ipv4: e.ipv4, prefix: e.prefix });
  }
  const who = t(`decoder.subject.${role}`);
  switch (e.kind) {
    case "nat64-wkp":
      return t("decoder.embedded.nat64Wkp", { who, ipv4: e.ipv4, prefix: e.prefix });
    case "nat64-local-use":
      return e.ipv4
        ? t("decoder.embedded.nat64LocalUse", { who, ipv4: e.ipv4, prefix: e.prefix })
        : t("decoder.embedded.nat64LocalUseUnknown", { prefix: LOCAL_USE_PREFIX });
    case "nat64-known":
      return t("decoder.embedded.nat64Known", { who, ...e });
    case "nat64-nsp":
      return t("decoder.embedded.nat64Nsp", { who, ipv4: e.ipv4, prefix: e.prefix });
    case "ipv4-mapped":
      return t("decoder.embedded.ipv4Mapped", e);
    case "ipv4-compatible":
      return t("decoder.embedded.ipv4Compatible", e);
    case "siit-ipv4-translated":
      return t("decoder.embedded.siit", e);
    case "6to4":
      return t("decoder.embedded.6to4", e);
    case "teredo": {
      const params = { ipv4: e.ipv4, port: String(e.port), server: e.server };
      return e.cone
        ? t("decoder.embedded.teredoCone", params)
        : t("decoder.embedded.teredo", params);
    }
    case "isatap":
      return t("decoder.embedded.isatap", e);
  }
}

/** What a prefix someone pasted is. */
export function pastedPrefixWords({ t }: I18n, prefix: string): string {
  const k = prefixKind(prefix);
  switch (k.kind) {
    case "well-known":
      return t("decoder.prefix.well-known", { prefix });
    case "local-use":
      return t("decoder.prefix.local-use", { prefix });
    case "published":
      return t("decoder.prefix.published", { prefix, operator: k.operator });
    case "nat64-length":
      return t("decoder.prefix.nat64-length", { prefix });
    case "network":
      return t("decoder.prefix.network", { prefix });
  }
}

/** What a prefix found by RFC 7050 discovery is: one this page knows, or the network's own. */
export function discoveredPrefixWords(i18n: I18n, prefix: string): string {
  const k = prefixKind(prefix).kind;
  return k === "nat64-length" || k === "network"
    ? i18n.t("decoder.prefix.networkSpecific", { prefix })
    : pastedPrefixWords(i18n, prefix);
}

/** A non-global IPv4 block and its RFC: "private-use (RFC 1918)". */
export function ipv4RangeWords({ t }: I18n, r: NonGlobalIPv4): string {
  return t(`decoder.ipv4Range.${r.range}`, { rfc: r.rfc });
}

/** One technical remark about an address, with its RFC. */
export function noteWords(i18n: I18n, note: AddressNote): string {
  const { t } = i18n;
  switch (note.code) {
    case "ipv4only-arpa":
      return t("decoder.note.ipv4only-arpa", note);
    case "wkp-non-global":
      return t("decoder.note.wkp-non-global", {
        ipv4: note.ipv4,
        range: ipv4RangeWords(i18n, note),
      });
    case "u-octet-not-zero":
      return t("decoder.note.u-octet-not-zero", { value: hexByte(note.uOctet) });
    case "suffix-not-zero":
      return t("decoder.note.suffix-not-zero", { from: String(note.from) });
    default:
      return t(`decoder.note.${note.code}`);
  }
}

/** What was kept out of the page's link: one sentence per note. */
export function linkNoteWords(i18n: I18n, note: LinkNote): string {
  const { t } = i18n;
  switch (note.code) {
    case "keys-left-out": {
      const lines: string[] = [];
      if (note.named.length > 0) {
        const names = andList(i18n, note.named);
        lines.push(t("decoder.link.namedLines", { names, count: note.named.length }));
      }
      if (note.keyLike) lines.push(t("decoder.link.keyLike"));
      return t("decoder.link.keysLeftOut", { lines: andList(i18n, lines) });
    }
    case "endpoint-only":
      return t("decoder.link.endpointOnly");
    case "url-address-only":
      return t("decoder.link.urlAddressOnly");
  }
}
