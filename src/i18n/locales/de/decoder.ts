// German: "Decode an address" (Sie). Keys and placeholders: see ../en/decoder.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/decoder.ts";

export default {
  title: "Adresse entschlüsseln",
  intro:
    "Sie sehen eine IPv6-Adresse, mit der Sie nichts anfangen können – in einer App, in einer VPN- oder WireGuard-Konfiguration oder in einem Link? Fügen Sie sie hier ein, und Sie sehen, was darin steckt. Sie können auch die komplette Ausgabe von {dig}, {nslookup} oder {host} einfügen, um das NAT64-Präfix Ihres Netzwerks zu finden.",
  inputLabel: "Adresse, Zeile oder Befehlsausgabe",
  inputPlaceholder: "z. B. 64:ff9b::c633:6407 oder die Ausgabe von dig AAAA ipv4only.arpa",
  privacy:
    "Das Entschlüsseln geschieht in Ihrem Browser; nichts wird irgendwohin gesendet. Was dafür nötig ist, steht im Link dieser Seite, damit Sie ihn teilen können – aber nie ein Schlüssel: von einer WireGuard-Konfiguration nur die Endpoint-Zeile, von einer URL nur die Adresse.",
  tryExample: "Probieren Sie ein Beispiel:",
  "example.address": "eine Adresse",
  "example.wireguard": "eine WireGuard-Zeile",
  "example.dig": "dig-Ausgabe",
  showing: "Angezeigt werden die ersten {shown} von {count} Adressen.",

  "link.keysLeftOut":
    "Nicht in den Link dieser Seite übernommen: {lines}. Schlüssel sind geheim, und ein Link landet im Browserverlauf und in der Synchronisierung.",
  "link.namedLines": { one: "die Zeile {names}", other: "die Zeilen {names}" },
  "link.keyLike": "Zeilen, die wie WireGuard-Schlüssel aussehen",
  "link.endpointOnly": "Von der WireGuard-Konfiguration enthält der Link nur die Endpoint-Zeile.",
  "link.urlAddressOnly":
    "Von der URL enthält der Link nur die Adresse in eckigen Klammern: Im Rest können Passwörter oder Tokens stehen.",

  "nothing.endpoint-without-address": "In der Endpoint-Zeile steht nach dem „=“ keine Adresse.",
  "nothing.url-without-address": "Diese URL enthält keine IPv6-Adresse in eckigen Klammern.",
  "nothing.no-address":
    "Keine IPv6-Adresse gefunden. Fügen Sie eine Adresse wie 64:ff9b::c633:6407 ein, eine WireGuard-Endpoint-Zeile, eine URL oder die Ausgabe von dig AAAA ipv4only.arpa.",

  "role.address": "Adresse",
  "role.answer": "DNS-Antwort",
  "role.resolver": "Ihr DNS-Resolver",
  "role.endpoint": "WireGuard-Endpoint",
  "role.url": "Adresse in der URL",
  stripped: "Entfernt: {parts}.",
  "stripped.brackets": "die eckigen Klammern",
  "stripped.port": "der Port {port}",
  "stripped.zone":
    "die Zonen-ID „%{zone}“ (welche Netzwerkkarte; hat nur auf einem einzigen Computer eine Bedeutung)",
  "stripped.prefixLength": "die Präfixlänge /{length}",
  isIPv4: "Eine IPv4-Adresse: Hier gibt es keine IPv6-Adresse zu entschlüsseln.",
  notAddress: "Sie haben {pasted} eingefügt, das ist aber keine IPv6-Adresse: {reason}.",
  quoted: "„{text}“",
  portHint:
    "Falls :{port} ein Port ist, schreiben Sie die Adresse in eckige Klammern: {suggestion}",

  "problem.empty": "Es gibt keine Adresse, der Text ist leer",
  "problem.space": "Der Text enthält ein Leerzeichen; eine Adresse enthält keine Leerzeichen",
  "problem.whitespace":
    "Der Text enthält ein Leer- oder Steuerzeichen (etwa Tabulator oder Zeilenumbruch); eine Adresse enthält keine",
  "problem.zone":
    "„%{zone}“ ist eine Zonen-ID (welche Netzwerkkarte benutzt wird); sie hat nur auf einem einzigen Computer eine Bedeutung und gehört nicht zur Adresse",
  "problem.prefixLength":
    "„/{length}“ ist eine Präfixlänge: „{text}“ bezeichnet ein Netz, nicht eine einzelne Adresse",
  "problem.brackets":
    "Der Text steht in eckigen Klammern; die gehören nur in einer URL um eine Adresse",
  "problem.badCharacter":
    "„{char}“ kann in einer IPv6-Adresse nicht vorkommen (nur 0–9, a–f, „:“ und „.“)",
  "problem.looksIPv4":
    "„{text}“ sieht nach IPv4 aus, nicht nach IPv6 (eine IPv6-Adresse enthält Doppelpunkte)",
  "problem.noColons": "„{text}“ enthält keine Doppelpunkte und ist daher keine IPv6-Adresse",
  "problem.threeColons": "Der Text enthält drei Doppelpunkte hintereinander",
  "problem.doubleColonRepeated":
    "„::“ kommt {count}-mal vor; es darf nur einmal vorkommen, sonst wäre unklar, wie viele Nullen jeweils fehlen",
  "problem.emptyGroup":
    "Eine Gruppe ist leer: ein einzelner „:“ am Anfang oder Ende, oder „:“, wo „::“ gemeint war",
  "problem.ipv4NotLast":
    "Der IPv4-Teil „{group}“ darf nur die letzten 32 Bit einer IPv6-Adresse bilden",
  "problem.groupTooLong": "Die Gruppe „{group}“ hat mehr als 4 Hexadezimalziffern",
  "problem.tooManyGroups":
    "Der Text hat außer „::“ noch {count} Gruppen, eine Adresse hat aber insgesamt nur 8",
  "problem.groupCount":
    "Der Text hat {count} Gruppen; eine vollständige IPv6-Adresse hat 8 (für eine Folge von Null-Gruppen schreiben Sie „::“)",
  "problem.ipv4Parts":
    "„{text}“ ist keine IPv4-Adresse: Dafür braucht es genau vier Zahlen, getrennt durch Punkte",
  "problem.ipv4NotNumber": "„{part}“ in „{text}“ ist keine Zahl von 0 bis 255",
  "problem.ipv4LeadingZero":
    "„{part}“ in „{text}“ beginnt mit einer Null, was manche Systeme als Oktalzahl lesen",
  "problem.ipv4Over255": "{part} in „{text}“ ist größer als 255",
  "problem.prefixShape": "„{text}“ ist kein Präfix in der Form 64:ff9b::/96",
  "problem.prefixTooLong": "/{length} ist länger als eine IPv6-Adresse (128 Bit)",
  "problem.prefixHostBits":
    "In „{text}“ sind nach den ersten {length} Bit noch Bits gesetzt; das Präfix wäre {prefix}",
  "problem.pref64Length":
    "/{length} ist keine Präfixlänge nach RFC 6052 (32, 40, 48, 56, 64 oder 96)",
  "problem.pref64UOctet":
    "Die Bits 64 bis 71 von „{text}“ (das „u“-Oktett) müssen in einem /96-NAT64-Präfix null sein (RFC 6052, Abschnitt 2.2)",
  "problem.tooLong":
    "Der Text ist {length} Zeichen lang; eine Adresse hat selbst mit Klammern, Zone und Port höchstens {max}",
  "problem.isIPv4":
    "{ipv4} ist eine IPv4-Adresse, hier gibt es also keine IPv6-Adresse zu entschlüsseln",

  "kind.ipv4-mapped": "IPv4-gemappte Adresse",
  "kind.ipv4-compatible": "IPv4-kompatible Adresse (veraltet)",
  "kind.siit-ipv4-translated": "SIIT-Adresse für übersetztes IPv4 (überholt)",
  "kind.nat64-wkp": "NAT64, Well-Known-Präfix",
  "kind.nat64-local-use": "NAT64, Präfix für lokale Nutzung",
  "kind.nat64-known": "Öffentlicher NAT64-Dienst",
  "kind.nat64-nsp": "NAT64, netzspezifisches Präfix",
  "kind.6to4": "6to4-Tunnel",
  "kind.teredo": "Teredo-Tunnel",
  "kind.isatap": "ISATAP-Tunnel",

  "subject.address": "Der IPv4-Host",
  "subject.answer": "Die IPv4-Adresse",
  "subject.resolver": "Ihr DNS-Resolver",
  "subject.endpoint": "Ihr Server",
  "subject.url": "Der Webserver",

  "embedded.discovery":
    "Das ist die Adresse {ipv4} von ipv4only.arpa, von Ihrem DNS in IPv6 umgeschrieben (DNS64): Ihr Netzwerk erreicht IPv4 also über ein NAT64 mit dem Präfix {prefix}.",
  "embedded.nat64Wkp":
    "{who} {ipv4}, erreicht über einen NAT64-Übersetzer (meist den Ihres Anbieters), Well-Known-Präfix {prefix}.",
  "embedded.nat64LocalUse":
    "{who} {ipv4}, erreicht über das eigene NAT64 Ihres Netzwerks mit dem Präfix für lokale Nutzung {prefix}.",
  "embedded.nat64LocalUseUnknown":
    "Ein IPv4-Host, erreicht über das eigene NAT64 Ihres Netzwerks (mit einem Präfix innerhalb von {prefix}). Welche IPv4-Adresse es ist, hängt vom genauen Präfix ab, und das verrät diese Adresse allein nicht: Fügen Sie zusätzlich die Ausgabe von „dig AAAA ipv4only.arpa“ ein.",
  "embedded.nat64Known":
    "{who} {ipv4}, erreicht über den öffentlichen NAT64-Dienst von {operator} (Präfix {prefix}).",
  "embedded.nat64Nsp":
    "{who} {ipv4}, erreicht über das NAT64 Ihres Netzwerks mit dem Präfix {prefix}.",
  "embedded.ipv4Mapped":
    "Die IPv4-Adresse {ipv4}, so geschrieben, wie IPv6-Software eine IPv4-Verbindung anzeigt. Die Verbindung selbst lief über reines IPv4.",
  "embedded.ipv4Compatible":
    "Die IPv4-Adresse {ipv4} in einer alten IPv6-Schreibweise, die nicht mehr verwendet wird.",
  "embedded.siit": "Die IPv4-Adresse {ipv4} in einer überholten Übersetzer-Schreibweise (SIIT).",
  "embedded.6to4":
    "Eine 6to4-Adresse: IPv6, in IPv4 verpackt, über den Router unter {ipv4}. 6to4 ist überholt und funktioniert oft nicht.",
  "embedded.teredo":
    "Eine Teredo-Adresse: IPv6, in IPv4 verpackt, von einem Computer mit der öffentlichen IPv4-Adresse {ipv4} (Port {port}) über den Teredo-Server {server}. Teredo ist überholt.",
  "embedded.teredoCone":
    "Eine Teredo-Adresse: IPv6, in IPv4 verpackt, von einem Computer mit der öffentlichen IPv4-Adresse {ipv4} (Port {port}) hinter einem Cone-NAT, über den Teredo-Server {server}. Teredo ist überholt.",
  "embedded.isatap":
    "Eine ISATAP-Adresse: ein Computer mit der IPv4-Adresse {ipv4}, der IPv6 über einen Tunnel erreicht.",

  "scope.unspecified": "Die unspezifizierte Adresse (nur Nullen): Sie bedeutet „keine Adresse“.",
  "scope.loopback": "Die Loopback-Adresse: Dieser Computer spricht mit sich selbst.",
  "scope.link-local":
    "Eine link-lokale Adresse: Sie funktioniert nur innerhalb eines Netzsegments, nie über einen Router hinweg.",
  "scope.site-local": "Eine site-lokale Adresse: eine alte, veraltete Art privater Adresse.",
  "scope.unique-local":
    "Eine Unique Local Address: privat innerhalb einer Organisation, wie 10.x oder 192.168.x bei IPv4.",
  "scope.multicast":
    "Eine Multicast-Adresse: Sie steht für eine Gruppe von Geräten, nicht für eines.",
  "scope.documentation":
    "Eine Dokumentationsadresse: für Beispiele reserviert und nie in einem echten Netz verwendet.",
  "scope.special": "Eine Adresse für besondere Zwecke, die im Internet nicht geroutet wird.",
  "scope.global": "Eine globale IPv6-Adresse: im ganzen Internet erreichbar.",
  "scope.reserved":
    "Eine Adresse aus einem von der IETF reservierten Bereich; sie sollte in keinem Netz vorkommen.",

  "prefix.well-known": "{prefix} ist das Well-Known-Präfix für NAT64 (RFC 6052).",
  "prefix.local-use": "{prefix} ist der NAT64-Bereich für lokale Nutzung (RFC 8215).",
  "prefix.published": "{prefix} ist das Präfix des öffentlichen NAT64-Dienstes von {operator}.",
  "prefix.nat64-length":
    "{prefix} ist ein Netzpräfix; seine Länge passt zu einem NAT64-Präfix (RFC 6052).",
  "prefix.network": "{prefix} ist ein Netzpräfix (ein Adressbereich), keine einzelne Adresse.",
  "prefix.networkSpecific":
    "{prefix} ist ein netzspezifisches Präfix: eines, das Ihr Netzbetreiber für sein eigenes NAT64 gewählt hat.",

  "found.headline": {
    one: "NAT64-Präfix gefunden: {prefixes}",
    other: "NAT64-Präfixe gefunden: {prefixes}",
  },
  "found.meaning": {
    one: "Ihr DNS hat den reinen IPv4-Namen ipv4only.arpa in IPv6-Adressen umgewandelt (DNS64). In diesem Netzwerk werden Websites, die nur IPv4 haben, also über einen Übersetzer (NAT64) mit diesem Präfix erreicht.",
    other:
      "Ihr DNS hat den reinen IPv4-Namen ipv4only.arpa in IPv6-Adressen umgewandelt (DNS64). In diesem Netzwerk werden Websites, die nur IPv4 haben, also über einen Übersetzer (NAT64) mit diesen Präfixen erreicht.",
  },
  "found.more":
    "Die Ausgabe enthält mehr als {max} NAT64-Präfixe; nur die ersten {max} werden aufgeführt und verwendet.",
  "found.how": "Gefunden nach dem Verfahren aus RFC 7050 (Pref64::/n-Erkennung).",
  "noAaaa.headline": "Keine IPv6-Antwort",
  "noAaaa.headlineFor": "Keine IPv6-Antwort für {name}",
  "noAaaa.ipv4only":
    "ipv4only.arpa hat nur IPv4-Adressen, eine IPv6-Antwort müsste also ein DNS64 erzeugen. Es gibt keine: Dieser DNS-Server macht kein DNS64. In einem reinen IPv6-Netz heißt das, dass Websites, die nur IPv4 haben, über ihren Namen nicht erreichbar sind (außer Ihr Gerät übersetzt selbst, wie Telefone mit 464XLAT).",
  "noAaaa.other": "Der DNS-Server hat für diesen Namen keine IPv6-Adresse (AAAA) geliefert.",
  "noAaaa.nameRefused":
    "Der Name aus der Ausgabe wird nicht angezeigt: Er ist kein gültiger DNS-Name.",
  "noAaaa.ipv4Answers": "Mit IPv4 hat der Server aber geantwortet: {addresses}.",

  "details.title": "Technische Details",
  "details.canonical": "Kanonisch (RFC 5952)",
  "details.scope": "Geltungsbereich",
  "details.kind": "Art",
  "details.prefix": "Präfix",
  "details.ipv4": "IPv4",
  "details.unknown": "unbekannt",
  "details.teredoServer": "Teredo-Server",
  "details.clientPort": "Port des Clients",
  "details.flags": "Flags",
  "details.cone": "{flags} (Cone)",
  "details.operator": "Betreiber",
  "details.ipv4Scope": "IPv4-Bereich",
  "details.public": "öffentlich",
  "details.private": "privat",
  "details.uOctet": "u-Oktett",
  "details.uOctetValue": "{value} (sollte 0 sein)",
  "details.source": "Quelle: {link}",

  "scopeName.unspecified": "unspezifiziert",
  "scopeName.loopback": "Loopback",
  "scopeName.link-local": "link-lokal",
  "scopeName.site-local": "site-lokal (veraltet)",
  "scopeName.unique-local": "Unique Local",
  "scopeName.multicast": "Multicast",
  "scopeName.documentation": "Dokumentation",
  "scopeName.special": "besonderer Zweck",
  "scopeName.global": "global",
  "scopeName.reserved": "reserviert",

  "note.ipv4-mapped":
    "IPv4-gemappte Adresse (RFC 4291, Abschnitt 2.5.5.2): So sieht ein Dual-Stack-Programm eine IPv4-Verbindung; auf der Leitung kommt sie nie vor.",
  "note.siit-translated":
    "IPv4-übersetzte Adresse aus dem ursprünglichen SIIT (RFC 2765), längst überholt.",
  "note.ipv4-compatible":
    "IPv4-kompatible Adresse: durch RFC 4291, Abschnitt 2.5.5.1, für veraltet erklärt und nicht mehr in Gebrauch.",
  "note.ipv4only-arpa":
    "{ipv4} ist eine bekannte Adresse von ipv4only.arpa (RFC 7050): Das ist eine DNS64-Antwort, mit der sich das NAT64-Präfix ermitteln lässt.",
  "note.wkp-non-global":
    "RFC 6052, Abschnitt 3.1: Das Well-Known-Präfix darf keine nicht-globale IPv4-Adresse enthalten, {ipv4} gehört aber zu einem solchen Bereich – {range}. Ein NAT64 sollte sie nicht übersetzen.",
  "note.local-use-unknown-length":
    "64:ff9b:1::/48 ist für lokal betriebenes NAT64 reserviert (RFC 8215); der Betreiber wählt darin eine Präfixlänge, daher ist die Position der IPv4-Adresse ohne das Pref64::/n des Netzwerks nicht bekannt.",
  "note.u-octet-not-zero":
    "Die Bits 64 bis 71 (das „u“-Oktett) sind {value}; RFC 6052, Abschnitt 2.2, verlangt null. Übersetzer wie Jool und Tayga ignorieren sie.",
  "note.suffix-not-zero":
    "Das Suffix nach der IPv4-Adresse (Bits {from} bis 127) ist nicht null; nach RFC 6052, Abschnitt 2.2, sollte es das sein. Beim Entschlüsseln wird es ignoriert.",
  "note.6to4":
    "6to4 (RFC 3056): IPv6, über IPv4 getunnelt, über den Router unter der eingebetteten Adresse; die öffentlichen Relays wurden mit RFC 7526 abgekündigt.",
  "note.teredo":
    "Teredo (RFC 4380): IPv6, in UDP über IPv4 durch ein NAT getunnelt; öffentliche Adresse und Port des Clients sind invertiert gespeichert.",
  "note.isatap":
    "ISATAP-Interface-ID (RFC 5214): Der Host erreicht dieses Netz über einen IPv4-Tunnel von der eingebetteten Adresse aus.",
  "note.documentation":
    "Diese Adresse ist für Dokumentation und Beispiele reserviert (RFC 3849, RFC 9637).",

  "ipv4Range.this-network": "„dieses Netz“ ({rfc})",
  "ipv4Range.private-use": "privater Adressbereich ({rfc})",
  "ipv4Range.shared-address-space": "gemeinsamer Adressbereich für Carrier-Grade-NAT ({rfc})",
  "ipv4Range.loopback": "Loopback ({rfc})",
  "ipv4Range.link-local": "link-lokal ({rfc})",
  "ipv4Range.ietf-protocol-assignments": "IETF-Protokollzuweisungen ({rfc})",
  "ipv4Range.documentation": "Dokumentation ({rfc})",
  "ipv4Range.6to4-relay-anycast": "abgekündigtes 6to4-Relay-Anycast ({rfc})",
  "ipv4Range.benchmarking": "Benchmarking ({rfc})",
  "ipv4Range.multicast": "Multicast ({rfc})",
  "ipv4Range.reserved": "reserviert ({rfc})",
  "ipv4Range.limited-broadcast": "eingeschränkter Broadcast ({rfc})",
} satisfies Catalog<typeof en>;
