// "Decode an address": one text box; whatever is pasted is decoded as the person types. What
// the decode needs of the input lives in the URL fragment (#decode=…) so a decode can be shared
// as a link; keys never do (inputForLink), and the panel says what it left out.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { type EmbeddedIPv4, MAX_DISCOVERED_PREF64 } from "../core/addr/address.ts";
import {
  type AddressRole,
  type Decode,
  type DecodedAddress,
  decodeInput,
  explainEmbedded,
  explainLinkInput,
  explainPrefix,
  explainScope,
  explainStripped,
  inputForLink,
  KIND_LABELS,
  namePrefix,
} from "../core/addr/decode-input.ts";

const FRAGMENT = "#decode=";
const WRITE_DELAY_MS = 400;
// Pasted text is shown only in quotes, and only this much of it.
const MAX_QUOTED = 60;

/** The text in a #decode= fragment, or null when the fragment is something else. */
export function readDecodeFragment(hash: string): string | null {
  if (!hash.startsWith(FRAGMENT)) return null;
  const raw = hash.slice(FRAGMENT.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    // A hand-edited link with a stray "%": show what is there rather than nothing.
    return raw;
  }
}

export function decodeFragment(text: string): string {
  return `${FRAGMENT}${encodeURIComponent(text)}`;
}

const ROLE_TITLES: Record<AddressRole, string> = {
  address: "Address",
  answer: "DNS answer",
  resolver: "Your DNS resolver",
  endpoint: "WireGuard endpoint",
  url: "Address in the URL",
};

const EXAMPLES: [string, string][] = [
  ["an address", "64:ff9b::c633:6407"],
  ["a WireGuard line", "Endpoint = [64:ff9b::c633:6407]:51820"],
  [
    "dig output",
    ";; ANSWER SECTION:\nipv4only.arpa.\t\t86400\tIN\tAAAA\t64:ff9b::c000:aa\nipv4only.arpa.\t\t86400\tIN\tAAAA\t64:ff9b::c000:ab",
  ],
];

function technicalFields(e: EmbeddedIPv4): [string, string][] {
  const rows: [string, string][] = [
    ["Kind", e.kind],
    ["Prefix", e.prefix],
    ["IPv4", e.ipv4 ?? "unknown"],
  ];
  if (e.kind === "teredo") {
    rows.push(
      ["Teredo server", e.server],
      ["Client port", String(e.port)],
      ["Flags", `0x${e.flags.toString(16).padStart(4, "0")}${e.cone ? " (cone)" : ""}`],
    );
  }
  if (e.kind === "nat64-known") rows.push(["Operator", e.operator]);
  if (e.kind === "isatap") rows.push(["IPv4 scope", e.universal ? "public" : "private"]);
  if ("uOctet" in e && e.uOctet !== undefined) {
    rows.push(["u-octet", `0x${e.uOctet.toString(16).padStart(2, "0")} (should be 0)`]);
  }
  return rows;
}

/** Pasted text as the person's own words: quoted, in code type, cut short. */
function Pasted({ text }: { text: string }) {
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return <span class="mono">“{shown}”</span>;
}

function AddressCard({ item }: { item: DecodedAddress }) {
  const strippedText = explainStripped(item.stripped);
  const info = item.info;
  const shown = item.ipv4 ?? item.prefix ?? info?.canonical ?? null;
  return (
    <div class="card decode-card">
      <h3 style={{ marginTop: 0 }}>
        {ROLE_TITLES[item.role]}
        {shown ? (
          <>
            : <span class="mono">{shown}</span>
          </>
        ) : null}
      </h3>
      {strippedText && <p class="muted small">{strippedText}</p>}
      {item.ipv4 ? (
        <p class="muted">An IPv4 address: there is no IPv6 address here to decode.</p>
      ) : (
        item.error && (
          <p class="bad">
            You pasted <Pasted text={item.raw} />, which is not an IPv6 address: {item.error}
          </p>
        )
      )}
      {info && item.prefix && <p>{explainPrefix(item.prefix)}</p>}
      {info && !item.prefix && info.embedded.length === 0 && <p>{explainScope(info.scope)}</p>}
      {info?.embedded.map((e) => (
        <p key={e.kind}>
          <strong>{KIND_LABELS[e.kind]}.</strong> {explainEmbedded(e, item.role)}
        </p>
      ))}
      {info && (
        <details>
          <summary>Technical details</summary>
          <dl class="facts small">
            <dt>Canonical (RFC 5952)</dt>
            <dd class="mono">{info.canonical}</dd>
            <dt>Scope</dt>
            <dd>{info.scope}</dd>
            {info.embedded.flatMap((e) =>
              technicalFields(e).map(([label, value]) => [
                <dt key={`${e.kind}-${label}-t`}>{label}</dt>,
                <dd key={`${e.kind}-${label}-d`} class="mono">
                  {value}
                </dd>,
              ]),
            )}
          </dl>
          {info.notes.length > 0 && (
            <ul class="small">
              {info.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {info.embedded.some((e) => e.kind === "nat64-known") && (
            <p class="small">
              Source:{" "}
              {info.embedded.map((e) =>
                e.kind === "nat64-known" ? (
                  <a key={e.prefix} href={e.source} rel="noopener noreferrer">
                    {e.source}
                  </a>
                ) : null,
              )}
            </p>
          )}
        </details>
      )}
    </div>
  );
}

function ResolverSummary({ decode }: { decode: Decode }) {
  if (decode.prefixes.length > 0) {
    return (
      <div class="card verdict verdict-ok">
        <p class="verdict-headline">
          {decode.prefixes.length === 1 ? "NAT64 prefix found: " : "NAT64 prefixes found: "}
          {decode.prefixes.map((p, i) => (
            <span key={p}>
              {i > 0 && ", "}
              <span class="mono">{p}</span>
            </span>
          ))}
        </p>
        <p>
          Your DNS turned the IPv4-only name ipv4only.arpa into IPv6 addresses (DNS64). So on this
          network, sites that only have IPv4 are reached through a translator (NAT64) using{" "}
          {decode.prefixes.length === 1 ? "this prefix" : "these prefixes"}.
        </p>
        {decode.prefixes.map((p) => (
          <p key={p} class="muted small">
            {namePrefix(p) ??
              `${p} is a network-specific prefix: one your network operator chose for its own NAT64.`}
          </p>
        ))}
        {decode.morePrefixes && (
          <p class="muted small">
            The output holds more than {MAX_DISCOVERED_PREF64} NAT64 prefixes; only the first{" "}
            {MAX_DISCOVERED_PREF64} are listed and used.
          </p>
        )}
        <p class="muted small">Found as RFC 7050 describes (Pref64::/n discovery).</p>
      </div>
    );
  }
  if (decode.noAaaa) {
    return (
      <div class="card verdict verdict-warn">
        {/* Only a valid DNS name is repeated here: anything else may be a sentence in disguise. */}
        <p class="verdict-headline">
          No IPv6 answer
          {decode.queryName !== null && (
            <>
              {" for "}
              <span class="mono">{decode.queryName}</span>
            </>
          )}
        </p>
        {decode.aboutIpv4only ? (
          <p>
            ipv4only.arpa has only IPv4 addresses, so an IPv6 answer would have to be made up by a
            DNS64. There is none: this DNS server does not do DNS64. On an IPv6-only network that
            means IPv4-only sites cannot be reached by name (unless your device translates by
            itself, as phones with 464XLAT do).
          </p>
        ) : (
          <p>The DNS server gave no IPv6 (AAAA) address for this name.</p>
        )}
        {decode.queryNameRefused && (
          <p class="muted small">
            The name in the output is not shown: it is not a valid DNS name.
          </p>
        )}
        {decode.ipv4Answers.length > 0 && (
          <p class="muted small">
            It did answer with IPv4: <span class="mono">{decode.ipv4Answers.join(", ")}</span>.
          </p>
        )}
      </div>
    );
  }
  return null;
}

function DecodeOutput({ decode }: { decode: Decode }) {
  if (decode.format === "empty") return null;
  const shown = decode.addresses;
  return (
    <>
      <ResolverSummary decode={decode} />
      {decode.problem && <p class="card error-panel">{decode.problem}</p>}
      {shown.map((item, i) => (
        <AddressCard key={`${i}-${item.raw}`} item={item} />
      ))}
      {decode.addressCount > shown.length && (
        <p class="muted">
          Showing the first {shown.length} of {decode.addressCount} addresses.
        </p>
      )}
    </>
  );
}

/** Puts `kept` in the fragment, replacing the current history entry; "" removes it. */
function writeFragment(kept: string): void {
  // Other fragments (a shared result) belong to other views: only replace our own or none.
  const ours = readDecodeFragment(location.hash) !== null || location.hash === "";
  if (!ours) return;
  const base = `${location.pathname}${location.search}`;
  history.replaceState(history.state, "", kept === "" ? base : `${base}${decodeFragment(kept)}`);
}

/** A link that carries more than inputForLink keeps (a key) is cut down at once. */
function trimFragment(): string | null {
  const fromHash = readDecodeFragment(location.hash);
  if (fromHash === null) return null;
  const kept = inputForLink(fromHash).text;
  if (kept !== fromHash) writeFragment(kept);
  return fromHash;
}

export function DecodePanel() {
  const [text, setText] = useState(() => readDecodeFragment(location.hash) ?? "");
  const section = useRef<HTMLElement>(null);
  const link = useMemo(() => inputForLink(text), [text]);
  // What the fragment holds now, so the first render does not write it back.
  const written = useRef(link.text);

  useEffect(() => {
    if (trimFragment() !== null) {
      // The panel is fetched lazily, so the browser's own jump to the fragment has already
      // happened (and found nothing): bring a shared decode into view ourselves.
      section.current?.scrollIntoView();
    }
    const onHashChange = () => {
      const fromHash = trimFragment();
      if (fromHash !== null) {
        written.current = inputForLink(fromHash).text;
        setText(fromHash);
      }
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  useEffect(() => {
    if (link.text === written.current) return;
    const timer = setTimeout(() => {
      written.current = link.text;
      writeFragment(link.text);
    }, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [link.text]);

  const decode = useMemo(() => decodeInput(text), [text]);
  const leftOut = explainLinkInput(link, text);

  return (
    <section aria-labelledby="decode-title" ref={section}>
      <h2 id="decode-title">Decode an address</h2>
      <p>
        Seen an IPv6 address you do not understand, in an app, a VPN or WireGuard config, or a link?
        Paste it here to see what is inside it. You can also paste the whole output of{" "}
        <code>dig AAAA ipv4only.arpa</code>, <code>nslookup ipv4only.arpa</code> or{" "}
        <code>host ipv4only.arpa</code> to find your network's NAT64 prefix.
      </p>
      <label for="decode-input">
        <strong>Address, line or command output</strong>
      </label>
      <textarea
        id="decode-input"
        rows={5}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        placeholder="64:ff9b::c633:6407"
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        aria-describedby="decode-privacy decode-link-note"
      />
      <p id="decode-privacy" class="muted small">
        Decoding happens in your browser; nothing is sent anywhere. What the decode needs is kept in
        this page's link so you can share it, but never a key: of a WireGuard config only the
        Endpoint line, of a URL only its address.
      </p>
      <div id="decode-link-note" role="status">
        {leftOut.length > 0 && <p class="small">{leftOut.join(" ")}</p>}
      </div>
      {text === "" && (
        <p class="actions small">
          Try an example:
          {EXAMPLES.map(([label, example]) => (
            <button key={label} type="button" class="secondary" onClick={() => setText(example)}>
              {label}
            </button>
          ))}
        </p>
      )}
      <div aria-live="polite" class="decode-output">
        <DecodeOutput decode={decode} />
      </div>
    </section>
  );
}
