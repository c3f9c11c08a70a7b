// Fuzzing the result-link decoder with fixed seeds (deterministic in CI): whatever the input, it
// resolves to a value or a ShareLinkError, never anything else, and every value it returns is a
// clean Result that encodes and decodes to itself, and what the page rebuilds from it for
// display is one too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PROBE_KINDS,
  type ProbeOutcome,
  type Result,
  VERDICT_CODES,
} from "../../../src/core/result.ts";
import {
  type DecodeOutcome,
  decodeShare,
  encodeShare,
  fromBase64Url,
  isCleanText,
  ShareLinkError,
  toBase64Url,
} from "../../../src/core/share/share-link.ts";
import { rebuildShared, sharedReportText } from "../../../src/core/share/shared-result.ts";
import { DUAL_STACK, NAT64_PHONE, worstCase } from "./share-fixtures.ts";

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
    // The rule is not in the link: the page that opens it classifies again.
    const carried = { ...shown.result, verdict: { ...shown.result.verdict, rule: null } };
    expect(reread.ok && reread.value.result).toEqual(carried);
    // No word a link carries reaches the page or the report (the fuzzer plants these).
    const visible = `${JSON.stringify({ ...shown, payload: "" })}\n${sharedReportText(shown)}`;
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
        fromBase64Url((await encodeShare(worstCase(), "none", { compress: false })).slice(2)),
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
  const probe: fc.Arbitrary<ProbeOutcome> = fc
    .record({
      kind: fc.constantFrom(...PROBE_KINDS),
      status: fc.constantFrom("ok", "timeout", "error", "bad-response", "skipped"),
      ms: fc.double({ min: 0, max: 1e6, noNaN: true }),
      ip: maybe(fc.oneof(fc.ipV4(), fc.ipV6(), text)),
      detail: fc.option(text, { nil: undefined }),
    })
    .map(({ detail, ...p }) => ({
      id: p.kind,
      url: `https://${p.kind}.example.net/echo`,
      ...p,
      ...(detail === undefined ? {} : { detail }),
    }));
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
      reasons: fc.array(text, { maxLength: 8 }),
      detected: fc.constantFrom(true, false, null),
      clat: fc.constantFrom(true, false, null),
    })
    .map((r) => ({
      ...DUAL_STACK,
      userAgent: r.userAgent,
      durationMs: r.durationMs,
      startedAt: r.startedAt.toISOString(),
      probes: r.probes,
      verdict: {
        ...DUAL_STACK.verdict,
        code: r.code,
        clat: r.clat,
        reasons: r.reasons,
        nat64: { ...DUAL_STACK.verdict.nat64, detected: r.detected },
      },
    }));

  it("every Result makes a link that decodes to the same verdict, probes and texts", async () => {
    await fc.assert(
      fc.asyncProperty(result, async (original) => {
        const outcome = await decodeChecked(await encodeShare(original, "none"));
        if (!outcome.ok) throw outcome.error;
        const back = outcome.value.result;
        expect(back.verdict.code).toBe(original.verdict.code);
        expect(back.verdict.clat).toBe(original.verdict.clat);
        expect(back.verdict.nat64.detected).toBe(original.verdict.nat64.detected);
        expect(back.startedAt).toBe(original.startedAt);
        expect(back.probes.map((p) => [p.kind, p.status, p.ip === null])).toEqual(
          original.probes.map((p) => [p.kind, p.status, p.ip === null]),
        );
        // Texts come back unchanged unless they held control characters.
        original.verdict.reasons.forEach((reason, i) => {
          if (isCleanText(reason)) expect(back.verdict.reasons[i]).toBe(reason);
        });
      }),
      { numRuns: 500, seed: 0x0da7a },
    );
  });
});
