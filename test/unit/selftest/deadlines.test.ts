// Deadlines that follow the network (src/core/selftest/deadlines.ts): a family that stays silent
// while the other answered is given up on early, but a slow working IPv6 never is, and no
// engine's slow failure is cut into a timeout the classifier reads differently.

import { describe, expect, it } from "vitest";
import { PROBE_KINDS, type ProbeKind, type ProbeOutcome } from "../../../src/core/result.ts";
import { classifyNetwork } from "../../../src/core/selftest/classify.ts";
import {
  probeDeadline,
  STUN_WINDOW_MS,
  stunWindow,
  TIMEOUT_IS_EVIDENCE,
} from "../../../src/core/selftest/deadlines.ts";
import { TRAIT_SETS } from "./classifier-fixtures.ts";
import { build, enumerate, every, STATES } from "./enumerate.ts";

const TIMEOUT = 4000; // the default timeoutMs

describe("probe deadlines", () => {
  it("give every probe the whole timeout until something has answered", () => {
    for (const kind of PROBE_KINDS) {
      expect(probeDeadline(kind, "chromium", null, TIMEOUT)).toBe(TIMEOUT);
    }
  });

  it("call a black-holed IPv6 broken after 1.5 s in Chromium when IPv4 answered at once", () => {
    expect(probeDeadline("v6", "chromium", 5, TIMEOUT)).toBe(1500);
    expect(probeDeadline("v6literal", "chromium", 5, TIMEOUT)).toBe(1500);
  });

  it("never cut short an IPv6 that answers 300 or 900 ms late", () => {
    for (const engine of ["chromium", "firefox", "webkit", "unknown"] as const) {
      for (const kind of PROBE_KINDS) {
        // Half a second to spare: the page's start and a busy phone put time on its clock.
        expect(probeDeadline(kind, engine, 5, TIMEOUT)).toBeGreaterThanOrEqual(900 + 600);
      }
    }
  });

  it("outlast each engine's slowest 'unreachable' where a timeout means something else", () => {
    // Firefox reports an ICMPv6 unreachable after up to 2.4 s, WebKit after ≈ 2.05 s.
    expect(probeDeadline("v6", "firefox", 5, TIMEOUT)).toBeGreaterThan(2400);
    expect(probeDeadline("v6", "webkit", 5, TIMEOUT)).toBeGreaterThan(2050);
    // Where that time is unknown, the configured timeout stays.
    expect(probeDeadline("large", "unknown", 5, TIMEOUT)).toBe(TIMEOUT);
    // A NAT64 probe's failure and timeout read the same: the 1.5 s floor is enough everywhere.
    expect(probeDeadline("nat64", "firefox", 5, TIMEOUT)).toBe(1500);
  });

  it("follow a slow network, never beyond the configured timeout", () => {
    expect(probeDeadline("v6", "chromium", 900, TIMEOUT)).toBe(2700);
    expect(probeDeadline("v6", "chromium", 1500, TIMEOUT)).toBe(TIMEOUT);
    expect(probeDeadline("v6", "chromium", 5, 1500)).toBe(1500);
  });

  it("are short only for probes whose timeout the classifier reads like a failure", () => {
    // Over the totality test's probe patterns (sampled) and every trait set: turning a failure
    // into a timeout changes nothing in the verdict (reasons included) for a kind outside
    // TIMEOUT_IS_EVIDENCE, and does change one, somewhere, for each kind in it.
    const changes = new Set<ProbeKind>();
    let n = 0;
    enumerate(every(STATES), (states) => {
      if (n++ % 13 !== 0) return; // 13: prime to the 7 states, so every state comes up
      const traits = TRAIT_SETS[n % TRAIT_SETS.length];
      // The NAT64 probe also stands in for an operator-listed candidate.
      const candidate = { kind: "nat64-candidate", prefix: "2001:db8:64::/96" } as const;
      const asCandidate = (p: ProbeOutcome) => (p.kind === "nat64" ? { ...p, ...candidate } : p);
      for (const probes of [build(states), build(states).map(asCandidate)]) {
        const verdict = JSON.stringify(classifyNetwork({ probes, traits }));
        probes.forEach((p, i) => {
          if (p.status !== "error") return;
          const timedOut: ProbeOutcome = { ...p, status: "timeout", failure: "timeout" };
          const swapped = probes.map((q, j) => (j === i ? timedOut : q));
          if (JSON.stringify(classifyNetwork({ probes: swapped, traits })) !== verdict) {
            changes.add(p.kind);
          }
        });
      }
    });
    expect([...changes].sort()).toEqual([...TIMEOUT_IS_EVIDENCE].sort());
  });
});

describe("the STUN window", () => {
  it("runs its full 1.5 s until something has answered", () => {
    expect(stunWindow(null, TIMEOUT)).toBe(STUN_WINDOW_MS);
    expect(stunWindow(null, 1000)).toBe(1000);
  });

  it("closes once one lost binding request and its answer would have arrived", () => {
    expect(stunWindow(10, TIMEOUT)).toBe(280);
    expect(stunWindow(200, TIMEOUT)).toBe(850);
    expect(stunWindow(600, TIMEOUT)).toBe(STUN_WINDOW_MS);
  });

  it("closes 250 ms after the STUN name's srflx when that is sooner", () => {
    // Chromium, IPv6-only + NAT64 in the lab: the name's srflx at ≈ 70 ms.
    expect(stunWindow(null, TIMEOUT, 70)).toBe(320);
    expect(stunWindow(200, TIMEOUT, 70)).toBe(320);
    expect(stunWindow(10, TIMEOUT, 70)).toBe(280);
    expect(stunWindow(null, TIMEOUT, 1400)).toBe(STUN_WINDOW_MS);
  });
});
