// "Decode an address": the panel, and every fact the address core states (src/core/addr/) in
// words. Loaded with the panel (and with "Check my server", which names IPv4 ranges from here).
// English is the source: de/decoder.ts and es/decoder.ts have exactly these keys. Addresses,
// prefixes, names and ports are inserted as they are; text the person pasted is only ever
// inserted inside quotation marks. The renderer is src/ui/words/decoder.ts.

import type { Messages } from "../../message.ts";

const decoder = {
  title: "Decode an address",
  intro:
    "Seen an IPv6 address you do not understand, in an app, a VPN or WireGuard config, or a link? Paste it here to see what is inside it. You can also paste the whole output of {dig}, {nslookup} or {host} to find your network's NAT64 prefix.",
  inputLabel: "Address, line or command output",
  inputPlaceholder: "e.g. 64:ff9b::c633:6407, or the output of dig AAAA ipv4only.arpa",
  privacy:
    "Decoding happens in your browser; nothing is sent anywhere. What the decode needs is kept in this page's link so you can share it, but never a key: of a WireGuard config only the Endpoint line, of a URL only its address.",
  tryExample: "Try an example:",
  "example.address": "an address",
  "example.wireguard": "a WireGuard line",
  "example.dig": "dig output",
  showing: "Showing the first {shown} of {count} addresses.",

  // What was kept out of the page's link. {lines} is a list of "link.namedLines" and "link.keyLike".
  "link.keysLeftOut":
    "Left out of this page's link: {lines}. Keys are secrets, and a link ends up in browser history and sync.",
  "link.namedLines": { one: "the {names} line", other: "the {names} lines" },
  "link.keyLike": "lines that look like WireGuard keys",
  "link.endpointOnly": "Of the WireGuard config, the link keeps only the Endpoint line.",
  "link.urlAddressOnly":
    "Of the URL, the link keeps only the address in brackets: the rest can hold passwords or tokens.",

  // Nothing usable in the input.
  "nothing.endpoint-without-address": "The Endpoint line has no address after the “=”.",
  "nothing.url-without-address": "That URL has no IPv6 address in square brackets.",
  "nothing.no-address":
    "No IPv6 address found. Paste an address such as 64:ff9b::c633:6407, a WireGuard Endpoint line, a URL, or the output of dig AAAA ipv4only.arpa.",

  // One address card. Its heading is "role.<role>", then the address itself.
  "role.address": "Address",
  "role.answer": "DNS answer",
  "role.resolver": "Your DNS resolver",
  "role.endpoint": "WireGuard endpoint",
  "role.url": "Address in the URL",
  stripped: "Removed {parts}.",
  "stripped.brackets": "the square brackets",
  "stripped.port": "the port {port}",
  "stripped.zone": "the zone ID “%{zone}” (which network card; only meaningful on one computer)",
  "stripped.prefixLength": "the prefix length /{length}",
  isIPv4: "An IPv4 address: there is no IPv6 address here to decode.",
  // {pasted} is "quoted"; {reason} one of "problem.*".
  notAddress: "You pasted {pasted}, which is not an IPv6 address: {reason}.",
  quoted: "“{text}”",
  portHint: "If :{port} is a port, write the address in brackets: {suggestion}",

  // Why a text is not an IPv6 address; {text}, {part}, {group}, {char}, {zone} are pasted text.
  "problem.empty": "there is no address: the text is empty",
  "problem.space": "it contains a space; an address has no spaces",
  "problem.whitespace": "it contains a whitespace character; an address has no spaces",
  "problem.zone":
    "“%{zone}” is a zone ID (which network card to use); it only means something on one computer and is not part of the address",
  "problem.prefixLength":
    "“/{length}” is a prefix length: “{text}” names a network, not one address",
  "problem.brackets": "it has square brackets; they belong around an address in a URL",
  "problem.badCharacter": "“{char}” cannot appear in an IPv6 address (only 0–9, a–f, “:” and “.”)",
  "problem.looksIPv4": "“{text}” looks like IPv4, not IPv6 (an IPv6 address has colons)",
  "problem.noColons": "“{text}” has no colons, so it is not an IPv6 address",
  "problem.threeColons": "it has three colons in a row",
  "problem.doubleColonRepeated":
    "“::” appears {count} times; it may appear only once, or the length of each run of zeros would be unknown",
  "problem.emptyGroup":
    "an empty group: a single “:” at the start or end, or “:” where “::” was meant",
  "problem.ipv4NotLast": "the IPv4 part “{group}” can only be the last 32 bits of an IPv6 address",
  "problem.groupTooLong": "the group “{group}” has more than 4 hex digits",
  "problem.tooManyGroups": "it has {count} groups besides “::”, but an address has only 8 in all",
  "problem.groupCount":
    "it has {count} groups; a full IPv6 address has 8 (write “::” for a run of zero groups)",
  "problem.ipv4Parts":
    "“{text}” is not an IPv4 address: it needs exactly four numbers separated by dots",
  "problem.ipv4NotNumber": "“{part}” in “{text}” is not a number from 0 to 255",
  "problem.ipv4LeadingZero":
    "“{part}” in “{text}” has a leading zero, which some systems read as octal",
  "problem.ipv4Over255": "{part} in “{text}” is more than 255",
  "problem.prefixShape": "“{text}” is not a prefix written like 64:ff9b::/96",
  "problem.prefixTooLong": "/{length} is longer than an IPv6 address (128 bits)",
  "problem.prefixHostBits":
    "“{text}” has bits set after the first {length}; the prefix would be {prefix}",
  "problem.pref64Length": "/{length} is not an RFC 6052 prefix length (32, 40, 48, 56, 64 or 96)",
  "problem.pref64UOctet":
    "bits 64 to 71 of “{text}” (the “u” octet) must be zero in a /96 NAT64 prefix (RFC 6052 §2.2)",
  "problem.tooLong":
    "it is {length} characters long; an address, even with brackets, zone and port, has at most {max}",
  "problem.isIPv4": "{ipv4} is an IPv4 address, so there is no IPv6 address to decode here",

  // What kind of IPv4-carrying address it is (in bold before its explanation).
  "kind.ipv4-mapped": "IPv4-mapped address",
  "kind.ipv4-compatible": "IPv4-compatible address (deprecated)",
  "kind.siit-ipv4-translated": "SIIT IPv4-translated address (obsolete)",
  "kind.nat64-wkp": "NAT64, well-known prefix",
  "kind.nat64-local-use": "NAT64, local-use prefix",
  "kind.nat64-known": "Public NAT64 service",
  "kind.nat64-nsp": "NAT64, network-specific prefix",
  "kind.6to4": "6to4 tunnel",
  "kind.teredo": "Teredo tunnel",
  "kind.isatap": "ISATAP tunnel",

  // Who the embedded IPv4 address is, by where the address was found; starts a sentence.
  "subject.address": "The IPv4 host",
  "subject.answer": "The IPv4 address",
  "subject.resolver": "Your DNS resolver",
  "subject.endpoint": "Your server",
  "subject.url": "The web server",

  // The IPv4 address inside, in plain words; {who} is "subject.*".
  "embedded.discovery":
    "This is ipv4only.arpa's address {ipv4} rewritten into IPv6 by your DNS (DNS64): it shows your network reaches IPv4 through a NAT64 on the prefix {prefix}.",
  "embedded.nat64Wkp":
    "{who} {ipv4}, reached through a NAT64 translator (usually your carrier's), well-known prefix {prefix}.",
  "embedded.nat64LocalUse":
    "{who} {ipv4}, reached through your network's own NAT64 on the local-use prefix {prefix}.",
  "embedded.nat64LocalUseUnknown":
    "An IPv4 host reached through your network's own NAT64 (a prefix inside {prefix}). Which IPv4 address depends on the exact prefix, which this address alone does not tell: paste the output of “dig AAAA ipv4only.arpa” as well.",
  "embedded.nat64Known":
    "{who} {ipv4}, reached through {operator}'s public NAT64 service (prefix {prefix}).",
  "embedded.nat64Nsp": "{who} {ipv4}, reached through your network's NAT64 on the prefix {prefix}.",
  "embedded.ipv4Mapped":
    "The IPv4 address {ipv4}, written the way IPv6 software shows an IPv4 connection. The connection itself was plain IPv4.",
  "embedded.ipv4Compatible": "The IPv4 address {ipv4} in an old IPv6 form that is no longer used.",
  "embedded.siit": "The IPv4 address {ipv4} in an obsolete translator (SIIT) form.",
  "embedded.6to4":
    "A 6to4 address: IPv6 carried inside IPv4 through the router at {ipv4}. 6to4 is obsolete and often broken.",
  "embedded.teredo":
    "A Teredo address: IPv6 carried inside IPv4 by a computer whose public IPv4 address is {ipv4} (port {port}), using the Teredo server {server}. Teredo is obsolete.",
  "embedded.teredoCone":
    "A Teredo address: IPv6 carried inside IPv4 by a computer whose public IPv4 address is {ipv4} (port {port}), using the Teredo server {server}, behind a cone NAT. Teredo is obsolete.",
  "embedded.isatap": "An ISATAP address: a computer at IPv4 {ipv4} reaching IPv6 through a tunnel.",

  // An address that carries no IPv4 address: what its scope means.
  "scope.unspecified": "The unspecified address (all zeros): it means “no address”.",
  "scope.loopback": "The loopback address: this computer talking to itself.",
  "scope.link-local":
    "A link-local address: it only works on one network segment, never across a router.",
  "scope.site-local": "A site-local address: an old, deprecated kind of private address.",
  "scope.unique-local":
    "A unique local address: private to one organisation, like 10.x or 192.168.x in IPv4.",
  "scope.multicast": "A multicast address: it names a group of machines, not one.",
  "scope.documentation":
    "A documentation address: reserved for examples, never used on a real network.",
  "scope.special": "A special-purpose address that is not routed on the Internet.",
  "scope.global": "A global IPv6 address: reachable across the Internet.",
  "scope.reserved": "An address in space reserved by the IETF; it should not appear on a network.",

  // A pasted or discovered prefix.
  "prefix.well-known": "{prefix} is the well-known NAT64 prefix (RFC 6052).",
  "prefix.local-use": "{prefix} is the local-use NAT64 range (RFC 8215).",
  "prefix.published": "{prefix} is the prefix of {operator}'s public NAT64 service.",
  "prefix.nat64-length":
    "{prefix} is a network prefix; its length could be a NAT64 prefix (RFC 6052).",
  "prefix.network": "{prefix} is a network prefix (a range of addresses), not one address.",
  "prefix.networkSpecific":
    "{prefix} is a network-specific prefix: one your network operator chose for its own NAT64.",

  // Resolver output (dig, nslookup, host).
  "found.headline": {
    one: "NAT64 prefix found: {prefixes}",
    other: "NAT64 prefixes found: {prefixes}",
  },
  "found.meaning": {
    one: "Your DNS turned the IPv4-only name ipv4only.arpa into IPv6 addresses (DNS64). So on this network, sites that only have IPv4 are reached through a translator (NAT64) using this prefix.",
    other:
      "Your DNS turned the IPv4-only name ipv4only.arpa into IPv6 addresses (DNS64). So on this network, sites that only have IPv4 are reached through a translator (NAT64) using these prefixes.",
  },
  "found.more":
    "The output holds more than {max} NAT64 prefixes; only the first {max} are listed and used.",
  "found.how": "Found as RFC 7050 describes (Pref64::/n discovery).",
  "noAaaa.headline": "No IPv6 answer",
  "noAaaa.headlineFor": "No IPv6 answer for {name}",
  "noAaaa.ipv4only":
    "ipv4only.arpa has only IPv4 addresses, so an IPv6 answer would have to be made up by a DNS64. There is none: this DNS server does not do DNS64. On an IPv6-only network that means IPv4-only sites cannot be reached by name (unless your device translates by itself, as phones with 464XLAT do).",
  "noAaaa.other": "The DNS server gave no IPv6 (AAAA) address for this name.",
  "noAaaa.nameRefused": "The name in the output is not shown: it is not a valid DNS name.",
  "noAaaa.ipv4Answers": "It did answer with IPv4: {addresses}.",

  // Technical details of one address.
  "details.title": "Technical details",
  "details.canonical": "Canonical (RFC 5952)",
  "details.scope": "Scope",
  "details.kind": "Kind",
  "details.prefix": "Prefix",
  "details.ipv4": "IPv4",
  "details.unknown": "unknown",
  "details.teredoServer": "Teredo server",
  "details.clientPort": "Client port",
  "details.flags": "Flags",
  "details.cone": "{flags} (cone)",
  "details.operator": "Operator",
  "details.ipv4Scope": "IPv4 scope",
  "details.public": "public",
  "details.private": "private",
  "details.uOctet": "u-octet",
  "details.uOctetValue": "{value} (should be 0)",
  "details.source": "Source: {link}",

  // The scope of an address, as a short name.
  "scopeName.unspecified": "unspecified",
  "scopeName.loopback": "loopback",
  "scopeName.link-local": "link-local",
  "scopeName.site-local": "site-local (deprecated)",
  "scopeName.unique-local": "unique local",
  "scopeName.multicast": "multicast",
  "scopeName.documentation": "documentation",
  "scopeName.special": "special purpose",
  "scopeName.global": "global",
  "scopeName.reserved": "reserved",

  // Technical remarks, with the RFC each rests on.
  "note.ipv4-mapped":
    "IPv4-mapped address (RFC 4291 §2.5.5.2): how a dual-stack program sees an IPv4 connection; it never appears on the wire.",
  "note.siit-translated":
    "IPv4-translated address from the original SIIT (RFC 2765), long obsolete.",
  "note.ipv4-compatible":
    "IPv4-compatible address: deprecated by RFC 4291 §2.5.5.1 and no longer used.",
  "note.ipv4only-arpa":
    "{ipv4} is a well-known address of ipv4only.arpa (RFC 7050): this is a DNS64 answer used to discover the NAT64 prefix.",
  "note.wkp-non-global":
    "RFC 6052 §3.1: the well-known prefix must not carry a non-global IPv4 address, and {ipv4} is {range}; a NAT64 should not translate it.",
  "note.local-use-unknown-length":
    "64:ff9b:1::/48 is set aside for local NAT64 use (RFC 8215); the operator picks a prefix length inside it, so the IPv4 address's position is not known without the network's Pref64::/n.",
  "note.u-octet-not-zero":
    "Bits 64 to 71 (the “u” octet) are {value}; RFC 6052 §2.2 requires zero. Translators such as Jool and Tayga ignore them.",
  "note.suffix-not-zero":
    "The suffix after the IPv4 address (bits {from} to 127) is not zero; RFC 6052 §2.2 says it should be. It is ignored when decoding.",
  "note.6to4":
    "6to4 (RFC 3056): IPv6 tunnelled over IPv4 through the router at the embedded address; the public relays were deprecated by RFC 7526.",
  "note.teredo":
    "Teredo (RFC 4380): IPv6 tunnelled in UDP over IPv4 through NAT; the client's public address and port are stored inverted.",
  "note.isatap":
    "ISATAP interface ID (RFC 5214): the host reaches this network through an IPv4 tunnel from the embedded address.",
  "note.documentation":
    "This address is reserved for documentation and examples (RFC 3849, RFC 9637).",

  // A block of IPv4 space that is not global, with the RFC that set it aside ({rfc}).
  "ipv4Range.this-network": "“this network” ({rfc})",
  "ipv4Range.private-use": "private-use ({rfc})",
  "ipv4Range.shared-address-space": "shared carrier-grade NAT space ({rfc})",
  "ipv4Range.loopback": "loopback ({rfc})",
  "ipv4Range.link-local": "link-local ({rfc})",
  "ipv4Range.ietf-protocol-assignments": "IETF protocol assignments ({rfc})",
  "ipv4Range.documentation": "documentation ({rfc})",
  "ipv4Range.6to4-relay-anycast": "deprecated 6to4 relay anycast ({rfc})",
  "ipv4Range.benchmarking": "benchmarking ({rfc})",
  "ipv4Range.multicast": "multicast ({rfc})",
  "ipv4Range.reserved": "reserved ({rfc})",
  "ipv4Range.limited-broadcast": "limited broadcast ({rfc})",
} as const satisfies Messages;

export default decoder;

declare module "../../namespaces.ts" {
  interface Namespaces {
    decoder: typeof decoder;
  }
}
