// Realistic Results for the share-link, redaction and report tests. The texts are the length and
// kind the classifier writes; the addresses are documentation ranges.
import type { ProbeOutcome, Result } from "../../../src/core/result.ts";

function probe(
  kind: ProbeOutcome["kind"],
  status: ProbeOutcome["status"],
  ms: number,
  ip: string | null,
  url: string,
  extra: Partial<ProbeOutcome> = {},
): ProbeOutcome {
  return { id: kind, kind, url, status, ms, ip, ...extra };
}

/** A phone on an IPv6-only carrier with NAT64 and 464XLAT: the case support desks see most. */
export const NAT64_PHONE: Result = {
  version: 1,
  configDigest: "3f9a1c2e",
  startedAt: "2026-11-28T04:14:13.512Z",
  durationMs: 4213,
  userAgent:
    "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36",
  pageProtocol: "https:",
  probes: [
    probe("v4", "ok", 182, "192.0.2.45", "https://v4.selftest.example.net/echo"),
    probe(
      "v6",
      "ok",
      96,
      "2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e",
      "https://v6.selftest.example.net/echo",
    ),
    probe(
      "ds",
      "ok",
      101,
      "2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e",
      "https://ds.selftest.example.net/echo",
    ),
    probe("nat64", "ok", 143, "192.0.2.45", "https://nat64.selftest.example.net/echo"),
    probe("v4literal", "ok", 171, "192.0.2.45", "http://198.51.100.10/echo", {
      detail: "reached through the 464XLAT translator on this device",
    }),
    probe(
      "v6literal",
      "ok",
      92,
      "2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e",
      "http://[2001:db8:100::10]/echo",
    ),
    probe(
      "large",
      "ok",
      233,
      "2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e",
      "https://ds.selftest.example.net/echo?size=4000",
    ),
  ],
  webrtc: {
    name: {
      status: "ok",
      srflx: ["192.0.2.45"],
      lookupError: false,
      errorEvents: true,
      hostCandidates: 1,
      complete: true,
      ms: 612,
    },
    literal: {
      status: "ok",
      srflx: ["192.0.2.45"],
      lookupError: false,
      errorEvents: true,
      hostCandidates: 1,
      complete: true,
      ms: 588,
    },
  },
  verdict: {
    code: "ipv6-only-nat64",
    rule: null,
    nat64: {
      detected: true,
      prefix: "64:ff9b::/96",
      evidence: [
        "nat64.selftest.example.net has only a synthesized AAAA record and answered, so a NAT64 translated the request.",
        "The STUN server named by an IPv4-only name was reached and reported 192.0.2.45, a NAT64 address.",
      ],
    },
    clat: true,
    ipv4: "192.0.2.45",
    ipv6: "2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e",
    confidence: "high",
    reasons: [
      "Your device has an IPv6 address (2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e) and reached IPv6-only sites directly.",
      "Sites that have only IPv4 worked too, but through a NAT64 translator at your provider: they saw 192.0.2.45, which is shared with other customers.",
      "An IPv4 address typed as numbers (198.51.100.10) worked, so this device runs 464XLAT (a CLAT) that translates IPv4 to IPv6 locally.",
      "Apps and VPNs that use IPv4 literals will generally work; a VPN server given by an IPv4-only name may still fail.",
    ],
  },
};

/** A home dual-stack laptop with no WebRTC data. */
export const DUAL_STACK: Result = {
  version: 1,
  configDigest: "3f9a1c2e",
  startedAt: "2026-11-28T09:30:00.000Z",
  durationMs: 1890,
  userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0",
  pageProtocol: "https:",
  probes: [
    probe("v4", "ok", 40, "203.0.113.77", "https://v4.selftest.example.net/echo"),
    probe("v6", "ok", 35, "2001:db8:beef:1::42", "https://v6.selftest.example.net/echo"),
    probe("ds", "ok", 36, "2001:db8:beef:1::42", "https://ds.selftest.example.net/echo"),
    probe("nat64", "error", 3, null, "https://nat64.selftest.example.net/echo", {
      detail: "the name did not resolve (no DNS64 on this network)",
    }),
    probe("v4literal", "skipped", 0, null, "http://198.51.100.10/echo", {
      detail: "http:// probes cannot run from an https:// page",
    }),
    probe(
      "large",
      "ok",
      80,
      "2001:db8:beef:1::42",
      "https://ds.selftest.example.net/echo?size=4000",
    ),
  ],
  verdict: {
    code: "dual-stack",
    rule: null,
    nat64: { detected: false, prefix: null, evidence: ["The NAT64-only name did not resolve."] },
    clat: null,
    ipv4: "203.0.113.77",
    ipv6: "2001:db8:beef:1::42",
    confidence: "high",
    reasons: [
      "Both IPv4-only and IPv6-only sites answered directly.",
      "Your IPv4 address is 203.0.113.77 and your IPv6 address is 2001:db8:beef:1::42.",
    ],
  },
};

/** Everything as long as the limits allow: a deployment with many NAT64 candidates. */
export function worstCase(): Result {
  const candidates: ProbeOutcome[] = [];
  for (let i = 0; i < 8; i++) {
    const prefix = `2001:db8:${(0x6400 + i).toString(16)}::/96`;
    candidates.push({
      id: `nat64-candidate:${prefix}`,
      kind: "nat64-candidate",
      url: `https://candidate-${i}.nat64.selftest.example.net/echo`,
      status: i === 3 ? "ok" : "timeout",
      ms: i === 3 ? 210 : 4000,
      ip: i === 3 ? "192.0.2.45" : null,
      prefix,
      ...(i === 3 ? {} : { detail: "no answer within 4000 ms" }),
    });
  }
  return {
    ...NAT64_PHONE,
    probes: [...NAT64_PHONE.probes, ...candidates],
    verdict: {
      ...NAT64_PHONE.verdict,
      nat64: {
        ...NAT64_PHONE.verdict.nat64,
        prefix: "2001:db8:6403::/96",
        evidence: [
          ...NAT64_PHONE.verdict.nat64.evidence,
          "The operator-listed candidate 2001:db8:6403::/96 answered; the seven other candidates did not.",
        ],
      },
      reasons: [
        ...NAT64_PHONE.verdict.reasons,
        "Your provider uses a network-specific NAT64 prefix (2001:db8:6403::/96) rather than the well-known 64:ff9b::/96.",
        "Large responses arrived intact, so the path does not drop big packets.",
      ],
    },
  };
}
