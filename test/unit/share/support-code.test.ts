// Support codes: what a visitor reads out over the phone, and what a support desk reads back.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Result } from "../../../src/core/result.ts";
import {
  decodeSupportCode,
  encodeSupportCode,
  SUPPORT_CODE_ALPHABET,
  SUPPORT_FACT_COMBINATIONS,
  type SupportCodeErrorCode,
  type SupportFacts,
  supportFacts,
} from "../../../src/core/share/support-code.ts";
import { DUAL_STACK, NAT64_PHONE } from "./share-fixtures.ts";

const A = SUPPORT_CODE_ALPHABET;

/** The README's check, written again from the format's description: Σ v ≡ Σ i·v ≡ 0 (mod 23). */
function withChecks(body: string): string {
  const v = [...body].map((c) => A.indexOf(c));
  const s1 = v.reduce((s, x) => s + x, 0);
  const s2 = v.reduce((s, x, i) => s + (i + 1) * x, 0);
  const n = v.length; // the checks sit at positions n+1 and n+2
  // c1 + c2 ≡ −s1 and (n+1)·c1 + (n+2)·c2 ≡ −s2, so c1 ≡ s2 − (n+2)·s1 and c2 ≡ −s1 − c1.
  const mod = (x: number) => ((x % 23) + 23) % 23;
  const c1 = mod(s2 - (n + 2) * s1);
  const c2 = mod(-s1 - c1);
  return `${body}${A[c1]}${A[c2]}`;
}

function refused(text: string): SupportCodeErrorCode {
  const outcome = decodeSupportCode(text);
  if (outcome.ok) throw new Error(`${text} was read as ${JSON.stringify(outcome.facts)}`);
  return outcome.error.code;
}

const PHONE_FACTS: SupportFacts = {
  verdict: "ipv6-only-nat64",
  rule: "ipv6-only-nat64",
  confidence: "high",
  nat64: true,
  prefix: "well-known",
  clat: true,
  literalSynthesis: false,
  ipv4: true,
  ipv6: true,
  engine: "chromium",
  https: true,
};

describe("support code format", () => {
  it("uses no character that looks or sounds like another", () => {
    expect(A).toHaveLength(23);
    // 0/O, 1/I/L, and the letters that look like the digits it keeps (S 5, Z 2, B 8, G 6), U/V,
    // and E and N (heard as I, "ee", and M over a phone line).
    for (const lookAlike of "01OILSZBGUVEN") expect(A).not.toContain(lookAlike);
    expect(new Set(A).size).toBe(A.length);
  });

  it("is eight characters in two groups of four, starting with its format", () => {
    const code = encodeSupportCode(PHONE_FACTS);
    expect(code).toMatch(/^A[2-9ACDFHJKMPQRTWXY]{3}-[2-9ACDFHJKMPQRTWXY]{4}$/);
    expect(code.length).toBeLessThanOrEqual(12);
  });

  it("the README's example is a real code: a phone on IPv6-only with NAT64 and 464XLAT", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const example = readme.match(/support code\*\* on the verdict card, such as `([^`]+)`/)?.[1];
    expect(example).toBe(encodeSupportCode(PHONE_FACTS));
    expect(readme).toContain(`#code=${example}`);
  });

  it("carries the check the README documents", () => {
    const code = encodeSupportCode(PHONE_FACTS).replace("-", "");
    expect(withChecks(code.slice(0, 6))).toBe(code);
  });

  it("reads back the facts it was made from", () => {
    const code = encodeSupportCode(PHONE_FACTS);
    expect(decodeSupportCode(code)).toEqual({ ok: true, facts: PHONE_FACTS, code });
  });

  it("reads a code however it was typed: lower case, spaces, no hyphen, a pasted link", () => {
    const code = encodeSupportCode(PHONE_FACTS);
    const plain = code.replace("-", "");
    for (const typed of [
      code.toLowerCase(),
      ` ${plain.slice(0, 4)} ${plain.slice(4)} `,
      plain,
      `https://selftest.example.net/#code=${code}`,
      `${plain.slice(0, 2)}.${plain.slice(2, 6)}–${plain.slice(6)}`,
    ]) {
      const outcome = decodeSupportCode(typed);
      expect(outcome.ok && outcome.code).toBe(code);
    }
  });

  it("tells similar verdicts apart by more than one character", () => {
    const a = encodeSupportCode(PHONE_FACTS).replace("-", "");
    const b = encodeSupportCode({ ...PHONE_FACTS, clat: false }).replace("-", "");
    const differ = [...a].filter((c, i) => c !== b[i]).length;
    expect(differ).toBeGreaterThanOrEqual(3);
  });
});

describe("support codes from results", () => {
  it("holds the verdict's key facts of a phone on NAT64 + 464XLAT", () => {
    expect(supportFacts(NAT64_PHONE)).toEqual({
      verdict: NAT64_PHONE.verdict.code,
      rule: NAT64_PHONE.verdict.rule,
      confidence: NAT64_PHONE.verdict.confidence,
      nat64: NAT64_PHONE.verdict.nat64.detected,
      prefix: "well-known",
      clat: NAT64_PHONE.verdict.clat,
      literalSynthesis: false,
      ipv4: true,
      ipv6: true,
      engine: NAT64_PHONE.traits?.engine ?? null,
      https: true,
    });
  });

  it("a network-specific prefix is named as such, never by its value", () => {
    const nsp: Result = {
      ...NAT64_PHONE,
      verdict: {
        ...NAT64_PHONE.verdict,
        nat64: { ...NAT64_PHONE.verdict.nat64, prefix: "2001:db8:64::/96" },
      },
    };
    expect(supportFacts(nsp).prefix).toBe("network-specific");
  });

  it("carries no address: results that differ only in addresses give the same code", () => {
    const elsewhere: Result = JSON.parse(
      JSON.stringify(DUAL_STACK)
        .replaceAll("198.51.100.", "203.0.113.")
        .replaceAll("2001:db8:", "2001:db8:ffff:"),
    );
    expect(JSON.stringify(elsewhere)).not.toBe(JSON.stringify(DUAL_STACK));
    expect(encodeSupportCode(supportFacts(elsewhere))).toBe(
      encodeSupportCode(supportFacts(DUAL_STACK)),
    );
  });

  it("says which families work", () => {
    const facts = supportFacts(DUAL_STACK);
    expect(facts.ipv4 && facts.ipv6).toBe(true);
    const v4Only: Result = {
      ...DUAL_STACK,
      probes: DUAL_STACK.probes.map((p) =>
        p.ip?.includes(":") ? { ...p, status: "timeout", ip: null } : p,
      ),
    };
    expect(supportFacts(v4Only)).toMatchObject({ ipv4: true, ipv6: false });
  });
});

describe("codes that are refused, with why", () => {
  const code = encodeSupportCode(PHONE_FACTS).replace("-", "");

  it("empty", () => {
    expect(refused("")).toBe("empty");
    expect(refused("  - ")).toBe("empty");
  });

  it("a character no code uses is named", () => {
    for (const c of "0O1IL") {
      const outcome = decodeSupportCode(`${code.slice(0, 3)}${c}${code.slice(4)}`);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect([outcome.error.code, outcome.error.detail]).toEqual(["character", c]);
    }
    expect(refused("<script>")).toBe("character");
  });

  it("a character left out or added", () => {
    expect(refused(code.slice(0, 7))).toBe("length");
    expect(refused(`${code}7`)).toBe("length");
    expect(refused("A".repeat(200))).toBe("length");
    expect(refused("x".repeat(100_000))).toBe("length");
  });

  it("any one character misheard, or two swapped, fails the check", () => {
    for (let i = 0; i < code.length; i++) {
      for (const c of A) {
        if (c === code[i]) continue;
        const misheard = `${code.slice(0, i)}${c}${code.slice(i + 1)}`;
        expect(["check", "future-format"]).toContain(refused(misheard));
        // Only a changed first character can be a newer format, and then the check failed first.
        expect(refused(misheard)).toBe("check");
      }
      for (let j = i + 1; j < code.length; j++) {
        if (code[i] === code[j]) continue;
        const swapped = [...code];
        [swapped[i], swapped[j]] = [swapped[j] as string, swapped[i] as string];
        expect(refused(swapped.join(""))).toBe("check");
      }
    }
  });

  it("a newer format is recognised as newer, whatever its length", () => {
    expect(refused(withChecks("C23456"))).toBe("future-format");
    expect(refused(withChecks("C234567890".replaceAll("0", "2")))).toBe("future-format");
  });

  it("a code whose number holds no fact set this page makes is invalid", () => {
    // Walk payloads until one lands outside the 777,600 combinations (7 in 8 do).
    let found = "";
    for (let n = 0; !found && n < 1000; n++) {
      const body = `A${[0, 1, 2, 3, 4].map((k) => A[(n * (k + 3) + k) % 23]).join("")}`;
      const candidate = withChecks(body);
      if (!decodeSupportCode(candidate).ok) found = candidate;
    }
    expect(refused(found)).toBe("invalid");
    expect(SUPPORT_FACT_COMBINATIONS).toBe(777_600);
  });

  it("a rule that never gives the verdict is invalid", () => {
    const text = encodeSupportCode({ ...PHONE_FACTS, verdict: "offline" });
    expect(refused(text)).toBe("invalid");
  });
});
