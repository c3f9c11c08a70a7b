// The setup warning's words: each wrong record the setup check finds (test/unit/checks/
// setup-check.test.ts pins the facts) as the sentence the site's operator reads, in English as
// before, and in German and Spanish with nothing left in English.
import { beforeAll, describe, expect, it } from "vitest";
import type { Lookup } from "../../../src/core/checks/lookup.ts";
import {
  checkSetup,
  type HostAnswers,
  type SetupProblem,
  setupHosts,
} from "../../../src/core/checks/setup-check.ts";
import { parseConfig } from "../../../src/core/config.ts";
import type { I18n } from "../../../src/i18n/i18n.ts";
import { LOCALES } from "../../../src/i18n/locale.ts";
import { setupProblemWords } from "../../../src/ui/SetupWarning.tsx";
import { i18nFor } from "../../fixtures/i18n.tsx";
import { ok } from "../checks/lookups.fixtures.ts";

const i18n = {} as Record<(typeof LOCALES)[number], I18n>;
beforeAll(async () => {
  for (const locale of LOCALES) i18n[locale] = await i18nFor(locale, ["setup"]);
});

const rec = (values: string[], rcode = "NOERROR"): Lookup => ok(values, { rcode });

const config = parseConfig({
  probes: {
    v4: "https://v4.selftest.example/ip",
    v6: "https://v6.selftest.example/ip",
    ds: "https://ds.selftest.example/ip",
    large: "https://large.selftest.example/ip",
    nat64: "https://nat64.selftest.example/ip",
  },
  nat64Candidates: [{ prefix: "2001:db8:64::/96", url: "https://[2001:db8:65::c633:6407]/ip" }],
});

/** Wrong records of every kind, for every role. */
function everyProblem(): SetupProblem[] {
  const hosts = setupHosts(config);
  const wrong: Record<string, HostAnswers> = {
    "v4.selftest.example": { a: rec(["198.51.100.7"]), aaaa: rec(["2001:db8::4", "2001:db8::5"]) },
    "v6.selftest.example": { a: rec(["198.51.100.6"]), aaaa: rec([]) },
    "ds.selftest.example": { a: rec([]), aaaa: rec([]) },
    "large.selftest.example": { a: rec([], "NXDOMAIN"), aaaa: rec([], "NXDOMAIN") },
    "nat64.selftest.example": {
      a: rec(["198.51.100.64", "198.51.100.65"]),
      aaaa: rec(["64:ff9b::c000:201", "2001:db8::64"]),
    },
  };
  const empty: Record<string, HostAnswers> = Object.fromEntries(
    Object.keys(wrong).map((host) => [host, { a: rec([]), aaaa: rec([]) }]),
  );
  return [...checkSetup(hosts, wrong).problems, ...checkSetup(hosts, empty).problems];
}

describe("the setup warning's words", () => {
  it("cover every kind of wrong record and every role", () => {
    const problems = everyProblem();
    expect(new Set(problems.map((p) => p.code)).size).toBe(11);
    expect(new Set(problems.map((p) => p.role)).size).toBe(6);
  });

  it("in English, name the probe name, its role and what is wrong", () => {
    const words = everyProblem().map((p) => setupProblemWords(i18n.en, p));
    expect(words.slice(0, 7)).toEqual([
      "The large-response test name large.selftest.example does not exist in DNS (NXDOMAIN).",
      "The IPv4-only test name v4.selftest.example also has IPv6 addresses (2001:db8::4, 2001:db8::5), so reaching it does not prove IPv4 works. It must have only an A record.",
      "The IPv6-only test name v6.selftest.example has no IPv6 address (AAAA record).",
      "The IPv6-only test name v6.selftest.example also has an IPv4 address (198.51.100.6), so reaching it does not prove IPv6 works. It must have only an AAAA record.",
      "The dual-stack test name ds.selftest.example has no IPv4 address (A record); it needs both A and AAAA.",
      "The dual-stack test name ds.selftest.example has no IPv6 address (AAAA record); it needs both A and AAAA.",
      "The NAT64 test name nat64.selftest.example has IPv4 addresses (198.51.100.64, 198.51.100.65), so visitors with IPv4 reach it without NAT64. It must have only an AAAA record.",
    ]);
    expect(words).toContain(
      "The NAT64 test name nat64.selftest.example points to 64:ff9b::c000:201, which carries 192.0.2.1, but the IPv4-only test name v4.selftest.example is 198.51.100.7: it must embed the same server.",
    );
    expect(words).toContain(
      "The NAT64 prefix test name 2001:db8:65::c633:6407 points to 2001:db8:65::c633:6407, which is not inside the NAT64 prefix 2001:db8:64::/96.",
    );
    expect(words).toContain(
      "The NAT64 test name nat64.selftest.example has no IPv6 address (AAAA record) inside 64:ff9b::/96.",
    );
  });

  it("in German and Spanish", () => {
    const problem = (code: SetupProblem["code"]) =>
      everyProblem().find((p) => p.code === code) ?? expect.unreachable();
    const hasAaaa = problem("v4-has-aaaa");
    const hasA = problem("v6-has-a");
    expect(setupProblemWords(i18n.de, hasAaaa)).toBe(
      "Der reine IPv4-Testname v4.selftest.example hat auch IPv6-Adressen (2001:db8::4, 2001:db8::5). Dass er erreichbar ist, beweist daher nicht, dass IPv4 funktioniert. Er darf nur A-Einträge haben.",
    );
    expect(setupProblemWords(i18n.es, hasA)).toBe(
      "El nombre de prueba solo IPv6 v6.selftest.example también tiene una dirección IPv4 (198.51.100.6), así que llegar a él no demuestra que IPv6 funcione. Solo debe tener registros AAAA.",
    );
    expect(setupProblemWords(i18n.de, problem("nat64-other-server"))).toBe(
      "Der NAT64-Testname nat64.selftest.example zeigt auf 64:ff9b::c000:201 und damit auf 192.0.2.1, der reine IPv4-Testname v4.selftest.example aber auf 198.51.100.7. Beide müssen auf denselben Server zeigen.",
    );
  });

  for (const locale of LOCALES) {
    it(`${locale}: every problem is a whole sentence, every placeholder filled`, () => {
      for (const words of everyProblem().map((p) => setupProblemWords(i18n[locale], p))) {
        expect(words).not.toMatch(/\{\w+\}|setup\.|undefined|null/);
        expect(words).toMatch(/\.$/);
      }
    });
  }

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale}: no sentence is left in English`, () => {
      const english = everyProblem().map((p) => setupProblemWords(i18n.en, p));
      const translated = everyProblem().map((p) => setupProblemWords(i18n[locale], p));
      expect(translated.filter((words, i) => words === english[i])).toEqual([]);
    });
  }
});
