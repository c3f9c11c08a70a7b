// Networks that loopback cannot be, for browser tests and screenshots: the page's probes go to
// names and addresses (documentation ranges) that Chromium never contacts; every request that is
// not for the page's own site or the fake DNS-over-HTTPS resolver on 127.0.0.1 is answered here,
// by request interception, as the echo endpoints would answer on that network, or fails as the
// network would fail it. Nothing leaves the machine: an unknown request is refused.

import type { BrowserContext, Route } from "playwright-core";
import { type FakeDohServer, type FakeZone, startFakeDoh } from "../fixtures/fake-doh.ts";

/** What the visitor's network looks like to the echo endpoints. */
export type FakeNetwork =
  | "dual-stack"
  | "ipv6-only-nat64"
  | "ipv6-only-no-nat64"
  /** Every probe waits for ever (until the page's own timeout): the waiting state. */
  | "silent";

// The deployment: an IPv4-only echo host, an IPv6-only one and a dual-stack name (RFC 5737 and
// RFC 3849 documentation addresses).
const ECHO_V4 = "198.51.100.7";
const ECHO_V6 = "2001:db8:64::7";
/** The echo's IPv4 inside the well-known NAT64 prefix 64:ff9b::/96. */
const ECHO_NAT64 = "64:ff9b::c633:6407";

/** Probe kind → URL, as a real deployment's config.json lists them. */
export const FAKE_PROBES: Record<string, string> = {
  v4: "http://v4.selftest.example/echo",
  v6: "http://v6.selftest.example/echo",
  ds: "http://ds.selftest.example/echo",
  nat64: `http://[${ECHO_NAT64}]/echo`,
  v4literal: `http://${ECHO_V4}/echo`,
  v6literal: `http://[${ECHO_V6}]/echo`,
  large: "http://ds.selftest.example/echo?size=1600",
};

/** The probe names' records, for the page's own setup check, and a server to check. */
export const FAKE_ZONE: FakeZone = {
  "v4.selftest.example": { A: [ECHO_V4] },
  "v6.selftest.example": { AAAA: [ECHO_V6] },
  "ds.selftest.example": { A: [ECHO_V4], AAAA: [ECHO_V6] },
  "vpn.example.com": { A: ["203.0.113.50"] },
};

// The visitor, as the echo endpoints see them.
const CLIENT_V4 = "198.51.100.20"; // behind the home router's NAT
const CLIENT_V6 = "2001:db8:beef:1::42";
const POOL_V4 = "203.0.113.7"; // the carrier NAT64's pool

type Answer = { ip: string } | "fails" | "hangs";

/** Which address each probe's echo sees, or how the probe fails, on each network. */
const ANSWERS: Record<FakeNetwork, Record<string, Answer>> = {
  "dual-stack": {
    v4: { ip: CLIENT_V4 },
    v6: { ip: CLIENT_V6 },
    ds: { ip: CLIENT_V6 },
    nat64: "fails",
    v4literal: { ip: CLIENT_V4 },
    v6literal: { ip: CLIENT_V6 },
    large: { ip: CLIENT_V6 },
  },
  "ipv6-only-nat64": {
    v4: { ip: POOL_V4 },
    v6: { ip: CLIENT_V6 },
    ds: { ip: CLIENT_V6 },
    nat64: { ip: POOL_V4 },
    v4literal: "fails",
    v6literal: { ip: CLIENT_V6 },
    large: { ip: CLIENT_V6 },
  },
  "ipv6-only-no-nat64": {
    v4: "fails",
    v6: { ip: CLIENT_V6 },
    ds: { ip: CLIENT_V6 },
    nat64: "fails",
    v4literal: "fails",
    v6literal: { ip: CLIENT_V6 },
    large: { ip: CLIENT_V6 },
  },
  silent: Object.fromEntries(Object.keys(FAKE_PROBES).map((kind) => [kind, "hangs"])),
};

/** The probe kind a URL belongs to, by its exact URL in FAKE_PROBES. */
function probeKind(url: string): string | null {
  for (const [kind, probeUrl] of Object.entries(FAKE_PROBES)) {
    if (new URL(probeUrl).href === url) return kind;
  }
  return null;
}

export interface FakeDeployment {
  /** The fake DoH resolver every config here names. */
  doh: FakeDohServer;
  /** A config.json for this deployment; `probes: false` gives one with nothing to test. */
  config(options?: { probes?: boolean; timeoutMs?: number }): string;
  /**
   * Answers the probes of every page in `context` as `network` would; requests to `allowed`
   * origins (the page's site) and to the fake resolver go through.
   */
  route(context: BrowserContext, network: FakeNetwork, allowed: string[]): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeDeployment(): Promise<FakeDeployment> {
  const doh = await startFakeDoh(FAKE_ZONE);
  return {
    doh,
    config: ({ probes = true, timeoutMs = 4000 } = {}) =>
      JSON.stringify({
        probes: probes ? FAKE_PROBES : {},
        timeoutMs,
        doh: [
          { name: "Example DNS", url: `${doh.origin}/dns-query` },
          { name: "Example DNS64", url: `${doh.origin}/dns64/dns-query`, dns64: true },
        ],
      }),
    route: async (context, network, allowed) => {
      const through = new Set([...allowed.map((a) => new URL(a).origin), doh.origin]);
      await context.unroute("**/*").catch(() => {});
      await context.route("**/*", (route: Route) => {
        const url = route.request().url();
        if (url.startsWith("data:") || through.has(new URL(url).origin)) {
          return route.continue();
        }
        const kind = probeKind(url);
        const answer = (kind && ANSWERS[network][kind]) || "fails";
        if (answer === "hangs") return; // the page's own timeout ends it
        if (answer === "fails") return route.abort("addressunreachable");
        const body = JSON.stringify({
          ip: answer.ip,
          port: 50_000,
          ...(kind === "large" ? { pad: "x".repeat(1600) } : {}),
        });
        return route.fulfill({
          status: 200,
          headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
          contentType: "application/json",
          body,
        });
      });
    },
    close: () => doh.close(),
  };
}
