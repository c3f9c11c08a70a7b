import { describe, expect, it } from "vitest";
import { minimalUserAgent } from "../../../src/core/selftest/user-agent.ts";
import {
  DEFAULT_REDACTION,
  isMaskedIPv6,
  maskAddress,
  REMOVED_TEXT,
  redactResult,
  visitorAddresses,
} from "../../../src/core/share/redact.ts";
import { decodeShare, encodeShare } from "../../../src/core/share/share-link.ts";
import { DUAL_STACK, NAT64_PHONE } from "./share-fixtures.ts";

const V6 = "2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e";

/** Every string in a value, for "does this address appear anywhere" checks. */
function allText(value: unknown): string {
  return JSON.stringify(value);
}

describe("maskAddress", () => {
  it("keeps an IPv4 address's kind and /24", () => {
    expect(maskAddress("8.8.4.4")).toBe("[public IPv4 in 8.8.4.0/24]");
    expect(maskAddress("10.20.30.40")).toBe("[private-use IPv4 in 10.20.30.0/24]");
    expect(maskAddress("100.64.1.2")).toMatch(/^\[shared.* IPv4 in 100\.64\.1\.0\/24\]$/);
  });

  it("keeps an IPv6 address's scope and any embedded IPv4 /24, nothing of the rest", () => {
    expect(maskAddress("2a00:1450:4001:80e::200e")).toBe("[global IPv6]");
    expect(maskAddress("2002:c633:6407::1")).toBe("[global IPv6, 6to4, IPv4 in 198.51.100.0/24]");
    expect(maskAddress("64:ff9b::c633:6407")).toBe("[global IPv6, NAT64, IPv4 in 198.51.100.0/24]");
    expect(maskAddress("fe80::1")).toBe("[link-local IPv6]");
    expect(maskAddress(V6)).toBe("[documentation IPv6]");
  });

  it("leaves text that is not an address alone", () => {
    expect(maskAddress("[public IPv4 in 8.8.4.0/24]")).toBe("[public IPv4 in 8.8.4.0/24]");
    expect(maskAddress("<b>x</b>")).toBe("<b>x</b>");
  });
});

describe("redactResult", () => {
  it("defaults to masking", () => {
    expect(DEFAULT_REDACTION).toBe("masked");
  });

  it("collects the visitor's addresses from probes, verdict and STUN", () => {
    expect(visitorAddresses(NAT64_PHONE).sort()).toEqual(["192.0.2.45", V6].sort());
  });

  it("masked: no visitor address remains anywhere, in fields or texts", () => {
    const masked = redactResult(NAT64_PHONE, "masked");
    const text = allText(masked);
    expect(text).not.toContain("192.0.2.45");
    expect(text).not.toContain("7d8e");
    expect(masked.verdict.ipv4).toBe("[documentation IPv4 in 192.0.2.0/24]");
    expect(masked.verdict.ipv6).toBe("[documentation IPv6]");
    expect(masked.webrtc?.name?.srflx).toEqual(["[documentation IPv4 in 192.0.2.0/24]"]);
    expect(masked.probes.map((p) => p.ip)).toEqual(
      NAT64_PHONE.probes.map((p) => (p.ip ? maskAddress(p.ip) : null)),
    );
    expect(masked.verdict.reasons[0]).toBe(
      "Your device has an IPv6 address ([documentation IPv6]) and reached IPv6-only sites directly.",
    );
    expect(masked.verdict.reasons[1]).toContain(
      "they saw [documentation IPv4 in 192.0.2.0/24], which",
    );
  });

  it("keeps server addresses, prefixes and everything that is not an address", () => {
    const masked = redactResult(NAT64_PHONE, "masked");
    expect(masked.verdict.reasons[2]).toBe(NAT64_PHONE.verdict.reasons[2]); // 198.51.100.10, a server
    expect(masked.probes.map((p) => p.url)).toEqual(NAT64_PHONE.probes.map((p) => p.url));
    expect(masked.verdict.nat64.prefix).toBe("64:ff9b::/96");
    expect({ ...masked, probes: [], verdict: null, webrtc: null }).toEqual({
      ...NAT64_PHONE,
      probes: [],
      verdict: null,
      webrtc: null,
    });
    expect(masked.verdict.code).toBe(NAT64_PHONE.verdict.code);
  });

  it("removed: fields become empty and texts say the address was removed", () => {
    const removed = redactResult(DUAL_STACK, "removed");
    const text = allText(removed);
    expect(text).not.toContain("203.0.113.77");
    expect(text).not.toContain("beef:1::42");
    expect(removed.verdict.ipv4).toBeNull();
    expect(removed.probes.every((p) => p.ip === null)).toBe(true);
    expect(removed.verdict.reasons[1]).toBe(
      `Your IPv4 address is ${REMOVED_TEXT} and your IPv6 address is ${REMOVED_TEXT}.`,
    );
  });

  it("finds addresses written differently, with ports or sentence punctuation", () => {
    const result = {
      ...DUAL_STACK,
      verdict: {
        ...DUAL_STACK.verdict,
        reasons: [
          "Seen as 2001:DB8:BEEF:1:0:0:0:42.",
          "Seen as 203.0.113.77:51234 by the echo.",
          "Not yours: 203.0.113.7 and 2001:db8:beef:1::43; time 04:14:13.",
        ],
      },
    };
    expect(redactResult(result, "masked").verdict.reasons).toEqual([
      "Seen as [documentation IPv6].",
      "Seen as [documentation IPv4 in 203.0.113.0/24]:51234 by the echo.",
      "Not yours: 203.0.113.7 and 2001:db8:beef:1::43; time 04:14:13.",
    ]);
  });

  it("none returns the result untouched, and a redacted result still makes a valid link", async () => {
    expect(redactResult(DUAL_STACK, "none")).toBe(DUAL_STACK);
    for (const mode of ["masked", "removed"] as const) {
      const redacted = redactResult(NAT64_PHONE, mode);
      const outcome = await decodeShare(await encodeShare(redacted, mode));
      expect(outcome.ok && outcome.value.result).toEqual({
        ...redacted,
        userAgent: minimalUserAgent(redacted.userAgent),
      });
    }
  });
});

describe("isMaskedIPv6", () => {
  it("accepts exactly what maskAddress writes for IPv6, and no other bracketed text", () => {
    for (const address of [
      "2a00:1450:4001:80e::200e",
      "2002:c633:6407::1",
      "64:ff9b::c633:6407",
      "fe80::1",
      "::1",
      "2001:0:4136:e378:8000:63bf:3fff:fdd2",
      "fd00::5efe:c000:22a",
      V6,
    ]) {
      expect(isMaskedIPv6(maskAddress(address)), address).toBe(true);
    }
    for (const text of [
      "[global IPv6, call 1-800-555-0100]",
      "[call us IPv6]",
      "[global IPv6, NAT64, IPv4 in 300.1.2.0/24]",
      "[global IPv6, IPv4 in 192.0.2.0/24]",
      "[public IPv4 in 192.0.2.0/24]",
      "global IPv6",
      "[global IPv6] call us",
    ]) {
      expect(isMaskedIPv6(text), text).toBe(false);
    }
  });
});
