// Keys of the verdict catalog that the renderer (src/ui/words/verdict.ts) and EngineFacts build
// from codes: one per verdict, confidence, reason, gap, fix, evidence line and engine. The
// records make the typecheck fail when a code is added without its message; the catalog test
// counts these keys as used. Not imported by the page.

import type {
  Confidence,
  FixCode,
  GapCode,
  Nat64EvidenceCode,
  ReasonCode,
  VerdictCode,
} from "../../core/result.ts";
import type { Engine, Gathering } from "../../core/selftest/engine-traits.ts";
import type { MessageKey } from "../namespaces.ts";

const VERDICTS: Record<VerdictCode, true> = {
  "dual-stack": true,
  "ipv4-only": true,
  "ipv6-only-nat64": true,
  "ipv6-only-no-nat64": true,
  "ipv6-broken": true,
  offline: true,
  "captive-portal": true,
  inconclusive: true,
};

const CONFIDENCES: Record<Confidence, true> = { high: true, medium: true, low: true };

const REASONS: Record<ReasonCode, true> = {
  intercepted: true,
  "sign-in-to-network": true,
  "no-probes-here": true,
  "nothing-reached": true,
  relayed: true,
  "turn-off-relay": true,
  "ipv6-only-with-nat64": true,
  "nat64-prefix": true,
  "nat64-prefix-unproven": true,
  "literal-synthesis": true,
  "clat-by-literal": true,
  "clat-by-stun": true,
  "no-clat-by-literal": true,
  "no-clat-by-stun": true,
  "clat-unknown": true,
  "mtu-black-hole": true,
  "ipv6-slow": true,
  "ipv6-times-out": true,
  "ipv6-broken-apps-wait": true,
  "ipv4-not-tested": true,
  "no-dns64": true,
  "use-network-dns": true,
  "no-nat64": true,
  "both-reachable": true,
  "nat64-unused": true,
  "cannot-tell-native-ipv4": true,
  "how-to-find-out": true,
  "dual-stack": true,
  "maybe-clat": true,
  "maybe-own-prefix": true,
  "ipv6-not-tested": true,
  "ipv4-only": true,
  unexplained: true,
  "set-aside": true,
  "reasons-not-shown": true,
  "reasons-not-shown-removed": true,
};

const GAPS: Record<GapCode, true> = {
  "literal-not-tested": true,
  "literal-blocked-on-https": true,
  "literal-timed-out": true,
  "literal-answered-by-other": true,
  "literal-works-either-way": true,
  "literal-shows-synthesis": true,
  "no-webrtc": true,
  "no-webrtc-test": true,
  "webrtc-failed": true,
  "no-ice-errors": true,
  "webrtc-no-answer": true,
  "stun-literal-untraced": true,
  "gathers-default-interface": true,
  "gathering-unknown": true,
};

const FIXES: Record<FixCode, true> = {
  "open-http-page": true,
  "other-browser": true,
  "other-device": true,
  "chrome-on-this-device": true,
  "chrome-on-a-mac": true,
  dig: true,
};

const EVIDENCE: Record<Nat64EvidenceCode, true> = {
  "same-exit-as-nat64": true,
  "literal-refused": true,
  "stun-name-only": true,
  "stun-dns64": true,
  "nat64-reachable": true,
};

const ENGINE_VALUES: Record<Engine | Gathering, true> = {
  chromium: true,
  firefox: true,
  webkit: true,
  unknown: true,
  "every-interface": true,
  "default-interface": true,
};

const keys = <C extends string>(codes: Record<C, true>) => Object.keys(codes) as C[];

export default [
  ...keys(VERDICTS).flatMap((code) => [
    `verdict.headline.${code}` as const,
    `verdict.short.${code}` as const,
  ]),
  ...keys(CONFIDENCES).map((confidence) => `verdict.confidence.${confidence}` as const),
  ...keys(REASONS).map((code) => `verdict.reason.${code}` as const),
  ...keys(GAPS).map((code) => `verdict.gap.${code}` as const),
  ...keys(FIXES).map((code) => `verdict.fix.${code}` as const),
  "verdict.fix.join" as const,
  "verdict.fix.joinOr" as const,
  ...keys(EVIDENCE).map((code) => `verdict.evidence.${code}` as const),
  ...keys(ENGINE_VALUES).map((value) => `verdict.engine.${value}` as const),
] satisfies readonly MessageKey[];
