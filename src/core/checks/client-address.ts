// Whether the address a person's VPN client shows is their server, and by which path: the
// server's own IPv4 or IPv6 address, or its IPv4 address inside a NAT64 prefix (which also
// tells which prefix their network uses).

import { isIPv4, parseIPv4, tryParseIPv6 } from "../addr/address.ts";
import { splitHostPort } from "../addr/host-port.ts";
import type { Tone } from "../tone.ts";
import { embeddedIPv4s, networkSpecific96 } from "./nat64-address.ts";

export interface ServerAddresses {
  /** The name (or address) the person typed, as checked. */
  host: string;
  ipv4: string[];
  ipv6: string[];
}

/** What the pasted address is; `input` is what was pasted, trimmed. */
export type ClientAddressCheck = { input: string; tone: Tone } & (
  | { code: "client-invalid" }
  | { code: "client-is-server-ipv4"; ipv4: string; host: string }
  | { code: "client-ipv4-not-server"; ipv4: string; host: string; serverIPv4: string[] }
  | { code: "client-is-server-ipv6"; v6: string; host: string }
  | { code: "client-v6-is-nat64-of-server"; v6: string; ipv4: string; prefix: string; host: string }
  /** Under a /96 prefix this page does not know, found by the server's IPv4 in the last 32 bits. */
  | { code: "client-v6-ends-with-server"; v6: string; ipv4: string; prefix: string; host: string }
  | {
      code: "client-v6-carries-other-ipv4";
      v6: string;
      ipv4: string;
      prefix: string;
      host: string;
      serverIPv4: string[];
    }
  | { code: "client-v6-not-server"; v6: string; host: string; serverIPv4: string[] }
);

/** The address alone, from "[v6]:port", "v4:port" or "v6%zone" as clients show it. */
function bareAddress(text: string): string {
  const { host, bracketed, port } = splitHostPort(text);
  const portOk = port === null || /^\d+$/.test(port);
  const address = portOk && (bracketed || (port !== null && isIPv4(host))) ? host : text;
  return address.replace(/%.*$/, "");
}

/** Whether the address a person's VPN client showed is this server's, directly or via NAT64. */
export function checkClientAddress(
  text: string,
  server: ServerAddresses,
  provenPrefix: string | null,
): ClientAddressCheck {
  const input = text.trim();
  const { host } = server;
  const serverIPv4 = server.ipv4;
  const bare = bareAddress(input);
  if (isIPv4(bare)) {
    const ipv4 = parseIPv4(bare);
    return serverIPv4.includes(ipv4)
      ? { input, tone: "ok", code: "client-is-server-ipv4", ipv4, host }
      : { input, tone: "bad", code: "client-ipv4-not-server", ipv4, host, serverIPv4 };
  }
  const v6 = tryParseIPv6(bare);
  if (!v6) return { input, tone: "bad", code: "client-invalid" };
  if (server.ipv6.includes(v6)) {
    return { input, tone: "ok", code: "client-is-server-ipv6", v6, host };
  }
  const embedded = embeddedIPv4s(v6, provenPrefix);
  const match = embedded.find((e) => serverIPv4.includes(e.ipv4));
  if (match) return { input, tone: "ok", code: "client-v6-is-nat64-of-server", v6, host, ...match };
  const nsp = embedded.length === 0 ? networkSpecific96(v6) : null;
  if (nsp && serverIPv4.includes(nsp.ipv4)) {
    return { input, tone: "ok", code: "client-v6-ends-with-server", v6, host, ...nsp };
  }
  const first = embedded[0];
  return first
    ? { input, tone: "bad", code: "client-v6-carries-other-ipv4", v6, host, serverIPv4, ...first }
    : { input, tone: "bad", code: "client-v6-not-server", v6, host, serverIPv4 };
}
