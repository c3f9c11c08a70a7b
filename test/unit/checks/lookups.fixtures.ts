// DoH lookups as the checks see them, for the server-check tests.
import type { Lookup, LookupFailure } from "../../../src/core/checks/lookup.ts";
import type { ServerLookups } from "../../../src/core/checks/server-lookups.ts";

type Answered = Extract<Lookup, { ok: true }>;

export const ok = (values: string[], extra: Partial<Answered> = {}): Lookup => ({
  ok: true,
  rcode: "NOERROR",
  values,
  chain: ["vpn.example.com"],
  resolver: "Cloudflare",
  ms: 12,
  ...extra,
});

export const NX: Lookup = {
  ok: true,
  rcode: "NXDOMAIN",
  values: [],
  chain: ["nx.example.com"],
  resolver: "Cloudflare",
  ms: 9,
};

export const TIMEOUT: LookupFailure = {
  resolver: "Cloudflare",
  kind: "timeout",
  ms: 3000,
  detail: "Cloudflare: no answer within 3 s",
};

export const MALFORMED: LookupFailure = {
  resolver: "Cloudflare",
  kind: "malformed",
  ms: 40,
  detail: "Cloudflare: sent a malformed DNS answer: answer ends in the middle of a record",
};

export const blocked: Lookup = { ok: false, blocked: true, failures: [TIMEOUT] };
export const broken: Lookup = { ok: false, blocked: false, failures: [MALFORMED] };

export const A_ONLY: ServerLookups = {
  a: ok(["198.51.100.7"]),
  aaaa: ok([]),
  https: ok([], { hints: { ipv4: [], ipv6: [] } }),
  dns64: ok(["64:ff9b::c633:6407"], { resolver: "Google Public DNS64" }),
};

export const DUAL: ServerLookups = {
  a: ok(["192.0.2.10"]),
  aaaa: ok(["2001:db8::10"]),
  https: ok([], { hints: { ipv4: ["192.0.2.10"], ipv6: ["2001:db8::10"] } }),
};
