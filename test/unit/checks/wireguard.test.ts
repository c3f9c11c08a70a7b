import { describe, expect, it } from "vitest";
import { parseServerInput, type ServerInput } from "../../../src/core/checks/server-input.ts";
import { synthesize } from "../../../src/core/checks/synthesis.ts";
import { wireguardAdvice } from "../../../src/core/checks/wireguard.ts";

function input(text: string): ServerInput {
  const parsed = parseServerInput(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return parsed.input;
}

const V4 = ["198.51.100.7"] as const;
const WELL_KNOWN = synthesize([...V4] as [string], null, undefined);
const PROVEN = synthesize([...V4] as [string], "2001:db8:64::/96", undefined);

describe("wireguardAdvice", () => {
  it("an A-only name: through NAT64, keepalive, reconnect after roaming, ::/0, publish AAAA", () => {
    const advice = wireguardAdvice(input("Endpoint = vpn.example.com:51820"), V4, [], WELL_KNOWN);
    expect(advice.snippet).toBe(
      [
        "[Peer]",
        "Endpoint = vpn.example.com:51820",
        "AllowedIPs = 0.0.0.0/0, ::/0",
        "PersistentKeepalive = 25",
      ].join("\n"),
    );
    expect(advice.consequences).toEqual([
      { code: "name-via-nat64", host: "vpn.example.com", address: "64:ff9b::c633:6407" },
      { code: "keepalive" },
      { code: "restart-after-roaming" },
      { code: "allowed-ips-need-default" },
    ]);
    expect(advice.why).toEqual({
      code: "why-via-nat64",
      host: "vpn.example.com",
      address: "64:ff9b::c633:6407",
      ipv4: "198.51.100.7",
      prefix: "64:ff9b::/96",
    });
    expect(advice.publishAaaa).toEqual({ host: "vpn.example.com" });
  });

  it("a dual-stack name: no keepalive, no AAAA advice, the server must listen on IPv6", () => {
    const advice = wireguardAdvice(
      input("Endpoint = dual.example.com:51821"),
      ["192.0.2.10"],
      ["2001:db8::10"],
      null,
    );
    expect(advice.snippet).toBe(
      ["[Peer]", "Endpoint = dual.example.com:51821", "AllowedIPs = 0.0.0.0/0, ::/0"].join("\n"),
    );
    expect(advice.consequences[0]).toEqual({
      code: "name-has-ipv6",
      host: "dual.example.com",
      ipv6: ["2001:db8::10"],
      port: 51821,
    });
    expect(advice.why).toEqual({ code: "why-direct", host: "dual.example.com" });
    expect(advice.publishAaaa).toBeNull();
  });

  it("never offers a synthesized Endpoint for an IPv4 address unless the prefix is proven here", () => {
    const typed = input("Endpoint = 198.51.100.7:51820");
    const unproven = wireguardAdvice(typed, V4, [], WELL_KNOWN);
    expect(unproven.snippet).toContain("Endpoint = 198.51.100.7:51820");
    expect(unproven.consequences[0]).toEqual({ code: "endpoint-ipv4" });
    expect(unproven.why).toMatchObject({ code: "why-via-nat64", host: null });
    expect(unproven.publishAaaa).toBeNull();
    const proven = wireguardAdvice(typed, V4, [], PROVEN);
    expect(proven.snippet).toContain("Endpoint = [2001:db8:64::c633:6407]:51820");
    expect(proven.consequences[0]).toEqual({
      code: "endpoint-ipv4-synthesized",
      address: "2001:db8:64::c633:6407",
      prefix: "2001:db8:64::/96",
    });
  });

  it("an IPv6 address: brackets in the Endpoint, the default port, a warning for IPv4-only networks", () => {
    const advice = wireguardAdvice(input("Endpoint = 2001:db8::10"), [], ["2001:db8::10"], null);
    expect(advice.snippet).toContain("Endpoint = [2001:db8::10]:51820");
    expect(advice.consequences[0]).toEqual({ code: "endpoint-ipv6" });
    expect(advice.why).toEqual({ code: "why-direct", host: null });
  });

  it("judges a pasted AllowedIPs line: keep it, or add the IPv6 it misses", () => {
    const fine = wireguardAdvice(
      input("[Peer]\nAllowedIPs = 0.0.0.0/0, ::/0\nEndpoint = vpn.example.com:51820"),
      V4,
      [],
      WELL_KNOWN,
    );
    expect(fine.consequences.at(-1)).toEqual({ code: "allowed-ips-cover-ipv6" });
    const split = wireguardAdvice(
      input("[Peer]\nAllowedIPs = 10.8.0.0/24, 198.51.100.0/24\nEndpoint = vpn.example.com:51820"),
      V4,
      [],
      WELL_KNOWN,
    );
    expect(split.consequences.at(-1)).toEqual({
      code: "allowed-ips-miss-ipv6",
      added: ["64:ff9b::c633:6407/128"],
    });
    expect(split.snippet).toContain(
      "AllowedIPs = 10.8.0.0/24, 198.51.100.0/24, 64:ff9b::c633:6407/128",
    );
  });
});
