// "Check my server": the panel, and every fact the checks state (src/core/checks/) in words.
// Loaded with the panel. English is the source: de/checks.ts and es/checks.ts have exactly these
// keys. Names, addresses, prefixes and record types are inserted as they are; {seconds} is a
// number. The renderer is src/ui/words/checks.ts.

import type { Messages } from "../../message.ts";

const checks = {
  title: "Check my server",
  intro:
    "Will people on IPv6-only networks reach your server or VPN? Type its name, or paste your WireGuard {endpoint} line.",
  inputLabel: "Server name or WireGuard Endpoint line",
  inputPlaceholder: "e.g. vpn.example.com or Endpoint = vpn.example.com:51820",
  clientLabel: "The server address your VPN app shows {optional}",
  optional: "(optional)",
  clientPlaceholder: "e.g. 64:ff9b::c633:6407",
  privacy:
    "Checking sends the name you type to public DNS-over-HTTPS resolvers ({resolvers}), which also see your IP address.",
  check: "Check",
  checking: "Checking…",
  lookingUp: "Looking up {host}…",
  notChecked: "This server could not be checked: {message}",

  // What is wrong with the typed text; {text} is the part it is about, as typed.
  "input.empty": "Type your server's name, like vpn.example.com.",
  "input.severalLines": "Paste one name, or a WireGuard configuration with an Endpoint = line.",
  "input.endpointEmpty": "The Endpoint line has nothing after the '='.",
  "input.badUrl": "“{text}” is not a valid URL.",
  "input.hasSpaces": "“{text}” has spaces in it; type just the server's name.",
  "input.badPort": "“{text}” has a port that is not a number from 1 to 65535.",
  "input.badIPv4": "“{text}” is not an IPv4 address.",
  "input.badIPv6": "“{text}” is not an IPv6 address.",
  "input.badBracketedIPv6": "“{text}” in brackets is not an IPv6 address.",
  "input.badName":
    "“{text}” is not a host name: use letters, digits, hyphens and dots, like vpn.example.com.",
  "input.badIdn": "“{text}” is not a valid host name.",
  "input.needsDomain": "“{text}” needs a domain, like {host}.example.com.",
  "input.labelTooLong": "“{text}” has a label longer than 63 characters.",
  "input.nameTooLong": "“{text}” is longer than 255 bytes.",

  // Why one resolver gave no answer; "failure.from" puts its name first.
  "failure.from": "{resolver}: {failure}",
  "failure.timeout": "no answer within {seconds} s",
  "failure.network": "could not be reached",
  "failure.http": "answered with an HTTP error",
  "failure.notDns":
    "answered with something that is not a DNS message (a filter or a sign-in page?)",
  "failure.truncated": "sent a truncated DNS answer",
  "failure.malformed": "sent a malformed DNS answer",
  "failure.mismatch": "sent an answer to another question",
  "failure.serverFailure": "could not look the name up",
  "failure.error": "the lookup failed",
  "failure.noResolver": "no DNS-over-HTTPS resolver is configured",

  // The same, in full, for "Technical details": what the resolver sent. {status} is an HTTP
  // status code, {type} a media type, {offset} a byte position, {id} and {expected} message IDs
  // in hex, {got} and {asked} a name and record type, {rcode} a DNS response code.
  "failureDetail.http": "answered with HTTP status {status}",
  "failureDetail.notDns":
    "answered with {type} instead of a DNS message (a filter or a sign-in page?)",
  "failureDetail.tcBit": "sent a truncated answer (TC bit set)",
  "failureDetail.cutOff": "sent a DNS answer that breaks off at byte {offset}",
  "failureDetail.undecodable": "sent a DNS answer that cannot be read from byte {offset} on",
  "failureDetail.cnameLoop": "sent a CNAME chain that loops: {chain}",
  "failureDetail.queryEchoed": "sent the DNS query back instead of an answer",
  "failureDetail.id": "answered with message ID {id} instead of the query's {expected}",
  "failureDetail.question": "answered a different question ({got} instead of {asked})",
  "failureDetail.noQuestion": "sent an answer that does not state the question ({asked})",
  "failureDetail.serverFailure": "could not look up {name} ({rcode})",

  // DNS over HTTPS did not get through: on a network that reached the self-test's servers
  // (blocked), on a device that reached none of them (offline), and without a self-test to go by.
  "headline.dohBlocked":
    "This network blocks the lookup services this page uses, so {host} could not be checked from here; that says nothing about your server.",
  "headline.dohOffline":
    "This device seems to be offline (the test above reached none of its servers either), so {host} could not be checked.",
  "headline.dohUnreachable":
    "The lookup services this page uses could not be reached, so {host} could not be checked from here; that says nothing about your server.",
  "headline.lookupFailed":
    "{host} could not be looked up: the DNS servers did not give a usable answer.",
  "headline.nxdomain":
    "{host} does not exist in DNS (NXDOMAIN). Check the spelling, or whether the record has been published yet.",
  "headline.noAddress":
    "{host} exists, but has no address at all (neither an A nor an AAAA record).",
  "headline.nameHasIPv6":
    "{host} has an IPv6 address, so people on IPv6-only networks reach it directly, without NAT64.",
  "headline.isIPv6Address":
    "{host} is an IPv6 address: people on IPv6-only networks reach it directly.",
  "headline.nameIPv4Only":
    "{host} has no IPv6 address (no AAAA record). People on IPv6-only networks reach it only through their carrier's NAT64, and not at all where there is none.",
  "headline.isIPv4Address":
    "{host} is an IPv4 address. People on IPv6-only networks reach it only through NAT64, and only if their device translates IPv4 addresses itself (464XLAT).",

  "finding.typedNat64Address":
    "{typed} is not an IPv6 address of your server: it is the IPv4 address {ipv4} written inside the NAT64 prefix {prefix}. It only works on networks whose NAT64 uses that prefix, and fails on IPv4-only and dual-stack networks (home Wi-Fi, most hotels) and on IPv6-only networks with another prefix. Use the server's name, or its real IPv6 address, instead.",
  "finding.nameWithoutIPv4":
    "{host} has no IPv4 address (no A record): people on IPv4-only networks cannot reach it.",
  "finding.ipv6AddressWithoutIPv4": "People on IPv4-only networks cannot reach an IPv6 address.",
  "finding.hasIPv4Too": "It has IPv4 too, so IPv4-only networks reach it as well.",
  "finding.httpsIPv6HintWithoutAaaa":
    "Its HTTPS record lists an IPv6 hint ({hints}), but there is no AAAA record. Only browsers read HTTPS records; VPN clients and most apps still see no IPv6.",
  "finding.httpsHintsElsewhere":
    "Its HTTPS record hints at {hints}, which is not among its A/AAAA addresses; browsers that use the hints may connect somewhere else.",
  "finding.synthesizedProven":
    "On your network it is reached at {address}: your network's NAT64 prefix {prefix} (found by the self-test above) with {ipv4} inside.",
  "finding.synthesizedWellKnown":
    "On an IPv6-only network that uses the well-known NAT64 prefix {prefix}, it is reached at {address} ({ipv4} inside). Networks with their own prefix use a different address.",
  "finding.wellKnownAlso":
    "Networks that use the well-known prefix {prefix} (like Google Public DNS64) reach it at {address}.",
  "finding.dns64Match": "{resolver} returns the same: {addresses}.",
  "finding.dns64Differs":
    "{resolver} returns {addresses}, not {expected}. The name may have changed between lookups, or answer differently by location.",
  "finding.dns64None":
    "{resolver} gives no IPv6 address for it, so IPv6-only networks that use it cannot reach it.",
  "finding.dns64Unavailable": "The cross-check with a DNS64 resolver did not work ({failures}).",
  "finding.nonGlobalIPv4":
    "{ipv4} is not a public IPv4 address ({reason}); NAT64 translators using the well-known prefix do not translate to it (RFC 6052 §3.1).",

  // The address the person's VPN app shows; {servers} lists the server's IPv4 addresses.
  "client.invalid":
    "“{input}” is not an IP address. Paste the address your VPN app shows, like 64:ff9b::c633:6407.",
  "client.isServerIPv4":
    "{ipv4} is {host}'s own IPv4 address: your client connects over IPv4 (native, or through a CLAT on your device).",
  "client.ipv4NotServer":
    "{ipv4} is not an address of {host} ({servers}). Your client may be using an old address.",
  "client.ipv4NotServerNoIPv4":
    "{ipv4} is not an address of {host} (it has no IPv4 address). Your client may be using an old address.",
  "client.isServerIPv6":
    "{v6} is {host}'s own IPv6 address: your client reaches it directly over IPv6, without NAT64.",
  "client.v6IsNat64OfServer":
    "Confirmed: {v6} is {host}'s IPv4 address {ipv4} inside the NAT64 prefix {prefix}. Your client reaches the server through NAT64.",
  "client.v6EndsWithServer":
    "Confirmed: {v6} ends with {host}'s IPv4 address {ipv4}, so your network's NAT64 uses the prefix {prefix}. Your client reaches the server through NAT64.",
  "client.v6CarriesOtherIPv4":
    "{v6} carries the IPv4 address {ipv4} (prefix {prefix}), not {host}'s {servers}. Your client may be using an old or wrong address.",
  "client.v6CarriesOtherIPv4NoIPv4":
    "{v6} carries the IPv4 address {ipv4} (prefix {prefix}), but {host} has no IPv4 address. Your client may be using an old or wrong address.",
  "client.v6NotServer":
    "{v6} is not an address of {host}, and it does not contain its IPv4 address {servers}.",
  "client.v6NotServerNoIPv4": "{v6} is not an address of {host}, which has no IPv4 address.",

  "wg.title": "Your WireGuard tunnel",
  "wg.realFix": "The real fix:",
  "wg.useLines": "Use these lines in the {peer} section of your tunnel (keep your {publicKey}):",
  "wg.untilThen":
    "Until then, use these lines in the {peer} section of your tunnel (keep your {publicKey}):",
  "wg.copy": "Copy these lines",
  "wg.copied": "Copied.",
  "wg.copyFailed": "Copying is not allowed here: the lines are selected, copy them yourself.",
  "wg.why": "Why",
  "wg.endpointIPv4Synthesized":
    "Your Endpoint is an IPv4 address. On this IPv6-only network your device cannot send to it unless it translates IPv4 itself (464XLAT); {address} reaches the same server through your network's NAT64, but only on networks that use the prefix {prefix}. Better: give the server a name with A and AAAA records and use that everywhere.",
  "wg.endpointIPv4":
    "Your Endpoint is an IPv4 address. On an IPv6-only network your device can reach it only if it translates IPv4 itself (464XLAT). Give the server a name with A and AAAA records and use that as the Endpoint: it works on every kind of network.",
  "wg.endpointIPv6":
    "Your Endpoint is an IPv6 address: IPv6-only networks reach it directly, but IPv4-only networks (many hotels and older home routers) cannot reach it at all. A name with both A and AAAA records works on both.",
  "wg.nameViaNat64":
    "On an IPv6-only network, {host} is reached at {address} through the carrier's NAT64: the tunnel works, but every packet passes the translator.",
  "wg.keepalive":
    "NAT64 translators forget idle UDP mappings after a minute or two; PersistentKeepalive = 25 keeps the tunnel from going silent.",
  "wg.restartAfterRoaming":
    "WireGuard looks the name up when the tunnel starts. After moving from Wi-Fi to an IPv6-only mobile network, turn the tunnel off and on so it picks up the new address.",
  "wg.nameHasIPv6":
    "{host} has an IPv6 address ({ipv6}), so IPv6-only networks connect to it directly. Make sure WireGuard on the server listens on IPv6 and its firewall allows UDP port {port} over IPv6.",
  "wg.allowedIPsCoverIPv6":
    "Your AllowedIPs already cover IPv6 the way they cover IPv4; keep them.",
  "wg.allowedIPsMissIPv6":
    "Your AllowedIPs route IPv4 through the tunnel but not the matching IPv6 ({added}): on an IPv6-only network that traffic would go around the VPN.",
  "wg.allowedIPsNeedDefault":
    "AllowedIPs must include ::/0: on an IPv6-only network even IPv4-only sites are reached at IPv6 addresses, which would otherwise go around the VPN. Routing only some networks through the tunnel? Paste your whole [Peer] section above for a line that fits it.",
  "wg.whyViaNat64Name":
    "An IPv6-only network has no IPv4 route. Its DNS64 answers {host} with {address} — the server's IPv4 address {ipv4} inside the NAT64 prefix {prefix} — and the carrier's NAT64 turns those packets into IPv4. The tunnel then depends on that translator keeping its UDP mapping, and only traffic routed as IPv6 enters it. An AAAA record takes the translator out of the path.",
  "wg.whyViaNat64Address":
    "An IPv6-only network has no IPv4 route. Its DNS64 answers for the server with {address} — the server's IPv4 address {ipv4} inside the NAT64 prefix {prefix} — and the carrier's NAT64 turns those packets into IPv4. The tunnel then depends on that translator keeping its UDP mapping, and only traffic routed as IPv6 enters it. An AAAA record takes the translator out of the path.",
  "wg.whyDirectName":
    "{host} has IPv6, so an IPv6-only network reaches it without any translator. What still matters is AllowedIPs: on an IPv6-only network sites that only have IPv4 are reached at synthesized IPv6 addresses, so the tunnel has to carry IPv6 too.",
  "wg.whyDirectAddress":
    "The server has IPv6, so an IPv6-only network reaches it without any translator. What still matters is AllowedIPs: on an IPv6-only network sites that only have IPv4 are reached at synthesized IPv6 addresses, so the tunnel has to carry IPv6 too.",
  "wg.publishAaaa":
    "Publish an AAAA record for {host} with the server's IPv6 address (and let WireGuard listen on IPv6), so IPv6-only visitors connect directly instead of through their carrier's NAT64.",

  "details.title": "Technical details",
  "details.ipv4": "IPv4 (A)",
  "details.ipv6": "IPv6 (AAAA)",
  "details.none": "none",
  "details.hints": "HTTPS record hints",
  "details.chain": "CNAME chain",
  "details.synthesized": "Synthesized",
  "details.synthesizedProven": "{address} ({ipv4} in {prefix}, proven on your network)",
  "details.synthesizedWellKnown": "{address} ({ipv4} in {prefix}, well-known prefix)",
  "details.dns64": "DNS64 check ({resolver})",
  "details.dns64Failed": "DNS64 check",
  "details.noAaaa": "no AAAA",
  "details.answeredBy": "Answered by",
  "details.lookupError": "{lookup} lookup error",
} as const satisfies Messages;

export default checks;

declare module "../../namespaces.ts" {
  interface Namespaces {
    checks: typeof checks;
  }
}
