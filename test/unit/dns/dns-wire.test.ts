import dnsPacket from "dns-packet";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIPv6 as addressCoreParseIPv6 } from "../../../src/core/addr/address.ts";
import {
  DnsWireError,
  decodeMessage,
  encodeQuery,
  formatIPv6,
  nameToLabels,
  parseIPv6,
  RECORD_TYPES,
  type RecordType,
  reverseName,
} from "../../../src/core/dns/dns-wire.ts";
import {
  CNAME_CHAIN_A,
  DNS64_IPV4ONLY_ARPA,
  HTTPS_HINTS,
  HTTPS_RDLENGTH_0,
  HTTPS_RDLENGTH_2,
  HTTPS_TARGET_PAST_RDATA,
  hex,
  NXDOMAIN_SOA,
  POINTER_LOOP,
} from "../../fixtures/dns-answers.ts";
import { httpsRdata } from "../../fixtures/fake-doh.ts";

const TYPES = Object.keys(RECORD_TYPES) as RecordType[];
/** dns-packet 5 has no name for HTTPS (65); it encodes "UNKNOWN_65" as that type code. */
const dpType = (t: RecordType) => (t === "HTTPS" ? "UNKNOWN_65" : t);

function referenceQuery(name: string, type: RecordType, id: number): Uint8Array {
  return new Uint8Array(
    dnsPacket.encode({
      type: "query",
      id,
      flags: dnsPacket.RECURSION_DESIRED,
      questions: [{ type: dpType(type), name, class: "IN" }],
    }),
  );
}

describe("encodeQuery is byte-identical to dns-packet", () => {
  const names = [
    "example.com",
    "example.com.",
    "vpn.example.org",
    "Mixed-Case.Example.NET",
    "ipv4only.arpa",
    "7.0.4.6.3.3.6.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.b.9.f.f.4.6.0.0.ip6.arpa",
    "_dns.resolver.arpa",
    `${"a".repeat(63)}.example`,
    ".",
  ];
  for (const name of names) {
    for (const type of TYPES) {
      it(`${name} ${type}`, () => {
        for (const id of [0, 1, 0xbeef, 0xffff]) {
          expect(Buffer.from(encodeQuery(name, type, id)).toString("hex")).toBe(
            Buffer.from(referenceQuery(name, type, id)).toString("hex"),
          );
        }
      });
    }
  }

  it("for any host name, type and ID (property)", () => {
    fc.assert(
      fc.property(
        fc.domain(),
        fc.constantFrom(...TYPES),
        fc.integer({ min: 0, max: 0xffff }),
        (name, type, id) => {
          expect(Array.from(encodeQuery(name, type, id))).toEqual(
            Array.from(referenceQuery(name, type, id)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses names DNS cannot carry, saying why", () => {
    expect(() => nameToLabels("a..b")).toThrow(/empty label/);
    expect(() => nameToLabels(`${"a".repeat(64)}.example`)).toThrow(/longer than 63/);
    expect(() => nameToLabels(Array(130).fill("ab").join("."))).toThrow(/longer than 255/);
    expect(() => nameToLabels("bücher.example")).toThrow(/xn--/);
    expect(() => nameToLabels("has space.example")).toThrow(DnsWireError);
    expect(() => encodeQuery("example.com", "A", 65536)).toThrow(RangeError);
  });
});

describe("decodeMessage", () => {
  it("reads a compressed CNAME chain as public resolvers send it", () => {
    const m = decodeMessage(CNAME_CHAIN_A);
    expect(m).toMatchObject({ id: 0xbeef, qr: true, rd: true, ra: true, tc: false, rcode: 0 });
    expect(m.questions).toEqual([{ name: "www.example.net", type: 1, class: 1 }]);
    expect(m.answers.map((a) => [a.name, a.type, a.ttl, a.data])).toEqual([
      ["www.example.net", "CNAME", 300, "cdn.example.org"],
      ["cdn.example.org", "CNAME", 300, "edge.cdn.example.org"],
      ["edge.cdn.example.org", "A", 60, "192.0.2.1"],
      ["edge.cdn.example.org", "A", 60, "192.0.2.2"],
    ]);
  });

  it("agrees with dns-packet on every recorded answer", () => {
    for (const bytes of [CNAME_CHAIN_A, DNS64_IPV4ONLY_ARPA, NXDOMAIN_SOA]) {
      const ours = decodeMessage(bytes);
      const ref = dnsPacket.decode(Buffer.from(bytes));
      expect(ours.id).toBe(ref.id);
      expect(ours.questions.map((q) => q.name)).toEqual(ref.questions.map((q) => q.name));
      expect(ours.answers.map((a) => [a.name, a.type, a.ttl, a.data])).toEqual(
        ref.answers.map((a) => [a.name, a.type, a.ttl, a.data]),
      );
      expect(ours.authorities.map((a) => a.name)).toEqual(ref.authorities.map((a) => a.name));
    }
  });

  it("reads HTTPS ipv4hint, ipv6hint and alpn", () => {
    const [answer] = decodeMessage(HTTPS_HINTS).answers;
    expect(answer).toEqual({
      name: "service.example",
      class: 1,
      ttl: 300,
      type: "HTTPS",
      data: {
        priority: 1,
        target: ".",
        alpn: ["h3", "h2"],
        port: null,
        ipv4hint: ["192.0.2.80", "192.0.2.81"],
        ipv6hint: ["2001:db8::80"],
        keys: [1, 4, 6],
      },
    });
  });

  it("reads a DNS64 answer and NXDOMAIN with its SOA", () => {
    const dns64 = decodeMessage(DNS64_IPV4ONLY_ARPA);
    expect(dns64.answers.map((a) => a.data)).toEqual(["64:ff9b::c000:aa", "64:ff9b::c000:ab"]);
    const nx = decodeMessage(NXDOMAIN_SOA);
    expect(nx.rcode).toBe(3);
    expect(nx.answers).toEqual([]);
    expect(nx.authorities[0]).toMatchObject({ name: "example.com", type: "OTHER", typeCode: 6 });
  });

  it("decodes what dns-packet encodes, for each type we ask for", () => {
    const bytes = dnsPacket.encode({
      type: "response",
      id: 4242,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
      questions: [{ name: "mix.example", type: "TXT" }],
      answers: [
        { name: "mix.example", type: "A", ttl: 1, data: "203.0.113.9" },
        { name: "mix.example", type: "AAAA", ttl: 2, data: "2001:db8:0:1::9" },
        { name: "mix.example", type: "TXT", ttl: 3, data: ["v=spf1 -all", "second"] },
        { name: "9.113.0.203.in-addr.arpa", type: "PTR", ttl: 4, data: "mix.example" },
        {
          name: "mix.example",
          type: "UNKNOWN_65",
          ttl: 5,
          data: httpsRdata({
            priority: 2,
            target: "pool.example",
            port: 8443,
            ipv4hint: ["203.0.113.1"],
          }),
        },
      ],
    });
    const m = decodeMessage(bytes);
    expect(m.answers.map((a) => [a.type, a.ttl, a.data])).toEqual([
      ["A", 1, "203.0.113.9"],
      ["AAAA", 2, "2001:db8:0:1::9"],
      ["TXT", 3, ["v=spf1 -all", "second"]],
      ["PTR", 4, "mix.example"],
      [
        "HTTPS",
        5,
        {
          priority: 2,
          target: "pool.example",
          alpn: [],
          port: 8443,
          ipv4hint: ["203.0.113.1"],
          ipv6hint: [],
          keys: [3, 4],
        },
      ],
    ]);
  });

  it("rejects every truncation of every recorded answer with a DnsWireError", () => {
    for (const bytes of [CNAME_CHAIN_A, HTTPS_HINTS, DNS64_IPV4ONLY_ARPA, NXDOMAIN_SOA]) {
      for (let cut = 0; cut < bytes.length; cut++) {
        let error: unknown;
        try {
          decodeMessage(bytes.subarray(0, cut));
        } catch (e) {
          error = e;
        }
        expect(error, `cut at ${cut}`).toBeInstanceOf(DnsWireError);
        expect((error as DnsWireError).kind, `cut at ${cut}`).toMatch(/truncated|malformed/);
      }
    }
    expect(() => decodeMessage(CNAME_CHAIN_A.subarray(0, 110))).toThrow(
      /answer 4 \(A edge\.cdn\.example\.org\) data: needs 4 bytes, 1 left/,
    );
  });

  it("rejects malformed answers with a message that says what is wrong", () => {
    expect(() => decodeMessage(POINTER_LOOP)).toThrow(/compression pointer that loops/);
    // A forward pointer (to offset 20, after itself).
    expect(() =>
      decodeMessage(hex("00 01 81 80 00 01 00 00 00 00 00 00", "c0 14 00 01 00 01")),
    ).toThrow(/loops/);
    // Trailing bytes after the last record.
    expect(() => decodeMessage(new Uint8Array([...CNAME_CHAIN_A, 0]))).toThrow(
      /1 unexpected bytes after the last record/,
    );
    // An A record with 5 bytes of data.
    const fiveByteA = hex(
      "00 02 81 80 00 00 00 01 00 00 00 00",
      "00  00 01 00 01 00 00 00 3c 00 05  01 02 03 04 05",
    );
    expect(() => decodeMessage(fiveByteA)).toThrow(/data is 5 bytes, expected 4/);
    // A label type 0x40 (extended labels, never deployed).
    expect(() =>
      decodeMessage(hex("00 03 81 80 00 01 00 00 00 00 00 00", "41 00 00 01 00 01")),
    ).toThrow(/unknown label type 0x40/);
    // SvcParam keys out of order (ipv6hint before ipv4hint).
    const outOfOrder = hex(
      "00 04 81 80 00 00 00 01 00 00 00 00",
      "00  00 41 00 01 00 00 00 3c 00 1f",
      "00 01 00",
      "00 06 00 10  20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01",
      "00 04 00 04  c0 00 02 01",
    );
    expect(() => decodeMessage(outOfOrder)).toThrow(/not in increasing order/);
  });

  it("never throws anything but DnsWireError, whatever the bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeMessage(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(DnsWireError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** A response to "service.example HTTPS" (ID 0xabcd) with these answers, each owned by the
 * question's name through a pointer to offset 12; each answer is [type code, rdata, ttl?]. */
function response(answers: [number, ArrayLike<number>, number?][]): Uint8Array {
  const out = [0xab, 0xcd, 0x81, 0x80, 0, 1, 0, answers.length, 0, 0, 0, 0];
  out.push(7, ...Buffer.from("service"), 7, ...Buffer.from("example"), 0, 0, 65, 0, 1);
  for (const [type, rdata, ttl = 300] of answers) {
    out.push(0xc0, 0x0c, type >> 8, type & 0xff, 0, 1);
    out.push(ttl >>> 24, (ttl >> 16) & 0xff, (ttl >> 8) & 0xff, ttl & 0xff);
    out.push(rdata.length >> 8, rdata.length & 0xff, ...Array.from(rdata));
  }
  return Uint8Array.from(out);
}

const NEXT_A: [number, number[]] = [1, [192, 0, 2, 1]];

/** The first answer, or "refused" when the message is refused (with a DnsWireError only). */
function firstAnswer(bytes: Uint8Array) {
  try {
    return decodeMessage(bytes).answers[0];
  } catch (error) {
    if (error instanceof DnsWireError) return "refused";
    throw error;
  }
}

describe("every field is read from its own record's data, never from the next record", () => {
  it("refuses an HTTPS record with RDLENGTH 0, 2, or a target longer than its data", () => {
    expect(() => decodeMessage(HTTPS_RDLENGTH_0)).toThrow(
      /answer 1 \(HTTPS service\.example\) priority runs past the end of its record data \(0 bytes\): needs 2 bytes, 0 left/,
    );
    expect(() => decodeMessage(HTTPS_RDLENGTH_2)).toThrow(
      /answer 1 \(HTTPS service\.example\) target runs past the end of its record data \(2 bytes\)/,
    );
    expect(() => decodeMessage(HTTPS_TARGET_PAST_RDATA)).toThrow(
      /target runs past the end of its record data \(7 bytes\)/,
    );
    for (const bytes of [HTTPS_RDLENGTH_0, HTTPS_RDLENGTH_2, HTTPS_TARGET_PAST_RDATA]) {
      expect(() => decodeMessage(bytes)).toThrow(
        expect.objectContaining({ name: "DnsWireError", kind: "malformed" }),
      );
    }
  });

  it("refuses a compressed name whose pointer leads to bytes after the pointer", () => {
    // A CNAME whose data is a pointer to the last byte of its own TTL (6): read as a label
    // length, it would take the data length, the pointer and the next record's first bytes.
    const bytes = response([[5, [0xc0, 42], 6], NEXT_A]);
    expect(bytes[42]).toBe(6);
    expect(() => decodeMessage(bytes)).toThrow(
      /answer 1 \(CNAME service\.example\) target has a compression pointer to a name that runs into the pointer/,
    );
  });

  it("still reads compressed names inside record data that point to earlier names", () => {
    const edge = [4, ...Buffer.from("edge"), 0xc0, 0x0c];
    const https = [0, 1, 4, ...Buffer.from("pool"), 0xc0, 0x0c, 0, 3, 0, 2, 0x01, 0xbb];
    const m = decodeMessage(response([[5, edge], [65, https], NEXT_A]));
    expect(m.answers.map((a) => a.data)).toEqual([
      "edge.service.example",
      expect.objectContaining({ priority: 1, target: "pool.service.example", port: 443 }),
      "192.0.2.1",
    ]);
  });

  it("refuses SvcParams whose length does not fit their key", () => {
    const withParam = (key: number, value: number[]) =>
      response([[65, [0, 1, 0, key >> 8, key & 0xff, value.length >> 8, value.length, ...value]]]);
    expect(() => decodeMessage(withParam(0, [0]))).toThrow(/mandatory is 1 byte, expected a list/);
    expect(() => decodeMessage(withParam(1, []))).toThrow(/alpn is 0 bytes, expected at least one/);
    expect(() => decodeMessage(withParam(2, [1]))).toThrow(/no-default-alpn is 1 byte, expected 0/);
    expect(() => decodeMessage(withParam(3, [0, 1, 2]))).toThrow(/port is 3 bytes, expected 2/);
    expect(() => decodeMessage(withParam(4, [1, 2, 3]))).toThrow(/ipv4hint is 3 bytes/);
    expect(() => decodeMessage(withParam(6, new Array(15).fill(0)))).toThrow(/ipv6hint is 15/);
    expect(decodeMessage(withParam(5, [1, 2, 3])).answers[0]).toMatchObject({
      data: { keys: [5] },
    });
  });

  // Each record's data cut to every length: followed by another record, it must decode exactly
  // as it does when it ends the message (where reading past it would be a truncation).
  const fullData: [string, number, number[]][] = [
    ["A", 1, [192, 0, 2, 7]],
    ["AAAA", 28, [0x20, 0x01, 0x0d, 0xb8, ...new Array(11).fill(0), 7]],
    ["CNAME, compressed", 5, [4, ...Buffer.from("edge"), 0xc0, 0x0c]],
    ["PTR", 12, [4, ...Buffer.from("host"), 7, ...Buffer.from("example"), 0]],
    ["TXT", 16, [5, ...Buffer.from("hello"), 0, 3, ...Buffer.from("abc")]],
    ["SOA (kept as bytes)", 6, [2, ...Buffer.from("ns"), 0xc0, 0x0c, 0, 1, 2, 3, 4]],
    [
      "HTTPS",
      65,
      Array.from(
        httpsRdata({
          priority: 1,
          target: "pool.example",
          alpn: ["h2", "h3"],
          port: 443,
          ipv4hint: ["192.0.2.80"],
          ipv6hint: ["2001:db8::80"],
        }),
      ),
    ],
    [
      "HTTPS, compressed target",
      65,
      [0, 2, 4, ...Buffer.from("pool"), 0xc0, 0x0c, 0, 3, 0, 2, 1, 187],
    ],
  ];
  for (const [what, type, data] of fullData) {
    it(`${what}: every cut decodes the same with or without a record after it`, () => {
      for (let cut = 0; cut <= data.length; cut++) {
        const part = data.slice(0, cut);
        const alone = firstAnswer(response([[type, part]]));
        const followed = firstAnswer(response([[type, part], NEXT_A]));
        expect(followed, `${what} cut to ${cut} bytes`).toEqual(alone);
      }
      expect(firstAnswer(response([[type, data], NEXT_A]))).not.toBe("refused");
    });
  }

  it("decodes any record data the same with or without a record after it (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 5, 6, 12, 16, 28, 65),
        fc.uint8Array({ maxLength: 48 }),
        fc.uint8Array({ minLength: 4, maxLength: 4 }),
        (type, data, next) => {
          const alone = firstAnswer(response([[type, data]]));
          expect(
            firstAnswer(
              response([
                [type, data],
                [1, next],
              ]),
            ),
          ).toEqual(alone);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("address text", () => {
  it("formats IPv6 exactly as the address core does (RFC 5952, property)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 16 }),
        (bytes, zeroFrom, zeroLen) => {
          bytes.fill(0, zeroFrom, zeroFrom + zeroLen); // make zero runs common
          const ours = formatIPv6(bytes);
          expect(ours).toBe(addressCoreParseIPv6(ours));
          expect(parseIPv6(ours)).toEqual(bytes);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("builds reverse names for PTR queries", () => {
    expect(reverseName("198.51.100.7")).toBe("7.100.51.198.in-addr.arpa");
    expect(reverseName("64:ff9b::c633:6407")).toBe(
      "7.0.4.6.3.3.6.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.b.9.f.f.4.6.0.0.ip6.arpa",
    );
    expect(reverseName("::ffff:192.0.2.1")).toBe(
      "1.0.2.0.0.0.0.c.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa",
    );
    expect(() => reverseName("vpn.example.com")).toThrow(/not an IP address/);
  });
});
