// DNS over HTTPS (RFC 8484) over fetch. GET with the query in `?dns=` and only an Accept header
// is a CORS "simple request", so a browser sends it without a preflight; a resolver that refuses
// GET (405/414/415/501) is retried once with POST and remembered. Each attempt is bounded by a
// timeout; the next configured resolver is tried on failure; every answer says who gave it.
// This module is only imported from lazily loaded panels: it is not part of first load.

import { toBase64Url } from "../base64url.ts";
import type { DohResolver } from "../config.ts";
import {
  type DnsMessage,
  type DnsRecord,
  DnsWireError,
  decodeMessage,
  encodeQuery,
  RECORD_TYPES,
  type RecordType,
  rcodeName,
  sameName,
  typeName,
} from "./dns-wire.ts";

export const DEFAULT_DOH_TIMEOUT_MS = 3000;
const DNS_MESSAGE = "application/dns-message";
const MAX_CNAME_HOPS = 16;

export type DohFailureKind =
  | "timeout" // no answer in time
  | "network" // fetch failed: unreachable, refused, blocked, CORS
  | "http" // an HTTP status other than 2xx
  | "not-dns" // something answered, but not with a DNS message (a filter or captive portal)
  | "truncated" // the DNS message is cut off (or has the TC bit set)
  | "malformed" // the DNS message cannot be decoded, or its CNAME chain loops
  | "mismatch" // a valid message, but not the answer to our question (ID, question, QR bit)
  | "server-failure"; // the resolver answered SERVFAIL, REFUSED, NOTIMP or FORMERR

/** Failures that mean "DoH does not get through", as opposed to "a resolver misbehaved". */
const TRANSPORT_FAILURES: ReadonlySet<DohFailureKind> = new Set([
  "timeout",
  "network",
  "http",
  "not-dns",
]);

/**
 * Why one attempt gave no answer: its kind, and the facts a renderer needs to say it
 * (src/ui/words/checks.ts). No sentences: the page words these in the reader's language.
 * `timeoutMs` is how long the attempt was allowed to wait; `contentType` the answer's media type
 * ("text/html", lowercase, without parameters); `offset` the byte where the DNS message ends too
 * early or stops making sense, when the codec knows it; `chain` the CNAME names followed, ending
 * where the loop closes; `id` the answer's message ID and `expected` our query's; `got` the
 * question the answer carries (null: none, or several); `rcode` SERVFAIL, REFUSED, NOTIMP, ….
 */
export type DohFailure =
  | { kind: "timeout"; timeoutMs: number }
  | { kind: "network" }
  | { kind: "http"; status: number }
  | { kind: "not-dns"; contentType: string }
  | { kind: "truncated"; reason: "tc-bit" }
  | { kind: "truncated"; reason: "cut-off"; offset?: number }
  | { kind: "malformed"; reason: "undecodable"; offset?: number }
  | { kind: "malformed"; reason: "cname-loop"; chain: string[] }
  | { kind: "mismatch"; reason: "query-echoed" }
  | { kind: "mismatch"; reason: "id"; id: number; expected: number }
  | {
      kind: "mismatch";
      reason: "question";
      got: { name: string; type: string } | null;
      asked: { name: string; type: RecordType };
    }
  | { kind: "server-failure"; rcode: string; name: string };

export class DohError extends Error {
  override name = "DohError";
  constructor(
    /** The resolver's configured name. */
    readonly resolver: string,
    readonly failure: DohFailure,
  ) {
    // For a developer's console only: the page words `failure` itself.
    super(`${resolver}: ${JSON.stringify(failure)}`);
  }
}

export interface DohAttempt {
  resolver: string;
  url: string;
  method: "GET" | "POST";
  ms: number;
  /** Absent when the attempt gave an answer. */
  failure?: DohFailure;
}

export interface DohAnswer {
  /** The name asked for, as given (without trailing dot). */
  name: string;
  type: RecordType;
  /** The resolver that answered. */
  resolver: DohResolver;
  method: "GET" | "POST";
  /** "NOERROR" or "NXDOMAIN" (other codes are failures and move on to the next resolver). */
  rcode: string;
  /** The names from the question to the data: [name, cname target, …]. Length 1 without CNAMEs. */
  chain: string[];
  /** The last name in the chain: the owner of `records`. */
  canonicalName: string;
  /** Records of the asked type owned by `canonicalName` (empty: the name has no such data). */
  records: DnsRecord[];
  message: DnsMessage;
  /** Milliseconds the answering attempt took. */
  ms: number;
  /** Every attempt made for this answer, failed ones first. */
  attempts: DohAttempt[];
}

/** No configured resolver gave an answer. */
export class DohUnavailableError extends Error {
  override name = "DohUnavailableError";
  /**
   * true when every attempt failed to get through (timeouts, network errors, HTTP errors,
   * non-DNS answers): the visitor's network or browser blocks DNS over HTTPS.
   */
  readonly blocked: boolean;
  constructor(
    readonly query: string,
    readonly attempts: DohAttempt[],
  ) {
    const blocked =
      attempts.length > 0 &&
      attempts.every((a) => a.failure && TRANSPORT_FAILURES.has(a.failure.kind));
    // For a developer's console only: the page words the attempts (no attempts: no resolver).
    super(`${query}: ${attempts.map((a) => `${a.resolver} ${a.failure?.kind}`).join("; ")}`);
    this.blocked = blocked;
  }
}

export interface DohOptions {
  /** Per-attempt timeout (default 3000 ms). */
  timeoutMs?: number;
  /** Aborts the whole lookup (e.g. the visitor asked about another name). */
  signal?: AbortSignal;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Message ID source; defaults to a random 16-bit number. */
  id?: () => number;
}

/** Resolver URLs that refused GET and are asked with POST from then on. */
const postOnly = new Set<string>();

/** Forgets which resolvers needed POST (for tests). */
export function forgetResolverMethods(): void {
  postOnly.clear();
}

function randomId(): number {
  const buf = new Uint16Array(1);
  crypto.getRandomValues(buf);
  return buf[0] ?? 0;
}

function abortError(): Error {
  return new DOMException("The lookup was cancelled", "AbortError");
}

/**
 * Follows the CNAME chain for `name` inside an answer section and returns the chain and the
 * records of `type` at its end. Throws DohError("malformed") when the chain loops.
 */
export function followChain(
  answers: readonly DnsRecord[],
  name: string,
  type: RecordType,
  resolver = "",
): { chain: string[]; records: DnsRecord[] } {
  const chain = [name];
  let current = name;
  if (type !== "CNAME") {
    for (;;) {
      const alias = answers.find((r) => r.type === "CNAME" && sameName(r.name, current));
      if (alias?.type !== "CNAME") break;
      if (chain.some((n) => sameName(n, alias.data)) || chain.length > MAX_CNAME_HOPS) {
        throw new DohError(resolver, {
          kind: "malformed",
          reason: "cname-loop",
          chain: [...chain, alias.data],
        });
      }
      current = alias.data;
      chain.push(current);
    }
  }
  const records = answers.filter((r) => r.type === type && sameName(r.name, current));
  return { chain, records };
}

async function attempt(
  resolver: DohResolver,
  name: string,
  type: RecordType,
  method: "GET" | "POST",
  options: DohOptions,
): Promise<DohAnswer> {
  if (options.signal?.aborted) throw abortError();
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_DOH_TIMEOUT_MS;
  const id = (options.id ?? randomId)();
  const query = encodeQuery(name, type, id);
  const fail = (failure: DohFailure) => new DohError(resolver.name, failure);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener("abort", onOuterAbort);

  const started = performance.now();
  try {
    const url = new URL(resolver.url);
    const init: RequestInit = {
      method,
      headers: { Accept: DNS_MESSAGE },
      signal: controller.signal,
      credentials: "omit",
      referrerPolicy: "no-referrer",
      cache: "no-store",
    };
    if (method === "GET") {
      url.searchParams.set("dns", toBase64Url(query)); // unpadded, RFC 8484 §4.1
    } else {
      init.headers = { Accept: DNS_MESSAGE, "Content-Type": DNS_MESSAGE };
      init.body = query;
    }

    let response: Response;
    let body: Uint8Array;
    try {
      response = await doFetch(url.href, init);
      body = new Uint8Array(await response.arrayBuffer());
    } catch {
      if (options.signal?.aborted) throw abortError();
      if (timedOut) throw fail({ kind: "timeout", timeoutMs });
      // The browser's own message ("Failed to fetch") says no more than the kind, in English.
      throw fail({ kind: "network" });
    }

    if (!response.ok) throw fail({ kind: "http", status: response.status });
    const contentType = (response.headers.get("content-type") ?? "").toLowerCase();
    if (contentType && !contentType.startsWith(DNS_MESSAGE)) {
      throw fail({ kind: "not-dns", contentType: (contentType.split(";")[0] ?? "").trim() });
    }

    let message: DnsMessage;
    try {
      message = decodeMessage(body);
    } catch (err) {
      if (err instanceof DnsWireError) {
        const at = err.offset === undefined ? {} : { offset: err.offset };
        throw fail(
          err.kind === "truncated"
            ? { kind: "truncated", reason: "cut-off", ...at }
            : { kind: "malformed", reason: "undecodable", ...at },
        );
      }
      throw err;
    }

    if (!message.qr) throw fail({ kind: "mismatch", reason: "query-echoed" });
    if (message.id !== id) {
      throw fail({ kind: "mismatch", reason: "id", id: message.id, expected: id });
    }
    const question = message.questions[0];
    if (
      message.questions.length !== 1 ||
      !question ||
      !sameName(question.name, name) ||
      question.type !== RECORD_TYPES[type]
    ) {
      throw fail({
        kind: "mismatch",
        reason: "question",
        got:
          message.questions.length === 1 && question
            ? { name: question.name, type: typeName(question.type) }
            : null,
        asked: { name, type },
      });
    }
    if (message.tc) throw fail({ kind: "truncated", reason: "tc-bit" });
    const rcode = rcodeName(message.rcode);
    if (rcode !== "NOERROR" && rcode !== "NXDOMAIN") {
      throw fail({ kind: "server-failure", rcode, name });
    }

    const { chain, records } = followChain(message.answers, name, type, resolver.name);
    return {
      name,
      type,
      resolver,
      method,
      rcode,
      chain,
      canonicalName: chain[chain.length - 1] ?? name,
      records,
      message,
      ms: Math.round(performance.now() - started),
      attempts: [],
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
}

/** GET statuses that mean "ask me with POST". */
const WANTS_POST = new Set([405, 414, 415, 501]);

/**
 * Asks one resolver. Uses GET unless the resolver is known to need POST; falls back to POST once
 * when GET is refused with 405, 414, 415 or 501. Throws DohError, or an AbortError on cancel.
 */
export async function queryResolver(
  resolver: DohResolver,
  name: string,
  type: RecordType,
  options: DohOptions = {},
): Promise<DohAnswer> {
  const bare = name.length > 1 && name.endsWith(".") ? name.slice(0, -1) : name;
  if (!postOnly.has(resolver.url)) {
    try {
      return await attempt(resolver, bare, type, "GET", options);
    } catch (err) {
      const refused = err instanceof DohError && err.failure.kind === "http" && err.failure;
      if (!refused || !WANTS_POST.has(refused.status)) throw err;
      postOnly.add(resolver.url);
    }
  }
  return attempt(resolver, bare, type, "POST", options);
}

/**
 * Looks `name`/`type` up with the first resolver that answers, in order. Throws
 * DohUnavailableError (with every attempt) when none does; an AbortError when cancelled.
 */
export async function resolve(
  resolvers: readonly DohResolver[],
  name: string,
  type: RecordType,
  options: DohOptions = {},
): Promise<DohAnswer> {
  const attempts: DohAttempt[] = [];
  for (const resolver of resolvers) {
    if (options.signal?.aborted) throw abortError();
    const started = performance.now();
    try {
      const answer = await queryResolver(resolver, name, type, options);
      attempts.push({
        resolver: resolver.name,
        url: resolver.url,
        method: answer.method,
        ms: answer.ms,
      });
      answer.attempts = attempts;
      return answer;
    } catch (err) {
      if (!(err instanceof DohError)) throw err;
      attempts.push({
        resolver: resolver.name,
        url: resolver.url,
        method: postOnly.has(resolver.url) ? "POST" : "GET",
        ms: Math.round(performance.now() - started),
        failure: err.failure,
      });
    }
  }
  throw new DohUnavailableError(`${name} ${type}`, attempts);
}

/** The addresses (A/AAAA), names (CNAME/PTR) or texts (TXT) of an answer, in order. */
export function answerData(answer: DohAnswer): string[] {
  const out: string[] = [];
  for (const r of answer.records) {
    if (r.type === "A" || r.type === "AAAA" || r.type === "CNAME" || r.type === "PTR") {
      out.push(r.data);
    } else if (r.type === "TXT") out.push(r.data.join(""));
  }
  return out;
}

/** The distinct names of these resolvers, in order: who may be sent a lookup. */
export function resolverNames(resolvers: readonly DohResolver[]): string[] {
  return [...new Set(resolvers.map((r) => r.name.trim()))];
}
