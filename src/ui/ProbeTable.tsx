// The probe table: what each test server was, whether it answered, how fast, and the address
// it saw — with any IPv4 address embedded in an IPv6 one decoded by the address core, because
// "64:ff9b::c000:20a" means nothing to most people and "192.0.2.10 via NAT64" does.

import { describeAddress } from "../core/addr/address.ts";
import type { ProbeOutcome, ProbeStatus } from "../core/result.ts";
import type { Tone } from "../core/tone.ts";
import { useI18n } from "../i18n/context.tsx";
import type { I18n } from "../i18n/i18n.ts";
import { addressText } from "./words/address.ts";
import { failureText, probeName } from "./words/verdict.ts";

const STATUS_TONE: Record<ProbeStatus, Tone | "muted"> = {
  ok: "ok",
  timeout: "bad",
  error: "bad",
  "bad-response": "warn",
  skipped: "muted",
};

/**
 * "embeds 192.0.2.10 (64:ff9b::/96)" for an IPv6 address that embeds an IPv4. The prefix says
 * how; the kind's code ("nat64-wkp") is not a word in any language, and its name lives in the
 * decoder's catalog, which this page does not load.
 */
function embeddedSummary(
  i18n: I18n,
  address: string | null,
  prefixes: string[] = [],
): string | null {
  if (!address?.includes(":")) return null;
  try {
    const info = describeAddress(address, { prefixes });
    const first = info.embedded.find((e) => e.ipv4);
    if (!first?.ipv4) return null;
    return first.prefix
      ? i18n.t("results.table.embeds", { ipv4: first.ipv4, prefix: first.prefix })
      : i18n.t("results.table.embedsNoPrefix", { ipv4: first.ipv4 });
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
  const i18n = useI18n();
  const { t } = i18n;
  const prefixes = probes.flatMap((p) => (p.prefix ? [p.prefix] : []));
  return (
    <div class="table-wrap">
      <table class="probe-table">
        <caption class="visually-hidden">{t("results.table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("results.table.test")}</th>
            <th scope="col">{t("results.table.result")}</th>
            <th scope="col">{t("results.table.time")}</th>
            <th scope="col">{t("results.table.seen")}</th>
          </tr>
        </thead>
        <tbody>
          {probes.map((p) => {
            const host = targetHost(p.url).replace(/^\[|\](:\d+)?$/g, "");
            const targetNote = embeddedSummary(i18n, host, prefixes);
            const seenNote = embeddedSummary(i18n, p.ip, prefixes);
            const failure = failureText(i18n, p);
            return (
              <tr key={p.id} data-probe={p.id} data-status={p.status}>
                <th scope="row">
                  {probeName(i18n, p)}
                  <div class="mono muted small">{targetHost(p.url)}</div>
                  {targetNote && (
                    <div class="muted small">{t("results.table.target", { note: targetNote })}</div>
                  )}
                </th>
                <td class={STATUS_TONE[p.status]}>
                  {t(`results.status.${p.status}`)}
                  {failure && <div class="muted small">{failure}</div>}
                </td>
                <td>{p.status === "skipped" ? t("results.table.notRun") : i18n.formatMs(p.ms)}</td>
                <td>
                  {/* Phones stack the cells; this names the value there (the header does it for screen readers). */}
                  <span class="cell-label" aria-hidden="true">
                    {t("results.table.seenShort")}{" "}
                  </span>
                  {p.ip ? (
                    <span class="mono">{addressText(i18n, p.ip)}</span>
                  ) : (
                    <span class="muted">{t("results.none")}</span>
                  )}
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
