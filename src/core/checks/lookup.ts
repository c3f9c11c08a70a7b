// One DNS-over-HTTPS lookup as the checks use it: the addresses (or HTTPS hints) and who gave
// them, or why no resolver did, as facts — the resolver, the kind of failure and how long it
// took — rather than the DoH client's sentences, so the page can word them in any language.

import type { DohAnswer, DohFailureKind } from "../dns/doh.ts";
import { DohUnavailableError } from "../dns/doh.ts";

export interface LookupFailure {
  /** The resolver's configured name; "" when the lookup failed before reaching one. */
  resolver: string;
  /** What went wrong; "error" for anything the DoH client does not classify. */
  kind: DohFailureKind | "error";
  /** How long the attempt took; for a timeout, how long it was allowed to wait, when known. */
  ms: number;
  /** The DoH client's own diagnostic, for the technical details; not for the headline. */
  detail: string;
}

export type Lookup =
  | {
      ok: true;
      /** "NOERROR" or "NXDOMAIN". */
      rcode: string;
      /** Addresses (A/AAAA); empty for HTTPS, whose data is in `hints`. */
      values: string[];
      /** HTTPS records: their ipv4hint / ipv6hint. */
      hints?: { ipv4: string[]; ipv6: string[] };
      chain: string[];
      resolver: string;
      ms: number;
    }
  | {
      ok: false;
      /** The resolvers could not be reached at all (DoH blocked), rather than misbehaving. */
      blocked: boolean;
      /** One per resolver tried, in order; empty when none is configured. */
      failures: LookupFailure[];
    };

/** A DoH answer as a Lookup. */
export function lookupFromAnswer(answer: DohAnswer): Lookup {
  const values: string[] = [];
  const hints = { ipv4: [] as string[], ipv6: [] as string[] };
  for (const r of answer.records) {
    if (r.type === "A" || r.type === "AAAA") values.push(r.data);
    if (r.type === "HTTPS") {
      hints.ipv4.push(...r.data.ipv4hint);
      hints.ipv6.push(...r.data.ipv6hint);
    }
  }
  return {
    ok: true,
    rcode: answer.rcode,
    values,
    ...(answer.type === "HTTPS" ? { hints } : {}),
    chain: answer.chain,
    resolver: answer.resolver.name,
    ms: answer.ms,
  };
}

/**
 * A failed lookup (DohUnavailableError, or anything else) as a Lookup. With the per-attempt
 * `timeoutMs` the lookup used, a timeout says how long it waited rather than how long it took
 * (which a busy device stretches).
 */
export function lookupFromError(error: unknown, timeoutMs?: number): Lookup {
  if (error instanceof DohUnavailableError) {
    return {
      ok: false,
      blocked: error.blocked,
      failures: error.attempts.map((a) => ({
        resolver: a.resolver,
        kind: a.failure ?? "error",
        ms: a.failure === "timeout" && timeoutMs !== undefined ? timeoutMs : a.ms,
        detail: a.detail ?? a.failure ?? "",
      })),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, blocked: false, failures: [{ resolver: "", kind: "error", ms: 0, detail }] };
}
