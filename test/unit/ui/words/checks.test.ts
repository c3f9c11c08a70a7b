// The words of "Check my server": the sentences people read, from the facts the checks produce.
// Logic is tested on codes in test/unit/checks/; these pin the English wording and show that
// every fact reads as a whole sentence in every language.
import { beforeAll, describe, expect, it } from "vitest";
import { checkClientAddress } from "../../../../src/core/checks/client-address.ts";
import type { LookupFailure } from "../../../../src/core/checks/lookup.ts";
import {
  type InputProblem,
  parseServerInput,
  type ServerInput,
} from "../../../../src/core/checks/server-input.ts";
import { checkServer, type ServerReport } from "../../../../src/core/checks/server-report.ts";
import type { DohFailure } from "../../../../src/core/dns/doh.ts";
import type { I18n } from "../../../../src/i18n/i18n.ts";
import { LOCALES } from "../../../../src/i18n/locale.ts";
import {
  clientWords,
  consequenceWords,
  failuresDetailWords,
  failuresWords,
  failureWords,
  findingWords,
  headlineWords,
  inputProblemWords,
  publishAaaaWords,
  synthesisWords,
  whyWords,
} from "../../../../src/ui/words/checks.ts";
import { i18nFor } from "../../../fixtures/i18n.tsx";
import { A_ONLY, blocked, broken, DUAL, NX, ok } from "../../checks/lookups.fixtures.ts";

const i18n = {} as Record<(typeof LOCALES)[number], I18n>;
beforeAll(async () => {
  // The IPv4 ranges a finding names come from the decoder's catalog, loaded with the panel.
  for (const locale of LOCALES) i18n[locale] = await i18nFor(locale, ["checks", "decoder"]);
});

function input(text: string): ServerInput {
  const parsed = parseServerInput(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return parsed.input;
}
const problem = (text: string) => {
  const parsed = parseServerInput(text);
  return parsed.ok ? "" : inputProblemWords(i18n.en, parsed.problem);
};

describe("checks in English words", () => {
  it("an IPv4-only name", () => {
    const r = checkServer(input("vpn.example.com"), A_ONLY, { provenPrefix: null });
    expect(headlineWords(i18n.en, r.headline)).toBe(
      "vpn.example.com has no IPv6 address (no AAAA record). People on IPv6-only networks reach it only through their carrier's NAT64, and not at all where there is none.",
    );
    expect(r.findings.map((f) => findingWords(i18n.en, f))).toEqual([
      "On an IPv6-only network that uses the well-known NAT64 prefix 64:ff9b::/96, it is reached at 64:ff9b::c633:6407 (198.51.100.7 inside). Networks with their own prefix use a different address.",
      "Google Public DNS64 returns the same: 64:ff9b::c633:6407.",
      "198.51.100.7 is not a public IPv4 address (documentation (RFC 5737)); NAT64 translators using the well-known prefix do not translate to it (RFC 6052 §3.1).",
    ]);
    expect(synthesisWords(i18n.en, r.synthesis ?? expect.unreachable())).toBe(
      "64:ff9b::c633:6407 (198.51.100.7 in 64:ff9b::/96, well-known prefix)",
    );
  });

  it("a proven prefix and a DNS64 answer that differs", () => {
    const r = checkServer(
      input("vpn.example.com"),
      { ...A_ONLY, dns64: ok(["64:ff9b::c000:201"], { resolver: "G64" }) },
      { provenPrefix: "2001:db8:64::/96" },
    );
    expect(r.findings.map((f) => findingWords(i18n.en, f))).toEqual([
      "On your network it is reached at 2001:db8:64::c633:6407: your network's NAT64 prefix 2001:db8:64::/96 (found by the self-test above) with 198.51.100.7 inside.",
      "Networks that use the well-known prefix 64:ff9b::/96 (like Google Public DNS64) reach it at 64:ff9b::c633:6407.",
      "G64 returns 64:ff9b::c000:201, not 64:ff9b::c633:6407. The name may have changed between lookups, or answer differently by location.",
    ]);
  });

  it("a failed lookup is one plain sentence; which resolver failed and how is for the details", () => {
    const blockedOn = (online: boolean | null) =>
      checkServer(
        input("vpn.example.com"),
        { a: blocked, aaaa: blocked },
        { provenPrefix: null, online },
      );
    // Right after the self-test reached its servers, the device is not offline: DoH is blocked.
    const b = blockedOn(true);
    expect(headlineWords(i18n.en, b.headline)).toBe(
      "This network blocks the lookup services this page uses, so vpn.example.com could not be checked from here; that says nothing about your server.",
    );
    expect(headlineWords(i18n.en, b.headline)).not.toMatch(/offline/);
    expect(headlineWords(i18n.en, blockedOn(false).headline)).toMatch(
      /^This device seems to be offline \(the test above reached none of its servers either\)/,
    );
    expect(headlineWords(i18n.en, blockedOn(null).headline)).toMatch(
      /^The lookup services this page uses could not be reached/,
    );
    // No line per resolver next to the sentence: the failures are the technical details'.
    expect(b.findings).toEqual([]);
    expect(
      b.failedLookups.map((l) => `${l.type}: ${failuresDetailWords(i18n.en, l.failures)}`),
    ).toEqual(["A: Cloudflare: no answer within 3 s", "AAAA: Cloudflare: no answer within 3 s"]);
    const f = checkServer(
      input("vpn.example.com"),
      { a: ok([]), aaaa: broken },
      {
        provenPrefix: null,
      },
    );
    expect(headlineWords(i18n.en, f.headline)).toBe(
      "vpn.example.com could not be looked up: the DNS servers did not give a usable answer.",
    );
    expect(f.findings).toEqual([]);
    expect(f.failedLookups.map((l) => `${l.type}: ${failuresWords(i18n.en, l.failures)}`)).toEqual([
      "AAAA: Cloudflare: sent a malformed DNS answer",
    ]);
    expect(failureWords(i18n.en, { resolver: "", kind: "error", ms: 0 })).toBe("the lookup failed");
  });

  it("the technical details say everything the DoH client knows about a failure", () => {
    const detail = (f: DohFailure) =>
      failuresDetailWords(i18n.en, [{ ...f, resolver: "R", ms: 9 }]);
    expect(EVERY_FAILURE.map(detail)).toEqual([
      "R: no answer within 1.5 s",
      "R: could not be reached",
      "R: answered with HTTP status 503",
      "R: answered with text/html instead of a DNS message (a filter or a sign-in page?)",
      "R: sent a truncated answer (TC bit set)",
      "R: sent a DNS answer that breaks off at byte 30",
      "R: sent a truncated DNS answer",
      "R: sent a DNS answer that cannot be read from byte 72 on",
      "R: sent a malformed DNS answer",
      "R: sent a CNAME chain that loops: a.example → b.example → a.example",
      "R: sent the DNS query back instead of an answer",
      "R: answered with message ID 0x0008 instead of the query's 0xbeef",
      "R: answered a different question (www.example.net A instead of vpn.example.com AAAA)",
      "R: sent an answer that does not state the question (vpn.example.com A)",
      "R: could not look up vpn.example.com (SERVFAIL)",
    ]);
    // Every resolver asked, in order; none configured is said as such.
    expect(
      failuresDetailWords(i18n.de, [
        { kind: "timeout", timeoutMs: 3000, resolver: "Cloudflare", ms: 3000 },
        { kind: "http", status: 403, resolver: "Google", ms: 80 },
      ]),
    ).toBe(
      "Cloudflare: keine Antwort innerhalb von 3 s; Google: hat mit dem HTTP-Status 403 geantwortet",
    );
    expect(failuresDetailWords(i18n.es, [])).toBe(
      "no hay ningún resolutor de DNS sobre HTTPS configurado",
    );
  });

  it("WireGuard advice for an A-only endpoint", () => {
    const r = checkServer(input("Endpoint = vpn.example.com:51820"), A_ONLY, {
      provenPrefix: null,
    });
    const advice = r.wireguard ?? expect.unreachable();
    expect(consequenceWords(i18n.en, advice.consequences[0] ?? expect.unreachable())).toBe(
      "On an IPv6-only network, vpn.example.com is reached at 64:ff9b::c633:6407 through the carrier's NAT64: the tunnel works, but every packet passes the translator.",
    );
    expect(publishAaaaWords(i18n.en, advice.publishAaaa ?? expect.unreachable())).toBe(
      "Publish an AAAA record for vpn.example.com with the server's IPv6 address (and let WireGuard listen on IPv6), so IPv6-only visitors connect directly instead of through their carrier's NAT64.",
    );
    expect(whyWords(i18n.en, advice.why)).toMatch(
      /Its DNS64 answers vpn\.example\.com with 64:ff9b::c633:6407 — the server's IPv4 address 198\.51\.100\.7 inside the NAT64 prefix 64:ff9b::\/96 —/,
    );
  });

  it("the client's address", () => {
    const server = { host: "vpn.example.com", ipv4: ["198.51.100.7"], ipv6: [] };
    const words = (text: string) => clientWords(i18n.en, checkClientAddress(text, server, null));
    expect(words("64:ff9b::c633:6407")).toBe(
      "Confirmed: 64:ff9b::c633:6407 is vpn.example.com's IPv4 address 198.51.100.7 inside the NAT64 prefix 64:ff9b::/96. Your client reaches the server through NAT64.",
    );
    expect(words("2001:db8:aa:bb::c633:6407")).toBe(
      "Confirmed: 2001:db8:aa:bb::c633:6407 ends with vpn.example.com's IPv4 address 198.51.100.7, so your network's NAT64 uses the prefix 2001:db8:aa:bb::/96. Your client reaches the server through NAT64.",
    );
    expect(words("64:ff9b::c000:201")).toBe(
      "64:ff9b::c000:201 carries the IPv4 address 192.0.2.1 (prefix 64:ff9b::/96), not vpn.example.com's 198.51.100.7. Your client may be using an old or wrong address.",
    );
  });

  it("bad input", () => {
    expect(problem("")).toBe("Type your server's name, like vpn.example.com.");
    expect(problem("localhost")).toBe("“localhost” needs a domain, like localhost.example.com.");
    expect(problem("vpn.example.com:99999")).toBe(
      "“vpn.example.com:99999” has a port that is not a number from 1 to 65535.",
    );
    expect(problem(`${"a".repeat(64)}.example`)).toMatch(/has a label longer than 63 characters/);
  });
});

/** Facts covering every code the checks produce, to be put into words. */
/** Every way a DoH attempt can fail, with the facts the client gives for it. */
const EVERY_FAILURE: DohFailure[] = [
  { kind: "timeout", timeoutMs: 1500 },
  { kind: "network" },
  { kind: "http", status: 503 },
  { kind: "not-dns", contentType: "text/html" },
  { kind: "truncated", reason: "tc-bit" },
  { kind: "truncated", reason: "cut-off", offset: 30 },
  { kind: "truncated", reason: "cut-off" },
  { kind: "malformed", reason: "undecodable", offset: 72 },
  { kind: "malformed", reason: "undecodable" },
  { kind: "malformed", reason: "cname-loop", chain: ["a.example", "b.example", "a.example"] },
  { kind: "mismatch", reason: "query-echoed" },
  { kind: "mismatch", reason: "id", id: 8, expected: 0xbeef },
  {
    kind: "mismatch",
    reason: "question",
    got: { name: "www.example.net", type: "A" },
    asked: { name: "vpn.example.com", type: "AAAA" },
  },
  {
    kind: "mismatch",
    reason: "question",
    got: null,
    asked: { name: "vpn.example.com", type: "A" },
  },
  { kind: "server-failure", rcode: "SERVFAIL", name: "vpn.example.com" },
];

function everyFact() {
  const check = (text: string, lookups = {}, provenPrefix: string | null = null) =>
    checkServer(input(text), lookups, { provenPrefix });
  const peer = (allowed: string, endpoint = "vpn.example.com:51820") =>
    `[Peer]\nAllowedIPs = ${allowed}\nEndpoint = ${endpoint}`;
  const reports: ServerReport[] = [
    check("Endpoint = vpn.example.com:51820", A_ONLY),
    check("vpn.example.com", { ...A_ONLY, dns64: ok(["64:ff9b::1"]) }, "2001:db8:64::/96"),
    check("vpn.example.com", { ...A_ONLY, dns64: ok([]) }),
    check("vpn.example.com", { ...A_ONLY, dns64: broken }),
    check(peer("0.0.0.0/0, ::/0", "dual.example.com"), DUAL),
    check(peer("10.8.0.0/24, 198.51.100.0/24"), A_ONLY),
    check("v6.example.com", { a: ok([]), aaaa: ok(["2001:db8::6"]) }),
    check("vpn.example.com", {
      ...A_ONLY,
      https: ok([], { hints: { ipv4: ["192.0.2.99"], ipv6: ["2001:db8::7"] } }),
    }),
    check("nx.example.com", { a: NX, aaaa: NX }),
    check("empty.example.com", { a: ok([]), aaaa: ok([]) }),
    check("vpn.example.com", { a: blocked, aaaa: blocked }),
    // DoH blocked right after the self-test reached its servers, and with a device offline.
    ...[true, false].map((online) =>
      checkServer(
        input("vpn.example.com"),
        { a: blocked, aaaa: blocked },
        {
          provenPrefix: null,
          online,
        },
      ),
    ),
    check("vpn.example.com", { a: ok([]), aaaa: broken }),
    check("Endpoint = 198.51.100.7:51820"),
    check("Endpoint = 198.51.100.7:51820", {}, "2001:db8:64::/96"),
    check("Endpoint = [2001:db8::10]:51820"),
    check("Endpoint = [64:ff9b::c633:6407]:51820"),
  ];
  const servers = [
    { host: "vpn.example.com", ipv4: ["198.51.100.7", "198.51.100.8"], ipv6: ["2001:db8::10"] },
    { host: "v6.example.com", ipv4: [], ipv6: ["2001:db8::6"] },
  ];
  const pasted = [
    "nonsense",
    "198.51.100.7",
    "192.0.2.1",
    "2001:db8::10",
    "64:ff9b::c633:6407",
    "2001:db8:aa:bb::c633:6407",
    "64:ff9b::c000:201",
    "2001:db8::99",
  ];
  const clients = servers.flatMap((s) => pasted.map((p) => checkClientAddress(p, s, null)));
  const typed = [
    "",
    "a\nb",
    "Endpoint =",
    "http://exa mple.com",
    "a b",
    "vpn.example.com:0",
    "300.1.2.3",
    "2001:db8::g",
    "[2001:db8::g]",
    "vpn!.example.com",
    "xn--a.ü",
    "localhost",
    `${"a".repeat(64)}.example`,
    `${Array.from({ length: 5 }, () => "b".repeat(60)).join(".")}.example`,
  ];
  const problems = typed.flatMap((t): InputProblem[] => {
    const parsed = parseServerInput(t);
    return parsed.ok ? [] : [parsed.problem];
  });
  const failures: LookupFailure[] = EVERY_FAILURE.map((f) => ({ ...f, resolver: "R", ms: 1500 }));
  return { reports, clients, problems, failures, typed };
}

function allWords(i18n: I18n): string[] {
  const { reports, clients, problems, failures } = everyFact();
  return [
    ...reports.flatMap((r) => [
      headlineWords(i18n, r.headline),
      ...r.findings.map((f) => findingWords(i18n, f)),
      ...(r.synthesis ? [synthesisWords(i18n, r.synthesis)] : []),
      ...(r.wireguard
        ? [
            ...r.wireguard.consequences.map((c) => consequenceWords(i18n, c)),
            whyWords(i18n, r.wireguard.why),
            ...(r.wireguard.publishAaaa ? [publishAaaaWords(i18n, r.wireguard.publishAaaa)] : []),
          ]
        : []),
    ]),
    ...clients.map((c) => clientWords(i18n, c)),
    ...problems.map((p) => inputProblemWords(i18n, p)),
    ...failures.map((f) => failureWords(i18n, f)),
    ...failures.map((f) => failuresDetailWords(i18n, [f])),
  ];
}

describe("checks in every language", () => {
  it("the facts cover every kind of input problem, client address and finding", () => {
    const { reports, clients, problems, typed } = everyFact();
    expect(problems).toHaveLength(typed.length);
    expect(new Set(problems.map((p) => p.code)).size).toBe(typed.length);
    expect(new Set(clients.map((c) => c.code)).size).toBe(8);
    expect(new Set(reports.flatMap((r) => r.findings.map((f) => f.code))).size).toBe(14);
    expect(new Set(reports.map((r) => r.headline.code)).size).toBe(8);
    const advice = reports.flatMap((r) => (r.wireguard ? [r.wireguard] : []));
    expect(new Set(advice.flatMap((a) => a.consequences.map((c) => c.code))).size).toBe(10);
    expect(new Set(advice.map((a) => `${a.why.code} ${a.why.host === null}`)).size).toBe(4);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every fact is a whole sentence, every placeholder filled`, () => {
      for (const words of allWords(i18n[locale])) {
        expect(words).not.toMatch(/\{\w+\}|checks\.|decoder\.|undefined|null/);
        expect(words.trim()).not.toBe("");
      }
    });
  }

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale}: no sentence is left in English`, () => {
      const english = allWords(i18n.en);
      const translated = allWords(i18n[locale]);
      const same = translated.filter((words, i) => words === english[i]);
      expect(same).toEqual([]);
    });
  }

  it("says the same facts in German and Spanish", () => {
    const r = checkServer(input("vpn.example.com"), A_ONLY, {
      provenPrefix: null,
      clientAddress: "64:ff9b::c633:6407",
    });
    expect(headlineWords(i18n.de, r.headline)).toBe(
      "vpn.example.com hat keine IPv6-Adresse (keinen AAAA-Eintrag). Menschen in reinen IPv6-Netzen erreichen den Server nur über das NAT64 ihres Anbieters – und gar nicht, wo es keines gibt.",
    );
    expect(clientWords(i18n.es, r.client ?? expect.unreachable())).toBe(
      "Confirmado: 64:ff9b::c633:6407 es la dirección IPv4 198.51.100.7 de vpn.example.com dentro del prefijo NAT64 64:ff9b::/96. Tu cliente llega al servidor a través de NAT64.",
    );
    // The IPv4 range of a non-global address is named in the reader's language too.
    const nonGlobal = r.findings.find((f) => f.code === "non-global-ipv4") ?? expect.unreachable();
    expect(findingWords(i18n.de, nonGlobal)).toContain(
      "198.51.100.7 ist keine öffentliche IPv4-Adresse (Dokumentation (RFC 5737))",
    );
    expect(findingWords(i18n.es, nonGlobal)).toContain("(documentación (RFC 5737))");
    // Numbers follow the language; a port is never grouped like a quantity.
    const slow: LookupFailure = { resolver: "R", kind: "timeout", timeoutMs: 1500, ms: 1502 };
    expect(failureWords(i18n.de, slow)).toBe("R: keine Antwort innerhalb von 1,5 s");
    const dual = checkServer(input("Endpoint = dual.example.com:51820"), DUAL, {
      provenPrefix: null,
    });
    const [first] = dual.wireguard?.consequences ?? [];
    expect(consequenceWords(i18n.de, first ?? expect.unreachable())).toContain("UDP-Port 51820");
    // "a or b" in the reader's language.
    const other = checkClientAddress(
      "64:ff9b::c000:201",
      { host: "vpn.example.com", ipv4: ["198.51.100.7", "198.51.100.8"], ipv6: [] },
      null,
    );
    expect(clientWords(i18n.es, other)).toContain("no 198.51.100.7 o 198.51.100.8 de");
  });
});
