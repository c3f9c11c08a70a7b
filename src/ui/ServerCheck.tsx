// "Check my server": a person types a host name or pastes a WireGuard Endpoint line; the page
// resolves A, AAAA and HTTPS over DoH (plus AAAA from a DNS64 resolver, to cross-check) and says
// in plain words whether IPv6-only visitors reach it, at which address, and how to fix a tunnel.
// Lazy-loaded by App: this module, the DoH client and the codec stay out of first load.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  checkServer,
  type Lookup,
  lookupFromAnswer,
  lookupFromError,
  parseServerInput,
  type ServerInput,
  ServerInputError,
  type ServerLookups,
  type ServerReport,
  type Tone,
  type WireGuardAdvice,
} from "../core/checks/server-check.ts";
import type { Config } from "../core/config.ts";
import type { RecordType } from "../core/dns/dns-wire.ts";
import {
  DEFAULT_DOH_TIMEOUT_MS,
  type DohOptions,
  resolve,
  resolverNames,
} from "../core/dns/doh.ts";
import type { Result, Verdict } from "../core/result.ts";
import { PathDiagram } from "./PathDiagram.tsx";

export interface ServerCheckProps {
  config: Config;
  /** The latest self-test result, for the NAT64 prefix it proved (null while running). */
  result: Result | null;
}

type State =
  | { kind: "idle" }
  | { kind: "invalid"; message: string }
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

async function lookup(
  resolvers: Config["doh"],
  name: string,
  type: RecordType,
  options: DohOptions,
): Promise<Lookup> {
  try {
    return lookupFromAnswer(await resolve(resolvers, name, type, options));
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    return lookupFromError(error);
  }
}

function WireGuard({ advice, report }: { advice: WireGuardAdvice; report: ServerReport }) {
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
      <h3>Your WireGuard tunnel</h3>
      <ul class="findings">
        {advice.consequences.map((text) => (
          <Line key={text} tone="warn" text={text} />
        ))}
      </ul>
      {advice.publishAaaa && (
        <p>
          <strong>The real fix:</strong> {advice.publishAaaa}
        </p>
      )}
      <p>
        {advice.publishAaaa ? "Until then, use" : "Use"} these lines in the <code>[Peer]</code>{" "}
        section of your tunnel (keep your <code>PublicKey</code>):
      </p>
      <pre class="mono wg-snippet" ref={snippetRef} data-testid="wg-snippet">
        {advice.snippet}
      </pre>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void copy()}>
          Copy these lines
        </button>
        <span role="status" class="copy-status">
          {copied === "copied"
            ? "Copied."
            : copied === "failed"
              ? "Copying is not allowed here: the lines are selected, copy them yourself."
              : ""}
        </span>
      </div>
      <h4>Why</h4>
      <p>{advice.why}</p>
      {report.synthesis && <PathDiagram verdict={nat64Verdict(report.synthesis.prefix)} />}
    </div>
  );
}

function Details({ report }: { report: ServerReport }) {
  const { synthesis } = report;
  const rows: [string, string][] = [];
  rows.push(["IPv4 (A)", report.ipv4.join(", ") || "none"]);
  rows.push(["IPv6 (AAAA)", report.ipv6.join(", ") || "none"]);
  if (report.hints.ipv4.length + report.hints.ipv6.length > 0) {
    rows.push(["HTTPS record hints", [...report.hints.ipv4, ...report.hints.ipv6].join(", ")]);
  }
  if (report.chain.length > 1) rows.push(["CNAME chain", report.chain.join(" → ")]);
  if (synthesis) {
    rows.push([
      "Synthesized",
      `${synthesis.address} (${synthesis.ipv4} in ${synthesis.prefix}${synthesis.proven ? ", proven on your network" : ", well-known prefix"})`,
    ]);
    if (synthesis.dns64.status !== "not-asked") {
      rows.push([
        `DNS64 check${synthesis.dns64.resolver ? ` (${synthesis.dns64.resolver})` : ""}`,
        synthesis.dns64.addresses.join(", ") || synthesis.dns64.error || "no AAAA",
      ]);
    }
  }
  if (report.resolvers.length > 0) rows.push(["Answered by", report.resolvers.join(", ")]);
  return (
    <details class="server-details">
      <summary>Technical details</summary>
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
  return (
    <div
      class={`card server-report${report.headline.tone === "bad" ? " error-panel" : ""}`}
      data-outcome={report.outcome}
    >
      <p class={`server-headline ${report.headline.tone}`}>
        <strong>{report.headline.text}</strong>
      </p>
      {report.findings.length > 0 && (
        <ul class="findings">
          {report.findings.map((f) => (
            <Line key={f.text} tone={f.tone} text={f.text} />
          ))}
        </ul>
      )}
      {report.client && (
        <ul class="findings client-check">
          <Line tone={report.client.tone} text={report.client.text} />
        </ul>
      )}
      {report.wireguard && <WireGuard advice={report.wireguard} report={report} />}
      {report.outcome !== "doh-blocked" && <Details report={report} />}
    </div>
  );
}

export default function ServerCheck({ config, result }: ServerCheckProps) {
  const [text, setText] = useState("");
  const [client, setClient] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const plain = config.doh.filter((r) => !r.dns64);
  const dns64 = config.doh.filter((r) => r.dns64);
  const provenPrefix = result?.verdict.nat64.prefix ?? null;

  // Recomputed (cheaply, no network) when the self-test finishes and proves a prefix.
  // A thrown error here would take the whole page down with it: show it in the panel instead.
  const report = useMemo(() => {
    if (state.kind !== "done") return null;
    try {
      return checkServer(state.input, state.lookups, { provenPrefix, clientAddress: state.client });
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }, [state, provenPrefix]);

  if (plain.length === 0) return null; // no DoH resolver configured: nothing to check with

  const check = async (event?: Event) => {
    event?.preventDefault();
    let input: ServerInput;
    try {
      input = parseServerInput(text);
    } catch (error) {
      if (!(error instanceof ServerInputError)) throw error;
      setState({ kind: "invalid", message: error.message });
      return;
    }
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: "checking", input });
    const options: DohOptions = {
      signal: abort.signal,
      timeoutMs: Math.min(DEFAULT_DOH_TIMEOUT_MS, config.timeoutMs),
    };
    const lookups: ServerLookups = {};
    try {
      if (input.kind === "name") {
        const [a, aaaa, https, synthesized] = await Promise.all([
          lookup(plain, input.host, "A", options),
          lookup(plain, input.host, "AAAA", options),
          lookup(plain, input.host, "HTTPS", options),
          dns64.length > 0 ? lookup(dns64, input.host, "AAAA", options) : undefined,
        ]);
        Object.assign(lookups, { a, aaaa, https, dns64: synthesized });
      }
    } catch (error) {
      if (abort.signal.aborted) return; // a newer check replaced this one
      throw error;
    }
    if (abort.signal.aborted) return;
    setState({ kind: "done", input, lookups, client });
  };

  const checking = state.kind === "checking";
  return (
    <section aria-labelledby="server-check-title" class="server-check">
      <h2 id="server-check-title">Check my server</h2>
      <p class="muted">
        Will people on IPv6-only networks reach your server or VPN? Type its name, or paste your
        WireGuard <code>Endpoint =</code> line.
      </p>
      <form onSubmit={(e) => void check(e)} noValidate>
        <label for="server-check-input">Server name or WireGuard Endpoint line</label>
        <textarea
          id="server-check-input"
          rows={2}
          value={text}
          placeholder="vpn.example.com or Endpoint = vpn.example.com:51820"
          autocapitalize="off"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) void check(e);
          }}
        />
        <label for="server-check-client">
          The server address your VPN app shows <span class="muted">(optional)</span>
        </label>
        <input
          id="server-check-client"
          type="text"
          value={client}
          placeholder="64:ff9b::c633:6407"
          autocapitalize="off"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setClient((e.target as HTMLInputElement).value)}
        />
        <p class="muted small server-check-privacy">
          Checking sends the name you type to public DNS-over-HTTPS resolvers (
          {resolverNames([...plain, ...dns64])}), which also see your IP address.
        </p>
        <div class="actions">
          <button type="submit" disabled={checking}>
            {checking ? "Checking…" : "Check"}
          </button>
        </div>
      </form>
      <div aria-live="polite" class="server-check-result">
        {state.kind === "invalid" && <p class="bad">{state.message}</p>}
        {state.kind === "checking" && (
          <p>
            Looking up <span class="mono">{state.input.host}</span>…
          </p>
        )}
        {report instanceof Error ? (
          <p class="card error-panel" role="alert">
            This server could not be checked: {report.message}
          </p>
        ) : (
          report && <Report report={report} />
        )}
      </div>
    </section>
  );
}
