import { describe, expect, it } from "vitest";
import { parsePort, splitHostPort } from "../../../src/core/addr/host-port.ts";

describe("splitHostPort", () => {
  it("splits a bracketed IPv6 address from its port, and keeps a bare one whole", () => {
    expect(splitHostPort("[2001:db8::1]:51820")).toEqual({
      host: "2001:db8::1",
      bracketed: true,
      port: "51820",
    });
    expect(splitHostPort("[2001:db8::1]")).toEqual({
      host: "2001:db8::1",
      bracketed: true,
      port: null,
    });
    // Without brackets the last group is part of the address, not a port (RFC 3986 §3.2.2).
    expect(splitHostPort("2001:db8::1:51820")).toEqual({
      host: "2001:db8::1:51820",
      bracketed: false,
      port: null,
    });
  });

  it("splits names and IPv4 addresses at their one colon", () => {
    expect(splitHostPort("vpn.example.com:51820")).toEqual({
      host: "vpn.example.com",
      bracketed: false,
      port: "51820",
    });
    expect(splitHostPort("198.51.100.7")).toEqual({
      host: "198.51.100.7",
      bracketed: false,
      port: null,
    });
    // The port text is the caller's to judge: empty and non-numeric ports come back as written.
    expect(splitHostPort("vpn.example.com:").port).toBe("");
    expect(splitHostPort("[::1]:http").port).toBe("http");
  });
});

describe("parsePort", () => {
  it("accepts 1 to 65535 in decimal and nothing else", () => {
    expect(parsePort("1")).toBe(1);
    expect(parsePort("65535")).toBe(65535);
    for (const bad of ["0", "65536", "", "http", "+80", "8o", "123456"]) {
      expect(parsePort(bad)).toBeNull();
    }
  });
});
