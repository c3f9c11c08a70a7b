// The probe table: what each test server was, whether it answered, how fast, and the address
// it saw — with any IPv4 address embedded in an IPv6 one decoded by the address core, because
// "64:ff9b::c000:20a" means nothing to most people and "192.0.2.10 via NAT64" does.

import { describeAddress } from "../core/addr/address.ts";
import type { ProbeOutcome, ProbeStatus } from "../core/result.ts";
import { PROBE_LABELS } from "../core/selftest/probes.ts";

const STATUS_TEXT: Record<ProbeStatus, string> = {
  ok: "Reached",
  timeout: "Timed out",
  error: "Failed",
  "bad-response": "Wrong answer",
  skipped: "Not run",
};

const STATUS_TONE: Record<ProbeStatus, string> = {
  ok: "ok",
  timeout: "bad",
  error: "bad",
  "bad-response": "warn",
  skipped: "muted",
};

/** "192.0.2.10 inside 64:ff9b::/96" for an IPv6 address that embeds an IPv4, else null. */
export function embeddedSummary(address: string | null, prefixes: string[] = []): string | null {
  if (!address?.includes(":")) return null;
  try {
    const info = describeAddress(address, { prefixes });
    const first = info.embedded.find((e) => e.ipv4);
    return first?.ipv4 ? `embeds ${first.ipv4} (${first.kind}, ${first.prefix})` : null;
  } catch {
    return null;
  }
}

/** The host and port a probe went to; nothing when the URL does not parse (never its raw text). */
function targetHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

export function ProbeTable({ probes }: { probes: ProbeOutcome[] }) {
  const prefixes = probes.flatMap((p) => (p.prefix ? [p.prefix] : []));
  return (
    <div class="table-wrap">
      <table class="probe-table">
        <caption class="visually-hidden">Each test server, and what happened</caption>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Result</th>
            <th scope="col">Time</th>
            <th scope="col">Address the server saw</th>
          </tr>
        </thead>
        <tbody>
          {probes.map((p) => {
            const host = targetHost(p.url).replace(/^\[|\](:\d+)?$/g, "");
            const targetNote = embeddedSummary(host, prefixes);
            const seenNote = embeddedSummary(p.ip, prefixes);
            return (
              <tr key={p.id} data-probe={p.id} data-status={p.status}>
                <th scope="row">
                  {p.kind === "nat64-candidate" && p.prefix
                    ? `NAT64 (${p.prefix})`
                    : PROBE_LABELS[p.kind]}
                  <div class="mono muted small">{targetHost(p.url)}</div>
                  {targetNote && <div class="muted small">target {targetNote}</div>}
                </th>
                <td class={STATUS_TONE[p.status]}>
                  {STATUS_TEXT[p.status]}
                  {p.detail && <div class="muted small">{p.detail}</div>}
                </td>
                <td>{p.status === "skipped" ? "not run" : `${p.ms} ms`}</td>
                <td>
                  {/* Phones stack the cells; this names the value there (the header does it for screen readers). */}
                  <span class="cell-label" aria-hidden="true">
                    server saw{" "}
                  </span>
                  {p.ip ? <span class="mono">{p.ip}</span> : <span class="muted">none</span>}
                  {seenNote && <div class="muted small">{seenNote}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
