// Shared Chromium launch for browser tests, benchmarks and screenshots: Debian's chromium driven
// by playwright-core (never a downloaded browser), with the flags that work on a closed network.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";

export { CHROMIUM_ARGS, CHROMIUM_PATH };
export const hasChromium = existsSync(CHROMIUM_PATH);

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh browser with its own empty profile, removed again on close. */
export async function launchChromium(
  options: {
    viewport?: { width: number; height: number };
    colorScheme?: "light" | "dark";
    /** More Chromium flags, e.g. --host-resolver-rules. */
    args?: string[];
  } = {},
): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "selftest-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 390, height: 844 },
    colorScheme: options.colorScheme ?? "light",
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
