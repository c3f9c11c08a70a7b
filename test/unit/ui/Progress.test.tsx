// @vitest-environment happy-dom
// The waiting state, in the visitor's language: every test has its row from the start, which
// fills in with its state and time; the card says what is already known, then the verdict's
// headline as soon as it is final, while the last rows are still running.
import { describe, expect, it } from "vitest";
import type { ProbeOutcome } from "../../../src/core/result.ts";
import type { PlannedProbe } from "../../../src/core/selftest/probes.ts";
import type { Locale } from "../../../src/i18n/locale.ts";
import { EarlyVerdict } from "../../../src/ui/EarlyVerdict.tsx";
import { Progress, type ProgressProps } from "../../../src/ui/Progress.tsx";
import { renderRoot } from "../../fixtures/render.tsx";

const page = renderRoot(["en", "de", "es"], ["shell", "verdict"]);

const planned = (kind: PlannedProbe["kind"], prefix?: string): PlannedProbe => ({
  id: kind === "nat64-candidate" ? `${kind}:${prefix}` : kind,
  kind,
  url: "https://x.example/echo",
  ...(prefix ? { prefix } : {}),
});
const outcome = (
  probe: PlannedProbe,
  status: ProbeOutcome["status"],
  ms: number,
  ip: string | null = null,
): ProbeOutcome => ({ ...probe, status, ms, ip });

const V4 = planned("v4");
const V6 = planned("v6");
const CANDIDATE = planned("nat64-candidate", "2001:db8:64::/96");
const PLAN = [V4, V6, CANDIDATE];

function show(locale: Locale, props: Partial<ProgressProps>) {
  page.mount(<Progress planned={PLAN} done={[]} running {...props} />, locale);
  const root = page.root;
  return {
    status: root.querySelector("[role=status]")?.textContent ?? null,
    headline: root.querySelector("#verdict-headline")?.textContent ?? null,
    note: root.querySelector(".progress-tests .muted")?.textContent,
    rows: [...root.querySelectorAll("li")].map((li) => `${li.className}: ${li.textContent}`),
  };
}

describe("Progress", () => {
  it("shows every test as a row from the start, pending until it ends", () => {
    expect(show("en", {})).toEqual({
      status: "Testing…",
      headline: null,
      note: "0 of 3 tests done",
      rows: [
        "pending: IPv4-only name: testing…",
        "pending: IPv6-only name: testing…",
        "pending: NAT64 (2001:db8:64::/96): testing…",
      ],
    });
  });

  it("fills rows in with their state and time, and says what is already known", () => {
    const done = [outcome(V6, "ok", 1234, "2001:db8::7"), outcome(CANDIDATE, "bad-response", 9)];
    expect(show("en", { done })).toMatchObject({
      status: "IPv6 works; checking how IPv4-only sites are reached…",
      note: "2 of 3 tests done",
      rows: [
        "pending: IPv4-only name: testing…",
        "ok: IPv6-only name: reached in 1,234 ms",
        "bad: NAT64 (2001:db8:64::/96): unexpected answer",
      ],
    });
    const both = [...done, outcome(V4, "ok", 20, "198.51.100.20")];
    expect(show("en", { done: both }).status).toBe(
      "IPv4 and IPv6 sites work; checking how IPv4 is reached…",
    );
  });

  it("shows the verdict card's first lines as soon as the verdict is final, while the last rows still run", () => {
    const done = [outcome(V4, "ok", 20, "198.51.100.20"), outcome(V6, "ok", 30, "2001:db8::7")];
    const shown = show("en", {
      done,
      verdict: (known) => <EarlyVerdict code="dual-stack" known={known} />,
    });
    expect(shown).toMatchObject({ status: null, note: "2 of 3 tests done" });
    expect(shown.headline).toContain("both IPv4 and IPv6");
    // As the results view's card starts: the status in a word with its shape, then the headline.
    const card = page.root.querySelector(".verdict-card");
    expect(card?.className).toContain("verdict-ok");
    expect(card?.firstElementChild?.textContent).toBe("✓Working normally");
    expect(shown.rows.at(-1)).toBe("pending: NAT64 (2001:db8:64::/96): testing…");
  });

  it("speaks the visitor's language, plurals and numbers included", () => {
    const done = [outcome(V4, "ok", 1234, "198.51.100.20")];
    expect(show("de", { done })).toMatchObject({
      status: "IPv4-Websites funktionieren; IPv6 wird geprüft…",
      note: "1 von 3 Tests fertig",
      rows: [
        "ok: Name nur mit IPv4: erreicht in 1.234 ms",
        "pending: Name nur mit IPv6: läuft…",
        "pending: NAT64 (2001:db8:64::/96): läuft…",
      ],
    });
    expect(show("es", { planned: [V6], done: [outcome(V6, "timeout", 2000)] })).toMatchObject({
      status: "Probando…",
      note: "1 de 1 prueba completada",
    });
  });
});
