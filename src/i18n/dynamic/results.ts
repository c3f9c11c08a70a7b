// Keys of the results catalog that the probe table and the report (src/ui/words/verdict.ts)
// build from codes: one per probe status, probe failure, report line and STUN status. The
// records make the typecheck fail when a code is added without its message; the catalog test
// counts these keys as used. Not imported by the page.

import type { Confidence, ProbeFailure, ProbeStatus, StunObservation } from "../../core/result.ts";
import type { ReportKey } from "../../core/share/report-text.ts";
import type { MessageKey } from "../namespaces.ts";

const STATUSES: Record<ProbeStatus, true> = {
  ok: true,
  timeout: true,
  error: true,
  "bad-response": true,
  skipped: true,
};

const FAILURES: Record<ProbeFailure, true> = {
  timeout: true,
  "network-error": true,
  "cors-blocked-answered": true,
  "http-status": true,
  "web-page": true,
  "too-large": true,
  "not-json": true,
  "wrong-shape": true,
  "no-address": true,
  "mixed-content": true,
};

const REPORT: Record<ReportKey, true> = {
  title: true,
  verdict: true,
  code: true,
  "support-code": true,
  nat64: true,
  "nat64.unknown": true,
  "nat64.detected": true,
  "nat64.detected-prefix": true,
  "nat64.absent": true,
  clat: true,
  yes: true,
  no: true,
  unknown: true,
  ipv4: true,
  ipv6: true,
  "address.none": true,
  "address.masked-note": true,
  "address.removed-note": true,
  "addresses.removed": true,
  why: true,
  evidence: true,
  probes: true,
  "probes.none": true,
  "probe.ms": true,
  "probe.seen": true,
  webrtc: true,
  "stun.name": true,
  "stun.literal": true,
  "stun.srflx": true,
  "stun.lookup-failed": true,
  "stun.candidates": true,
  "stun.complete": true,
  "stun.incomplete": true,
  recorded: true,
  browser: true,
  "user-agent": true,
  page: true,
  link: true,
};

const CONFIDENCES: Record<Confidence, true> = { high: true, medium: true, low: true };

const STUN_STATUSES: Record<StunObservation["status"], true> = {
  ok: true,
  unsupported: true,
  error: true,
};

const keys = <C extends string>(codes: Record<C, true>) => Object.keys(codes) as C[];

export default [
  ...keys(STATUSES).flatMap((status) => [
    `results.status.${status}` as const,
    `results.report.status.${status}` as const,
  ]),
  ...keys(FAILURES).map((failure) => `results.failure.${failure}` as const),
  ...keys(REPORT).map((key) => `results.report.${key}` as const),
  ...keys(CONFIDENCES).map((confidence) => `results.report.confidence.${confidence}` as const),
  ...keys(STUN_STATUSES).map((status) => `results.report.stun.${status}` as const),
] satisfies readonly MessageKey[];
