import dnsPacket from "dns-packet";
import { afterEach, describe, expect, it } from "vitest";
import type { DohResolver } from "../../../src/core/config.ts";
import { DnsWireError, decodeMessage } from "../../../src/core/dns/dns-wire.ts";
import {
  answerData,
  DohError,
  DohUnavailableError,
  followChain,
  forgetResolverMethods,
  queryResolver,
  resolve,
} from "../../../src/core/dns/doh.ts";
import {
  CNAME_CHAIN_A,
  HTTPS_HINTS,
  HTTPS_RDLENGTH_0,
  HTTPS_RDLENGTH_2,
  HTTPS_TARGET_PAST_RDATA,
  NXDOMAIN_SOA,
} from "../../fixtures/dns-answers.ts";
import { type FakeZone, fakeFetch } from "../../fixtures/fake-doh.ts";

const ZONE: FakeZone = {
  "vpn4.example.com": { A: ["198.51.100.7"] },
  "dual.example.com": {
    A: ["192.0.2.10"],
    AAAA: ["2001:db8::10"],
    HTTPS: { priority: 1, alpn: ["h2"], ipv4hint: ["192.0.2.10"], ipv6hint: ["2001:db8::10"] },
    TXT: ["hello", " world"],
  },
  "www.example.com": { CNAME: "cdn.example.net" },
  "cdn.example.net": { CNAME: "edge.example.org" },
  "edge.example.org": { A: ["203.0.113.5"], AAAA: ["2001:db8:5::5"] },
  "dangling.example.com": { CNAME: "gone.example.net" },
  "broken.example.com": { behavior: "servfail" },
  "malformed.example.com": { behavior: "malformed" },
  "truncated.example.com": { behavior: "truncated" },
  "wrongid.example.com": { behavior: "wrong-id" },
  "slow.example.com": { behavior: "hang" },
  "7.100.51.198.in-addr.arpa": { PTR: "vpn4.example.com" },
};

const BASE = "https://fake-doh.test";
const NORMAL: DohResolver = { name: "Fake", url: `${BASE}/dns-query` };
const DNS64: DohResolver = { name: "Fake DNS64", url: `${BASE}/dns64/dns-query`, dns64: true };
const HANG: DohResolver = { name: "Silent", url: `${BASE}/hang/dns-query` };
const HTML: DohResolver = { name: "Portal", url: `${BASE}/html/dns-query` };
const POST_ONLY: DohResolver = { name: "PostOnly", url: `${BASE}/get-refused/dns-query` };

afterEach(() => forgetResolverMethods());

/** A fetch that answers every request with fixed bytes and records what it was asked. */
function fixedFetch(body: Uint8Array, contentType = "application/dns-message", status = 200) {
  const seen: { url: string; init: RequestInit }[] = [];
  const impl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    seen.push({ url: String(input), init });
    return new Response(Buffer.from(body), { status, headers: { "Content-Type": contentType } });
  };
  return { fetch: impl as typeof fetch, seen };
}

describe("queryResolver: the request", () => {
  it("is an RFC 8484 GET with the base64url query and only an Accept header", async () => {
    const { fetch, seen } = fixedFetch(CNAME_CHAIN_A);
    await queryResolver(NORMAL, "www.example.net", "A", { fetch, id: () => 0xbeef });
    const [request] = seen;
    expect(request?.init.method).toBe("GET");
    expect(request?.init.headers).toEqual({ Accept: "application/dns-message" });
    expect(request?.init.body).toBeUndefined();
    const url = new URL(request?.url ?? "");
    expect(url.origin + url.pathname).toBe(NORMAL.url);
    const dns = url.searchParams.get("dns") ?? "";
    expect(dns).not.toMatch(/[=+/]/);
    const q = dnsPacket.decode(Buffer.from(dns, "base64url"));
    expect(q).toMatchObject({
      id: 0xbeef,
      type: "query",
      questions: [{ name: "www.example.net", type: "A" }],
    });
  });

  it("uses a fresh random ID for each query by default", async () => {
    const ids: number[] = [];
    const inner = fakeFetch(ZONE).fetch;
    const spy = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const dns = new URL(String(input)).searchParams.get("dns") ?? "";
      ids.push(dnsPacket.decode(Buffer.from(dns, "base64url")).id);
      return inner(input, init);
    }) as typeof fetch;
    for (let i = 0; i < 5; i++)
      await queryResolver(NORMAL, "vpn4.example.com", "A", { fetch: spy });
    expect(new Set(ids).size).toBeGreaterThan(1);
  });
});

describe("queryResolver: answers", () => {
  it("follows a recorded CNAME chain to the addresses and says who answered", async () => {
    const { fetch } = fixedFetch(CNAME_CHAIN_A);
    const answer = await queryResolver(NORMAL, "www.example.net", "A", { fetch, id: () => 0xbeef });
    expect(answer.resolver).toBe(NORMAL);
    expect(answer.rcode).toBe("NOERROR");
    expect(answer.chain).toEqual(["www.example.net", "cdn.example.org", "edge.cdn.example.org"]);
    expect(answer.canonicalName).toBe("edge.cdn.example.org");
    expect(answerData(answer)).toEqual(["192.0.2.1", "192.0.2.2"]);
  });

  it("reads HTTPS hints", async () => {
    const { fetch } = fixedFetch(HTTPS_HINTS);
    const answer = await queryResolver(NORMAL, "service.example", "HTTPS", {
      fetch,
      id: () => 0x1234,
    });
    const [record] = answer.records;
    expect(record?.type === "HTTPS" && record.data.ipv6hint).toEqual(["2001:db8::80"]);
    expect(record?.type === "HTTPS" && record.data.ipv4hint).toEqual(["192.0.2.80", "192.0.2.81"]);
  });

  it("returns NXDOMAIN as an answer, not a failure", async () => {
    const { fetch } = fixedFetch(NXDOMAIN_SOA);
    const answer = await queryResolver(NORMAL, "nx.example.com", "A", { fetch, id: () => 0x0bad });
    expect(answer.rcode).toBe("NXDOMAIN");
    expect(answer.records).toEqual([]);
  });

  it("answers A, AAAA, CNAME, TXT and PTR from the fake resolver", async () => {
    const { fetch } = fakeFetch(ZONE);
    const q = (name: string, type: Parameters<typeof queryResolver>[2]) =>
      queryResolver(NORMAL, name, type, { fetch }).then(answerData);
    expect(await q("dual.example.com", "AAAA")).toEqual(["2001:db8::10"]);
    expect(await q("www.example.com", "AAAA")).toEqual(["2001:db8:5::5"]);
    expect(await q("www.example.com", "CNAME")).toEqual(["cdn.example.net"]);
    expect(await q("dual.example.com", "TXT")).toEqual(["hello world"]);
    expect(await q("7.100.51.198.in-addr.arpa", "PTR")).toEqual(["vpn4.example.com"]);
    expect(await q("vpn4.example.com", "AAAA")).toEqual([]);
  });

  it("synthesizes through a DNS64 resolver", async () => {
    const { fetch } = fakeFetch(ZONE);
    const answer = await queryResolver(DNS64, "vpn4.example.com", "AAAA", { fetch });
    expect(answerData(answer)).toEqual(["64:ff9b::c633:6407"]);
  });

  it("reports a dangling chain as NXDOMAIN with the chain it saw", async () => {
    const { fetch } = fakeFetch(ZONE);
    const answer = await queryResolver(NORMAL, "dangling.example.com", "A", { fetch });
    expect(answer.rcode).toBe("NXDOMAIN");
    expect(answer.chain).toEqual(["dangling.example.com", "gone.example.net"]);
  });

  it("accepts a trailing dot and a different letter case in the echoed question", async () => {
    const { fetch } = fakeFetch(ZONE);
    const answer = await queryResolver(NORMAL, "VPN4.Example.COM.", "A", { fetch });
    expect(answer.name).toBe("VPN4.Example.COM");
    expect(answerData(answer)).toEqual(["198.51.100.7"]);
  });
});

describe("queryResolver: failures are facts, for the page to word", () => {
  async function failure(p: Promise<unknown>): Promise<DohError> {
    const error = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DohError);
    return error as DohError;
  }

  it("mismatched ID", async () => {
    const { fetch } = fakeFetch(ZONE);
    const e = await failure(
      queryResolver(NORMAL, "wrongid.example.com", "A", { fetch, id: () => 7 }),
    );
    expect(e.resolver).toBe("Fake");
    expect(e.failure).toEqual({ kind: "mismatch", reason: "id", id: 8, expected: 7 });
  });

  it("an answer to a different question", async () => {
    const { fetch } = fixedFetch(CNAME_CHAIN_A);
    const e = await failure(
      queryResolver(NORMAL, "other.example", "A", { fetch, id: () => 0xbeef }),
    );
    expect(e.failure).toEqual({
      kind: "mismatch",
      reason: "question",
      got: { name: "www.example.net", type: "A" },
      asked: { name: "other.example", type: "A" },
    });
  });

  it("a query echoed back instead of an answer", async () => {
    const { fetch } = fixedFetch(
      dnsPacket.encode({ type: "query", id: 5, questions: [{ name: "x.example", type: "A" }] }),
    );
    const e = await failure(queryResolver(NORMAL, "x.example", "A", { fetch, id: () => 5 }));
    expect(e.failure).toEqual({ kind: "mismatch", reason: "query-echoed" });
  });

  it("malformed and truncated answers", async () => {
    const { fetch } = fakeFetch(ZONE);
    const m = await failure(queryResolver(NORMAL, "malformed.example.com", "A", { fetch }));
    // Byte 72: the 5-byte data of the A record (12 header + 27 question + 23 name + 10 fields).
    expect(m.failure).toEqual({ kind: "malformed", reason: "undecodable", offset: 72 });
    const t = await failure(queryResolver(NORMAL, "truncated.example.com", "A", { fetch }));
    expect(t.failure).toMatchObject({ kind: "truncated", reason: "cut-off" });
    expect(t.failure).toHaveProperty("offset", expect.any(Number));
  });

  it("an HTTPS record too short for its fields, followed by another record", async () => {
    for (const body of [HTTPS_RDLENGTH_0, HTTPS_RDLENGTH_2, HTTPS_TARGET_PAST_RDATA]) {
      const e = await failure(
        queryResolver(NORMAL, "service.example", "HTTPS", {
          fetch: fixedFetch(body).fetch,
          id: () => 0xabcd,
        }),
      );
      expect(e.failure).toMatchObject({ kind: "malformed", reason: "undecodable" });
    }
  });

  it("the TC bit", async () => {
    const body = new Uint8Array(NXDOMAIN_SOA);
    body[2] = (body[2] ?? 0) | 0x02;
    const e = await failure(
      queryResolver(NORMAL, "nx.example.com", "A", {
        fetch: fixedFetch(body).fetch,
        id: () => 0x0bad,
      }),
    );
    expect(e.failure).toEqual({ kind: "truncated", reason: "tc-bit" });
  });

  it("SERVFAIL", async () => {
    const { fetch } = fakeFetch(ZONE);
    const e = await failure(queryResolver(NORMAL, "broken.example.com", "A", { fetch }));
    expect(e.failure).toEqual({
      kind: "server-failure",
      rcode: "SERVFAIL",
      name: "broken.example.com",
    });
  });

  it("a sign-in page instead of DNS", async () => {
    const { fetch } = fakeFetch(ZONE);
    const e = await failure(queryResolver(HTML, "vpn4.example.com", "A", { fetch }));
    expect(e.failure).toEqual({ kind: "not-dns", contentType: "text/html" });
  });

  it("HTTP errors and network errors", async () => {
    const http = await failure(
      queryResolver(NORMAL, "x.example", "A", {
        fetch: fixedFetch(new Uint8Array(), "text/plain", 503).fetch,
      }),
    );
    expect(http.failure).toEqual({ kind: "http", status: 503 });
    const offline = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    const net = await failure(queryResolver(NORMAL, "x.example", "A", { fetch: offline }));
    // The browser's own words ("Failed to fetch") are not passed on: they are English.
    expect(net.failure).toEqual({ kind: "network" });
  });

  it("a resolver that never answers, within the timeout", async () => {
    const { fetch } = fakeFetch(ZONE);
    const started = Date.now();
    const e = await failure(
      queryResolver(HANG, "vpn4.example.com", "A", { fetch, timeoutMs: 200 }),
    );
    expect(e.resolver).toBe("Silent");
    expect(e.failure).toEqual({ kind: "timeout", timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a name that never gets an answer times out too", async () => {
    const { fetch } = fakeFetch(ZONE);
    const e = await failure(
      queryResolver(NORMAL, "slow.example.com", "A", { fetch, timeoutMs: 100 }),
    );
    expect(e.failure).toEqual({ kind: "timeout", timeoutMs: 100 });
  });

  it("a CNAME loop", () => {
    const loop = decodeMessage(
      dnsPacket.encode({
        type: "response",
        id: 1,
        questions: [{ name: "a.example", type: "A" }],
        answers: [
          { name: "a.example", type: "CNAME", data: "b.example" },
          { name: "b.example", type: "CNAME", data: "a.example" },
        ],
      }),
    );
    const e = (() => {
      try {
        followChain(loop.answers, "a.example", "A", "Fake");
      } catch (error) {
        return error;
      }
    })();
    expect(e).toBeInstanceOf(DohError);
    expect((e as DohError).resolver).toBe("Fake");
    expect((e as DohError).failure).toEqual({
      kind: "malformed",
      reason: "cname-loop",
      chain: ["a.example", "b.example", "a.example"],
    });
  });

  it("a name DNS cannot carry is refused before anything is sent", async () => {
    const { fetch, requests } = fakeFetch(ZONE);
    await expect(queryResolver(NORMAL, "a..example", "A", { fetch })).rejects.toBeInstanceOf(
      DnsWireError,
    );
    expect(requests).toEqual([]);
  });
});

describe("POST fallback", () => {
  it("retries with POST when GET is refused, and remembers", async () => {
    const { fetch, requests } = fakeFetch(ZONE);
    const first = await queryResolver(POST_ONLY, "vpn4.example.com", "A", { fetch });
    expect(first.method).toBe("POST");
    expect(answerData(first)).toEqual(["198.51.100.7"]);
    const second = await queryResolver(POST_ONLY, "dual.example.com", "A", { fetch });
    expect(second.method).toBe("POST");
    // One refused GET (not logged: no DNS was read), then two POSTs.
    expect(requests.map((r) => `${r.method} ${r.name}`)).toEqual([
      "POST vpn4.example.com",
      "POST dual.example.com",
    ]);
  });

  it("sends the wire query as the POST body with the DNS content type", async () => {
    const seen: RequestInit[] = [];
    const inner = fakeFetch(ZONE).fetch;
    const spy = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      seen.push(init);
      return inner(input, init);
    }) as typeof fetch;
    await queryResolver(POST_ONLY, "vpn4.example.com", "A", { fetch: spy, id: () => 99 });
    expect(seen.map((i) => i.method)).toEqual(["GET", "POST"]);
    expect(seen[1]?.headers).toEqual({
      Accept: "application/dns-message",
      "Content-Type": "application/dns-message",
    });
    const body = seen[1]?.body as Uint8Array;
    expect(dnsPacket.decode(Buffer.from(body))).toMatchObject({
      id: 99,
      questions: [{ name: "vpn4.example.com" }],
    });
  });
});

describe("resolve: resolver list", () => {
  it("tries the next resolver on failure and reports which one answered", async () => {
    const { fetch } = fakeFetch(ZONE);
    const answer = await resolve([HANG, HTML, NORMAL], "vpn4.example.com", "A", {
      fetch,
      timeoutMs: 100,
    });
    expect(answer.resolver.name).toBe("Fake");
    expect(answer.attempts.map((a) => [a.resolver, a.failure?.kind ?? "answered"])).toEqual([
      ["Silent", "timeout"],
      ["Portal", "not-dns"],
      ["Fake", "answered"],
    ]);
  });

  it("does not move on after NXDOMAIN: that is the answer", async () => {
    const { fetch, requests } = fakeFetch(ZONE);
    const answer = await resolve([NORMAL, DNS64], "nx.example.com", "A", { fetch });
    expect(answer.rcode).toBe("NXDOMAIN");
    expect(requests.length).toBe(1);
  });

  it("says DoH is blocked when nothing gets through", async () => {
    const { fetch } = fakeFetch(ZONE);
    const e = await resolve([HANG, HTML], "vpn4.example.com", "A", { fetch, timeoutMs: 50 }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(DohUnavailableError);
    const err = e as DohUnavailableError;
    expect(err.blocked).toBe(true);
    expect(err.attempts.map((a) => a.failure)).toEqual([
      { kind: "timeout", timeoutMs: 50 },
      { kind: "not-dns", contentType: "text/html" },
    ]);
  });

  it("moves past a resolver whose HTTPS record borrows the next record's bytes", async () => {
    const good = new Uint8Array(HTTPS_HINTS);
    good.set([0xab, 0xcd], 0); // the ID of our query
    const bad: DohResolver = { name: "Sloppy", url: `${BASE}/bad/dns-query` };
    const byResolver = (async (input: RequestInfo | URL) => {
      const body = String(input).includes("/bad/") ? HTTPS_RDLENGTH_2 : good;
      return new Response(Buffer.from(body), {
        headers: { "Content-Type": "application/dns-message" },
      });
    }) as typeof fetch;
    const answer = await resolve([bad, NORMAL], "service.example", "HTTPS", {
      fetch: byResolver,
      id: () => 0xabcd,
    });
    expect(answer.resolver.name).toBe("Fake");
    expect(answer.records[0]).toMatchObject({
      data: { target: ".", ipv4hint: ["192.0.2.80", "192.0.2.81"] },
    });
    expect(answer.attempts.map((a) => [a.resolver, a.failure?.kind])).toEqual([
      ["Sloppy", "malformed"],
      ["Fake", undefined],
    ]);
    expect(answer.attempts[0]?.failure).toMatchObject({ reason: "undecodable" });
  });

  it("does not call misbehaving resolvers a block", async () => {
    const { fetch } = fakeFetch(ZONE);
    const e = (await resolve([HANG, NORMAL], "malformed.example.com", "A", {
      fetch,
      timeoutMs: 50,
    }).catch((x: unknown) => x)) as DohUnavailableError;
    expect(e).toBeInstanceOf(DohUnavailableError);
    expect(e.blocked).toBe(false);
  });

  it("fails clearly with no resolvers configured", async () => {
    const e = await resolve([], "x.example", "A").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DohUnavailableError);
    expect((e as DohUnavailableError).attempts).toEqual([]);
    expect((e as DohUnavailableError).blocked).toBe(false);
  });

  it("stops at once when cancelled", async () => {
    const { fetch, requests } = fakeFetch(ZONE);
    const controller = new AbortController();
    const pending = resolve([HANG, NORMAL], "vpn4.example.com", "A", {
      fetch,
      signal: controller.signal,
      timeoutMs: 5000,
    });
    setTimeout(() => controller.abort(), 20);
    const e = await pending.catch((x: unknown) => x);
    expect((e as Error).name).toBe("AbortError");
    expect(requests).toEqual([]); // the NORMAL resolver was never asked
  });
});
