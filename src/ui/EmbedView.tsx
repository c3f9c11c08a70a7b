// Placeholder until the embed issue lands: the compact layout for ?embed=1.
import type { Config } from "../core/config.ts";
import type { Result } from "../core/result.ts";

export interface EmbedViewProps {
  config: Config;
  result: Result | null;
  running: boolean;
  onRun: () => void;
}

export function EmbedView({ result }: EmbedViewProps) {
  return <p>{result ? result.verdict.code : "Testing…"}</p>;
}
