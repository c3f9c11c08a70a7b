import { describe, expect, it } from "vitest";
import { synthesisFindings, synthesize } from "../../../src/core/checks/synthesis.ts";
import { broken, ok } from "./lookups.fixtures.ts";

const DNS64 = ok(["64:ff9b::c633:6407"], { resolver: "Google Public DNS64" });

describe("synthesize", () => {
  it("uses the well-known prefix unless the self-test proved one, and cross-checks DNS64", () => {
    expect(synthesize(["198.51.100.7"], null, DNS64)).toEqual({
      ipv4: "198.51.100.7",
      prefix: "64:ff9b::/96",
      proven: false,
      address: "64:ff9b::c633:6407",
      wellKnown: "64:ff9b::c633:6407",
      expected: ["64:ff9b::c633:6407"],
      dns64: {
        status: "match",
        addresses: ["64:ff9b::c633:6407"],
        resolver: "Google Public DNS64",
      },
    });
    expect(synthesize(["198.51.100.7"], "2001:db8:64::/96", DNS64)).toMatchObject({
      prefix: "2001:db8:64::/96",
      proven: true,
      address: "2001:db8:64::c633:6407",
      wellKnown: "64:ff9b::c633:6407",
    });
  });

  it("tells a DNS64 answer that matches from one that differs, is empty or is missing", () => {
    const status = (dns64: Parameters<typeof synthesize>[2]) =>
      synthesize(["198.51.100.7"], null, dns64).dns64.status;
    expect(status(ok(["64:FF9B:0::C633:6407"]))).toBe("match");
    expect(status(ok(["64:ff9b::c000:201"]))).toBe("differs");
    expect(status(ok([]))).toBe("none");
    expect(status(broken)).toBe("unavailable");
    expect(status(undefined)).toBe("not-asked");
    // Every A record must come back synthesized, not just the first.
    expect(synthesize(["198.51.100.7", "192.0.2.1"], null, DNS64).dns64.status).toBe("differs");
  });
});

describe("synthesisFindings", () => {
  it("where the server is reached, what DNS64 said, and the RFC 6052 §3.1 limit", () => {
    expect(synthesisFindings(synthesize(["198.51.100.7"], null, DNS64))).toEqual([
      {
        tone: "ok",
        code: "synthesized-well-known",
        address: "64:ff9b::c633:6407",
        prefix: "64:ff9b::/96",
        ipv4: "198.51.100.7",
      },
      {
        tone: "ok",
        code: "dns64-match",
        resolver: "Google Public DNS64",
        addresses: ["64:ff9b::c633:6407"],
      },
      {
        tone: "warn",
        code: "non-global-ipv4",
        ipv4: "198.51.100.7",
        range: "documentation",
        rfc: "RFC 5737",
      },
    ]);
  });

  it("with a proven prefix: that address first, the well-known one too, no §3.1 warning", () => {
    const findings = synthesisFindings(synthesize(["198.51.100.7"], "2001:db8:64::/96", DNS64));
    expect(findings.map((f) => f.code)).toEqual([
      "synthesized-proven",
      "well-known-also",
      "dns64-match",
    ]);
    expect(findings[1]).toEqual({
      tone: "ok",
      code: "well-known-also",
      address: "64:ff9b::c633:6407",
      prefix: "64:ff9b::/96",
    });
  });

  it("warns when DNS64 answers otherwise, nothing, or cannot be asked", () => {
    const findings = (dns64: Parameters<typeof synthesize>[2]) =>
      synthesisFindings(synthesize(["203.0.113.9"], "2001:db8:64::/96", dns64)).slice(2);
    expect(findings(ok(["64:ff9b::c000:201"], { resolver: "G64" }))).toEqual([
      {
        tone: "warn",
        code: "dns64-differs",
        resolver: "G64",
        addresses: ["64:ff9b::c000:201"],
        expected: ["64:ff9b::cb00:7109"],
      },
    ]);
    expect(findings(ok([], { resolver: "G64" }))).toEqual([
      { tone: "warn", code: "dns64-none", resolver: "G64" },
    ]);
    expect(findings(broken)).toEqual([
      { tone: "warn", code: "dns64-unavailable", failures: broken.ok ? [] : broken.failures },
    ]);
    expect(findings(undefined)).toEqual([]);
  });
});
