// Views of a results link that cannot be shown, one per reason, and of a shared result recorded
// by a browser this page does not know, for the language tests in test/e2e/i18n.test.ts. (A
// damaged link and a shared result are in shell.ts.)

import type { View } from "../i18n-checks.ts";

const cannotBeShown = (name: string, fragment: string): View => ({
  name: `a results link that cannot be shown: ${name}`,
  path: () => `#r=${fragment}`,
  ready: (page) => page.locator(".shared-error").waitFor(),
});

export default [
  cannotBeShown("empty", ""),
  cannotBeShown("made by a newer version", "9zAAAA"),
  cannotBeShown("far too long", `1z${"A".repeat(40_000)}`),
  cannotBeShown("data that fits no result", "1je30"), // "{}"
  {
    ...cannotBeShown("a browser that cannot unpack it", ""),
    path: ({ share }) => `#r=${share}`,
    prepare: (page) =>
      page.addInitScript(() => Reflect.deleteProperty(window, "DecompressionStream")),
  },
  {
    name: "a shared result from a browser this page does not know",
    path: ({ unknownBrowserShare }) => `#r=${unknownBrowserShare}`,
    ready: (page) => page.locator(".shared-label").waitFor(),
  },
] satisfies View[];
