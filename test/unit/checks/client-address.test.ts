import { describe, expect, it } from "vitest";
import { checkClientAddress } from "../../../src/core/checks/client-address.ts";

const server = { host: "vpn.example.com", ipv4: ["198.51.100.7"], ipv6: [] as string[] };

describe("the address the person's client showed", () => {
  it("confirms an address that embeds the server's IPv4, and names the prefix", () => {
    expect(checkClientAddress("64:ff9b::c633:6407", server, null)).toEqual({
      input: "64:ff9b::c633:6407",
      tone: "ok",
      code: "client-v6-is-nat64-of-server",
      v6: "64:ff9b::c633:6407",
      ipv4: "198.51.100.7",
      prefix: "64:ff9b::/96",
      host: "vpn.example.com",
    });
    expect(checkClientAddress("[64:ff9b::198.51.100.7]:51820", server, null).code).toBe(
      "client-v6-is-nat64-of-server",
    );
    expect(
      checkClientAddress("2001:db8:122:c633:64:700::", server, "2001:db8:122::/48"),
    ).toMatchObject({ code: "client-v6-is-nat64-of-server", prefix: "2001:db8:122::/48" });
  });

  it("recognises an unknown network-specific /96 by the last 32 bits", () => {
    expect(checkClientAddress("2001:db8:aa:bb::c633:6407", server, null)).toMatchObject({
      tone: "ok",
      code: "client-v6-ends-with-server",
      ipv4: "198.51.100.7",
      prefix: "2001:db8:aa:bb::/96",
    });
  });

  it("says when it is another address", () => {
    expect(checkClientAddress("64:ff9b::c000:201", server, null)).toEqual({
      input: "64:ff9b::c000:201",
      tone: "bad",
      code: "client-v6-carries-other-ipv4",
      v6: "64:ff9b::c000:201",
      ipv4: "192.0.2.1",
      prefix: "64:ff9b::/96",
      host: "vpn.example.com",
      serverIPv4: ["198.51.100.7"],
    });
    expect(checkClientAddress("2001:db8::1", server, null)).toMatchObject({
      tone: "bad",
      code: "client-v6-not-server",
    });
    expect(checkClientAddress(" not an address ", server, null)).toEqual({
      input: "not an address",
      tone: "bad",
      code: "client-invalid",
    });
    expect(checkClientAddress("198.51.100.7", server, null)).toMatchObject({
      tone: "ok",
      code: "client-is-server-ipv4",
    });
    expect(checkClientAddress("198.51.100.9:51820", server, null)).toMatchObject({
      tone: "bad",
      code: "client-ipv4-not-server",
      ipv4: "198.51.100.9",
    });
    expect(
      checkClientAddress("2001:db8::10", { ...server, ipv6: ["2001:db8::10"] }, null),
    ).toMatchObject({ tone: "ok", code: "client-is-server-ipv6" });
  });

  it("reads addresses as VPN apps show them: brackets, ports, zones", () => {
    const code = (text: string) => checkClientAddress(text, server, null).code;
    expect(code("[64:ff9b::c633:6407]")).toBe("client-v6-is-nat64-of-server");
    expect(code("64:ff9b::c633:6407%wg0")).toBe("client-v6-is-nat64-of-server");
    expect(code("198.51.100.7:51820")).toBe("client-is-server-ipv4");
    // Only digits after the colon are taken for a port and dropped.
    expect(code("198.51.100.7:abc")).toBe("client-invalid");
    expect(code("[64:ff9b::c633:6407]:x")).toBe("client-invalid");
  });
});
