// "Copy as text": the layout is core's, the words are the renderer's, in the reader's language
// and voice.
import { beforeAll, describe, expect, it } from "vitest";
import { redactResult } from "../../../src/core/share/redact.ts";
import { formatTime, type ReportWords, reportText } from "../../../src/core/share/report-text.ts";
import type { I18n } from "../../../src/i18n/i18n.ts";
import { reportWords } from "../../../src/ui/words/verdict.ts";
import { i18nFor } from "../../fixtures/i18n.tsx";
import { DUAL_STACK, NAT64_PHONE, worstCase } from "./share-fixtures.ts";

let english: I18n;
let words: ReportWords;
beforeAll(async () => {
  english = await i18nFor("en", ["shell", "verdict", "results"]);
  words = reportWords(english);
});

describe("reportText", () => {
  const report = () =>
    reportText(NAT64_PHONE, words, { link: "https://selftest.example.net/#r=1zAAA" });

  it("leads with the verdict in words and its code", () => {
    const [title, blank, verdict, code] = report().split("\n");
    expect([title, blank]).toEqual(["Network self-test result", ""]);
    expect(verdict).toBe(
      "Verdict: Your network is IPv6-only; sites that only have IPv4 are reached through a translator.",
    );
    expect(code).toBe("  (code ipv6-only-nat64, confidence high)");
    expect(report()).toContain("NAT64: detected, prefix 64:ff9b::/96\n");
    expect(report()).toContain("464XLAT (CLAT on this device): yes\n");
  });

  it("lists every reason and evidence line in words, every probe with status, time, address and URL, and STUN", () => {
    const text = report();
    expect(text).toContain(
      "\nWhy:\n- IPv6 works, and websites that only have IPv4 are reached through your network's translator (DNS64 + NAT64): your network is IPv6-only.\n- The translator uses the prefix 64:ff9b::/96.\n- IPv4 addresses typed as numbers still work:",
    );
    expect(text).toContain(
      "\nNAT64 evidence:\n- The IPv4-only test server saw 192.0.2.45, the same network as the NAT64-only target (64:ff9b::/96) saw (192.0.2.45).\n",
    );
    expect(text).toContain(
      "- IPv4-only name [v4]: ok, 182 ms, seen as 192.0.2.45\n    https://v4.selftest.example.net/echo\n",
    );
    expect(text.match(/^- .* \[[a-z0-9-]+\]: /gm)).toHaveLength(NAT64_PHONE.probes.length);
    expect(text).toContain(
      "- server by IPv4-only name: ok, public address 192.0.2.45, 1 local candidate, gathering complete, 612 ms\n",
    );
  });

  it("says why a probe failed, by its failure code", () => {
    const text = reportText(worstCase(), words);
    expect(text).toContain(
      "- NAT64 (2001:db8:6400::/96) [nat64-candidate:2001:db8:6400::/96]: timeout, 4,000 ms\n    https://candidate-0.nat64.selftest.example.net/echo\n    no answer within 4 s\n",
    );
  });

  it("ends with time, browser, user agent, page and link", () => {
    expect(
      report().endsWith(
        [
          "Recorded: 2026-11-28 04:14:13 UTC (took 4.2 s)",
          "Browser: Chrome 142 on Android 15",
          `User agent: ${NAT64_PHONE.userAgent}`,
          "Page loaded over: https (config 3f9a1c2e)",
          "Link: https://selftest.example.net/#r=1zAAA",
          "",
        ].join("\n"),
      ),
    ).toBe(true);
  });

  it("says when addresses were hidden or removed, and shows no raw address then", () => {
    const masked = reportText(redactResult(DUAL_STACK, "masked"), words, { redaction: "masked" });
    expect(masked).toContain(
      "IPv4 address: [documentation IPv4 address in 203.0.113.0/24] (hidden by the sender: kind only, and the /24 network for IPv4)",
    );
    expect(masked).toContain("IPv6 address: [documentation IPv6 address] (hidden by the sender");
    expect(masked).toContain(
      "- IPv6-only name [v6]: ok, 35 ms, seen as [documentation IPv6 address]\n",
    );
    expect(masked).not.toContain("203.0.113.77");
    expect(masked).not.toMatch(/m[46]:/);
    const removed = reportText(redactResult(DUAL_STACK, "removed"), words, {
      redaction: "removed",
    });
    expect(removed).toContain("IPv4 address: none seen\n");
    expect(removed).toContain("IP addresses were removed by the sender.");
    expect(removed).not.toContain("2001:db8:beef:1::42");
    // The evidence keeps its line and says where the address was.
    expect(
      reportText(redactResult(NAT64_PHONE, "removed"), words, { redaction: "removed" }),
    ).toContain(
      "- The IPv4-only test server saw [address removed], the same network as the NAT64-only target (64:ff9b::/96) saw ([address removed]).\n",
    );
  });

  it("words hidden addresses in the reader's language, evidence and STUN too", async () => {
    const masked = redactResult(NAT64_PHONE, "masked");
    const say = async (locale: "de" | "es") =>
      reportText(masked, reportWords(await i18nFor(locale, ["shell", "verdict", "results"])), {
        redaction: "masked",
      });
    const german = await say("de");
    expect(german).toContain("[IPv4-Adresse aus 192.0.2.0/24 (Dokumentation)]");
    expect(german).toContain("[IPv6-Adresse (Dokumentation)]");
    const spanish = await say("es");
    expect(spanish).toContain("[dirección IPv4 de documentación en 192.0.2.0/24]");
    expect(spanish).toContain("[dirección IPv6 de documentación]");
    for (const text of [german, spanish]) {
      expect(text).not.toMatch(/IPv4 address|IPv6 address|m[46]:|documentation/);
      // Fields, evidence (twice) and STUN (twice).
      expect(text.match(/192\.0\.2\.0\/24/g)?.length).toBe(
        reportText(masked, words).match(/192\.0\.2\.0\/24/g)?.length,
      );
    }
  });

  it("marks skipped probes without a time, and says why they did not run", () => {
    expect(reportText(DUAL_STACK, words)).toContain(
      "- IPv4 address [v4literal]: skipped\n    http://198.51.100.10/echo\n    Not run: this page was loaded over HTTPS",
    );
  });

  it("speaks of someone else's device on a shared result", () => {
    const shared = reportText(NAT64_PHONE, reportWords(english.withVoice("shared")));
    expect(shared).toContain("Verdict: This network is IPv6-only;");
    expect(shared).toContain("464XLAT (CLAT on that device): yes\n");
    expect(shared).toContain("that device translates them itself");
    expect(shared).not.toMatch(/\byour\b/i);
  });

  it("is written in the reader's language", async () => {
    const german = reportText(
      NAT64_PHONE,
      reportWords(await i18nFor("de", ["shell", "verdict", "results"])),
    );
    const lines = german.split("\n");
    expect(lines[0]).not.toBe("Network self-test result");
    // Every line but the addresses, URLs, codes and the user agent is German.
    for (const line of report().split("\n")) {
      if (/^(- |Why|Probes|NAT64 evidence|Recorded|Verdict)/.test(line)) {
        expect(german).not.toContain(line);
      }
    }
  });
});

describe("formatTime", () => {
  it("shows UTC to the second, or the recorded text when it is not a date", () => {
    expect(formatTime("2026-11-28T10:30:00+01:00")).toBe("2026-11-28 09:30:00 UTC");
    expect(formatTime("yesterday")).toBe("yesterday");
  });
});
