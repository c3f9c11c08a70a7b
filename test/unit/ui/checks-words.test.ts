// The English words of "Check my server": the sentences people read, from the facts the checks
// produce. Logic is tested on codes in test/unit/checks/; these pin the wording.
import { describe, expect, it } from "vitest";
import { checkClientAddress } from "../../../src/core/checks/client-address.ts";
import { parseServerInput, type ServerInput } from "../../../src/core/checks/server-input.ts";
import { checkServer } from "../../../src/core/checks/server-report.ts";
import {
  clientWords,
  consequenceWords,
  failureWords,
  findingWords,
  headlineWords,
  inputProblemWords,
  publishAaaaWords,
  synthesisWords,
  whyWords,
} from "../../../src/ui/checks-words.ts";
import { A_ONLY, blocked, broken, ok } from "../checks/lookups.fixtures.ts";

function input(text: string): ServerInput {
  const parsed = parseServerInput(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return parsed.input;
}
const problem = (text: string) => {
  const parsed = parseServerInput(text);
  return parsed.ok ? "" : inputProblemWords(parsed.problem);
};

describe("checks in words", () => {
  it("an IPv4-only name", () => {
    const r = checkServer(input("vpn.example.com"), A_ONLY, { provenPrefix: null });
    expect(headlineWords(r.headline)).toBe(
      "vpn.example.com has no IPv6 address (no AAAA record). People on IPv6-only networks reach it only through their carrier's NAT64, and not at all where there is none.",
    );
    expect(r.findings.map(findingWords)).toEqual([
      "On an IPv6-only network that uses the well-known NAT64 prefix 64:ff9b::/96, it is reached at 64:ff9b::c633:6407 (198.51.100.7 inside). Networks with their own prefix use a different address.",
      "Google Public DNS64 returns the same: 64:ff9b::c633:6407.",
      "198.51.100.7 is not a public IPv4 address (documentation (RFC 5737)); NAT64 translators using the well-known prefix do not translate to it (RFC 6052 §3.1).",
    ]);
    expect(synthesisWords(r.synthesis ?? expect.unreachable())).toBe(
      "64:ff9b::c633:6407 (198.51.100.7 in 64:ff9b::/96, well-known prefix)",
    );
  });

  it("a proven prefix and a DNS64 answer that differs", () => {
    const r = checkServer(
      input("vpn.example.com"),
      { ...A_ONLY, dns64: ok(["64:ff9b::c000:201"], { resolver: "G64" }) },
      { provenPrefix: "2001:db8:64::/96" },
    );
    expect(r.findings.map(findingWords)).toEqual([
      "On your network it is reached at 2001:db8:64::c633:6407: your network's NAT64 prefix 2001:db8:64::/96 (found by the self-test above) with 198.51.100.7 inside.",
      "Networks that use the well-known prefix 64:ff9b::/96 (like Google Public DNS64) reach it at 64:ff9b::c633:6407.",
      "G64 returns 64:ff9b::c000:201, not 64:ff9b::c633:6407. The name may have changed between lookups, or answer differently by location.",
    ]);
  });

  it("failed lookups say which resolver failed and how", () => {
    const b = checkServer(
      input("vpn.example.com"),
      { a: blocked, aaaa: blocked },
      {
        provenPrefix: null,
      },
    );
    expect(headlineWords(b.headline)).toMatch(/^Your network blocks DNS over HTTPS/);
    expect(b.findings.map(findingWords)).toEqual([
      "vpn.example.com A: Cloudflare: no answer within 3 s",
      "vpn.example.com AAAA: Cloudflare: no answer within 3 s",
    ]);
    const f = checkServer(
      input("vpn.example.com"),
      { a: ok([]), aaaa: broken },
      {
        provenPrefix: null,
      },
    );
    expect(headlineWords(f.headline)).toBe(
      "vpn.example.com could not be looked up: the DNS servers did not give a usable answer.",
    );
    expect(f.findings.map(findingWords)).toEqual([
      "vpn.example.com AAAA: Cloudflare: sent a malformed DNS answer",
    ]);
    expect(failureWords({ resolver: "", kind: "error", ms: 0, detail: "boom" })).toBe(
      "the lookup failed",
    );
  });

  it("WireGuard advice for an A-only endpoint", () => {
    const r = checkServer(input("Endpoint = vpn.example.com:51820"), A_ONLY, {
      provenPrefix: null,
    });
    const advice = r.wireguard ?? expect.unreachable();
    expect(consequenceWords(advice.consequences[0] ?? expect.unreachable())).toBe(
      "On an IPv6-only network, vpn.example.com is reached at 64:ff9b::c633:6407 through the carrier's NAT64: the tunnel works, but every packet passes the translator.",
    );
    expect(publishAaaaWords(advice.publishAaaa ?? expect.unreachable())).toBe(
      "Publish an AAAA record for vpn.example.com with the server's IPv6 address (and let WireGuard listen on IPv6), so IPv6-only visitors connect directly instead of through their carrier's NAT64.",
    );
    expect(whyWords(advice.why)).toMatch(
      /Its DNS64 answers vpn\.example\.com with 64:ff9b::c633:6407 — the server's IPv4 address 198\.51\.100\.7 inside the NAT64 prefix 64:ff9b::\/96 —/,
    );
  });

  it("the client's address", () => {
    const server = { host: "vpn.example.com", ipv4: ["198.51.100.7"], ipv6: [] };
    const words = (text: string) => clientWords(checkClientAddress(text, server, null));
    expect(words("64:ff9b::c633:6407")).toBe(
      "Confirmed: 64:ff9b::c633:6407 is vpn.example.com's IPv4 address 198.51.100.7 inside the NAT64 prefix 64:ff9b::/96. Your client reaches the server through NAT64.",
    );
    expect(words("2001:db8:aa:bb::c633:6407")).toBe(
      "Confirmed: 2001:db8:aa:bb::c633:6407 ends with vpn.example.com's IPv4 address 198.51.100.7, so your network's NAT64 uses the prefix 2001:db8:aa:bb::/96. Your client reaches the server through NAT64.",
    );
    expect(words("64:ff9b::c000:201")).toBe(
      "64:ff9b::c000:201 carries the IPv4 address 192.0.2.1 (prefix 64:ff9b::/96), not vpn.example.com's 198.51.100.7. Your client may be using an old or wrong address.",
    );
  });

  it("bad input", () => {
    expect(problem("")).toBe("Type your server's name, like vpn.example.com.");
    expect(problem("localhost")).toBe('"localhost" needs a domain, like localhost.example.com.');
    expect(problem("vpn.example.com:99999")).toBe(
      '"vpn.example.com:99999" has a port that is not a number from 1 to 65535.',
    );
    expect(problem(`${"a".repeat(64)}.example`)).toMatch(/has a label longer than 63 characters/);
  });
});
