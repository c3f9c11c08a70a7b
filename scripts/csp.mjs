#!/usr/bin/env node
// Prints the Content-Security-Policy for the page, generated from a deployment's config.json:
// the page may connect only to itself, its configured probe and candidate echo origins and its
// DoH resolvers, runs only its own scripts and styles, and can be framed only by embedOrigins.
//
//   node scripts/csp.mjs [--scheme https|http] [config.json]   # the header value
//   node scripts/csp.mjs --nginx [config.json] > csp.conf        # an nginx map for both schemes
//
// config.json defaults to dist/config.json. Why the two schemes differ:
//   - an https:// page cannot fetch http:// URLs at all (mixed content; the page marks those
//     probes "skipped"), so they are left out of its policy;
//   - CSP host sources cannot name an IP address (the CSP spec matches domains only, and
//     bracketed IPv6 is not even valid syntax), so an IP-literal probe can only be allowed by
//     its scheme ("http:" / "https:"). That widens connect-src to any origin of that scheme,
//     which is why the generator says so on stderr. script-src stays 'self'.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function list(value) {
  return Array.isArray(value) ? value : [];
}

/** Every URL the page may fetch besides its own origin: probes, NAT64 candidates, DoH. */
export function connectUrls(config) {
  const probes = config && typeof config.probes === "object" && config.probes ? config.probes : {};
  return [
    ...Object.values(probes),
    ...list(config?.nat64Candidates).map((c) => c?.url),
    ...list(config?.doh).map((d) => d?.url),
  ].filter((url) => typeof url === "string");
}

/**
 * The connect-src source for one URL: its origin, or its scheme for an IP literal. Throws for
 * anything that is not a plain http(s) URL with a DNS name or IP address (so nothing unexpected
 * can reach the header or the nginx configuration).
 */
export function connectSource(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`${url}: only http:// and https:// URLs can be probes`);
  }
  const host = parsed.hostname;
  if (host.startsWith("[") || IPV4.test(host)) return { source: parsed.protocol, ipLiteral: true };
  if (!HOSTNAME.test(host)) throw new Error(`${url}: "${host}" is not a plain DNS name`);
  return { source: parsed.origin, ipLiteral: false };
}

/**
 * frame-ancestors from embedOrigins: 'self' plus those origins, * when it lists "*". 'self' so
 * the site's own example help page (embed.html) can frame it; embedOrigins is the list of help
 * pages that embed the page (?embed=1) and receive the full result; a page that may be framed
 * by anyone would need --frame-ancestors "*".
 */
export function frameAncestors(config) {
  const origins = list(config?.embedOrigins);
  if (origins.length === 0) return "'self'";
  if (origins.includes("*")) return "*";
  for (const origin of origins) {
    if (typeof origin !== "string" || connectSource(origin).source !== origin) {
      throw new Error(`embedOrigins: "${origin}" must be an origin with a DNS name`);
    }
  }
  return ["'self'", ...origins].join(" ");
}

/**
 * The policy for a page served over `pageScheme` ("https" or "http"). Returns the header value
 * and warnings (IP-literal probes that widen connect-src to a whole scheme).
 */
export function buildCsp(config, pageScheme = "https", options = {}) {
  if (pageScheme !== "https" && pageScheme !== "http") {
    throw new Error(`page scheme must be https or http, not ${pageScheme}`);
  }
  const sources = ["'self'"];
  const warnings = [];
  for (const url of connectUrls(config)) {
    if (pageScheme === "https" && url.startsWith("http:")) continue; // blocked as mixed content
    const { source, ipLiteral } = connectSource(url);
    if (ipLiteral) {
      warnings.push(
        `${url}: CSP cannot name an IP address; connect-src allows every ${source} origin on the ${pageScheme} page`,
      );
    }
    if (!sources.includes(source)) sources.push(source);
  }
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "manifest-src 'self'",
    `connect-src ${sources.join(" ")}`,
    `frame-ancestors ${options.frameAncestors ?? frameAncestors(config)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ];
  return { value: directives.join("; "), warnings };
}

/** An nginx http-context map that page-headers.conf sends as Content-Security-Policy. */
export function nginxCspConf(config, sourceName = "config.json", options = {}) {
  const https = buildCsp(config, "https", options);
  const http = buildCsp(config, "http", options);
  for (const value of [https.value, http.value]) {
    if (/["\\$\n]/.test(value)) throw new Error("refusing to write a policy nginx would misread");
  }
  const text = [
    `# GENERATED by scripts/csp.mjs from ${sourceName}: regenerate whenever it changes.`,
    "# Include in the http {} context; page-headers.conf sends $nat64_selftest_csp.",
    "map $scheme $nat64_selftest_csp {",
    `    https "${https.value}";`,
    `    default "${http.value}";`,
    "}",
    "",
  ].join("\n");
  return { text, warnings: [...new Set([...https.warnings, ...http.warnings])] };
}

/** A --frame-ancestors override: 'none', 'self', * or origins, nothing that could break out. */
export function checkFrameAncestors(value) {
  const sources = String(value ?? "")
    .trim()
    .split(/\s+/);
  const ok = (s) =>
    s === "*" || s === "'none'" || s === "'self'" || /^https?:\/\/[a-z0-9.*-]+(:\d+)?$/.test(s);
  if (sources[0] === "" || !sources.every(ok)) {
    throw new Error(`--frame-ancestors: "${value}" must be 'none', 'self', * or origins`);
  }
  return sources.join(" ");
}

function main(argv) {
  let scheme = "https";
  let nginx = false;
  let file = "dist/config.json";
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--nginx") nginx = true;
    else if (arg === "--scheme") scheme = argv[++i] ?? "";
    else if (arg.startsWith("--scheme=")) scheme = arg.slice("--scheme=".length);
    else if (arg === "--frame-ancestors") {
      try {
        options.frameAncestors = checkFrameAncestors(argv[++i]);
      } catch (err) {
        console.error(`csp: ${err.message}`);
        return 2;
      }
    } else if (arg === "-h" || arg === "--help") {
      console.log(
        "usage: node scripts/csp.mjs [--scheme https|http] [--nginx] [--frame-ancestors SOURCES] [config.json]",
      );
      return 0;
    } else if (arg.startsWith("-")) {
      console.error(`csp: unknown option ${arg}`);
      return 2;
    } else file = arg;
  }
  let config;
  try {
    config = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    console.error(`csp: cannot read ${file}: ${err.message}`);
    return 1;
  }
  try {
    const { text, warnings } = nginx
      ? nginxCspConf(config, file, options)
      : (({ value, warnings }) => ({ text: `${value}\n`, warnings }))(
          buildCsp(config, scheme, options),
        );
    for (const warning of warnings) console.error(`csp: note: ${warning}`);
    process.stdout.write(text);
    return 0;
  } catch (err) {
    console.error(`csp: ${file}: ${err.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
