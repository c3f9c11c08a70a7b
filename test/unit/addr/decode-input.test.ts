import { describe, expect, it } from "vitest";
import { MAX_DISCOVERED_PREF64 } from "../../../src/core/addr/address.ts";
import {
  type CharReader,
  decodeInput,
  inputForLink,
  isDnsName,
  LONGEST_ADDRESS_TEXT,
  linkNotes,
  MAX_ADDRESSES,
  MAX_CANDIDATE,
  MAX_INPUT,
  scanTokens,
} from "../../../src/core/addr/decode-input.ts";

const DIG = `
; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> AAAA ipv4only.arpa
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 40123
;; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;ipv4only.arpa.			IN	AAAA

;; ANSWER SECTION:
ipv4only.arpa.		86400	IN	AAAA	64:ff9b::c000:aa
ipv4only.arpa.		86400	IN	AAAA	64:ff9b::c000:ab

;; Query time: 24 msec
;; SERVER: 2001:4860:4860::6464#53(2001:4860:4860::6464) (UDP)
;; WHEN: Sat Nov 28 04:13:34 UTC 2026
;; MSG SIZE  rcvd: 98
`;

const DIG_NO_AAAA = `
; <<>> DiG 9.18.28 <<>> AAAA ipv4only.arpa
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1
;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1

;; QUESTION SECTION:
;ipv4only.arpa.			IN	AAAA

;; AUTHORITY SECTION:
ipv4only.arpa.		3600	IN	SOA	sns.dns.icann.org. noc.dns.icann.org. 2024 7200 3600 1209600 3600

;; SERVER: 192.168.1.1#53(192.168.1.1) (UDP)
`;

const NSLOOKUP_LINUX = `Server:		127.0.0.53
Address:	127.0.0.53#53

Non-authoritative answer:
Name:	ipv4only.arpa
Address: 192.0.0.170
Name:	ipv4only.arpa
Address: 192.0.0.171
Name:	ipv4only.arpa
Address: 2001:db8:122:344:c0:0:aa00:0
Name:	ipv4only.arpa
Address: 2001:db8:122:344:c0:0:ab00:0
`;

const NSLOOKUP_WINDOWS = `Server:  UnKnown
Address:  fe80::1%12

Non-authoritative answer:
Name:    ipv4only.arpa
Addresses:  2a00:1098:2b::c000:aa
          2a00:1098:2b::c000:ab
          192.0.0.170
          192.0.0.171
`;

const HOST = `ipv4only.arpa has address 192.0.0.171
ipv4only.arpa has address 192.0.0.170
ipv4only.arpa has IPv6 address 64:ff9b::c000:ab
ipv4only.arpa has IPv6 address 64:ff9b::c000:aa
`;

describe("decodeInput: single addresses", () => {
  it("decodes a bare WKP address", () => {
    const d = decodeInput("64:ff9b::c633:6407");
    expect(d.format).toBe("address");
    expect(d.problem).toBeNull();
    expect(d.addresses).toHaveLength(1);
    const [a] = d.addresses;
    expect(a?.stripped).toEqual([]);
    expect(a?.info?.canonical).toBe("64:ff9b::c633:6407");
    expect(a?.info?.embedded[0]).toMatchObject({ kind: "nat64-wkp", ipv4: "198.51.100.7" });
  });

  it("strips surrounding whitespace without mentioning it", () => {
    const d = decodeInput("  64:FF9B::C633:6407 \n");
    expect(d.addresses[0]?.info?.canonical).toBe("64:ff9b::c633:6407");
    expect(d.addresses[0]?.stripped).toEqual([]);
  });

  it("strips brackets and port, and says so", () => {
    const d = decodeInput("[64:ff9b::c633:6407]:51820");
    expect(d.addresses[0]?.stripped).toEqual([
      { what: "brackets", value: "[]" },
      { what: "port", value: "51820" },
    ]);
    expect(d.addresses[0]?.info?.embedded[0]?.ipv4).toBe("198.51.100.7");
  });

  it("strips a zone ID", () => {
    const d = decodeInput("fe80::1%eth0");
    expect(d.addresses[0]?.stripped).toEqual([{ what: "zone", value: "eth0" }]);
    expect(d.addresses[0]?.info?.scope).toBe("link-local");
  });

  it("treats P/n as a prefix, not as an address with an embedded 0.0.0.0", () => {
    const d = decodeInput("64:ff9b::/96");
    expect(d.addresses[0]?.prefix).toBe("64:ff9b::/96");
    expect(d.addresses[0]?.info?.embedded).toEqual([]);
    expect(d.addresses[0]?.stripped).toEqual([{ what: "prefix-length", value: "96" }]);
  });

  it.each([
    ["64:ff9b::c633:64077", { code: "group-too-long", group: "64077" }],
    ["64:ff9b:c633:6407", { code: "group-count", count: 4 }],
    ["2001:db8::1::2", { code: "double-colon-repeated", count: 2 }],
    ["::ffff:300.1.1.1", { code: "ipv4-over-255", part: "300", text: "300.1.1.1" }],
    [
      "64:ff9b::1/96",
      { code: "prefix-host-bits", text: "64:ff9b::1/96", length: 96, prefix: "64:ff9b::/96" },
    ],
    ["::/200", { code: "prefix-too-long", length: 200 }],
  ])("says what is wrong with %j", (input, problem) => {
    expect(decodeInput(input).addresses.map((a) => a.error)).toEqual([problem]);
  });

  it("suggests brackets for a port stuck onto an address", () => {
    const [stuck] = decodeInput("64:ff9b::c633:6407:51820").addresses;
    expect(stuck?.error).toEqual({ code: "group-too-long", group: "51820" });
    expect(stuck?.portHint).toEqual({ address: "64:ff9b::c633:6407", port: "51820" });
    // No hint when what is left would not be an address either, or the number is no port.
    expect(decodeInput("64:ff9b:c633:51820").addresses[0]?.portHint).toBeNull();
    expect(decodeInput("64:ff9b::c633:6407:99999").addresses[0]?.portHint).toBeNull();
  });

  it("says an IPv4 address has nothing to decode", () => {
    const d = decodeInput("192.0.2.1");
    expect(d.addresses[0]).toMatchObject({
      ipv4: "192.0.2.1",
      info: null,
      error: { code: "is-ipv4", ipv4: "192.0.2.1" },
    });
  });

  it.each([
    ["hello world", "no-address", []],
    ["see you at 04:13:34", null, [{ code: "group-count", count: 3 }]],
    ["%%%[[[", null, [{ code: "bad-character", char: "%" }]],
    ["]:::[", null, [{ code: "bad-character", char: "]" }]],
  ])("says why %j holds no address, instead of throwing", (input, problem, errors) => {
    const d = decodeInput(input);
    expect(d.problem).toBe(problem);
    expect(d.addresses.map((a) => a.error)).toEqual(errors);
    expect(d.addresses.every((a) => a.info === null)).toBe(true);
  });

  it("returns an empty decode for empty input", () => {
    expect(decodeInput("  ")).toMatchObject({ format: "empty", addresses: [], problem: null });
  });
});

describe("decodeInput: WireGuard and URLs", () => {
  it("reads the Endpoint line of a WireGuard config", () => {
    const config = `[Interface]
PrivateKey = aGVsbG8=
Address = 10.0.0.2/32, fd00::2/128

[Peer]
PublicKey = d29ybGQ=
Endpoint = [64:ff9b::c633:6407]:51820
AllowedIPs = 0.0.0.0/0, ::/0`;
    const d = decodeInput(config);
    expect(d.format).toBe("wireguard");
    expect(d.addresses).toHaveLength(1);
    expect(d.addresses[0]?.role).toBe("endpoint");
    expect(d.addresses[0]?.stripped.map((s) => s.what)).toEqual(["brackets", "port"]);
    expect(d.addresses[0]?.info?.embedded).toEqual([
      { kind: "nat64-wkp", ipv4: "198.51.100.7", prefix: "64:ff9b::/96" },
    ]);
  });

  it("reads an IPv4 endpoint with its port as an IPv4 address, port stripped", () => {
    const d = decodeInput("Endpoint = 198.51.100.7:51820");
    expect(d.addresses[0]).toMatchObject({
      ipv4: "198.51.100.7",
      stripped: [{ what: "port", value: "51820" }],
      error: { code: "is-ipv4", ipv4: "198.51.100.7" },
    });
    // Only digits are a port; and an IPv6 address has none without brackets.
    expect(decodeInput("Endpoint = 198.51.100.7:x").addresses[0]?.ipv4).toBeNull();
    expect(decodeInput("Endpoint = [::1]:x").addresses[0]?.stripped).toEqual([]);
    expect(decodeInput("Endpoint = [::1]:").addresses[0]?.stripped).toEqual([
      { what: "brackets", value: "[]" },
    ]);
  });

  it("reads the bracketed host of a URL, with port and an RFC 6874 zone", () => {
    const d = decodeInput("http://[fe80::1%25wlan0]:8080/status?x=1");
    expect(d.format).toBe("url");
    expect(d.addresses[0]?.info?.canonical).toBe("fe80::1");
    expect(d.addresses[0]?.stripped).toEqual([
      { what: "brackets", value: "[]" },
      { what: "port", value: "8080" },
      { what: "zone", value: "wlan0" },
    ]);
  });

  it("says when a URL has no IPv6 literal, or an Endpoint line no address", () => {
    expect(decodeInput("https://example.com:8443/").problem).toBe("url-without-address");
    expect(decodeInput("[Peer]\nEndpoint =").problem).toBe("endpoint-without-address");
  });
});

describe("decodeInput: resolver output", () => {
  it("dig: AAAA answers give the prefix; the SERVER line is the resolver, not an answer", () => {
    const d = decodeInput(DIG);
    expect(d.format).toBe("dig");
    expect(d.queryName).toBe("ipv4only.arpa");
    expect(d.prefixes).toEqual(["64:ff9b::/96"]);
    expect(d.noAaaa).toBe(false);
    expect(d.addresses.map((a) => [a.role, a.info?.canonical])).toEqual([
      ["answer", "64:ff9b::c000:aa"],
      ["answer", "64:ff9b::c000:ab"],
      ["resolver", "2001:4860:4860::6464"],
    ]);
    // The WHEN line's clock time is not mistaken for an address.
    expect(d.addresses.every((a) => a.error === null)).toBe(true);
  });

  it("dig without AAAA answers: no DNS64", () => {
    const d = decodeInput(DIG_NO_AAAA);
    expect(d.noAaaa).toBe(true);
    expect(d.prefixes).toEqual([]);
    expect(d.problem).toBeNull();
  });

  it("dig +short: bare lines still yield the prefix", () => {
    const d = decodeInput("64:ff9b::c000:ab\n64:ff9b::c000:aa\n");
    expect(d.prefixes).toEqual(["64:ff9b::/96"]);
  });

  it("nslookup (BIND): finds a /64 NSP, decodes answers with it, skips the server block", () => {
    const d = decodeInput(NSLOOKUP_LINUX);
    expect(d.format).toBe("nslookup");
    expect(d.prefixes).toEqual(["2001:db8:122:344::/64"]);
    expect(d.ipv4Answers).toEqual(["192.0.0.170", "192.0.0.171"]);
    const answers = d.addresses.filter((a) => a.role === "answer");
    expect(answers.map((a) => a.info?.embedded[0])).toEqual([
      { kind: "nat64-nsp", ipv4: "192.0.0.170", prefix: "2001:db8:122:344::/64" },
      { kind: "nat64-nsp", ipv4: "192.0.0.171", prefix: "2001:db8:122:344::/64" },
    ]);
    const server = d.addresses.find((a) => a.role === "resolver");
    expect(server?.ipv4).toBe("127.0.0.53");
    expect(server?.stripped).toEqual([{ what: "port", value: "53" }]);
  });

  it("nslookup (Windows): continuation lines, a known public NAT64, a zone on the server", () => {
    const d = decodeInput(NSLOOKUP_WINDOWS);
    expect(d.format).toBe("nslookup");
    expect(d.prefixes).toEqual(["2a00:1098:2b::/96"]);
    expect(d.ipv4Answers).toEqual(["192.0.0.170", "192.0.0.171"]);
    expect(d.addresses.filter((a) => a.role === "answer")).toHaveLength(2);
    expect(d.addresses.find((a) => a.role === "answer")?.info?.embedded[0]?.kind).toBe(
      "nat64-known",
    );
    const server = d.addresses.find((a) => a.role === "resolver");
    expect(server?.stripped).toEqual([{ what: "zone", value: "12" }]);
  });

  it("host: answers in any order", () => {
    const d = decodeInput(HOST);
    expect(d.format).toBe("host");
    expect(d.prefixes).toEqual(["64:ff9b::/96"]);
    expect(d.ipv4Answers).toEqual(["192.0.0.171", "192.0.0.170"]);
  });

  it("host without AAAA", () => {
    const d = decodeInput(
      "ipv4only.arpa has address 192.0.0.170\nipv4only.arpa has address 192.0.0.171\nipv4only.arpa has no AAAA record\n",
    );
    expect(d.format).toBe("host");
    expect(d.noAaaa).toBe(true);
    expect(d.prefixes).toEqual([]);
  });
});

describe("colons alone", () => {
  it("are refused, not read as the unspecified address", () => {
    for (const text of ["::::::", "hello world <b>bold</b> ::::::"]) {
      const decode = decodeInput(text);
      expect(decode.addresses.map((a) => [a.info, a.error])).toEqual([
        [null, { code: "three-colons" }],
      ]);
    }
    expect(decodeInput("::").addresses[0]?.info?.canonical).toBe("::");
  });
});

// Words joined by U+2800 (BRAILLE PATTERN BLANK): renders as spaces, but is not whitespace.
const BLANK = "\u2800";
const SENTENCE = ["Your", "router", "is", "infected.", "Call", "1-800-555-0199"].join(BLANK);

describe("names from pasted output (issue 10 §4)", () => {
  it("accepts only LDH host names within the length limits", () => {
    for (const name of ["ipv4only.arpa", "IPv4only.ARPA", "a", "xn--bcher-kva.example", "a-1.b"]) {
      expect(isDnsName(name), name).toBe(true);
    }
    const label63 = "a".repeat(63);
    expect(isDnsName(`${label63}.example`)).toBe(true);
    expect(isDnsName(`${label63}a.example`)).toBe(false);
    const long = Array.from({ length: 64 }, () => "abc").join("."); // 255 characters
    expect(isDnsName(long)).toBe(false);
    expect(isDnsName(long.slice(0, 253))).toBe(true);
    for (const name of [
      SENTENCE,
      "",
      "a..b",
      ".a",
      "-a.b",
      "a-.b",
      "a_b.c",
      "a b",
      "ä.example",
      "a/b",
    ]) {
      expect(isDnsName(name), name).toBe(false);
    }
  });

  it.each([
    ["dig question", `;; QUESTION SECTION:\n;${SENTENCE}.\t\tIN\tAAAA\n\n;; ANSWER SECTION:\n`],
    ["dig record", `;; ANSWER SECTION:\n${SENTENCE}. 300 IN A 192.0.2.1\n`],
    [
      "nslookup",
      `Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\nName:\t${SENTENCE}\nAddress: 192.0.2.1\n`,
    ],
    ["host", `${SENTENCE} has address 192.0.2.1\n${SENTENCE} has no AAAA record\n`],
  ])(
    "refuses a name that is no DNS name (%s), and does not take it for ipv4only.arpa",
    (_, text) => {
      const d = decodeInput(text);
      expect(d.noAaaa).toBe(true);
      expect(d.queryName).toBeNull();
      expect(d.queryNameRefused).toBe(true);
      expect(d.aboutIpv4only).toBe(false);
    },
  );

  it("keeps a valid name, and knows ipv4only.arpa in any case", () => {
    const d = decodeInput(";; ANSWER SECTION:\nexample.com. 300 IN A 192.0.2.1\n");
    expect([d.queryName, d.queryNameRefused, d.aboutIpv4only]).toEqual([
      "example.com",
      false,
      false,
    ]);
    expect(decodeInput("IPV4ONLY.ARPA has no AAAA record\n").aboutIpv4only).toBe(true);
    // Output that names nothing (dig +short) is taken to be about ipv4only.arpa, as before.
    expect(decodeInput(DIG_NO_AAAA).aboutIpv4only).toBe(true);
  });
});

/** A string that counts how many characters are read from it. */
function counting(text: string): CharReader & { reads: number } {
  const reader = {
    reads: 0,
    length: text.length,
    charCodeAt(i: number) {
      reader.reads++;
      return text.charCodeAt(i);
    },
    slice(start: number, end: number) {
      reader.reads += Math.max(0, end - start);
      return text.slice(start, end);
    },
  };
  return reader;
}

function fill(unit: string, tail = ""): string {
  const room = MAX_INPUT - tail.length;
  return unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + tail;
}

describe("decoding cost (issue 10 §5)", () => {
  it("tokenizes free text reading each character a bounded number of times", () => {
    // The regular expressions this replaces read 20,000 '[' or ':' about 200 million times.
    const inputs = [
      fill("["),
      fill("[a"),
      fill("[:"),
      fill(":"),
      fill(":", "x"),
      fill(".", "x"),
      fill(".:", "x"),
      fill("::", "x"),
      fill("[1::]:"),
      fill("[1::]:1"),
      fill("a "),
      fill("1::1 "),
      fill("]:1"),
    ];
    for (const text of inputs) {
      const reader = counting(text);
      scanTokens(reader);
      expect(reader.reads, JSON.stringify(text.slice(0, 8))).toBeLessThanOrEqual(5 * text.length);
    }
  });

  it("tokenizes as before: bracketed hosts anywhere, trailing punctuation trimmed", () => {
    expect(scanTokens("see [64:ff9b::1]:443, and 64:ff9b::2. or 64:ff9b:: at 04:13:34")).toEqual([
      "[64:ff9b::1]:443",
      "64:ff9b::2",
      "64:ff9b::",
      "04:13:34",
    ]);
    expect(scanTokens("(2001:db8::1) ::::: a=b:c http://x")).toEqual([
      "2001:db8::1",
      ":::::",
      "b:c",
    ]);
    // A second "[" ends a search for "]", so the inner group is the one found.
    expect(scanTokens("[[::1]]")).toEqual(["[::1]"]);
  });

  it("uses at most MAX_DISCOVERED_PREF64 prefixes and decodes at most MAX_ADDRESSES addresses", () => {
    const lines: string[] = [];
    for (let i = 1; lines.join("\n").length < MAX_INPUT - 20; i++)
      lines.push(`${i.toString(16)}::c000:aa`);
    const d = decodeInput(lines.join("\n"));
    expect(d.prefixes).toHaveLength(MAX_DISCOVERED_PREF64);
    expect(d.morePrefixes).toBe(true);
    expect(d.addresses).toHaveLength(MAX_ADDRESSES);
    expect(d.addressCount).toBe(lines.length);
    expect(d.addresses[0]?.info?.embedded[0]).toMatchObject({
      kind: "nat64-nsp",
      prefix: "1::/96",
    });
    expect(decodeInput(DIG).morePrefixes).toBe(false);
  });

  it("refuses a candidate longer than any address by its length, before reading it", () => {
    const raw = "#1(".repeat(50);
    const d = decodeInput(`Endpoint = ${raw}`);
    expect(raw.length).toBeGreaterThan(MAX_CANDIDATE);
    expect(d.addresses[0]?.error).toEqual({ code: "too-long", length: 150, max: 71 });
    // The longest real one still decodes.
    const longest = "[ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255%25abcdefghijklmno]:65535";
    expect(longest).toHaveLength(LONGEST_ADDRESS_TEXT);
    expect(decodeInput(longest).addresses[0]?.info?.canonical).toBe(
      "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    );
  });

  it("still reads a BIND port, and a URL whose scheme follows punctuation", () => {
    const server = decodeInput(
      "Server:\t\t::1\nAddress:\t::1#53\n\nName: x.example\nAddress: ::2\n",
    );
    expect(server.addresses.find((a) => a.role === "resolver")?.stripped).toEqual([
      { what: "port", value: "53" },
    ]);
    const url = decodeInput("(see https://user@[2001:db8::1]:8443/x)");
    expect(url.format).toBe("url");
    expect(url.addresses[0]?.info?.canonical).toBe("2001:db8::1");
  });
});

const WG_PRIVATE = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";
const WG_PUBLIC = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=";
const WG_PSK = "FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=";
const WG_CONFIG = `[Interface]
PrivateKey = ${WG_PRIVATE}
Address = 10.0.0.2/32, fd00::2/128
DNS = 2001:db8::53

[Peer]
PublicKey = ${WG_PUBLIC}
PresharedKey = ${WG_PSK}
Endpoint = [64:ff9b::c633:6407]:51820
AllowedIPs = 0.0.0.0/0, ::/0`;

describe("what goes into the link (issue 10 §6)", () => {
  it("keeps only the Endpoint line of a WireGuard config, and names the keys it left out", () => {
    const link = inputForLink(WG_CONFIG);
    expect(link).toEqual({
      text: "Endpoint = [64:ff9b::c633:6407]:51820",
      droppedKeys: ["PrivateKey", "PublicKey", "PresharedKey"],
      reducedTo: "endpoint",
    });
    expect(decodeInput(link.text).addresses).toEqual(decodeInput(WG_CONFIG).addresses);
    expect(linkNotes(link, WG_CONFIG)).toEqual([
      {
        code: "keys-left-out",
        named: ["PrivateKey", "PublicKey", "PresharedKey"],
        keyLike: false,
      },
      { code: "endpoint-only" },
    ]);
  });

  it.each([
    ["wg-quick, no Endpoint", `[Interface]\nPrivateKey = ${WG_PRIVATE}\nAddress = fd00::2/128`],
    ["no spaces", `PrivateKey=${WG_PRIVATE}\nfd00::2`],
    ["wg show", `interface: wg0\n  private key: ${WG_PRIVATE}\n  listening port: 51820\nfd00::2`],
    ["NetworkManager", `[wireguard]\nprivate-key=${WG_PRIVATE}\nfd00::2`],
    ["a bare key (wg genkey)", `${WG_PRIVATE}\nfd00::2`],
    ["wg show dump", `wg0\t${WG_PRIVATE}\t${WG_PUBLIC}\t51820\toff\nfd00::2`],
    ["half-typed", "PrivateKey = yAnz5TF\nfd00::2"],
    ["inside dig output", `${DIG}\nPrivateKey = ${WG_PRIVATE}`],
  ])("never puts a key in the link: %s", (_, text) => {
    const link = inputForLink(text);
    expect(link.text).not.toMatch(/yAnz5TF|xTIBA5|private/i);
    expect(link.droppedKeys.length).toBeGreaterThan(0);
    expect(linkNotes(link, text)[0]?.code).toBe("keys-left-out");
    // What the decode needs is still there.
    expect(link.text).toMatch(/fd00::2|64:ff9b::c000:aa/);
  });

  it("keeps only scheme and bracketed address of a URL: user info, path and query may be secrets", () => {
    const text = "https://admin:hunter2@[fe80::1%25wlan0]:8443/api?token=s3cret";
    const link = inputForLink(text);
    expect(link).toEqual({
      text: "https://[fe80::1%25wlan0]:8443",
      droppedKeys: [],
      reducedTo: "url-address",
    });
    expect(decodeInput(link.text).addresses).toEqual(decodeInput(text).addresses);
    expect(linkNotes(link, text)).toEqual([{ code: "url-address-only" }]);
  });

  it("keeps other input as it is and says nothing", () => {
    for (const text of [DIG, NSLOOKUP_WINDOWS, HOST, "64:ff9b::c633:6407", "Endpoint = [::1]:1"]) {
      const link = inputForLink(text);
      expect(link.text).toBe(text);
      expect(linkNotes(link, text)).toEqual([]);
    }
    // A dig cookie is hex, not a key.
    const cookie = "; COOKIE: 0f4e8bf3c1a0d2b5010000006763a1b2c3d4e5f6a7b8c9d0 (good)";
    expect(inputForLink(cookie).droppedKeys).toEqual([]);
  });
});
