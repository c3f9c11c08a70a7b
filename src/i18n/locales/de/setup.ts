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
} satisfies Catalog<typeof en>;
