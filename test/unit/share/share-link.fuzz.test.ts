// Fuzzing the result-link decoder with fixed seeds (deterministic in CI): whatever the input, it
// resolves to a value or a ShareLinkError, never anything else, and every value it returns is a
// clean Result that encodes and decodes to itself, and what the page rebuilds from it for
// display is one too.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "../../../src/core/base64url.ts";
import {
  PROBE_KINDS,
  type ProbeFailure,
  type ProbeOutcome,
  type ProbeStatus,
  type Result,
  VERDICT_CODES,
  WRONG_ANSWERS,
} from "../../../src/core/result.ts";
import { maskAddress } from "../../../src/core/share/redact.ts";
import type { ReportWords } from "../../../src/core/share/report-text.ts";
import {
  type DecodeOutcome,
  decodeShare,
  encodeShare,
  ShareLinkError,
} from "../../../src/core/share/share-link.ts";
import { rebuildShared, sharedReportText } from "../../../src/core/share/shared-result.ts";
import { reportWords } from "../../../src/ui/words/verdict.ts";
import { i18nFor } from "../../fixtures/i18n.tsx";
import { DUAL_STACK, NAT64_PHONE, worstCase } from "./share-fixtures.ts";

let words: ReportWords;
beforeAll(async () => {
  words = reportWords(await i18nFor("en", ["shell", "verdict", "results"]));
});

const CODES = [
  "empty",
  "malformed",
  "too-long",
  "future-version",
  "unsupported",
  "corrupt",
  "invalid",
];
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decodes and checks the contract; returns the outcome for further checks. */
async function decodeChecked(input: string): Promise<DecodeOutcome> {
  let outcome: DecodeOutcome;
  try {
    outcome = await decodeShare(input);
  } catch (thrown) {
    throw new Error(`decodeShare rejected: ${String(thrown)}`);
  }
  if (outcome.ok) {
    // A value is a valid Result: re-encoding it changes nothing.
    const again = await decodeShare(
      await encodeShare(outcome.value.result, outcome.value.redaction),
    );
    expect(again.ok && again.value.result).toEqual(outcome.value.result);
    // What the page shows of it is rebuilt without throwing, and is itself a valid Result.
    const shown = rebuildShared(outcome.value);
    const reread = await decodeShare(await encodeShare(shown.result, shown.redaction));
    // Reasons, evidence and the rule are not in the link: the page that opens it classifies again.
    const { verdict } = shown.result;
    const carried = {
      ...shown.result,
      verdict: { ...verdict, rule: null, reasons: [], nat64: { ...verdict.nat64, evidence: [] } },
    };
    delete carried.verdict.nat64.literalSynthesis;
    expect(reread.ok && reread.value.result).toEqual(carried);
    // No word a link carries reaches the page or the report (the fuzzer plants these).
    const visible = `${JSON.stringify({ ...shown, payload: "" })}\n${sharedReportText(shown, words)}`;
    expect(visible).not.toMatch(/infected|pwned/i);
  } else {
    expect(outcome.error).toBeInstanceOf(ShareLinkError);
    expect(CODES).toContain(outcome.error.code);
  }
  return outcome;
}

const seeds = { numRuns: 1500, seed: 0x5e1f7e57 };

describe("decoder fuzz (fixed seed)", () => {
  it("any text at all", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (text) => {
        await decodeChecked(text);
      }),
      seeds,
    );
  });

  it("well-formed headers followed by random base64url", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("1z", "1j", "2z", "0j", "1"),
        fc.string({ unit: fc.constantFrom(...B64), maxLength: 400 }),
        async (head, body) => {
          await decodeChecked(head + body);
        },
      ),
      seeds,
    );
  });

  it("real links with bytes flipped, cut, inserted or removed", async () => {
    const payloads = await Promise.all(
      [NAT64_PHONE, DUAL_STACK, worstCase()].flatMap((r) => [
        encodeShare(r),
        encodeShare(r, "masked", { compress: false }),
      ]),
    );
    let decodedOk = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...payloads),
        fc.array(
          fc.record({
            op: fc.constantFrom("flip", "cut", "insert", "remove"),
            at: fc.nat(),
            ch: fc.constantFrom(...B64, "%", "=", "<", " "),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (payload, edits) => {
          let text = payload;
          for (const { op, at, ch } of edits) {
            const i = at % (text.length + 1);
            if (op === "flip") text = text.slice(0, i) + ch + text.slice(i + 1);
            else if (op === "cut") text = text.slice(0, i);
            else if (op === "insert") text = text.slice(0, i) + ch + text.slice(i);
            else text = text.slice(0, i) + text.slice(i + 1);
          }
          if ((await decodeChecked(text)).ok) decodedOk++;
        },
      ),
      seeds,
    );
    // Some edits land in slack (e.g. a flipped uncompressed letter), most are caught.
    expect(decodedOk).toBeLessThan(seeds.numRuns);
  });

  it("arbitrary JSON, compressed and not, at the root and in place of every field", async () => {
    const compact = JSON.parse(
      new TextDecoder().decode(
        fromBase64Url((await encodeShare(worstCase(), "none", { compress: false })).slice(2)) ??
          undefined,
      ),
    ) as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      paths.push(path);
      if (value && typeof value === "object") {
        for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      }
    };
    walk(compact, []);
    const hostile = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.constantFrom(
        1e308,
        -0,
        2 ** 53,
        -1,
        0.5,
        "<script>window.__pwned=1</script>",
        "Your router is infected, call 1-800-555-0199",
        "infected-call-800-555-0199",
        "https://infected!call(800).example/echo",
        "https://infected:0199@x.example/infected?infected#infected",
        "Infected-0199 Chrome/142 (Android 15)",
        "",
        null,
        [],
        {},
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat(paths.length - 1),
        hostile,
        fc.boolean(),
        async (which, value, zip) => {
          const path = paths[which] ?? [];
          const copy = structuredClone(compact);
          let json: unknown = value;
          if (path.length > 0) {
            let node = copy as Record<string, unknown>;
            for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
            node[path[path.length - 1] as string] = value;
            json = copy;
          }
          const bytes = new TextEncoder().encode(JSON.stringify(json) ?? "null");
          await decodeChecked(
            `1${zip ? "z" : "j"}${toBase64Url(zip ? await deflateRaw(bytes) : bytes)}`,
          );
        },
      ),
      seeds,
    );
  });
});

describe("encoder fuzz (fixed seed)", () => {
  const text = fc.string({ unit: "grapheme-composite", maxLength: 80 });
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const address = fc.oneof(fc.ipV4(), fc.ipV6());
  /** The failures a probe that ended with this status can have. */
  const FITS: Record<ProbeStatus, readonly ProbeFailure[]> = {
    ok: [],
    timeout: ["timeout"],
    error: ["network-error"],
    "bad-response": WRONG_ANSWERS,
    skipped: ["mixed-content"],
  };
  const probe: fc.Arbitrary<ProbeOutcome> = fc
    .record({
      kind: fc.constantFrom(...PROBE_KINDS),
      status: fc.constantFrom<ProbeStatus>("ok", "timeout", "error", "bad-response", "skipped"),
      ms: fc.double({ min: 0, max: 1e6, noNaN: true }),
      // What a run or its redaction writes: an address, or a hidden one.
      ip: maybe(fc.oneof(address, address.map(maskAddress))),
      failure: fc.nat(),
      httpStatus: fc.integer({ min: 100, max: 599 }),
    })
    .map(({ failure: pickFailure, httpStatus, ...p }) => {
      const fits = FITS[p.status];
      const failure = fits.length ? fits[pickFailure % fits.length] : undefined;
      return {
        id: p.kind,
        url: `https://${p.kind}.example.net/echo`,
        ...p,
        ...(failure ? { failure } : {}),
        ...(failure === "http-status" ? { httpStatus } : {}),
      };
    });
  const result: fc.Arbitrary<Result> = fc
    .record({
      userAgent: text,
      durationMs: fc.nat(200_000),
      startedAt: fc.date({
        min: new Date("2020-01-01"),
        max: new Date("2100-01-01"),
        noInvalidDate: true,
      }),
      probes: fc.array(probe, { maxLength: 12 }),
      code: fc.constantFrom(...VERDICT_CODES),
      detected: fc.constantFrom(true, false, null),
      clat: fc.constantFrom(true, false, null),
      // Only what detection can make: no gathering or ICE errors without WebRTC, and a gathering
      // mode always with how it is known.
      traits: fc.option(
        fc
          .record({
            engine: fc.constantFrom("chromium", "firefox", "webkit", "unknown" as const),
            webrtc: fc.boolean(),
            iceErrorEvents: fc.constantFrom(true, false, null),
            gathering: fc.constantFrom("every-interface", "default-interface", null),
            gatheringFrom: fc.constantFrom("observed", "engine" as const),
            literalSynthesis: fc.boolean(),
          })
          .map((t) => {
            const gathering = t.webrtc ? t.gathering : null;
            return {
              ...t,
              iceErrorEvents: t.webrtc ? t.iceErrorEvents : null,
              gathering,
              gatheringFrom: gathering === null ? null : t.gatheringFrom,
            };
          }),
        { nil: undefined },
      ),
    })
    .map((r) => ({
      ...DUAL_STACK,
      userAgent: r.userAgent,
      durationMs: r.durationMs,
      startedAt: r.startedAt.toISOString(),
      probes: r.probes,
      ...(r.traits ? { traits: r.traits } : {}),
      verdict: {
        ...DUAL_STACK.verdict,
        code: r.code,
        clat: r.clat,
        nat64: { ...DUAL_STACK.verdict.nat64, detected: r.detected },
      },
    }));

  it("every Result makes a link that decodes to the same verdict, probes, failures and traits", async () => {
    await fc.assert(
      fc.asyncProperty(result, async (original) => {
        const outcome = await decodeChecked(await encodeShare(original, "none"));
        if (!outcome.ok) throw outcome.error;
        const back = outcome.value.result;
        expect(back.verdict.code).toBe(original.verdict.code);
        expect(back.verdict.clat).toBe(original.verdict.clat);
        expect(back.verdict.nat64.detected).toBe(original.verdict.nat64.detected);
        expect(back.startedAt).toBe(original.startedAt);
        const facts = (p: ProbeOutcome) => [
          p.kind,
          p.status,
          p.ip === null,
          p.failure,
          p.httpStatus,
        ];
        expect(back.probes.map(facts)).toEqual(original.probes.map(facts));
        expect(back.traits).toEqual(original.traits);
        expect(back.probes.map((p) => p.ip)).toEqual(original.probes.map((p) => p.ip));
      }),
      { numRuns: 500, seed: 0x0da7a },
    );
  });

  it("a Result with any other text in an address field makes a link that is refused, naming it", async () => {
    await fc.assert(
      fc.asyncProperty(
        result,
        text.filter((t) => !/^m[46]?:/.test(t) && !/^[0-9a-fA-F:.]*$/.test(t)),
        async (original, words) => {
          fc.pre(original.probes.length > 0);
          const at = original.probes.length - 1;
          const probes = original.probes.map((p, i) => (i === at ? { ...p, ip: words } : p));
          const outcome = await decodeChecked(await encodeShare({ ...original, probes }, "none"));
          expect(outcome.ok || outcome.error.detail).toBe(`b[${at}].a`);
        },
      ),
      { numRuns: 300, seed: 0x0da7b },
    );
  });
});
