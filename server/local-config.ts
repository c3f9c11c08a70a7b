// The config.json for a page served on this machine: `npm start`, the browser tests and anyone
// trying the page on a LAN. Loopback has no DNS names with only an A or only an AAAA record, so
// the IPv4-only and IPv6-only probes use the loopback literals, and "localhost" (which has both)
// is the dual-stack name.

import { formatHostPort } from "./echo.ts";

export interface LocalEchoAddresses {
  /** Where an IPv4 echo listens, e.g. { host: "127.0.0.1", port: 8065 }. */
  v4?: { host: string; port: number };
  /** Where an IPv6 echo listens, e.g. { host: "::1", port: 8065 }. */
  v6?: { host: string; port: number };
  /** A name that resolves to both, listening on one port on both (e.g. "localhost"). */
  dualStackName?: { host: string; port: number };
  timeoutMs?: number;
  /** DoH resolvers for the "Check my server" panel (npm start passes the shipped defaults). */
  doh?: unknown[];
  /**
   * Marks the page as a local demo (`npm start`): it then says that it tests this computer's
   * loopback, not the visitor's internet connection. Tests leave it off to see the plain page.
   */
  localDemo?: boolean;
}

export function localConfig(addresses: LocalEchoAddresses): Record<string, unknown> {
  const url = (hostPort: { host: string; port: number }, query = "") =>
    `http://${formatHostPort(hostPort)}/echo${query}`;
  const probes: Record<string, string> = {};
  if (addresses.v4) {
    probes.v4 = url(addresses.v4);
    probes.v4literal = url(addresses.v4);
  }
  if (addresses.v6) {
    probes.v6 = url(addresses.v6);
    probes.v6literal = url(addresses.v6);
  }
  if (addresses.dualStackName) {
    probes.ds = url(addresses.dualStackName);
    probes.large = url(addresses.dualStackName, "?size=1600");
  }
  return {
    _comment:
      "Generated for a page served on this machine; see README and docs/deploy.md for a real deployment.",
    probes,
    timeoutMs: addresses.timeoutMs ?? 4000,
    ...(addresses.doh ? { doh: addresses.doh } : {}),
    ...(addresses.localDemo ? { localDemo: true } : {}),
  };
}
