// Placeholder until the DoH issue lands: "Check my server" panel, lazy-loaded by App.
import type { Config } from "../core/config.ts";
import type { Result } from "../core/result.ts";

export interface ServerCheckProps {
  config: Config;
  /** The latest self-test result, for the NAT64 prefix it proved (null while running). */
  result: Result | null;
}

export default function ServerCheck(_props: ServerCheckProps) {
  return null;
}
