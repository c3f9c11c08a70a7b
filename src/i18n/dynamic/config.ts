// Keys of the config catalog that ConfigProblem builds from a ConfigError's code. The record
// makes the typecheck fail when a code is added without its message; the catalog test counts
// these keys as used. Not imported by the page.

import type { FileErrorCode } from "../../core/config.ts";
import type { MessageKey } from "../namespaces.ts";

const CODES: Record<FileErrorCode, true> = {
  "config-not-object": true,
  "unknown-key": true,
  "unknown-key-of": true,
  "unknown-probe": true,
  "not-object": true,
  "not-object-with": true,
  "not-list": true,
  "not-url": true,
  "invalid-url": true,
  "url-not-http": true,
  "not-stun-url": true,
  "prefix-shape": true,
  "prefix-not-rfc6052": true,
  "prefix-twice": true,
  "timeout-range": true,
  "not-text": true,
  "not-boolean": true,
  "not-origin-string": true,
  "invalid-origin": true,
  "origin-not-exact": true,
  "link-address-invalid": true,
  "link-address-not-http": true,
  "link-address-other-site": true,
  "file-redirects": true,
  "file-http-status": true,
  "file-not-found": true,
  "file-timeout-site-answers": true,
  "file-blocked-site-answers": true,
  "file-web-page": true,
  "file-not-json": true,
  "file-unreadable": true,
};

export default (Object.keys(CODES) as FileErrorCode[]).map(
  (code) => `config.error.${code}` as const,
) satisfies readonly MessageKey[];
