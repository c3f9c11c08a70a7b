import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/core/config.ts";
import {
  type FetchLike,
  parseEchoBody,
  planProbes,
  runProbe,
} from "../../../src/core/selftest/probes.ts";

const config = parseConfig({
  probes: {
    v4: "http://v4.example/echo",
    ds: "https://ds.example/echo",
    nat64: "http://[64:ff9b::c000:20a]/echo",
  },
  nat64Candidates: [{ prefix: "2001:2:64::/96", url: "http://[2001:2:64::c000:20a]/echo" }],
});

function respond(body: string, init: ResponseInit = {}): FetchLike {
  return async () => new Response(body, { status: 200, ...init });
}

/** A fetch that never answers but, like the real one, rejects when its signal aborts. */
const hang: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });

describe("planProbes", () => {
  it("plans every configured probe and each NAT64 candidate with its prefix", () => {
    const plan = planProbes(config, "http:");
    expect(plan.map((p) => p.id)).toEqual(["v4", "ds", "nat64", "nat64-candidate:2001:2:64::/96"]);
    expect(plan.find((p) => p.kind === "nat64")?.prefix).toBe("64:ff9b::/96");
    expect(plan.every((p) => !p.skip)).toBe(true);
  });

  it("from an https page, plans http:// probes as skipped and says why", () => {
    const plan = planProbes(config, "https:");
    const skipped = plan.filter((p) => p.skip).map((p) => p.id);
    expect(skipped).toEqual(["v4", "nat64", "nat64-candidate:2001:2:64::/96"]);
    expect(plan.find((p) => p.id === "v4")?.skip).toBe("mixed-content");
  });
});

describe("runProbe", () => {
  const [v4] = planProbes(config, "http:");
  if (!v4) throw new Error("plan is empty");

  it("records the address the echo saw", async () => {
    const outcome = await runProbe(v4, 1000, respond('{"ip":"192.0.2.1","port":5}'));
    expect(outcome).toMatchObject({ status: "ok", ip: "192.0.2.1", kind: "v4" });
  });

  it("calls a captive portal's login page a bad response, not success", async () => {
    const portal = respond("<!DOCTYPE html><title>Log in to Hotel Wi-Fi</title>", {
      headers: { "content-type": "text/html" },
    });
    const outcome = await runProbe(v4, 1000, portal);
    expect(outcome.status).toBe("bad-response");
    expect(outcome.failure).toBe("web-page");
  });

  it("calls JSON without a valid address a bad response, and says what was wrong", async () => {
    for (const [body, failure] of [
      ['{"ip":"<script>"}', "no-address"],
      ["[1,2]", "wrong-shape"],
      ['{"addr":"192.0.2.1"}', "no-address"],
      ["null", "wrong-shape"],
      ["not json", "not-json"],
      [`{"ip":"192.0.2.1","pad":"${"x".repeat(20_000)}"}`, "too-large"],
    ]) {
      expect(await runProbe(v4, 1000, respond(body as string))).toMatchObject({
        status: "bad-response",
        failure,
      });
    }
  });

  it("calls an HTTP error status a bad response", async () => {
    const outcome = await runProbe(v4, 1000, respond("nope", { status: 502 }));
    expect(outcome).toMatchObject({ status: "bad-response", ip: null });
    expect(outcome).toMatchObject({ failure: "http-status", httpStatus: 502 });
  });

  it("gives up at the timeout on a server that never answers", async () => {
    const started = Date.now();
    const outcome = await runProbe(v4, 150, hang);
    expect(outcome.status).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(outcome.failure).toBe("timeout");
  });

  it("reports a failed connection as an error", async () => {
    const modes: (string | undefined)[] = [];
    const outcome = await runProbe(v4, 1000, async (_url, init) => {
      modes.push(init.mode);
      throw new TypeError("Failed to fetch");
    });
    // The browser's message ("Failed to fetch") names the browser, not the cause: not kept.
    expect(outcome).toEqual({ ...outcome, status: "error", ip: null, failure: "network-error" });
    expect(JSON.stringify(outcome)).not.toContain("Failed to fetch");
    expect(modes).toEqual(["cors", "no-cors"]);
  });

  it("tells a login page without CORS headers from a dead server", async () => {
    // Real portals send no CORS headers: the CORS fetch fails like a network error, but a
    // no-cors fetch gets an (opaque) answer.
    const portal: FetchLike = async (_url, init) => {
      if (init.mode === "cors") throw new TypeError("Failed to fetch");
      return new Response(null, { status: 200 });
    };
    const outcome = await runProbe(v4, 1000, portal);
    expect(outcome.status).toBe("bad-response");
    expect(outcome.failure).toBe("cors-blocked-answered");
  });

  it("does not fetch a skipped probe at all", async () => {
    const [skipped] = planProbes(config, "https:");
    if (!skipped) throw new Error("plan is empty");
    let called = false;
    const outcome = await runProbe(skipped, 1000, async () => {
      called = true;
      return new Response("{}");
    });
    expect(called).toBe(false);
    expect(outcome).toMatchObject({ status: "skipped", failure: "mixed-content" });
  });
});

describe("parseEchoBody", () => {
  it("accepts any endpoint that returns {ip} (nginx one-liner, padded answers)", () => {
    expect(parseEchoBody("application/json", '{"ip":"2001:db8::1"}')).toEqual({
      ip: "2001:db8::1",
    });
    expect(parseEchoBody(null, `{"ip":"192.0.2.1","port":1,"pad":"${"x".repeat(1500)}"}`)).toEqual({
      ip: "192.0.2.1",
    });
  });
});
