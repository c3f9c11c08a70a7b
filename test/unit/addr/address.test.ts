import fc from "fast-check";
import { Address6 } from "ip-address";
import { describe, expect, it } from "vitest";
import {
  AddressError,
  canonicalPref64,
  canonicalPrefix,
  describeAddress,
  discoverPref64,
  extractNat64,
  ipv6Problem,
  isDiscoveryAnswer,
  isInPrefix,
  MAX_DISCOVERED_PREF64,
  nonGlobalIPv4,
  PREF64_LENGTHS,
  parseIPv4,
  parseIPv6,
  prefixKind,
  synthesizeNat64,
} from "../../../src/core/addr/address.ts";

// RFC 6052 §2.4, "Text Representation Examples": 192.0.2.33 under each prefix length. The /96
// row is written in the RFC in mixed notation; parseIPv6 turns it into RFC 5952 text.
const RFC6052_TABLE: [string, string][] = [
  ["2001:db8::/32", "2001:db8:c000:221::"],
  ["2001:db8:100::/40", "2001:db8:1c0:2:21::"],
  ["2001:db8:122::/48", "2001:db8:122:c000:2:2100::"],
  ["2001:db8:122:300::/56", "2001:db8:122:3c0:0:221::"],
  ["2001:db8:122:344::/64", "2001:db8:122:344:c0:2:2100:0"],
  ["2001:db8:122:344::/96", "2001:db8:122:344::192.0.2.33"],
];

describe("RFC 6052 §2.4 table", () => {
  it.each(RFC6052_TABLE)("synthesizes 192.0.2.33 under %s", (prefix, expected) => {
    expect(synthesizeNat64("192.0.2.33", prefix)).toBe(parseIPv6(expected));
  });
  it.each(RFC6052_TABLE)("extracts 192.0.2.33 from the %s row", (prefix, address) => {
    expect(extractNat64(address, prefix)).toBe("192.0.2.33");
  });
  it("returns null for an address outside the prefix", () => {
    expect(extractNat64("2001:db9:c000:221::", "2001:db8::/32")).toBeNull();
    expect(extractNat64("64:ff9b:1::c000:221", "64:ff9b::/96")).toBeNull();
  });
  it("ignores a non-zero u-octet and suffix when decoding, as Jool and Tayga do", () => {
    expect(extractNat64("2001:db8:c000:221:ff00::1", "2001:db8::/32")).toBe("192.0.2.33");
    expect(extractNat64("2001:db8:122:344:ffc0:2:2100:abcd", "2001:db8:122:344::/64")).toBe(
      "192.0.2.33",
    );
  });
});

const ipv4Arb = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255))
  .map((b) => b.join("."));
const groupsArb = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 });

function prefixFrom(groups: number[], length: number): string {
  const bytes = groups
    .flatMap((g) => [g >> 8, g & 0xff])
    .map((b, i) => {
      if (i * 8 >= length) return 0;
      return b;
    });
  const text = [];
  for (let i = 0; i < 16; i += 2)
    text.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return `${text.join(":")}/${length}`;
}

describe("RFC 6052 round trips (property-based)", () => {
  for (const length of PREF64_LENGTHS) {
    it(`extract(synthesize(v4, P/${length})) === v4, and both agree with ip-address`, () => {
      fc.assert(
        fc.property(ipv4Arb, groupsArb, (ipv4, groups) => {
          const g = groups.slice();
          // /96 needs a zero u-octet inside the prefix.
          if (length === 96) g[4] = (g[4] ?? 0) & 0x00ff;
          const prefix = prefixFrom(g, length);
          const synthesized = synthesizeNat64(ipv4, prefix);
          expect(extractNat64(synthesized, prefix)).toBe(ipv4);
          expect(isInPrefix(synthesized, prefix)).toBe(true);
          expect(synthesized).toBe(Address6.fromAddress4Nat64(ipv4, prefix).correctForm());
          expect(new Address6(synthesized).toAddress4Nat64(prefix)?.correctForm()).toBe(ipv4);
        }),
        { seed: 6052, numRuns: 300 },
      );
    });
  }

  it("parseIPv6 gives the same text as ip-address's RFC 5952 form for random addresses", () => {
    fc.assert(
      fc.property(groupsArb, (groups) => {
        const full = groups.map((g) => g.toString(16).padStart(4, "0")).join(":");
        const ours = parseIPv6(full);
        // ip-address writes IPv4-mapped in hex; RFC 5952 §5 recommends the dotted form.
        if (ours.startsWith("::ffff:") && ours.includes(".")) return;
        expect(ours).toBe(new Address6(full).correctForm());
        expect(parseIPv6(ours)).toBe(ours);
      }),
      { seed: 5952, numRuns: 500 },
    );
  });
});

describe("parseIPv6", () => {
  it.each([
    ["64:FF9B:0:0:0:0:C633:6407", "64:ff9b::c633:6407"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"], // RFC 5952 §4.2.3: first of equal runs
    ["2001:db8::1:0", "2001:db8::1:0"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"], // §4.2.2: never "::" for one group
    ["::", "::"],
    ["::1", "::1"],
    ["::ffff:c000:221", "::ffff:192.0.2.33"], // §5: IPv4-mapped in mixed notation
    ["64:ff9b::192.0.2.33", "64:ff9b::c000:221"],
    ["1::", "1::"],
  ])("%s → %s", (input, expected) => {
    expect(parseIPv6(input)).toBe(expected);
  });

  // Each malformed input must throw AddressError whose problem names the actual fault.
  it.each([
    ["", { code: "empty" }],
    ["fe80::1%eth0", { code: "zone", zone: "eth0" }],
    ["2001:db8::/32", { code: "prefix-length", length: "32", text: "2001:db8::/32" }],
    ["[2001:db8::1]", { code: "brackets" }],
    [" 2001:db8::1", { code: "space" }],
    ["2001:db8::1\n", { code: "whitespace" }],
    ["2001:db8::1::2", { code: "double-colon-repeated", count: 2 }],
    ["1:2:3:4:5:6:7:8:9", { code: "group-count", count: 9 }],
    ["1:2:3:4:5:6:7", { code: "group-count", count: 7 }],
    ["1:2:3:4::5:6:7:8", { code: "too-many-groups", count: 8 }],
    ["2001:db8::12345", { code: "group-too-long", group: "12345" }],
    ["::ffff:256.1.2.3", { code: "ipv4-over-255", part: "256", text: "256.1.2.3" }],
    ["::ffff:1.2.3.04", { code: "ipv4-leading-zero", part: "04", text: "1.2.3.04" }],
    ["::ffff:1.2.3", { code: "ipv4-parts", text: "1.2.3" }],
    ["::ffff:1.2.x.3", { code: "bad-character", char: "x" }],
    ["::ffff:1..2.3", { code: "ipv4-not-number", part: "", text: "1..2.3" }],
    ["1.2.3.4::", { code: "ipv4-not-last", group: "1.2.3.4" }],
    ["::1.2.3.4:5", { code: "ipv4-not-last", group: "1.2.3.4" }],
    ["2001:db8:::1", { code: "three-colons" }],
    [":1:2:3:4:5:6:7", { code: "empty-group" }],
    ["1:2:3:4:5:6:7:", { code: "empty-group" }],
    ["2001:db8::g", { code: "bad-character", char: "g" }],
    ["192.0.2.1", { code: "looks-ipv4", text: "192.0.2.1" }],
    ["hello", { code: "bad-character", char: "h" }],
    ["abcd", { code: "no-colons", text: "abcd" }],
  ])("rejects %j", (input, problem) => {
    let caught: unknown;
    try {
      parseIPv6(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AddressError);
    expect((caught as AddressError).problem).toEqual(problem);
  });
});

describe("parseIPv4", () => {
  it("accepts plain dotted quads and refuses octal-looking ones", () => {
    expect(parseIPv4("0.0.0.0")).toBe("0.0.0.0");
    expect(() => parseIPv4("010.0.0.1")).toThrow(AddressError);
    expect(() => parseIPv4("1.2.3.4.5")).toThrow(AddressError);
  });
});

describe("synthesizeNat64 refuses what RFC 6052 §2.2 does not allow", () => {
  /** The problem `f` throws, or undefined. */
  const problemOf = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      if (error instanceof AddressError) return error.problem;
      throw error;
    }
    return undefined;
  };
  it.each([
    ["2001:db8::/33", { code: "pref64-length", length: 33 }],
    ["2001:db8::/128", { code: "pref64-length", length: 128 }],
    [
      "2001:db8::1/96",
      { code: "prefix-host-bits", text: "2001:db8::1/96", length: 96, prefix: "2001:db8::/96" },
    ],
    [
      "2001:db8:1::/32",
      { code: "prefix-host-bits", text: "2001:db8:1::/32", length: 32, prefix: "2001:db8::/32" },
    ],
    ["2001:db8:0:0:100::/96", { code: "pref64-u-octet", text: "2001:db8:0:0:100::/96" }],
    ["2001:db8::", { code: "prefix-shape", text: "2001:db8::" }],
    ["2001:db8::/200", { code: "prefix-too-long", length: 200 }],
  ])("prefix %s", (prefix, problem) => {
    expect(problemOf(() => synthesizeNat64("192.0.2.33", prefix))).toEqual(problem);
  });
  it("refuses a bad IPv4 address", () => {
    expect(problemOf(() => synthesizeNat64("192.0.2.300", "64:ff9b::/96"))).toEqual({
      code: "ipv4-over-255",
      part: "300",
      text: "192.0.2.300",
    });
  });
  it("accepts a /96 whose bits 72–95 are set (only the u-octet must be zero)", () => {
    expect(synthesizeNat64("192.0.2.33", "2001:db8:0:0:ff:ff::/96")).toBe(
      "2001:db8::ff:ff:c000:221",
    );
  });
});

describe("prefix helpers", () => {
  it("canonicalises prefixes", () => {
    expect(canonicalPrefix("2001:DB8:0::/48")).toBe("2001:db8::/48");
    expect(canonicalPref64("0064:ff9b:0000::/96")).toBe("64:ff9b::/96");
    expect(() => canonicalPref64("2001:db8::/36")).toThrow(AddressError);
    expect(canonicalPrefix("2001:db8::/36")).toBe("2001:db8::/36");
  });
  it("tests membership for any prefix length", () => {
    expect(isInPrefix("2001:db8:ffff::1", "2001:db8:f000::/36")).toBe(true);
    expect(isInPrefix("2001:db8:0fff::1", "2001:db8:f000::/36")).toBe(false);
    expect(isInPrefix("::1", "::/0")).toBe(true);
  });
});

describe("discoverPref64 (RFC 7050 §3)", () => {
  it("finds the WKP from both well-known addresses, once", () => {
    expect(discoverPref64(["64:ff9b::c000:aa", "64:ff9b::c000:ab"])).toEqual(["64:ff9b::/96"]);
  });
  it("does not depend on the order of the answers", () => {
    expect(discoverPref64(["64:ff9b::c000:ab", "64:ff9b::c000:aa"])).toEqual(["64:ff9b::/96"]);
    expect(discoverPref64(["64:ff9b::192.0.0.171"])).toEqual(["64:ff9b::/96"]);
  });
  it("finds a /64 Network-Specific Prefix", () => {
    const answer = synthesizeNat64("192.0.0.170", "2001:db8:122:344::/64");
    expect(answer).toBe("2001:db8:122:344:c0:0:aa00:0");
    expect(discoverPref64([answer])).toEqual(["2001:db8:122:344::/64"]);
  });
  it("finds every RFC 6052 length", () => {
    for (const length of PREF64_LENGTHS) {
      const prefix = length === 96 ? "2001:db8:1:2:3:4::/96" : "2001:db8::/32";
      const p = length === 96 ? prefix : canonicalPrefix(`2001:db8::/${length}`);
      expect(discoverPref64([synthesizeNat64("192.0.0.171", p)])).toEqual([p]);
    }
  });
  it("prefers the longest prefix when a shorter one's bits happen to contain 192.0.0.170", () => {
    // Prefix 2001:db8:c000:aa::/64: bits 32–63 read as 192.0.0.170, so a /32 search would
    // wrongly return 2001:db8::/32.
    const answer = synthesizeNat64("192.0.0.170", "2001:db8:c000:aa::/64");
    expect(discoverPref64([answer])).toEqual(["2001:db8:c000:aa::/64"]);
    // And a /96 whose upper bits contain it too.
    expect(discoverPref64(["2001:db8:c000:aa::c000:ab"])).toEqual(["2001:db8:c000:aa::/96"]);
  });
  it("yields nothing when no answer carries a well-known address", () => {
    expect(discoverPref64(["64:ff9b::808:808", "2001:db8::1"])).toEqual([]);
    expect(discoverPref64([])).toEqual([]);
  });
  it("returns two different prefixes in the order received", () => {
    const a = synthesizeNat64("192.0.0.170", "2a00:1098:2b::/96");
    const b = synthesizeNat64("192.0.0.171", "2001:db8:100::/40");
    expect(discoverPref64([b, a, "64:ff9b::c000:aa"])).toEqual([
      "2001:db8:100::/40",
      "2a00:1098:2b::/96",
      "64:ff9b::/96",
    ]);
  });
  it("rejects a candidate with a non-zero u-octet or inside ::/64", () => {
    // /64 position with the u-octet set.
    expect(discoverPref64(["2001:db8:122:344:ffc0:0:aa00:0"])).toEqual([]);
    expect(discoverPref64(["::ffff:192.0.0.170", "::192.0.0.170"])).toEqual([]);
  });
  it("skips answers that are not addresses instead of throwing", () => {
    expect(discoverPref64(["not an address", "64:ff9b::c000:aa"])).toEqual(["64:ff9b::/96"]);
  });
  it("keeps at most MAX_DISCOVERED_PREF64 prefixes, the first received, however many answers", () => {
    // 1,559 crafted answers once made 1,559 prefixes, and every address of the paste was then
    // compared with each of them (2.3 s for one 20,000-character paste).
    const answers = Array.from({ length: 1559 }, (_, i) => `${(i + 1).toString(16)}::c000:aa`);
    const found = discoverPref64(answers);
    expect(MAX_DISCOVERED_PREF64).toBe(8);
    expect(found).toEqual(answers.slice(0, 8).map((a) => a.replace("c000:aa", "/96")));
    expect(discoverPref64(answers, 2)).toEqual(["1::/96", "2::/96"]);
    // Duplicates do not use up the allowance.
    expect(discoverPref64(["1::c000:aa", "1::c000:ab", "2::c000:aa"], 2)).toEqual([
      "1::/96",
      "2::/96",
    ]);
  });
});

describe("ipv6Problem", () => {
  it("gives the problem parseIPv6 would throw, or null for an address", () => {
    for (const text of ["64:ff9b::c633:64077", "1.2.3.4", "fe80::1%eth0", "::/96", "", "1::2::3"]) {
      let thrown: unknown;
      try {
        parseIPv6(text);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AddressError);
      expect((thrown as AddressError).problem).toEqual(ipv6Problem(text));
    }
    expect(ipv6Problem("64:ff9b::c633:6407")).toBeNull();
  });
});

describe("nonGlobalIPv4 (IANA special-purpose registry)", () => {
  it.each([
    ["0.1.2.3", "this-network", "RFC 791"],
    ["10.1.2.3", "private-use", "RFC 1918"],
    ["100.64.0.1", "shared-address-space", "RFC 6598"],
    ["127.0.0.1", "loopback", "RFC 1122"],
    ["169.254.1.1", "link-local", "RFC 3927"],
    ["172.31.255.255", "private-use", "RFC 1918"],
    ["192.0.0.8", "ietf-protocol-assignments", "RFC 6890"],
    ["192.0.2.1", "documentation", "RFC 5737"],
    ["192.88.99.1", "6to4-relay-anycast", "RFC 7526"],
    ["192.168.1.1", "private-use", "RFC 1918"],
    ["198.19.0.1", "benchmarking", "RFC 2544"],
    ["198.51.100.7", "documentation", "RFC 5737"],
    ["203.0.113.9", "documentation", "RFC 5737"],
    ["224.0.0.1", "multicast", "RFC 5771"],
    ["240.0.0.1", "reserved", "RFC 1112"],
    ["255.255.255.255", "limited-broadcast", "RFC 919"],
  ])("%s is %s (%s)", (ipv4, range, rfc) => {
    expect(nonGlobalIPv4(ipv4)).toEqual({ range, rfc });
  });
  it("is null for global addresses, right next to the blocks", () => {
    for (const ipv4 of ["8.8.8.8", "100.128.0.1", "172.32.0.1", "198.20.0.1", "192.0.3.1"]) {
      expect(nonGlobalIPv4(ipv4), ipv4).toBeNull();
    }
  });
});

describe("describeAddress", () => {
  it("explains a WKP address", () => {
    const info = describeAddress("64:ff9b::198.51.100.7");
    expect(info.canonical).toBe("64:ff9b::c633:6407");
    expect(info.scope).toBe("global");
    expect(info.embedded).toEqual([
      { kind: "nat64-wkp", ipv4: "198.51.100.7", prefix: "64:ff9b::/96" },
    ]);
  });

  it("notes RFC 6052 §3.1 when the WKP carries a non-global IPv4 address", () => {
    const info = describeAddress("64:ff9b::a01:203");
    expect(info.embedded[0]?.ipv4).toBe("10.1.2.3");
    expect(info.notes).toEqual([
      { code: "wkp-non-global", ipv4: "10.1.2.3", range: "private-use", rfc: "RFC 1918" },
    ]);
    expect(describeAddress("64:ff9b::808:808").notes).toEqual([]);
  });

  it("recognises the ipv4only.arpa answers rather than warning about 192.0.0.170", () => {
    expect(describeAddress("64:ff9b::c000:aa").notes).toEqual([
      { code: "ipv4only-arpa", ipv4: "192.0.0.170" },
    ]);
  });

  it("leaves the IPv4 address unknown inside 64:ff9b:1::/48 unless a prefix is supplied", () => {
    const address = synthesizeNat64("192.0.2.33", "64:ff9b:1::/48");
    const unknown = describeAddress(address);
    expect(unknown.embedded).toEqual([
      { kind: "nat64-local-use", ipv4: null, prefix: "64:ff9b:1::/48" },
    ]);
    expect(unknown.notes).toEqual([{ code: "local-use-unknown-length" }]);
    const known = describeAddress(address, { prefixes: ["64:ff9b:1::/48"] });
    expect(known.embedded).toEqual([
      { kind: "nat64-local-use", ipv4: "192.0.2.33", prefix: "64:ff9b:1::/48" },
    ]);
    const at96 = describeAddress("64:ff9b:1:2:3:4:c000:221", {
      prefixes: ["64:ff9b:1:2:3:4::/96"],
    });
    expect(at96.embedded[0]).toMatchObject({ kind: "nat64-local-use", ipv4: "192.0.2.33" });
  });

  it("names a published public NAT64 prefix with its operator and source", () => {
    const info = describeAddress("2a00:1098:2b::c633:6407");
    expect(info.embedded).toHaveLength(1);
    expect(info.embedded[0]).toMatchObject({
      kind: "nat64-known",
      ipv4: "198.51.100.7",
      prefix: "2a00:1098:2b::/96",
      operator: expect.stringMatching(/Kasper Dupont/),
      source: expect.stringMatching(/^https:\/\//),
    });
  });

  it("decodes a supplied Network-Specific Prefix and flags a non-zero u-octet", () => {
    const plain = describeAddress("2001:db8:122:344:c0:2:2100:0", {
      prefixes: ["2001:db8:122:344::/64"],
    });
    expect(plain.embedded).toEqual([
      { kind: "nat64-nsp", ipv4: "192.0.2.33", prefix: "2001:db8:122:344::/64" },
    ]);
    expect(plain.notes.map((n) => n.code)).not.toContain("u-octet-not-zero");
    const odd = describeAddress("2001:db8:122:344:7c0:2:2100:0", {
      prefixes: ["2001:db8:122:344::/64"],
    });
    expect(odd.embedded[0]).toMatchObject({ kind: "nat64-nsp", ipv4: "192.0.2.33", uOctet: 7 });
    expect(odd.notes).toContainEqual({ code: "u-octet-not-zero", uOctet: 7 });
    // Without the prefix nothing is claimed.
    expect(describeAddress("2001:db8:122:344:c0:2:2100:0").embedded).toEqual([]);
  });

  it("decodes the RFC 4380 Teredo example (server 65.54.227.120, client 192.0.2.45:40000, cone)", () => {
    // The worked example used with RFC 4380 §4's address format (also in ip-address's tests).
    const address = "2001:0000:4136:e378:8000:63bf:3fff:fdd2";
    const info = describeAddress(address);
    expect(info.embedded).toEqual([
      {
        kind: "teredo",
        ipv4: "192.0.2.45",
        server: "65.54.227.120",
        port: 40000,
        flags: 0x8000,
        cone: true,
        prefix: "2001::/32",
      },
    ]);
    const oracle = new Address6(address).inspectTeredo();
    expect([oracle.server4, oracle.client4, oracle.udpPort]).toEqual([
      "65.54.227.120",
      "192.0.2.45",
      "40000",
    ]);
  });

  it("decodes 6to4, and ISATAP inside it", () => {
    expect(describeAddress("2002:c000:221::1").embedded).toEqual([
      { kind: "6to4", ipv4: "192.0.2.33", prefix: "2002::/16" },
    ]);
    const both = describeAddress("2002:c000:221:1:200:5efe:c633:6407");
    expect(both.embedded.map((e) => [e.kind, e.ipv4])).toEqual([
      ["6to4", "192.0.2.33"],
      ["isatap", "198.51.100.7"],
    ]);
    expect(both.embedded[1]).toMatchObject({ universal: true, prefix: "2002:c000:221:1::/64" });
    expect(describeAddress("2001:db8::5efe:a00:1").embedded[0]).toMatchObject({
      kind: "isatap",
      ipv4: "10.0.0.1",
      universal: false,
    });
  });

  it("tells the IPv4-in-IPv6 forms of RFC 4291 and SIIT apart", () => {
    expect(describeAddress("::ffff:192.0.2.1").embedded).toEqual([
      { kind: "ipv4-mapped", ipv4: "192.0.2.1", prefix: "::ffff:0:0/96" },
    ]);
    expect(describeAddress("::192.0.2.1").embedded).toEqual([
      { kind: "ipv4-compatible", ipv4: "192.0.2.1", prefix: "::/96" },
    ]);
    expect(describeAddress("::ffff:0:192.0.2.1").embedded).toEqual([
      { kind: "siit-ipv4-translated", ipv4: "192.0.2.1", prefix: "::ffff:0:0:0/96" },
    ]);
    expect(describeAddress("::").embedded).toEqual([]);
    expect(describeAddress("::1").embedded).toEqual([]);
  });

  it.each([
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["fe80::1", "link-local"],
    ["fec0::1", "site-local"],
    ["fd00::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["3fff::1", "documentation"],
    ["2a00:1450::1", "global"],
    ["64:ff9b::808:808", "global"],
    ["64:ff9b:1::1", "special"],
    ["::ffff:1.2.3.4", "special"],
    ["4000::1", "reserved"],
  ])("scope of %s is %s", (address, scope) => {
    expect(describeAddress(address).scope).toBe(scope);
  });

  it.each([
    ["::ffff:192.0.2.1", ["ipv4-mapped"]],
    ["::ffff:0:192.0.2.1", ["siit-translated"]],
    ["::192.0.2.1", ["ipv4-compatible"]],
    ["2002:c000:221:1:200:5efe:c633:6407", ["6to4", "isatap"]],
    ["2001:0000:4136:e378:8000:63bf:3fff:fdd2", ["teredo"]],
    ["2001:db8::1", ["documentation"]],
    ["2001:db8::5efe:a00:1", ["isatap", "documentation"]],
    ["2a00:1450::1", []],
  ])("notes for %s, by code", (address, codes) => {
    expect(describeAddress(address).notes.map((n) => n.code)).toEqual(codes);
  });

  it("notes a suffix after the embedded IPv4 address that is not zero, and from which bit", () => {
    const info = describeAddress("2001:db8:122:344:c0:2:2100:1", {
      prefixes: ["2001:db8:122:344::/64"],
    });
    expect(info.embedded[0]).toMatchObject({ kind: "nat64-nsp", ipv4: "192.0.2.33" });
    expect(info.notes).toContainEqual({ code: "suffix-not-zero", from: 104 });
  });

  it("throws AddressError for text that is not an address", () => {
    expect(() => describeAddress("64:ff9b::c633:64077")).toThrow(AddressError);
  });
});

describe("parseIPv6 blames the first stray character when the text is not address-shaped", () => {
  it.each([
    ["%%%[[[", "%"],
    ["http://x/1", "h"],
  ])("%j", (input, char) => {
    expect(ipv6Problem(input)).toEqual({ code: "bad-character", char });
  });
});

describe("naming what an address or prefix is", () => {
  it("knows ipv4only.arpa's answers under any NAT64 prefix, and nothing else", () => {
    const first = (address: string, prefixes: string[] = []) =>
      describeAddress(address, { prefixes }).embedded[0] ?? expect.unreachable();
    expect(isDiscoveryAnswer(first("64:ff9b::c000:aa"))).toBe(true);
    expect(isDiscoveryAnswer(first("2a00:1098:2b::c000:ab"))).toBe(true);
    expect(isDiscoveryAnswer(first("64:ff9b::c633:6407"))).toBe(false);
    // The same IPv4 address outside a NAT64 prefix is no DNS64 answer.
    expect(isDiscoveryAnswer(first("::ffff:192.0.0.170"))).toBe(false);
  });

  it.each([
    ["64:ff9b::/96", { kind: "well-known" }],
    ["64:ff9b:1::/48", { kind: "local-use" }],
    ["2a00:1098:2b::/96", { kind: "published", operator: expect.stringMatching(/Kasper Dupont/) }],
    ["2001:db8:122:344::/64", { kind: "nat64-length" }],
    ["2001:db8::/36", { kind: "network" }],
  ])("prefix %s", (prefix, kind) => {
    expect(prefixKind(prefix)).toEqual(kind);
  });
});
