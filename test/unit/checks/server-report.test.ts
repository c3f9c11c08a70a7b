import { describe, expect, it } from "vitest";
import { parseServerInput, type ServerInput } from "../../../src/core/checks/server-input.ts";
import { checkServer, selfTestReachedServers } from "../../../src/core/checks/server-report.ts";
import type { ProbeStatus, Result } from "../../../src/core/result.ts";
import { A_ONLY, blocked, broken, DUAL, MALFORMED, NX, ok, TIMEOUT } from "./lookups.fixtures.ts";

function input(text: string): ServerInput {
  const parsed = parseServerInput(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return parsed.input;
}

describe("checkServer", () => {
  it("an IPv4-only name: NAT64 only, synthesized with the well-known prefix, confirmed by DNS64", () => {
    const r = checkServer(input("vpn.example.com"), A_ONLY, { provenPrefix: null });
    expect(r.outcome).toBe("ipv4-only");
    expect(r.headline).toEqual({ tone: "warn", code: "name-ipv4-only", host: "vpn.example.com" });
    expect(r.synthesis).toMatchObject({
      ipv4: "198.51.100.7",
      prefix: "64:ff9b::/96",
      proven: false,
      address: "64:ff9b::c633:6407",
      dns64: { status: "match", resolver: "Google Public DNS64" },
    });
    expect(r.findings.map((f) => f.code)).toEqual([
      "synthesized-well-known",
      "dns64-match",
      "non-global-ipv4",
    ]);
    expect(r.wireguard).toBeNull(); // a plain name is not a VPN endpoint
  });

  it("uses the prefix this visitor's self-test proved", () => {
    const r = checkServer(input("vpn.example.com"), A_ONLY, { provenPrefix: "2001:db8:64::/96" });
    expect(r.synthesis).toMatchObject({ proven: true, address: "2001:db8:64::c633:6407" });
    expect(r.findings.map((f) => f.code)).toEqual([
      "synthesized-proven",
      "well-known-also",
      "dns64-match",
    ]);
  });

  it("a dual-stack name: reached directly; no synthesis", () => {
    const r = checkServer(input("dual.example.com"), DUAL, { provenPrefix: null });
    expect(r.outcome).toBe("ipv6");
    expect(r.headline).toEqual({ tone: "ok", code: "name-has-ipv6", host: "dual.example.com" });
    expect(r.synthesis).toBeNull();
    expect(r.hints).toEqual({ ipv4: ["192.0.2.10"], ipv6: ["2001:db8::10"] });
    expect(r.findings).toEqual([{ tone: "ok", code: "has-ipv4-too" }]);
  });

  it("an IPv6-only name warns about IPv4-only visitors", () => {
    const r = checkServer(
      input("v6.example.com"),
      { a: ok([]), aaaa: ok(["2001:db8::6"]) },
      { provenPrefix: null },
    );
    expect(r.outcome).toBe("ipv6");
    expect(r.findings[0]).toEqual({
      tone: "warn",
      code: "name-without-ipv4",
      host: "v6.example.com",
    });
  });

  it("HTTPS hints that promise IPv6 without an AAAA record, or point elsewhere", () => {
    const r = checkServer(
      input("vpn.example.com"),
      { ...A_ONLY, https: ok([], { hints: { ipv4: ["198.51.100.8"], ipv6: ["2001:db8::7"] } }) },
      { provenPrefix: null },
    );
    expect(r.findings.slice(0, 2)).toEqual([
      { tone: "warn", code: "https-ipv6-hint-without-aaaa", hints: ["2001:db8::7"] },
      { tone: "warn", code: "https-hints-elsewhere", hints: ["198.51.100.8"] },
    ]);
  });

  it("keeps the CNAME chain and the resolvers that answered", () => {
    const chain = ["www.example.com", "cdn.example.net", "edge.example.org"];
    const r = checkServer(
      input("www.example.com"),
      {
        a: ok(["203.0.113.5"], { chain }),
        aaaa: ok(["2001:db8:5::5"], { chain, resolver: "Google" }),
      },
      { provenPrefix: null },
    );
    expect(r.chain).toEqual(chain);
    expect(r.resolvers).toEqual(["Cloudflare", "Google"]);
  });

  it("NXDOMAIN and a name with no addresses", () => {
    const nx = checkServer(input("nx.example.com"), { a: NX, aaaa: NX }, { provenPrefix: null });
    expect(nx.outcome).toBe("nxdomain");
    expect(nx.headline).toEqual({ tone: "bad", code: "nxdomain", host: "nx.example.com" });
    // One answer saying the name does not exist settles it, even if the other lookup failed.
    expect(
      checkServer(input("nx.example.com"), { a: NX, aaaa: broken }, { provenPrefix: null }).outcome,
    ).toBe("nxdomain");
    const empty = checkServer(
      input("empty.example.com"),
      { a: ok([]), aaaa: ok([]) },
      { provenPrefix: null },
    );
    expect(empty.outcome).toBe("no-address");
    expect(empty.headline).toEqual({ tone: "bad", code: "no-address", host: "empty.example.com" });
  });

  it("blocked DoH is the visitor's network, broken resolvers are the server's name", () => {
    const b = checkServer(
      input("vpn.example.com"),
      { a: blocked, aaaa: blocked },
      {
        provenPrefix: null,
      },
    );
    expect(b.outcome).toBe("doh-blocked");
    expect(b.headline).toEqual({
      tone: "warn",
      code: "doh-blocked",
      host: "vpn.example.com",
      online: null,
    });
    // The failures are kept for the technical details, not listed as findings.
    expect(b.findings).toEqual([]);
    expect(b.failedLookups).toEqual([
      { type: "A", failures: [TIMEOUT] },
      { type: "AAAA", failures: [TIMEOUT] },
    ]);
    const f = checkServer(
      input("vpn.example.com"),
      { a: ok(["198.51.100.7"]), aaaa: broken },
      { provenPrefix: null },
    );
    expect(f.outcome).toBe("lookup-failed");
    expect(f.headline).toEqual({ tone: "bad", code: "lookup-failed", host: "vpn.example.com" });
    expect(f.findings).toEqual([]);
    expect(f.failedLookups).toEqual([{ type: "AAAA", failures: [MALFORMED] }]);
  });

  it("the self-test says whether this device is online: any answer counts, none does not", () => {
    const run = (...statuses: ProbeStatus[]) =>
      ({ probes: statuses.map((status) => ({ status })) }) as unknown as Result;
    expect(selfTestReachedServers(null)).toBe(null);
    expect(selfTestReachedServers(run("error", "ok"))).toBe(true);
    // A sign-in page answered: the device is online, its network intercepts.
    expect(selfTestReachedServers(run("bad-response", "timeout"))).toBe(true);
    expect(selfTestReachedServers(run("error", "timeout", "skipped"))).toBe(false);
  });

  it("an address needs no lookup", () => {
    const r = checkServer(input("198.51.100.7"), {}, { provenPrefix: null });
    expect(r.outcome).toBe("ipv4-only");
    expect(r.headline).toEqual({ tone: "warn", code: "is-ipv4-address", host: "198.51.100.7" });
    expect(r.synthesis?.address).toBe("64:ff9b::c633:6407");
    expect(r.synthesis?.dns64.status).toBe("not-asked");
    const v6 = checkServer(input("2001:db8::10"), {}, { provenPrefix: null });
    expect(v6.headline).toEqual({ tone: "ok", code: "is-ipv6-address", host: "2001:db8::10" });
    expect(v6.findings).toEqual([{ tone: "warn", code: "ipv6-address-without-ipv4" }]);
  });

  it("sees through a NAT64 address: it is the IPv4 server inside a prefix, not its IPv6", () => {
    const r = checkServer(
      input("Endpoint = [64:ff9b::c633:6407]:51820"),
      {},
      { provenPrefix: null },
    );
    expect(r.outcome).toBe("ipv4-only");
    expect(r.ipv4).toEqual(["198.51.100.7"]);
    expect(r.ipv6).toEqual([]);
    expect(r.findings[0]).toEqual({
      tone: "warn",
      code: "typed-nat64-address",
      typed: "64:ff9b::c633:6407",
      ipv4: "198.51.100.7",
      prefix: "64:ff9b::/96",
    });
    expect(r.wireguard?.snippet).toContain("Endpoint = 198.51.100.7:51820");
  });

  it("gives WireGuard advice for an Endpoint line or a port, not for a bare name", () => {
    expect(
      checkServer(input("Endpoint = vpn.example.com:51820"), A_ONLY, { provenPrefix: null })
        .wireguard?.publishAaaa,
    ).toEqual({ host: "vpn.example.com" });
    expect(
      checkServer(input("vpn.example.com:51820"), A_ONLY, { provenPrefix: null }).wireguard,
    ).not.toBeNull();
  });

  it("checks the client's address when pasted", () => {
    const r = checkServer(input("vpn.example.com"), A_ONLY, {
      provenPrefix: null,
      clientAddress: " 64:ff9b::c633:6407 ",
    });
    expect(r.client).toMatchObject({
      code: "client-v6-is-nat64-of-server",
      host: "vpn.example.com",
    });
    expect(
      checkServer(input("vpn.example.com"), A_ONLY, { provenPrefix: null, clientAddress: " " })
        .client,
    ).toBeNull();
  });
});
