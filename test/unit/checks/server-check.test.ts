import { describe, expect, it } from "vitest";
import {
  checkClientAddress,
  checkServer,
  fixAllowedIPs,
  type Lookup,
  lookupFromError,
  parseServerInput,
  type ServerLookups,
} from "../../../src/core/checks/server-check.ts";
import { DohUnavailableError } from "../../../src/core/dns/doh.ts";

const ok = (values: string[], extra: Partial<Extract<Lookup, { ok: true }>> = {}): Lookup => ({
  ok: true,
  rcode: "NOERROR",
  values,
  chain: ["vpn.example.com"],
  resolver: "Cloudflare",
  ms: 12,
  ...extra,
});
const NX: Lookup = {
  ok: true,
  rcode: "NXDOMAIN",
  values: [],
  chain: ["nx.example.com"],
  resolver: "Cloudflare",
  ms: 9,
};
const blocked: Lookup = {
  ok: false,
  blocked: true,
  error: "vpn.example.com A: Cloudflare: no answer within 3 s",
};
const broken: Lookup = {
  ok: false,
  blocked: false,
  error: "vpn.example.com A: Cloudflare: sent a malformed DNS answer: …",
};

const A_ONLY: ServerLookups = {
  a: ok(["198.51.100.7"]),
  aaaa: ok([]),
  https: ok([], { hints: { ipv4: [], ipv6: [] } }),
  dns64: ok(["64:ff9b::c633:6407"], { resolver: "Google Public DNS64" }),
};
const DUAL: ServerLookups = {
  a: ok(["192.0.2.10"]),
  aaaa: ok(["2001:db8::10"]),
  https: ok([], { hints: { ipv4: ["192.0.2.10"], ipv6: ["2001:db8::10"] } }),
};

describe("parseServerInput", () => {
  it("reads names, ports, addresses, URLs and WireGuard lines", () => {
    expect(parseServerInput("  VPN.Example.com. ")).toEqual({
      host: "vpn.example.com",
      kind: "name",
      port: null,
      wireguard: false,
      allowedIPs: null,
    });
    expect(parseServerInput("Endpoint = vpn.example.com:51820")).toMatchObject({
      host: "vpn.example.com",
      port: 51820,
      wireguard: true,
    });
    expect(parseServerInput("endpoint=[2001:DB8::10]:443 # home")).toMatchObject({
      host: "2001:db8::10",
      kind: "ipv6",
      port: 443,
      wireguard: true,
    });
    expect(parseServerInput("198.51.100.7:51820")).toMatchObject({
      host: "198.51.100.7",
      kind: "ipv4",
      port: 51820,
    });
    expect(parseServerInput("2001:db8::10")).toMatchObject({ kind: "ipv6", port: null });
    expect(parseServerInput("https://www.example.com:8443/path?q")).toMatchObject({
      host: "www.example.com",
      port: 8443,
      wireguard: false,
    });
    expect(parseServerInput("bücher.example")).toMatchObject({ host: "xn--bcher-kva.example" });
  });

  it("reads the Endpoint and AllowedIPs of a pasted [Peer] section", () => {
    const config = [
      "[Interface]",
      "PrivateKey = xxxx",
      "Address = 10.8.0.2/32",
      "[Peer]",
      "PublicKey = yyyy",
      "AllowedIPs = 10.8.0.0/24, 198.51.100.0/24 # office",
      "Endpoint = vpn.example.com:51820",
    ].join("\n");
    expect(parseServerInput(config)).toEqual({
      host: "vpn.example.com",
      kind: "name",
      port: 51820,
      wireguard: true,
      allowedIPs: ["10.8.0.0/24", "198.51.100.0/24"],
    });
  });

  it("says what is wrong with bad input", () => {
    expect(() => parseServerInput("")).toThrow("Type your server's name, like vpn.example.com.");
    expect(() => parseServerInput("Endpoint =")).toThrow(/nothing after the '='/);
    expect(() => parseServerInput("vpn.example.com:99999")).toThrow(
      /port that is not a number from 1 to 65535/,
    );
    expect(() => parseServerInput("localhost")).toThrow(/needs a domain/);
    expect(() => parseServerInput("vpn_example com")).toThrow(/spaces/);
    expect(() => parseServerInput("300.1.2.3")).toThrow(/not an IPv4 address/);
    expect(() => parseServerInput("[2001:db8::g]:1")).toThrow(/not an IPv6 address/);
    expect(() => parseServerInput("a\nb")).toThrow(/Endpoint = line/);
    expect(() => parseServerInput(`${"a".repeat(64)}.example`)).toThrow(/longer than 63/);
  });
});

describe("checkServer", () => {
  it("an IPv4-only name: NAT64 only, synthesized with the well-known prefix, confirmed by DNS64", () => {
    const r = checkServer(parseServerInput("vpn.example.com"), A_ONLY, { provenPrefix: null });
    expect(r.outcome).toBe("ipv4-only");
    expect(r.headline).toEqual({
      tone: "warn",
      text: "vpn.example.com has no IPv6 address (no AAAA record). People on IPv6-only networks reach it only through their carrier's NAT64, and not at all where there is none.",
    });
    expect(r.synthesis).toMatchObject({
      ipv4: "198.51.100.7",
      prefix: "64:ff9b::/96",
      proven: false,
      address: "64:ff9b::c633:6407",
      dns64: {
        status: "match",
        addresses: ["64:ff9b::c633:6407"],
        resolver: "Google Public DNS64",
      },
    });
    expect(r.findings.map((f) => f.text)).toEqual([
      "On an IPv6-only network that uses the well-known NAT64 prefix 64:ff9b::/96, it is reached at 64:ff9b::c633:6407 (198.51.100.7 inside). Networks with their own prefix use a different address.",
      "Google Public DNS64 returns the same: 64:ff9b::c633:6407.",
      "198.51.100.7 is not a public IPv4 address (documentation (RFC 5737)); NAT64 translators using the well-known prefix do not translate to it (RFC 6052 §3.1).",
    ]);
    expect(r.wireguard).toBeNull(); // a plain name is not a VPN endpoint
  });

  it("uses the prefix this visitor's self-test proved, and still shows the well-known one", () => {
    const r = checkServer(parseServerInput("vpn.example.com"), A_ONLY, {
      provenPrefix: "2001:db8:64::/96",
    });
    expect(r.synthesis).toMatchObject({ proven: true, address: "2001:db8:64::c633:6407" });
    expect(r.findings[0]?.text).toBe(
      "On your network it is reached at 2001:db8:64::c633:6407: your network's NAT64 prefix 2001:db8:64::/96 (found by the self-test above) with 198.51.100.7 inside.",
    );
    expect(r.findings[1]?.text).toMatch(
      /well-known prefix 64:ff9b::\/96 \(like Google Public DNS64\) reach it at 64:ff9b::c633:6407/,
    );
    // No RFC 6052 §3.1 warning: it only concerns the well-known prefix.
    expect(r.findings.some((f) => f.text.includes("not a public IPv4"))).toBe(false);
  });

  it("flags a DNS64 answer that does not match, or is missing", () => {
    const differs = checkServer(
      parseServerInput("vpn.example.com"),
      { ...A_ONLY, dns64: ok(["64:ff9b::c000:201"], { resolver: "G64" }) },
      { provenPrefix: null },
    );
    expect(differs.synthesis?.dns64.status).toBe("differs");
    expect(differs.findings.map((f) => f.text)).toContain(
      "G64 returns 64:ff9b::c000:201, not 64:ff9b::c633:6407. The name may have changed between lookups, or answer differently by location.",
    );
    const none = checkServer(
      parseServerInput("vpn.example.com"),
      { ...A_ONLY, dns64: ok([], { resolver: "G64" }) },
      { provenPrefix: null },
    );
    expect(none.synthesis?.dns64.status).toBe("none");
    const down = checkServer(
      parseServerInput("vpn.example.com"),
      { ...A_ONLY, dns64: broken },
      { provenPrefix: null },
    );
    expect(down.synthesis?.dns64.status).toBe("unavailable");
    const notAsked = checkServer(
      parseServerInput("vpn.example.com"),
      { ...A_ONLY, dns64: undefined },
      { provenPrefix: null },
    );
    expect(notAsked.synthesis?.dns64.status).toBe("not-asked");
  });

  it("a dual-stack name: reached directly; no synthesis", () => {
    const r = checkServer(parseServerInput("dual.example.com"), DUAL, { provenPrefix: null });
    expect(r.outcome).toBe("ipv6");
    expect(r.headline.tone).toBe("ok");
    expect(r.headline.text).toBe(
      "dual.example.com has an IPv6 address, so people on IPv6-only networks reach it directly, without NAT64.",
    );
    expect(r.synthesis).toBeNull();
    expect(r.hints).toEqual({ ipv4: ["192.0.2.10"], ipv6: ["2001:db8::10"] });
    expect(r.findings.every((f) => f.tone === "ok")).toBe(true);
  });

  it("an IPv6-only name warns about IPv4-only visitors", () => {
    const r = checkServer(
      parseServerInput("v6.example.com"),
      { a: ok([]), aaaa: ok(["2001:db8::6"]) },
      { provenPrefix: null },
    );
    expect(r.outcome).toBe("ipv6");
    expect(r.findings[0]).toEqual({
      tone: "warn",
      text: "v6.example.com has no IPv4 address (no A record): people on IPv4-only networks cannot reach it.",
    });
  });

  it("HTTPS hints that promise IPv6 without an AAAA record", () => {
    const r = checkServer(
      parseServerInput("vpn.example.com"),
      { ...A_ONLY, https: ok([], { hints: { ipv4: ["198.51.100.7"], ipv6: ["2001:db8::7"] } }) },
      { provenPrefix: null },
    );
    expect(r.findings.map((f) => f.text)).toContain(
      "Its HTTPS record lists an IPv6 hint (2001:db8::7), but there is no AAAA record. Only browsers read HTTPS records; VPN clients and most apps still see no IPv6.",
    );
  });

  it("keeps the CNAME chain and the resolvers that answered", () => {
    const chain = ["www.example.com", "cdn.example.net", "edge.example.org"];
    const r = checkServer(
      parseServerInput("www.example.com"),
      {
        a: ok(["203.0.113.5"], { chain }),
        aaaa: ok(["2001:db8:5::5"], { chain, resolver: "Google" }),
      },
      { provenPrefix: null },
    );
    expect(r.chain).toEqual(chain);
    expect(r.resolvers).toEqual(["Cloudflare", "Google"]);
  });

  it("NXDOMAIN, no addresses, blocked DoH and broken resolvers", () => {
    const nx = checkServer(
      parseServerInput("nx.example.com"),
      { a: NX, aaaa: NX },
      { provenPrefix: null },
    );
    expect(nx.outcome).toBe("nxdomain");
    expect(nx.headline.text).toBe(
      "nx.example.com does not exist in DNS (NXDOMAIN). Check the spelling, or whether the record has been published yet.",
    );
    const empty = checkServer(
      parseServerInput("empty.example.com"),
      { a: ok([]), aaaa: ok([]) },
      { provenPrefix: null },
    );
    expect(empty.outcome).toBe("no-address");
    const b = checkServer(
      parseServerInput("vpn.example.com"),
      { a: blocked, aaaa: blocked },
      { provenPrefix: null },
    );
    expect(b.outcome).toBe("doh-blocked");
    expect(b.headline.text).toMatch(/^Your network blocks DNS over HTTPS/);
    expect(b.findings[0]?.text).toBe("vpn.example.com A: Cloudflare: no answer within 3 s");
    const f = checkServer(
      parseServerInput("vpn.example.com"),
      { a: ok(["198.51.100.7"]), aaaa: broken },
      { provenPrefix: null },
    );
    expect(f.outcome).toBe("lookup-failed");
    expect(f.headline.tone).toBe("bad");
    expect(f.findings[0]?.text).toMatch(/malformed/);
  });

  it("an IPv4 literal needs no lookup", () => {
    const r = checkServer(parseServerInput("198.51.100.7"), {}, { provenPrefix: null });
    expect(r.outcome).toBe("ipv4-only");
    expect(r.synthesis?.address).toBe("64:ff9b::c633:6407");
    expect(r.synthesis?.dns64.status).toBe("not-asked");
  });
});

describe("WireGuard advice", () => {
  it("an A-only endpoint: keepalive, ::/0, publish AAAA", () => {
    const r = checkServer(parseServerInput("Endpoint = vpn.example.com:51820"), A_ONLY, {
      provenPrefix: null,
    });
    expect(r.wireguard?.snippet).toBe(
      [
        "[Peer]",
        "Endpoint = vpn.example.com:51820",
        "AllowedIPs = 0.0.0.0/0, ::/0",
        "PersistentKeepalive = 25",
      ].join("\n"),
    );
    expect(r.wireguard?.publishAaaa).toBe(
      "Publish an AAAA record for vpn.example.com with the server's IPv6 address (and let WireGuard listen on IPv6), so IPv6-only visitors connect directly instead of through their carrier's NAT64.",
    );
    expect(r.wireguard?.consequences[0]).toBe(
      "On an IPv6-only network, vpn.example.com is reached at 64:ff9b::c633:6407 through the carrier's NAT64: the tunnel works, but every packet passes the translator.",
    );
    expect(r.wireguard?.why).toMatch(
      /Its DNS64 answers vpn\.example\.com with 64:ff9b::c633:6407 — the server's IPv4 address 198\.51\.100\.7 inside the NAT64 prefix 64:ff9b::\/96 —/,
    );
  });

  it("a dual-stack endpoint: no keepalive, no AAAA advice, server must listen on IPv6", () => {
    const r = checkServer(parseServerInput("Endpoint = dual.example.com:51820"), DUAL, {
      provenPrefix: null,
    });
    expect(r.wireguard?.snippet).toBe(
      ["[Peer]", "Endpoint = dual.example.com:51820", "AllowedIPs = 0.0.0.0/0, ::/0"].join("\n"),
    );
    expect(r.wireguard?.publishAaaa).toBeNull();
    expect(r.wireguard?.consequences[0]).toMatch(
      /listens on IPv6 and its firewall allows UDP port 51820 over IPv6/,
    );
  });

  it("an IPv4 literal endpoint is replaced by the synthesized address for this network", () => {
    const r = checkServer(
      parseServerInput("Endpoint = 198.51.100.7:51820"),
      {},
      { provenPrefix: "2001:db8:64::/96" },
    );
    expect(r.wireguard?.snippet).toContain("Endpoint = [2001:db8:64::c633:6407]:51820");
    expect(r.wireguard?.consequences[0]).toMatch(/^Your Endpoint is an IPv4 address/);
  });

  it("mirrors a split tunnel's IPv4 routes to the server onto IPv6", () => {
    const config =
      "[Peer]\nAllowedIPs = 10.8.0.0/24, 198.51.100.0/24\nEndpoint = vpn.example.com:51820";
    const r = checkServer(parseServerInput(config), A_ONLY, { provenPrefix: null });
    expect(r.wireguard?.snippet).toContain(
      "AllowedIPs = 10.8.0.0/24, 198.51.100.0/24, 64:ff9b::c633:6407/128",
    );
    const d = checkServer(
      parseServerInput(config.replace("vpn.", "dual.").replace("198.51.100.0/24", "192.0.2.10/32")),
      DUAL,
      { provenPrefix: null },
    );
    expect(d.wireguard?.snippet).toContain(
      "AllowedIPs = 10.8.0.0/24, 192.0.2.10/32, 2001:db8::10/128",
    );
  });

  it("fixAllowedIPs", () => {
    expect(fixAllowedIPs(null, ["198.51.100.7"], [], ["64:ff9b::c633:6407"]).entries).toEqual([
      "0.0.0.0/0",
      "::/0",
    ]);
    expect(fixAllowedIPs(["0.0.0.0/0"], ["198.51.100.7"], [], []).added).toEqual(["::/0"]);
    expect(fixAllowedIPs(["0.0.0.0/0", "::/0"], ["198.51.100.7"], [], []).added).toEqual([]);
    // A split tunnel that does not route the server: nothing to mirror (adding it would loop).
    expect(
      fixAllowedIPs(["10.8.0.0/24"], ["198.51.100.7"], [], ["64:ff9b::c633:6407"]).added,
    ).toEqual([]);
    expect(
      fixAllowedIPs(["198.51.100.7"], ["198.51.100.7"], [], ["64:ff9b::c633:6407"]).added,
    ).toEqual(["64:ff9b::c633:6407/128"]);
    expect(fixAllowedIPs(["198.51.100.8/31"], ["198.51.100.7"], [], ["x"]).added).toEqual([]);
    expect(fixAllowedIPs(["198.51.100.6/31"], ["198.51.100.7"], [], ["x"]).added).toEqual([
      "x/128",
    ]);
  });
});

describe("the address the person's client showed", () => {
  const server = { host: "vpn.example.com", ipv4: ["198.51.100.7"], ipv6: [] as string[] };

  it("confirms an address that embeds the server's IPv4", () => {
    expect(checkClientAddress("64:ff9b::c633:6407", server, null)).toMatchObject({
      status: "matches",
      tone: "ok",
      text: "Confirmed: 64:ff9b::c633:6407 is vpn.example.com's IPv4 address 198.51.100.7 inside the NAT64 prefix 64:ff9b::/96. Your client reaches the server through NAT64.",
    });
    expect(checkClientAddress("[64:ff9b::198.51.100.7]:51820", server, null).status).toBe(
      "matches",
    );
    expect(
      checkClientAddress("2001:db8:122:c633:64:700::", server, "2001:db8:122::/48").text,
    ).toMatch(/inside the NAT64 prefix 2001:db8:122::\/48/);
  });

  it("recognises an unknown network-specific /96 by the last 32 bits", () => {
    expect(checkClientAddress("2001:db8:aa:bb::c633:6407", server, null).text).toBe(
      "Confirmed: 2001:db8:aa:bb::c633:6407 ends with vpn.example.com's IPv4 address 198.51.100.7, so your network's NAT64 uses the prefix 2001:db8:aa:bb::/96. Your client reaches the server through NAT64.",
    );
  });

  it("says when it is another address", () => {
    expect(checkClientAddress("64:ff9b::c000:201", server, null)).toMatchObject({
      status: "other",
      tone: "bad",
      text: "64:ff9b::c000:201 carries the IPv4 address 192.0.2.1 (prefix 64:ff9b::/96), not vpn.example.com's 198.51.100.7. Your client may be using an old or wrong address.",
    });
    expect(checkClientAddress("2001:db8::1", server, null).status).toBe("other");
    expect(checkClientAddress("not an address", server, null).status).toBe("invalid");
    expect(checkClientAddress("198.51.100.7", server, null).status).toBe("server-ipv4");
    expect(checkClientAddress("198.51.100.9:51820", server, null).status).toBe("other");
    expect(
      checkClientAddress("2001:db8::10", { ...server, ipv6: ["2001:db8::10"] }, null).status,
    ).toBe("server-ipv6");
  });

  it("is part of the report when pasted", () => {
    const r = checkServer(parseServerInput("vpn.example.com"), A_ONLY, {
      provenPrefix: null,
      clientAddress: " 64:ff9b::c633:6407 ",
    });
    expect(r.client?.status).toBe("matches");
  });
});

describe("lookupFromError", () => {
  it("keeps whether DoH was blocked", () => {
    const err = new DohUnavailableError("x A", [
      {
        resolver: "R",
        url: "https://r/",
        method: "GET",
        ms: 3000,
        failure: "timeout",
        detail: "R: no answer within 3 s",
      },
    ]);
    expect(lookupFromError(err)).toEqual({
      ok: false,
      blocked: true,
      error: "x A: R: no answer within 3 s",
    });
    expect(lookupFromError(new Error("boom"))).toEqual({
      ok: false,
      blocked: false,
      error: "boom",
    });
  });
});

describe("fixAllowedIPs with a full tunnel written as two halves", () => {
  it("mirrors 0.0.0.0/1, 128.0.0.0/1 on the IPv6 side instead of routing one address", () => {
    const { entries, added } = fixAllowedIPs(
      ["0.0.0.0/1", "128.0.0.0/1"],
      ["198.51.100.7"],
      [],
      ["64:ff9b::c633:6407"],
    );
    expect(added).toEqual(["::/1", "8000::/1"]);
    expect(entries).toEqual(["0.0.0.0/1", "128.0.0.0/1", "::/1", "8000::/1"]);
  });

  it("leaves a tunnel that already covers IPv6 in halves alone", () => {
    const { added } = fixAllowedIPs(
      ["0.0.0.0/1", "128.0.0.0/1", "::/1", "8000::/1"],
      ["198.51.100.7"],
      [],
      ["64:ff9b::c633:6407"],
    );
    expect(added).toEqual([]);
  });
});

describe("checkServer with addresses typed as the server", () => {
  it("sees through a NAT64 address: it is the IPv4 server inside a prefix, not its IPv6", () => {
    const r = checkServer(
      parseServerInput("Endpoint = [64:ff9b::c633:6407]:51820"),
      {},
      {
        provenPrefix: null,
      },
    );
    expect(r.outcome).toBe("ipv4-only");
    expect(r.ipv4).toEqual(["198.51.100.7"]);
    expect(r.ipv6).toEqual([]);
    expect(r.findings[0]?.text).toMatch(/not an IPv6 address of your server.*198\.51\.100\.7/);
  });

  it("never offers a synthesized Endpoint for an IPv4 address unless the prefix is proven here", () => {
    const typed = parseServerInput("Endpoint = 198.51.100.7:51820");
    const unproven = checkServer(typed, {}, { provenPrefix: null });
    expect(unproven.wireguard?.snippet).toContain("Endpoint = 198.51.100.7:51820");
    const proven = checkServer(typed, {}, { provenPrefix: "64:ff9b::/96" });
    expect(proven.wireguard?.snippet).toContain("Endpoint = [64:ff9b::c633:6407]:51820");
  });
});
