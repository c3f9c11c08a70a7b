// The support code round-trips every verdict the classifier can produce: the totality
// enumeration (test/unit/selftest/enumerate.ts) is walked, every distinct fact set a code holds
// is collected, and each reads back to itself; fast-check (fixed seed) then shows that misheard
// and swapped characters are refused, never read as another verdict, and that no input throws.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { decide } from "../../../src/core/selftest/classify.ts";
import { gatherEvidence } from "../../../src/core/selftest/evidence.ts";
import {
  decodeSupportCode,
  encodeSupportCode,
  SUPPORT_CODE_ALPHABET,
  SupportCodeError,
  type SupportFacts,
  supportFactsOf,
} from "../../../src/core/share/support-code.ts";
import { everyClassifierInput } from "../selftest/enumerate.ts";

const seeds = { numRuns: 2000, seed: 0x5c0de };

/** Every distinct set of facts a code carries, over every classifier input and both protocols. */
const distinct = new Map<string, SupportFacts>();
let inputs = 0;

beforeAll(() => {
  everyClassifierInput((probes, webrtc, traits) => {
    inputs++;
    const evidence = gatherEvidence({ probes, webrtc, traits });
    const verdict = decide(evidence);
    for (const protocol of ["http:", "https:"]) {
      const facts = supportFactsOf(verdict, evidence, traits, protocol);
      distinct.set(JSON.stringify(facts), facts);
    }
  });
});

describe("support codes over the totality enumeration", () => {
  it("every verdict the classifier gives round-trips through its code", () => {
    expect(inputs).toBeGreaterThan(1_800_000);
    // Every verdict code, rule and answer shows up, so the set is the classifier's, not a few.
    const all = [...distinct.values()];
    expect(new Set(all.map((f) => f.verdict)).size).toBe(8);
    expect(new Set(all.map((f) => f.rule)).size).toBe(14);
    expect(new Set(all.map((f) => f.prefix))).toEqual(new Set(["none", "well-known"]));
    const codes = new Set<string>();
    for (const facts of all) {
      const code = encodeSupportCode(facts);
      codes.add(code);
      const read = decodeSupportCode(code);
      expect(read).toEqual({ ok: true, facts, code });
    }
    // Different facts, different codes.
    expect(codes.size).toBe(all.length);
  });

  it("a misheard character or two, or two swapped, is refused, not read as another verdict", () => {
    const all = [...distinct.values()];
    const damage = fc.oneof(
      fc.record({
        kind: fc.constant("substitute" as const),
        at: fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 2 }),
        by: fc.array(fc.integer({ min: 1, max: 22 }), { minLength: 2, maxLength: 2 }),
      }),
      fc.record({
        kind: fc.constant("swap" as const),
        at: fc.uniqueArray(fc.nat(7), { minLength: 2, maxLength: 2 }),
        by: fc.constant([] as number[]),
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), damage, (facts, { kind, at, by }) => {
        const code = [...encodeSupportCode(facts).replace("-", "")];
        const damaged = [...code];
        if (kind === "swap") {
          const [i, j] = at as [number, number];
          [damaged[i], damaged[j]] = [code[j] as string, code[i] as string];
        } else {
          at.forEach((i, k) => {
            const v = SUPPORT_CODE_ALPHABET.indexOf(code[i] as string);
            damaged[i] = SUPPORT_CODE_ALPHABET[(v + (by[k] as number)) % 23] as string;
          });
        }
        fc.pre(damaged.join("") !== code.join(""));
        const read = decodeSupportCode(damaged.join(""));
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.error.code).toBe("check");
      }),
      seeds,
    );
  });

  it("any text at all reads as a code or a typed error, never a throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: fc.constantFrom(...`${SUPPORT_CODE_ALPHABET}-aco `), maxLength: 12 }),
        ),
        (text) => {
          const read = decodeSupportCode(text);
          if (read.ok) expect(decodeSupportCode(read.code)).toEqual(read);
          else expect(read.error).toBeInstanceOf(SupportCodeError);
        },
      ),
      seeds,
    );
  });
});
