// The words of "Decode an address": the sentences people read, from the facts the address core
// states. Logic is tested on codes in test/unit/addr/; these pin the English wording and show
// that every fact reads as a whole sentence in every language.
import { beforeAll, describe, expect, it } from "vitest";
import {
  AddressError,
  type AddressNote,
  type AddressProblem,
  type AddressScope,
  canonicalPref64,
  canonicalPrefix,
  describeAddress,
  type EmbeddedIPv4,
  ipv6Problem,
  nonGlobalIPv4,
} from "../../../../src/core/addr/address.ts";
import {
  type AddressRole,
  type CandidateProblem,
  decodeInput,
  inputForLink,
  type LinkNote,
  linkNotes,
  type NothingFound,
} from "../../../../src/core/addr/decode-input.ts";
import type { I18n } from "../../../../src/i18n/i18n.ts";
import { LOCALES } from "../../../../src/i18n/locale.ts";
import {
  discoveredPrefixWords,
  embeddedWords,
  ipv4RangeWords,
  kindWords,
  linkNoteWords,
  noteWords,
  nothingFoundWords,
  pastedPrefixWords,
  problemWords,
  roleWords,
  scopeName,
  scopeWords,
  strippedWords,
} from "../../../../src/ui/words/decoder.ts";
import { i18nFor } from "../../../fixtures/i18n.tsx";

const i18n = {} as Record<(typeof LOCALES)[number], I18n>;
beforeAll(async () => {
  for (const locale of LOCALES) i18n[locale] = await i18nFor(locale, ["decoder"]);
});

const embeddedOf = (address: string, prefixes: string[] = []): EmbeddedIPv4 =>
  describeAddress(address, { prefixes }).embedded[0] ?? expect.unreachable();

const errorOf = (input: string): CandidateProblem =>
  decodeInput(input).addresses[0]?.error ?? expect.unreachable();

function thrown(f: () => unknown): AddressProblem {
  try {
    f();
  } catch (error) {
    if (error instanceof AddressError) return error.problem;
  }
  return expect.unreachable();
}

describe("the decoder in English words", () => {
  it("a WireGuard endpoint behind the well-known prefix", () => {
    const [endpoint] = decodeInput("Endpoint = [64:ff9b::c633:6407]:51820").addresses;
    const e = endpoint?.info?.embedded[0] ?? expect.unreachable();
    expect(embeddedWords(i18n.en, e, "endpoint")).toBe(
      "Your server 198.51.100.7, reached through a NAT64 translator (usually your carrier's), well-known prefix 64:ff9b::/96.",
    );
    expect(kindWords(i18n.en, e.kind)).toBe("NAT64, well-known prefix");
    expect(strippedWords(i18n.en, endpoint?.stripped ?? [])).toBe(
      "Removed the square brackets and the port 51820.",
    );
    expect(strippedWords(i18n.en, [])).toBeNull();
  });

  it("quotes a zone ID it removed, as the person's own text", () => {
    expect(strippedWords(i18n.en, [{ what: "zone", value: "eth0" }])).toBe(
      "Removed the zone ID “%eth0” (which network card; only meaningful on one computer).",
    );
  });

  it("says why text is not an address, quoting what was pasted", () => {
    expect(problemWords(i18n.en, errorOf("64:ff9b::c633:64077"))).toBe(
      "the group “64077” has more than 4 hex digits",
    );
    expect(problemWords(i18n.en, errorOf(`Endpoint = ${"#1(".repeat(50)}`))).toBe(
      "it is 150 characters long; an address, even with brackets, zone and port, has at most 71",
    );
    expect(problemWords(i18n.en, errorOf("64:ff9b::1/96"))).toBe(
      "“64:ff9b::1/96” has bits set after the first 96; the prefix would be 64:ff9b::/96",
    );
    expect(nothingFoundWords(i18n.en, "url-without-address")).toBe(
      "That URL has no IPv6 address in square brackets.",
    );
  });

  it("tells a DNS64 discovery answer from a server", () => {
    const nsp = embeddedOf("2001:db8:122:344:c0:0:aa00:0", ["2001:db8:122:344::/64"]);
    expect(embeddedWords(i18n.en, nsp, "answer")).toBe(
      "This is ipv4only.arpa's address 192.0.0.170 rewritten into IPv6 by your DNS (DNS64): it shows your network reaches IPv4 through a NAT64 on the prefix 2001:db8:122:344::/64.",
    );
    expect(embeddedWords(i18n.en, embeddedOf("64:ff9b::c633:6407"), "url")).toMatch(
      /^The web server 198\.51\.100\.7, reached through a NAT64 translator/,
    );
  });

  it("names prefixes", () => {
    expect(pastedPrefixWords(i18n.en, "64:ff9b::/96")).toBe(
      "64:ff9b::/96 is the well-known NAT64 prefix (RFC 6052).",
    );
    expect(pastedPrefixWords(i18n.en, "2a00:1098:2b::/96")).toMatch(/Kasper Dupont/);
    expect(pastedPrefixWords(i18n.en, "2001:db8::/36")).toBe(
      "2001:db8::/36 is a network prefix (a range of addresses), not one address.",
    );
    expect(discoveredPrefixWords(i18n.en, "2001:db8:122:344::/64")).toBe(
      "2001:db8:122:344::/64 is a network-specific prefix: one your network operator chose for its own NAT64.",
    );
    expect(discoveredPrefixWords(i18n.en, "64:ff9b:1::/48")).toMatch(/RFC 8215/);
  });

  it("words the RFC notes, and an IPv4 range with its RFC", () => {
    const [note] = describeAddress("64:ff9b::a01:203").notes;
    expect(noteWords(i18n.en, note ?? expect.unreachable())).toBe(
      "RFC 6052 §3.1: the well-known prefix must not carry a non-global IPv4 address, and 10.1.2.3 is private-use (RFC 1918); a NAT64 should not translate it.",
    );
    expect(noteWords(i18n.en, { code: "u-octet-not-zero", uOctet: 7 })).toMatch(
      /^Bits 64 to 71 \(the “u” octet\) are 0x07;/,
    );
    expect(ipv4RangeWords(i18n.en, nonGlobalIPv4("100.64.0.1") ?? expect.unreachable())).toBe(
      "shared carrier-grade NAT space (RFC 6598)",
    );
  });

  it("says what it kept out of the link", () => {
    const config = `[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n[Peer]\nPresharedKey = FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=\nEndpoint = [::1]:1`;
    expect(linkNotes(inputForLink(config), config).map((n) => linkNoteWords(i18n.en, n))).toEqual([
      "Left out of this page's link: the PrivateKey and PresharedKey lines. Keys are secrets, and a link ends up in browser history and sync.",
      "Of the WireGuard config, the link keeps only the Endpoint line.",
    ]);
    expect(
      linkNoteWords(i18n.en, { code: "keys-left-out", named: ["PrivateKey"], keyLike: true }),
    ).toBe(
      "Left out of this page's link: the PrivateKey line and lines that look like WireGuard keys. Keys are secrets, and a link ends up in browser history and sync.",
    );
  });
});

const ROLES: AddressRole[] = ["address", "answer", "resolver", "endpoint", "url"];
const SCOPES: AddressScope[] = [
  "unspecified",
  "loopback",
  "link-local",
  "site-local",
  "unique-local",
  "multicast",
  "documentation",
  "special",
  "global",
  "reserved",
];
const NOTHING: NothingFound[] = ["endpoint-without-address", "url-without-address", "no-address"];

/** At least one of every fact the decoder states, as the core states it. */
function everyFact() {
  const problems: CandidateProblem[] = [
    ...[
      "",
      " 1::",
      "1::\t",
      "fe80::1%eth0",
      "2001:db8::/32",
      "[::1]",
      "g::",
      "192.0.2.1",
      "abc",
      ":::1",
      "1::2::3",
      ":1:2:3:4:5:6:7",
      "1.2.3.4::",
      "12345::",
      "1:2:3:4::5:6:7:8",
      "1:2",
      "::1.2.3",
      "::1..2.3",
      "::1.2.3.04",
      "::1.2.3.256",
    ].map((text) => ipv6Problem(text) ?? expect.unreachable()),
    thrown(() => canonicalPrefix("::")),
    thrown(() => canonicalPrefix("::/200")),
    thrown(() => canonicalPrefix("::1/96")),
    thrown(() => canonicalPref64("2001:db8::/36")),
    thrown(() => canonicalPref64("2001:db8:0:0:100::/96")),
    errorOf(`Endpoint = ${"#1(".repeat(50)}`),
    errorOf("192.0.2.1"),
  ];
  const embedded: [EmbeddedIPv4, AddressRole][] = [
    ...ROLES.map((role): [EmbeddedIPv4, AddressRole] => [embeddedOf("64:ff9b::c633:6407"), role]),
    ...[
      ["64:ff9b::c000:aa", []],
      ["64:ff9b:1::c000:221", ["64:ff9b:1::/96"]],
      ["64:ff9b:1:c0:0:221::", []],
      ["2a00:1098:2b::c633:6407", []],
      ["2001:db8:122:344:c0:2:2100:0", ["2001:db8:122:344::/64"]],
      ["::ffff:192.0.2.1", []],
      ["::192.0.2.1", []],
      ["::ffff:0:192.0.2.1", []],
      ["2002:c000:221::1", []],
      ["2001:0000:4136:e378:8000:63bf:3fff:fdd2", []],
      ["2001:0000:4136:e378:0000:63bf:3fff:fdd2", []],
      ["2001:db8::5efe:a00:1", []],
    ].map(([address, prefixes]): [EmbeddedIPv4, AddressRole] => [
      embeddedOf(address as string, prefixes as string[]),
      "address",
    ]),
  ];
  const notes: AddressNote[] = [
    ...[
      "::ffff:192.0.2.1",
      "::ffff:0:192.0.2.1",
      "::192.0.2.1",
      "64:ff9b::c000:aa",
      "64:ff9b::a01:203",
      "64:ff9b:1::1",
      "2002:c000:221:1:200:5efe:c633:6407",
      "2001:0000:4136:e378:8000:63bf:3fff:fdd2",
      "2001:db8::1",
    ].flatMap((address) => describeAddress(address).notes),
    ...describeAddress("2001:db8:122:344:7c0:2:2100:1", { prefixes: ["2001:db8:122:344::/64"] })
      .notes,
  ];
  const ranges = [
    "0.0.0.1",
    "10.0.0.1",
    "100.64.0.1",
    "127.0.0.1",
    "169.254.0.1",
    "192.0.0.1",
    "192.0.2.1",
    "192.88.99.1",
    "198.18.0.1",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
  ].map((ipv4) => nonGlobalIPv4(ipv4) ?? expect.unreachable());
  const links: LinkNote[] = [
    { code: "keys-left-out", named: ["PrivateKey", "PublicKey", "PresharedKey"], keyLike: false },
    { code: "keys-left-out", named: ["PrivateKey"], keyLike: true },
    { code: "keys-left-out", named: [], keyLike: true },
    { code: "endpoint-only" },
    { code: "url-address-only" },
  ];
  const prefixes = [
    "64:ff9b::/96",
    "64:ff9b:1::/48",
    "2a00:1098:2b::/96",
    "2001:db8:122:344::/64",
    "2001:db8::/36",
  ];
  return { problems, embedded, notes, ranges, links, prefixes };
}

function allWords(i18n: I18n): string[] {
  const { problems, embedded, notes, ranges, links, prefixes } = everyFact();
  return [
    ...problems.map((p) => problemWords(i18n, p)),
    ...NOTHING.map((n) => nothingFoundWords(i18n, n)),
    ...embedded.flatMap(([e, role]) => [kindWords(i18n, e.kind), embeddedWords(i18n, e, role)]),
    ...ROLES.map((role) => roleWords(i18n, role)),
    ...SCOPES.flatMap((scope) => [scopeWords(i18n, scope), scopeName(i18n, scope)]),
    ...notes.map((n) => noteWords(i18n, n)),
    ...ranges.map((r) => ipv4RangeWords(i18n, r)),
    ...links.map((n) => linkNoteWords(i18n, n)),
    ...prefixes.flatMap((p) => [pastedPrefixWords(i18n, p), discoveredPrefixWords(i18n, p)]),
    strippedWords(i18n, [
      { what: "brackets", value: "[]" },
      { what: "port", value: "51820" },
      { what: "zone", value: "eth0" },
      { what: "prefix-length", value: "64" },
    ]) ?? "",
  ];
}

describe("the decoder in every language", () => {
  it("the facts cover every problem, kind, note and IPv4 range", () => {
    const { problems, embedded, notes, ranges } = everyFact();
    expect(new Set(problems.map((p) => p.code)).size).toBe(problems.length);
    expect(problems).toHaveLength(27);
    expect(new Set(embedded.map(([e]) => e.kind)).size).toBe(10);
    expect(new Set(notes.map((n) => n.code)).size).toBe(12);
    expect(new Set(ranges.map((r) => r.range)).size).toBe(12);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every fact is worded, every placeholder filled`, () => {
      for (const words of allWords(i18n[locale])) {
        expect(words).not.toMatch(/\{\w+\}|decoder\.|undefined|\[object/);
        expect(words.trim()).not.toBe("");
      }
    });
  }

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale}: nothing is left in English`, () => {
      const english = allWords(i18n.en);
      // Names that are the same in every language ("loopback (RFC 1122)", "global").
      const same = allWords(i18n[locale]).filter(
        (words, i) =>
          words === english[i] && !/^(loopback|multicast|global)( \(RFC \d+\))?$/i.test(words),
      );
      expect(same).toEqual([]);
    });
  }

  it("says the same facts in German and Spanish, with their own quotation marks", () => {
    const e = embeddedOf("64:ff9b::c633:6407");
    expect(embeddedWords(i18n.de, e, "endpoint")).toBe(
      "Ihr Server 198.51.100.7, erreicht über einen NAT64-Übersetzer (meist den Ihres Anbieters), Well-Known-Präfix 64:ff9b::/96.",
    );
    expect(embeddedWords(i18n.es, e, "endpoint")).toBe(
      "Tu servidor 198.51.100.7, accesible a través de un traductor NAT64 (normalmente el de tu operador), prefijo bien conocido 64:ff9b::/96.",
    );
    expect(problemWords(i18n.de, errorOf("64:ff9b::c633:64077"))).toBe(
      "Die Gruppe „64077“ hat mehr als 4 Hexadezimalziffern",
    );
    expect(problemWords(i18n.es, errorOf("64:ff9b::c633:64077"))).toBe(
      "el grupo «64077» tiene más de 4 cifras hexadecimales",
    );
    // Numbers follow the language; lists too.
    expect(problemWords(i18n.de, { code: "too-long", length: 20_000, max: 71 })).toContain(
      "20.000 Zeichen",
    );
    expect(
      linkNoteWords(i18n.es, {
        code: "keys-left-out",
        named: ["PrivateKey", "PresharedKey"],
        keyLike: false,
      }),
    ).toMatch(/^El enlace de esta página no incluye las líneas PrivateKey y PresharedKey\./);
  });
});
