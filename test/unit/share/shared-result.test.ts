// A shared link shows only words this site writes: its reasons and evidence come from
// classifying its measurements again, shown only when that gives the verdict it records, so a
// genuine link reads as the sender saw it and a crafted one cannot put its own words on the page.
import { beforeAll, describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "../../../src/core/base64url.ts";
import type { ProbeOutcome, Result, StunObservation } from "../../../src/core/result.ts";
import { classifyNetwork } from "../../../src/core/selftest/classify.ts";
import { MASKED_REMOVED } from "../../../src/core/share/masked.ts";
import { type Redaction, redactResult } from "../../../src/core/share/redact.ts";
import { type ReportWords, reportText } from "../../../src/core/share/report-text.ts";
import { decodeShare, encodeShare } from "../../../src/core/share/share-link.ts";
import {
  type RebuiltShare,
  rebuildShared,
  sharedProbeUrl,
  sharedReportText,
} from "../../../src/core/share/shared-result.ts";
import { reportWords } from "../../../src/ui/words/verdict.ts";
import { i18nFor } from "../../fixtures/i18n.tsx";
import { FIREFOX } from "../selftest/classifier-fixtures.ts";
import {
  DUAL_STACK,
  NAT64_PHONE,
  RECORDED_V1_LINK,
  RECORDED_V2_ENGLISH_MASKED,
  worstCase,
} from "./share-fixtures.ts";

let words: ReportWords;
beforeAll(async () => {
  words = reportWords(await i18nFor("en", ["shell", "verdict", "results"]));
});

const NOT_SHOWN = [{ code: "reasons-not-shown" }];
/** Chrome 142 on Android 15, as a link names the sender's browser. */
const CHROME_ANDROID = { family: "Chrome", version: "142", os: "Android", osVersion: "15" };
const NOT_SHOWN_REMOVED = [{ code: "reasons-not-shown-removed" }];

const PHONE_NUMBER = "Call 1-800-555-0100";

/** The browser a link names, as facts (the page words them: src/ui/words/share.ts). */

/** What the sender's page does: redact, encode; then what the recipient's page does. */
async function throughLink(result: Result, redaction: Redaction): Promise<RebuiltShare> {
  const outcome = await decodeShare(await encodeShare(redactResult(result, redaction), redaction));
  if (!outcome.ok) throw outcome.error;
  return rebuildShared(outcome.value);
}

/** A Result as the live page makes it: the verdict is the classifier's. */
function classified(result: Result): Result {
  return { ...result, verdict: classifyNetwork(result) };
}

function probe(
  kind: ProbeOutcome["kind"],
  status: ProbeOutcome["status"],
  ip: string | null,
  failure?: ProbeOutcome["failure"],
): ProbeOutcome {
  return {
    id: kind,
    kind,
    url: `https://${kind}.selftest.example.net/echo`,
    status,
    ms: status === "ok" ? 120 : 4000,
    ip,
    ...(failure ? { failure } : {}),
  };
}

/** An IPv6-only network with NAT64 and no CLAT, measured the way the live page measures. */
const NO_CLAT: Result = classified({
  ...DUAL_STACK,
  userAgent:
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36",
  probes: [
    probe("v4", "ok", "203.0.113.9"),
    probe("v6", "ok", "2001:db8:77::5"),
    probe("ds", "ok", "2001:db8:77::5"),
    probe("nat64", "ok", "203.0.113.9"),
    probe("v4literal", "error", null, "network-error"),
    probe("v6literal", "ok", "2001:db8:77::5"),
    probe("large", "timeout", null, "timeout"),
  ],
  webrtc: {
    name: {
      status: "ok",
      srflx: ["203.0.113.9"],
      lookupError: false,
      errorEvents: true,
      hostCandidates: 1,
      complete: true,
      ms: 400,
    },
    literal: {
      status: "ok",
      srflx: [],
      lookupError: false,
      errorEvents: true,
      hostCandidates: 1,
      complete: true,
      ms: 400,
    },
  },
});

const STUN_SEEN = {
  status: "ok" as const,
  lookupError: false,
  errorEvents: true,
  hostCandidates: 1,
  complete: true,
  ms: 150,
};

/**
 * Firefox on a 464XLAT phone hotspot from the HTTPS page (no literal probes): it gathers ICE on
 * the default interface only, so its silent STUN literal says nothing about a CLAT (clat null).
 * Read without its traits, the same measurements would claim "no CLAT".
 */
const FIREFOX_464XLAT: Result = classified({
  ...DUAL_STACK,
  probes: [
    probe("v4", "ok", "198.51.100.7"),
    probe("v6", "ok", "2001:db8:77::5"),
    probe("ds", "ok", "2001:db8:77::5"),
    probe("nat64", "ok", "198.51.100.7"),
  ],
  webrtc: {
    name: { ...STUN_SEEN, srflx: ["198.51.100.7"] },
    literal: { ...STUN_SEEN, srflx: [] },
  },
  traits: FIREFOX,
});

/** Safari on an iPhone on IPv6-only + NAT64: the IPv4 literal works through Apple's synthesis. */
const IPHONE_SYNTHESIS: Result = classified({
  ...DUAL_STACK,
  pageProtocol: "http:",
  userAgent:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  probes: [
    probe("v4", "ok", "198.51.100.7"),
    probe("v6", "ok", "2001:db8:77::5"),
    probe("ds", "ok", "2001:db8:77::5"),
    probe("nat64", "ok", "198.51.100.7"),
    probe("v4literal", "ok", "198.51.100.7"),
    probe("v6literal", "ok", "2001:db8:77::5"),
  ],
  traits: {
    engine: "webkit",
    webrtc: false,
    iceErrorEvents: null,
    gathering: null,
    gatheringFrom: null,
    literalSynthesis: true,
  },
});

describe("a link from another engine", () => {
  it("is read with the recording browser's traits: Firefox's silent STUN literal is no 'no CLAT'", async () => {
    expect(FIREFOX_464XLAT.verdict).toMatchObject({ code: "ipv6-only-nat64", clat: null });
    const shown = await throughLink(FIREFOX_464XLAT, "masked");
    expect(shown.reasonsShown).toBe(true);
    expect(shown.result.traits).toEqual(FIREFOX_464XLAT.traits);
    expect(shown.result.verdict.reasons).toEqual(
      redactResult(FIREFOX_464XLAT, "masked").verdict.reasons,
    );
  });

  it("keeps Apple's literal synthesis as a fact of the device, not a CLAT", async () => {
    expect(IPHONE_SYNTHESIS.verdict.nat64.literalSynthesis).toBe(true);
    expect(IPHONE_SYNTHESIS.verdict.clat).not.toBe(true);
    const shown = await throughLink(IPHONE_SYNTHESIS, "none");
    expect(shown.reasonsShown).toBe(true);
    expect(shown.result.verdict).toEqual(IPHONE_SYNTHESIS.verdict);
    expect(shown.result.traits?.literalSynthesis).toBe(true);
  });
});

describe("a genuine link", () => {
  it.each([
    ["NAT64 phone (fixture)", classified(NAT64_PHONE)],
    ["dual-stack laptop (fixture)", classified(DUAL_STACK)],
    ["many NAT64 candidates (fixture)", classified(worstCase())],
    ["IPv6-only without CLAT (classified probes)", NO_CLAT],
  ])(
    "%s: shows the sender's verdict, reasons and evidence, addresses included or masked",
    async (_name, result) => {
      for (const redaction of ["none", "masked"] as const) {
        const sent = redactResult(result, redaction);
        const shown = await throughLink(result, redaction);
        expect(shown.reasonsShown).toBe(true);
        expect(shown.redaction).toBe(redaction);
        expect(shown.result.verdict).toEqual(sent.verdict);
        expect(shown.result.probes.map((p) => [p.id, p.status, p.ip])).toEqual(
          sent.probes.map((p) => [p.id, p.status, p.ip]),
        );
        expect(shown.result.webrtc).toEqual(sent.webrtc);
        // The stand-in addresses the classifier saw never show.
        expect(JSON.stringify(shown)).not.toContain("2001:2::");
      }
    },
  );

  it("keeps the masked addresses in the regenerated evidence, field for field", async () => {
    const shown = await throughLink(classified(NAT64_PHONE), "masked");
    expect(shown.result.verdict.nat64.evidence[0]).toEqual({
      code: "same-exit-as-nat64",
      ip: "m4:documentation:192.0.2.0/24",
      prefix: "64:ff9b::/96",
      targetIp: "m4:documentation:192.0.2.0/24",
    });
    expect(JSON.stringify(shown)).not.toContain("192.0.2.45");
    expect(JSON.stringify(shown)).not.toContain("192.0.2.1");
  });

  it("made before hidden addresses were facts: opens with its reasons, its addresses as facts", async () => {
    const phone = await decodeShare(RECORDED_V2_ENGLISH_MASKED.phone);
    if (!phone.ok) throw phone.error;
    const shown = rebuildShared(phone.value);
    const sent = redactResult(classified(NAT64_PHONE), "masked");
    expect(shown.reasonsShown).toBe(true);
    expect(shown.result.verdict).toEqual(sent.verdict);
    expect(shown.result.probes.map((p) => p.ip)).toEqual(sent.probes.map((p) => p.ip));
    const cgn = await decodeShare(RECORDED_V2_ENGLISH_MASKED.cgn);
    if (!cgn.ok) throw cgn.error;
    const laptop = rebuildShared(cgn.value);
    expect(laptop.reasonsShown).toBe(true);
    expect(laptop.result.verdict).toMatchObject({
      code: "dual-stack",
      rule: "dual-stack",
      ipv4: "m4:shared-address-space:100.64.12.0/24",
      ipv6: "m6:global:6to4=198.51.100.0/24",
    });
    const text = sharedReportText(laptop, words);
    expect(text).toContain(
      "\nIPv4 address: [carrier-grade NAT IPv4 address in 100.64.12.0/24] (hidden by the sender",
    );
    expect(text).toContain(
      "\nIPv6 address: [global IPv6 address: 6to4 tunnel, IPv4 in 198.51.100.0/24] (hidden",
    );
    expect(text).toContain("seen as [link-local IPv6 address]");
    expect(text).toContain("public address [public IPv4 address in 81.2.69.0/24]");
  });

  it("shows the classifier's reasons for the link's measurements, and the rule that gave them", async () => {
    const shown = await throughLink(NAT64_PHONE, "none");
    expect(shown.reasonsShown).toBe(true);
    expect(shown.result.verdict).toMatchObject({
      code: "ipv6-only-nat64",
      rule: "ipv6-only-nat64",
    });
    expect(shown.result.verdict.reasons).toEqual(classifyNetwork(NAT64_PHONE).reasons);
  });

  it("keeps each probe's failure code", async () => {
    const shown = await throughLink(NO_CLAT, "masked");
    const failures = Object.fromEntries(shown.result.probes.map((p) => [p.id, p.failure]));
    expect(failures).toMatchObject({
      v4: undefined,
      v4literal: "network-error",
      large: "timeout",
    });
    const skipped = await throughLink(classified(DUAL_STACK), "none");
    expect(skipped.result.probes.find((p) => p.id === "v4literal")?.failure).toBe("mixed-content");
  });

  it("classifies with the sender's engine traits: Firefox's silent STUN literal stays 'cannot tell'", async () => {
    // Firefox on 464XLAT over an https:// page: no literal probes, the STUN literal is silent
    // because Firefox gathers only on the default interface (research file).
    const firefox: Result = classified({
      ...NO_CLAT,
      traits: FIREFOX,
      probes: NO_CLAT.probes.filter((p) => p.kind !== "v4literal"),
    });
    expect(firefox.verdict.clat).toBeNull();
    const shown = await throughLink(firefox, "masked");
    expect(shown.reasonsShown).toBe(true);
    expect(shown.result.verdict.clat).toBeNull();
    expect(shown.result.traits).toEqual(firefox.traits);
  });

  it("names the browser, and the report leaves the raw user agent out", async () => {
    const shown = await throughLink(NAT64_PHONE, "masked");
    expect(shown.browser).toEqual(CHROME_ANDROID);
    const text = sharedReportText(shown, words, "https://selftest.example.net/#r=1z");
    expect(text).toContain("\nBrowser: Chrome 142 on Android 15\n");
    expect(text).not.toContain("User agent:");
    expect(text).not.toContain("Mozilla");
  });

  it("made before links carried only the browser's name: opens, naming only the browser", async () => {
    const outcome = await decodeShare(RECORDED_V1_LINK);
    if (!outcome.ok) throw outcome.error;
    const shown = rebuildShared(outcome.value);
    expect(shown.result.verdict.code).toBe("ipv6-only-nat64");
    expect(shown.redaction).toBe("masked");
    expect(shown.browser).toEqual(CHROME_ANDROID);
    // Its sentences were dropped; its measurements give its verdict again, with codes.
    expect(shown.reasonsShown).toBe(true);
    expect(shown.result.version).toBe(2);
    expect(shown.result.verdict.reasons[0]).toEqual({ code: "ipv6-only-with-nat64" });
    const text = sharedReportText(
      shown,
      words,
      `https://selftest.example.net/#r=${RECORDED_V1_LINK}`,
    );
    for (const everything of [JSON.stringify(shown), text]) {
      expect(everything).not.toContain("Pixel 9");
      expect(everything).not.toContain("Mozilla");
    }
    expect(text).toContain(`\nLink: https://selftest.example.net/#r=${RECORDED_V1_LINK}\n`);
  });

  it("shows each probe's host, and no path, query or user name", async () => {
    const shown = await throughLink(classified(NAT64_PHONE), "none");
    expect(shown.result.probes.map((p) => p.url)).toEqual([
      "https://v4.selftest.example.net",
      "https://v6.selftest.example.net",
      "https://ds.selftest.example.net",
      "https://nat64.selftest.example.net",
      "http://198.51.100.10",
      "http://[2001:db8:100::10]",
      "https://ds.selftest.example.net",
    ]);
  });

  it("with addresses removed: no address and no stand-in shows, whatever the verdict", async () => {
    for (const result of [classified(NAT64_PHONE), classified(DUAL_STACK), NO_CLAT]) {
      const shown = await throughLink(result, "removed");
      const all = JSON.stringify(shown);
      for (const address of ["192.0.2.45", "203.0.113.", "2001:db8:4a1:", "2001:db8:77::5"]) {
        expect(all).not.toContain(address);
      }
      expect(all).not.toContain("2001:2::");
      expect(all).not.toContain("null)");
      // An answered probe says its address was removed, not that there was none.
      expect(shown.result.probes.map((p) => p.ip)).toEqual(
        result.probes.map((p) => (p.status === "ok" ? MASKED_REMOVED : null)),
      );
      expect(shown.result.verdict.code).toBe(result.verdict.code);
      if (!shown.reasonsShown) {
        expect(shown.result.verdict.reasons).toEqual(NOT_SHOWN_REMOVED);
      }
    }
  });
});

describe("sharedProbeUrl", () => {
  it.each([
    ["https://v4.selftest.example.net/echo", "https://v4.selftest.example.net"],
    ["http://v4.selftest.example.net:8064/echo?size=4000#x", "http://v4.selftest.example.net:8064"],
    ["https://user:pass@v4.example.net/", "https://v4.example.net"],
    ["http://198.51.100.10/echo", "http://198.51.100.10"],
    ["http://[2001:DB8:100::10]:8080/echo", "http://[2001:db8:100::10]:8080"],
    ["http://localhost:8064/echo", "http://localhost:8064"],
    ["https://xn--bcher-kva.example/echo", "https://xn--bcher-kva.example"],
    ["https://bücher.example/echo", "https://xn--bcher-kva.example"],
    // Hosts browsers accept but that are not LDH names: could spell a sentence.
    ["https://your-router-is-infected!call(800)555-0199.example/echo", ""],
    ["https://call*me~now'.example/", ""],
    ["https://a_b.example/", ""],
    ["https://-bad.example/", ""],
    ["https://bad-.example/", ""],
    [`https://${"a".repeat(64)}.example/`, ""],
    ["https://example.net./", ""],
    ["javascript:alert(1)", ""],
    ["not a url", ""],
    ["", ""],
  ])("%s → %s", (url, shown) => {
    expect(sharedProbeUrl(url)).toBe(shown);
  });
});

describe("a crafted link", () => {
  const crafted: Result = {
    ...classified(NAT64_PHONE),
    userAgent: `${PHONE_NUMBER} Chrome/142.0 (Android 15)`,
    probes: NAT64_PHONE.probes.map((p, i) => ({
      ...p,
      id: i === 0 ? PHONE_NUMBER : p.id,
      url:
        i === 1
          ? `https://v6.selftest.example.net/${PHONE_NUMBER}`
          : i === 4
            ? "https://your-router-is-infected!call(800)555-0100.example/echo"
            : i === 5
              ? `https://${encodeURIComponent(PHONE_NUMBER)}@v6.example.net/?${PHONE_NUMBER}#${PHONE_NUMBER}`
              : p.url,
    })),
  };

  it("shows none of its own text, on the page or in the report", async () => {
    for (const redaction of ["none", "masked", "removed"] as const) {
      const outcome = await decodeShare(await encodeShare(crafted, redaction));
      if (!outcome.ok) throw outcome.error;
      const shown = rebuildShared(outcome.value);
      for (const text of [
        JSON.stringify(shown),
        reportText(shown.result, words),
        reportText(shown.result, words, { redaction }),
        sharedReportText(shown, words, "https://selftest.example.net/#r=1z"),
      ]) {
        expect(text).not.toContain(PHONE_NUMBER);
        expect(text).not.toContain("infected");
      }
      // Its measurements are genuine: the page's own reasons for them.
      expect(shown.reasonsShown).toBe(true);
      expect(shown.result.verdict.reasons).toEqual(classifyNetwork(NAT64_PHONE).reasons);
      expect(shown.result.verdict.code).toBe("ipv6-only-nat64");
      expect(shown.browser).toEqual(CHROME_ANDROID);
      expect(shown.result.probes[4]?.url).toBe("");
      expect(shown.result.probes[5]?.url).toBe("https://v6.example.net");
    }
  });

  it("has its report's link rebuilt: this page's address and the payload, no query", async () => {
    const payload = await encodeShare(classified(DUAL_STACK), "masked");
    const outcome = await decodeShare(`r=${payload}`);
    if (!outcome.ok) throw outcome.error;
    const shown = rebuildShared(outcome.value);
    const text = sharedReportText(
      shown,
      words,
      `https://selftest.example.net/t/?your-router-is-infected=${encodeURIComponent(PHONE_NUMBER)}#r=${payload}`,
    );
    expect(text).toContain(`\nLink: https://selftest.example.net/t/#r=${payload}\n`);
    expect(text).not.toContain("infected");
    expect(text).not.toContain("1-800");
    expect(sharedReportText(shown, words, "not a URL")).not.toContain("Link:");
  });

  it("with words in an address field: refused, nothing of it shown", async () => {
    const withAddress = (edit: (r: Result) => Result) => encodeShare(edit(crafted), "masked");
    for (const payload of await Promise.all([
      withAddress((r) => ({
        ...r,
        probes: r.probes.map((p, i) => (i === 3 ? { ...p, ip: PHONE_NUMBER } : p)),
      })),
      withAddress((r) => ({
        ...r,
        verdict: { ...r.verdict, ipv6: `[global IPv6, ${PHONE_NUMBER}]` },
      })),
      withAddress((r) => ({
        ...r,
        webrtc: { name: { ...(r.webrtc?.name as StunObservation), srflx: [PHONE_NUMBER] } },
      })),
    ])) {
      const outcome = await decodeShare(payload);
      expect(outcome.ok || outcome.error.code).toBe("invalid");
    }
  });

  it("not from the decoder, with words in an address field: the verdict without reasons", () => {
    // The decoder refuses such a link; the rebuild holds to the same rule on its own.
    const link = redactResult(classified(NAT64_PHONE), "masked");
    link.verdict = { ...link.verdict, ipv4: PHONE_NUMBER };
    const shown = rebuildShared({ result: link, redaction: "masked", mode: "z", payload: "" });
    expect(shown.reasonsShown).toBe(false);
    expect(shown.result.verdict.reasons).toEqual(NOT_SHOWN);
    expect(shown.result.verdict.ipv4).toBeNull();
    expect(JSON.stringify(shown)).not.toContain(PHONE_NUMBER);
  });

  it("with genuine measurements but its own reasons (an older page's link): the page's replace them", async () => {
    const sent = classified(NO_CLAT);
    const payload = await encodeShare(sent, "none", { compress: false });
    const compact = JSON.parse(
      new TextDecoder().decode(fromBase64Url(payload.slice(2)) ?? undefined),
    );
    // What an older encoder wrote beside the measurements: sentences, here a tamperer's.
    compact.v.r = [PHONE_NUMBER];
    compact.v.n.e = [PHONE_NUMBER];
    for (const probe of compact.b) probe.x = PHONE_NUMBER;
    const older = `1j${toBase64Url(new TextEncoder().encode(JSON.stringify(compact)))}`;
    const outcome = await decodeShare(older);
    if (!outcome.ok) throw outcome.error;
    const shown = rebuildShared(outcome.value);
    expect(shown.reasonsShown).toBe(true);
    expect(shown.result.verdict.reasons).toEqual(sent.verdict.reasons);
    expect(shown.result.verdict.nat64.evidence).toEqual(sent.verdict.nat64.evidence);
    expect(JSON.stringify(shown)).not.toContain(PHONE_NUMBER);
    expect(sharedReportText(shown, words)).not.toContain(PHONE_NUMBER);
  });

  it("whose recorded verdict its measurements do not support: the fixed sentence", async () => {
    const claimed = classified(DUAL_STACK);
    claimed.verdict = { ...claimed.verdict, code: "ipv6-broken", confidence: "high" };
    for (const redaction of ["none", "masked"] as const) {
      const shown = await throughLink(claimed, redaction);
      expect(shown.reasonsShown).toBe(false);
      expect(shown.result.verdict.code).toBe("ipv6-broken");
      expect(shown.result.verdict.confidence).toBe("high");
      expect(shown.result.verdict.reasons).toEqual(NOT_SHOWN);
      expect(shown.result.verdict.nat64.evidence).toEqual([]);
      expect(sharedReportText(shown, words)).toContain(
        "Why:\n- The measurements in this link do not lead to the verdict it records, so the reasons are not shown.",
      );
    }
  });

  it("whose recorded CLAT, prefix or confidence its measurements do not support: no reasons either", async () => {
    const genuine = classified(NAT64_PHONE);
    for (const verdict of [
      { ...genuine.verdict, clat: false },
      { ...genuine.verdict, confidence: "medium" as const },
      { ...genuine.verdict, nat64: { ...genuine.verdict.nat64, prefix: "2001:db8:64::/96" } },
      { ...genuine.verdict, nat64: { ...genuine.verdict.nat64, detected: null } },
    ]) {
      const shown = await throughLink({ ...genuine, verdict }, "none");
      expect(shown.reasonsShown, JSON.stringify(verdict)).toBe(false);
      expect(shown.result.verdict).toMatchObject({
        code: "ipv6-only-nat64",
        clat: verdict.clat,
        rule: null,
        reasons: NOT_SHOWN,
      });
    }
  });
});
