// A configuration that arrived but cannot be used, in the words of whoever can put it right: the
// link that named a file with ?config= (the site itself may be fine) or the site's operator.
// The error is a code with parameters (core/config.ts); the words are the config catalog's, and
// the link's own text is never repeated. Lazy: only a broken setup needs it.

import type { ComponentChildren } from "preact";
import type { ConfigError, FileErrorCode } from "../core/config.ts";
import { useI18n } from "../i18n/context.tsx";

export interface ConfigProblemProps {
  error: ConfigError;
  /** How the page names the config file (never the link's own text). */
  file: string;
  /** The site's own configuration instead, on a ?config= page. */
  offer: ComponentChildren;
}

/** The failure in the site's words; a field name only for errors inside a config file. */
function ProblemDetail({ error, file }: { error: ConfigError; file: string }) {
  const { t, rich } = useI18n();
  // Connection failures (NetworkErrorCode) are LoadProblem's, never shown here.
  const code = error.code as FileErrorCode;
  const problem = t(`config.error.${code}`, { ...error.params, file });
  if (error.field === "?config" || error.field === "(file)") return <>{problem}</>;
  return <>{rich("config.field", { field: <code>{error.field}</code>, problem })}</>;
}

export function ConfigProblem({ error, file, offer }: ConfigProblemProps) {
  const { t, rich } = useI18n();
  if (error.fault === "link") {
    // The link is at fault, not the site: say so, and offer the site's own test.
    return (
      <div class="card error-panel" role="alert" data-fault="link">
        <p>
          <strong>
            {error.field === "?config"
              ? t("config.link.address")
              : error.field === "(file)"
                ? t("config.link.file")
                : t("config.link.field")}
          </strong>
        </p>
        <p>{t("config.link.explain")}</p>
        <p class="muted">
          <ProblemDetail error={error} file={file} />
        </p>
        {offer}
      </div>
    );
  }
  return (
    <div class="card error-panel" role="alert" data-fault="site">
      <p>
        <strong>{t("config.site.headline")}</strong>
      </p>
      <p>{rich("config.site.problem", { problem: <ProblemDetail error={error} file={file} /> })}</p>
      <p class="muted">{t("config.site.advice")}</p>
    </div>
  );
}
