import { describe, expect, it } from "vitest";
import { isIPv6 } from "../../../src/core/addr/address.ts";
import { addressFamily, isIPv6Text, sameIPv4Slash24 } from "../../../src/core/addr/ip-text.ts";

describe("ip-text: the classifier's light address checks", () => {
  it("agrees with the address core on what an IPv6 address is", () => {
    const cases = [
      "::",
      "::1",
      "2001:db8::1",
      "64:ff9b::192.0.2.33",
      "::ffff:198.51.100.7",
      "1:2:3:4:5:6:7:8",
      "1:2:3:4:5:6::8",
      "1:2:3",
      "1:2:3:4:5:6:7:8:9",
      "1::2::3",
      "12345::1",
      ":1::",
      "1:2:3:4:5:6:7::8",
      "::ffff:256.1.1.1",
      "fe80::1%eth0",
      "2001:db8::/64",
      "g::1",
      "1:2:3:4:5:6:1.2.3.4",
      "1:2:3:4:5:6:7:1.2.3.4",
    ];
    for (const text of cases) expect([text, isIPv6Text(text)]).toEqual([text, isIPv6(text)]);
  });

  it("tells the families apart and compares IPv4 /24s", () => {
    expect(addressFamily("192.0.2.1")).toBe(4);
    expect(addressFamily("2001:db8::1")).toBe(6);
    expect(addressFamily("<html>")).toBeNull();
    expect(sameIPv4Slash24("203.0.113.7", "203.0.113.200")).toBe(true);
    expect(sameIPv4Slash24("203.0.113.7", "203.0.114.7")).toBe(false);
    expect(sameIPv4Slash24("203.0.113.7", null)).toBe(false);
  });
});
