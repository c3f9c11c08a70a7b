// The plain-text report a visitor pastes into a support ticket: verdict, reasons, every probe,
// addresses, time and browser, readable in any ticket system or e-mail without formatting.

import type { ProbeOutcome, Result, StunObservation } from "../result.ts";
import { VERDICT_HEADLINES } from "../selftest/explain.ts";
import { PROBE_LABELS } from "../selftest/probes.ts";
import { browserName } from "../selftest/user-agent.ts";
import type { Redaction } from "./share-link.ts";

/** "2026-11-28 04:14:13 UTC"; the recorded text when it is not a date. */
export function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

function seconds(ms: number): string {
  return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
}

function yesNo(value: boolean | null, unknown = "could not tell"): string {
  return value === null ? unknown : value ? "yes" : "no";
}

function probeLine(probe: ProbeOutcome): string {
  const label = PROBE_LABELS[probe.kind] ?? probe.kind;
  const name = probe.prefix ? `${label} ${probe.prefix}` : label;
  const parts: string[] = [probe.status];
  if (probe.status !== "skipped") parts.push(`${Math.round(probe.ms)} ms`);
  if (probe.ip) parts.push(`seen as ${probe.ip}`);
  let line = `- ${name} [${probe.id}]: ${parts.join(", ")}`;
  if (probe.url) line += `\n    ${probe.url}`;
  if (probe.detail) line += `\n    ${probe.detail}`;
  return line;
}

function stunLine(label: string, obs: StunObservation): string {
  const parts: string[] = [obs.status];
  if (obs.srflx.length) parts.push(`public address ${obs.srflx.join(", ")}`);
  if (obs.lookupError) parts.push("name lookup failed");
  parts.push(`${obs.hostCandidates} local candidate${obs.hostCandidates === 1 ? "" : "s"}`);
  parts.push(obs.complete ? "gathering complete" : "gathering incomplete");
  parts.push(`${Math.round(obs.ms)} ms`);
  return `- ${label}: ${parts.join(", ")}`;
}

export interface ReportOptions {
  /** How the addresses were hidden, stated in the report so the reader knows. */
  redaction?: Redaction;
  /** The results link, appended so the agent can open the same view. */
  link?: string;
  /**
   * The browser's name, for a shared link: printed instead of working it out from the user
   * agent, whose raw text is then left out (a link's user agent is the sender's free text).
   */
  browser?: string;
}

export function reportText(result: Result, options: ReportOptions = {}): string {
  const { verdict } = result;
  const out: string[] = [];
  out.push("Network self-test result");
  out.push("");
  out.push(`Verdict: ${VERDICT_HEADLINES[verdict.code] ?? verdict.code}`);
  out.push(`  (code ${verdict.code}, confidence ${verdict.confidence})`);
  const nat64 =
    verdict.nat64.detected === null
      ? "could not tell"
      : verdict.nat64.detected
        ? `detected${verdict.nat64.prefix ? `, prefix ${verdict.nat64.prefix}` : ""}`
        : "not present";
  out.push(`NAT64: ${nat64}`);
  out.push(`464XLAT (CLAT on this device): ${yesNo(verdict.clat)}`);
  const hidden =
    options.redaction === "masked"
      ? " (hidden by the sender: kind only, and the /24 network for IPv4)"
      : options.redaction === "removed"
        ? " (removed by the sender)"
        : "";
  out.push(`IPv4 address: ${verdict.ipv4 ?? "none seen"}${verdict.ipv4 ? hidden : ""}`);
  out.push(`IPv6 address: ${verdict.ipv6 ?? "none seen"}${verdict.ipv6 ? hidden : ""}`);
  if (options.redaction === "removed") out.push("IP addresses were removed by the sender.");
  if (verdict.reasons.length) {
    out.push("", "Why:");
    for (const reason of verdict.reasons) out.push(`- ${reason}`);
  }
  if (verdict.nat64.evidence.length) {
    out.push("", "NAT64 evidence:");
    for (const line of verdict.nat64.evidence) out.push(`- ${line}`);
  }
  out.push("", "Probes:");
  if (result.probes.length === 0) out.push("- none ran");
  for (const probe of result.probes) out.push(probeLine(probe));
  const { webrtc } = result;
  if (webrtc?.name || webrtc?.literal) {
    out.push("", "WebRTC (STUN):");
    if (webrtc.name) out.push(stunLine("server by IPv4-only name", webrtc.name));
    if (webrtc.literal) out.push(stunLine("server by IPv4 address", webrtc.literal));
  }
  out.push("");
  out.push(`Recorded: ${formatTime(result.startedAt)} (took ${seconds(result.durationMs)})`);
  if (options.browser !== undefined) {
    out.push(`Browser: ${options.browser}`);
  } else {
    out.push(`Browser: ${browserName(result.userAgent)}`);
    out.push(`User agent: ${result.userAgent}`);
  }
  out.push(
    `Page loaded over: ${result.pageProtocol.replace(/:$/, "")} (config ${result.configDigest})`,
  );
  if (options.link) out.push(`Link: ${options.link}`);
  return `${out.join("\n")}\n`;
}
