import { render } from "preact";
import { fetchConfig } from "./core/config.ts";
import { createCatalogStore } from "./i18n/catalogs.ts";
import { I18nProvider } from "./i18n/context.tsx";
import { createI18n } from "./i18n/i18n.ts";
import { pickLocale, textDirection } from "./i18n/locale.ts";
import type { Namespace } from "./i18n/namespaces.ts";
import { App } from "./ui/App.tsx";
import { loadEngine } from "./ui/useSelfTest.ts";
import "./ui/styles.css";

/** Catalogs the first screen needs; the page paints once they are here (no English flash). */
const FIRST_SCREEN: Namespace[] = ["shell"];

// navigator.languages is missing in a few older browsers, which have navigator.language.
const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
const locale = pickLocale(languages, new URLSearchParams(location.search).get("lang"));
document.documentElement.lang = locale;
document.documentElement.dir = textDirection(locale);

// The config and the catalogs load in parallel; neither waits for the other.
const config = fetchConfig(location.href);
config.catch(() => {}); // App shows the failure; this only keeps it from being reported twice
// The self-test's code comes with the config, unless the page shows a shared result or code.
if (!/^#(r|code)=/.test(location.hash)) loadEngine().catch(() => {});
const store = createCatalogStore(locale);
const root = document.getElementById("app");

store.load(FIRST_SCREEN).then(
  () => {
    const i18n = createI18n(store);
    document.title = i18n.t("shell.documentTitle");
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute("content", i18n.t("shell.documentDescription"));
    if (root) {
      render(
        <I18nProvider value={i18n}>
          <App config={config} />
        </I18nProvider>,
        root,
      );
    }
  },
  () => {
    // Only when the connection drops between the page and its first request: no catalog, so
    // one plain sentence (in index.html's language) instead of a blank page.
    if (root) root.textContent = root.dataset.offline ?? "";
  },
);
