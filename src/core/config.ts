// Runtime configuration, read from config.json next to index.html so one build serves any
// deployment. Validation is strict and names the bad field: a wrong config must never turn into
// a wrong verdict silently.

import { isRecord } from "./json.ts";
import { PROBE_KINDS, type ProbeKind } from "./result.ts";

export type ConfiguredProbeKind = Exclude<ProbeKind, "nat64-candidate">;

export interface Nat64Candidate {
  /** Pref64::/n, e.g. "2001:db8:64::/96". */
  prefix: string;
  /** Echo URL reachable only through that prefix. */
  url: string;
}

export interface DohResolver {
  name: string;
  url: string;
  /** A resolver that synthesizes AAAA (e.g. Google Public DNS64); used for cross-checks only. */
  dns64?: boolean;
}

export interface StunConfig {
  /** stun:name:port where the name has only an A record (the IPv4-only echo host). */
  name?: string;
  /** stun:a.b.c.d:port, the same server by its IPv4 literal. */
  literal?: string;
}

export interface Config {
  probes: Partial<Record<ConfiguredProbeKind, string>>;
  nat64Candidates: Nat64Candidate[];
  stun: StunConfig;
  timeoutMs: number;
  doh: DohResolver[];
  embedOrigins: string[];
  /**
   * Set only by the config `npm start` generates (server/local-config.ts): the page then says it
   * tests this computer's loopback, not the visitor's connection. Absent (never false) elsewhere,
   * so every other config keeps its digest.
   */
  localDemo?: true;
}

export const DEFAULT_TIMEOUT_MS = 4000;
const MIN_TIMEOUT_MS = 100;
const MAX_TIMEOUT_MS = 60_000;

/**
 * Who can put a config failure right, which decides what the page says: the link that named a
 * file with `?config=` (a wrong or tampered link: the site itself may be fine), the site's own
 * config.json (its operator), or neither (the file did not arrive: offline, or too slow).
 */
export type ConfigFault = "link" | "site" | "network";

/**
 * What is wrong, as a code the page puts into words, with its parameters in
 * `ConfigError.params`: a connection failure (fault "network") in the shell catalog, which is
 * there even offline; anything else in the config catalog ("error.<code>").
 */
export type ConfigErrorCode = NetworkErrorCode | FileErrorCode;

/** The connection failed (fault "network"): {seconds} for a timeout. */
export type NetworkErrorCode = "file-offline" | "file-timeout" | "page-part-offline";

/** The file, a field of it, or the ?config= address is wrong (fault "link" or "site"). */
export type FileErrorCode =
  // A field of the file (ConfigError.field names it).
  | "config-not-object"
  | "unknown-key"
  | "unknown-key-of" // {known}
  | "unknown-probe" // {known}
  | "not-object"
  | "not-object-with" // {keys}
  | "not-list"
  | "not-url"
  | "invalid-url" // {value}
  | "url-not-http" // {protocol}
  | "not-stun-url"
  | "prefix-shape"
  | "prefix-not-rfc6052" // {prefix}
  | "prefix-twice" // {prefix}
  | "timeout-range" // {min, max}
  | "not-text"
  | "not-boolean"
  | "not-origin-string"
  | "invalid-origin" // {value}
  | "origin-not-exact" // {value}
  // The ?config= address itself.
  | "link-address-invalid"
  | "link-address-not-http"
  | "link-address-other-site" // {origin}
  // The file as a whole; the page names the file (config.json, or the one ?config= names).
  | "file-redirects"
  | "file-http-status" // {status}
  | "file-not-found" // {status}
  | "file-timeout-site-answers" // {seconds}
  | "file-blocked-site-answers"
  | "file-web-page"
  | "file-not-json"
  | "file-unreadable";

/** Parameters of a ConfigError: text from the file or the page's address, and numbers. */
export type ConfigErrorParams = Readonly<Record<string, string | number>>;

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    /** Dotted path of the offending field, e.g. "probes.v4"; "?config" or "(file)" otherwise. */
    readonly field: string,
    readonly code: ConfigErrorCode,
    readonly params: ConfigErrorParams = {},
    readonly fault: ConfigFault = "site",
  ) {
    super(`${field}: ${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`);
  }
}

function checkHttpUrl(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigError(field, "not-url");
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(field, "invalid-url", { value });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(field, "url-not-http", { protocol: url.protocol });
  }
  return value;
}

function checkStunUrl(value: unknown, field: string): string {
  if (typeof value !== "string" || !/^stuns?:[^\s/?#]+$/.test(value)) {
    throw new ConfigError(field, "not-stun-url");
  }
  return value;
}

const PREFIX_SHAPE = /^[0-9a-fA-F:.]+\/(32|40|48|56|64|96)$/;

function checkOrigin(value: unknown, field: string): string {
  if (value === "*") return value;
  if (typeof value !== "string") throw new ConfigError(field, "not-origin-string");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(field, "invalid-origin", { value });
  }
  if (url.origin !== value) {
    throw new ConfigError(field, "origin-not-exact", { value });
  }
  return value;
}

/**
 * Validates parsed JSON; throws ConfigError naming the first bad field. `canonicalPref64`
 * (addr/address.ts, passed in so the address code stays out of the first load) checks each NAT64
 * candidate prefix by RFC 6052 and returns its canonical text; without it only the shape is
 * checked.
 */
export function parseConfig(raw: unknown, canonicalPref64?: (prefix: string) => string): Config {
  if (!isRecord(raw)) throw new ConfigError("(root)", "config-not-object");
  const known = new Set([
    "probes",
    "nat64Candidates",
    "stun",
    "timeoutMs",
    "doh",
    "embedOrigins",
    "localDemo",
  ]);
  for (const key of Object.keys(raw)) {
    if (!known.has(key) && !key.startsWith("_")) {
      throw new ConfigError(key, "unknown-key");
    }
  }

  const probes: Config["probes"] = {};
  if (raw.probes !== undefined) {
    if (!isRecord(raw.probes)) throw new ConfigError("probes", "not-object");
    for (const [key, value] of Object.entries(raw.probes)) {
      if (!(PROBE_KINDS as readonly string[]).includes(key)) {
        throw new ConfigError(`probes.${key}`, "unknown-probe", { known: PROBE_KINDS.join(", ") });
      }
      probes[key as ConfiguredProbeKind] = checkHttpUrl(value, `probes.${key}`);
    }
  }

  const nat64Candidates: Nat64Candidate[] = [];
  if (raw.nat64Candidates !== undefined) {
    if (!Array.isArray(raw.nat64Candidates)) {
      throw new ConfigError("nat64Candidates", "not-list");
    }
    raw.nat64Candidates.forEach((entry: unknown, i: number) => {
      const field = `nat64Candidates[${i}]`;
      if (!isRecord(entry))
        throw new ConfigError(field, "not-object-with", { keys: "prefix, url" });
      if (typeof entry.prefix !== "string" || !PREFIX_SHAPE.test(entry.prefix)) {
        throw new ConfigError(`${field}.prefix`, "prefix-shape");
      }
      let prefix = entry.prefix;
      if (canonicalPref64) {
        try {
          prefix = canonicalPref64(prefix);
        } catch {
          throw new ConfigError(`${field}.prefix`, "prefix-not-rfc6052", { prefix });
        }
      }
      if (nat64Candidates.some((c) => c.prefix === prefix)) {
        throw new ConfigError(`${field}.prefix`, "prefix-twice", { prefix });
      }
      nat64Candidates.push({ prefix, url: checkHttpUrl(entry.url, `${field}.url`) });
    });
  }

  const stun: StunConfig = {};
  if (raw.stun !== undefined) {
    if (!isRecord(raw.stun))
      throw new ConfigError("stun", "not-object-with", { keys: "name, literal" });
    for (const [key, value] of Object.entries(raw.stun)) {
      if (key !== "name" && key !== "literal") {
        throw new ConfigError(`stun.${key}`, "unknown-key-of", { known: "name, literal" });
      }
      stun[key] = checkStunUrl(value, `stun.${key}`);
    }
  }

  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (raw.timeoutMs !== undefined) {
    if (
      typeof raw.timeoutMs !== "number" ||
      !Number.isInteger(raw.timeoutMs) ||
      raw.timeoutMs < MIN_TIMEOUT_MS ||
      raw.timeoutMs > MAX_TIMEOUT_MS
    ) {
      throw new ConfigError("timeoutMs", "timeout-range", {
        min: MIN_TIMEOUT_MS,
        max: MAX_TIMEOUT_MS,
      });
    }
    timeoutMs = raw.timeoutMs;
  }

  const doh: DohResolver[] = [];
  if (raw.doh !== undefined) {
    if (!Array.isArray(raw.doh)) throw new ConfigError("doh", "not-list");
    raw.doh.forEach((entry: unknown, i: number) => {
      const field = `doh[${i}]`;
      if (!isRecord(entry)) throw new ConfigError(field, "not-object-with", { keys: "name, url" });
      if (typeof entry.name !== "string" || entry.name.trim() === "") {
        throw new ConfigError(`${field}.name`, "not-text");
      }
      if (entry.dns64 !== undefined && typeof entry.dns64 !== "boolean") {
        throw new ConfigError(`${field}.dns64`, "not-boolean");
      }
      const resolver: DohResolver = {
        name: entry.name,
        url: checkHttpUrl(entry.url, `${field}.url`),
      };
      if (entry.dns64) resolver.dns64 = true;
      doh.push(resolver);
    });
  }

  const embedOrigins: string[] = [];
  if (raw.embedOrigins !== undefined) {
    if (!Array.isArray(raw.embedOrigins)) {
      throw new ConfigError("embedOrigins", "not-list");
    }
    raw.embedOrigins.forEach((origin: unknown, i: number) => {
      embedOrigins.push(checkOrigin(origin, `embedOrigins[${i}]`));
    });
  }

  if (raw.localDemo !== undefined && typeof raw.localDemo !== "boolean") {
    throw new ConfigError("localDemo", "not-boolean");
  }

  return {
    probes,
    nat64Candidates,
    stun,
    timeoutMs,
    doh,
    embedOrigins,
    ...(raw.localDemo ? { localDemo: true as const } : {}),
  };
}

/**
 * Whether the config gives the self-test nothing to run: no probe, no NAT64 candidate and no
 * STUN server (the shipped public/config.json, before its operator fills it in).
 */
export function nothingToTest(config: Config): boolean {
  return (
    Object.keys(config.probes).length === 0 &&
    config.nat64Candidates.length === 0 &&
    !config.stun.name &&
    !config.stun.literal
  );
}

/**
 * A short, stable digest of a config (FNV-1a over its canonical JSON), recorded in every Result
 * so a support desk can tell which deployment produced it. Not a security measure.
 */
export function configDigest(config: Config): string {
  // parseConfig builds every Config in one fixed key order, so its JSON is canonical.
  const text = JSON.stringify(config);
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Whether the page's address names its own config with a non-empty `?config=`. */
export function configFromLink(pageUrl: string): boolean {
  return Boolean(new URL(pageUrl).searchParams.get("config"));
}

/**
 * Where to load the config from: `?config=URL` when it is an http(s) address on this site (a
 * config from elsewhere would let any link point the page at someone else's probes), else
 * config.json beside the page. Throws ConfigError("?config", …, "link"); its parameters never
 * repeat the link's text, which anyone can write.
 */
export function configLocation(pageUrl: string): string {
  const page = new URL(pageUrl);
  const requested = page.searchParams.get("config");
  const fallback = new URL("config.json", page).href;
  if (!requested) return fallback;
  let target: URL;
  try {
    target = new URL(requested, page);
  } catch {
    throw new ConfigError("?config", "link-address-invalid", {}, "link");
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new ConfigError("?config", "link-address-not-http", {}, "link");
  }
  if (target.origin !== page.origin) {
    throw new ConfigError("?config", "link-address-other-site", { origin: page.origin }, "link");
  }
  return target.href;
}

/** The page's address without `?config=`: the same view, with the site's own configuration. */
export function withoutConfigParam(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.delete("config");
  return url.href;
}

/** Whether this site answers at all (any HTTP status) within `timeoutMs`. */
async function siteAnswers(
  pageUrl: string,
  fetchImpl: (input: string, init: RequestInit) => Promise<Response>,
  timeoutMs: number,
): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    await fetchImpl(new URL("config.json", pageUrl).href, {
      signal: controller.signal,
      cache: "no-cache",
    });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and validates the runtime config. Never throws anything but a ConfigError, whose
 * `fault` says whether the link, the site or the connection is to blame.
 */
export async function fetchConfig(
  pageUrl: string,
  fetchImpl: (input: string, init: RequestInit) => Promise<Response> = (i, init) => fetch(i, init),
  timeoutMs = 8000,
): Promise<Config> {
  const fromLink = configFromLink(pageUrl);
  const fault: ConfigFault = fromLink ? "link" : "site";
  // The page names the file in its own words (config.json, or "the file named in ?config="):
  // the link's own text is never repeated on the page.
  const fail = (
    code: ConfigErrorCode,
    params: ConfigErrorParams = {},
    field = "(file)",
    blame: ConfigFault = fault,
  ) => new ConfigError(field, code, params, blame);
  const location = configLocation(pageUrl);
  // The address core reads the candidates' prefixes: requested with the file, not after it
  // (a round trip less before the probes start); the results view needs it anyway.
  const addressCore = import("./addr/address.ts");
  addressCore.catch(() => {});
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const seconds = timeoutMs / 1000;
  let text: string;
  let contentType: string;
  try {
    const response = await fetchImpl(location, { signal: controller.signal, cache: "no-cache" });
    // ?config= must stay on this site even when the server redirects it elsewhere.
    if (response.url && new URL(response.url).origin !== new URL(location).origin) {
      throw fail("file-redirects", {}, fromLink ? "?config" : "(file)");
    }
    if (!response.ok) {
      const notFound = response.status === 404 || response.status === 410;
      // A status is an identifier, not a quantity: text, so that no locale groups its digits.
      throw fail(notFound ? "file-not-found" : "file-http-status", {
        status: String(response.status),
      });
    }
    contentType = (response.headers.get("content-type") ?? "").toLowerCase();
    text = await response.text();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const timedOut = controller.signal.aborted;
    // A browser reports a redirect to another site (blocked by CORS or the page's CSP), a
    // connection reset and being offline alike. When this site still answers, the link is at
    // fault; when it does not either, the connection is.
    if (fromLink && (await siteAnswers(pageUrl, fetchImpl, Math.min(timeoutMs, 4000)))) {
      throw timedOut
        ? fail("file-timeout-site-answers", { seconds })
        : fail("file-blocked-site-answers");
    }
    throw timedOut
      ? fail("file-timeout", { seconds }, "(file)", "network")
      : fail("file-offline", {}, "(file)", "network");
  } finally {
    clearTimeout(timer);
  }
  // A server that answers every path with its front page (or a sign-in page) sends HTML.
  if (contentType.startsWith("text/html") || /^\s*</.test(text)) throw fail("file-web-page");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw fail("file-not-json");
  }
  const candidates = (raw as { nat64Candidates?: unknown } | null)?.nat64Candidates;
  let canonical: ((prefix: string) => string) | undefined;
  if (Array.isArray(candidates) && candidates.length > 0) {
    try {
      canonical = (await addressCore).canonicalPref64;
    } catch {
      throw fail("page-part-offline", {}, "(file)", "network");
    }
  }
  try {
    return parseConfig(raw, canonical);
  } catch (error) {
    if (error instanceof ConfigError) throw fail(error.code, error.params, error.field);
    throw fail("file-unreadable");
  }
}
