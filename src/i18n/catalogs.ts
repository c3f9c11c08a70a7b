// Loads the active locale's catalogs, one namespace at a time: each src/i18n/locales/<locale>/
// <namespace>.ts is its own chunk, so a visitor downloads only their language, and only the
// namespaces of what is on screen (the shell at start, the others with their lazy component).

import type { Locale } from "./locale.ts";
import { PSEUDO_LOCALE } from "./locale.ts";
import type { Messages } from "./message.ts";
import type { Namespace } from "./namespaces.ts";

// One lazy chunk per file; nothing here is loaded until asked for.
const files = import.meta.glob<{ default: Messages }>("./locales/*/*.ts");

export interface CatalogStore {
  readonly locale: Locale;
  /** A namespace's messages once loaded; undefined before. */
  messages(namespace: string): Messages | undefined;
  /** Loads the namespaces not yet loaded; rejects when one cannot be (a later call retries). */
  load(namespaces: readonly Namespace[]): Promise<void>;
}

function loadFile(locale: Locale, namespace: Namespace): Promise<Messages> {
  const source = locale === PSEUDO_LOCALE ? "en" : locale;
  const file = files[`./locales/${source}/${namespace}.ts`];
  if (!file) return Promise.reject(new Error(`no catalog ${source}/${namespace}`));
  const messages = file().then((m) => m.default);
  if (locale !== PSEUDO_LOCALE) return messages;
  return Promise.all([messages, import("./pseudo.ts")]).then(([english, pseudo]) =>
    pseudo.pseudoCatalog(english),
  );
}

export function createCatalogStore(locale: Locale): CatalogStore {
  const loaded = new Map<string, Messages>();
  const pending = new Map<string, Promise<void>>();
  const loadOne = (namespace: Namespace): Promise<void> => {
    let promise = pending.get(namespace);
    if (!promise) {
      promise = loadFile(locale, namespace).then(
        (messages) => {
          loaded.set(namespace, messages);
        },
        (error: unknown) => {
          pending.delete(namespace);
          throw error;
        },
      );
      pending.set(namespace, promise);
    }
    return promise;
  };
  return {
    locale,
    messages: (namespace) => loaded.get(namespace),
    load: (namespaces) => Promise.all(namespaces.map(loadOne)).then(() => {}),
  };
}
