import { describe, expect, it } from "vitest";
import type { Lookup } from "../../../src/core/checks/lookup.ts";
import {
  checkSetup,
  type HostAnswers,
  namesToLookUp,
  setupHosts,
} from "../../../src/core/checks/setup-check.ts";
import { parseConfig } from "../../../src/core/config.ts";

const config = parseConfig({
  probes: {
    v4: "https://v4.selftest.example/ip",
    v6: "https://v6.selftest.example/ip",
    ds: "https://ds.selftest.example/ip",
    large: "https://ds.selftest.example/large",
    nat64: "https://nat64.selftest.example/ip",
    v4literal: "https://198.51.100.7/ip",
    v6literal: "https://[2001:db8::6]/ip",
  },
  nat64Candidates: [{ prefix: "2001:db8:64::/96", url: "https://[2001:db8:64::c633:6407]/ip" }],
});

const rec = (values: string[], rcode = "NOERROR"): Lookup => ({
  ok: true,
  rcode,
  values,
  chain: [],
  resolver: "Fake",
  ms: 1,
});
const GOOD: Record<string, HostAnswers> = {
  "v4.selftest.example": { a: rec(["198.51.100.7"]), aaaa: rec([]) },
  "v6.selftest.example": { a: rec([]), aaaa: rec(["2001:db8::6"]) },
  "ds.selftest.example": { a: rec(["198.51.100.7"]), aaaa: rec(["2001:db8::6"]) },
  "nat64.selftest.example": { a: rec([]), aaaa: rec(["64:ff9b::c633:6407"]) },
};

describe("setup check", () => {
  it("lists the names to look up once each, without literals", () => {
    const hosts = setupHosts(config);
    expect(hosts.map((h) => `${h.role} ${h.host}${h.literal ? " (literal)" : ""}`)).toEqual([
      "v4 v4.selftest.example",
      "v6 v6.selftest.example",
      "ds ds.selftest.example",
      "large ds.selftest.example",
      "nat64 nat64.selftest.example",
      "nat64-candidate 2001:db8:64::c633:6407 (literal)",
    ]);
    expect(namesToLookUp(hosts)).toEqual([
      "v4.selftest.example",
      "v6.selftest.example",
      "ds.selftest.example",
      "nat64.selftest.example",
    ]);
  });

  it("does not look up localhost or literal probes (a page served on this machine)", () => {
    const local = parseConfig({
      probes: {
        v4: "http://127.0.0.1:8065/echo",
        v6: "http://[::1]:8065/echo",
        ds: "http://localhost:8065/echo",
      },
    });
    expect(setupHosts(local)).toEqual([]);
  });

  it("finds nothing wrong with a correct setup", () => {
    expect(checkSetup(setupHosts(config), GOOD)).toEqual({ problems: [], unverified: [] });
  });

  it("names every wrong record in plain words", () => {
    const bad: Record<string, HostAnswers> = {
      "v4.selftest.example": { a: rec(["198.51.100.7"]), aaaa: rec(["2001:db8::4"]) },
      "v6.selftest.example": { a: rec(["198.51.100.6"]), aaaa: rec([]) },
      "ds.selftest.example": { a: rec([]), aaaa: rec(["2001:db8::6"]) },
      "nat64.selftest.example": {
        a: rec(["198.51.100.64"]),
        aaaa: rec(["64:ff9b::c000:201", "2001:db8::64"]),
      },
    };
    expect(checkSetup(setupHosts(config), bad).problems.map((p) => `${p.role}: ${p.text}`)).toEqual(
      [
        "v4: The IPv4-only test name v4.selftest.example also has an IPv6 address (2001:db8::4), so reaching it does not prove IPv4 works. It must have only an A record.",
        "v6: The IPv6-only test name v6.selftest.example has no IPv6 address (AAAA record).",
        "v6: The IPv6-only test name v6.selftest.example also has an IPv4 address (198.51.100.6), so reaching it does not prove IPv6 works. It must have only an AAAA record.",
        "ds: The dual-stack test name ds.selftest.example has no IPv4 address (A record); it needs both A and AAAA.",
        "large: The large-response test name ds.selftest.example has no IPv4 address (A record); it needs both A and AAAA.",
        "nat64: The NAT64 test name nat64.selftest.example has an IPv4 address (198.51.100.64), so visitors with IPv4 reach it without NAT64. It must have only an AAAA record.",
        "nat64: The NAT64 test name nat64.selftest.example points to 64:ff9b::c000:201, which carries 192.0.2.1, but the IPv4-only test name v4.selftest.example is 198.51.100.7: it must embed the same server.",
        "nat64: The NAT64 test name nat64.selftest.example points to 2001:db8::64, which is not inside the NAT64 prefix 64:ff9b::/96.",
      ],
    );
  });

  it("checks a NAT64 candidate literal against its prefix and the IPv4 server", () => {
    const wrong = parseConfig({
      probes: { v4: "https://v4.selftest.example/ip" },
      nat64Candidates: [
        { prefix: "2001:db8:64::/96", url: "https://[2001:db8:65::c633:6407]/ip" },
        { prefix: "2001:db8:64:1::/96", url: "https://[2001:db8:64:1::c000:201]/ip" },
      ],
    });
    expect(checkSetup(setupHosts(wrong), GOOD).problems.map((p) => p.text)).toEqual([
      "The NAT64 prefix test name 2001:db8:65::c633:6407 points to 2001:db8:65::c633:6407, which is not inside the NAT64 prefix 2001:db8:64::/96.",
      "The NAT64 prefix test name 2001:db8:64:1::c000:201 points to 2001:db8:64:1::c000:201, which carries 192.0.2.1, but the IPv4-only test name v4.selftest.example is 198.51.100.7: it must embed the same server.",
    ]);
  });

  it("reports NXDOMAIN as a problem, failed lookups only as unverified", () => {
    const answers: Record<string, HostAnswers> = {
      ...GOOD,
      "v6.selftest.example": { a: rec([], "NXDOMAIN"), aaaa: rec([], "NXDOMAIN") },
      "ds.selftest.example": {
        a: {
          ok: false,
          blocked: true,
          failures: [
            { resolver: "R", kind: "timeout", ms: 3000, detail: "R: no answer within 3 s" },
          ],
        },
        aaaa: rec([]),
      },
    };
    expect(checkSetup(setupHosts(config), answers)).toEqual({
      problems: [
        {
          role: "v6",
          host: "v6.selftest.example",
          text: "The IPv6-only test name v6.selftest.example does not exist in DNS (NXDOMAIN).",
        },
      ],
      unverified: ["ds.selftest.example"],
    });
  });
});
