// Result links: a Result packed into a URL fragment (#r=…), which browsers never send to a
// server. The link is opened by people we do not know, so the decoder treats its input as
// hostile: it never throws (it returns a value or a typed error), caps every size, and rebuilds a
// clean Result field by field from the parsed data instead of trusting or spreading it.
//
// Payload = <format version, decimal> <mode letter> <base64url data>, e.g. "2zq1YqSS0u…".
//   mode "z": data is deflate-raw (RFC 1951) of the compact JSON below;
//   mode "j": data is the compact JSON as UTF-8, uncompressed (browsers without
//             CompressionStream make these; every browser can read them).
// Format 2 (what this page writes) carries facts only: the measurements, the verdict's answers
// and the minimal user agent; never a sentence. Format 1 is the same compact JSON, plus the
// sentences older encoders wrote (reasons v.r, evidence v.n.e, probe detail x) and, in the
// oldest links, the full user agent: still read, the sentences checked and dropped. A format-2
// link holding a format-1-only field, or a user agent that is not minimal, is invalid.
// Compact JSON, formats 1 and 2 (field codes; a missing key means null / absent / false):
//   c configDigest (8 lowercase hex digits) · t startedAt (ms since epoch; older links may
//   hold an ISO string) · d durationMs · u userAgent (minimal: only the browser and OS tokens
//   browserName reads, see user-agent.ts; older links hold the full string, which the decoder
//   reduces the same way) · p pageProtocol ("s" https:, "h" http:; older encoders wrote any
//   other scheme literally, and such links are refused) · h addresses hidden (1 masked,
//   2 removed) · b probes · w webrtc · v verdict · e engine traits
//   Every address (a, 4, 6, srflx) is an IPv4 or IPv6 address, or a hidden one as masked.ts
//   writes it ("m4:documentation:192.0.2.0/24"; format 1, and format 2 before that form, wrote
//   English words such as "[documentation IPv4 in 192.0.2.0/24]", read as the same fact).
//   probe: i id (never written: always the kind, or nat64-candidate:<prefix>; a link whose i
//          says otherwise is refused) · k kind# · s status# · m ms · a ip · u url ·
//          p prefix (canonical Pref64::/n: 64:ff9b::/96 on nat64, required on
//          nat64-candidate, absent elsewhere) · f failure# (one that fits the status) ·
//          c HTTP status (with failure http-status) · x detail (older links: a sentence, read
//          and dropped)
//   webrtc: n name, l literal → s status# · a srflx[] · e lookupError · r 0 when the browser
//   reports no ICE errors (errorEvents false; absent means true) · h hostCandidates ·
//          c complete · m ms
//   verdict: c code# · n nat64 {d detected (1/0) · p prefix · e evidence[] · s literal
//          synthesis seen (1)} · x clat (1/0) · 4 ipv4 · 6 ipv6 · f confidence# · r reasons[].
//          Evidence and reasons are written by older encoders only (sentences): read and
//          dropped, since the page that opens a link classifies its measurements again
//          (shared-result.ts).
//   e engine traits (absent in links made before traits existed; the classifier then reads the
//          result as that version did): g engine# · w webrtc (1/0) · i ICE error events (1/0,
//          absent null) · n gathering# (absent null) · o gathering known from# · s literal
//          synthesis (1/0)
// What the decoder returns is exact where it can be (enums, numbers, the digest, the protocol,
// prefixes, ids, addresses, a normalised time, the minimal user agent); the one free text it
// still passes on (probe URLs) is cut down by shared-result.ts before anything is shown.
// The "#" codes index the tables below. They are shared by formats 1 and 2: never reorder them,
// only append; anything else needs a new format version.

import { canonicalPref64, WKP } from "../addr/address.ts";
import { addressFamily } from "../addr/ip-text.ts";
import { fromBase64Url, toBase64Url } from "../base64url.ts";
import { isRecord } from "../json.ts";
import {
  type Confidence,
  type ProbeFailure,
  type ProbeKind,
  type ProbeOutcome,
  type ProbeStatus,
  RESULT_VERSION,
  type Result,
  type StunObservation,
  type Verdict,
  type VerdictCode,
  type WebRtcOutcome,
  WRONG_ANSWERS,
} from "../result.ts";
import type { Engine, EngineTraits, Gathering } from "../selftest/engine-traits.ts";
import { minimalUserAgent } from "../selftest/user-agent.ts";
import { legacyMasked, parseMasked } from "./masked.ts";
import { isTrueMask } from "./redact.ts";

/** The format this page writes. */
export const SHARE_FORMAT_VERSION = 2;
/** The oldest format this page still reads. */
const OLDEST_FORMAT = 1;

/** How the visitor chose to show their addresses in a shared result. */
export type Redaction = "none" | "masked" | "removed";

const KINDS: readonly ProbeKind[] = [
  "v4",
  "v6",
  "ds",
  "nat64",
  "v4literal",
  "v6literal",
  "large",
  "nat64-candidate",
];
const STATUSES: readonly ProbeStatus[] = ["ok", "timeout", "error", "bad-response", "skipped"];
const VERDICTS: readonly VerdictCode[] = [
  "dual-stack",
  "ipv4-only",
  "ipv6-only-nat64",
  "ipv6-only-no-nat64",
  "ipv6-broken",
  "offline",
  "captive-portal",
  "inconclusive",
];
const CONFIDENCES: readonly Confidence[] = ["high", "medium", "low"];
const STUN_STATUSES: readonly StunObservation["status"][] = ["ok", "unsupported", "error"];
const REDACTIONS: readonly Redaction[] = ["none", "masked", "removed"];
const FAILURES: readonly ProbeFailure[] = [
  "timeout",
  "network-error",
  "cors-blocked-answered",
  "http-status",
  "web-page",
  "too-large",
  "not-json",
  "wrong-shape",
  "no-address",
  "mixed-content",
];
const ENGINES: readonly Engine[] = ["chromium", "firefox", "webkit", "unknown"];
const GATHERINGS: readonly Gathering[] = ["every-interface", "default-interface"];
const GATHERING_FROM: readonly NonNullable<EngineTraits["gatheringFrom"]>[] = [
  "observed",
  "engine",
];

/** Limits. A real result is far below all of them; anything above is damaged or hostile. */
export const LIMITS = {
  /** Characters of payload accepted at all. */
  payload: 32_768,
  /** Bytes of JSON after decompression (stops deflate bombs). */
  json: 65_536,
  probes: 64,
  lines: 32, // reasons, evidence
  srflx: 16,
  text: 600, // one reason, evidence line or detail
  short: 128, // addresses, ids, digests, prefixes
  url: 2048,
  userAgent: 512,
  ms: 86_400_000,
  count: 10_000,
} as const;

export type ShareErrorCode =
  | "empty" // nothing after #r=
  | "malformed" // not <version><mode><base64url>
  | "too-long" // payload or its decompressed JSON exceeds the limits
  | "future-version" // made by a newer format than this page reads
  | "unsupported" // this browser cannot decompress (no DecompressionStream)
  | "corrupt" // base64, deflate, UTF-8 or JSON did not decode: damaged or cut off
  | "invalid"; // decoded, but a field is missing, mistyped or out of range

export class ShareLinkError extends Error {
  override name = "ShareLinkError";
  constructor(
    readonly code: ShareErrorCode,
    /** For "invalid": the field (compact code path, e.g. "v.r[2]"); for "future-version": the version. */
    readonly detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export interface SharedResult {
  result: Result;
  redaction: Redaction;
  /** "z" compressed, "j" plain. */
  mode: "z" | "j";
  /** The payload that decoded ("1z…"), without "#r=" or anything around it. */
  payload: string;
}

export type DecodeOutcome =
  | { ok: true; value: SharedResult }
  | { ok: false; error: ShareLinkError };

// ---------------------------------------------------------------------------------------------
// Text hygiene shared by encoder (cleans) and decoder (rejects): no control characters and no
// bidirectional overrides, which could make a tampered link display something it does not say.

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Whether a text holds none of the characters links may not carry. */
export function isCleanText(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  return !FORBIDDEN.test(text);
}

function clean(text: string, max: number): string {
  const flat = text.replace(FORBIDDEN, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

// ---------------------------------------------------------------------------------------------
// deflate-raw through the Compression Streams API

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      reader.cancel().catch(() => {});
      throw new ShareLinkError("too-long", "decompressed");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

async function transform(
  stream: CompressionStream | DecompressionStream,
  bytes: Uint8Array,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the readable side; these promises only need a handler.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  return readAll(stream.readable as ReadableStream<Uint8Array>, limit);
}

/** deflate-raw, or null when this browser has no CompressionStream for it. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    if (typeof CompressionStream !== "function") return null;
    return await transform(new CompressionStream("deflate-raw"), bytes, Number.POSITIVE_INFINITY);
  } catch {
    return null;
  }
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream("deflate-raw");
  } catch {
    throw new ShareLinkError("unsupported", "DecompressionStream");
  }
  try {
    return await transform(stream, bytes, LIMITS.json);
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw new ShareLinkError("corrupt", "deflate");
  }
}

// ---------------------------------------------------------------------------------------------
// Encoding

type Compact = Record<string, unknown>;

function code<T>(table: readonly T[], value: T): number {
  const index = table.indexOf(value);
  if (index < 0) throw new TypeError(`cannot encode ${String(value)}`);
  return index;
}

function ms(value: number): number {
  return Number.isFinite(value) ? Math.min(LIMITS.ms, Math.max(0, Math.round(value))) : 0;
}

function derivedId(kind: ProbeKind, prefix: string | undefined): string {
  return kind === "nat64-candidate" ? `nat64-candidate:${prefix ?? ""}` : kind;
}

function compactProbe(probe: ProbeOutcome): Compact {
  const out: Compact = { k: code(KINDS, probe.kind), s: code(STATUSES, probe.status) };
  if (probe.ms) out.m = ms(probe.ms);
  if (probe.ip !== null) out.a = clean(probe.ip, LIMITS.short);
  if (probe.url) out.u = isHttpUrl(probe.url) ? probe.url : "";
  if (probe.prefix !== undefined) out.p = clean(probe.prefix, LIMITS.short);
  if (probe.failure !== undefined) out.f = code(FAILURES, probe.failure);
  if (probe.httpStatus !== undefined) out.c = probe.httpStatus;
  return out;
}

function compactStun(obs: StunObservation): Compact {
  const out: Compact = { s: code(STUN_STATUSES, obs.status) };
  if (obs.srflx.length) out.a = obs.srflx.slice(0, LIMITS.srflx).map((a) => clean(a, LIMITS.short));
  if (obs.lookupError) out.e = 1;
  if (!obs.errorEvents) out.r = 0;
  if (obs.hostCandidates)
    out.h = Math.min(LIMITS.count, Math.max(0, Math.round(obs.hostCandidates)) || 0);
  if (obs.complete) out.c = 1;
  if (obs.ms) out.m = ms(obs.ms);
  return out;
}

function compactVerdict(verdict: Verdict): Compact {
  const nat64: Compact = {};
  if (verdict.nat64.detected !== null) nat64.d = verdict.nat64.detected ? 1 : 0;
  if (verdict.nat64.prefix !== null) nat64.p = clean(verdict.nat64.prefix, LIMITS.short);
  if (verdict.nat64.literalSynthesis) nat64.s = 1;
  const out: Compact = { c: code(VERDICTS, verdict.code), n: nat64 };
  if (verdict.clat !== null) out.x = verdict.clat ? 1 : 0;
  if (verdict.ipv4 !== null) out["4"] = clean(verdict.ipv4, LIMITS.short);
  if (verdict.ipv6 !== null) out["6"] = clean(verdict.ipv6, LIMITS.short);
  out.f = code(CONFIDENCES, verdict.confidence);
  return out;
}

function compactTraits(traits: EngineTraits): Compact {
  const out: Compact = {
    g: code(ENGINES, traits.engine),
    w: traits.webrtc ? 1 : 0,
    s: traits.literalSynthesis ? 1 : 0,
  };
  if (traits.iceErrorEvents !== null) out.i = traits.iceErrorEvents ? 1 : 0;
  if (traits.gathering !== null) out.n = code(GATHERINGS, traits.gathering);
  if (traits.gatheringFrom !== null) out.o = code(GATHERING_FROM, traits.gatheringFrom);
  return out;
}

function toCompact(result: Result, redaction: Redaction): Compact {
  const out: Compact = { c: clean(result.configDigest, LIMITS.short) };
  const started = Date.parse(result.startedAt);
  out.t = Number.isFinite(started) ? started : clean(result.startedAt, LIMITS.short);
  out.d = ms(result.durationMs);
  // Only what the shared view shows of it: the browser's name, version and system.
  out.u = minimalUserAgent(result.userAgent);
  out.p =
    result.pageProtocol === "https:"
      ? "s"
      : result.pageProtocol === "http:"
        ? "h"
        : clean(result.pageProtocol, 16);
  if (redaction !== "none") out.h = code(REDACTIONS, redaction);
  out.b = result.probes.slice(0, LIMITS.probes).map(compactProbe);
  if (result.webrtc) {
    const w: Compact = {};
    if (result.webrtc.name) w.n = compactStun(result.webrtc.name);
    if (result.webrtc.literal) w.l = compactStun(result.webrtc.literal);
    out.w = w;
  }
  out.v = compactVerdict(result.verdict);
  if (result.traits) out.e = compactTraits(result.traits);
  return out;
}

export interface EncodeOptions {
  /** Force the uncompressed form (tests; browsers without CompressionStream get it anyway). */
  compress?: boolean;
}

/**
 * Packs a Result (already redacted as the visitor chose; `redaction` only records the choice)
 * into the text that follows "#r=". Texts are cleaned and capped so every link a real run
 * makes decodes; a Result the page cannot have made (a config digest that is not 8 hex digits,
 * a page that is neither http: nor https:) makes a link that opens as invalid.
 */
export async function encodeShare(
  result: Result,
  redaction: Redaction = "none",
  options: EncodeOptions = {},
): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toCompact(result, redaction)));
  const packed = options.compress === false ? null : await deflate(json);
  return packed
    ? `${SHARE_FORMAT_VERSION}z${toBase64Url(packed)}`
    : `${SHARE_FORMAT_VERSION}j${toBase64Url(json)}`;
}

/** The page URL with the payload as its fragment, and without ?embed (a link is for a full page). */
export function shareUrl(pageHref: string, payload: string): string {
  const url = new URL(pageHref);
  url.searchParams.delete("embed");
  url.hash = `r=${payload}`;
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// Decoding and strict validation

class Invalid extends Error {}

function isHttpUrl(text: string): boolean {
  if (text.length > LIMITS.url) return false;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Own properties only: a key like "constructor" must never reach the prototype. */
function field(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Invalid(path);
  return value;
}

function text(value: unknown, path: string, max: number): string {
  if (typeof value !== "string" || value.length > max || !isCleanText(value)) {
    throw new Invalid(path);
  }
  return value;
}

function optText(value: unknown, path: string, max: number): string | null {
  return value === undefined ? null : text(value, path, max);
}

function int(value: unknown, path: string, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw new Invalid(path);
  }
  return value;
}

function optInt(value: unknown, path: string, max: number): number {
  return value === undefined ? 0 : int(value, path, max);
}

function flag(value: unknown, path: string): boolean | null {
  if (value === undefined) return null;
  if (value === 0 || value === 1) return value === 1;
  throw new Invalid(path);
}

function pick<T>(table: readonly T[], value: unknown, path: string): T {
  const index = int(value, path, table.length - 1);
  return table[index] as T;
}

function list<T>(
  value: unknown,
  path: string,
  max: number,
  item: (v: unknown, p: string) => T,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) throw new Invalid(path);
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) out.push(item(value[i], `${path}[${i}]`));
  return out;
}

const line = (v: unknown, p: string) => text(v, p, LIMITS.text);
/** Reads a list of sentences an older encoder wrote, to refuse a damaged one, and drops it. */
const dropLines = (value: unknown, path: string): [] => {
  list(value, path, LIMITS.lines, line);
  return [];
};
const shortText = (v: unknown, p: string) => text(v, p, LIMITS.short);

// Earliest and latest start times a link may claim (years 2000 to 9999).
const TIME_MIN = 946_684_800_000;
const TIME_MAX = 253_402_300_799_999;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** What configDigest() writes: FNV-1a as 8 lowercase hex digits. */
const DIGEST = /^[0-9a-f]{8}$/;

/**
 * An address field: an IPv4 or IPv6 address, or a hidden one exactly as the page writes it
 * (masked.ts), of `family` where the field holds one family only. An older link's English
 * words for a hidden address come back as the same fact in the tagged form, which format 1
 * never held.
 */
function address(value: unknown, path: string, format: number, family?: 4 | 6): string {
  const raw = shortText(value, path);
  const seen = addressFamily(raw);
  if (seen !== null) {
    if (family !== undefined && seen !== family) throw new Invalid(path);
    return raw;
  }
  const tagged = legacyMasked(raw) ?? (format === 1 ? null : raw);
  const masked = tagged === null ? null : parseMasked(tagged);
  if (tagged === null || masked === null || !isTrueMask(masked)) throw new Invalid(path);
  const wanted = family === 4 ? "ipv4" : family === 6 ? "ipv6" : masked.kind;
  if (masked.kind !== "removed" && masked.kind !== wanted) throw new Invalid(path);
  return tagged;
}

function optAddress(value: unknown, path: string, format: number, family?: 4 | 6): string | null {
  return value === undefined ? null : address(value, path, format, family);
}

/** The start time, always rewritten as this page writes it (toISOString). */
function startedAt(value: unknown): string {
  let time: number;
  if (typeof value === "number") {
    time = value;
  } else {
    const iso = text(value, "t", LIMITS.short);
    time = ISO.test(iso) ? Date.parse(iso) : Number.NaN;
  }
  if (!Number.isFinite(time)) throw new Invalid("t");
  return new Date(int(time >= TIME_MIN ? time : -1, "t", TIME_MAX)).toISOString();
}

/** A Pref64::/n exactly as this page writes one (canonical RFC 6052 text), or Invalid. */
function prefixText(value: unknown, path: string): string {
  const prefix = shortText(value, path);
  let canonical: string;
  try {
    canonical = canonicalPref64(prefix);
  } catch {
    throw new Invalid(path);
  }
  if (canonical !== prefix) throw new Invalid(path);
  return prefix;
}

/** The prefix a probe of this kind may carry: the NAT64 probe's is the well-known one. */
function probePrefix(kind: ProbeKind, value: unknown, path: string): string | undefined {
  if (value === undefined) {
    if (kind === "nat64-candidate") throw new Invalid(path);
    return undefined;
  }
  const prefix = prefixText(value, path);
  if (kind === "nat64" ? prefix !== WKP : kind !== "nat64-candidate") throw new Invalid(path);
  return prefix;
}

function probe(value: unknown, path: string, format: number): ProbeOutcome {
  const raw = record(value, path);
  const kind = pick(KINDS, field(raw, "k"), `${path}.k`);
  const prefix = probePrefix(kind, field(raw, "p"), `${path}.p`);
  const url = field(raw, "u") === undefined ? "" : text(field(raw, "u"), `${path}.u`, LIMITS.url);
  if (url !== "" && !isHttpUrl(url)) throw new Invalid(`${path}.u`);
  const id = derivedId(kind, prefix);
  const idRaw = field(raw, "i");
  if (idRaw !== undefined && idRaw !== id) throw new Invalid(`${path}.i`);
  const out: ProbeOutcome = {
    id,
    kind,
    url,
    status: pick(STATUSES, field(raw, "s"), `${path}.s`),
    ms: optInt(field(raw, "m"), `${path}.m`, LIMITS.ms),
    ip: optAddress(field(raw, "a"), `${path}.a`, format),
  };
  if (prefix !== undefined) out.prefix = prefix;
  // Format-1 links carry a sentence instead of a failure code: checked, then dropped.
  olderOnly(format, field(raw, "x"), `${path}.x`, (v, p) => optText(v, p, LIMITS.text));
  const failure = probeFailure(out.status, field(raw, "f"), `${path}.f`);
  if (failure !== undefined) out.failure = failure;
  const status = field(raw, "c");
  if (failure === "http-status" && status !== undefined) {
    out.httpStatus = int(status, `${path}.c`, 599);
    if (out.httpStatus < 100) throw new Invalid(`${path}.c`);
  } else if (status !== undefined) {
    throw new Invalid(`${path}.c`);
  }
  return out;
}

/** A failure code that fits the probe's status (none on an answered probe). */
function probeFailure(status: ProbeStatus, value: unknown, path: string): ProbeFailure | undefined {
  if (value === undefined) return undefined;
  const failure = pick(FAILURES, value, path);
  const fits =
    status === "timeout"
      ? failure === "timeout"
      : status === "error"
        ? failure === "network-error"
        : status === "skipped"
          ? failure === "mixed-content"
          : status === "bad-response" && WRONG_ANSWERS.includes(failure);
  if (!fits) throw new Invalid(path);
  return failure;
}

/** Engine traits: every field one of a fixed set, and only combinations detection can make. */
function traits(value: unknown): EngineTraits {
  const raw = record(value, "e");
  const webrtc = flag(field(raw, "w"), "e.w");
  const literalSynthesis = flag(field(raw, "s"), "e.s");
  if (webrtc === null) throw new Invalid("e.w");
  if (literalSynthesis === null) throw new Invalid("e.s");
  const gatheringRaw = field(raw, "n");
  const fromRaw = field(raw, "o");
  const gathering = gatheringRaw === undefined ? null : pick(GATHERINGS, gatheringRaw, "e.n");
  const gatheringFrom = fromRaw === undefined ? null : pick(GATHERING_FROM, fromRaw, "e.o");
  const iceErrorEvents = flag(field(raw, "i"), "e.i");
  // Without WebRTC there is nothing to gather or report errors from; a gathering mode always
  // says how it is known.
  if (!webrtc && (gathering !== null || iceErrorEvents !== null)) throw new Invalid("e.w");
  if ((gathering === null) !== (gatheringFrom === null)) throw new Invalid("e.o");
  return {
    engine: pick(ENGINES, field(raw, "g"), "e.g"),
    webrtc,
    iceErrorEvents,
    gathering,
    gatheringFrom,
    literalSynthesis,
  };
}

function stun(value: unknown, path: string, format: number): StunObservation {
  const raw = record(value, path);
  return {
    status: pick(STUN_STATUSES, field(raw, "s"), `${path}.s`),
    srflx: list(field(raw, "a"), `${path}.a`, LIMITS.srflx, (v, p) => address(v, p, format)),
    lookupError: flag(field(raw, "e"), `${path}.e`) === true,
    errorEvents: flag(field(raw, "r"), `${path}.r`) !== false,
    hostCandidates: optInt(field(raw, "h"), `${path}.h`, LIMITS.count),
    complete: flag(field(raw, "c"), `${path}.c`) === true,
    ms: optInt(field(raw, "m"), `${path}.m`, LIMITS.ms),
  };
}

function verdict(value: unknown, format: number): Verdict {
  const raw = record(value, "v");
  const nat64 = record(field(raw, "n"), "v.n");
  const prefixRaw = field(nat64, "p");
  const literalSynthesis = flag(field(nat64, "s"), "v.n.s");
  if (literalSynthesis === false) throw new Invalid("v.n.s");
  return {
    code: pick(VERDICTS, field(raw, "c"), "v.c"),
    // Not in the link: the rule is the classifier's, re-run on the link's measurements.
    rule: null,
    nat64: {
      detected: flag(field(nat64, "d"), "v.n.d"),
      prefix: prefixRaw === undefined ? null : prefixText(prefixRaw, "v.n.p"),
      evidence: olderOnly(format, field(nat64, "e"), "v.n.e", dropLines),
      ...(literalSynthesis ? { literalSynthesis: true as const } : {}),
    },
    clat: flag(field(raw, "x"), "v.x"),
    ipv4: optAddress(field(raw, "4"), "v.4", format, 4),
    ipv6: optAddress(field(raw, "6"), "v.6", format, 6),
    confidence: pick(CONFIDENCES, field(raw, "f"), "v.f"),
    reasons: olderOnly(format, field(raw, "r"), "v.r", dropLines),
  };
}

/**
 * A field only format 1 has (a sentence): read from a format-1 link by `read`, which checks and
 * drops it; in a format-2 link its presence alone makes the link invalid.
 */
function olderOnly<T>(
  format: number,
  value: unknown,
  path: string,
  read: (v: unknown, p: string) => T,
): T {
  if (format !== 1 && value !== undefined) throw new Invalid(path);
  return read(value, path);
}

/** Format 1 may hold a full user agent, reduced here; format 2 holds only the minimal one. */
function userAgent(value: unknown, format: number): string {
  const raw = text(value, "u", LIMITS.userAgent);
  const minimal = minimalUserAgent(raw);
  if (format !== 1 && minimal !== raw) throw new Invalid("u");
  return minimal;
}

/** The page ran over http: or https:; the test runs on nothing else. */
function protocol(value: unknown): string {
  if (value === "s") return "https:";
  if (value === "h") return "http:";
  throw new Invalid("p");
}

function digest(value: unknown): string {
  const text = shortText(value, "c");
  if (!DIGEST.test(text)) throw new Invalid("c");
  return text;
}

/** Rebuilds a clean Result from untrusted parsed JSON; throws Invalid(path) on the first fault. */
function fromCompact(value: unknown, format: number): { result: Result; redaction: Redaction } {
  const raw = record(value, "(root)");
  const result: Result = {
    version: RESULT_VERSION,
    configDigest: digest(field(raw, "c")),
    startedAt: startedAt(field(raw, "t")),
    durationMs: int(field(raw, "d"), "d", LIMITS.ms),
    userAgent: userAgent(field(raw, "u"), format),
    pageProtocol: protocol(field(raw, "p")),
    probes: list(field(raw, "b"), "b", LIMITS.probes, (v, p) => probe(v, p, format)),
    verdict: verdict(field(raw, "v"), format),
  };
  const w = field(raw, "w");
  if (w !== undefined) {
    const rawW = record(w, "w");
    const webrtc: WebRtcOutcome = {};
    if (field(rawW, "n") !== undefined) webrtc.name = stun(field(rawW, "n"), "w.n", format);
    if (field(rawW, "l") !== undefined) webrtc.literal = stun(field(rawW, "l"), "w.l", format);
    result.webrtc = webrtc;
  }
  const e = field(raw, "e");
  if (e !== undefined) result.traits = traits(e);
  const h = field(raw, "h");
  const redaction = h === undefined ? "none" : pick(REDACTIONS, h, "h");
  return { result, redaction };
}

async function decodeOrThrow(fragment: string): Promise<SharedResult> {
  let payload = fragment.trim();
  if (payload.startsWith("#")) payload = payload.slice(1);
  if (payload.startsWith("r=")) payload = payload.slice(2);
  if (payload === "") throw new ShareLinkError("empty");
  if (payload.length > LIMITS.payload) throw new ShareLinkError("too-long", "payload");
  const head = /^(\d{1,6})/.exec(payload);
  if (!head?.[1]) throw new ShareLinkError("malformed", "version");
  const version = Number(head[1]);
  if (version > SHARE_FORMAT_VERSION) throw new ShareLinkError("future-version", String(version));
  if (version < OLDEST_FORMAT) throw new ShareLinkError("malformed", "version");
  const mode = payload.charAt(head[1].length);
  if (mode !== "z" && mode !== "j") throw new ShareLinkError("malformed", "mode");
  const data = fromBase64Url(payload.slice(head[1].length + 1));
  if (data === null) throw new ShareLinkError("corrupt", "base64url");
  const json = mode === "z" ? await inflate(data) : data;
  if (json.byteLength > LIMITS.json) throw new ShareLinkError("too-long", "json");
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch {
    throw new ShareLinkError("corrupt", "json");
  }
  try {
    return { ...fromCompact(parsed, version), mode, payload };
  } catch (error) {
    if (error instanceof Invalid) throw new ShareLinkError("invalid", error.message);
    throw error;
  }
}

/**
 * Reads the text after "#r=" (a leading "#r=" or "r=" is tolerated). Never rejects: any fault,
 * expected or not, comes back as a ShareLinkError.
 */
export async function decodeShare(fragment: string): Promise<DecodeOutcome> {
  try {
    return { ok: true, value: await decodeOrThrow(String(fragment)) };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof ShareLinkError ? error : new ShareLinkError("corrupt", "unexpected"),
    };
  }
}
