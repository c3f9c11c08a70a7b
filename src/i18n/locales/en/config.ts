// The site's configuration: why a configuration cannot be used (by whose fault) and what is
// wrong with a field. Loaded only when that happens, not before first paint; what must show when the device is offline
// is in shell ("load.*"). English is the source: de/config.ts and es/config.ts have exactly
// these keys. "error.<code>" follows src/core/config.ts's ConfigErrorCode; a field's error
// follows "Field x: "; {file} always starts its sentence.

import type { Messages } from "../../message.ts";

const config = {
  "link.address": "This link's configuration address is not valid, so the test cannot run.",
  "link.file": "This link's configuration could not be loaded, so the test cannot run.",
  "link.field": "This link's configuration is not valid, so the test cannot run.",
  "link.explain":
    "The link asks the test to use settings other than this site's own. The link is wrong or has been changed; the site itself may be fine.",
  "site.headline": "This test is not set up correctly, so it cannot run.",
  "site.problem": "Problem in the configuration: {problem}",
  "site.advice": "If you run this site, fix config.json. The address decoder below still works.",
  field: "Field {field}: {problem}",

  "error.config-not-object": "the configuration must be a JSON object",
  "error.unknown-key": "unknown key (prefix it with _ to keep it as a comment)",
  "error.unknown-key-of": "unknown key (known: {known})",
  "error.unknown-probe": "unknown probe (known: {known})",
  "error.not-object": "must be an object",
  "error.not-object-with": "must be an object with the keys {keys}",
  "error.not-list": "must be a list",
  "error.not-url": "must be a URL string",
  "error.invalid-url": "“{value}” is not a valid absolute URL",
  "error.url-not-http": "must be an http:// or https:// URL, not {protocol}",
  "error.not-stun-url": "must be a STUN URL like “stun:v4.example.net:3478”",
  "error.prefix-shape": "must be “P/n” with n one of 32, 40, 48, 56, 64 or 96",
  "error.prefix-not-rfc6052":
    "{prefix} is not a NAT64 prefix that RFC 6052 allows: it must be a valid IPv6 prefix with no bits set past its length (and in a /96, bits 64 to 71 must be zero)",
  "error.prefix-twice": "{prefix} is listed twice",
  "error.timeout-range": "must be a whole number of milliseconds, {min} to {max}",
  "error.not-text": "must be a non-empty string",
  "error.not-boolean": "must be true or false",
  "error.not-origin-string": "must be an origin string",
  "error.invalid-origin": "“{value}” is not an origin like https://help.example.net",
  "error.origin-not-exact": "“{value}” must be exactly an origin (scheme://host[:port])",
  "error.link-address-invalid": "The address in ?config= is not a valid web address.",
  "error.link-address-not-http": "The address in ?config= is not an http(s) address.",
  "error.link-address-other-site":
    "The address in ?config= is on another site; only files on {origin} are used.",
  "error.file-redirects": "{file} redirects to another site.",
  "error.file-http-status": "{file} answered HTTP {status}.",
  "error.file-not-found": "{file} answered HTTP {status} (not found).",
  "error.file-timeout-site-answers":
    "{file} did not load within {seconds} s, although this site answers.",
  "error.file-blocked-site-answers":
    "{file} could not be fetched, although this site answers (does it redirect to another site?).",
  "error.file-web-page": "{file} is a web page, not a configuration file.",
  "error.file-not-json": "{file} is not valid JSON.",
  "error.file-unreadable": "{file} could not be read.",
} as const satisfies Messages;

export default config;

declare module "../../namespaces.ts" {
  interface Namespaces {
    config: typeof config;
  }
}
