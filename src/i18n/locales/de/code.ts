// German: support codes (Sie). Keys and placeholders: see ../en/code.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/code.ts";

export default {
  title: "Ergebnis aus einem Support-Code",
  from: "Gelesen aus dem Support-Code {code}: Er beschreibt das Netzwerk, in dem der Code entstand, nicht Ihres.",
  testMine: "Mein eigenes Netzwerk testen",
  factsTitle: "Was der Code sagt",
  "fact.ipv4": "Websites, die nur IPv4 haben",
  "fact.ipv6": "IPv6",
  "fact.nat64": "NAT64-Übersetzer",
  "fact.clat": "464XLAT (CLAT) auf dem Gerät",
  "fact.engine": "Browser-Engine",
  "fact.page": "Seite geladen über",
  "fact.rule": "Regel (für den Support)",
  "value.reached": "erreichbar",
  "value.notReached": "nicht erreichbar",
  "value.works": "funktioniert",
  "value.fails": "funktioniert nicht",
  "value.wellKnown": "ja, das bekannte Präfix {prefix}",
  "value.networkSpecific": "ja, ein eigenes Präfix des Netzwerks",
  "value.notRecorded": "nicht erfasst",
  cannotSay:
    "Was ein Code nicht sagen kann: die IP-Adressen, welches eigene Präfix ein Netzwerk nutzt, das Ergebnis jedes einzelnen Tests, wann getestet wurde und welche Browserversion. Das steht in einem Ergebnislink.",

  "error.title": "Dieser Support-Code lässt sich nicht lesen",
  "error.empty": "Hier steht kein Support-Code.",
  "error.character":
    "„{char}“ kommt in Support-Codes nie vor (sie enthalten kein O, 0, I, 1 oder L). Prüfen Sie den Code und versuchen Sie es erneut.",
  "error.length": "Ein Support-Code hat 8 Zeichen; dieser hat {count}.",
  "error.check":
    "Dieser Code geht nicht auf: Vermutlich wurde ein Zeichen falsch verstanden oder vertippt. Lassen Sie ihn sich noch einmal geben, Zeichen für Zeichen.",
  "error.future-format":
    "Dieser Code stammt aus einer neueren Version dieses Tests, als diese Seite lesen kann.",
  "error.invalid":
    "Dieser Code geht auf, enthält aber kein Ergebnis, das dieser Test liefert: Er wurde vielleicht ausgedacht oder verändert.",
  "error.again":
    "Lassen Sie sich den Code noch einmal geben, oder testen Sie das Netzwerk, in dem Sie gerade sind.",

  "field.label": "Sie haben einen Support-Code? Geben Sie ihn hier ein",
  "field.hint": "8 Zeichen; Leerzeichen, Bindestriche und Kleinbuchstaben spielen keine Rolle.",
  "field.show": "Ergebnis anzeigen",
} satisfies Catalog<typeof en>;
