// Types for chromium.mjs (plain JavaScript so the lab runner can use it with node alone).
export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: readonly string[];
