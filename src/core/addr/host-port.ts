// Splitting "host:port" the way people write it: "[2001:db8::1]:51820", "198.51.100.7:51820",
// "vpn.example.com:51820", or a bare IPv6 address, whose colons are not a port separator
// (RFC 3986 §3.2.2: an IPv6 host needs brackets before a port can follow). Syntax only: the
// caller decides whether the host is a name or an address, and whether the port is allowed.

export interface HostPort {
  /** The host without brackets; not validated. */
  host: string;
  /** The host was written in square brackets (an IPv6 literal, or meant to be one). */
  bracketed: boolean;
  /** The text after the separating colon, unvalidated ("" for "host:"), or null without one. */
  port: string | null;
}

/** Splits text into host and port text. Never throws. */
export function splitHostPort(text: string): HostPort {
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/s.exec(text);
  if (bracketed) return { host: bracketed[1] ?? "", bracketed: true, port: bracketed[2] ?? null };
  const colon = text.indexOf(":");
  // Two colons or more: an IPv6 address written without brackets, so there is no port.
  if (colon === -1 || text.indexOf(":", colon + 1) !== -1) {
    return { host: text, bracketed: false, port: null };
  }
  return { host: text.slice(0, colon), bracketed: false, port: text.slice(colon + 1) };
}

/** A TCP/UDP port number (1–65535) written in decimal, or null when the text is not one. */
export function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}
