// "Check my server": a person types a host name or pastes a WireGuard Endpoint line; the page
// resolves A, AAAA and HTTPS over DoH (plus AAAA from a DNS64 resolver, to cross-check) and says
// in plain words whether IPv6-only visitors reach it, at which address, and how to fix a tunnel.
// This component only holds the form's state and renders: reading the input, the lookups and the
// verdict are src/core/checks/, the words src/ui/words/checks.ts and the "checks" catalog.
// Lazy-loaded by App: this module, the DoH client and the codec stay out of first load.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { LookupFailure } from "../core/checks/lookup.ts";
import {
  type InputProblem,
  parseServerInput,
  type ServerInput,
} from "../core/checks/server-input.ts";
import {
  lookUpServer,
  type ServerLookups,
  serverResolvers,
} from "../core/checks/server-lookups.ts";
import {
  checkServer,
  type ServerReport,
  selfTestReachedServers,
} from "../core/checks/server-report.ts";
import type { WireGuardAdvice } from "../core/checks/wireguard.ts";
import type { Config } from "../core/config.ts";
import { resolve, resolverNames } from "../core/dns/doh.ts";
import type { Result, Verdict } from "../core/result.ts";
import type { Tone } from "../core/tone.ts";
import { useI18n } from "../i18n/context.tsx";
import type { I18n } from "../i18n/i18n.ts";
import { PathDiagram } from "./PathDiagram.tsx";
import {
  clientWords,
  consequenceWords,
  failuresDetailWords,
  failuresWords,
  findingWords,
  headlineWords,
  inputProblemWords,
  publishAaaaWords,
  synthesisWords,
  whyWords,
} from "./words/checks.ts";
import { andList } from "./words/list.ts";

export interface ServerCheckProps {
  config: Config;
  /** The latest self-test result, for the NAT64 prefix it proved (null while running). */
  result: Result | null;
}

type State =
  | { kind: "idle" }
  | { kind: "invalid"; problem: InputProblem }
  | { kind: "checking"; input: ServerInput }
  | { kind: "done"; input: ServerInput; lookups: ServerLookups; client: string };

const ICON: Record<Tone, string> = { ok: "✓", warn: "!", bad: "✕" };

function Line({ tone, text }: { tone: Tone; text: string }) {
  return (
    <li class={`finding ${tone}`}>
      <span class="finding-icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      <span class="finding-text">{text}</span>
    </li>
  );
}

/** What the self-test's path picture shows for an IPv6-only network with this NAT64 prefix. */
function nat64Verdict(prefix: string): Verdict {
  return {
    code: "ipv6-only-nat64",
    rule: null,
    nat64: { detected: true, prefix, evidence: [] },
    clat: false,
    ipv4: null,
    ipv6: null,
    confidence: "high",
    reasons: [],
  };
}

function WireGuard({ advice, report }: { advice: WireGuardAdvice; report: ServerReport }) {
  const i18n = useI18n();
  const { t, rich } = i18n;
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const snippetRef = useRef<HTMLPreElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(advice.snippet);
      setCopied("copied");
    } catch {
      // No clipboard permission (e.g. an embedded page): select the text for a manual copy.
      const pre = snippetRef.current;
      const selection = window.getSelection();
      if (pre && selection) {
        const range = document.createRange();
        range.selectNodeContents(pre);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopied("failed");
    }
  };
  return (
    <div class="wireguard">
      <h3>{t("checks.wg.title")}</h3>
      <ul class="findings">
        {advice.consequences.map((c) => (
          <Line key={c.code} tone="warn" text={consequenceWords(i18n, c)} />
        ))}
      </ul>
      {advice.publishAaaa && (
        <p>
          <strong>{t("checks.wg.realFix")}</strong> {publishAaaaWords(i18n, advice.publishAaaa)}
        </p>
      )}
      <p>
        {rich(advice.publishAaaa ? "checks.wg.untilThen" : "checks.wg.useLines", {
          peer: <code>[Peer]</code>,
          publicKey: <code>PublicKey</code>,
        })}
      </p>
      <pre class="mono wg-snippet" ref={snippetRef} data-testid="wg-snippet">
        {advice.snippet}
      </pre>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void copy()}>
          {t("checks.wg.copy")}
        </button>
        <span role="status" class="copy-status">
          {copied === "copied"
            ? t("checks.wg.copied")
            : copied === "failed"
              ? t("checks.wg.copyFailed")
              : ""}
        </span>
      </div>
      <h4>{t("checks.wg.why")}</h4>
      <p>{whyWords(i18n, advice.why)}</p>
      {report.synthesis && <PathDiagram verdict={nat64Verdict(report.synthesis.prefix)} />}
    </div>
  );
}

/** Everything the DoH client knows about the lookups that failed, by lookup. */
function failureRows(i18n: I18n, report: ServerReport): [string, string][] {
  const rows: [string, string][] = [];
  const add = (lookup: string, failures: readonly LookupFailure[]) => {
    if (failures.length === 0) return;
    rows.push([
      i18n.t("checks.details.lookupError", { lookup }),
      failuresDetailWords(i18n, failures),
    ]);
  };
  for (const f of report.failedLookups) add(f.type, f.failures);
  for (const f of report.findings) {
    if (f.code === "dns64-unavailable") add("DNS64", f.failures);
  }
  return rows;
}

function Details({ report }: { report: ServerReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { synthesis } = report;
  const rows: [string, string][] = [];
  const none = t("checks.details.none");
  if (report.outcome !== "doh-blocked") {
    rows.push([t("checks.details.ipv4"), report.ipv4.join(", ") || none]);
    rows.push([t("checks.details.ipv6"), report.ipv6.join(", ") || none]);
  }
  if (report.hints.ipv4.length + report.hints.ipv6.length > 0) {
    rows.push([t("checks.details.hints"), [...report.hints.ipv4, ...report.hints.ipv6].join(", ")]);
  }
  if (report.chain.length > 1) rows.push([t("checks.details.chain"), report.chain.join(" → ")]);
  if (synthesis) {
    rows.push([t("checks.details.synthesized"), synthesisWords(i18n, synthesis)]);
    const { dns64 } = synthesis;
    if (dns64.status === "unavailable") {
      rows.push([t("checks.details.dns64Failed"), failuresWords(i18n, dns64.failures)]);
    } else if (dns64.status !== "not-asked") {
      rows.push([
        t("checks.details.dns64", { resolver: dns64.resolver }),
        dns64.addresses.join(", ") || t("checks.details.noAaaa"),
      ]);
    }
  }
  if (report.resolvers.length > 0) {
    rows.push([t("checks.details.answeredBy"), report.resolvers.join(", ")]);
  }
  rows.push(...failureRows(i18n, report));
  return (
    <details class="server-details">
      <summary>{t("checks.details.title")}</summary>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td class="mono">{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Report({ report }: { report: ServerReport }) {
  const i18n = useI18n();
  return (
    <div
      class={`card server-report${report.headline.tone === "bad" ? " error-panel" : ""}`}
      data-outcome={report.outcome}
    >
      <p class={`server-headline ${report.headline.tone}`}>
        <strong>{headlineWords(i18n, report.headline)}</strong>
      </p>
      {report.findings.length > 0 && (
        <ul class="findings">
          {report.findings.map((f, i) => (
            <Line key={`${i}:${f.code}`} tone={f.tone} text={findingWords(i18n, f)} />
          ))}
        </ul>
      )}
      {report.client && (
        <ul class="findings client-check">
          <Line tone={report.client.tone} text={clientWords(i18n, report.client)} />
        </ul>
      )}
      {report.wireguard && <WireGuard advice={report.wireguard} report={report} />}
      <Details report={report} />
    </div>
  );
}

export default function ServerCheck({ config, result }: ServerCheckProps) {
  const i18n = useI18n();
  const { t, rich } = i18n;
  const [text, setText] = useState("");
  const [client, setClient] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const resolvers = serverResolvers(config.doh);
  const provenPrefix = result?.verdict.nat64.prefix ?? null;
  const online = selfTestReachedServers(result);

  // Recomputed (cheaply, no network) when the self-test finishes and proves a prefix.
  // A thrown error here would take the whole page down with it: show it in the panel instead.
  const report = useMemo(() => {
    if (state.kind !== "done") return null;
    try {
      return checkServer(state.input, state.lookups, {
        provenPrefix,
        online,
        clientAddress: state.client,
      });
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }, [state, provenPrefix, online]);

  if (resolvers.plain.length === 0) return null; // no DoH resolver configured: nothing to check with

  const check = async (event?: Event) => {
    event?.preventDefault();
    const parsed = parseServerInput(text);
    if (!parsed.ok) {
      setState({ kind: "invalid", problem: parsed.problem });
      return;
    }
    const { input } = parsed;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: "checking", input });
    const lookups = await lookUpServer(input, resolvers, {
      resolve,
      signal: abort.signal,
      timeoutMs: config.timeoutMs,
    });
    if (lookups === null || abort.signal.aborted) return; // a newer check replaced this one
    setState({ kind: "done", input, lookups, client });
  };

  const checking = state.kind === "checking";
  return (
    <section aria-labelledby="server-check-title" class="server-check">
      <h2 id="server-check-title">{t("checks.title")}</h2>
      <p class="muted">{rich("checks.intro", { endpoint: <code>Endpoint =</code> })}</p>
      <form onSubmit={(e) => void check(e)} noValidate>
        <label for="server-check-input">{t("checks.inputLabel")}</label>
        <textarea
          id="server-check-input"
          rows={2}
          value={text}
          placeholder={t("checks.inputPlaceholder")}
          autocapitalize="off"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) void check(e);
          }}
        />
        <label for="server-check-client">
          {rich("checks.clientLabel", {
            optional: <span class="muted">{t("checks.optional")}</span>,
          })}
        </label>
        <input
          id="server-check-client"
          type="text"
          value={client}
          placeholder={t("checks.clientPlaceholder")}
          autocapitalize="off"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setClient((e.target as HTMLInputElement).value)}
        />
        <p class="muted small server-check-privacy">
          {t("checks.privacy", {
            resolvers: andList(i18n, resolverNames([...resolvers.plain, ...resolvers.dns64])),
          })}
        </p>
        <div class="actions">
          <button type="submit" disabled={checking}>
            {checking ? t("checks.checking") : t("checks.check")}
          </button>
        </div>
      </form>
      <div aria-live="polite" class="server-check-result">
        {state.kind === "invalid" && <p class="bad">{inputProblemWords(i18n, state.problem)}</p>}
        {state.kind === "checking" && (
          <p>{rich("checks.lookingUp", { host: <span class="mono">{state.input.host}</span> })}</p>
        )}
        {report instanceof Error ? (
          <p class="card error-panel" role="alert">
            {t("checks.notChecked", { message: report.message })}
          </p>
        ) : (
          report && <Report report={report} />
        )}
      </div>
    </section>
  );
}
