import { describe, expect, it } from "vitest";
import { minimalUserAgent } from "../../../src/core/selftest/user-agent.ts";
import { MASKED_REMOVED } from "../../../src/core/share/masked.ts";
import {
  DEFAULT_REDACTION,
  maskAddress,
  redactResult,
  visitorAddresses,
} from "../../../src/core/share/redact.ts";
import { decodeShare, encodeShare } from "../../../src/core/share/share-link.ts";
import { DUAL_STACK, NAT64_PHONE, worstCase } from "./share-fixtures.ts";

const V6 = "2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e";

/** Every string in a value, for "does this address appear anywhere" checks. */
function allText(value: unknown): string {
  return JSON.stringify(value);
}

describe("maskAddress", () => {
  it("keeps an IPv4 address's kind and /24", () => {
    expect(maskAddress("8.8.4.4")).toBe("m4:public:8.8.4.0/24");
    expect(maskAddress("10.20.30.40")).toBe("m4:private-use:10.20.30.0/24");
    expect(maskAddress("100.64.1.2")).toBe("m4:shared-address-space:100.64.1.0/24");
  });

  it("keeps an IPv6 address's scope and any embedded IPv4 /24, nothing of the rest", () => {
    expect(maskAddress("2a00:1450:4001:80e::200e")).toBe("m6:global");
    expect(maskAddress("2002:c633:6407::1")).toBe("m6:global:6to4=198.51.100.0/24");
    expect(maskAddress("64:ff9b::c633:6407")).toBe("m6:global:nat64=198.51.100.0/24");
    expect(maskAddress("fe80::1")).toBe("m6:link-local");
    expect(maskAddress(V6)).toBe("m6:documentation");
  });

  it("leaves text that is not an address alone", () => {
    expect(maskAddress("m4:public:8.8.4.0/24")).toBe("m4:public:8.8.4.0/24");
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

  it("masked: no visitor address remains anywhere, in fields or evidence", () => {
    const masked = redactResult(NAT64_PHONE, "masked");
    const text = allText(masked);
    expect(text).not.toContain("192.0.2.45");
    expect(text).not.toContain("7d8e");
    expect(masked.verdict.ipv4).toBe("m4:documentation:192.0.2.0/24");
    expect(masked.verdict.ipv6).toBe("m6:documentation");
    expect(masked.webrtc?.name?.srflx).toEqual(["m4:documentation:192.0.2.0/24"]);
    expect(masked.probes.map((p) => p.ip)).toEqual(
      NAT64_PHONE.probes.map((p) => (p.ip ? maskAddress(p.ip) : null)),
    );
    expect(masked.verdict.nat64.evidence[0]).toEqual({
      code: "same-exit-as-nat64",
      ip: "m4:documentation:192.0.2.0/24",
      prefix: "64:ff9b::/96",
      targetIp: "m4:documentation:192.0.2.0/24",
    });
    expect(masked.verdict.reasons).toEqual(NAT64_PHONE.verdict.reasons);
  });

  it("keeps server addresses, prefixes and everything that is not an address", () => {
    const masked = redactResult(worstCase(), "masked");
    expect(masked.probes.map((p) => p.url)).toEqual(worstCase().probes.map((p) => p.url));
    expect(masked.verdict.nat64.evidence.at(-1)).toEqual({
      code: "nat64-reachable",
      prefix: "2001:db8:6403::/96", // the NAT64's, not the visitor's
      ip: "m4:documentation:192.0.2.0/24",
    });
    expect(masked.verdict.nat64.prefix).toBe("2001:db8:6403::/96");
    expect({ ...masked, probes: [], verdict: null, webrtc: null }).toEqual({
      ...worstCase(),
      probes: [],
      verdict: null,
      webrtc: null,
    });
    expect(masked.verdict.code).toBe(NAT64_PHONE.verdict.code);
  });

  it("removed: fields become empty and evidence says the address was removed", () => {
    for (const result of [DUAL_STACK, NAT64_PHONE]) {
      const removed = redactResult(result, "removed");
      const text = allText(removed);
      for (const address of ["203.0.113.77", "beef:1::42", "192.0.2.45", "7d8e"]) {
        expect(text).not.toContain(address);
      }
      expect(removed.verdict.ipv4).toBeNull();
      expect(removed.probes.every((p) => p.ip === null)).toBe(true);
    }
    expect(redactResult(NAT64_PHONE, "removed").verdict.nat64.evidence[0]).toMatchObject({
      ip: MASKED_REMOVED,
      targetIp: MASKED_REMOVED,
    });
  });

  it("masks an address field however the echo wrote it", () => {
    const result = {
      ...DUAL_STACK,
      probes: DUAL_STACK.probes.map((p) =>
        p.kind === "v6" ? { ...p, ip: "2001:DB8:BEEF:1:0:0:0:42" } : p,
      ),
    };
    expect(redactResult(result, "masked").probes.find((p) => p.kind === "v6")?.ip).toBe(
      "m6:documentation",
    );
  });

  it("none returns the result untouched, and a redacted result still makes a valid link", async () => {
    expect(redactResult(DUAL_STACK, "none")).toBe(DUAL_STACK);
    for (const mode of ["masked", "removed"] as const) {
      const redacted = redactResult(NAT64_PHONE, mode);
      const outcome = await decodeShare(await encodeShare(redacted, mode));
      const { verdict } = redacted;
      expect(outcome.ok && outcome.value.result).toEqual({
        ...redacted,
        userAgent: minimalUserAgent(redacted.userAgent),
        // Not carried: the page that opens the link classifies again.
        verdict: { ...verdict, rule: null, reasons: [], nat64: { ...verdict.nat64, evidence: [] } },
      });
    }
  });
});
