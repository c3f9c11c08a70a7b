// Turns keys into words for one locale and voice: `t(key, params)` for text, `rich(key, params)`
// when a parameter is markup (a <code> element), and Intl formatters for numbers, durations and
// dates. Numbers in params are formatted for the locale; strings (addresses, prefixes, names)
// are inserted as they are. A key that is missing at run time shows itself, never throws.

import type { ComponentChildren } from "preact";
import type { CatalogStore } from "./catalogs.ts";
import { intlLocale, type Locale } from "./locale.ts";
import { pickForm, splitPlaceholders, type Voice } from "./message.ts";
import type { MessageKey, Namespace, ParamArgs } from "./namespaces.ts";

export interface I18n {
  readonly locale: Locale;
  readonly voice: Voice;
  t<K extends MessageKey>(key: K, ...params: ParamArgs<K, string | number>): string;
  /** Like t, but a parameter may be markup; returns children to render. */
  rich<K extends MessageKey>(key: K, ...params: ParamArgs<K, ComponentChildren>): ComponentChildren;
  /** The same locale and catalogs, speaking in another voice. */
  withVoice(voice: Voice): I18n;
  /** Loads namespaces of the active locale (see CatalogStore.load). */
  load(namespaces: readonly Namespace[]): Promise<void>;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** "42 ms", "1.234 ms". */
  formatMs(ms: number): string;
  /** "4 sec", "0,05 Sek." */
  formatSeconds(seconds: number): string;
  /** A moment in the reader's time zone, with the zone named: "November 28, 2026 at 4:14 AM UTC". */
  formatDateTime(when: Date | string, options?: Intl.DateTimeFormatOptions): string;
}

type Params = Readonly<Record<string, unknown>> | undefined;

export function createI18n(store: CatalogStore, voice: Voice = "own"): I18n {
  const locale = store.locale;
  const intl = intlLocale(locale);
  // Made on first use: the first Intl object costs ≈ 30 ms on a slow CPU (ICU data), and the
  // first screen, made while the self-test starts, needs neither.
  const rules = onFirstUse(() => new Intl.PluralRules(intl));
  const numberFormat = onFirstUse(() => new Intl.NumberFormat(intl));
  const plural = { select: (n: number) => rules().select(n) };
  const numbers = { format: (n: number) => numberFormat().format(n) };
  const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
    options ? new Intl.NumberFormat(intl, options).format(value) : numbers.format(value);
  const unit = (unit: string, maximumFractionDigits: number) => (value: number) =>
    formatNumber(value, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits });

  /** The message's text with its placeholders split out, or null when the key is missing. */
  const parts = (key: string, params: Params): string[] | null => {
    const dot = key.indexOf(".");
    const message = store.messages(key.slice(0, dot))?.[key.slice(dot + 1)];
    if (message === undefined) {
      if (import.meta.env.DEV) console.warn(`i18n: no message ${key} in ${locale}`);
      return null;
    }
    const count = params?.count;
    const text = pickForm(message, voice, typeof count === "number" ? count : undefined, plural);
    return splitPlaceholders(text);
  };
  const value = (params: Params, name: string): unknown => {
    const v = params?.[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === "number" ? numbers.format(v) : v;
  };

  const i18n: I18n = {
    locale,
    voice,
    t(key, ...[params]) {
      const split = parts(key, params);
      if (!split) return key;
      return split.map((p, i) => (i % 2 ? String(value(params, p)) : p)).join("");
    },
    rich(key, ...[params]) {
      const split = parts(key, params);
      if (!split) return key;
      return split.map((p, i) => (i % 2 ? (value(params, p) as ComponentChildren) : p));
    },
    withVoice: (next) => (next === voice ? i18n : createI18n(store, next)),
    load: (namespaces) => store.load(namespaces),
    formatNumber,
    formatMs: unit("millisecond", 0),
    formatSeconds: unit("second", 2),
    formatDateTime: (when, options = { dateStyle: "long", timeStyle: "long" }) =>
      new Intl.DateTimeFormat(intl, options).format(
        typeof when === "string" ? new Date(when) : when,
      ),
  };
  return i18n;
}

/** What `make` gives, made on first use. */
function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
