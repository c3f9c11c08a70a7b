// Keys of the shell catalog that the code builds at run time from a code (so no source line
// spells them out): one per probe kind and probe status. The records make the typecheck fail
// when a code is added without its message; the catalog test counts these keys as used. Not
// imported by the page.

import type { ProbeKind, ProbeStatus } from "../../core/result.ts";
import type { MessageKey } from "../namespaces.ts";

const PROBE_KINDS: Record<ProbeKind, true> = {
  v4: true,
  v6: true,
  ds: true,
  nat64: true,
  v4literal: true,
  v6literal: true,
  large: true,
  "nat64-candidate": true,
};

const PROBE_STATUSES: Record<ProbeStatus, true> = {
  ok: true,
  timeout: true,
  error: true,
  "bad-response": true,
  skipped: true,
};

const keys = <C extends string>(codes: Record<C, true>) => Object.keys(codes) as C[];

export default [
  ...keys(PROBE_KINDS).map((kind) => `shell.probe.${kind}` as const),
  ...keys(PROBE_STATUSES).map((status) => `shell.probeStatus.${status}` as const),
] satisfies readonly MessageKey[];
