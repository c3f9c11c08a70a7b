// Links between the languages: each language's own name, and the page's address in another one.
// Not needed for the first paint (the footer's language links and share links use them), so kept
// apart from locale.ts, which is.

import type { LOCALES, Locale } from "./locale.ts";

/** Each language's own name, for the language links (the same words in every locale). */
export const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: "English",
  de: "Deutsch",
  es: "Español",
};

/** `href` with `?lang=` set to `locale` (or removed for null), everything else kept. */
export function withLang(href: string, locale: Locale | null): string {
  const url = new URL(href);
  if (locale) url.searchParams.set("lang", locale);
  else url.searchParams.delete("lang");
  return url.href;
}
