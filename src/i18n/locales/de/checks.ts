// German: "Check my server" (Sie). Keys and placeholders: see ../en/checks.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/checks.ts";

export default {
  title: "Meinen Server prüfen",
  intro:
    "Erreichen Menschen in reinen IPv6-Netzen Ihren Server oder Ihr VPN? Geben Sie seinen Namen ein oder fügen Sie Ihre WireGuard-Zeile {endpoint} ein.",
  inputLabel: "Servername oder WireGuard-Endpoint-Zeile",
  inputPlaceholder: "z. B. vpn.example.com oder Endpoint = vpn.example.com:51820",
  clientLabel: "Die Serveradresse, die Ihre VPN-App anzeigt {optional}",
  optional: "(optional)",
  clientPlaceholder: "z. B. 64:ff9b::c633:6407",
  privacy:
    "Beim Prüfen geht der eingegebene Name an öffentliche DNS-over-HTTPS-Resolver ({resolvers}), die dabei auch Ihre IP-Adresse sehen.",
  check: "Prüfen",
  checking: "Wird geprüft…",
  lookingUp: "{host} wird nachgeschlagen…",
  notChecked: "Dieser Server konnte nicht geprüft werden: {message}",

  "input.empty": "Geben Sie den Namen Ihres Servers ein, etwa vpn.example.com.",
  "input.severalLines":
    "Fügen Sie einen einzelnen Namen ein oder eine WireGuard-Konfiguration mit einer Zeile „Endpoint =“.",
  "input.endpointEmpty": "In der Endpoint-Zeile steht nach dem „=“ nichts.",
  "input.badUrl": "„{text}“ ist keine gültige URL.",
  "input.hasSpaces": "„{text}“ enthält Leerzeichen; geben Sie nur den Namen des Servers ein.",
  "input.badPort": "„{text}“ hat einen Port, der keine Zahl von 1 bis 65535 ist.",
  "input.badIPv4": "„{text}“ ist keine IPv4-Adresse.",
  "input.badIPv6": "„{text}“ ist keine IPv6-Adresse.",
  "input.badBracketedIPv6": "„{text}“ in den eckigen Klammern ist keine IPv6-Adresse.",
  "input.badName":
    "„{text}“ ist kein Hostname: Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte, etwa vpn.example.com.",
  "input.badIdn": "„{text}“ ist kein gültiger Hostname.",
  "input.needsDomain": "Bei „{text}“ fehlt die Domain, etwa {host}.example.com.",
  "input.labelTooLong": "„{text}“ hat einen Namensteil (Label) mit mehr als 63 Zeichen.",
  "input.nameTooLong": "„{text}“ ist länger als 255 Byte.",

  "failure.from": "{resolver}: {failure}",
  "failure.timeout": "keine Antwort innerhalb von {seconds} s",
  "failure.network": "nicht erreichbar",
  "failure.http": "hat mit einem HTTP-Fehler geantwortet",
  "failure.notDns":
    "hat mit etwas geantwortet, das keine DNS-Nachricht ist (ein Filter oder eine Anmeldeseite?)",
  "failure.truncated": "hat eine abgeschnittene DNS-Antwort geschickt",
  "failure.malformed": "hat eine fehlerhafte DNS-Antwort geschickt",
  "failure.mismatch": "hat auf eine andere Frage geantwortet",
  "failure.serverFailure": "konnte den Namen nicht auflösen",
  "failure.error": "die Abfrage ist fehlgeschlagen",
  "failure.noResolver": "es ist kein DNS-over-HTTPS-Resolver eingerichtet",

  "failureDetail.http": "hat mit dem HTTP-Status {status} geantwortet",
  "failureDetail.notDns":
    "hat mit {type} statt mit einer DNS-Nachricht geantwortet (ein Filter oder eine Anmeldeseite?)",
  "failureDetail.tcBit": "hat eine abgeschnittene Antwort geschickt (TC-Bit gesetzt)",
  "failureDetail.cutOff": "hat eine DNS-Antwort geschickt, die bei Byte {offset} abbricht",
  "failureDetail.undecodable":
    "hat eine DNS-Antwort geschickt, die ab Byte {offset} nicht lesbar ist",
  "failureDetail.cnameLoop": "hat eine CNAME-Kette geschickt, die im Kreis läuft: {chain}",
  "failureDetail.queryEchoed": "hat die DNS-Anfrage zurückgeschickt statt einer Antwort",
  "failureDetail.id":
    "hat mit der Nachrichten-ID {id} statt der ID der Anfrage ({expected}) geantwortet",
  "failureDetail.question": "hat auf eine andere Frage geantwortet ({got} statt {asked})",
  "failureDetail.noQuestion": "hat eine Antwort ohne die gestellte Frage ({asked}) geschickt",
  "failureDetail.serverFailure": "konnte {name} nicht auflösen ({rcode})",

  "headline.dohBlocked":
    "Dieses Netzwerk sperrt die Abfragedienste, die diese Seite nutzt. {host} ließ sich daher von hier aus nicht prüfen; über Ihren Server sagt das nichts.",
  "headline.dohOffline":
    "Dieses Gerät scheint offline zu sein (auch der Test oben hat keinen seiner Server erreicht), daher ließ sich {host} nicht prüfen.",
  "headline.dohUnreachable":
    "Die Abfragedienste, die diese Seite nutzt, waren nicht erreichbar. {host} ließ sich daher von hier aus nicht prüfen; über Ihren Server sagt das nichts.",
  "headline.lookupFailed":
    "{host} konnte nicht nachgeschlagen werden: Die DNS-Server haben keine brauchbare Antwort gegeben.",
  "headline.nxdomain":
    "{host} existiert im DNS nicht (NXDOMAIN). Prüfen Sie die Schreibweise oder ob der Eintrag schon veröffentlicht ist.",
  "headline.noAddress":
    "{host} existiert, hat aber überhaupt keine Adresse (weder einen A- noch einen AAAA-Eintrag).",
  "headline.nameHasIPv6":
    "{host} hat eine IPv6-Adresse, daher erreichen Menschen in reinen IPv6-Netzen den Server direkt, ohne NAT64.",
  "headline.isIPv6Address":
    "{host} ist eine IPv6-Adresse: Menschen in reinen IPv6-Netzen erreichen sie direkt.",
  "headline.nameIPv4Only":
    "{host} hat keine IPv6-Adresse (keinen AAAA-Eintrag). Menschen in reinen IPv6-Netzen erreichen den Server nur über das NAT64 ihres Anbieters – und gar nicht, wo es keines gibt.",
  "headline.isIPv4Address":
    "{host} ist eine IPv4-Adresse. Menschen in reinen IPv6-Netzen erreichen sie nur über NAT64, und auch das nur, wenn ihr Gerät IPv4-Adressen selbst übersetzt (464XLAT).",

  "finding.typedNat64Address":
    "{typed} ist keine IPv6-Adresse Ihres Servers, sondern die IPv4-Adresse {ipv4}, eingebettet in das NAT64-Präfix {prefix}. Sie funktioniert nur in Netzen, deren NAT64 dieses Präfix verwendet, und scheitert in reinen IPv4- und in Dual-Stack-Netzen (WLAN zu Hause, die meisten Hotels) sowie in reinen IPv6-Netzen mit einem anderen Präfix. Verwenden Sie stattdessen den Namen des Servers oder seine echte IPv6-Adresse.",
  "finding.nameWithoutIPv4":
    "{host} hat keine IPv4-Adresse (keinen A-Eintrag): Menschen in reinen IPv4-Netzen können den Server nicht erreichen.",
  "finding.ipv6AddressWithoutIPv4":
    "Menschen in reinen IPv4-Netzen können eine IPv6-Adresse nicht erreichen.",
  "finding.hasIPv4Too": "Der Server hat auch IPv4, daher erreichen ihn auch reine IPv4-Netze.",
  "finding.httpsIPv6HintWithoutAaaa":
    "Sein HTTPS-Eintrag nennt einen IPv6-Hinweis ({hints}), es gibt aber keinen AAAA-Eintrag. Nur Browser lesen HTTPS-Einträge; VPN-Clients und die meisten Apps sehen weiterhin kein IPv6.",
  "finding.httpsHintsElsewhere":
    "Sein HTTPS-Eintrag verweist auf {hints}, das nicht zu seinen A-/AAAA-Adressen gehört; Browser, die diese Hinweise nutzen, verbinden sich womöglich mit einem anderen Ziel.",
  "finding.synthesizedProven":
    "In Ihrem Netzwerk wird der Server unter {address} erreicht: das NAT64-Präfix Ihres Netzwerks, {prefix} (vom Selbsttest oben ermittelt), mit {ipv4} darin.",
  "finding.synthesizedWellKnown":
    "In einem reinen IPv6-Netz mit dem Well-Known-Präfix {prefix} für NAT64 wird der Server unter {address} erreicht (mit {ipv4} darin). Netze mit eigenem Präfix verwenden eine andere Adresse.",
  "finding.wellKnownAlso":
    "Netze, die das Well-Known-Präfix {prefix} verwenden (wie Google Public DNS64), erreichen den Server unter {address}.",
  "finding.dns64Match": "{resolver} liefert dasselbe: {addresses}.",
  "finding.dns64Differs":
    "{resolver} liefert {addresses}, nicht {expected}. Vielleicht hat sich der Name zwischen den Abfragen geändert, oder er wird je nach Standort unterschiedlich beantwortet.",
  "finding.dns64None":
    "{resolver} liefert dafür keine IPv6-Adresse, daher können reine IPv6-Netze, die diesen Resolver nutzen, den Server nicht erreichen.",
  "finding.dns64Unavailable":
    "Der Abgleich mit einem DNS64-Resolver hat nicht funktioniert ({failures}).",
  "finding.nonGlobalIPv4":
    "{ipv4} ist keine öffentliche IPv4-Adresse ({reason}); NAT64-Übersetzer mit dem Well-Known-Präfix übersetzen nicht dorthin (RFC 6052, Abschnitt 3.1).",

  "client.invalid":
    "„{input}“ ist keine IP-Adresse. Fügen Sie die Adresse ein, die Ihre VPN-App anzeigt, etwa 64:ff9b::c633:6407.",
  "client.isServerIPv4":
    "{ipv4} ist die eigene IPv4-Adresse von {host}: Ihr Client verbindet sich über IPv4 (direkt oder über ein CLAT auf Ihrem Gerät).",
  "client.ipv4NotServer":
    "{ipv4} ist keine Adresse von {host} ({servers}). Ihr Client verwendet womöglich eine veraltete Adresse.",
  "client.ipv4NotServerNoIPv4":
    "{ipv4} ist keine Adresse von {host} (der Server hat keine IPv4-Adresse). Ihr Client verwendet womöglich eine veraltete Adresse.",
  "client.isServerIPv6":
    "{v6} ist die eigene IPv6-Adresse von {host}: Ihr Client erreicht den Server direkt über IPv6, ohne NAT64.",
  "client.v6IsNat64OfServer":
    "Bestätigt: {v6} ist die IPv4-Adresse {ipv4} von {host} im NAT64-Präfix {prefix}. Ihr Client erreicht den Server über NAT64.",
  "client.v6EndsWithServer":
    "Bestätigt: {v6} endet mit der IPv4-Adresse {ipv4} von {host}, das NAT64 Ihres Netzwerks verwendet also das Präfix {prefix}. Ihr Client erreicht den Server über NAT64.",
  "client.v6CarriesOtherIPv4":
    "{v6} enthält die IPv4-Adresse {ipv4} (Präfix {prefix}), nicht {servers} von {host}. Ihr Client verwendet womöglich eine veraltete oder falsche Adresse.",
  "client.v6CarriesOtherIPv4NoIPv4":
    "{v6} enthält die IPv4-Adresse {ipv4} (Präfix {prefix}), aber {host} hat gar keine IPv4-Adresse. Ihr Client verwendet womöglich eine veraltete oder falsche Adresse.",
  "client.v6NotServer":
    "{v6} ist keine Adresse von {host} und enthält auch nicht dessen IPv4-Adresse {servers}.",
  "client.v6NotServerNoIPv4":
    "{v6} ist keine Adresse von {host}, und der Server hat keine IPv4-Adresse.",

  "wg.title": "Ihr WireGuard-Tunnel",
  "wg.realFix": "Die eigentliche Lösung:",
  "wg.useLines":
    "Verwenden Sie diese Zeilen im Abschnitt {peer} Ihres Tunnels (Ihren {publicKey} behalten Sie bei):",
  "wg.untilThen":
    "Bis dahin verwenden Sie diese Zeilen im Abschnitt {peer} Ihres Tunnels (Ihren {publicKey} behalten Sie bei):",
  "wg.copy": "Diese Zeilen kopieren",
  "wg.copied": "Kopiert.",
  "wg.copyFailed":
    "Kopieren ist hier nicht erlaubt: Die Zeilen sind markiert, bitte kopieren Sie sie selbst.",
  "wg.why": "Warum",
  "wg.endpointIPv4Synthesized":
    "Ihr Endpoint ist eine IPv4-Adresse. In diesem reinen IPv6-Netz kann Ihr Gerät nichts dorthin senden, es sei denn, es übersetzt IPv4 selbst (464XLAT); {address} erreicht denselben Server über das NAT64 Ihres Netzwerks, aber nur in Netzen, die das Präfix {prefix} verwenden. Besser: Geben Sie dem Server einen Namen mit A- und AAAA-Eintrag und verwenden Sie diesen überall.",
  "wg.endpointIPv4":
    "Ihr Endpoint ist eine IPv4-Adresse. In einem reinen IPv6-Netz erreicht Ihr Gerät sie nur, wenn es IPv4 selbst übersetzt (464XLAT). Geben Sie dem Server einen Namen mit A- und AAAA-Eintrag und verwenden Sie diesen als Endpoint: Das funktioniert in jeder Art von Netz.",
  "wg.endpointIPv6":
    "Ihr Endpoint ist eine IPv6-Adresse: Reine IPv6-Netze erreichen sie direkt, reine IPv4-Netze (viele Hotels und ältere Router zu Hause) dagegen überhaupt nicht. Ein Name mit A- und AAAA-Eintrag funktioniert in beiden.",
  "wg.nameViaNat64":
    "In einem reinen IPv6-Netz wird {host} unter {address} über das NAT64 des Anbieters erreicht: Der Tunnel funktioniert, aber jedes Paket läuft durch den Übersetzer.",
  "wg.keepalive":
    "NAT64-Übersetzer vergessen ungenutzte UDP-Zuordnungen nach ein, zwei Minuten; PersistentKeepalive = 25 verhindert, dass der Tunnel verstummt.",
  "wg.restartAfterRoaming":
    "WireGuard schlägt den Namen beim Start des Tunnels nach. Wenn Sie vom WLAN in ein reines IPv6-Mobilfunknetz wechseln, schalten Sie den Tunnel aus und wieder ein, damit er die neue Adresse übernimmt.",
  "wg.nameHasIPv6":
    "{host} hat eine IPv6-Adresse ({ipv6}), daher verbinden sich reine IPv6-Netze direkt damit. Achten Sie darauf, dass WireGuard auf dem Server auf IPv6 lauscht und seine Firewall UDP-Port {port} über IPv6 zulässt.",
  "wg.allowedIPsCoverIPv6":
    "Ihre AllowedIPs decken IPv6 bereits genauso ab wie IPv4; behalten Sie sie bei.",
  "wg.allowedIPsMissIPv6":
    "Ihre AllowedIPs leiten IPv4 durch den Tunnel, aber nicht das passende IPv6 ({added}): In einem reinen IPv6-Netz liefe dieser Verkehr am VPN vorbei.",
  "wg.allowedIPsNeedDefault":
    "AllowedIPs muss ::/0 enthalten: In einem reinen IPv6-Netz werden selbst Websites, die nur IPv4 haben, über IPv6-Adressen erreicht, und dieser Verkehr liefe sonst am VPN vorbei. Leiten Sie nur einige Netze durch den Tunnel? Fügen Sie oben Ihren ganzen Abschnitt [Peer] ein, dann bekommen Sie eine passende Zeile.",
  "wg.whyViaNat64Name":
    "Ein reines IPv6-Netz hat keine IPv4-Route. Sein DNS64 beantwortet die Abfrage nach {host} mit {address} – der IPv4-Adresse {ipv4} des Servers im NAT64-Präfix {prefix} –, und das NAT64 des Anbieters wandelt diese Pakete in IPv4 um. Der Tunnel hängt dann davon ab, dass dieser Übersetzer seine UDP-Zuordnung behält, und nur Verkehr, der als IPv6 geleitet wird, gelangt hinein. Ein AAAA-Eintrag nimmt den Übersetzer aus dem Weg.",
  "wg.whyViaNat64Address":
    "Ein reines IPv6-Netz hat keine IPv4-Route. Sein DNS64 liefert für den Server {address} – die IPv4-Adresse {ipv4} des Servers im NAT64-Präfix {prefix} –, und das NAT64 des Anbieters wandelt diese Pakete in IPv4 um. Der Tunnel hängt dann davon ab, dass dieser Übersetzer seine UDP-Zuordnung behält, und nur Verkehr, der als IPv6 geleitet wird, gelangt hinein. Ein AAAA-Eintrag nimmt den Übersetzer aus dem Weg.",
  "wg.whyDirectName":
    "{host} hat IPv6, daher erreicht ein reines IPv6-Netz den Server ganz ohne Übersetzer. Worauf es trotzdem ankommt, sind die AllowedIPs: In einem reinen IPv6-Netz werden Websites, die nur IPv4 haben, über synthetisierte IPv6-Adressen erreicht, also muss der Tunnel auch IPv6 transportieren.",
  "wg.whyDirectAddress":
    "Der Server hat IPv6, daher erreicht ein reines IPv6-Netz ihn ganz ohne Übersetzer. Worauf es trotzdem ankommt, sind die AllowedIPs: In einem reinen IPv6-Netz werden Websites, die nur IPv4 haben, über synthetisierte IPv6-Adressen erreicht, also muss der Tunnel auch IPv6 transportieren.",
  "wg.publishAaaa":
    "Veröffentlichen Sie für {host} einen AAAA-Eintrag mit der IPv6-Adresse des Servers (und lassen Sie WireGuard auf IPv6 lauschen), damit sich Besucher aus reinen IPv6-Netzen direkt verbinden statt über das NAT64 ihres Anbieters.",

  "details.title": "Technische Details",
  "details.ipv4": "IPv4 (A)",
  "details.ipv6": "IPv6 (AAAA)",
  "details.none": "keine",
  "details.hints": "Hinweise im HTTPS-Eintrag",
  "details.chain": "CNAME-Kette",
  "details.synthesized": "Synthetisiert",
  "details.synthesizedProven": "{address} ({ipv4} in {prefix}, in Ihrem Netzwerk nachgewiesen)",
  "details.synthesizedWellKnown": "{address} ({ipv4} in {prefix}, Well-Known-Präfix)",
  "details.dns64": "DNS64-Abgleich ({resolver})",
  "details.dns64Failed": "DNS64-Abgleich",
  "details.noAaaa": "kein AAAA",
  "details.answeredBy": "Beantwortet von",
  "details.lookupError": "Fehler bei der {lookup}-Abfrage",
} satisfies Catalog<typeof en>;
