// German app shell (Sie). Keys and placeholders: see ../en/shell.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/shell.ts";

export default {
  documentTitle: "Was für ein Netzwerk habe ich? Selbsttest für IPv6, NAT64 und 464XLAT",
  documentDescription:
    "Finden Sie heraus, ob Ihr Netzwerk nur IPv4, Dual-Stack oder reines IPv6 mit NAT64 oder 464XLAT nutzt – und was das für Ihre Apps und Ihr VPN bedeutet.",
  title: "Was für ein Netzwerk habe ich?",
  lead: "Diese Seite prüft, wie Ihr Gerät ins Internet kommt: über IPv4, über IPv6 oder über IPv6 mit einem Übersetzer (NAT64) – und erklärt, was das für Ihre Apps und Ihr VPN bedeutet.",
  yourNetwork: { own: "Ihr Netzwerk", shared: "Das Netzwerk" },
  loading: "Der Test wird geladen…",
  testFinished: "Test abgeschlossen. {headline}",
  runAgain: "Test wiederholen",
  testing: "Test läuft…",
  nothingStored:
    "Hier wird nichts gespeichert: Der Test läuft in Ihrem Browser, und die Server schicken nur die Adresse zurück, die sie gesehen haben.",
  language: "Sprache",
  partNotLoaded:
    "Dieser Teil der Seite konnte nicht geladen werden. Laden Sie die Seite neu, um es noch einmal zu versuchen.",

  "progress.starting": "Wird gestartet…",
  "progress.v4": "IPv4-Websites funktionieren; IPv6 wird geprüft…",
  "progress.v6": "IPv6 funktioniert; es wird geprüft, wie Websites nur mit IPv4 erreicht werden…",
  "progress.both":
    "IPv4- und IPv6-Websites funktionieren; es wird geprüft, wie IPv4 erreicht wird…",
  "progress.count": {
    one: "{done} von {count} Test fertig",
    other: "{done} von {count} Tests fertig",
  },
  "progress.item": "{probe}: {status}",
  "progress.pending": "läuft…",

  "probe.v4": "Name nur mit IPv4",
  "probe.v6": "Name nur mit IPv6",
  "probe.ds": "Dual-Stack-Name",
  "probe.nat64": "NAT64 (64:ff9b::/96)",
  "probe.v4literal": "IPv4-Adresse",
  "probe.v6literal": "IPv6-Adresse",
  "probe.large": "Große Antwort (MTU)",
  "probe.nat64-candidate": "NAT64-Kandidat",
  "probe.candidateWithPrefix": "NAT64 ({prefix})",
  "probeStatus.ok": "erreicht in {time}",
  "probeStatus.skipped": "nicht ausgeführt",
  "probeStatus.timeout": "Zeitüberschreitung",
  "probeStatus.error": "fehlgeschlagen",
  "probeStatus.bad-response": "unerwartete Antwort",

  "load.failed": "Der Test konnte seine Einstellungen nicht laden und kann deshalb nicht laufen.",
  "load.advice": "Prüfen Sie die Verbindung und versuchen Sie es dann noch einmal.",
  "load.tryAgain": "Noch einmal versuchen",
  "load.ownConfig": "Test mit der Konfiguration dieser Website ausführen",
  "load.linkFile": "Die in ?config= angegebene Datei",

  "load.timeout": "{file} wurde nicht innerhalb von {seconds} s geladen.",
  "load.offline": "{file} konnte nicht geladen werden (ist das Gerät offline?).",
  "load.partOffline": "Ein Teil dieser Seite konnte nicht geladen werden (ist das Gerät offline?).",
} satisfies Catalog<typeof en>;
