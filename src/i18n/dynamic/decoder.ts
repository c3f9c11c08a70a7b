// Keys of the decoder catalog that src/ui/words/decoder.ts builds from a code at run time. The
// records make the typecheck fail when a code is added without its message; the catalog test
// counts these keys as used. Not imported by the page.

import {
  ADDRESS_SCOPES,
  type AddressNoteCode,
  type EmbeddedKind,
  NON_GLOBAL_IPV4_RANGES,
} from "../../core/addr/address.ts";
import type { AddressRole, NothingFound } from "../../core/addr/decode-input.ts";
import type { MessageKey } from "../namespaces.ts";

const ROLES: Record<AddressRole, true> = {
  address: true,
  answer: true,
  resolver: true,
  endpoint: true,
  url: true,
};

const KINDS: Record<EmbeddedKind, true> = {
  "ipv4-mapped": true,
  "ipv4-compatible": true,
  "siit-ipv4-translated": true,
  "nat64-wkp": true,
  "nat64-local-use": true,
  "nat64-known": true,
  "nat64-nsp": true,
  "6to4": true,
  teredo: true,
  isatap: true,
};

const NOTES: Record<AddressNoteCode, true> = {
  "ipv4-mapped": true,
  "siit-translated": true,
  "ipv4-compatible": true,
  "ipv4only-arpa": true,
  "wkp-non-global": true,
  "local-use-unknown-length": true,
  "u-octet-not-zero": true,
  "suffix-not-zero": true,
  "6to4": true,
  teredo: true,
  isatap: true,
  documentation: true,
};

const NOTHING: Record<NothingFound, true> = {
  "endpoint-without-address": true,
  "url-without-address": true,
  "no-address": true,
};

const keys = <C extends string>(codes: Record<C, true>) => Object.keys(codes) as C[];

export default [
  ...keys(ROLES).map((role) => `decoder.role.${role}` as const),
  ...keys(ROLES).map((role) => `decoder.subject.${role}` as const),
  ...keys(KINDS).map((kind) => `decoder.kind.${kind}` as const),
  ...ADDRESS_SCOPES.map((scope) => `decoder.scope.${scope}` as const),
  ...ADDRESS_SCOPES.map((scope) => `decoder.scopeName.${scope}` as const),
  ...keys(NOTES).map((note) => `decoder.note.${note}` as const),
  ...NON_GLOBAL_IPV4_RANGES.map((range) => `decoder.ipv4Range.${range}` as const),
  ...keys(NOTHING).map((problem) => `decoder.nothing.${problem}` as const),
] satisfies readonly MessageKey[];
