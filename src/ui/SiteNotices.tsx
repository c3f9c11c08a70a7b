// What the page says about the site itself rather than the visitor's network: that it has
// nothing to test yet (a deployment whose config.json lists no test servers), and that it is the
// local demo `npm start` serves. Lazy-loaded by App with the "setup" catalog.

import { useI18n } from "../i18n/context.tsx";

/**
 * In place of a verdict when the config lists nothing to test: no fake result, no share panel,
 * and a pointer for whoever runs the site. `compact` is the embed, where this is all there is
 * (so its headline is the page's heading) and no other panel is below.
 */
export function NotSetUp({ compact = false }: { compact?: boolean }) {
  const { t, rich } = useI18n();
  const Headline = compact ? "h1" : "p";
  return (
    <div class="card not-set-up">
      <Headline class="verdict-headline">{t("setup.notSetUp.headline")}</Headline>
      <p>{t("setup.notSetUp.why")}</p>
      {!compact && <p>{t("setup.notSetUp.meanwhile")}</p>}
      <p class="muted small">
        {rich("setup.notSetUp.operator", {
          file: <code>config.json</code>,
          guide: <code>docs/deploy.md</code>,
        })}
      </p>
    </div>
  );
}

/** Above everything on the page `npm start` serves: the verdict is about this computer. */
export function LocalDemoBanner() {
  const { t } = useI18n();
  return (
    <p class="card demo-banner" role="note">
      <strong>{t("setup.localDemo.label")}</strong> {t("setup.localDemo.text")}
    </p>
  );
}
