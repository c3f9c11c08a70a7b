// Lists inside a sentence, joined as the page's language joins them ("A, B and C", "A, B und C",
// "A, B y C"; "A or B"). Names and addresses go in as they are.

import type { I18n } from "../../i18n/i18n.ts";
import { intlLocale } from "../../i18n/locale.ts";

export function andList(i18n: I18n, items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(i18n.locale), { type: "conjunction" }).format(items);
}

export function orList(i18n: I18n, items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(i18n.locale), { type: "disjunction" }).format(items);
}
