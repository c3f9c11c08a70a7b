// The renderer on its own: lists joined as each language joins them, failures that only older
// links leave without a code, and the browser a link names.
import { beforeAll, describe, expect, it } from "vitest";
import type { ProbeOutcome, Reason } from "../../../../src/core/result.ts";
import type { I18n } from "../../../../src/i18n/i18n.ts";
import { browserText, failureText, reasonText } from "../../../../src/ui/words/verdict.ts";
import { i18nFor } from "../../../fixtures/i18n.tsx";

const i18n: Record<"en" | "de" | "es", I18n> = {} as Record<"en" | "de" | "es", I18n>;
beforeAll(async () => {
  for (const locale of ["en", "de", "es"] as const) {
    i18n[locale] = await i18nFor(locale, ["shell", "verdict", "results"]);
  }
});

const probe = (
  status: ProbeOutcome["status"],
  extra: Partial<ProbeOutcome> = {},
): ProbeOutcome => ({
  id: "v4",
  kind: "v4",
  url: "https://v4.example/echo",
  status,
  ms: 4000,
  ip: null,
  ...extra,
});

describe("reasonText", () => {
  it("joins what is missing and what would tell, and starts the second sentence with a capital", () => {
    const reason: Reason = {
      code: "clat-unknown",
      gaps: ["literal-not-tested", "gathers-default-interface"],
      fixes: ["chrome-on-this-device"],
    };
    expect(reasonText(i18n.en, reason)).toBe(
      "Whether this device translates IPv4 itself (464XLAT, a CLAT) cannot be told in this browser: this site does not test an IPv4 address typed as a number, and this browser's WebRTC uses only the default network connection, so an IPv4 test address gets no answer with or without a CLAT. Chrome or Edge on this device can tell.",
    );
    expect(reasonText(i18n.es, reason)).toMatch(
      /número y el WebRTC de este navegador.*\. Chrome o Edge/,
    );
    expect(reasonText(i18n.en.withVoice("shared"), reason)).toMatch(
      /^Whether that device .* in that browser: .* Chrome or Edge on that device can tell\.$/,
    );
  });

  it("offers the ways to find out, the last one being the pasted dig", () => {
    expect(reasonText(i18n.en, { code: "how-to-find-out", fixes: ["open-http-page", "dig"] })).toBe(
      "To find out, open the http:// version of this page; or on a computer on this network, run “dig AAAA ipv4only.arpa” and paste the output into “Decode an address”: an IPv6 answer means a translator.",
    );
  });

  it("writes numbers as the language does", () => {
    const slow = { code: "ipv6-slow", v6Ms: 3449, v4Ms: 420 } as const;
    expect(reasonText(i18n.en, slow)).toBe(
      "IPv6 answered, but only after 3.4 s while IPv4 took 0.4 s.",
    );
    expect(reasonText(i18n.de, slow)).toContain("nach 3,4 s, während IPv4 0,4 s");
    expect(reasonText(i18n.en, { code: "set-aside", count: 1 })).toMatch(/^1 test server was /);
    expect(reasonText(i18n.en, { code: "set-aside", count: 2 })).toMatch(/^2 test servers were /);
  });
});

describe("failureText", () => {
  it("words each failure code", () => {
    expect(
      failureText(i18n.en, probe("bad-response", { failure: "http-status", httpStatus: 511 })),
    ).toBe("answered with HTTP status 511 instead of the test data");
    expect(failureText(i18n.en, probe("timeout", { failure: "timeout" }))).toBe(
      "no answer within 4 s",
    );
    expect(failureText(i18n.en, probe("ok", { ip: "192.0.2.1" }))).toBeNull();
  });

  it("gives a probe from an older link, which carries only its status, the words for its status", () => {
    expect(
      (["timeout", "error", "bad-response", "skipped"] as const).map((status) =>
        failureText(i18n.en, probe(status)),
      ),
    ).toEqual([
      "no answer within the time limit",
      "could not connect",
      "answered, but not with the test data (a login page or a filter?)",
      "Not run: this page was loaded over HTTPS, and browsers block plain http:// requests from HTTPS pages. The HTTP version of this page runs it.",
    ]);
  });
});

describe("browserText", () => {
  it("names the browser and its system as the language joins them", () => {
    const chrome = { family: "Chrome", version: "142", os: "Android", osVersion: "15" } as const;
    expect(browserText(i18n.en, chrome)).toBe("Chrome 142 on Android 15");
    expect(browserText(i18n.de, chrome)).toBe("Chrome 142 unter Android 15");
    expect(browserText(i18n.es, { ...chrome, os: null, osVersion: "" })).toBe("Chrome 142");
    expect(browserText(i18n.es, null)).toBe("un navegador desconocido");
  });
});
