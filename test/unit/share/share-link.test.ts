import { describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "../../../src/core/base64url.ts";
import type { Result } from "../../../src/core/result.ts";
import { minimalUserAgent } from "../../../src/core/selftest/user-agent.ts";
import { redactResult } from "../../../src/core/share/redact.ts";
import {
  decodeShare,
  encodeShare,
  LIMITS,
  ShareLinkError,
  shareUrl,
} from "../../../src/core/share/share-link.ts";
import {
  DUAL_STACK,
  NAT64_PHONE,
  RECORDED_V2_ENGLISH_MASKED,
  worstCase,
} from "./share-fixtures.ts";

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A link payload carrying arbitrary JSON, the way a tamperer would build one. */
async function craft(json: unknown, mode: "z" | "j" = "z", version = "2"): Promise<string> {
  const bytes = new TextEncoder().encode(typeof json === "string" ? json : JSON.stringify(json));
  return `${version}${mode}${toBase64Url(mode === "z" ? await deflateRaw(bytes) : bytes)}`;
}

async function compactOf(result: Result): Promise<Record<string, unknown>> {
  const payload = await encodeShare(result, "none", { compress: false });
  return JSON.parse(new TextDecoder().decode(fromBase64Url(payload.slice(2)) ?? undefined));
}

/**
 * What a link carries of a Result: everything but the reasons, the NAT64 evidence and the rule,
 * which the page that opens it gets by classifying the measurements again.
 */
function carried(result: Result): Result {
  const { verdict } = result;
  return {
    ...result,
    userAgent: minimalUserAgent(result.userAgent),
    verdict: { ...verdict, rule: null, reasons: [], nat64: { ...verdict.nat64, evidence: [] } },
  };
}

async function errorOf(payload: string): Promise<ShareLinkError> {
  const outcome = await decodeShare(payload);
  if (outcome.ok) throw new Error(`expected an error for ${payload.slice(0, 40)}`);
  expect(outcome.error).toBeInstanceOf(ShareLinkError);
  return outcome.error;
}

describe("share link round trip", () => {
  it.each([
    ["NAT64 phone", NAT64_PHONE],
    ["dual stack", DUAL_STACK],
    ["worst case", worstCase()],
  ])(
    "%s: decodes to the same measurements and verdict, compressed and not",
    async (_name, result) => {
      for (const compress of [true, false]) {
        const payload = await encodeShare(result, "none", { compress });
        expect(payload.slice(0, 2)).toBe(compress ? "2z" : "2j");
        const outcome = await decodeShare(`#r=${payload}`);
        expect(outcome).toEqual({
          ok: true,
          value: {
            // The user agent travels as only the part the shared view shows (user-agent.ts).
            result: carried(result),
            redaction: "none",
            mode: compress ? "z" : "j",
            payload,
          },
        });
      }
    },
  );

  it("carries the browser's name, version and system, never the rest of the user agent", async () => {
    const compact = await compactOf(NAT64_PHONE);
    expect(compact.u).toBe("Chrome/142 (Android 15)");
    const payload = await encodeShare(NAT64_PHONE, "none", { compress: false });
    const json = new TextDecoder().decode(fromBase64Url(payload.slice(2)) ?? undefined);
    for (const part of ["Pixel 9", "Mozilla", "AppleWebKit", "142.0.0.0"]) {
      expect(json).not.toContain(part);
    }
  });

  it("records how addresses were hidden", async () => {
    for (const redaction of ["masked", "removed"] as const) {
      const outcome = await decodeShare(await encodeShare(DUAL_STACK, redaction));
      expect(outcome.ok && outcome.value.redaction).toBe(redaction);
    }
  });

  it("keeps the NAT64 phone's link within 600 characters with addresses hidden, and others under 1,000", async () => {
    const phone = await encodeShare(redactResult(NAT64_PHONE, "masked"), "masked");
    expect(shareUrl("https://selftest.example.net/", phone).length).toBeLessThanOrEqual(600);
    for (const result of [NAT64_PHONE, DUAL_STACK, worstCase()]) {
      const payload = await encodeShare(redactResult(result, "masked"), "masked");
      const url = shareUrl("https://selftest.example.net/", payload);
      expect(url.length).toBeLessThan(1000);
      expect(payload.length).toBeLessThan(JSON.stringify(result).length / 2);
    }
  });

  it("accepts the fragment with or without its #r= and surrounding spaces", async () => {
    const payload = await encodeShare(DUAL_STACK);
    for (const text of [`#r=${payload}`, `r=${payload}`, ` ${payload}\n`]) {
      expect((await decodeShare(text)).ok).toBe(true);
    }
  });

  it("builds the link on the same page, without ?embed, keeping other parameters", () => {
    expect(shareUrl("https://h.example/t/?embed=1&config=c.json#old", "1zAB")).toBe(
      "https://h.example/t/?config=c.json#r=1zAB",
    );
    expect(shareUrl("https://h.example/?embed=1", "1zAB")).toBe("https://h.example/#r=1zAB");
  });

  it("cleans texts so every link it makes decodes (control and bidi characters, length)", async () => {
    const dirty: Result = {
      ...DUAL_STACK,
      userAgent: `UA\u202eevil\u0000${"x".repeat(2000)} Firefox/146`,
    };
    const outcome = await decodeShare(await encodeShare(dirty));
    if (!outcome.ok) throw outcome.error;
    expect(outcome.value.result.userAgent).toBe("Firefox/146");
  });

  it("refuses an address field that holds anything but an address or a hidden one", async () => {
    const probeIp = (ip: string): Result => ({
      ...DUAL_STACK,
      probes: DUAL_STACK.probes.map((p, i) => (i === 0 ? { ...p, ip } : p)),
    });
    // What no run makes: the page's probes keep only answers that hold an address.
    for (const ip of [
      `192.0.2.1\n${"y".repeat(500)}`,
      "192.0.2.1 ",
      "call 1-800",
      "fe80::1%eth0",
    ]) {
      expect((await errorOf(await encodeShare(probeIp(ip)))).detail, ip).toBe("b[0].a");
    }
    const withVerdict = (v: Partial<Result["verdict"]>): Result => ({
      ...DUAL_STACK,
      verdict: { ...DUAL_STACK.verdict, ...v },
    });
    // The verdict's two addresses are each of their own family, hidden or not.
    for (const [v, path] of [
      [{ ipv4: "2001:db8::1" }, "v.4"],
      [{ ipv4: "m6:global" }, "v.4"],
      [{ ipv6: "192.0.2.1" }, "v.6"],
      [{ ipv6: "m4:documentation:192.0.2.0/24" }, "v.6"],
    ] as const) {
      expect((await errorOf(await encodeShare(withVerdict(v)))).detail, path).toBe(path);
    }
    const stun: Result = {
      ...NAT64_PHONE,
      webrtc: {
        literal: {
          ...(NAT64_PHONE.webrtc?.literal as NonNullable<Result["webrtc"]>["literal"] & object),
          srflx: ["192.0.2.45", "[public IPv4 in 192.0.2.0/24] call us"],
        },
      },
    };
    expect((await errorOf(await encodeShare(stun))).detail).toBe("w.l.a[1]");
  });

  it("carries each probe's failure and the engine's traits, and no sentence", async () => {
    const compact = await compactOf(worstCase());
    const probes = compact.b as Record<string, unknown>[];
    expect(probes.filter((p) => p.f !== undefined).map((p) => p.f)).toEqual(Array(7).fill(0));
    expect(compact.e).toEqual({ g: 0, w: 1, s: 0, i: 1, n: 0, o: 1 });
    const dual = await compactOf(DUAL_STACK);
    expect((dual.b as Record<string, unknown>[]).map((p) => p.f)).toEqual([
      undefined,
      undefined,
      undefined,
      1,
      9,
      undefined,
    ]);
    expect(dual.e).toBeUndefined();
    const withStatus: Result = {
      ...DUAL_STACK,
      probes: [
        {
          ...(DUAL_STACK.probes[0] as Result["probes"][number]),
          status: "bad-response",
          ip: null,
          failure: "http-status",
          httpStatus: 511,
        },
      ],
    };
    const outcome = await decodeShare(await encodeShare(withStatus));
    expect(outcome.ok && outcome.value.result.probes[0]).toMatchObject({
      failure: "http-status",
      httpStatus: 511,
    });
    const verdict = compact.v as Record<string, Record<string, unknown>>;
    expect([verdict.r, verdict.n?.e, ...probes.map((p) => p.x)]).toEqual(
      Array(2 + probes.length).fill(undefined),
    );
  });

  it("reads a format-1 link: its sentences are checked, then dropped", async () => {
    const compact = await compactOf(NAT64_PHONE);
    const verdict = compact.v as Record<string, unknown>;
    const older = {
      ...compact,
      e: undefined,
      b: (compact.b as Record<string, unknown>[]).map(({ f: _f, ...p }) => ({
        ...p,
        x: "could not connect (Failed to fetch)",
      })),
      v: {
        ...verdict,
        n: { ...(verdict.n as object), e: ["The IPv4-only test server saw 192.0.2.45."] },
        r: ["Your network is IPv6-only.", "Call 1-800-555-0100"],
      },
    };
    const outcome = await decodeShare(await craft(older, "z", "1"));
    if (!outcome.ok) throw outcome.error;
    const { result } = outcome.value;
    expect(result.version).toBe(2);
    expect(result.verdict.reasons).toEqual([]);
    expect(result.verdict.nat64.evidence).toEqual([]);
    expect(result.traits).toBeUndefined();
    expect(JSON.stringify(result)).not.toMatch(/Failed to fetch|1-800|IPv6-only\./);
    // A damaged sentence still marks a damaged link.
    const damaged = { ...older, v: { ...older.v, r: [42] } };
    expect((await errorOf(await craft(damaged, "z", "1"))).detail).toBe("v.r[0]");
  });

  it("refuses a format-2 link carrying what only format 1 had: sentences, a full user agent", async () => {
    const compact = await compactOf(NAT64_PHONE);
    const verdict = compact.v as Record<string, unknown>;
    const probes = compact.b as Record<string, unknown>[];
    const cases: [Record<string, unknown>, string][] = [
      [{ ...compact, v: { ...verdict, r: ["Call 1-800-555-0100"] } }, "v.r"],
      [{ ...compact, v: { ...verdict, n: { ...(verdict.n as object), e: [] } } }, "v.n.e"],
      [{ ...compact, b: probes.map((p, i) => (i === 1 ? { ...p, x: "call us" } : p)) }, "b[1].x"],
      [{ ...compact, u: NAT64_PHONE.userAgent }, "u"],
    ];
    for (const [json, path] of cases) {
      const error = await errorOf(await craft(json));
      expect([error.code, error.detail]).toEqual(["invalid", path]);
      // The same fields in a format-1 link are read and dropped.
      expect((await decodeShare(await craft(json, "z", "1"))).ok).toBe(true);
    }
  });

  it("rounds fractional milliseconds and writes any start time as this page does", async () => {
    const odd: Result = {
      ...DUAL_STACK,
      startedAt: "2026-11-28T10:30:00+01:00",
      durationMs: 1890.6,
    };
    const outcome = await decodeShare(await encodeShare(odd));
    expect(outcome.ok && outcome.value.result.startedAt).toBe("2026-11-28T09:30:00.000Z");
    expect(outcome.ok && outcome.value.result.durationMs).toBe(1891);
    // Older links may hold the time as text: it is read, and written again the same way.
    const compact = await compactOf(DUAL_STACK);
    const older = await decodeShare(await craft({ ...compact, t: "2026-11-28T10:30:00+01:00" }));
    expect(older.ok && older.value.result.startedAt).toBe("2026-11-28T09:30:00.000Z");
  });
});

describe("hidden addresses in a link", () => {
  /** Every address field of a result, in order: probes, STUN, verdict. */
  const addressesOf = (result: Result) => [
    ...result.probes.map((p) => p.ip),
    ...(result.webrtc?.name?.srflx ?? []),
    ...(result.webrtc?.literal?.srflx ?? []),
    result.verdict.ipv4,
    result.verdict.ipv6,
  ];

  it("carries each as its fact, shorter than the words it replaces", async () => {
    const masked = redactResult(NAT64_PHONE, "masked");
    const outcome = await decodeShare(await encodeShare(masked, "masked"));
    if (!outcome.ok) throw outcome.error;
    expect(addressesOf(outcome.value.result)).toEqual(addressesOf(masked));
    expect(outcome.value.result.verdict.ipv4).toBe("m4:documentation:192.0.2.0/24");
    expect(outcome.value.result.verdict.ipv6).toBe("m6:documentation");
  });

  it("reads a format-2 link made before hidden addresses were facts: the same facts", async () => {
    const phone = await decodeShare(RECORDED_V2_ENGLISH_MASKED.phone);
    if (!phone.ok) throw phone.error;
    expect(phone.value.redaction).toBe("masked");
    expect(addressesOf(phone.value.result)).toEqual(
      addressesOf(redactResult(NAT64_PHONE, "masked")),
    );
    const cgn = await decodeShare(RECORDED_V2_ENGLISH_MASKED.cgn);
    if (!cgn.ok) throw cgn.error;
    expect(addressesOf(cgn.value.result)).toEqual([
      "m4:shared-address-space:100.64.12.0/24",
      "m6:global:6to4=198.51.100.0/24",
      "m6:global:6to4=198.51.100.0/24",
      null,
      "m4:shared-address-space:100.64.12.0/24",
      "m6:link-local",
      "m4:public:81.2.69.0/24",
      "m4:shared-address-space:100.64.12.0/24",
      "m6:global:6to4=198.51.100.0/24",
    ]);
    // Written again, it is a link of today's form that reads the same.
    const again = await decodeShare(await encodeShare(cgn.value.result, "masked"));
    expect(again.ok && again.value.result).toEqual(cgn.value.result);
  });

  it("reads a format-1 link's hidden addresses, which were words, as the same facts", async () => {
    const compact = await compactOf(NAT64_PHONE);
    const english = (ip: unknown) =>
      typeof ip !== "string"
        ? ip
        : ip.includes(":")
          ? "[documentation IPv6]"
          : "[documentation IPv4 in 192.0.2.0/24]";
    const verdict = compact.v as Record<string, unknown>;
    const older = {
      ...compact,
      h: 1,
      b: (compact.b as Record<string, unknown>[]).map((p) => ({ ...p, a: english(p.a) })),
      v: { ...verdict, 4: english(verdict["4"]), 6: english(verdict["6"]) },
      w: undefined,
    };
    const outcome = await decodeShare(await craft(older, "z", "1"));
    if (!outcome.ok) throw outcome.error;
    const masked = redactResult(NAT64_PHONE, "masked");
    expect(addressesOf(outcome.value.result)).toEqual(
      addressesOf({ ...masked, webrtc: undefined } as Result),
    );
    // A format-1 link never held the tagged form.
    const tagged = { ...older, v: { ...older.v, 4: "m4:documentation:192.0.2.0/24" } };
    expect((await errorOf(await craft(tagged, "z", "1"))).detail).toBe("v.4");
  });

  it("refuses a hidden address the page would not write: a lookalike, or a block its /24 is not in", async () => {
    for (const fake of [
      "m4:private-use:8.8.8.0/24",
      "m4:public:192.0.2.0/24",
      "m4:public:192.0.2.7/24",
      "m4:public:192.0.2.0/24 call 1-800",
      "[public IPv4 in 192.0.2.0/24]",
      "[public IPv4 in 192.0.2.0/24, call 1-800]",
      "[call us IPv4 in 192.0.2.0/24]",
      "[documentation IPv4 in 300.0.2.0/24]",
      "[address removed] call us",
    ]) {
      const edited = { ...NAT64_PHONE, verdict: { ...NAT64_PHONE.verdict, ipv4: fake } };
      expect((await errorOf(await encodeShare(edited, "masked"))).detail, fake).toBe("v.4");
    }
    for (const fake of ["m6:global:call-us", "[global IPv6, call us]", "m6:global:6to4"]) {
      const edited = { ...NAT64_PHONE, verdict: { ...NAT64_PHONE.verdict, ipv6: fake } };
      expect((await errorOf(await encodeShare(edited, "masked"))).detail, fake).toBe("v.6");
    }
  });
});

describe("engine traits in a link", () => {
  const FIREFOX = {
    engine: "firefox",
    webrtc: true,
    iceErrorEvents: true,
    gathering: "default-interface",
    gatheringFrom: "observed",
    literalSynthesis: false,
  } as const;
  const IPHONE = {
    engine: "webkit",
    webrtc: false,
    iceErrorEvents: null,
    gathering: null,
    gatheringFrom: null,
    literalSynthesis: true,
  } as const;

  it.each([
    ["Firefox, gathering on the default interface", FIREFOX],
    ["an iPhone without WebRTC, synthesizing literals", IPHONE],
  ])("%s: travel and come back exactly", async (_name, traits) => {
    const result: Result = {
      ...NAT64_PHONE,
      traits,
      verdict: {
        ...NAT64_PHONE.verdict,
        nat64: { ...NAT64_PHONE.verdict.nat64, literalSynthesis: true },
      },
    };
    const outcome = await decodeShare(await encodeShare(result));
    if (!outcome.ok) throw outcome.error;
    expect(outcome.value.result.traits).toEqual(traits);
    expect(outcome.value.result.verdict.nat64.literalSynthesis).toBe(true);
  });

  it("is absent from a link made before traits existed, which still opens", async () => {
    const { traits: _traits, ...before } = NAT64_PHONE;
    const outcome = await decodeShare(await encodeShare(before));
    if (!outcome.ok) throw outcome.error;
    expect(outcome.value.result.traits).toBeUndefined();
    expect(outcome.value.result.verdict.nat64.literalSynthesis).toBeUndefined();
  });

  it("refuses traits no browser can have, naming the field", async () => {
    const base = await compactOf({ ...NAT64_PHONE, traits: FIREFOX });
    const cases: [Record<string, unknown>, string][] = [
      [{ g: 9, w: 1, s: 0 }, "e.g"],
      [{ g: 0, s: 0 }, "e.w"],
      [{ g: 0, w: 1 }, "e.s"],
      [{ g: 0, w: 0, s: 0, n: 0, o: 1 }, "e.w"],
      [{ g: 0, w: 1, s: 0, n: 0 }, "e.o"],
      [{ g: 0, w: 1, s: 0, i: 2 }, "e.i"],
    ];
    for (const [traits, path] of cases) {
      const error = await errorOf(await craft({ ...base, e: traits }));
      expect([error.code, error.detail]).toEqual(["invalid", path]);
    }
    const v = base.v as Record<string, Record<string, unknown>>;
    const noSynthesis = { ...base, v: { ...v, n: { ...v.n, s: 0 } } };
    expect((await errorOf(await craft(noSynthesis))).detail).toBe("v.n.s");
  });
});

describe("damaged, tampered and future links", () => {
  it("names an empty link", async () => {
    expect((await errorOf("")).code).toBe("empty");
    expect((await errorOf("#r=")).code).toBe("empty");
  });

  it("reports a link from a newer format as such, whatever follows the version", async () => {
    const error = await errorOf(`3z${(await encodeShare(DUAL_STACK)).slice(2)}`);
    expect(error.code).toBe("future-version");
    expect(error.detail).toBe("3"); // the version the page words, as read from the link
    expect((await errorOf("17.something-else")).code).toBe("future-version");
  });

  it("calls text that is not <version><mode><base64url> malformed", async () => {
    for (const text of ["hello", "0zAAAA", "1xAAAA", "z1AAAA"]) {
      expect((await errorOf(text)).code).toBe("malformed");
    }
  });

  it("calls a truncated link damaged, at every cut point", async () => {
    const payload = await encodeShare(NAT64_PHONE);
    for (let cut = 3; cut < payload.length; cut += 7) {
      const error = await errorOf(payload.slice(0, cut));
      expect(["corrupt", "invalid"]).toContain(error.code);
    }
  });

  it("calls bad base64url, bad UTF-8 and bad JSON corrupt", async () => {
    expect((await errorOf("1jA")).code).toBe("corrupt"); // impossible length
    expect((await errorOf("1jAB+C")).code).toBe("corrupt"); // not the url alphabet
    expect((await errorOf(`1j${toBase64Url(new Uint8Array([0xff, 0xfe, 0x7b]))}`)).code).toBe(
      "corrupt",
    );
    expect((await errorOf(await craft("{not json", "j"))).code).toBe("corrupt");
    expect((await errorOf(await craft("{not json", "z"))).code).toBe("corrupt");
  });

  it("refuses a 100 KB fragment without decoding it", async () => {
    const error = await errorOf(`1z${"A".repeat(100_000)}`);
    expect(error.code).toBe("too-long");
  });

  it("stops a deflate bomb at the JSON limit", async () => {
    const bomb = await craft(`{"c":"${"a".repeat(5_000_000)}"}`);
    expect(bomb.length).toBeLessThan(LIMITS.payload);
    expect((await errorOf(bomb)).code).toBe("too-long");
  });

  it("survives deep nesting", async () => {
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    expect((await errorOf(await craft(deep))).code).toBe("invalid");
    const compact = await compactOf(DUAL_STACK);
    const nested = `${'{"c":['.repeat(5000)}1${"]}".repeat(5000)}`;
    const json = JSON.stringify({ ...compact, v: "HOLE" }).replace('"HOLE"', nested);
    const error = await errorOf(await craft(json));
    expect(error.code).toBe("invalid");
    expect(error.detail).toMatch(/^v\./);
  });

  it("rejects huge, negative, fractional and non-numeric numbers with the field name", async () => {
    const compact = await compactOf(DUAL_STACK);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...compact, d: 1e308 }, "d"],
      [{ ...compact, d: -1 }, "d"],
      [{ ...compact, d: 1.5 }, "d"],
      [{ ...compact, d: "12" }, "d"],
      [{ ...compact, t: 1e300 }, "t"],
      [{ ...compact, t: 5 }, "t"],
      [{ ...compact, v: { ...(compact.v as object), c: 99 } }, "v.c"],
      [{ ...compact, v: { ...(compact.v as object), f: -1 } }, "v.f"],
    ];
    for (const [json, fieldPath] of cases) {
      const error = await errorOf(await craft(json));
      expect(error.code).toBe("invalid");
      expect(error.detail).toBe(fieldPath);
    }
    // 1e400 is valid JSON that parses to Infinity.
    const infinite = JSON.stringify(compact).replace(/"d":\d+/, '"d":1e400');
    expect((await errorOf(await craft(infinite))).detail).toBe("d");
  });

  it("rejects control characters and bidi overrides a tamperer could use to disguise text", async () => {
    const compact = await compactOf(DUAL_STACK);
    for (const bad of ["a\u202eb", "a\nb", "a\u0000b", "a\u2066b"]) {
      const error = await errorOf(await craft({ ...compact, u: bad }));
      expect([error.code, error.detail]).toEqual(["invalid", "u"]);
    }
  });

  it("rejects probe URLs that are not http(s), such as javascript:", async () => {
    const compact = await compactOf(DUAL_STACK);
    const probes = compact.b as Record<string, unknown>[];
    for (const url of ["javascript:alert(1)", "data:text/html,<script>x</script>", "not a url"]) {
      const tampered = { ...compact, b: [{ ...probes[0], u: url }] };
      expect((await errorOf(await craft(tampered))).detail).toBe("b[0].u");
    }
  });

  it("refuses a config digest that is not 8 lowercase hex digits", async () => {
    const compact = await compactOf(DUAL_STACK);
    for (const c of [
      "Call-1-800-555-0100",
      "your.router.is.infected",
      "3F9A1C2E",
      "3f9a1c2",
      "3f9a1c2e0",
      "",
      12345678,
    ]) {
      expect((await errorOf(await craft({ ...compact, c }))).detail, String(c)).toBe("c");
    }
  });

  it("refuses a failure that does not fit the probe's status, and an HTTP status out of range", async () => {
    const compact = await compactOf(DUAL_STACK);
    const probes = compact.b as Record<string, unknown>[];
    const cases: [Record<string, unknown>, string][] = [
      [{ ...probes[0], f: 1 }, "b[0].f"], // an answered probe did not fail
      [{ ...probes[3], f: 0 }, "b[0].f"], // an error is no timeout
      [{ ...probes[3], f: 99 }, "b[0].f"],
      [{ ...probes[4], f: 1 }, "b[0].f"], // a skipped probe was not run
      [{ ...probes[3], c: 404 }, "b[0].c"], // a status without failure http-status
      [{ ...probes[0], s: 3, f: 3, c: 99 }, "b[0].c"],
      [{ ...probes[0], s: 3, f: 3, c: 600 }, "b[0].c"],
    ];
    for (const [probe, fieldPath] of cases) {
      const error = await errorOf(await craft({ ...compact, b: [probe] }));
      expect(error.detail, JSON.stringify(probe)).toBe(fieldPath);
    }
    const fine = await decodeShare(
      await craft({ ...compact, b: [{ ...probes[0], s: 3, f: 3, c: 404 }] }),
    );
    expect(fine.ok && fine.value.result.probes[0]).toMatchObject({
      failure: "http-status",
      httpStatus: 404,
    });
  });

  it("refuses a page protocol other than http: or https:", async () => {
    const compact = await compactOf(DUAL_STACK);
    expect(compact.p).toBe("s");
    // Older encoders wrote other schemes literally; no page of this test runs on one.
    for (const p of ["https:", "http:", "file:", "call-1-800-555-0100:", "x", 1]) {
      expect((await errorOf(await craft({ ...compact, p }))).detail, String(p)).toBe("p");
    }
    const plain = await decodeShare(await craft({ ...compact, p: "h" }));
    expect(plain.ok && plain.value.result.pageProtocol).toBe("http:");
  });

  it("refuses a probe id other than the one its kind and prefix give", async () => {
    const compact = await compactOf(worstCase());
    const probes = compact.b as Record<string, unknown>[];
    const candidate = probes.findIndex((p) => p.k === 7);
    for (const [at, i] of [
      [0, "Call-1-800-555-0100"],
      [0, "v6"],
      [candidate, "nat64-candidate:call-us"],
      [candidate, "nat64-candidate:2001:db8:6401::/96"],
    ] as const) {
      const tampered = { ...compact, b: probes.map((p, n) => (n === at ? { ...p, i } : p)) };
      expect((await errorOf(await craft(tampered))).detail, i).toBe(`b[${at}].i`);
    }
    // The id it gives is accepted (and is what the decoder returns anyway).
    const same = { ...compact, b: probes.map((p, n) => (n === 0 ? { ...p, i: "v4" } : p)) };
    expect((await decodeShare(await craft(same))).ok).toBe(true);
  });

  it("accepts only canonical Pref64::/n prefixes, on the probes that have one", async () => {
    const compact = await compactOf(worstCase());
    const probes = compact.b as Record<string, unknown>[];
    const nat64 = probes.findIndex((p) => p.k === 3);
    const candidate = probes.findIndex((p) => p.k === 7);
    const v4 = probes.findIndex((p) => p.k === 0);
    const cases: [number, unknown][] = [
      // Text the old shape check let through: digits that read as a phone number.
      [candidate, "1.800.555.0199/96"],
      [candidate, "2001:0db8:6400::/96"], // not canonical
      [candidate, "2001:db8:6400::1/96"], // host bits set
      [candidate, "2001:db8::/80"], // not an RFC 6052 length
      [candidate, undefined], // a candidate names its prefix
      [nat64, "2001:db8:6400::/96"], // the NAT64 probe's prefix is the well-known one
      [v4, "64:ff9b::/96"], // other probes have none
    ];
    for (const [at, p] of cases) {
      const tampered = {
        ...compact,
        b: probes.map((probe, n) => {
          if (n !== at) return probe;
          const { p: _old, i: _id, ...rest } = probe;
          return p === undefined ? rest : { ...rest, p };
        }),
      };
      expect((await errorOf(await craft(tampered))).detail, String(p)).toBe(`b[${at}].p`);
    }
    for (const p of ["1.800.555.0199/96", "64:FF9B::/96", "64:ff9b:0::/96"]) {
      const verdict = { ...(compact.v as Record<string, unknown>) };
      verdict.n = { ...(verdict.n as object), p };
      expect((await errorOf(await craft({ ...compact, v: verdict }))).detail, p).toBe("v.n.p");
    }
  });

  it("never reads inherited properties and never copies unknown ones", async () => {
    const compact = await compactOf(DUAL_STACK);
    const tampered = JSON.stringify({ ...compact, extra: "<b>x</b>" }).replace(
      /^\{/,
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},',
    );
    const outcome = await decodeShare(await craft(tampered));
    if (!outcome.ok) throw outcome.error;
    expect(outcome.value.result).toEqual(carried(DUAL_STACK));
    expect(Object.keys(outcome.value.result)).not.toContain("extra");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A required key present only on the prototype chain does not count.
    const { c: _digest, ...withoutDigest } = compact;
    expect((await errorOf(await craft(withoutDigest))).detail).toBe("c");
    expect((await errorOf(await craft({ ...withoutDigest, constructor: "x" }))).detail).toBe("c");
  });

  it("passes markup in texts through as inert text (rendering escapes it), only within the limits", async () => {
    const script = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const compact = await compactOf(DUAL_STACK);
    const outcome = await decodeShare(
      await craft(
        { ...compact, u: script, v: { ...(compact.v as object), r: [script] } },
        "z",
        "1",
      ),
    );
    // (A format-1 link: format 2 refuses both fields outright.) The user agent is cut down to a browser this page recognises: here none.
    expect(outcome.ok && outcome.value.result.userAgent).toBe("");
    // Sentences in a link are never taken.
    expect(outcome.ok && outcome.value.result.verdict.reasons).toEqual([]);
  });
});
