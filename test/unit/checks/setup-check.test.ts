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

  it("names every wrong record, with the records that make it wrong", () => {
    const bad: Record<string, HostAnswers> = {
      "v4.selftest.example": { a: rec(["198.51.100.7"]), aaaa: rec(["2001:db8::4"]) },
      "v6.selftest.example": { a: rec(["198.51.100.6"]), aaaa: rec([]) },
      "ds.selftest.example": { a: rec([]), aaaa: rec(["2001:db8::6"]) },
      "nat64.selftest.example": {
        a: rec(["198.51.100.64"]),
        aaaa: rec(["64:ff9b::c000:201", "2001:db8::64"]),
      },
    };
    expect(checkSetup(setupHosts(config), bad).problems).toEqual([
      { role: "v4", host: "v4.selftest.example", code: "v4-has-aaaa", addresses: ["2001:db8::4"] },
      { role: "v6", host: "v6.selftest.example", code: "v6-no-aaaa" },
      { role: "v6", host: "v6.selftest.example", code: "v6-has-a", addresses: ["198.51.100.6"] },
      { role: "ds", host: "ds.selftest.example", code: "ds-no-a" },
      { role: "large", host: "ds.selftest.example", code: "ds-no-a" },
      {
        role: "nat64",
        host: "nat64.selftest.example",
        code: "nat64-has-a",
        addresses: ["198.51.100.64"],
      },
      {
        role: "nat64",
        host: "nat64.selftest.example",
        code: "nat64-other-server",
        address: "64:ff9b::c000:201",
        embedded: "192.0.2.1",
        v4Host: "v4.selftest.example",
        v4Addresses: ["198.51.100.7"],
      },
      {
        role: "nat64",
        host: "nat64.selftest.example",
        code: "nat64-outside-prefix",
        address: "2001:db8::64",
        prefix: "64:ff9b::/96",
      },
    ]);
  });

  it("names a missing A or AAAA record for each role", () => {
    const empty: Record<string, HostAnswers> = Object.fromEntries(
      Object.keys(GOOD).map((host) => [host, { a: rec([]), aaaa: rec([]) }]),
    );
    expect(
      checkSetup(setupHosts(config), empty).problems.map((p) => `${p.role} ${p.code}`),
    ).toEqual([
      "v4 v4-no-a",
      "v6 v6-no-aaaa",
      "ds ds-no-a",
      "ds ds-no-aaaa",
      "large ds-no-a",
      "large ds-no-aaaa",
      "nat64 nat64-no-aaaa",
    ]);
    expect(checkSetup(setupHosts(config), empty).problems.at(-1)).toMatchObject({
      prefix: "64:ff9b::/96",
    });
  });

  it("checks a NAT64 candidate literal against its prefix and the IPv4 server", () => {
    const wrong = parseConfig({
      probes: { v4: "https://v4.selftest.example/ip" },
      nat64Candidates: [
        { prefix: "2001:db8:64::/96", url: "https://[2001:db8:65::c633:6407]/ip" },
        { prefix: "2001:db8:64:1::/96", url: "https://[2001:db8:64:1::c000:201]/ip" },
      ],
    });
    expect(checkSetup(setupHosts(wrong), GOOD).problems).toEqual([
      {
        role: "nat64-candidate",
        host: "2001:db8:65::c633:6407",
        code: "nat64-outside-prefix",
        address: "2001:db8:65::c633:6407",
        prefix: "2001:db8:64::/96",
      },
      {
        role: "nat64-candidate",
        host: "2001:db8:64:1::c000:201",
        code: "nat64-other-server",
        address: "2001:db8:64:1::c000:201",
        embedded: "192.0.2.1",
        v4Host: "v4.selftest.example",
        v4Addresses: ["198.51.100.7"],
      },
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
          failures: [{ resolver: "R", kind: "timeout", timeoutMs: 3000, ms: 3000 }],
        },
        aaaa: rec([]),
      },
    };
    expect(checkSetup(setupHosts(config), answers)).toEqual({
      problems: [{ role: "v6", host: "v6.selftest.example", code: "nxdomain" }],
      unverified: ["ds.selftest.example"],
    });
  });
});
