// The page's words in Preact: a provider at the root (main.tsx) with the visitor's locale,
// `useI18n()` / `useT()` in components, and <Voice> for a subtree that speaks of someone else's
// network (a shared result).

import { type ComponentChildren, createContext } from "preact";
import { useContext, useMemo } from "preact/hooks";
import { createCatalogStore } from "./catalogs.ts";
import { createI18n, type I18n } from "./i18n.ts";
import type { Voice as VoiceName } from "./message.ts";

// Without a provider nothing is loaded, so every message shows its key: a forgotten provider
// is visible at once.
const I18nContext = createContext<I18n>(createI18n(createCatalogStore("en")));

export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useT(): I18n["t"] {
  return useContext(I18nContext).t;
}

/** Renders `children` in another voice: "shared" for a result someone else recorded. */
export function Voice({ value, children }: { value: VoiceName; children: ComponentChildren }) {
  const i18n = useI18n();
  const next = useMemo(() => i18n.withVoice(value), [i18n, value]);
  return <I18nContext.Provider value={next}>{children}</I18nContext.Provider>;
}
