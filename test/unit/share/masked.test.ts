// A hidden address is a fact with one exact grammar: what redact.ts writes for any address
// parses back to the same text, nothing else parses, and the English words older links hold for
// a hidden address read as the same fact.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatMasked,
  legacyMasked,
  MASKED_REMOVED,
  parseMasked,
} from "../../../src/core/share/masked.ts";
import { isTrueMask, maskAddress } from "../../../src/core/share/redact.ts";

/**
 * What the page wrote for these addresses before hidden addresses were facts (maskAddress of
 * commit 0f3603f), in format-1 links and in format-2 links until this form.
 */
const RECORDED_ENGLISH: [string, string][] = [
  ["8.8.4.4", "[public IPv4 in 8.8.4.0/24]"],
  ["10.20.30.40", "[private-use IPv4 in 10.20.30.0/24]"],
  ["100.64.1.2", "[shared-address-space IPv4 in 100.64.1.0/24]"],
  ["0.1.2.3", "[this-network IPv4 in 0.1.2.0/24]"],
  ["127.0.0.1", "[loopback IPv4 in 127.0.0.0/24]"],
  ["169.254.1.1", "[link-local IPv4 in 169.254.1.0/24]"],
  ["192.0.0.170", "[ietf-protocol-assignments IPv4 in 192.0.0.0/24]"],
  ["192.0.2.45", "[documentation IPv4 in 192.0.2.0/24]"],
  ["192.88.99.1", "[6to4-relay-anycast IPv4 in 192.88.99.0/24]"],
  ["198.18.0.1", "[benchmarking IPv4 in 198.18.0.0/24]"],
  ["224.0.0.1", "[multicast IPv4 in 224.0.0.0/24]"],
  ["240.0.0.1", "[reserved IPv4 in 240.0.0.0/24]"],
  ["255.255.255.255", "[limited-broadcast IPv4 in 255.255.255.0/24]"],
  ["255.255.255.1", "[reserved IPv4 in 255.255.255.0/24]"],
  ["2a00:1450:4001:80e::200e", "[global IPv6]"],
  ["2002:c633:6407::1", "[global IPv6, 6to4, IPv4 in 198.51.100.0/24]"],
  ["64:ff9b::c633:6407", "[global IPv6, NAT64, IPv4 in 198.51.100.0/24]"],
  ["64:ff9b:1::c633:6407", "[special IPv6, NAT64]"],
  ["fe80::1", "[link-local IPv6]"],
  ["fec0::1", "[site-local IPv6]"],
  ["fd00::1", "[unique-local IPv6]"],
  ["ff02::1", "[multicast IPv6]"],
  ["::", "[unspecified IPv6]"],
  ["::1", "[loopback IPv6]"],
  ["::ffff:192.0.2.1", "[special IPv6, IPv4-mapped, IPv4 in 192.0.2.0/24]"],
  ["::ffff:0:192.0.2.1", "[special IPv6, SIIT, IPv4 in 192.0.2.0/24]"],
  ["::192.0.2.1", "[special IPv6, IPv4-compatible, IPv4 in 192.0.2.0/24]"],
  ["100::1", "[special IPv6]"],
  ["4000::1", "[reserved IPv6]"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "[global IPv6, Teredo, IPv4 in 192.0.2.0/24]"],
  ["fd00::5efe:c000:22a", "[unique-local IPv6, ISATAP, IPv4 in 192.0.2.0/24]"],
  ["fe80::200:5efe:c000:22a", "[link-local IPv6, ISATAP, IPv4 in 192.0.2.0/24]"],
  [
    "2002:c633:6407::5efe:c000:22a",
    "[global IPv6, 6to4, IPv4 in 198.51.100.0/24, ISATAP, IPv4 in 192.0.2.0/24]",
  ],
  ["64:ff9b:1::5efe:c000:22a", "[special IPv6, NAT64, ISATAP, IPv4 in 192.0.2.0/24]"],
  ["2001:db8::1", "[documentation IPv6]"],
  ["3fff::1", "[documentation IPv6]"],
];

describe("a masked address", () => {
  it("states an address's block or scope, the IPv4 /24s it carries, and nothing more", () => {
    expect(maskAddress("203.0.113.77")).toBe("m4:documentation:203.0.113.0/24");
    expect(maskAddress("10.20.30.40")).toBe("m4:private-use:10.20.30.0/24");
    expect(maskAddress("8.8.4.4")).toBe("m4:public:8.8.4.0/24");
    expect(maskAddress("2a00:1450:4001:80e::200e")).toBe("m6:global");
    expect(maskAddress("2002:c633:6407::5efe:c000:22a")).toBe(
      "m6:global:6to4=198.51.100.0/24:isatap=192.0.2.0/24",
    );
    expect(maskAddress("64:ff9b:1::c633:6407")).toBe("m6:special:nat64");
    expect(parseMasked("m6:global:6to4=198.51.100.0/24")).toEqual({
      kind: "ipv6",
      scope: "global",
      embedded: [{ via: "6to4", network: "198.51.100.0/24" }],
    });
    expect(parseMasked(MASKED_REMOVED)).toEqual({ kind: "removed" });
  });

  it("parses back to exactly the text written, for every address", () => {
    const roundTrip = (address: string) => {
      const text = maskAddress(address);
      const fact = parseMasked(text);
      expect(fact, `${address} → ${text}`).not.toBeNull();
      if (fact === null) return;
      expect(formatMasked(fact)).toBe(text);
      expect(isTrueMask(fact), text).toBe(true);
    };
    for (const [address] of RECORDED_ENGLISH) roundTrip(address);
    fc.assert(fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), roundTrip), {
      numRuns: 2000,
      seed: 0x3a5c,
    });
  });

  it("refuses anything else: addresses, sentences and near misses", () => {
    for (const text of [
      "192.0.2.45",
      "2001:db8::1",
      "",
      "m4",
      "m4:public",
      "m4:public:192.0.2.1/24", // not the /24's own address
      "m4:public:192.0.2.0/16",
      "m4:public:192.0.02.0/24",
      "m4:public:300.0.2.0/24",
      "m4:public:192.0.2.0/24:x",
      "m4:Public:192.0.2.0/24",
      "m4:call us:192.0.2.0/24",
      "m4:constructor:192.0.2.0/24",
      "m6:",
      "m6:galactic",
      "m6:toString",
      "m6:global:",
      "m6:global:call-us",
      "m6:global:6to4", // a 6to4 address always says where its IPv4 is
      "m6:global:nat64=192.0.2.0/24=192.0.2.0/24",
      "m6:global:isatap=192.0.2.0/24:6to4=198.51.100.0/24", // not in the written order
      "m6:global:nat64:nat64",
      "m6:special:ipv4-mapped=192.0.2.0/24:siit=192.0.2.0/24", // one of these at most
      "m:removed:x",
      "m:Removed",
      "[documentation IPv4 in 192.0.2.0/24]",
    ]) {
      expect(parseMasked(text), text).toBeNull();
    }
  });

  it("is false when an IPv4 block is not the one its /24 lies in", () => {
    const fact = (text: string) => {
      const parsed = parseMasked(text);
      if (parsed === null) throw new Error(text);
      return parsed;
    };
    expect(isTrueMask(fact("m4:private-use:8.8.8.0/24"))).toBe(false);
    expect(isTrueMask(fact("m4:public:10.1.2.0/24"))).toBe(false);
    expect(isTrueMask(fact("m4:documentation:192.0.2.0/24"))).toBe(true);
    // The one /24 with two blocks: 255.255.255.255 is the broadcast address, the rest reserved.
    expect(isTrueMask(fact("m4:reserved:255.255.255.0/24"))).toBe(true);
    expect(isTrueMask(fact("m4:limited-broadcast:255.255.255.0/24"))).toBe(true);
    expect(isTrueMask(fact("m4:limited-broadcast:255.255.254.0/24"))).toBe(false);
  });
});

describe("legacyMasked", () => {
  it.each(RECORDED_ENGLISH)("reads %s's older words %s as the same fact", (address, english) => {
    expect(legacyMasked(english)).toBe(maskAddress(address));
  });

  it("reads the removed address, and nothing that is not the older words", () => {
    expect(legacyMasked("[address removed]")).toBe(MASKED_REMOVED);
    for (const text of [
      "192.0.2.45",
      "m4:public:8.8.4.0/24",
      "[global IPv6, call 1-800-555-0100]",
      "[global IPv6, NAT64, IPv4 in 192.0.2.0/24, call us]",
      "[public IPv4 in 192.0.2.0/24, call 1-800]",
      "[public IPv4 in 192.0.2.0/24] call us",
      "[address removed] call us",
      "[constructor IPv6, toString]",
    ]) {
      expect(legacyMasked(text), text).toBeNull();
    }
  });
});
