// German: the site's configuration and setup (Sie). Keys and placeholders: see ../en/config.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/config.ts";

export default {
  "link.address":
    "Die Konfigurationsadresse in diesem Link ist ungültig, deshalb kann der Test nicht laufen.",
  "link.file":
    "Die Konfiguration aus diesem Link konnte nicht geladen werden, deshalb kann der Test nicht laufen.",
  "link.field":
    "Die Konfiguration aus diesem Link ist ungültig, deshalb kann der Test nicht laufen.",
  "link.explain":
    "Der Link verlangt vom Test andere Einstellungen als die dieser Website. Der Link ist falsch oder wurde verändert; die Website selbst ist womöglich in Ordnung.",
  "site.headline": "Dieser Test ist nicht richtig eingerichtet und kann deshalb nicht laufen.",
  "site.problem": "Problem in der Konfiguration: {problem}",
  "site.advice":
    "Wenn Sie diese Website betreiben, korrigieren Sie config.json. Der Adress-Decoder weiter unten funktioniert trotzdem.",
  field: "Feld {field}: {problem}",

  "error.config-not-object": "die Konfiguration muss ein JSON-Objekt sein",
  "error.unknown-key": "unbekannter Schlüssel (mit einem _ davor bleibt er als Kommentar erhalten)",
  "error.unknown-key-of": "unbekannter Schlüssel (bekannt sind: {known})",
  "error.unknown-probe": "unbekannter Test (bekannt sind: {known})",
  "error.not-object": "muss ein Objekt sein",
  "error.not-object-with": "muss ein Objekt mit den Schlüsseln {keys} sein",
  "error.not-list": "muss eine Liste sein",
  "error.not-url": "muss eine URL als Zeichenkette sein",
  "error.invalid-url": "„{value}“ ist keine gültige absolute URL",
  "error.url-not-http": "muss eine http://- oder https://-URL sein, nicht {protocol}",
  "error.not-stun-url": "muss eine STUN-URL wie „stun:v4.example.net:3478“ sein",
  "error.prefix-shape": "muss die Form „P/n“ haben, mit n = 32, 40, 48, 56, 64 oder 96",
  "error.prefix-not-rfc6052":
    "{prefix} ist kein nach RFC 6052 zulässiges NAT64-Präfix: Es muss ein gültiges IPv6-Präfix sein, hinter dessen Länge keine Bits gesetzt sind (und bei /96 müssen die Bits 64 bis 71 null sein)",
  "error.prefix-twice": "{prefix} steht zweimal in der Liste",
  "error.timeout-range": "muss eine ganze Zahl von Millisekunden zwischen {min} und {max} sein",
  "error.not-text": "muss ein nicht leerer Text sein",
  "error.not-boolean": "muss true oder false sein",
  "error.not-origin-string": "muss ein Origin als Zeichenkette sein",
  "error.invalid-origin": "„{value}“ ist kein Origin wie https://help.example.net",
  "error.origin-not-exact": "„{value}“ muss genau ein Origin sein (Schema://Host[:Port])",
  "error.link-address-invalid": "Die Adresse in ?config= ist keine gültige Webadresse.",
  "error.link-address-not-http": "Die Adresse in ?config= ist keine http(s)-Adresse.",
  "error.link-address-other-site":
    "Die Adresse in ?config= gehört zu einer anderen Website; verwendet werden nur Dateien von {origin}.",
  "error.file-redirects": "{file} leitet auf eine andere Website weiter.",
  "error.file-http-status": "{file} hat mit HTTP {status} geantwortet.",
  "error.file-not-found": "{file} hat mit HTTP {status} geantwortet (nicht gefunden).",
  "error.file-timeout-site-answers":
    "{file} wurde nicht innerhalb von {seconds} s geladen, obwohl diese Website antwortet.",
  "error.file-blocked-site-answers":
    "{file} konnte nicht abgerufen werden, obwohl diese Website antwortet (leitet sie auf eine andere Website weiter?).",
  "error.file-web-page": "{file} ist eine Webseite, keine Konfigurationsdatei.",
  "error.file-not-json": "{file} ist kein gültiges JSON.",
  "error.file-unreadable": "{file} konnte nicht gelesen werden.",
} satisfies Catalog<typeof en>;
