// Which language the page speaks: `?lang=` when it names one we ship, else the visitor's first
// browser language we ship (by primary subtag: de-AT reads German), else English.

/** The locales with catalogs, English first (the source every other catalog follows). */
export const LOCALES = ["en", "de", "es"] as const;

/** Accented, ~40% longer English made at run time, to find cut-off text and missing keys. */
export const PSEUDO_LOCALE = "en-XA";

export type Locale = (typeof LOCALES)[number] | typeof PSEUDO_LOCALE;

function supported(tag: string): Locale | null {
  if (tag.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? "";
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

/**
 * The page's locale. `override` is the `?lang=` value (ignored unless we ship it); the
 * pseudo-locale is only ever chosen by `?lang=`, never by the browser.
 */
export function pickLocale(languages: readonly string[], override: string | null): Locale {
  const chosen = override ? supported(override.trim()) : null;
  if (chosen) return chosen;
  for (const tag of languages) {
    const locale = supported(tag);
    if (locale && locale !== PSEUDO_LOCALE) return locale;
  }
  return "en";
}

/** The locale Intl formats numbers and dates for (the pseudo-locale formats as English). */
export function intlLocale(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? "en" : locale;
}

/** Writing direction; every shipped locale is left-to-right, but a new one may not be. */
export function textDirection(locale: Locale): "ltr" | "rtl" {
  return /^(ar|fa|he|ur)\b/.test(locale) ? "rtl" : "ltr";
}
