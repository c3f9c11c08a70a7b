// German: sharing a result (Sie). Keys and placeholders: see ../en/share.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/share.ts";

export default {
  title: "Ergebnisse teilen",
  intro:
    "Schicken Sie diesen Link an die Person, die Ihnen hilft, etwa an den Support Ihres Anbieters. Die Ergebnisse stecken im Link selbst, hinter dem {hash} – und diesen Teil schicken Browser nie an einen Server.",
  supportCode: "Am Telefon lesen Sie stattdessen den Support-Code {code} vor.",
  addresses: "Ihre IP-Adressen im Link",
  "mode.masked":
    "Verbergen: nur die Art der Adresse zeigen und bei IPv4 das Netz, in dem sie liegt",
  "mode.removed": "Ganz entfernen",
  "mode.none": "Mitschicken (der Support fragt vielleicht danach)",
  defaultNote:
    "Standardmäßig sind Ihre IP-Adressen verborgen: Jede wird durch ihre Art und bei IPv4 durch ihr /24-Netz ersetzt (zum Beispiel {example}).",
  linkLabel: "Link zu den Ergebnissen",
  making: "Link wird erstellt…",
  copyLink: "Link kopieren",
  copyText: "Als Text kopieren",
  shareSheet: "Teilen…",
  showReport: "Textbericht anzeigen",
  linkFailed: "In diesem Browser lässt sich kein Link erstellen. Nutzen Sie „{button}“.",
  linkCopied: "Link kopiert. Fügen Sie ihn in Ihre Nachricht an den Support ein.",
  textCopied: "Bericht als Text kopiert. Fügen Sie ihn in Ihr Ticket oder Ihre E-Mail ein.",
  copyFailed:
    "Kopieren hat hier nicht geklappt: Markieren Sie den Text und kopieren Sie ihn selbst.",
  shareFailed: "Teilen hat hier nicht geklappt. Nutzen Sie stattdessen „{button}“.",
  sheetTitle: "Mein Ergebnis im Netzwerktest",
  sheetText: "Netzwerktest: {verdict}",

  opening: "Geteilte Ergebnisse werden geöffnet…",
  cannotShow: "Dieser Ergebnis-Link kann nicht angezeigt werden",
  askAgain:
    "Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link, oder testen Sie das Netzwerk, in dem Sie gerade sind.",
  testMine: "Mein eigenes Netzwerk testen",
  sharedTitle: "Geteilte Testergebnisse",
  recorded: "Ergebnisse vom {time}, ermittelt mit {browser}. Das ist nicht Ihr Netzwerk.",
  "error.empty": "Dieser Ergebnis-Link ist leer: Der Teil der Adresse mit den Ergebnissen fehlt.",
  "error.tooLong":
    "Dieser Link ist viel länger als jeder Ergebnis-Link und wurde deshalb nicht gelesen.",
  "error.futureVersion":
    "Dieser Ergebnis-Link wurde mit einer neueren Version dieses Tests erstellt (Format {version}); diese Seite liest nur Format {supported}.",
  "error.unsupported":
    "Dieser Browser ist zu alt, um Ergebnis-Links zu entpacken. Öffnen Sie den Link in einem aktuellen Browser.",
  "error.invalid":
    "Dieser Ergebnis-Link enthält Daten, die nicht zu einem Testergebnis passen; vielleicht wurde er verändert.",
  "error.damaged":
    "Dieser Ergebnis-Link ist beschädigt oder unvollständig – vielleicht wurde er beim Kopieren abgeschnitten.",
  hiddenNote:
    "Die IP-Adressen wurden beim Teilen verborgen: Zu sehen ist jeweils nur die Art und bei IPv4 das /24-Netz.",
  removedNote: "Die IP-Adressen wurden beim Teilen entfernt.",
  reportCopied: "Bericht als Text kopiert.",
  copyFailedShort: "Kopieren hat hier nicht geklappt.",
} satisfies Catalog<typeof en>;
