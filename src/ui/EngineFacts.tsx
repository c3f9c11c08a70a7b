// Technical details for a support desk: what the browser that ran the test could measure. Two
// identical networks read differently in Chrome, Firefox and Safari (see classify.ts), so a
// "cannot tell" or a missing CLAT answer is explained by these lines. Also the digest of the
// configuration the test ran with, which tells a site's operator which deployment it was and
// means nothing to anyone else.

import type { EngineTraits } from "../core/selftest/engine-traits.ts";
import { useI18n } from "../i18n/context.tsx";

export function EngineFacts({
  traits,
  configDigest,
}: {
  traits: EngineTraits;
  configDigest?: string;
}) {
  const { t } = useI18n();
  const unknown = t("verdict.engine.unknown-value");
  const gathering = traits.gathering === null ? unknown : t(`verdict.engine.${traits.gathering}`);
  return (
    <details class="engine-facts">
      <summary>{t("results.engine.title")}</summary>
      <dl class="facts small">
        <dt>{t("results.engine.engine")}</dt>
        <dd>{t(`verdict.engine.${traits.engine}`)}</dd>
        <dt>{t("results.engine.webrtc")}</dt>
        <dd>{t(traits.webrtc ? "verdict.engine.webrtc-yes" : "verdict.engine.webrtc-no")}</dd>
        <dt>{t("results.engine.iceErrors")}</dt>
        <dd>
          {traits.iceErrorEvents === null
            ? unknown
            : t(
                traits.iceErrorEvents
                  ? "verdict.engine.ice-errors-yes"
                  : "verdict.engine.ice-errors-no",
              )}
        </dd>
        <dt>{t("results.engine.gathering")}</dt>
        <dd>
          {traits.gathering !== null && traits.gatheringFrom === "observed"
            ? t("verdict.engine.gathering-observed", { gathering })
            : traits.gathering !== null && traits.gatheringFrom === "engine"
              ? t("verdict.engine.gathering-engine", { gathering })
              : gathering}
        </dd>
        <dt>{t("results.engine.literals")}</dt>
        <dd>
          {t(
            traits.literalSynthesis
              ? "verdict.engine.literal-synthesis"
              : "verdict.engine.literal-as-is",
          )}
        </dd>
        {configDigest && (
          <>
            <dt>{t("results.engine.configuration")}</dt>
            <dd class="mono">{configDigest}</dd>
          </>
        )}
      </dl>
    </details>
  );
}
