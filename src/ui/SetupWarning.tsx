// Placeholder until the DoH issue lands: verifies the deployment's DNS records, lazy-loaded.
import type { Config } from "../core/config.ts";

export interface SetupWarningProps {
  config: Config;
}

export default function SetupWarning(_props: SetupWarningProps) {
  return null;
}
