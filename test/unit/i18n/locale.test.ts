import { describe, expect, it } from "vitest";
import { withLang } from "../../../src/i18n/links.ts";
import { pickLocale, textDirection } from "../../../src/i18n/locale.ts";

describe("pickLocale", () => {
  it.each([
    // navigator.languages, ?lang=, chosen
    [["de-DE", "en"], null, "de"],
    [["de-AT"], null, "de"],
    [["es-419", "en"], null, "es"],
    [["ES_mx"], null, "es"],
    [["fr-FR", "de-CH", "en"], null, "de"], // the first one we ship, not the first one
    [["fr-FR", "it"], null, "en"],
    [[], null, "en"],
    [["en-XA"], null, "en"], // the pseudo-locale only by ?lang=
    [["de"], "es", "es"], // ?lang= wins
    [["de"], "ES", "es"],
    [["de"], " en ", "en"],
    [["es"], "de-AT", "de"],
    [["de"], "en-XA", "en-XA"],
    [["de"], "en-xa", "en-XA"],
    [["de"], "fr", "de"], // an unknown ?lang= is ignored
    [["de"], "", "de"],
    [["de"], "<script>", "de"],
    [["fr"], "xx", "en"],
  ] as const)("%j with ?lang=%j → %s", (languages, override, expected) => {
    expect(pickLocale(languages, override)).toBe(expected);
  });
});

describe("withLang", () => {
  it("sets or removes ?lang=, keeping the rest of the address", () => {
    const page = "https://t.example/sub/?config=%2Flab.json&embed=1#decode=abc";
    expect(withLang(page, "de")).toBe(
      "https://t.example/sub/?config=%2Flab.json&embed=1&lang=de#decode=abc",
    );
    expect(withLang("https://t.example/?lang=de&embed=1", "es")).toBe(
      "https://t.example/?lang=es&embed=1",
    );
    expect(withLang("https://t.example/?lang=de#r=1zAB", null)).toBe("https://t.example/#r=1zAB");
  });
});

describe("textDirection", () => {
  it("is left-to-right for every shipped locale", () => {
    for (const locale of ["en", "de", "es", "en-XA"] as const) {
      expect(textDirection(locale)).toBe("ltr");
    }
  });
});
