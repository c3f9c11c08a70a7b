// Realistic Results for the share-link, redaction and report tests: what the classifier gives for
// such runs (codes, not sentences); the addresses are documentation ranges.
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
  version: 2,
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
    probe("v4literal", "ok", 171, "192.0.2.45", "http://198.51.100.10/echo"),
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
  traits: {
    engine: "chromium",
    webrtc: true,
    iceErrorEvents: true,
    gathering: "every-interface",
    gatheringFrom: "engine",
    literalSynthesis: false,
  },
  verdict: {
    code: "ipv6-only-nat64",
    rule: "ipv6-only-nat64",
    nat64: {
      detected: true,
      prefix: "64:ff9b::/96",
      evidence: [
        {
          code: "same-exit-as-nat64",
          ip: "192.0.2.45",
          prefix: "64:ff9b::/96",
          targetIp: "192.0.2.45",
        },
        { code: "stun-dns64" },
      ],
    },
    clat: true,
    ipv4: "192.0.2.45",
    ipv6: "2001:db8:4a1:7c00:1d2e:3f4a:5b6c:7d8e",
    confidence: "high",
    reasons: [
      { code: "ipv6-only-with-nat64" },
      { code: "nat64-prefix", prefix: "64:ff9b::/96" },
      { code: "clat-by-literal" },
    ],
  },
};

/** A home dual-stack laptop with no WebRTC data, recorded before results carried traits. */
export const DUAL_STACK: Result = {
  version: 2,
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
      failure: "network-error",
    }),
    probe("v4literal", "skipped", 0, null, "http://198.51.100.10/echo", {
      failure: "mixed-content",
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
    rule: "dual-stack",
    nat64: { detected: null, prefix: null, evidence: [] },
    clat: null,
    ipv4: "203.0.113.77",
    ipv6: "2001:db8:beef:1::42",
    confidence: "low",
    reasons: [{ code: "dual-stack" }, { code: "maybe-own-prefix" }],
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
      ...(i === 3 ? {} : { failure: "timeout" as const }),
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
          { code: "nat64-reachable", prefix: "2001:db8:6403::/96", ip: "192.0.2.45" },
        ],
      },
      reasons: [
        { code: "ipv6-only-with-nat64" },
        { code: "nat64-prefix", prefix: "2001:db8:6403::/96" },
        { code: "clat-by-literal" },
      ],
    },
  };
}

/**
 * Format-2 links with addresses hidden, made by this page before hidden addresses were facts
 * (commit 0f3603f): each hidden address is English words, "[documentation IPv4 in 192.0.2.0/24]".
 */
export const RECORDED_V2_ENGLISH_MASKED = {
  /** NAT64_PHONE, classified. */
  phone:
    "2zrZPBauMwEIZfxfynXRCyRpZVe2Appafeeg85OLa8MRvboVbT0qB3L1EpuC3epqWXYUDi-5h_pCNqMLK2rKjWDgIeTBdlXmSlzrOctEADNpoygXswrrd3Y-9SMjr5dTU0d2PXJJT_hsAejAkCWzAJbMCrI_6BlcAUaw-mQgtUYKyasb7v3eAr341DcnN7MEk3JFRqqaSWKtVmjRfh1vv9xGl6MHJyu9a7yUv3WPX7nZOD86mrtyOCiC6auUq7pLIf0PZztJ6PoehsdjN9zs7mbJN9O6Kh8vaMlMxcd7E4yn91nKZUFjInSUpJUm8E-XwNixu373grrRRxsymYlGImtX4DtTOozhZD-tICLqfuyf0xSimEtcAD-IjhVF5MFXh1XjDr12dfx9qDLekgsPsZWF4UIQgcTjRz_rLsckJ1fNFx1iZaTr_XGm7bcsOclhZB4DGetGAVBNzp7t84ysPsp3WxH2I_gimEZw",
  /**
   * A dual-stack laptop behind carrier-grade NAT (v4 and the IPv4 literal seen from
   * 100.64.12.34), its IPv6 by 6to4 (2002:c633:6407::1), the large probe from fe80::1, STUN
   * from 81.2.69.160: classified dual-stack.
   */
  cgn: "2zrZJRa4MwFIX_ipynDdKYWM30_oDBYA97lz6kmk5pqmJsVyj-92FatnWUlo3m4ZKXnO_cc3JAAcJ8lWlZRAYMA0g-ZUmapJGYDkMJkmkmGLYgPNe9WbX7UMYqeHitm-3-EQwdCA4MFUgyLEH5AWuQYHB-bkCJYNAg5K7SvSlnuix749zMdbowwcvbLg7qJpBCcBVzGXERRvECR2g1DJ2jMNzF3Bm7GowbuNnrTWcNb8wQmqJqMTLPlJeY77ZdajtRFAvU0Mbsm5ilPJF8Al9EqtvI6L7I0t1Gzj0y8sj5-fNGD-paTgwrkDzpxHdsiMLwx2ZSnBlWl0C2btYz2xannH4HYXX_bq5lsWD4AB3QTOMor0E58m67tHXx5TmVPOIqOzleMBj_TyqfYOHvG5CMxDgy7Cax-B85qL_XXnjP3n4JEqPvRozjJw",
};

/**
 * A link made by the page before links carried only the browser's name (commit f851d30):
 * NAT64_PHONE with addresses hidden, and the full user agent of a Pixel 9.
 */
export const RECORDED_V1_LINK =
  "1zrVRbj-I2FP4rR-cJpDSJQ8iAR1UV7UNb7cxopKE3jXgwyWFijYlT24HJjvjvlRNA7Hbp0qpCWMLC3-189jsWyHGyngtWJIQBOuTsZj6dTebJdDJlSYAl8jRhkwBb5HivP0mlRDQNYxjdybp9u4W8Lo2WJbDpLTzKN1IwH0PeNIp-o9VH6aLp5CacZDD6-NPi_i4AJV8JfqTiVY_hQ2X0hiKWJmHsP3CvV1IRPIm1MPJwEgNskKPFACvkLMAV8ud3fEUeB2j7dYOczZIABXJ8LnXRbqh2wkldw8-P2xRkDWzuOZIwjpJ0iYOdyrnG8ijapqEltXZkXUhvYtMoCmtyERWVxn3Qc7Ezrnl2iSr7G3T2bejk3EbMrsYu7bexJ-fY6eQ_R1QLl12RUnpOd3PRyj_S8Shi81k4ZSGL45DFA0GAb8jRkCgqKsFVRrcvFbiKIM3S3-_yBTgjaquE0wZ0Da6SFkrayoKO4qbnI7zYluwLLc9JHDNermacxTHnLF5-5jg7A00mFwP-V8P7wcpP9H0axzHulwHukL9j7ZeBSSB_vi7U5fHKFP26QZ6xZB-g-n_AprPZfh_g1qOl1w86u5xQ0d-G3mvZs_ibn6V8vZ6vOI_m_jEgr_hyH6ESFnStOhBgu9pV5NMsIc_zHAwV2pQgav-1OzJUBmA1CHjIF1l66lBfMQJDf7YeHgNcVARPi18ewJLZkoFabKiEVQdiMPpdT-l3YScsHIvqmQw12njIa_IJTlpEWRqyNsTlvi8_C3Ddj8z4AP7QrTn0u3c8yMiOp2D0tYTHBz2DNr81yLbSkYVSGiqc6rzdp37HVcLnuaUh0F7wTptXH4_WAaxad7qKX0aoDQgHnZfZGL2VJRnuQ-3Ait2VUewqWVQgLdhKGCphJ10F2lVkoGit0xsy1qvNDwhH865rfPYW6nazImNh9NmLMj6Y6Ed_9lCAaWt7ek9GAj7c5YvxkMKpGXagcnrIW-lCqCGzvGlsH_Cvjw-H7FpLw9-VdGSEsrCTSsEL1f6X6nohtyD8kWOzXuSW6q83ayM6sM4jrIVUvhn7vwA";
