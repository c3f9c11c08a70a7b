// German: a verdict in words (Sie). Keys and placeholders: see ../en/verdict.ts. “Adresse
// entschlüsseln” and “Meinen Server prüfen” name the decoder and the server check.

import type { Catalog } from "../../message.ts";
import type en from "../en/verdict.ts";

export default {
  "headline.dual-stack": {
    own: "Ihr Netzwerk hat IPv4 und IPv6 (Dual-Stack).",
    shared: "Dieses Netzwerk hat IPv4 und IPv6 (Dual-Stack).",
  },
  "headline.ipv4-only": {
    own: "Ihr Netzwerk hat nur IPv4, kein IPv6.",
    shared: "Dieses Netzwerk hat nur IPv4, kein IPv6.",
  },
  "headline.ipv6-only-nat64": {
    own: "Ihr Netzwerk ist reines IPv6; Websites, die nur IPv4 haben, werden über einen Übersetzer erreicht.",
    shared:
      "Dieses Netzwerk ist reines IPv6; Websites, die nur IPv4 haben, werden über einen Übersetzer erreicht.",
  },
  "headline.ipv6-only-no-nat64": {
    own: "Ihr Netzwerk ist reines IPv6, und Websites, die nur IPv4 haben, sind nicht erreichbar.",
    shared:
      "Dieses Netzwerk ist reines IPv6, und Websites, die nur IPv4 haben, sind nicht erreichbar.",
  },
  "headline.ipv6-broken": {
    own: "Ihr Netzwerk hat IPv6, aber es funktioniert nicht richtig.",
    shared: "Dieses Netzwerk hat IPv6, aber es funktioniert nicht richtig.",
  },
  "headline.offline": {
    own: "Dieses Gerät hat keinen der Testserver erreicht.",
    shared: "Das Gerät hat keinen der Testserver erreicht.",
  },
  "headline.captive-portal": {
    own: "Ihr Netzwerk fängt Webverkehr ab (eine Anmeldeseite oder ein Filter).",
    shared: "Dieses Netzwerk fängt Webverkehr ab (eine Anmeldeseite oder ein Filter).",
  },
  "headline.inconclusive": "Der Test konnte nicht feststellen, was für ein Netzwerk das ist.",

  "short.dual-stack": "Dual-Stack",
  "short.ipv4-only": "Nur IPv4",
  "short.ipv6-only-nat64": "Reines IPv6 mit NAT64",
  "short.ipv6-only-no-nat64": "Reines IPv6, kein NAT64",
  "short.ipv6-broken": "IPv6 gestört",
  "short.offline": "Offline",
  "short.captive-portal": "Anmeldeseite (Captive Portal)",
  "short.inconclusive": "Kein klares Ergebnis",

  "confidence.high": "Sicherheit: hoch",
  "confidence.medium": "Sicherheit: mittel",
  "confidence.low": "Sicherheit: gering – siehe die Hinweise unten",

  "status.working": "Funktioniert normal",
  "status.catch": "Funktioniert, mit Einschränkung",
  "status.problem": "Problem gefunden",
  "status.unknown": "Nicht eindeutig",
  uncertain:
    "Dieses Ergebnis ist nicht sicher: Der Test konnte nicht jede andere Art von Netzwerk ausschließen.",
  "plain.nothing-to-do": "Nichts.",
  "plain.dual-stack.works":
    "Websites und Apps funktionieren, ob sie das ältere IPv4 oder das neuere IPv6 nutzen.",
  "plain.ipv4-only.works": {
    own: "Websites und Apps funktionieren: Fast alle nutzen noch IPv4, und das hat Ihr Netzwerk.",
    shared:
      "Websites und Apps funktionieren: Fast alle nutzen noch IPv4, und das hat dieses Netzwerk.",
  },
  "plain.ipv4-only.fails":
    "Dienste, die nur das neuere IPv6 nutzen, sind nicht erreichbar – sie sind aber noch selten.",
  "plain.nat64.works": "Websites und die meisten Apps funktionieren.",
  "plain.nat64-clat.fails":
    "Ein VPN, das für IPv4 eingerichtet ist, leitet hier womöglich Verkehr am Tunnel vorbei; „Details zu VPNs und Apps“ sagt, wie sich das beheben lässt.",
  "plain.nat64-no-clat.fails": {
    own: "Apps, die sich direkt mit einer IPv4-Adresse verbinden, funktionieren auf diesem Gerät nicht: manche Spiele, Telefonie-Apps und VPNs.",
    shared:
      "Apps, die sich direkt mit einer IPv4-Adresse verbinden, funktionieren auf dem Gerät nicht: manche Spiele, Telefonie-Apps und VPNs.",
  },
  "plain.nat64-clat-unknown.fails":
    "Apps, die sich direkt mit einer IPv4-Adresse verbinden, funktionieren womöglich nicht: manche Spiele, Telefonie-Apps und VPNs.",
  "plain.nat64-synthesis.fails":
    "Einige wenige Apps, die sich direkt mit einer IPv4-Adresse verbinden, funktionieren womöglich nicht: manche Spiele, Telefonie-Apps und VPNs.",
  "plain.nat64.todo":
    "Nur wenn eine App oder ein VPN nicht funktioniert: Probieren Sie es in einem anderen Netzwerk (etwa im WLAN) und geben Sie dem Hersteller der App oder dem Betreiber des VPN Bescheid.",
  "plain.nat64-no-clat.todo": {
    own: "Wenn eine App, die Sie brauchen, nicht funktioniert, nutzen Sie dafür ein anderes Netzwerk (etwa WLAN) und bitten Sie Ihren Mobilfunk- oder WLAN-Anbieter, das zu beheben. Sie können sagen:",
    shared:
      "Wenn eine benötigte App nicht funktioniert, hilft ein anderes Netzwerk (etwa WLAN); beheben kann es der Mobilfunk- oder WLAN-Anbieter. Ihm lässt sich sagen:",
  },
  "plain.nat64-no-clat.quote":
    "Mein Anschluss ist reines IPv6 mit NAT64, aber mein Gerät hat kein 464XLAT (CLAT), deshalb scheitern Apps, die sich mit IPv4-Adressen verbinden. Können Sie 464XLAT für meinen Anschluss aktivieren?",
  "plain.no-nat64.works": "Websites und Apps, die IPv6 unterstützen, funktionieren.",
  "plain.no-nat64.fails":
    "Alles, was nur IPv4 hat, ist nicht erreichbar: noch immer viele Websites, Spiele und VPNs.",
  "plain.no-nat64.todo": {
    own: "Nutzen Sie vorerst ein anderes Netzwerk (etwa mobile Daten oder ein anderes WLAN) und bitten Sie Ihren Mobilfunk- oder WLAN-Anbieter, das zu beheben. Sie können sagen:",
    shared:
      "Vorerst hilft ein anderes Netzwerk (etwa mobile Daten oder ein anderes WLAN); beheben kann es der Mobilfunk- oder WLAN-Anbieter. Ihm lässt sich sagen:",
  },
  "plain.no-nat64.quote":
    "Mein Anschluss hat nur IPv6 und kein NAT64/DNS64, deshalb sind Websites, die nur IPv4 haben, nicht erreichbar. Bitte aktivieren Sie NAT64 und DNS64.",
  "plain.no-dns64.todo": {
    own: "Wenn Sie einen DNS-Server von Hand eingetragen haben (etwa 1.1.1.1 oder 8.8.8.8), stellen Sie DNS wieder auf automatisch. Sonst bitten Sie Ihren Mobilfunk- oder WLAN-Anbieter, das zu beheben. Sie können sagen:",
    shared:
      "Wenn ein DNS-Server von Hand eingetragen wurde (etwa 1.1.1.1 oder 8.8.8.8), hilft es, DNS wieder auf automatisch zu stellen. Sonst kann es der Mobilfunk- oder WLAN-Anbieter beheben. Ihm lässt sich sagen:",
  },
  "plain.no-dns64.quote":
    "Mein Anschluss ist reines IPv6. Ihr NAT64 funktioniert, aber der DNS-Server übersetzt die Namen von Websites, die nur IPv4 haben, nicht (kein DNS64).",
  "plain.ipv6-broken.works": "Websites und Apps funktionieren noch, über IPv4.",
  "plain.ipv6-broken.fails":
    "Viele starten langsam, weil sie zuerst IPv6 versuchen und es scheitert oder hängt.",
  "plain.ipv6-broken.todo": {
    own: "Starten Sie Ihren Router neu. Wenn es wieder passiert, sagen Sie es Ihrem Internetanbieter. Sie können sagen:",
    shared:
      "Ein Neustart des Routers kann helfen. Wenn es wieder passiert, kann es der Internetanbieter beheben. Ihm lässt sich sagen:",
  },
  "plain.ipv6-broken.quote":
    "IPv6 funktioniert an meinem Anschluss nicht richtig: IPv6-Verbindungen hängen oder scheitern, deshalb laden Websites langsam. Bitte prüfen Sie IPv6 an meinem Anschluss.",
  "plain.offline.fails": {
    own: "Dieses Gerät hat den Test gar nicht erreicht.",
    shared: "Das Gerät hat den Test gar nicht erreicht.",
  },
  "plain.offline.todo":
    "Prüfen Sie, ob WLAN oder mobile Daten eingeschaltet sind, und testen Sie erneut. Wenn andere Websites funktionieren, blockiert dieses Netzwerk den Test.",
  "plain.captive-portal.fails":
    "Etwas in diesem Netzwerk antwortet anstelle von Websites, meist eine Anmeldeseite.",
  "plain.captive-portal.todo":
    "Öffnen Sie eine beliebige Website, melden Sie sich im Netzwerk an und testen Sie dann erneut.",
  "plain.relayed.fails": {
    own: "Der Test lief über ein VPN, einen Proxy oder ein Privacy-Relay und hat deshalb dessen Netzwerk gesehen, nicht Ihres.",
    shared:
      "Der Test lief über ein VPN, einen Proxy oder ein Privacy-Relay und hat deshalb dessen Netzwerk gesehen, nicht das des Absenders.",
  },
  "plain.relayed.todo": "Schalten Sie das VPN, den Proxy oder das Relay aus und testen Sie erneut.",
  "plain.undecidable.works": "Websites funktionieren, ältere (IPv4) wie neuere (IPv6).",
  "plain.undecidable.fails": {
    own: "Ob Apps funktionieren, die sich direkt mit einer IPv4-Adresse verbinden, ließ sich in diesem Browser nicht feststellen.",
    shared:
      "Ob Apps funktionieren, die sich direkt mit einer IPv4-Adresse verbinden, ließ sich in dem Browser nicht feststellen.",
  },
  "plain.undecidable.todo":
    "Nur wenn eine App oder ein VPN nicht funktioniert: Testen Sie erneut in Chrome, Edge oder Firefox auf einem Computer in diesem Netzwerk.",
  "plain.not-set-up.fails":
    "Diese Website konnte hier nicht alle ihre Tests ausführen und kann es deshalb nicht sagen.",
  "plain.not-set-up.todo":
    "Testen Sie später erneut, oder geben Sie dem Betreiber dieser Website Bescheid.",
  "plain.unexplained.fails":
    "Die Tests ergaben eine Mischung von Antworten, die zu keiner bekannten Art von Netzwerk passt.",
  "plain.unexplained.todo": {
    own: "Testen Sie in einer Minute erneut. Bleibt es unklar, senden Sie das Ergebnis an Ihren Support.",
    shared: "Ein neuer Test zu einem späteren Zeitpunkt kann helfen.",
  },

  "meaning.dual-stack.apps":
    "Alle Websites und Apps sollten funktionieren, egal ob sie IPv4 oder IPv6 nutzen.",
  "meaning.dual-stack.vpn":
    "VPNs funktionieren wie eingerichtet. Wenn Ihr VPN-Server IPv6 hat, tragen Sie auch sein IPv6-Netz in AllowedIPs ein, damit kein Verkehr am Tunnel vorbeigeht.",
  "meaning.ipv4-only.apps":
    "Alle Websites und Apps funktionieren heute, weil fast alle noch IPv4 anbieten.",
  "meaning.ipv4-only.ipv6":
    "Dienste, die nur IPv6 haben, erreichen Sie nicht; manche Spiele und Peer-to-Peer-Apps verbinden sich weniger direkt.",
  "meaning.ipv6-only-nat64.apps": {
    own: "Websites und die meisten Apps funktionieren: Websites, die nur IPv4 haben, werden über den Übersetzer Ihres Anbieters erreicht.",
    shared:
      "Websites und die meisten Apps funktionieren: Websites, die nur IPv4 haben, werden über den Übersetzer des Netzbetreibers erreicht.",
  },
  "meaning.ipv6-only-nat64.no-clat": {
    own: "Apps, die sich direkt mit IPv4-Adressen verbinden (manche Spiele, ältere VPN- und Telefonie-Apps), scheitern, weil dieses Gerät kein CLAT hat, das sie übersetzt.",
    shared:
      "Apps, die sich direkt mit IPv4-Adressen verbinden (manche Spiele, ältere VPN- und Telefonie-Apps), scheitern, weil das Gerät kein CLAT hat, das sie übersetzt.",
  },
  "meaning.ipv6-only-nat64.clat": {
    own: "Apps, die direkt IPv4-Adressen nutzen, funktionieren trotzdem, weil dieses Gerät sie selbst übersetzt (464XLAT).",
    shared:
      "Apps, die direkt IPv4-Adressen nutzen, funktionieren trotzdem, weil das Gerät sie selbst übersetzt (464XLAT).",
  },
  "meaning.ipv6-only-nat64.synthesis": {
    own: "Apps, die die Netzwerkfunktionen des Systems nutzen (Safari und die meisten Apps), erreichen auch direkte IPv4-Adressen, weil das System dieses Geräts sie übersetzt; Apps mit eigenen IPv4-Sockets (manche Spiele, VPN- und Telefonie-Apps) scheitern, wenn das Gerät nicht zusätzlich ein CLAT (464XLAT) hat.",
    shared:
      "Apps, die die Netzwerkfunktionen des Systems nutzen (Safari und die meisten Apps), erreichen auch direkte IPv4-Adressen, weil das System des Geräts sie übersetzt; Apps mit eigenen IPv4-Sockets (manche Spiele, VPN- und Telefonie-Apps) scheitern, wenn das Gerät nicht zusätzlich ein CLAT (464XLAT) hat.",
  },
  "meaning.ipv6-only-nat64.clat-unknown": {
    own: "Apps, die sich direkt mit IPv4-Adressen verbinden, können scheitern, wenn dieses Gerät sie nicht selbst übersetzt (464XLAT).",
    shared:
      "Apps, die sich direkt mit IPv4-Adressen verbinden, können scheitern, wenn das Gerät sie nicht selbst übersetzt (464XLAT).",
  },
  "meaning.ipv6-only-nat64.vpn":
    "VPNs: Ein VPN-Server, der über einen Namen nur mit IPv4 angegeben ist, wird zu einer erzeugten Adresse {inside} aufgelöst (im bekannten Präfix steht {example} für {exampleIpv4}). Wenn in den AllowedIPs Ihres VPNs nur IPv4 steht, kann dieser Verkehr am Tunnel vorbeigehen oder ihn stören. Abhilfe: Geben Sie dem VPN-Server eine IPv6-Adresse und einen AAAA-Eintrag, und tragen Sie die IPv6-Adresse des Servers (oder die erzeugte Adresse) in AllowedIPs ein. „Meinen Server prüfen“ weiter unten ermittelt die genaue Zeile.",
  "meaning.inside-prefix": "in {prefix}",
  "meaning.inside-unknown-prefix": {
    own: "im NAT64-Präfix Ihres Netzwerks",
    shared: "im NAT64-Präfix dieses Netzwerks",
  },
  "meaning.ipv6-only-no-nat64.apps":
    "Websites und Apps mit IPv6 funktionieren; alles, was nur IPv4 hat (noch immer viele Websites, Spiele und VPN-Server), ist nicht erreichbar.",
  "meaning.ipv6-only-no-nat64.ask": {
    own: "Bitten Sie den Betreiber Ihres Netzwerks, NAT64/DNS64 einzuschalten, oder nutzen Sie ein Netzwerk mit IPv4.",
    shared:
      "Bitten Sie den Betreiber des Netzwerks, NAT64/DNS64 einzuschalten, oder nutzen Sie ein Netzwerk mit IPv4.",
  },
  "meaning.ipv6-broken.apps":
    "Über IPv4 funktioniert alles weiter, aber Apps halten manchmal einige Sekunden inne, bevor sie IPv6 aufgeben.",
  "meaning.ipv6-broken.restart":
    "Starten Sie Ihren Router neu. Wenn es wieder passiert, melden Sie Ihrem Internetanbieter, dass IPv6 gestört ist (schicken Sie den Link zu den Ergebnissen mit).",
  "meaning.offline.check":
    "Prüfen Sie, ob WLAN oder mobile Daten eingeschaltet sind, und starten Sie den Test dann noch einmal.",
  "meaning.offline.blocked":
    "Wenn andere Websites funktionieren, blockiert etwas in diesem Netzwerk die Testserver.",
  "meaning.captive-portal.login":
    "Öffnen Sie eine beliebige Website und melden Sie sich auf der Anmeldeseite des Netzwerks an. Starten Sie den Test dann noch einmal.",
  "meaning.captive-portal.proxy":
    "Wenn keine Anmeldeseite erscheint, verändert ein Proxy oder Filter in diesem Netzwerk den Webverkehr.",
  "meaning.inconclusive.how":
    "Unter „Woran wir das erkennen“ steht, was der Test nicht feststellen konnte und was es stattdessen zeigen kann.",
  "meaning.inconclusive.again":
    "Bleibt es unklar, wiederholen Sie den Test später oder schicken Sie das Ergebnis an Ihren Support.",

  "reason.intercepted":
    "{count} von {total} Testservern hat etwas anderes geantwortet (zum Beispiel eine Anmeldeseite) – das Netzwerk fängt also Webverkehr ab.",
  "reason.sign-in-to-network":
    "Melden Sie sich im Netzwerk an (öffnen Sie eine beliebige Website und folgen Sie der Anmeldeseite) und starten Sie den Test dann noch einmal.",
  "reason.no-probes-here":
    "Hier konnte kein Test laufen: Diese Installation hat keine Tests eingerichtet, die diese Seite in ihrem jetzigen Modus erreichen kann.",
  "reason.nothing-reached": {
    own: "Keiner der {total} Testserver war erreichbar: Dieses Gerät scheint gerade keine funktionierende Internetverbindung zu haben.",
    shared:
      "Keiner der {total} Testserver war erreichbar: Das Gerät hatte zu dem Zeitpunkt offenbar keine funktionierende Internetverbindung.",
  },
  "reason.relayed": {
    own: "Ihr Verkehr erreicht die Testserver über eine Zwischenstation (einen Proxy, ein Privacy-Relay oder ein VPN): Ein Testserver, der nur IPv6 hat, hat eine IPv4-Adresse gesehen, oder umgekehrt. Der Test sieht das Netzwerk dieser Zwischenstation, nicht Ihres.",
    shared:
      "Der Verkehr erreichte die Testserver über eine Zwischenstation (einen Proxy, ein Privacy-Relay oder ein VPN): Ein Testserver, der nur IPv6 hat, hat eine IPv4-Adresse gesehen, oder umgekehrt. Der Test hat das Netzwerk dieser Zwischenstation gesehen, nicht das des Geräts.",
  },
  "reason.turn-off-relay":
    "Schalten Sie den Proxy, das Relay oder das VPN aus und wiederholen Sie den Test, um Ihr eigenes Netzwerk zu testen.",
  "reason.ipv6-only-with-nat64": {
    own: "IPv6 funktioniert, und Websites, die nur IPv4 haben, werden über den Übersetzer Ihres Netzwerks erreicht (DNS64 + NAT64): Ihr Netzwerk ist reines IPv6.",
    shared:
      "IPv6 funktioniert, und Websites, die nur IPv4 haben, werden über den Übersetzer dieses Netzwerks erreicht (DNS64 + NAT64): Dieses Netzwerk ist reines IPv6.",
  },
  "reason.nat64-prefix": "Der Übersetzer nutzt das Präfix {prefix}.",
  "reason.nat64-prefix-unproven":
    "Das Präfix des Übersetzers ließ sich von dieser Seite aus nicht nachweisen (es ist nicht das bekannte {wkp}, oder es wurde nicht getestet). Um es zu sehen, führen Sie auf einem Computer in diesem Netzwerk „dig AAAA ipv4only.arpa“ aus und fügen die Ausgabe unter „Adresse entschlüsseln“ ein.",
  "reason.literal-synthesis": {
    own: "Als Zahl eingegebene IPv4-Adressen funktionieren in diesem Browser, weil das System dieses Geräts sie für Apps übersetzt, die seine Netzwerkschnittstellen nutzen (NAT64-Adresssynthese von Apple). Apps mit eigenen IPv4-Sockets (manche Spiele, VPN- und Telefonie-Apps) bekommen diese Übersetzung nicht; nur ein CLAT (464XLAT) würde sie tragen.",
    shared:
      "Als Zahl eingegebene IPv4-Adressen funktionieren in dem Browser, weil das System des Geräts sie für Apps übersetzt, die seine Netzwerkschnittstellen nutzen (NAT64-Adresssynthese von Apple). Apps mit eigenen IPv4-Sockets (manche Spiele, VPN- und Telefonie-Apps) bekommen diese Übersetzung nicht; nur ein CLAT (464XLAT) würde sie tragen.",
  },
  "reason.clat-by-literal": {
    own: "Als Zahl eingegebene IPv4-Adressen funktionieren trotzdem: Ihr Gerät übersetzt sie selbst (464XLAT, ein CLAT) und schickt sie durch den NAT64.",
    shared:
      "Als Zahl eingegebene IPv4-Adressen funktionieren trotzdem: Das Gerät übersetzt sie selbst (464XLAT, ein CLAT) und schickt sie durch den NAT64.",
  },
  "reason.clat-by-stun": {
    own: "WebRTC hat den STUN-Server auch über seine IPv4-Adresse erreicht: Ihr Gerät hat ein CLAT (464XLAT).",
    shared:
      "WebRTC hat den STUN-Server auch über seine IPv4-Adresse erreicht: Das Gerät hat ein CLAT (464XLAT).",
  },
  "reason.no-clat-by-literal": {
    own: "Als Zahl eingegebene IPv4-Adressen funktionieren nicht: Auf diesem Gerät gibt es kein CLAT (464XLAT), daher scheitern Apps, die direkt IPv4-Adressen nutzen.",
    shared:
      "Als Zahl eingegebene IPv4-Adressen funktionieren nicht: Auf dem Gerät gibt es kein CLAT (464XLAT), daher scheitern Apps, die direkt IPv4-Adressen nutzen.",
  },
  "reason.no-clat-by-stun": {
    own: "WebRTC hat von der IPv4-Adresse des STUN-Servers keine Antwort bekommen, und dieser Browser probiert jede Netzwerkverbindung aus: Auf diesem Gerät gibt es kein CLAT (464XLAT), daher scheitern Apps, die direkt IPv4-Adressen nutzen.",
    shared:
      "WebRTC hat von der IPv4-Adresse des STUN-Servers keine Antwort bekommen, und der Browser probiert jede Netzwerkverbindung aus: Auf dem Gerät gibt es kein CLAT (464XLAT), daher scheitern Apps, die direkt IPv4-Adressen nutzen.",
  },
  "reason.clat-unknown": {
    own: "Ob dieses Gerät IPv4 selbst übersetzt (464XLAT, ein CLAT), lässt sich in diesem Browser nicht feststellen: {gaps}.",
    shared:
      "Ob das Gerät IPv4 selbst übersetzt (464XLAT, ein CLAT), ließ sich in dem Browser nicht feststellen: {gaps}.",
  },
  "reason.mtu-black-hole":
    "Kleine Anfragen funktionieren, aber eine größere Antwort kam nie an: Große Pakete gehen verloren (ein Path-MTU-Black-Hole).",
  "reason.ipv6-slow": "IPv6 hat geantwortet, aber erst nach {v6} s, während IPv4 {v4} s brauchte.",
  "reason.ipv6-times-out": {
    own: "Ihr Gerät hat IPv6 und versucht es zu nutzen, aber IPv6-Verbindungen laufen ins Leere; Apps weichen erst nach einer Verzögerung auf IPv4 aus.",
    shared:
      "Das Gerät hat IPv6 und versucht es zu nutzen, aber IPv6-Verbindungen laufen ins Leere; Apps weichen erst nach einer Verzögerung auf IPv4 aus.",
  },
  "reason.ipv6-broken-apps-wait":
    "Websites und Apps funktionieren weiter, aber manche starten langsam, weil sie auf IPv6 warten.",
  "reason.ipv4-not-tested":
    "IPv6 funktioniert. Es ist kein Testserver eingerichtet, der nur IPv4 hat, daher wurde nicht getestet, ob Websites mit nur IPv4 erreichbar sind.",
  "reason.no-dns64": {
    own: "IPv6 funktioniert, aber Websites, die nur IPv4 haben, sind über ihren Namen nicht erreichbar: Ihr Netzwerk hat einen NAT64-Übersetzer, aber der DNS-Server, den dieses Gerät nutzt, leitet Namen nicht dorthin (kein DNS64).",
    shared:
      "IPv6 funktioniert, aber Websites, die nur IPv4 haben, sind über ihren Namen nicht erreichbar: Dieses Netzwerk hat einen NAT64-Übersetzer, aber der DNS-Server, den das Gerät nutzt, leitet Namen nicht dorthin (kein DNS64).",
  },
  "reason.use-network-dns": {
    own: "Wenn Sie einen DNS-Server von Hand eingetragen haben (zum Beispiel 1.1.1.1 oder 8.8.8.8), stellen Sie wieder den DNS Ihres Netzwerks ein oder nutzen Sie einen DNS64-Dienst wie den von Google, {dns64}.",
    shared:
      "Falls ein DNS-Server von Hand eingetragen wurde (zum Beispiel 1.1.1.1 oder 8.8.8.8), sollte wieder der DNS dieses Netzwerks eingestellt werden, oder ein DNS64-Dienst wie der von Google, {dns64}.",
  },
  "reason.no-nat64": {
    own: "IPv6 funktioniert, aber Websites, die nur IPv4 haben, sind nicht erreichbar: Ihr Netzwerk ist reines IPv6 und hat keinen NAT64-Übersetzer (oder er funktioniert nicht).",
    shared:
      "IPv6 funktioniert, aber Websites, die nur IPv4 haben, sind nicht erreichbar: Dieses Netzwerk ist reines IPv6 und hat keinen NAT64-Übersetzer (oder er funktioniert nicht).",
  },
  "reason.both-reachable":
    "Websites, die nur IPv4 haben, und Websites, die nur IPv6 haben, sind beide erreichbar.",
  "reason.nat64-unused": {
    own: "Ihr Netzwerk bietet außerdem einen NAT64-Übersetzer an, aber Ihr eigener IPv4-Verkehr nutzt ihn nicht.",
    shared:
      "Dieses Netzwerk bietet außerdem einen NAT64-Übersetzer an, aber der IPv4-Verkehr des Geräts nutzt ihn nicht.",
  },
  "reason.cannot-tell-native-ipv4": {
    own: "Dieser Test kann aber nicht unterscheiden, ob Ihr Netzwerk wirklich IPv4 hat oder reines IPv6 mit einem Übersetzer (DNS64 + NAT64) ist, der ein eigenes Präfix nutzt, denn {gaps}.",
    shared:
      "Dieser Test kann aber nicht unterscheiden, ob dieses Netzwerk wirklich IPv4 hat oder reines IPv6 mit einem Übersetzer (DNS64 + NAT64) ist, der ein eigenes Präfix nutzt, denn {gaps}.",
  },
  "reason.how-to-find-out": "Um es herauszufinden, {fixes}.",
  "reason.dual-stack": {
    own: "Ihr Netzwerk hat IPv4 und IPv6, und beides funktioniert.",
    shared: "Dieses Netzwerk hat IPv4 und IPv6, und beides funktioniert.",
  },
  "reason.maybe-clat":
    "Nicht ganz sicher: Ein Telefon, das in einem reinen IPv6-Netzwerk IPv4 selbst übersetzt (464XLAT), sieht für diesen Test genauso aus. Im Alltag verhalten sich beide gleich.",
  "reason.maybe-own-prefix":
    "Nicht sicher: Ein reines IPv6-Netzwerk, dessen Übersetzer ein eigenes Präfix nutzt, sieht für diesen Test genauso aus. Führen Sie auf einem Computer in diesem Netzwerk „dig AAAA ipv4only.arpa“ aus und fügen Sie die Ausgabe unter „Adresse entschlüsseln“ ein: Kommt keine IPv6-Antwort, gibt es keinen Übersetzer.",
  "reason.ipv6-not-tested":
    "IPv4 funktioniert. Es ist kein IPv6-Testserver eingerichtet, daher wurde IPv6 nicht getestet.",
  "reason.ipv4-only": {
    own: "Ihr Netzwerk hat nur IPv4. Heute funktioniert alles, weil fast jede Website noch IPv4 hat.",
    shared:
      "Dieses Netzwerk hat nur IPv4. Heute funktioniert alles, weil fast jede Website noch IPv4 hat.",
  },
  "reason.unexplained":
    "Manche Tests haben funktioniert, andere nicht – in einem Muster, das zu keiner bekannten Art von Netzwerk passt. Versuchen Sie es noch einmal oder schicken Sie die Ergebnisse an Ihren Support.",
  "reason.set-aside": {
    one: "{count} Testserver hat etwas anderes als der Echo-Dienst geantwortet (ein Proxy oder ein Filter); dieses Ergebnis bleibt außen vor.",
    other:
      "{count} Testservern hat etwas anderes als der Echo-Dienst geantwortet (ein Proxy oder ein Filter); diese Ergebnisse bleiben außen vor.",
  },
  "reason.reasons-not-shown":
    "Die Messwerte in diesem Link führen nicht zu dem Ergebnis, das er angibt, daher werden keine Gründe angezeigt. Der Link wurde vielleicht verändert oder von einer anderen Version dieses Tests erstellt.",
  "reason.reasons-not-shown-removed":
    "Die IP-Adressen wurden beim Teilen entfernt, und die Gründe für dieses Ergebnis hängen von ihnen ab, daher werden sie nicht angezeigt.",

  "gap.literal-not-tested": "diese Website testet keine als Zahl eingegebene IPv4-Adresse",
  "gap.literal-blocked-on-https": {
    own: "diese https://-Seite kann keine als Zahl eingegebene IPv4-Adresse testen (Browser blockieren von dort einfache HTTP-Anfragen)",
    shared:
      "die https://-Seite konnte keine als Zahl eingegebene IPv4-Adresse testen (Browser blockieren von dort einfache HTTP-Anfragen)",
  },
  "gap.literal-timed-out":
    "die als Zahl eingegebene IPv4-Adresse hat nicht rechtzeitig geantwortet",
  "gap.literal-answered-by-other":
    "auf die als Zahl eingegebene IPv4-Adresse hat etwas anderes geantwortet",
  "gap.literal-works-either-way": {
    own: "auf diesem Gerät funktioniert eine als Zahl eingegebene IPv4-Adresse in jedem Fall (das System übersetzt sie)",
    shared:
      "auf dem Gerät funktioniert eine als Zahl eingegebene IPv4-Adresse in jedem Fall (das System übersetzt sie)",
  },
  "gap.literal-shows-synthesis":
    "hier zeigt eine funktionierende IPv4-Adresse die Übersetzung des Systems, kein CLAT",
  "gap.no-webrtc": { own: "dieser Browser hat kein WebRTC", shared: "der Browser hat kein WebRTC" },
  "gap.no-webrtc-test": "diese Website hat keinen WebRTC-Test",
  "gap.webrtc-failed": "WebRTC konnte nicht starten",
  "gap.no-ice-errors": {
    own: "dieser Browser meldet keine Fehler bei WebRTC-Namensauflösungen",
    shared: "der Browser meldet keine Fehler bei WebRTC-Namensauflösungen",
  },
  "gap.webrtc-no-answer": "der WebRTC-Test hat keine Antwort bekommen",
  "gap.stun-literal-untraced":
    "WebRTC hat die IPv4-Testadresse auf einem Weg erreicht, den der Test nicht nachvollziehen kann",
  "gap.gathers-default-interface": {
    own: "WebRTC nutzt in diesem Browser nur die Standard-Netzwerkverbindung, daher bekommt eine IPv4-Testadresse mit oder ohne CLAT keine Antwort",
    shared:
      "WebRTC nutzt in dem Browser nur die Standard-Netzwerkverbindung, daher bekommt eine IPv4-Testadresse mit oder ohne CLAT keine Antwort",
  },
  "gap.gathering-unknown": {
    own: "dieser Browser lässt nicht erkennen, ob sein WebRTC eine IPv4-Verbindung nutzen würde, die das Gerät selbst übersetzt",
    shared:
      "der Browser lässt nicht erkennen, ob sein WebRTC eine IPv4-Verbindung nutzen würde, die das Gerät selbst übersetzt",
  },
  "gap.join": ", und ",
  "fix.open-http-page": "öffnen Sie die http://-Version dieser Seite",
  "fix.other-browser": "führen Sie den Test in Chrome, Edge oder Firefox aus",
  "fix.other-device":
    "führen Sie den Test in Chrome, Edge oder Firefox auf einem Computer oder einem Android-Telefon in diesem Netzwerk aus",
  "fix.chrome-on-this-device": {
    own: "Chrome oder Edge auf diesem Gerät können es feststellen",
    shared: "Chrome oder Edge auf dem Gerät können es feststellen",
  },
  "fix.chrome-on-a-mac":
    "auf einem Mac können Chrome oder Edge es feststellen, auf einem iPhone oder iPad kein Browser",
  "fix.dig":
    "führen Sie auf einem Computer in diesem Netzwerk „dig AAAA ipv4only.arpa“ aus und fügen Sie die Ausgabe unter „Adresse entschlüsseln“ ein: Eine IPv6-Antwort bedeutet, dass es einen Übersetzer gibt",
  "fix.join": "; ",
  "fix.joinOr": "; oder ",
  "fix.sentence": "{fixes}.",

  "evidence.same-exit-as-nat64":
    "Der Testserver, der nur IPv4 hat, hat {ip} gesehen – aus demselben Netz wie {targetIp}, die Adresse, die das nur über NAT64 erreichbare Ziel ({prefix}) gesehen hat.",
  "evidence.literal-refused":
    "Der Name, der nur IPv4 hat, hat funktioniert, die als Zahl eingegebene IPv4-Adresse desselben Servers aber nicht: DNS64 hat den Namen übersetzt.",
  "evidence.stun-name-only":
    "WebRTC hat den STUN-Server, der nur IPv4 hat, über seinen Namen und eine erzeugte IPv6-Adresse erreicht, über seine IPv4-Adresse dagegen gar nicht.",
  "evidence.stun-dns64":
    "WebRTC: Der Resolver hat für einen Namen, der nur eine IPv4-Adresse hat, eine IPv6-Adresse geliefert (DNS64).",
  "evidence.nat64-reachable":
    "Ein NAT64 in {prefix} ist aus diesem Netzwerk erreichbar (das Ziel hat {ip} gesehen).",

  "engine.chromium": "Chromium (Chrome, Edge, Samsung Internet …)",
  "engine.firefox": "Firefox (Gecko)",
  "engine.webkit": "WebKit (Safari, jeder Browser auf iPhone und iPad …)",
  "engine.unknown": "nicht erkannt",
  "engine.webrtc-yes": "ja",
  "engine.webrtc-no": "nein: Die WebRTC-Tests konnten nicht laufen",
  "engine.ice-errors-yes": "ja",
  "engine.ice-errors-no": "nein: Ein Name, der sich nicht auflösen lässt, bleibt unbemerkt",
  "engine.unknown-value": "unbekannt",
  "engine.every-interface": "jede Netzwerkverbindung",
  "engine.default-interface":
    "nur die Standard-Netzwerkverbindung (Schweigen auf einer IPv4-Adresse sagt daher nichts über ein CLAT)",
  "engine.gathering-observed": "{gathering} (in diesem Test beobachtet)",
  "engine.gathering-engine": "{gathering} (so arbeitet diese Engine bekanntlich)",
  "engine.literal-synthesis":
    "werden in reinen IPv6-Netzwerken mit NAT64 vom System lauffähig gemacht (Apple) – eine, die funktioniert, beweist also kein eigenes IPv4",
  "engine.literal-as-is": "werden so genutzt, wie sie sind",
  "literal-synthesis-fact": {
    own: "funktionieren: Das System dieses Geräts übersetzt sie für Apps, die seine Netzwerkfunktionen nutzen; Apps mit eigenen IPv4-Sockets scheitern ohne CLAT weiterhin",
    shared:
      "funktionieren: Das System des Geräts übersetzt sie für Apps, die seine Netzwerkfunktionen nutzen; Apps mit eigenen IPv4-Sockets scheitern ohne CLAT weiterhin",
  },
} satisfies Catalog<typeof en>;
