// German: the check of the site's own DNS records (Sie). Keys and placeholders: see ../en/setup.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/setup.ts";

export default {
  headline:
    "Dieser Test ist fehlerhaft eingerichtet, daher stimmt das Ergebnis unten womöglich nicht.",
  mismatch: "Die DNS-Einträge der Testserver passen nicht zu ihrer jeweiligen Aufgabe:",
  advice:
    "Wenn Sie diese Website betreiben, korrigieren Sie diese DNS-Einträge (hier per DNS over HTTPS geprüft) und laden Sie die Seite dann neu.",
  privacy:
    "Um zu prüfen, ob diese Website richtig eingerichtet ist, fragt sie bei jedem Besuch öffentliche DNS-over-HTTPS-Resolver ({resolvers}) nach den Adressen ihrer Testserver. Diese sehen dabei Ihre IP-Adresse und die Namen der Server.",

  "role.v4": "Der reine IPv4-Testname {host}",
  "role.v6": "Der reine IPv6-Testname {host}",
  "role.ds": "Der Dual-Stack-Testname {host}",
  "role.large": "Der Testname {host} für große Antworten",
  "role.nat64": "Der NAT64-Testname {host}",
  "role.nat64Candidate": "Der Testname {host} für das NAT64-Präfix",
  "problem.nxdomain": "{name} existiert im DNS nicht (NXDOMAIN).",
  "problem.v4NoA": "{name} hat keine IPv4-Adresse (A-Eintrag).",
  "problem.v4HasAaaa": {
    one: "{name} hat auch eine IPv6-Adresse ({addresses}). Dass er erreichbar ist, beweist daher nicht, dass IPv4 funktioniert. Er darf nur A-Einträge haben.",
    other:
      "{name} hat auch IPv6-Adressen ({addresses}). Dass er erreichbar ist, beweist daher nicht, dass IPv4 funktioniert. Er darf nur A-Einträge haben.",
  },
  "problem.v6NoAaaa": "{name} hat keine IPv6-Adresse (AAAA-Eintrag).",
  "problem.v6HasA": {
    one: "{name} hat auch eine IPv4-Adresse ({addresses}). Dass er erreichbar ist, beweist daher nicht, dass IPv6 funktioniert. Er darf nur AAAA-Einträge haben.",
    other:
      "{name} hat auch IPv4-Adressen ({addresses}). Dass er erreichbar ist, beweist daher nicht, dass IPv6 funktioniert. Er darf nur AAAA-Einträge haben.",
  },
  "problem.dsNoA": "{name} hat keine IPv4-Adresse (A-Eintrag); er braucht sowohl A als auch AAAA.",
  "problem.dsNoAaaa":
    "{name} hat keine IPv6-Adresse (AAAA-Eintrag); er braucht sowohl A als auch AAAA.",
  "problem.nat64HasA": {
    one: "{name} hat eine IPv4-Adresse ({addresses}), daher erreichen ihn Besucher mit IPv4 ohne NAT64. Er darf nur AAAA-Einträge haben.",
    other:
      "{name} hat IPv4-Adressen ({addresses}), daher erreichen ihn Besucher mit IPv4 ohne NAT64. Er darf nur AAAA-Einträge haben.",
  },
  "problem.nat64NoAaaa": "{name} hat keine IPv6-Adresse (AAAA-Eintrag) innerhalb von {prefix}.",
  "problem.nat64OutsidePrefix":
    "{name} zeigt auf {address}; diese Adresse liegt nicht im NAT64-Präfix {prefix}.",
  "problem.nat64OtherServer": {
    one: "{name} zeigt auf {address} und damit auf {embedded}, der reine IPv4-Testname {v4Host} aber auf {v4Addresses}. Beide müssen auf denselben Server zeigen.",
    other:
      "{name} zeigt auf {address} und damit auf {embedded}, der reine IPv4-Testname {v4Host} aber auf {v4Addresses}. Beide müssen auf denselben Server zeigen.",
  },
  "notSetUp.headline": "Dieser Test ist noch nicht eingerichtet",
  "notSetUp.why":
    "Für diese Website sind keine Testserver eingetragen. Es gibt also nichts, womit sich Ihr Netz testen ließe, und kein Ergebnis.",
  "notSetUp.meanwhile":
    "Einen Server prüfen oder eine Adresse entschlüsseln können Sie unten trotzdem.",
  "notSetUp.operator":
    "Wenn Sie diese Website betreiben: Tragen Sie Ihre Testserver in {file} ein, wie es {guide} im Quellcode von nat64-selftest beschreibt, und laden Sie die Seite dann neu.",
  "localDemo.label": "Lokale Demo:",
  "localDemo.text":
    "Getestet wird der Rechner, der diese Seite ausliefert, über seine Loopback- oder lokalen Netzadressen, nicht Ihre Internetverbindung.",
} satisfies Catalog<typeof en>;
