// "Check my server", step two: the DNS questions a server check asks — A, AAAA and HTTPS from
// the ordinary resolvers, and AAAA from a DNS64 resolver to cross-check the synthesis — all at
// once. The DoH client is passed in, so this runs in tests without a network and the DoH code
// stays in the chunk that loads with the panel.

import type { DohResolver } from "../config.ts";
import type { RecordType } from "../dns/dns-wire.ts";
import type { DohAnswer, DohOptions } from "../dns/doh.ts";
import { DEFAULT_DOH_TIMEOUT_MS } from "../dns/doh.ts";
import { type Lookup, lookupFromAnswer, lookupFromError } from "./lookup.ts";
import type { ServerInput } from "./server-input.ts";

export interface ServerLookups {
  a?: Lookup;
  aaaa?: Lookup;
  https?: Lookup;
  /** AAAA from a DNS64 resolver (Google Public DNS64), for the cross-check. */
  dns64?: Lookup;
}

/** The DoH client's resolve() (src/core/dns/doh.ts), or a stand-in for it. */
export type Resolve = (
  resolvers: readonly DohResolver[],
  name: string,
  type: RecordType,
  options: DohOptions,
) => Promise<DohAnswer>;

export interface ServerResolvers {
  /** Resolvers that answer as the name's own DNS does: the source of truth. */
  plain: DohResolver[];
  /** Resolvers that synthesize AAAA records: asked only to cross-check the synthesis. */
  dns64: DohResolver[];
}

export function serverResolvers(configured: readonly DohResolver[]): ServerResolvers {
  return {
    plain: configured.filter((r) => !r.dns64),
    dns64: configured.filter((r) => r.dns64),
  };
}

export interface LookupOptions {
  resolve: Resolve;
  /** Cancels the lookups, e.g. when the person checks another name. */
  signal?: AbortSignal;
  /** The page's probe timeout; a DoH attempt waits no longer than this, nor than 3 s. */
  timeoutMs: number;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/**
 * Looks up everything the check of `input` needs; an address literal needs nothing. Resolves
 * to null when cancelled; a failed lookup is a Lookup that says why, never a rejection.
 */
export async function lookUpServer(
  input: ServerInput,
  resolvers: ServerResolvers,
  options: LookupOptions,
): Promise<ServerLookups | null> {
  if (input.kind !== "name") return options.signal?.aborted ? null : {};
  const doh: DohOptions = {
    timeoutMs: Math.min(DEFAULT_DOH_TIMEOUT_MS, options.timeoutMs),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const lookup = async (from: DohResolver[], type: RecordType): Promise<Lookup> => {
    try {
      return lookupFromAnswer(await options.resolve(from, input.host, type, doh));
    } catch (error) {
      if (isAbort(error)) throw error;
      return lookupFromError(error, doh.timeoutMs);
    }
  };
  try {
    const [a, aaaa, https, dns64] = await Promise.all([
      lookup(resolvers.plain, "A"),
      lookup(resolvers.plain, "AAAA"),
      lookup(resolvers.plain, "HTTPS"),
      resolvers.dns64.length > 0 ? lookup(resolvers.dns64, "AAAA") : undefined,
    ]);
    if (options.signal?.aborted) return null;
    return dns64 ? { a, aaaa, https, dns64 } : { a, aaaa, https };
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}
