// Tiny, dependency-free checks on the address text an echo server returns. The classifier only
// needs to know a family and compare IPv4 /24s; full address arithmetic lives in address.ts.

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4Text(text: string): boolean {
  return IPV4.test(text);
}

/** Loose IPv6 shape check: hex groups and colons, optional trailing dotted quad. */
export function isIPv6Text(text: string): boolean {
  if (!text.includes(":") || text.length > 45) return false;
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  const head = tail.includes(".") ? text.slice(0, lastColon + 1) : text;
  if (tail.includes(".") && !isIPv4Text(tail)) return false;
  if (!/^[0-9a-fA-F:]+$/.test(head)) return false;
  if ((text.match(/::/g) ?? []).length > 1) return false;
  return head.split(":").every((group) => group.length <= 4);
}

export function addressFamily(text: string | null | undefined): 4 | 6 | null {
  if (!text) return null;
  if (isIPv4Text(text)) return 4;
  if (isIPv6Text(text)) return 6;
  return null;
}

/**
 * Whether two IPv4 addresses share a /24. A carrier NAT64 (a stateful NAPT) hands one
 * subscriber addresses from one small pool, so two flows through the same NAT64 usually come
 * out of the same /24 even when the exact address differs.
 */
export function sameIPv4Slash24(
  a: string | null | undefined,
  b: string | null | undefined,
): boolean {
  if (!a || !b || !isIPv4Text(a) || !isIPv4Text(b)) return false;
  return a.split(".").slice(0, 3).join(".") === b.split(".").slice(0, 3).join(".");
}
