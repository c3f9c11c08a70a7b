// Tiny, dependency-free checks on the address text an echo server returns. The classifier only
// needs to know a family and compare IPv4 /24s; full address arithmetic lives in address.ts.

/** The well-known NAT64 prefix (RFC 6052 §2.1), the one a NAT64 probe's literal target embeds. */
export const WELL_KNOWN_PREFIX = "64:ff9b::/96";

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4Text(text: string): boolean {
  return IPV4.test(text);
}

/**
 * Whether the text is one IPv6 address in RFC 4291 text form (optionally ending in a dotted
 * quad). As strict as address.ts about groups, without its weight on the first load.
 */
export function isIPv6Text(text: string): boolean {
  if (!text.includes(":") || text.length > 45) return false;
  let hex = text;
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!isIPv4Text(tail)) return false;
    hex = `${text.slice(0, lastColon + 1)}0:0`; // the dotted quad fills the last two groups
  }
  const halves = hex.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === "" ? [] : half.split(":")));
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
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
