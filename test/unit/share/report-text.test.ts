import { describe, expect, it } from "vitest";
import { VERDICT_HEADLINES } from "../../../src/core/selftest/explain.ts";
import { redactResult } from "../../../src/core/share/redact.ts";
import { formatTime, reportText } from "../../../src/core/share/report-text.ts";
import { DUAL_STACK, NAT64_PHONE } from "./share-fixtures.ts";

describe("reportText", () => {
  const text = reportText(NAT64_PHONE, { link: "https://selftest.example.net/#r=1zAAA" });

  it("leads with the verdict in words and its code", () => {
    const [title, blank, verdict, code] = text.split("\n");
    expect([title, blank]).toEqual(["Network self-test result", ""]);
    expect(verdict).toBe(`Verdict: ${VERDICT_HEADLINES["ipv6-only-nat64"]}`);
    expect(code).toBe("  (code ipv6-only-nat64, confidence high)");
    expect(text).toContain("NAT64: detected, prefix 64:ff9b::/96\n");
    expect(text).toContain("464XLAT (CLAT on this device): yes\n");
  });

  it("lists every reason, every probe with status, time, address and URL, and STUN", () => {
    for (const reason of NAT64_PHONE.verdict.reasons) expect(text).toContain(`\n- ${reason}\n`);
    expect(text).toContain(
      "- IPv4-only name [v4]: ok, 182 ms, seen as 192.0.2.45\n    https://v4.selftest.example.net/echo\n",
    );
    expect(text).toContain("    reached through the 464XLAT translator on this device\n");
    expect(text.match(/^- .* \[[a-z0-9-]+\]: /gm)).toHaveLength(NAT64_PHONE.probes.length);
    expect(text).toContain(
      "- server by IPv4-only name: ok, public address 192.0.2.45, 1 local candidate, gathering complete, 612 ms\n",
    );
  });

  it("ends with time, browser, user agent, page and link", () => {
    expect(
      text.endsWith(
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
    const masked = reportText(redactResult(DUAL_STACK, "masked"), { redaction: "masked" });
    expect(masked).toContain(
      "IPv4 address: [documentation IPv4 in 203.0.113.0/24] (hidden by the sender: kind only, and the /24 network for IPv4)",
    );
    expect(masked).not.toContain("203.0.113.77");
    const removed = reportText(redactResult(DUAL_STACK, "removed"), { redaction: "removed" });
    expect(removed).toContain("IPv4 address: none seen\n");
    expect(removed).toContain("IP addresses were removed by the sender.");
    expect(removed).not.toContain("2001:db8:beef:1::42");
  });

  it("marks skipped probes without a time", () => {
    expect(reportText(DUAL_STACK)).toContain(
      "- IPv4 address [v4literal]: skipped\n    http://198.51.100.10/echo\n    http:// probes cannot run from an https:// page\n",
    );
  });
});

describe("formatTime", () => {
  it("shows UTC to the second, or the recorded text when it is not a date", () => {
    expect(formatTime("2026-11-28T10:30:00+01:00")).toBe("2026-11-28 09:30:00 UTC");
    expect(formatTime("yesterday")).toBe("yesterday");
  });
});
