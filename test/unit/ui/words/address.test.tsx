// @vitest-environment happy-dom
// An address field in words: an address as it is, a hidden or removed one in the reader's
// language, wherever the page shows addresses (the facts, the probe table, the path picture and
// the NAT64 evidence of a shared result).
import { render } from "preact";
import { act } from "preact/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import {
  formatMasked,
  MASKED_RANGES,
  MASKED_REMOVED,
  MASKED_SCOPES,
  MASKED_VIAS,
  type MaskedAddress,
} from "../../../../src/core/share/masked.ts";
import { redactResult } from "../../../../src/core/share/redact.ts";
import { Voice } from "../../../../src/i18n/context.tsx";
import type { I18n } from "../../../../src/i18n/i18n.ts";
import { ResultView } from "../../../../src/ui/ResultView.tsx";
import { addressText } from "../../../../src/ui/words/address.ts";
import { i18nFor, WithI18n } from "../../../fixtures/i18n.tsx";
import { NAT64_PHONE } from "../../share/share-fixtures.ts";

type Locale = "en" | "de" | "es";
const LOCALES: Locale[] = ["en", "de", "es"];
const i18n = {} as Record<Locale, I18n>;
beforeAll(async () => {
  for (const locale of LOCALES)
    i18n[locale] = await i18nFor(locale, ["shell", "verdict", "results"]);
});

/** Every fact a hidden address can state, one of each part. */
const EVERY: MaskedAddress[] = [
  { kind: "removed" },
  ...MASKED_RANGES.map((range) => ({ kind: "ipv4" as const, range, network: "192.0.2.0/24" })),
  ...MASKED_SCOPES.map((scope) => ({ kind: "ipv6" as const, scope, embedded: [] })),
  ...MASKED_VIAS.map((via) => ({
    kind: "ipv6" as const,
    scope: "global" as const,
    embedded: [{ via, network: "198.51.100.0/24" }],
  })),
];

describe("addressText", () => {
  it("leaves an address as it is", () => {
    for (const locale of LOCALES) {
      expect(addressText(i18n[locale], "192.0.2.45")).toBe("192.0.2.45");
      expect(addressText(i18n[locale], "2001:db8::1")).toBe("2001:db8::1");
    }
  });

  it("words a hidden address in each language", () => {
    const ipv4 = "m4:private-use:10.20.30.0/24";
    expect(addressText(i18n.en, ipv4)).toBe("[private IPv4 address in 10.20.30.0/24]");
    expect(addressText(i18n.de, ipv4)).toBe("[IPv4-Adresse aus 10.20.30.0/24 (privat)]");
    expect(addressText(i18n.es, ipv4)).toBe("[dirección IPv4 privada en 10.20.30.0/24]");
    const ipv6 = "m6:global:6to4=198.51.100.0/24:isatap=192.0.2.0/24";
    expect(addressText(i18n.en, ipv6)).toBe(
      "[global IPv6 address: 6to4 tunnel, IPv4 in 198.51.100.0/24; ISATAP tunnel, IPv4 in 192.0.2.0/24]",
    );
    expect(addressText(i18n.de, ipv6)).toBe(
      "[IPv6-Adresse (global): 6to4-Tunnel, IPv4 aus 198.51.100.0/24; ISATAP-Tunnel, IPv4 aus 192.0.2.0/24]",
    );
    expect(addressText(i18n.es, "m6:special:nat64")).toBe(
      "[dirección IPv6 de uso especial: NAT64]",
    );
    expect(addressText(i18n.de, MASKED_REMOVED)).toBe("[Adresse entfernt]");
    expect(addressText(i18n.es, MASKED_REMOVED)).toBe("[dirección eliminada]");
  });

  it("has words for every block, scope and way of embedding, in every language", () => {
    for (const locale of LOCALES) {
      const all = EVERY.map((fact) => addressText(i18n[locale], formatMasked(fact)));
      for (const text of all) {
        expect(text).toMatch(/^\[[^[\]]+\]$/);
        expect(text).not.toMatch(/results\.|m[46]:|\{/);
      }
      // No two facts read the same.
      expect(new Set(all).size).toBe(all.length);
    }
    // German and Spanish say each differently from English.
    for (const fact of EVERY) {
      const english = addressText(i18n.en, formatMasked(fact));
      expect(addressText(i18n.de, formatMasked(fact))).not.toBe(english);
      expect(addressText(i18n.es, formatMasked(fact))).not.toBe(english);
    }
  });

  it("gives the path picture's small box a hidden IPv4 address as its network", () => {
    expect(addressText(i18n.de, "m4:documentation:192.0.2.0/24", { short: true })).toBe(
      "192.0.2.0/24",
    );
  });
});

describe("a shared result with hidden addresses", () => {
  it("shows no tagged form and no English address words on a German or Spanish page", () => {
    const shared = redactResult(NAT64_PHONE, "masked");
    for (const locale of ["de", "es"] as const) {
      const root = document.createElement("div");
      document.body.append(root);
      act(() => {
        render(
          <WithI18n i18n={i18n[locale]}>
            <Voice value="shared">
              <ResultView result={shared} readOnly />
            </Voice>
          </WithI18n>,
          root,
        );
      });
      const text = root.textContent ?? "";
      const ipv4 = addressText(i18n[locale], "m4:documentation:192.0.2.0/24");
      // The facts, three probes, the evidence line (twice) and the path picture's caption.
      expect(text.split(ipv4).length - 1).toBe(7);
      expect(text).toContain(addressText(i18n[locale], "m6:documentation"));
      expect(text).not.toMatch(/m[46]:|IPv4 address|IPv6 address|documentation/);
      render(null, root);
      root.remove();
    }
  });
});
