// Types for csp.mjs (plain JavaScript so operators can run it with node alone).

export function connectUrls(config: unknown): string[];
export function connectSource(url: string): { source: string; ipLiteral: boolean };
export function frameAncestors(config: unknown): string;
export interface CspOptions {
  /** Overrides frame-ancestors (default: from embedOrigins). */
  frameAncestors?: string;
}
export function buildCsp(
  config: unknown,
  pageScheme?: "https" | "http",
  options?: CspOptions,
): { value: string; warnings: string[] };
export function nginxCspConf(
  config: unknown,
  sourceName?: string,
  options?: CspOptions,
): { text: string; warnings: string[] };
export function checkFrameAncestors(value: string): string;
