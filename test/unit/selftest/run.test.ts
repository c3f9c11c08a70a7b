// A whole run with fake servers: the Result holds facts only (codes, numbers, addresses), so the
// page can word it in any language; the user agent is the one text it keeps as it came.
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/core/config.ts";
import type { FetchLike } from "../../../src/core/selftest/probes.ts";
import { runSelfTest } from "../../../src/core/selftest/run.ts";
import { sentences } from "./classifier-fixtures.ts";

const config = parseConfig({
  probes: {
    v4: "https://v4.example/echo",
    v6: "https://v6.example/echo",
    ds: "https://ds.example/echo",
    nat64: "https://nat64.example/echo",
    v4literal: "http://192.0.2.10/echo",
    v6literal: "https://[2001:db8::10]/echo",
    large: "https://ds.example/echo?size=4000",
  },
  nat64Candidates: [{ prefix: "2001:db8:64::/96", url: "https://candidate.example/echo" }],
  stun: { name: "stun:v4.example:3478", literal: "stun:192.0.2.10:3478" },
  timeoutMs: 200,
});

/** Every way a probe can end: an echo, a refusal, a login page, an HTTP error, silence. */
const servers: FetchLike = async (url, init) => {
  const host = new URL(url).host;
  if (host === "v4.example" || host === "nat64.example") {
    return new Response('{"ip":"203.0.113.7"}', {
      headers: { "content-type": "application/json" },
    });
  }
  if (host === "v6.example" || host === "[2001:db8::10]") {
    return new Response('{"ip":"2001:db8::7"}');
  }
  if (host === "ds.example" && url.includes("size")) {
    return new Promise((_resolve, reject) => {
      init.signal?.addEventListener("abort", () => reject(new DOMException("", "AbortError")));
    });
  }
  if (host === "ds.example") {
    return new Response("<!doctype html><title>Log in to the hotel Wi-Fi</title>", {
      headers: { "content-type": "text/html" },
    });
  }
  if (host === "candidate.example") return new Response("Bad Gateway", { status: 502 });
  throw new TypeError("Failed to fetch");
};

describe("runSelfTest", () => {
  it("returns a Result with no sentence in it, from every kind of probe ending", async () => {
    const userAgent =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
    const result = await runSelfTest(config, {
      fetchImpl: servers,
      pageProtocol: "https:",
      userAgent,
      Peer: undefined,
    });
    expect(result.version).toBe(2);
    expect(result.probes.map((p) => [p.id, p.status, p.failure])).toEqual([
      ["v4", "ok", undefined],
      ["v6", "ok", undefined],
      ["ds", "bad-response", "web-page"],
      ["nat64", "ok", undefined],
      ["v4literal", "skipped", "mixed-content"],
      ["v6literal", "ok", undefined],
      ["large", "timeout", "timeout"],
      ["nat64-candidate:2001:db8:64::/96", "bad-response", "http-status"],
    ]);
    expect(result.verdict.code).toBe("ipv6-only-nat64");
    expect(result.verdict.rule).toBe("ipv6-only-nat64");
    expect(result.verdict.reasons.length).toBeGreaterThan(2);
    expect(result.verdict.nat64.evidence.length).toBeGreaterThan(0);
    expect(sentences({ ...result, userAgent: "" })).toEqual([]);
    expect(result.userAgent).toBe(userAgent);
  });
});
