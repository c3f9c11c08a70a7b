// The same page in each language we ship (?lang=), for a visitor whose browser asks for another;
// everything else in the address stays. Lazy: it sits in the footer.

import { useI18n } from "../i18n/context.tsx";
import { LOCALE_NAMES, withLang } from "../i18n/links.ts";
import { LOCALES } from "../i18n/locale.ts";

export function LanguageLinks() {
  const { t, locale } = useI18n();
  return (
    <nav class="languages" aria-label={t("shell.language")}>
      {LOCALES.map((code) => (
        <a
          key={code}
          href={withLang(location.href, code)}
          lang={code}
          hreflang={code}
          aria-current={code === locale ? "true" : undefined}
        >
          {LOCALE_NAMES[code]}
        </a>
      ))}
    </nav>
  );
}
