import { describe, expect, it } from "vitest";
import { parseServerInput, type ServerInput } from "../../../src/core/checks/server-input.ts";
import {
  lookUpServer,
  type Resolve,
  serverResolvers,
} from "../../../src/core/checks/server-lookups.ts";
import { resolve } from "../../../src/core/dns/doh.ts";
import { type FakeZone, fakeFetch } from "../../fixtures/fake-doh.ts";

const ZONE: FakeZone = {
  "vpn4.example.com": { A: ["198.51.100.7"] },
  "malformed.example.com": { behavior: "malformed" },
};
const RESOLVERS = serverResolvers([
  { name: "Fake DNS", url: "https://fake-doh.test/dns-query" },
  { name: "Fake DNS64", url: "https://fake-doh.test/dns64/dns-query", dns64: true },
]);

function input(text: string): ServerInput {
  const parsed = parseServerInput(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return parsed.input;
}

/** The real DoH client over the in-process fake resolver. */
function fake() {
  const { fetch, requests } = fakeFetch(ZONE);
  const viaFake: Resolve = (resolvers, name, type, options) =>
    resolve(resolvers, name, type, { ...options, fetch });
  return { resolve: viaFake, requests };
}

describe("serverResolvers", () => {
  it("keeps DNS64 resolvers for the cross-check only", () => {
    expect(RESOLVERS.plain.map((r) => r.name)).toEqual(["Fake DNS"]);
    expect(RESOLVERS.dns64.map((r) => r.name)).toEqual(["Fake DNS64"]);
  });
});

describe("lookUpServer", () => {
  it("asks A, AAAA and HTTPS of the plain resolvers and AAAA of the DNS64 one", async () => {
    const { resolve, requests } = fake();
    const lookups = await lookUpServer(input("vpn4.example.com"), RESOLVERS, {
      resolve,
      timeoutMs: 4000,
    });
    expect(requests.map((r) => `${r.path} ${r.type}`).sort()).toEqual([
      "/dns-query A",
      "/dns-query AAAA",
      "/dns-query HTTPS",
      "/dns64/dns-query AAAA",
    ]);
    expect(lookups?.a).toMatchObject({ ok: true, values: ["198.51.100.7"] });
    expect(lookups?.aaaa).toMatchObject({ ok: true, values: [] });
    expect(lookups?.dns64).toMatchObject({
      ok: true,
      values: ["64:ff9b::c633:6407"],
      resolver: "Fake DNS64",
    });
  });

  it("skips the cross-check without a DNS64 resolver, and asks nothing for an address", async () => {
    const { resolve, requests } = fake();
    const plainOnly = { plain: RESOLVERS.plain, dns64: [] };
    const lookups = await lookUpServer(input("vpn4.example.com"), plainOnly, {
      resolve,
      timeoutMs: 4000,
    });
    expect(lookups).not.toHaveProperty("dns64");
    const before = requests.length;
    expect(
      await lookUpServer(input("198.51.100.7"), RESOLVERS, { resolve, timeoutMs: 4000 }),
    ).toEqual({});
    expect(requests.length).toBe(before);
  });

  it("turns a failing resolver into a failed lookup, not a rejection", async () => {
    const { resolve } = fake();
    const lookups = await lookUpServer(input("malformed.example.com"), RESOLVERS, {
      resolve,
      timeoutMs: 4000,
    });
    expect(lookups?.a).toEqual({
      ok: false,
      blocked: false,
      failures: [expect.objectContaining({ resolver: "Fake DNS", kind: "malformed" })],
    });
    const throwing: Resolve = () => Promise.reject(new TypeError("fetch is not a function"));
    const odd = await lookUpServer(input("vpn4.example.com"), RESOLVERS, {
      resolve: throwing,
      timeoutMs: 4000,
    });
    expect(odd?.aaaa).toMatchObject({ ok: false, failures: [{ kind: "error" }] });
  });

  it("waits no longer than the page's timeout, nor than 3 s, per attempt", async () => {
    const asked: (number | undefined)[] = [];
    const spy: Resolve = (_resolvers, _name, _type, options) => {
      asked.push(options.timeoutMs);
      return Promise.reject(new Error("no"));
    };
    await lookUpServer(input("vpn4.example.com"), RESOLVERS, { resolve: spy, timeoutMs: 1000 });
    await lookUpServer(input("vpn4.example.com"), RESOLVERS, { resolve: spy, timeoutMs: 9000 });
    expect(new Set(asked)).toEqual(new Set([1000, 3000]));
  });

  it("resolves to null when cancelled, so a newer check wins", async () => {
    const hanging: Resolve = (_resolvers, _name, _type, options) =>
      new Promise((_resolve, reject) => {
        options.signal?.addEventListener("abort", () =>
          reject(new DOMException("The lookup was cancelled", "AbortError")),
        );
      });
    const abort = new AbortController();
    const pending = lookUpServer(input("vpn4.example.com"), RESOLVERS, {
      resolve: hanging,
      signal: abort.signal,
      timeoutMs: 4000,
    });
    abort.abort();
    expect(await pending).toBeNull();
    expect(
      await lookUpServer(input("198.51.100.7"), RESOLVERS, {
        resolve: hanging,
        signal: abort.signal,
        timeoutMs: 4000,
      }),
    ).toBeNull();
  });
});
