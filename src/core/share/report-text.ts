// The plain-text report a visitor pastes into a support ticket: verdict, reasons, every probe,
// addresses, time and browser, readable in any ticket system or e-mail without formatting.
// This module lays the report out; every word in it comes from the caller's ReportWords (the
// page's renderer, in the reader's language and voice), so core holds no sentences.

import type {
  Nat64Evidence,
  ProbeOutcome,
  ProbeStatus,
  Reason,
  Result,
  StunObservation,
  VerdictCode,
} from "../result.ts";
import { type BrowserFacts, recogniseBrowser } from "../selftest/user-agent.ts";
import type { Redaction } from "./share-link.ts";

/** The report's fixed lines and labels; `{name}` parameters as listed. */
export type ReportKey =
  | "title"
  | "verdict" // {headline}
  | "code" // {code} {confidence}
  | "support-code" // {code}
  | "nat64" // {answer}
  | "nat64.unknown"
  | "nat64.detected"
  | "nat64.detected-prefix" // {prefix}
  | "nat64.absent"
  | "clat" // {answer}
  | "yes"
  | "no"
  | "unknown"
  | "ipv4" // {address}
  | "ipv6" // {address}
  | "address.none"
  | "address.masked-note"
  | "address.removed-note"
  | "addresses.removed"
  | "why"
  | "evidence"
  | "probes"
  | "probes.none"
  | "probe.ms" // {ms}
  | "probe.seen" // {address}
  | "webrtc"
  | "stun.name"
  | "stun.literal"
  | "stun.srflx" // {addresses}
  | "stun.lookup-failed"
  | "stun.candidates" // {count}
  | "stun.complete"
  | "stun.incomplete"
  | "recorded" // {time} {duration}
  | "browser" // {browser}
  | "user-agent" // {userAgent}
  | "page" // {protocol} {digest}
  | "link"; // {link}

/** What the report says, in the reader's language: the page's renderer gives these. */
export interface ReportWords {
  text(key: ReportKey, params?: Readonly<Record<string, string | number>>): string;
  headline(code: VerdictCode): string;
  confidence(confidence: Result["verdict"]["confidence"]): string;
  reason(reason: Reason): string;
  evidence(line: Nat64Evidence): string;
  /** An address field: an address as it is, a hidden or removed one in words. */
  address(text: string): string;
  /** The probe's name, with its prefix where it has one. */
  probe(probe: ProbeOutcome): string;
  status(status: ProbeStatus): string;
  /** Why it failed, or null when there is nothing to add. */
  failure(probe: ProbeOutcome): string | null;
  stunStatus(status: StunObservation["status"]): string;
  /** The browser's name ("Chrome 142 on Android 15"), or words for one not recognised. */
  browser(browser: BrowserFacts | null): string;
  /** A duration in seconds, to a tenth. */
  seconds(ms: number): string;
}

/** "2026-11-28 04:14:13 UTC"; the recorded text when it is not a date. */
export function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

function yesNo(words: ReportWords, value: boolean | null): string {
  return words.text(value === null ? "unknown" : value ? "yes" : "no");
}

function probeLine(words: ReportWords, probe: ProbeOutcome): string {
  const parts: string[] = [words.status(probe.status)];
  if (probe.status !== "skipped") parts.push(words.text("probe.ms", { ms: Math.round(probe.ms) }));
  if (probe.ip) parts.push(words.text("probe.seen", { address: words.address(probe.ip) }));
  let line = `- ${words.probe(probe)} [${probe.id}]: ${parts.join(", ")}`;
  if (probe.url) line += `\n    ${probe.url}`;
  const failure = words.failure(probe);
  if (failure) line += `\n    ${failure}`;
  return line;
}

function stunLine(words: ReportWords, label: string, obs: StunObservation): string {
  const parts: string[] = [words.stunStatus(obs.status)];
  if (obs.srflx.length) {
    const addresses = obs.srflx.map((a) => words.address(a)).join(", ");
    parts.push(words.text("stun.srflx", { addresses }));
  }
  if (obs.lookupError) parts.push(words.text("stun.lookup-failed"));
  parts.push(words.text("stun.candidates", { count: obs.hostCandidates }));
  parts.push(words.text(obs.complete ? "stun.complete" : "stun.incomplete"));
  parts.push(words.text("probe.ms", { ms: Math.round(obs.ms) }));
  return `- ${label}: ${parts.join(", ")}`;
}

export interface ReportOptions {
  /** How the addresses were hidden, stated in the report so the reader knows. */
  redaction?: Redaction;
  /** The support code (support-code.ts), made from the unredacted Result. */
  supportCode?: string;
  /** The results link, appended so the agent can open the same view. */
  link?: string;
  /**
   * The browser, for a shared link: named instead of working it out from the user agent, whose
   * raw text is then left out (a link's user agent is the sender's free text).
   */
  browser?: BrowserFacts | null;
}

export function reportText(
  result: Result,
  words: ReportWords,
  options: ReportOptions = {},
): string {
  const { verdict } = result;
  const out: string[] = [];
  out.push(words.text("title"));
  out.push("");
  out.push(words.text("verdict", { headline: words.headline(verdict.code) }));
  out.push(
    `  ${words.text("code", { code: verdict.code, confidence: words.confidence(verdict.confidence) })}`,
  );
  if (options.supportCode) out.push(words.text("support-code", { code: options.supportCode }));
  const nat64 =
    verdict.nat64.detected === null
      ? words.text("nat64.unknown")
      : !verdict.nat64.detected
        ? words.text("nat64.absent")
        : verdict.nat64.prefix
          ? words.text("nat64.detected-prefix", { prefix: verdict.nat64.prefix })
          : words.text("nat64.detected");
  out.push(words.text("nat64", { answer: nat64 }));
  out.push(words.text("clat", { answer: yesNo(words, verdict.clat) }));
  const hidden =
    options.redaction === "masked"
      ? ` ${words.text("address.masked-note")}`
      : options.redaction === "removed"
        ? ` ${words.text("address.removed-note")}`
        : "";
  const address = (value: string | null) =>
    value === null ? words.text("address.none") : `${words.address(value)}${hidden}`;
  out.push(words.text("ipv4", { address: address(verdict.ipv4) }));
  out.push(words.text("ipv6", { address: address(verdict.ipv6) }));
  if (options.redaction === "removed") out.push(words.text("addresses.removed"));
  if (verdict.reasons.length) {
    out.push("", words.text("why"));
    for (const reason of verdict.reasons) out.push(`- ${words.reason(reason)}`);
  }
  if (verdict.nat64.evidence.length) {
    out.push("", words.text("evidence"));
    for (const line of verdict.nat64.evidence) out.push(`- ${words.evidence(line)}`);
  }
  out.push("", words.text("probes"));
  if (result.probes.length === 0) out.push(`- ${words.text("probes.none")}`);
  for (const probe of result.probes) out.push(probeLine(words, probe));
  const { webrtc } = result;
  if (webrtc?.name || webrtc?.literal) {
    out.push("", words.text("webrtc"));
    if (webrtc.name) out.push(stunLine(words, words.text("stun.name"), webrtc.name));
    if (webrtc.literal) out.push(stunLine(words, words.text("stun.literal"), webrtc.literal));
  }
  out.push("");
  out.push(
    words.text("recorded", {
      time: formatTime(result.startedAt),
      duration: words.seconds(result.durationMs),
    }),
  );
  if (options.browser !== undefined) {
    out.push(words.text("browser", { browser: words.browser(options.browser) }));
  } else {
    out.push(words.text("browser", { browser: words.browser(recogniseBrowser(result.userAgent)) }));
    out.push(words.text("user-agent", { userAgent: result.userAgent }));
  }
  out.push(
    words.text("page", {
      protocol: result.pageProtocol.replace(/:$/, ""),
      digest: result.configDigest,
    }),
  );
  if (options.link) out.push(words.text("link", { link: options.link }));
  return `${out.join("\n")}\n`;
}
