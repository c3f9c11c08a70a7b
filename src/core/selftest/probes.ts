// The probe plan and the HTTP probe itself. A probe fetches an echo endpoint reached in one
// particular way (A-only name, NAT64-only literal, …) and records what came back. Every probe
// is bounded by its own AbortController: a network that swallows packets must still end in a
// verdict within the configured time.

import { addressFamily, WELL_KNOWN_PREFIX } from "../addr/ip-text.ts";
import type { Config } from "../config.ts";
import { isRecord } from "../json.ts";
import { PROBE_KINDS, type ProbeFailure, type ProbeKind, type ProbeOutcome } from "../result.ts";

export interface PlannedProbe {
  id: string;
  kind: ProbeKind;
  url: string;
  prefix?: string;
  /** Set when the probe cannot run from this page at all: mixed content. */
  skip?: "mixed-content";
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\./.test(hostname);
}

/**
 * Turns the config into the list of probes to run from a page loaded over `pageProtocol`.
 * From an https:// page the browser blocks http:// requests (mixed content) except to the
 * loopback host, so those probes are planned as skipped with the reason, not silently dropped.
 */
export function planProbes(config: Config, pageProtocol: string): PlannedProbe[] {
  const plan: PlannedProbe[] = [];
  for (const kind of PROBE_KINDS) {
    const url = config.probes[kind];
    if (url)
      plan.push({
        id: kind,
        kind,
        url,
        ...(kind === "nat64" ? { prefix: WELL_KNOWN_PREFIX } : {}),
      });
  }
  for (const candidate of config.nat64Candidates) {
    plan.push({
      id: `nat64-candidate:${candidate.prefix}`,
      kind: "nat64-candidate",
      url: candidate.url,
      prefix: candidate.prefix,
    });
  }
  if (pageProtocol === "https:") {
    for (const probe of plan) {
      const target = new URL(probe.url);
      if (target.protocol === "http:" && !isLoopbackHost(target.hostname)) {
        probe.skip = "mixed-content";
      }
    }
  }
  return plan;
}

/** Largest echo body we read; anything bigger is not our echo. */
const MAX_BODY_CHARS = 20_000;

/** Reads `{"ip": …}` from an echo body, or says why the body is not an echo answer. */
export function parseEchoBody(
  contentType: string | null,
  body: string,
): { ip: string } | { problem: ProbeFailure } {
  const trimmed = body.trimStart();
  if (/^<(!doctype|html|head|body|\?xml)/i.test(trimmed) || contentType?.includes("html")) {
    return { problem: "web-page" };
  }
  if (body.length > MAX_BODY_CHARS) return { problem: "too-large" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { problem: "not-json" };
  }
  if (!isRecord(parsed)) return { problem: "wrong-shape" };
  const ip = parsed.ip;
  if (typeof ip !== "string" || addressFamily(ip) === null) return { problem: "no-address" };
  return { ip };
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Runs one probe. It gives up after `timeoutMs`, or earlier when `giveUp` aborts (the run's
 * adaptive deadline, deadlines.ts); either way the probe timed out.
 */
export async function runProbe(
  probe: PlannedProbe,
  timeoutMs: number,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  now: () => number = () => performance.now(),
  giveUp?: AbortSignal,
): Promise<ProbeOutcome> {
  const base = {
    id: probe.id,
    kind: probe.kind,
    url: probe.url,
    ...(probe.prefix ? { prefix: probe.prefix } : {}),
  };
  if (probe.skip) return { ...base, status: "skipped", ms: 0, ip: null, failure: probe.skip };
  const controller = new AbortController();
  const started = now();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  giveUp?.addEventListener("abort", () => controller.abort(), { once: true });
  if (giveUp?.aborted) controller.abort();
  const elapsed = () => Math.round(now() - started);
  const timedOut = (): ProbeOutcome => ({
    ...base,
    status: "timeout",
    ms: elapsed(),
    ip: null,
    failure: "timeout",
  });
  try {
    const response = await fetchImpl(probe.url, {
      signal: controller.signal,
      cache: "no-store",
      credentials: "omit",
      mode: "cors",
      redirect: "follow",
      referrerPolicy: "no-referrer",
    });
    const body = await response.text();
    if (!response.ok) {
      return {
        ...base,
        status: "bad-response",
        ms: elapsed(),
        ip: null,
        failure: "http-status",
        httpStatus: response.status,
      };
    }
    const echo = parseEchoBody(response.headers.get("content-type"), body);
    if ("problem" in echo) {
      return { ...base, status: "bad-response", ms: elapsed(), ip: null, failure: echo.problem };
    }
    return { ...base, status: "ok", ms: elapsed(), ip: echo.ip };
  } catch {
    if (controller.signal.aborted) return timedOut();
    // Browsers report a CORS failure and a network failure the same way. A captive portal's
    // login page has no CORS headers, so its answer looks like "could not connect"; a no-cors
    // request resolves when anything answered at all (measured in the lab) and rejects on a
    // real network failure. Same deadline as the first request.
    try {
      await fetchImpl(probe.url, {
        signal: controller.signal,
        cache: "no-store",
        credentials: "omit",
        mode: "no-cors",
        redirect: "follow",
        referrerPolicy: "no-referrer",
      });
      return {
        ...base,
        status: "bad-response",
        ms: elapsed(),
        ip: null,
        failure: "cors-blocked-answered",
      };
    } catch {
      if (controller.signal.aborted) return timedOut();
    }
    // Browsers deliberately hide why a fetch failed (DNS, refused, unreachable): their message
    // ("Failed to fetch", "Load failed") names the browser, not the cause, so it is not kept.
    return { ...base, status: "error", ms: elapsed(), ip: null, failure: "network-error" };
  } finally {
    clearTimeout(timer);
  }
}
