// German: the results view, the probe table, the path picture and the text report (Sie). Keys
// and placeholders: see ../en/results.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/results.ts";

export default {
  meaningTitle: { own: "Was das für Sie bedeutet", shared: "Was das für das Gerät bedeutet" },
  howWeKnow: "Woran wir das erkennen",
  evidenceTitle: "Hinweise auf NAT64",
  ipv4Label: { own: "Ihre IPv4-Adresse (wie gesehen)", shared: "Gesehene IPv4-Adresse" },
  ipv6Label: { own: "Ihre IPv6-Adresse (wie gesehen)", shared: "Gesehene IPv6-Adresse" },
  none: "keine",
  nat64Label: "NAT64",
  "nat64.prefix": "ja, Präfix {prefix}",
  "nat64.unproven": "ja, Präfix nicht nachgewiesen",
  clatLabel: { own: "464XLAT (CLAT) auf diesem Gerät", shared: "464XLAT (CLAT) auf dem Gerät" },
  yes: "ja",
  no: "nein",
  unknown: "unbekannt",
  literalsLabel: "Als Zahl eingegebene IPv4-Adressen",
  eachTest: "Die einzelnen Tests",
  skippedNote: {
    own: {
      one: "{count} Test konnte von dieser Seite aus nicht laufen: Browser blockieren einfache http://-Anfragen von einer https://-Seite. Die HTTP-Version dieser Website führt ihn ebenfalls aus.",
      other:
        "{count} Tests konnten von dieser Seite aus nicht laufen: Browser blockieren einfache http://-Anfragen von einer https://-Seite. Die HTTP-Version dieser Website führt sie ebenfalls aus.",
    },
    shared: {
      one: "{count} Test konnte von der Seite aus nicht laufen: Browser blockieren einfache http://-Anfragen von einer https://-Seite. Die HTTP-Version dieser Website führt ihn ebenfalls aus.",
      other:
        "{count} Tests konnten von der Seite aus nicht laufen: Browser blockieren einfache http://-Anfragen von einer https://-Seite. Die HTTP-Version dieser Website führt sie ebenfalls aus.",
    },
  },
  tested: "Getestet am {time} · {duration}",

  "table.caption": "Jeder Testserver und was passiert ist",
  "table.test": "Test",
  "table.result": "Ergebnis",
  "table.time": "Zeit",
  "table.seen": "Vom Server gesehene Adresse",
  "table.seenShort": "Server sah",
  "table.notRun": "nicht ausgeführt",
  "table.target": "Ziel {note}",
  "table.embeds": "enthält {ipv4} ({kind}, {prefix})",
  "status.ok": "Erreicht",
  "status.timeout": "Zeitüberschreitung",
  "status.error": "Fehlgeschlagen",
  "status.bad-response": "Falsche Antwort",
  "status.skipped": "Nicht ausgeführt",
  "failure.timeout": "keine Antwort innerhalb von {seconds} s",
  "failure.network-error": "keine Verbindung möglich",
  "failure.cors-blocked-answered":
    "etwas hat geantwortet, aber nicht der Testserver (eine Anmeldeseite, ein Proxy oder ein Filter?)",
  "failure.http-status": "hat mit HTTP-Status {status} statt mit den Testdaten geantwortet",
  "failure.web-page":
    "hat mit einer Webseite statt mit den Testdaten geantwortet (eine Anmeldeseite oder ein Filter?)",
  "failure.too-large": "hat mit weit mehr Daten als erwartet geantwortet",
  "failure.not-json": "hat mit etwas geantwortet, das nicht die erwarteten Testdaten sind",
  "failure.wrong-shape": "hat mit Daten in der falschen Form geantwortet",
  "failure.no-address": "hat ohne gültige Client-Adresse geantwortet",
  "failure.mixed-content": {
    own: "Nicht ausgeführt: Diese Seite wurde über HTTPS geladen, und Browser blockieren einfache http://-Anfragen von HTTPS-Seiten. Die HTTP-Version dieser Seite führt den Test aus.",
    shared:
      "Nicht ausgeführt: Die Seite wurde über HTTPS geladen, und Browser blockieren einfache http://-Anfragen von HTTPS-Seiten. Die HTTP-Version dieser Seite führt den Test aus.",
  },
  "failure.timed-out": "keine Antwort innerhalb der Frist",
  "failure.wrong-answer":
    "hat geantwortet, aber nicht mit den Testdaten (eine Anmeldeseite oder ein Filter?)",

  "path.device": { own: "Ihr Gerät", shared: "Das Gerät" },
  "path.network": { own: "Ihr Netzwerk", shared: "Das Netzwerk" },
  "path.dns64": "DNS64",
  "path.dns64Sub": "ergänzt AAAA",
  "path.nat64": "NAT64",
  "path.ipv4Site": "IPv4-Website",
  "path.ipv6Site": "IPv6-Website",
  "path.anySite": "Jede Website",
  "path.sees": "sieht {address}",
  "path.ipv6Clat": "IPv6 + CLAT",
  "path.ipv6Synthesis": "IPv6 + Übersetzung im System",
  "path.ipv6Only": "nur IPv6",
  "path.noNat64": "kein NAT64",
  "path.unreachable": "nicht erreichbar",
  "path.bothFamilies": "IPv4 + IPv6",
  "path.both": "beides",
  "path.eitherFamily": "IPv4 oder IPv6",
  "path.ipv4": "IPv4",
  "path.ipv4Only": "nur IPv4",
  "path.ipv6Fails": "IPv6 gestört",
  "path.timesOut": "Zeitüberschreitung",
  "path.describe.nat64": {
    own: "Ihr Gerät spricht nur IPv6. Für eine Website, die nur IPv4 hat, erzeugt der DNS64-Resolver eine IPv6-Adresse in {prefix}, und der NAT64-Übersetzer setzt den Verkehr in IPv4 um.",
    shared:
      "Das Gerät spricht nur IPv6. Für eine Website, die nur IPv4 hat, erzeugt der DNS64-Resolver eine IPv6-Adresse in {prefix}, und der NAT64-Übersetzer setzt den Verkehr in IPv4 um.",
  },
  "path.describe.nat64Seen": {
    own: "Ihr Gerät spricht nur IPv6. Für eine Website, die nur IPv4 hat, erzeugt der DNS64-Resolver eine IPv6-Adresse in {prefix}, und der NAT64-Übersetzer setzt den Verkehr in IPv4 um; die Website sieht die Adresse des Übersetzers, {address}.",
    shared:
      "Das Gerät spricht nur IPv6. Für eine Website, die nur IPv4 hat, erzeugt der DNS64-Resolver eine IPv6-Adresse in {prefix}, und der NAT64-Übersetzer setzt den Verkehr in IPv4 um; die Website sieht die Adresse des Übersetzers, {address}.",
  },
  "path.describe.synthesis": {
    own: "Für eine als Zahl eingegebene IPv4-Adresse erzeugt das System Ihres Geräts die IPv6-Adresse selbst.",
    shared:
      "Für eine als Zahl eingegebene IPv4-Adresse erzeugt das System des Geräts die IPv6-Adresse selbst.",
  },
  "path.describe.noNat64": {
    own: "Ihr Gerät spricht nur IPv6, und es gibt keinen Übersetzer, daher sind Websites, die nur IPv4 haben, nicht erreichbar.",
    shared:
      "Das Gerät spricht nur IPv6, und es gibt keinen Übersetzer, daher sind Websites, die nur IPv4 haben, nicht erreichbar.",
  },
  "path.describe.dualStack": {
    own: "Ihr Gerät erreicht IPv4-Websites über IPv4 und IPv6-Websites über IPv6, jeweils direkt.",
    shared:
      "Das Gerät erreicht IPv4-Websites über IPv4 und IPv6-Websites über IPv6, jeweils direkt.",
  },
  "path.describe.ipv4Only": {
    own: "Ihr Gerät erreicht jede Website über IPv4; Dienste, die nur IPv6 haben, sind außer Reichweite.",
    shared:
      "Das Gerät erreicht jede Website über IPv4; Dienste, die nur IPv6 haben, sind außer Reichweite.",
  },
  "path.describe.ipv6Broken": {
    own: "Ihr Gerät versucht es über IPv6, aber der IPv6-Verkehr geht unterwegs verloren; es weicht auf IPv4 aus.",
    shared:
      "Das Gerät versucht es über IPv6, aber der IPv6-Verkehr geht unterwegs verloren; es weicht auf IPv4 aus.",
  },

  "engine.title": {
    own: "Was dieser Browser messen kann",
    shared: "Was der Browser messen konnte",
  },
  "engine.engine": "Browser-Engine",
  "engine.webrtc": "WebRTC",
  "engine.iceErrors": "WebRTC-Fehlermeldungen",
  "engine.gathering": "WebRTC nutzt",
  "engine.literals": "Als Zahl eingegebene IPv4-Adressen",
  "engine.configuration": "Testkonfiguration (für den Betreiber der Website)",

  "browser.on": "{browser} unter {os}",
  "browser.unknown": "einem unbekannten Browser",

  "report.title": "Ergebnis des Netzwerk-Selbsttests",
  "report.verdict": "Ergebnis: {headline}",
  "report.code": "(Code {code}, Sicherheit {confidence})",
  "report.confidence.high": "hoch",
  "report.confidence.medium": "mittel",
  "report.confidence.low": "gering",
  "report.nat64": "NAT64: {answer}",
  "report.nat64.unknown": "nicht feststellbar",
  "report.nat64.detected": "erkannt",
  "report.nat64.detected-prefix": "erkannt, Präfix {prefix}",
  "report.nat64.absent": "nicht vorhanden",
  "report.clat": {
    own: "464XLAT (CLAT auf diesem Gerät): {answer}",
    shared: "464XLAT (CLAT auf dem Gerät): {answer}",
  },
  "report.yes": "ja",
  "report.no": "nein",
  "report.unknown": "nicht feststellbar",
  "report.ipv4": "IPv4-Adresse: {address}",
  "report.ipv6": "IPv6-Adresse: {address}",
  "report.address.none": "keine gesehen",
  "report.address.masked-note": "(beim Teilen verborgen: nur die Art, und bei IPv4 das /24-Netz)",
  "report.address.removed-note": "(beim Teilen entfernt)",
  "report.addresses.removed": "Die IP-Adressen wurden beim Teilen entfernt.",
  "report.why": "Gründe:",
  "report.evidence": "Hinweise auf NAT64:",
  "report.probes": "Tests:",
  "report.probes.none": "keiner ausgeführt",
  "report.probe.ms": "{ms} ms",
  "report.probe.seen": "gesehen als {address}",
  "report.status.ok": "ok",
  "report.status.timeout": "Zeitüberschreitung",
  "report.status.error": "Fehler",
  "report.status.bad-response": "falsche Antwort",
  "report.status.skipped": "nicht ausgeführt",
  "report.webrtc": "WebRTC (STUN):",
  "report.stun.name": "Server über Namen nur mit IPv4",
  "report.stun.literal": "Server über IPv4-Adresse",
  "report.stun.ok": "ok",
  "report.stun.unsupported": "nicht unterstützt",
  "report.stun.error": "Fehler",
  "report.stun.srflx": "öffentliche Adresse {addresses}",
  "report.stun.lookup-failed": "Namensauflösung fehlgeschlagen",
  "report.stun.candidates": {
    one: "{count} lokaler Kandidat",
    other: "{count} lokale Kandidaten",
  },
  "report.stun.complete": "Suche abgeschlossen",
  "report.stun.incomplete": "Suche nicht abgeschlossen",
  "report.recorded": "Aufgezeichnet: {time} (Dauer {duration})",
  "report.seconds": "{seconds} s",
  "report.browser": "Browser: {browser}",
  "report.unknown-browser": "nicht erkannt",
  "report.user-agent": "User-Agent: {userAgent}",
  "report.page": "Seite geladen über: {protocol} (Konfiguration {digest})",
  "report.link": "Link: {link}",
} satisfies Catalog<typeof en>;
