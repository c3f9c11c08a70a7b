// The words for an address field of a Result: an address as it is, or a hidden one (a fact,
// src/core/share/masked.ts) in the reader's language: "[public IPv4 address in 203.0.113.0/24]",
// "[IPv4-Adresse aus 203.0.113.0/24 (öffentlich)]". Every place that shows an address speaks
// through here: the results page, the path picture, the probe table, the NAT64 evidence and
// "Copy as text". From the "results" catalog.

import type { AddressScope } from "../../core/addr/address.ts";
import { type MaskedRange, type MaskedVia, parseMasked } from "../../core/share/masked.ts";
import type { I18n } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/namespaces.ts";

const RANGE: Record<MaskedRange, MessageKey> = {
  public: "results.address.range.public",
  "this-network": "results.address.range.this-network",
  "private-use": "results.address.range.private-use",
  "shared-address-space": "results.address.range.shared-address-space",
  loopback: "results.address.range.loopback",
  "link-local": "results.address.range.link-local",
  "ietf-protocol-assignments": "results.address.range.ietf-protocol-assignments",
  documentation: "results.address.range.documentation",
  "6to4-relay-anycast": "results.address.range.6to4-relay-anycast",
  benchmarking: "results.address.range.benchmarking",
  multicast: "results.address.range.multicast",
  reserved: "results.address.range.reserved",
  "limited-broadcast": "results.address.range.limited-broadcast",
};

const SCOPE: Record<AddressScope, MessageKey> = {
  unspecified: "results.address.scope.unspecified",
  loopback: "results.address.scope.loopback",
  "link-local": "results.address.scope.link-local",
  "site-local": "results.address.scope.site-local",
  "unique-local": "results.address.scope.unique-local",
  multicast: "results.address.scope.multicast",
  documentation: "results.address.scope.documentation",
  special: "results.address.scope.special",
  global: "results.address.scope.global",
  reserved: "results.address.scope.reserved",
};

const VIA: Record<MaskedVia, MessageKey> = {
  "ipv4-mapped": "results.address.via.ipv4-mapped",
  siit: "results.address.via.siit",
  "ipv4-compatible": "results.address.via.ipv4-compatible",
  nat64: "results.address.via.nat64",
  "6to4": "results.address.via.6to4",
  teredo: "results.address.via.teredo",
  isatap: "results.address.via.isatap",
};

export interface AddressOptions {
  /**
   * Where there is room for a few characters only (a box of the path picture): a hidden IPv4
   * address as its network alone, "203.0.113.0/24".
   */
  short?: boolean;
}

/** An address field in words; an address comes back as it is. */
export function addressText(i18n: I18n, text: string, options: AddressOptions = {}): string {
  const { t } = i18n;
  const masked = parseMasked(text);
  switch (masked?.kind) {
    case undefined:
      return text;
    case "removed":
      return t("results.address.removed");
    case "ipv4":
      if (options.short) return masked.network;
      return t("results.address.ipv4", { kind: t(RANGE[masked.range]), network: masked.network });
    case "ipv6": {
      const scope = t(SCOPE[masked.scope]);
      if (masked.embedded.length === 0) return t("results.address.ipv6", { scope });
      const embedded = masked.embedded
        .map(({ via, network }) =>
          network === null
            ? t(VIA[via])
            : t("results.address.embedded", { via: t(VIA[via]), network }),
        )
        .join("; ");
      return t("results.address.ipv6Embeds", { scope, embedded });
    }
  }
}
