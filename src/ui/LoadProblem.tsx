// The settings did not arrive: the device is offline, or the connection too slow. Shown from the
// shell catalog, which is already there, since nothing more can be fetched. Configurations that
// arrived but cannot be used are ConfigProblem's (lazy, with the config catalog).

import type { ConfigError } from "../core/config.ts";
import { configFromLink, withoutConfigParam } from "../core/config.ts";
import { useI18n } from "../i18n/context.tsx";

/** How the page names the config file: the link's own text is never repeated. */
export function useConfigFileName(): string {
  const { t } = useI18n();
  return configFromLink(location.href) ? t("shell.load.linkFile") : "config.json";
}

/**
 * On a `?config=` page, the site's own configuration instead (the same page with only
 * ?config= removed, so ?lang= and the view stay).
 */
export function OwnConfigOffer() {
  const { t } = useI18n();
  if (!configFromLink(location.href)) return null;
  return (
    <p>
      <a class="button" href={withoutConfigParam(location.href)}>
        {t("shell.load.ownConfig")}
      </a>
    </p>
  );
}

export function LoadProblem({ error }: { error: ConfigError }) {
  const { t } = useI18n();
  const file = useConfigFileName();
  const seconds = error.params.seconds ?? "";
  const detail =
    error.code === "file-timeout"
      ? t("shell.load.timeout", { file, seconds })
      : error.code === "page-part-offline"
        ? t("shell.load.partOffline")
        : t("shell.load.offline", { file });
  return (
    <div class="card error-panel" role="alert" data-fault="network">
      <p>
        <strong>{t("shell.load.failed")}</strong>
      </p>
      <p>
        {detail} {t("shell.load.advice")}
      </p>
      <p class="actions">
        <button type="button" onClick={() => location.reload()}>
          {t("shell.load.tryAgain")}
        </button>
      </p>
      <OwnConfigOffer />
    </div>
  );
}
