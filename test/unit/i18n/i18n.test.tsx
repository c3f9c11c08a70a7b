// Keys become words for a locale and voice: placeholders filled, numbers formatted for the
// locale, plural forms by count, the voice chosen, markup kept as markup, and a missing key
// shown as itself.

import { isValidElement } from "preact";
import { describe, expect, it } from "vitest";
import type { CatalogStore } from "../../../src/i18n/catalogs.ts";
import { createI18n } from "../../../src/i18n/i18n.ts";
import type { Locale } from "../../../src/i18n/locale.ts";
import {
  type Message,
  type Messages,
  messageForms,
  placeholderNames,
} from "../../../src/i18n/message.ts";
import type { MessageKey } from "../../../src/i18n/namespaces.ts";
import { pseudoCatalog, pseudoText } from "../../../src/i18n/pseudo.ts";
import { loadAllCatalogs } from "../../fixtures/catalogs.ts";
import { i18nFor } from "../../fixtures/i18n.tsx";

/** A store holding `messages` as namespace "demo" (keys outside the real catalogs). */
function storeWith(locale: Locale, messages: Messages): CatalogStore {
  return {
    locale,
    messages: (namespace) => (namespace === "demo" ? messages : undefined),
    load: async () => {},
  };
}
const demo = (key: string) => `demo.${key}` as MessageKey;

const DEMO: Messages = {
  tests: { one: "{count} test in {where}", other: "{count} tests in {where}" },
  network: { own: "Your network is {kind}.", shared: "That network is {kind}." },
  counted: {
    own: { one: "You ran {count} test.", other: "You ran {count} tests." },
    shared: { one: "They ran {count} test.", other: "They ran {count} tests." },
  },
  address: "Seen from {ip} after {ms}",
  code: "after the {hash} sign",
};

describe("t", () => {
  it("fills placeholders and formats numbers for the locale", async () => {
    const en = createI18n(storeWith("en", DEMO));
    const de = createI18n(storeWith("de", DEMO));
    expect(en.t(demo("address"), { ip: "2001:db8::1", ms: 12345.5 })).toBe(
      "Seen from 2001:db8::1 after 12,345.5",
    );
    expect(de.t(demo("address"), { ip: "2001:db8::1", ms: 12345.5 })).toBe(
      "Seen from 2001:db8::1 after 12.345,5",
    );
  });

  it("chooses the plural form by count, with the locale's rules", async () => {
    const en = createI18n(storeWith("en", DEMO));
    expect(en.t(demo("tests"), { count: 1, where: "Wien" })).toBe("1 test in Wien");
    expect(en.t(demo("tests"), { count: 0, where: "Wien" })).toBe("0 tests in Wien");
    expect(en.t(demo("tests"), { count: 1500, where: "Wien" })).toBe("1,500 tests in Wien");
    // Spanish has a "many" form for millions; a message without one falls back to "other".
    const es = createI18n(storeWith("es", DEMO));
    expect(es.t(demo("tests"), { count: 1_000_000, where: "Lima" })).toBe(
      "1.000.000 tests in Lima",
    );
  });

  it("speaks in the renderer's voice", () => {
    const own = createI18n(storeWith("en", DEMO));
    const shared = own.withVoice("shared");
    expect(own.t(demo("network"), { kind: "IPv6-only" })).toBe("Your network is IPv6-only.");
    expect(shared.t(demo("network"), { kind: "IPv6-only" })).toBe("That network is IPv6-only.");
    expect(shared.t(demo("counted"), { count: 1 })).toBe("They ran 1 test.");
    expect(own.t(demo("counted"), { count: 3 })).toBe("You ran 3 tests.");
    expect(shared.locale).toBe("en");
    expect(shared.withVoice("own").t(demo("network"), { kind: "x" })).toBe("Your network is x.");
  });

  it("shows a missing key or parameter instead of throwing", () => {
    const i18n = createI18n(storeWith("en", DEMO));
    expect(i18n.t(demo("nope"))).toBe("demo.nope");
    expect(i18n.t("shell.title")).toBe("shell.title"); // namespace not loaded
    expect(i18n.t(demo("address"), { ip: "192.0.2.1" })).toBe("Seen from 192.0.2.1 after {ms}");
  });

  it("keeps markup parameters as elements with rich()", () => {
    const i18n = createI18n(storeWith("en", DEMO));
    const parts = i18n.rich(demo("code"), { hash: <code>#</code> }) as unknown[];
    expect(parts[0]).toBe("after the ");
    expect(isValidElement(parts[1])).toBe(true);
    expect(parts[2]).toBe(" sign");
  });

  it("loads the real catalogs of the active locale", async () => {
    const de = await i18nFor("de", ["shell"]);
    expect(de.t("shell.title")).toBe("Was für ein Netzwerk habe ich?");
    expect(de.t("shell.progress.count", { done: 1, count: 1 })).toBe("1 von 1 Test fertig");
    expect(de.t("shell.progress.count", { done: 2, count: 7 })).toBe("2 von 7 Tests fertig");
    expect(de.t("share.title")).toBe("share.title"); // not loaded: only what was asked for
  });
});

describe("format helpers", () => {
  it("write durations and dates as the locale does", async () => {
    const en = await i18nFor("en", []);
    const de = await i18nFor("de", []);
    const es = await i18nFor("es", []);
    expect(en.formatMs(1234)).toBe("1,234 ms");
    expect(de.formatMs(1234)).toBe("1.234 ms");
    expect(de.formatSeconds(0.05)).toMatch(/^0,05\s/);
    const when = "2026-11-28T04:14:13.000Z";
    const utc = { dateStyle: "long", timeStyle: "long", timeZone: "UTC" } as const;
    expect(en.formatDateTime(when, utc)).toBe("November 28, 2026 at 4:14:13 AM UTC");
    expect(de.formatDateTime(when, utc)).toBe("28. November 2026 um 04:14:13 UTC");
    expect(es.formatDateTime(when, utc)).toMatch(/^28 de noviembre de 2026/);
  });
});

describe("the pseudo-locale", () => {
  it("accents every letter, keeps placeholders and brackets each message", () => {
    const text = pseudoText("Seen from {ip} after {ms}");
    expect(text).toMatch(/^\[\S+ \S+ \{ip\} \S+ \{ms\}\]$/);
    const words = text.replace(/\{\w+\}/g, "");
    expect(words).not.toMatch(/[a-z]/i);
    expect(words.length).toBeGreaterThan(1.4 * "Seen from  after ".length);
  });

  it("makes every real catalog at least 40% longer, with the same keys and placeholders", async () => {
    const all = await loadAllCatalogs();
    /** The visible text of a catalog: every form, without placeholders. */
    const text = (m: Messages) =>
      Object.values(m)
        .flatMap(messageForms)
        .join("")
        .replace(/\{\w+\}/g, "");
    for (const [namespace, english] of Object.entries(all.en ?? {})) {
      const pseudo = pseudoCatalog(english);
      expect(Object.keys(pseudo), namespace).toEqual(Object.keys(english));
      expect(text(pseudo).length / text(english).length, namespace).toBeGreaterThan(1.4);
      expect(text(pseudo), namespace).not.toMatch(/[a-z]/i);
      for (const [key, message] of Object.entries(pseudo)) {
        const names = (m: Message | undefined) =>
          m === undefined ? [] : messageForms(m).map((form) => placeholderNames(form).join());
        expect(names(message), key).toEqual(names(english[key]));
      }
    }
  });
});
