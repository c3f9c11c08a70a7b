// @vitest-environment happy-dom
// Progress while the probes run, in the visitor's language: the count with its plural, each
// probe's name and state, durations as the locale writes them.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ProbeOutcome } from "../../../src/core/result.ts";
import type { Locale } from "../../../src/i18n/locale.ts";
import { Progress } from "../../../src/ui/Progress.tsx";
import { i18nFor, WithI18n } from "../../fixtures/i18n.tsx";

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const probe = (kind: ProbeOutcome["kind"], status: ProbeOutcome["status"], ms: number) =>
  ({ id: kind, kind, url: "https://x.example/echo", status, ms }) as ProbeOutcome;

async function show(locale: Locale, done: ProbeOutcome[], total: number) {
  const i18n = await i18nFor(locale, ["shell"]);
  act(() =>
    render(
      <WithI18n i18n={i18n}>
        <Progress done={done} total={total} running />
      </WithI18n>,
      root,
    ),
  );
  return {
    status: root.querySelector("[role=status]")?.textContent,
    items: [...root.querySelectorAll("li")].map((li) => li.textContent),
  };
}

describe("Progress", () => {
  it("counts with the language's plural and names each probe and its state", async () => {
    const done = [
      probe("v4", "ok", 1234),
      probe("v6", "timeout", 4000),
      { ...probe("nat64-candidate", "bad-response", 9), prefix: "2001:db8:64::/96" },
    ];
    expect(await show("en", done.slice(0, 1), 1)).toEqual({
      status: "Testing your network… 1 of 1 test done",
      items: ["IPv4-only name: reached in 1,234 ms"],
    });
    expect(await show("de", done, 7)).toEqual({
      status: "Ihr Netzwerk wird getestet… 3 von 7 Tests fertig",
      items: [
        "Name nur mit IPv4: erreicht in 1.234 ms",
        "Name nur mit IPv6: Zeitüberschreitung",
        "NAT64 (2001:db8:64::/96): unerwartete Antwort",
      ],
    });
    expect((await show("es", done.slice(1, 2), 1)).status).toBe(
      "Probando tu red… 1 de 1 prueba completada",
    );
  });
});
