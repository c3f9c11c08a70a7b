// Every locale has exactly the English keys of every namespace, with the same placeholders,
// plural forms for every category its language uses, and the same plural/voice shape; and every
// English key is used by the page. Each check is first shown to fail on a broken catalog.

import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../../src/i18n/locale.ts";
import type { Messages } from "../../../src/i18n/message.ts";
import { type AllCatalogs, loadAllCatalogs } from "../../fixtures/catalogs.ts";
import { catalogProblems, messageProblems, unusedKeys } from "./catalog-checks.ts";

let all: AllCatalogs;
beforeAll(async () => {
  all = await loadAllCatalogs();
});

const en = () => all.en as Record<string, Messages>;

describe("the checks themselves", () => {
  const english: Messages = {
    title: "Your network",
    progress: { one: "{done} of {count} test", other: "{done} of {count} tests" },
    headline: { own: "Your network is {kind}.", shared: "That network is {kind}." },
  };
  const good: Messages = {
    title: "Ihr Netzwerk",
    progress: { one: "{done} von {count} Test", other: "{done} von {count} Tests" },
    headline: { own: "Ihr Netzwerk ist {kind}.", shared: "Dieses Netzwerk ist {kind}." },
  };

  it("pass a complete translation", () => {
    expect(catalogProblems(english, good, "de")).toEqual([]);
  });

  it("find a missing key, an extra key, a changed shape and a renamed placeholder", () => {
    const { title: _, ...missing } = good;
    expect(catalogProblems(english, missing, "de")).toEqual(["de misses title"]);
    expect(catalogProblems(english, { ...good, extra: "x" }, "de")).toEqual([
      "de has extra, which English does not",
    ]);
    expect(catalogProblems(english, { ...good, progress: "{done} Tests" }, "de")).toEqual([
      "de progress: not the shape of the English message",
    ]);
    expect(
      catalogProblems(
        english,
        { ...good, headline: { own: "Ihr Netz ist {art}.", shared: "Dieses Netz ist {art}." } },
        "de",
      ),
    ).toEqual(['de headline: placeholders ["art"], English ["kind"]']);
  });

  it("find a form without its placeholder, a stray brace and a missing plural category", () => {
    expect(
      messageProblems("k", { own: "Ihr Netz ist {kind}.", shared: "Dieses Netz." }, "de"),
    ).toEqual(['de k: forms differ in placeholders ("Dieses Netz.")']);
    expect(messageProblems("k", "{done von {count}", "de")).toEqual([
      'de k: a brace that is not a {placeholder} in "{done von {count}"',
    ]);
    expect(messageProblems("k", { other: "{count} Tests" }, "de")).toEqual(['de k: no "one" form']);
  });

  it("find a key no source uses, and accept quoted and declared ones", () => {
    const sources = ['t("shell.title")', "rich('shell.lead', {})", "const k = `shell.footer`;"];
    expect(
      unusedKeys(
        ["shell.title", "shell.lead", "shell.footer", "shell.probe.v4", "shell.unused"],
        sources,
        ["shell.probe.v4"],
      ),
    ).toEqual(["shell.unused"]);
    // A key is a whole quoted name, not a prefix of a longer one.
    expect(unusedKeys(["shell.probe"], ['t("shell.probe.v4")'], [])).toEqual(["shell.probe"]);
  });
});

describe("the catalogs", () => {
  it("exist for exactly the shipped locales, each with the English namespaces", () => {
    expect(Object.keys(all).sort()).toEqual([...LOCALES].sort());
    const namespaces = Object.keys(en()).sort();
    expect(namespaces.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(Object.keys(all[locale] ?? {}).sort()).toEqual(namespaces);
  });

  it("are consistent in English", () => {
    const problems = Object.entries(en()).flatMap(([namespace, messages]) =>
      Object.entries(messages).flatMap(([key, m]) =>
        messageProblems(`${namespace}.${key}`, m, "en"),
      ),
    );
    expect(problems).toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale} has every English key, with the same placeholders and shape`, () => {
      const problems = Object.entries(en()).flatMap(([namespace, messages]) =>
        catalogProblems(messages, all[locale]?.[namespace] ?? {}, locale).map(
          (p) => `${namespace}: ${p}`,
        ),
      );
      expect(problems).toEqual([]);
    });
  }
});

/** Every .ts/.tsx file under src/, except the catalogs themselves. */
function sourceFiles(dir: URL): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (new URL(`${entry.name}/`, dir).pathname.endsWith("/src/i18n/locales/")) return [];
      return sourceFiles(new URL(`${entry.name}/`, dir));
    }
    return /\.tsx?$/.test(entry.name) ? [readFileSync(new URL(entry.name, dir), "utf8")] : [];
  });
}

describe("every English key", () => {
  it("is used by the page: quoted in src/, or declared in src/i18n/dynamic/", async () => {
    const dynamicDir = new URL("../../../src/i18n/dynamic/", import.meta.url);
    const dynamic: string[] = [];
    for (const file of readdirSync(dynamicDir)) {
      const module = await import(new URL(file, dynamicDir).href);
      dynamic.push(...(module.default as string[]));
    }
    const keys = Object.entries(en()).flatMap(([namespace, messages]) =>
      Object.keys(messages).map((key) => `${namespace}.${key}`),
    );
    // Declared keys must exist (the typecheck says so too).
    expect(dynamic.filter((key) => !keys.includes(key))).toEqual([]);
    const sources = sourceFiles(new URL("../../../src/", import.meta.url));
    expect(unusedKeys(keys, sources, dynamic)).toEqual([]);
  });
});
