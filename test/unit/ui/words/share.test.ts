// The words of sharing that core leaves to the page: why a results link cannot be shown (the
// decoder's codes are pinned in test/unit/share/share-link.test.ts) and the sender's browser
// (its facts in test/unit/selftest/user-agent.test.ts), in every language.
import { beforeAll, describe, expect, it } from "vitest";
import {
  decodeShare,
  type ShareErrorCode,
  ShareLinkError,
} from "../../../../src/core/share/share-link.ts";
import type { I18n } from "../../../../src/i18n/i18n.ts";
import { LOCALES } from "../../../../src/i18n/locale.ts";
import { shareErrorWords } from "../../../../src/ui/words/share.ts";
import { i18nFor } from "../../../fixtures/i18n.tsx";

const i18n = {} as Record<(typeof LOCALES)[number], I18n>;
beforeAll(async () => {
  for (const locale of LOCALES) i18n[locale] = await i18nFor(locale, ["share"]);
});

const CODES: Record<ShareErrorCode, true> = {
  empty: true,
  malformed: true,
  "too-long": true,
  "future-version": true,
  unsupported: true,
  corrupt: true,
  invalid: true,
};
const errors = (Object.keys(CODES) as ShareErrorCode[]).map(
  (code) => new ShareLinkError(code, "9"),
);

async function errorOf(fragment: string): Promise<ShareLinkError> {
  const outcome = await decodeShare(fragment);
  if (outcome.ok) throw new Error("decoded");
  return outcome.error;
}

describe("why a results link cannot be shown", () => {
  it("says so in English, with the link's format and the page's", async () => {
    expect(shareErrorWords(i18n.en, await errorOf("#r=9zAAAA"))).toBe(
      "This results link was made by a newer version of this test (format 9) than this page reads (format 2).",
    );
    expect(shareErrorWords(i18n.en, await errorOf("#r=1zAAAA"))).toBe(
      "This results link is damaged or incomplete, perhaps cut off while it was copied.",
    );
    expect(shareErrorWords(i18n.en, await errorOf(""))).toBe(
      "This results link is empty: the results part of the address is missing.",
    );
  });

  it("in German and Spanish", async () => {
    const future = await errorOf("#r=9zAAAA");
    expect(shareErrorWords(i18n.de, future)).toBe(
      "Dieser Ergebnis-Link wurde mit einer neueren Version dieses Tests erstellt (Format 9); diese Seite liest nur Format 2.",
    );
    expect(shareErrorWords(i18n.es, await errorOf(`1z${"A".repeat(100_000)}`))).toBe(
      "Este enlace es mucho más largo que cualquier enlace de resultados, así que no se ha leído.",
    );
  });

  for (const locale of LOCALES) {
    it(`${locale}: has a whole sentence for every error`, () => {
      for (const words of errors.map((e) => shareErrorWords(i18n[locale], e))) {
        expect(words).not.toMatch(/\{\w+\}|share\.|undefined/);
        expect(words).toMatch(/\.$/);
      }
    });
  }

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale}: no sentence is left in English`, () => {
      const english = errors.map((e) => shareErrorWords(i18n.en, e));
      const translated = errors.map((e) => shareErrorWords(i18n[locale], e));
      expect(translated.filter((words, i) => words === english[i])).toEqual([]);
    });
  }
});
