// "Decode an address": one text box; whatever is pasted is decoded as the person types. What
// the decode needs of the input lives in the URL fragment (#decode=…) so a decode can be shared
// as a link; keys never do (inputForLink), and the panel says what it left out.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { type EmbeddedIPv4, MAX_DISCOVERED_PREF64 } from "../core/addr/address.ts";
import {
  type Decode,
  type DecodedAddress,
  decodeFragment,
  decodeInput,
  inputForLink,
  linkNotes,
  readDecodeFragment,
} from "../core/addr/decode-input.ts";
import { decodeSupportCode } from "../core/share/support-code.ts";
import { useI18n } from "../i18n/context.tsx";
import type { I18n } from "../i18n/i18n.ts";
import {
  discoveredPrefixWords,
  embeddedWords,
  hexByte,
  kindWords,
  linkNoteWords,
  noteWords,
  nothingFoundWords,
  pastedPrefixWords,
  problemWords,
  roleWords,
  scopeName,
  scopeWords,
  strippedWords,
} from "./words/decoder.ts";
import { supportCodeErrorWords } from "./words/support-code.ts";

const WRITE_DELAY_MS = 400;
// Pasted text is shown only in quotes, and only this much of it.
const MAX_QUOTED = 60;

const EXAMPLES = [
  ["decoder.example.address", "64:ff9b::c633:6407"],
  ["decoder.example.wireguard", "Endpoint = [64:ff9b::c633:6407]:51820"],
  [
    "decoder.example.dig",
    ";; ANSWER SECTION:\nipv4only.arpa.\t\t86400\tIN\tAAAA\t64:ff9b::c000:aa\nipv4only.arpa.\t\t86400\tIN\tAAAA\t64:ff9b::c000:ab",
  ],
] as const;

function technicalFields({ t }: I18n, e: EmbeddedIPv4): [string, string][] {
  const rows: [string, string][] = [
    [t("decoder.details.kind"), e.kind],
    [t("decoder.details.prefix"), e.prefix],
    [t("decoder.details.ipv4"), e.ipv4 ?? t("decoder.details.unknown")],
  ];
  if (e.kind === "teredo") {
    const flags = `0x${e.flags.toString(16).padStart(4, "0")}`;
    rows.push(
      [t("decoder.details.teredoServer"), e.server],
      [t("decoder.details.clientPort"), String(e.port)],
      [t("decoder.details.flags"), e.cone ? t("decoder.details.cone", { flags }) : flags],
    );
  }
  if (e.kind === "nat64-known") rows.push([t("decoder.details.operator"), e.operator]);
  if (e.kind === "isatap") {
    rows.push([
      t("decoder.details.ipv4Scope"),
      e.universal ? t("decoder.details.public") : t("decoder.details.private"),
    ]);
  }
  if ("uOctet" in e && e.uOctet !== undefined) {
    rows.push([
      t("decoder.details.uOctet"),
      t("decoder.details.uOctetValue", { value: hexByte(e.uOctet) }),
    ]);
  }
  return rows;
}

/** Pasted text as the person's own words: quoted, in code type, cut short. */
function Pasted({ text }: { text: string }) {
  const { t } = useI18n();
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return <span class="mono">{t("decoder.quoted", { text: shown })}</span>;
}

function AddressCard({ item }: { item: DecodedAddress }) {
  const i18n = useI18n();
  const { t, rich } = i18n;
  const strippedText = strippedWords(i18n, item.stripped);
  const info = item.info;
  // Only what the address core wrote is shown outside quotes: never the pasted text itself.
  const shown = item.ipv4 ?? item.prefix ?? info?.canonical ?? null;
  return (
    <div class="card decode-card">
      <h3 style={{ marginTop: 0 }}>
        {roleWords(i18n, item.role)}
        {shown ? (
          <>
            : <span class="mono">{shown}</span>
          </>
        ) : null}
      </h3>
      {strippedText && <p class="muted small">{strippedText}</p>}
      {item.ipv4 ? (
        <p class="muted">{t("decoder.isIPv4")}</p>
      ) : (
        item.error && (
          <p class="bad">
            {rich("decoder.notAddress", {
              pasted: <Pasted text={item.raw} />,
              reason: problemWords(i18n, item.error),
            })}
            {item.portHint &&
              ` ${t("decoder.portHint", {
                port: item.portHint.port,
                suggestion: `[${item.portHint.address}]:${item.portHint.port}`,
              })}`}
          </p>
        )
      )}
      {info && item.prefix && <p>{pastedPrefixWords(i18n, item.prefix)}</p>}
      {info && !item.prefix && info.embedded.length === 0 && <p>{scopeWords(i18n, info.scope)}</p>}
      {info?.embedded.map((e) => (
        <p key={e.kind}>
          <strong>{kindWords(i18n, e.kind)}.</strong> {embeddedWords(i18n, e, item.role)}
        </p>
      ))}
      {info && (
        <details>
          <summary>{t("decoder.details.title")}</summary>
          <dl class="facts small">
            <dt>{t("decoder.details.canonical")}</dt>
            <dd class="mono">{info.canonical}</dd>
            <dt>{t("decoder.details.scope")}</dt>
            <dd>{scopeName(i18n, info.scope)}</dd>
            {info.embedded.flatMap((e) =>
              technicalFields(i18n, e).map(([label, value]) => [
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
                <li key={note.code}>{noteWords(i18n, note)}</li>
              ))}
            </ul>
          )}
          {info.embedded.some((e) => e.kind === "nat64-known") && (
            <p class="small">
              {rich("decoder.details.source", {
                link: info.embedded.map((e) =>
                  e.kind === "nat64-known" ? (
                    // A long URL has no place to break: let it break anywhere on a phone.
                    <a
                      key={e.prefix}
                      href={e.source}
                      rel="noopener noreferrer"
                      style={{ overflowWrap: "anywhere" }}
                    >
                      {e.source}
                    </a>
                  ) : null,
                ),
              })}
            </p>
          )}
        </details>
      )}
    </div>
  );
}

function ResolverSummary({ decode }: { decode: Decode }) {
  const i18n = useI18n();
  const { t, rich } = i18n;
  const count = decode.prefixes.length;
  if (count > 0) {
    return (
      <div class="card verdict verdict-ok">
        <p class="verdict-headline">
          {rich("decoder.found.headline", {
            count,
            prefixes: decode.prefixes.map((p, i) => (
              <span key={p}>
                {i > 0 && ", "}
                <span class="mono">{p}</span>
              </span>
            )),
          })}
        </p>
        <p>{t("decoder.found.meaning", { count })}</p>
        {decode.prefixes.map((p) => (
          <p key={p} class="muted small">
            {discoveredPrefixWords(i18n, p)}
          </p>
        ))}
        {decode.morePrefixes && (
          <p class="muted small">{t("decoder.found.more", { max: MAX_DISCOVERED_PREF64 })}</p>
        )}
        <p class="muted small">{t("decoder.found.how")}</p>
      </div>
    );
  }
  if (decode.noAaaa) {
    return (
      <div class="card verdict verdict-warn">
        {/* Only a valid DNS name is repeated here: anything else may be a sentence in disguise. */}
        <p class="verdict-headline">
          {decode.queryName === null
            ? t("decoder.noAaaa.headline")
            : rich("decoder.noAaaa.headlineFor", {
                name: <span class="mono">{decode.queryName}</span>,
              })}
        </p>
        <p>{decode.aboutIpv4only ? t("decoder.noAaaa.ipv4only") : t("decoder.noAaaa.other")}</p>
        {decode.queryNameRefused && <p class="muted small">{t("decoder.noAaaa.nameRefused")}</p>}
        {decode.ipv4Answers.length > 0 && (
          <p class="muted small">
            {rich("decoder.noAaaa.ipv4Answers", {
              addresses: <span class="mono">{decode.ipv4Answers.join(", ")}</span>,
            })}
          </p>
        )}
      </div>
    );
  }
  return null;
}

function DecodeOutput({ decode }: { decode: Decode }) {
  const i18n = useI18n();
  if (decode.format === "empty") return null;
  const shown = decode.addresses;
  return (
    <>
      <ResolverSummary decode={decode} />
      {decode.problem && <p class="card error-panel">{nothingFoundWords(i18n, decode.problem)}</p>}
      {shown.map((item, i) => (
        <AddressCard key={`${i}-${item.raw}`} item={item} />
      ))}
      {decode.addressCount > shown.length && (
        <p class="muted">
          {i18n.t("decoder.showing", { shown: shown.length, count: decode.addressCount })}
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

/** A support code read out over the phone: opens the page's view of it (#code=…). */
function SupportCodeField() {
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState("");
  const [problem, setProblem] = useState("");
  const submit = (event: Event) => {
    event.preventDefault();
    const outcome = decodeSupportCode(text);
    if (!outcome.ok) {
      setProblem(supportCodeErrorWords(i18n, outcome.error));
      return;
    }
    setProblem("");
    location.hash = `code=${outcome.code}`;
    window.scrollTo(0, 0);
  };
  return (
    <form class="code-field" onSubmit={submit}>
      <label for="support-code-input">
        <strong>{t("code.field.label")}</strong>
      </label>
      <p id="support-code-hint" class="muted small">
        {t("code.field.hint")}
      </p>
      <div class="code-field-row">
        <input
          id="support-code-input"
          type="text"
          value={text}
          maxLength={40}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setProblem("");
          }}
          spellcheck={false}
          autocomplete="off"
          autocapitalize="characters"
          aria-invalid={problem ? true : undefined}
          aria-describedby="support-code-hint support-code-problem"
        />
        <button type="submit">{t("code.field.show")}</button>
      </div>
      <p id="support-code-problem" class="bad" aria-live="polite">
        {problem}
      </p>
    </form>
  );
}

export function DecodePanel() {
  const i18n = useI18n();
  const { t, rich } = i18n;
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
  const leftOut = linkNotes(link, text).map((note) => linkNoteWords(i18n, note));

  return (
    <section aria-labelledby="decode-title" ref={section}>
      <h2 id="decode-title">{t("decoder.title")}</h2>
      <p>
        {rich("decoder.intro", {
          dig: <code>dig AAAA ipv4only.arpa</code>,
          nslookup: <code>nslookup ipv4only.arpa</code>,
          host: <code>host ipv4only.arpa</code>,
        })}
      </p>
      <label for="decode-input">
        <strong>{t("decoder.inputLabel")}</strong>
      </label>
      <textarea
        id="decode-input"
        rows={5}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        placeholder={t("decoder.inputPlaceholder")}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        aria-describedby="decode-privacy decode-link-note"
      />
      <p id="decode-privacy" class="muted small">
        {t("decoder.privacy")}
      </p>
      <div id="decode-link-note" role="status">
        {leftOut.length > 0 && <p class="small">{leftOut.join(" ")}</p>}
      </div>
      {text === "" && (
        <p class="actions small">
          {t("decoder.tryExample")}
          {EXAMPLES.map(([label, example]) => (
            <button key={label} type="button" class="secondary" onClick={() => setText(example)}>
              {t(label)}
            </button>
          ))}
        </p>
      )}
      <div aria-live="polite" class="decode-output">
        <DecodeOutput decode={decode} />
      </div>
      <SupportCodeField />
    </section>
  );
}
