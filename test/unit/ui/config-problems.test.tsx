// @vitest-environment happy-dom
// A configuration that cannot be used, as the visitor reads it in each language: whose fault it
// is, what is wrong (every error code, with its parameters filled in), and never the link's text.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, type ConfigErrorCode, type ConfigFault } from "../../../src/core/config.ts";
import type { I18n } from "../../../src/i18n/i18n.ts";
import { LOCALES } from "../../../src/i18n/locale.ts";
import { ConfigProblem } from "../../../src/ui/ConfigProblem.tsx";
import { LoadProblem, OwnConfigOffer, useConfigFileName } from "../../../src/ui/LoadProblem.tsx";
import { i18nFor, WithI18n } from "../../fixtures/i18n.tsx";

let root: HTMLElement;
const i18n = {} as Record<(typeof LOCALES)[number], I18n>;

beforeAll(async () => {
  for (const locale of LOCALES) i18n[locale] = await i18nFor(locale, ["shell", "config"]);
});

beforeEach(() => {
  history.replaceState(null, "", "/");
  root = document.createElement("div");
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

/** What App renders for a config failure (its SettingsProblem). */
function Problem({ error }: { error: ConfigError }) {
  const file = useConfigFileName();
  if (error.fault === "network") return <LoadProblem error={error} />;
  return <ConfigProblem error={error} file={file} offer={<OwnConfigOffer />} />;
}

function show(error: ConfigError, locale: keyof typeof i18n = "en"): string {
  act(() =>
    render(
      <WithI18n i18n={i18n[locale]}>
        <Problem error={error} />
      </WithI18n>,
      root,
    ),
  );
  return (root.textContent ?? "").replace(/\s+/g, " ");
}

/** Every error code, as config.ts raises it: field, parameters and fault. */
const EVERY_ERROR: [ConfigErrorCode, string, Record<string, string | number>, ConfigFault][] = [
  ["config-not-object", "(root)", {}, "site"],
  ["unknown-key", "probez", {}, "site"],
  ["unknown-key-of", "stun.port", { known: "name, literal" }, "site"],
  ["unknown-probe", "probes.v5", { known: "v4, v6" }, "site"],
  ["not-object", "probes", {}, "site"],
  ["not-object-with", "doh[0]", { keys: "name, url" }, "site"],
  ["not-list", "doh", {}, "site"],
  ["not-url", "probes.v4", {}, "site"],
  ["invalid-url", "probes.v4", { value: "not a url" }, "site"],
  ["url-not-http", "probes.v4", { protocol: "ftp:" }, "site"],
  ["not-stun-url", "stun.name", {}, "site"],
  ["prefix-shape", "nat64Candidates[0].prefix", {}, "site"],
  ["prefix-not-rfc6052", "nat64Candidates[0].prefix", { prefix: "1:2:3/96" }, "site"],
  ["prefix-twice", "nat64Candidates[1].prefix", { prefix: "2001:db8:64::/96" }, "site"],
  ["timeout-range", "timeoutMs", { min: 100, max: 60_000 }, "site"],
  ["not-text", "doh[0].name", {}, "site"],
  ["not-boolean", "doh[0].dns64", {}, "site"],
  ["not-origin-string", "embedOrigins[0]", {}, "site"],
  ["invalid-origin", "embedOrigins[0]", { value: "help" }, "site"],
  ["origin-not-exact", "embedOrigins[0]", { value: "https://h.example/x" }, "site"],
  ["link-address-invalid", "?config", {}, "link"],
  ["link-address-not-http", "?config", {}, "link"],
  ["link-address-other-site", "?config", { origin: "https://t.example" }, "link"],
  ["file-redirects", "?config", {}, "link"],
  ["file-http-status", "(file)", { status: "500" }, "site"],
  ["file-not-found", "(file)", { status: "404" }, "link"],
  ["file-timeout-site-answers", "(file)", { seconds: 8 }, "link"],
  ["file-blocked-site-answers", "(file)", {}, "link"],
  ["file-web-page", "(file)", {}, "site"],
  ["file-not-json", "(file)", {}, "site"],
  ["file-unreadable", "(file)", {}, "site"],
  ["file-offline", "(file)", {}, "network"],
  ["file-timeout", "(file)", { seconds: 0.05 }, "network"],
  ["page-part-offline", "(file)", {}, "network"],
];

describe("a configuration problem", () => {
  it("puts every error code into words in every language, with its parameters", () => {
    history.replaceState(null, "", "/?config=/lab.json");
    for (const locale of LOCALES) {
      for (const [code, field, params, fault] of EVERY_ERROR) {
        const text = show(new ConfigError(field, code, params, fault), locale);
        const where = `${locale} ${code}`;
        // No placeholder left, no key shown instead of a message.
        expect(text, where).not.toMatch(
          /[{}]|\b(shell\.load|config\.(error|link|site))\.|config\.field/,
        );
        for (const value of Object.values(params)) {
          if (typeof value === "string") expect(text, where).toContain(value);
        }
        if (!field.startsWith("?") && !field.startsWith("(")) expect(text, where).toContain(field);
        expect(root.querySelector("[data-fault]")?.getAttribute("data-fault"), where).toBe(fault);
      }
    }
  });

  it("blames the link and offers the site's own test, in German", () => {
    history.replaceState(null, "", "/?lang=de&config=%2Fbroken.json");
    const text = show(
      new ConfigError("probes.v4", "url-not-http", { protocol: "ftp:" }, "link"),
      "de",
    );
    expect(text).toContain("Die Konfiguration aus diesem Link ist ungültig");
    expect(text).toContain("Feld probes.v4: muss eine http://- oder https://-URL sein, nicht ftp:");
    expect(root.querySelector("code")?.textContent).toBe("probes.v4");
    const offer = root.querySelector<HTMLAnchorElement>("a.button");
    expect(offer?.textContent).toBe("Test mit der Konfiguration dieser Website ausführen");
    // The same page without ?config=, still in German.
    expect(new URL(offer?.href ?? "").search).toBe("?lang=de");
  });

  it("names the file the link named without repeating the link", () => {
    history.replaceState(null, "", "/?config=%2FYour-router-is-infected.json");
    const text = show(new ConfigError("(file)", "file-not-found", { status: "404" }, "link"));
    expect(text).toContain("The file named in ?config= answered HTTP 404 (not found).");
    expect(text).not.toContain("infected");
  });

  it("tells the site's operator what to fix, in Spanish", () => {
    const text = show(new ConfigError("(file)", "file-not-json", {}, "site"), "es");
    expect(text).toContain("Esta prueba no está bien configurada");
    expect(text).toContain("Problema en la configuración: config.json no es un JSON válido.");
    expect(root.querySelector("a.button")).toBeNull();
  });

  it("says a connection failure from the shell alone, with a way to try again", async () => {
    const shellOnly = await i18nFor("de", ["shell"]);
    act(() =>
      render(
        <WithI18n i18n={shellOnly}>
          <Problem
            error={new ConfigError("(file)", "file-timeout", { seconds: 0.05 }, "network")}
          />
        </WithI18n>,
        root,
      ),
    );
    const text = (root.textContent ?? "").replace(/\s+/g, " ");
    expect(text).toContain("config.json wurde nicht innerhalb von 0,05 s geladen.");
    expect(root.querySelector("button")?.textContent).toBe("Noch einmal versuchen");
  });
});
