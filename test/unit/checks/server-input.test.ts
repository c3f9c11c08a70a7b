import { describe, expect, it } from "vitest";
import { type InputProblem, parseServerInput } from "../../../src/core/checks/server-input.ts";

const input = (text: string) => {
  const parsed = parseServerInput(text);
  if (!parsed.ok) throw new Error(`refused: ${parsed.problem.code}`);
  return parsed.input;
};
const problem = (text: string): InputProblem | null => {
  const parsed = parseServerInput(text);
  return parsed.ok ? null : parsed.problem;
};

describe("parseServerInput", () => {
  it("reads names, ports, addresses, URLs and WireGuard lines", () => {
    expect(input("  VPN.Example.com. ")).toEqual({
      host: "vpn.example.com",
      kind: "name",
      port: null,
      wireguard: false,
      allowedIPs: null,
    });
    expect(input("Endpoint = vpn.example.com:51820")).toMatchObject({
      host: "vpn.example.com",
      port: 51820,
      wireguard: true,
    });
    expect(input("endpoint=[2001:DB8::10]:443 # home")).toMatchObject({
      host: "2001:db8::10",
      kind: "ipv6",
      port: 443,
      wireguard: true,
    });
    expect(input("198.51.100.7:51820")).toMatchObject({
      host: "198.51.100.7",
      kind: "ipv4",
      port: 51820,
    });
    expect(input("2001:db8::10")).toMatchObject({ kind: "ipv6", port: null });
    expect(input("https://www.example.com:8443/path?q")).toMatchObject({
      host: "www.example.com",
      port: 8443,
      wireguard: false,
    });
    expect(input("https://[2001:db8::10]/")).toMatchObject({ host: "2001:db8::10", kind: "ipv6" });
    expect(input("bücher.example")).toMatchObject({ host: "xn--bcher-kva.example" });
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
    expect(input(config)).toEqual({
      host: "vpn.example.com",
      kind: "name",
      port: 51820,
      wireguard: true,
      allowedIPs: ["10.8.0.0/24", "198.51.100.0/24"],
    });
  });

  it("says what is wrong with bad input, and about which part", () => {
    expect(problem("")).toEqual({ code: "empty" });
    expect(problem("  \n ")).toEqual({ code: "empty" });
    expect(problem("Endpoint =")).toEqual({ code: "endpoint-empty" });
    expect(problem("vpn.example.com:99999")).toEqual({
      code: "bad-port",
      text: "vpn.example.com:99999",
    });
    expect(problem("[2001:db8::1]:0")).toEqual({ code: "bad-port", text: "[2001:db8::1]:0" });
    expect(problem("localhost")).toEqual({
      code: "needs-domain",
      text: "localhost",
      host: "localhost",
    });
    expect(problem("vpn_example com")).toEqual({ code: "has-spaces", text: "vpn_example com" });
    expect(problem("300.1.2.3")).toEqual({ code: "bad-ipv4", text: "300.1.2.3" });
    expect(problem("[2001:db8::g]:1")).toEqual({ code: "bad-bracketed-ipv6", text: "2001:db8::g" });
    expect(problem("2001:db8::g")).toEqual({ code: "bad-ipv6", text: "2001:db8::g" });
    expect(problem("a\nb")).toEqual({ code: "several-lines" });
    expect(problem("vpn!.example.com")).toEqual({ code: "bad-name", text: "vpn!.example.com" });
    expect(problem("http://exa mple.com")).toEqual({
      code: "bad-url",
      text: "http://exa mple.com",
    });
  });

  it("refuses names DNS cannot carry, saying which limit", () => {
    const long = `${"a".repeat(64)}.example`;
    expect(problem(long)).toEqual({ code: "label-too-long", text: long });
    const huge = `${Array.from({ length: 5 }, () => "b".repeat(60)).join(".")}.example`;
    expect(problem(huge)).toEqual({ code: "name-too-long", text: huge });
  });

  it("never throws, whatever is pasted", () => {
    for (const text of [
      "[",
      "]",
      ":",
      "::::",
      "[]:",
      "Endpoint = [",
      "http://",
      "\u0000",
      "٣.١.٢.٣",
    ]) {
      expect(() => parseServerInput(text)).not.toThrow();
    }
  });
});
