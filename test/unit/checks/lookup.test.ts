import { describe, expect, it } from "vitest";
import { lookupFromAnswer, lookupFromError } from "../../../src/core/checks/lookup.ts";
import { DohUnavailableError, resolve } from "../../../src/core/dns/doh.ts";
import { type FakeZone, fakeFetch } from "../../fixtures/fake-doh.ts";

const ZONE: FakeZone = {
  "dual.example.com": {
    A: ["192.0.2.10"],
    HTTPS: { priority: 1, ipv4hint: ["192.0.2.10"], ipv6hint: ["2001:db8::10"] },
  },
};
const FAKE = { name: "Fake DNS", url: "https://fake-doh.test/dns-query" };

describe("lookupFromAnswer", () => {
  it("keeps the addresses, or an HTTPS record's hints, and who answered", async () => {
    const { fetch } = fakeFetch(ZONE);
    const a = lookupFromAnswer(await resolve([FAKE], "dual.example.com", "A", { fetch }));
    expect(a).toMatchObject({
      ok: true,
      rcode: "NOERROR",
      values: ["192.0.2.10"],
      chain: ["dual.example.com"],
      resolver: "Fake DNS",
    });
    expect(a).not.toHaveProperty("hints");
    const https = lookupFromAnswer(await resolve([FAKE], "dual.example.com", "HTTPS", { fetch }));
    expect(https).toMatchObject({
      values: [],
      hints: { ipv4: ["192.0.2.10"], ipv6: ["2001:db8::10"] },
    });
  });
});

describe("lookupFromError", () => {
  const timeout = {
    resolver: "R",
    url: "https://r/",
    method: "GET" as const,
    ms: 3012,
    failure: "timeout" as const,
    detail: "R: no answer within 3 s",
  };

  it("keeps whether DoH was blocked, and each resolver's failure as a kind", () => {
    expect(lookupFromError(new DohUnavailableError("x A", [timeout]))).toEqual({
      ok: false,
      blocked: true,
      failures: [{ resolver: "R", kind: "timeout", ms: 3012, detail: "R: no answer within 3 s" }],
    });
    const malformed = { ...timeout, resolver: "S", ms: 20, failure: "malformed" as const };
    expect(lookupFromError(new DohUnavailableError("x A", [timeout, malformed]))).toMatchObject({
      blocked: false,
      failures: [{ kind: "timeout" }, { resolver: "S", kind: "malformed", ms: 20 }],
    });
  });

  it("says how long a timed-out lookup was allowed to wait, not how long a busy device took", () => {
    const lookup = lookupFromError(new DohUnavailableError("x A", [timeout]), 3000);
    expect(lookup.ok === false && lookup.failures[0]?.ms).toBe(3000);
  });

  it("turns any other error into an unclassified failure", () => {
    expect(lookupFromError(new Error("boom"))).toEqual({
      ok: false,
      blocked: false,
      failures: [{ resolver: "", kind: "error", ms: 0, detail: "boom" }],
    });
    expect(lookupFromError(new DohUnavailableError("x A", []))).toEqual({
      ok: false,
      blocked: false,
      failures: [],
    });
  });
});
