// Placeholder until the share issue lands: "Share results" for a finished run.
import type { Result } from "../core/result.ts";

export interface SharePanelProps {
  result: Result;
}

export function SharePanel(_props: SharePanelProps) {
  return null;
}
