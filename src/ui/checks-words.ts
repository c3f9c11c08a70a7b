// The words of "Check my server": every code the checks produce (src/core/checks/), written out
// in English. The core says what is true; only this module says it in a sentence.

import type { ClientAddressCheck } from "../core/checks/client-address.ts";
import type { LookupFailure } from "../core/checks/lookup.ts";
import type { InputProblem } from "../core/checks/server-input.ts";
import type { Finding, Headline } from "../core/checks/server-report.ts";
import type { Synthesis } from "../core/checks/synthesis.ts";
import type { WireGuardConsequence, WireGuardWhy } from "../core/checks/wireguard.ts";

export function inputProblemWords(p: InputProblem): string {
  switch (p.code) {
    case "empty":
      return "Type your server's name, like vpn.example.com.";
    case "several-lines":
      return "Paste one name, or a WireGuard configuration with an Endpoint = line.";
    case "endpoint-empty":
      return "The Endpoint line has nothing after the '='.";
    case "bad-url":
      return `"${p.text}" is not a valid URL.`;
    case "has-spaces":
      return `"${p.text}" has spaces in it; type just the server's name.`;
    case "bad-port":
      return `"${p.text}" has a port that is not a number from 1 to 65535.`;
    case "bad-ipv4":
      return `"${p.text}" is not an IPv4 address.`;
    case "bad-ipv6":
      return `"${p.text}" is not an IPv6 address.`;
    case "bad-bracketed-ipv6":
      return `"${p.text}" in brackets is not an IPv6 address.`;
    case "bad-name":
      return `"${p.text}" is not a host name: use letters, digits, hyphens and dots, like vpn.example.com.`;
    case "bad-idn":
      return `"${p.text}" is not a valid host name.`;
    case "needs-domain":
      return `"${p.text}" needs a domain, like ${p.host}.example.com.`;
    case "label-too-long":
      return `"${p.text}" has a label longer than 63 characters.`;
    case "name-too-long":
      return `"${p.text}" is longer than 255 bytes.`;
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** "Cloudflare: no answer within 3 s": one resolver's failure. */
export function failureWords(f: LookupFailure): string {
  const who = f.resolver ? `${f.resolver}: ` : "";
  switch (f.kind) {
    case "timeout":
      return `${who}no answer within ${seconds(f.ms)}`;
    case "network":
      return `${who}could not be reached`;
    case "http":
      return `${who}answered with an HTTP error`;
    case "not-dns":
      return `${who}answered with something that is not a DNS message (a filter or a sign-in page?)`;
    case "truncated":
      return `${who}sent a truncated DNS answer`;
    case "malformed":
      return `${who}sent a malformed DNS answer`;
    case "mismatch":
      return `${who}sent an answer to another question`;
    case "server-failure":
      return `${who}could not look the name up`;
    case "error":
      return `${who}the lookup failed`;
  }
}

function failuresWords(failures: readonly LookupFailure[]): string {
  return failures.length === 0
    ? "no DNS-over-HTTPS resolver is configured"
    : failures.map(failureWords).join("; ");
}

export function headlineWords(h: Headline): string {
  switch (h.code) {
    case "doh-blocked":
      return "Your network blocks DNS over HTTPS (or this device is offline), so this page cannot look the name up. This says nothing about your server; try again on another network.";
    case "lookup-failed":
      return `${h.host} could not be looked up: the DNS servers did not give a usable answer.`;
    case "nxdomain":
      return `${h.host} does not exist in DNS (NXDOMAIN). Check the spelling, or whether the record has been published yet.`;
    case "no-address":
      return `${h.host} exists, but has no address at all (neither an A nor an AAAA record).`;
    case "name-has-ipv6":
      return `${h.host} has an IPv6 address, so people on IPv6-only networks reach it directly, without NAT64.`;
    case "is-ipv6-address":
      return `${h.host} is an IPv6 address: people on IPv6-only networks reach it directly.`;
    case "name-ipv4-only":
      return `${h.host} has no IPv6 address (no AAAA record). People on IPv6-only networks reach it only through their carrier's NAT64, and not at all where there is none.`;
    case "is-ipv4-address":
      return `${h.host} is an IPv4 address. People on IPv6-only networks reach it only through NAT64, and only if their device translates IPv4 addresses itself (464XLAT).`;
  }
}

export function findingWords(f: Finding): string {
  switch (f.code) {
    case "typed-nat64-address":
      return `${f.typed} is not an IPv6 address of your server: it is the IPv4 address ${f.ipv4} written inside the NAT64 prefix ${f.prefix}. It only works on networks whose NAT64 uses that prefix, and fails on IPv4-only and dual-stack networks (home Wi-Fi, most hotels) and on IPv6-only networks with another prefix. Use the server's name, or its real IPv6 address, instead.`;
    case "lookup-failed":
      return `${f.host} ${f.type}: ${failuresWords(f.failures)}`;
    case "name-without-ipv4":
      return `${f.host} has no IPv4 address (no A record): people on IPv4-only networks cannot reach it.`;
    case "ipv6-address-without-ipv4":
      return "People on IPv4-only networks cannot reach an IPv6 address.";
    case "has-ipv4-too":
      return "It has IPv4 too, so IPv4-only networks reach it as well.";
    case "https-ipv6-hint-without-aaaa":
      return `Its HTTPS record lists an IPv6 hint (${f.hints.join(", ")}), but there is no AAAA record. Only browsers read HTTPS records; VPN clients and most apps still see no IPv6.`;
    case "https-hints-elsewhere":
      return `Its HTTPS record hints at ${f.hints.join(", ")}, which is not among its A/AAAA addresses; browsers that use the hints may connect somewhere else.`;
    case "synthesized-proven":
      return `On your network it is reached at ${f.address}: your network's NAT64 prefix ${f.prefix} (found by the self-test above) with ${f.ipv4} inside.`;
    case "synthesized-well-known":
      return `On an IPv6-only network that uses the well-known NAT64 prefix ${f.prefix}, it is reached at ${f.address} (${f.ipv4} inside). Networks with their own prefix use a different address.`;
    case "well-known-also":
      return `Networks that use the well-known prefix ${f.prefix} (like Google Public DNS64) reach it at ${f.address}.`;
    case "dns64-match":
      return `${f.resolver ?? "The DNS64 resolver"} returns the same: ${f.addresses.join(", ")}.`;
    case "dns64-differs":
      return `${f.resolver ?? "The DNS64 resolver"} returns ${f.addresses.join(", ")}, not ${f.expected.join(", ")}. The name may have changed between lookups, or answer differently by location.`;
    case "dns64-none":
      return `${f.resolver ?? "The DNS64 resolver"} gives no IPv6 address for it, so IPv6-only networks that use it cannot reach it.`;
    case "dns64-unavailable":
      return `The cross-check with a DNS64 resolver did not work (${failuresWords(f.failures)}).`;
    case "non-global-ipv4":
      return `${f.ipv4} is not a public IPv4 address (${f.reason}); NAT64 translators using the well-known prefix do not translate to it (RFC 6052 §3.1).`;
  }
}

export function clientWords(c: ClientAddressCheck): string {
  switch (c.code) {
    case "client-invalid":
      return `"${c.input}" is not an IP address. Paste the address your VPN app shows, like 64:ff9b::c633:6407.`;
    case "client-is-server-ipv4":
      return `${c.ipv4} is ${c.host}'s own IPv4 address: your client connects over IPv4 (native, or through a CLAT on your device).`;
    case "client-ipv4-not-server":
      return `${c.ipv4} is not an address of ${c.host} (${c.serverIPv4.join(", ") || "it has no IPv4 address"}). Your client may be using an old address.`;
    case "client-is-server-ipv6":
      return `${c.v6} is ${c.host}'s own IPv6 address: your client reaches it directly over IPv6, without NAT64.`;
    case "client-v6-is-nat64-of-server":
      return `Confirmed: ${c.v6} is ${c.host}'s IPv4 address ${c.ipv4} inside the NAT64 prefix ${c.prefix}. Your client reaches the server through NAT64.`;
    case "client-v6-ends-with-server":
      return `Confirmed: ${c.v6} ends with ${c.host}'s IPv4 address ${c.ipv4}, so your network's NAT64 uses the prefix ${c.prefix}. Your client reaches the server through NAT64.`;
    case "client-v6-carries-other-ipv4":
      return `${c.v6} carries the IPv4 address ${c.ipv4} (prefix ${c.prefix}), not ${c.host}'s ${c.serverIPv4.join(" or ") || "(it has no IPv4 address)"}. Your client may be using an old or wrong address.`;
    case "client-v6-not-server":
      return `${c.v6} is not an address of ${c.host}, and it does not contain its IPv4 address ${c.serverIPv4.join(" or ") || "(it has no IPv4 address)"}.`;
  }
}

export function consequenceWords(c: WireGuardConsequence): string {
  switch (c.code) {
    case "endpoint-ipv4-synthesized":
      return `Your Endpoint is an IPv4 address. On this IPv6-only network your device cannot send to it unless it translates IPv4 itself (464XLAT); ${c.address} reaches the same server through your network's NAT64, but only on networks that use the prefix ${c.prefix}. Better: give the server a name with A and AAAA records and use that everywhere.`;
    case "endpoint-ipv4":
      return "Your Endpoint is an IPv4 address. On an IPv6-only network your device can reach it only if it translates IPv4 itself (464XLAT). Give the server a name with A and AAAA records and use that as the Endpoint: it works on every kind of network.";
    case "endpoint-ipv6":
      return "Your Endpoint is an IPv6 address: IPv6-only networks reach it directly, but IPv4-only networks (many hotels and older home routers) cannot reach it at all. A name with both A and AAAA records works on both.";
    case "name-via-nat64":
      return `On an IPv6-only network, ${c.host} is reached at ${c.address} through the carrier's NAT64: the tunnel works, but every packet passes the translator.`;
    case "keepalive":
      return "NAT64 translators forget idle UDP mappings after a minute or two; PersistentKeepalive = 25 keeps the tunnel from going silent.";
    case "restart-after-roaming":
      return "WireGuard looks the name up when the tunnel starts. After moving from Wi-Fi to an IPv6-only mobile network, turn the tunnel off and on so it picks up the new address.";
    case "name-has-ipv6":
      return `${c.host} has an IPv6 address (${c.ipv6.join(", ")}), so IPv6-only networks connect to it directly. Make sure WireGuard on the server listens on IPv6 and its firewall allows UDP port ${c.port} over IPv6.`;
    case "allowed-ips-cover-ipv6":
      return "Your AllowedIPs already cover IPv6 the way they cover IPv4; keep them.";
    case "allowed-ips-miss-ipv6":
      return `Your AllowedIPs route IPv4 through the tunnel but not the matching IPv6 (${c.added.join(", ")}): on an IPv6-only network that traffic would go around the VPN.`;
    case "allowed-ips-need-default":
      return "AllowedIPs must include ::/0: on an IPv6-only network even IPv4-only sites are reached at IPv6 addresses, which would otherwise go around the VPN. Routing only some networks through the tunnel? Paste your whole [Peer] section above for a line that fits it.";
  }
}

export function whyWords(w: WireGuardWhy): string {
  switch (w.code) {
    case "why-via-nat64":
      return `An IPv6-only network has no IPv4 route. Its DNS64 answers ${w.host ?? "for the server"} with ${w.address ?? "an IPv6 address"} — the server's IPv4 address ${w.ipv4 ?? "its IPv4 address"} inside the NAT64 prefix ${w.prefix} — and the carrier's NAT64 turns those packets into IPv4. The tunnel then depends on that translator keeping its UDP mapping, and only traffic routed as IPv6 enters it. An AAAA record takes the translator out of the path.`;
    case "why-direct":
      return `${w.host ?? "The server"} has IPv6, so an IPv6-only network reaches it without any translator. What still matters is AllowedIPs: on an IPv6-only network sites that only have IPv4 are reached at synthesized IPv6 addresses, so the tunnel has to carry IPv6 too.`;
  }
}

export function publishAaaaWords(p: { host: string }): string {
  return `Publish an AAAA record for ${p.host} with the server's IPv6 address (and let WireGuard listen on IPv6), so IPv6-only visitors connect directly instead of through their carrier's NAT64.`;
}

/** "64:ff9b::c633:6407 (198.51.100.7 in 64:ff9b::/96, well-known prefix)". */
export function synthesisWords(s: Synthesis): string {
  const source = s.proven ? "proven on your network" : "well-known prefix";
  return `${s.address} (${s.ipv4} in ${s.prefix}, ${source})`;
}
