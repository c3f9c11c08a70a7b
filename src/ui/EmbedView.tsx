// The compact layout for ?embed=1, meant for an iframe on a help page: the verdict as the
// frame's heading, one sentence of what it means, and a "details" link to the full page in a new
// tab (the reasons, caveats and everything else are there); no page chrome. It keeps the
// parent informed (see core/share/embed-messages.ts): its height on every layout change, the verdict
// code, and the full Result only for origins listed in config.json's embedOrigins. The details
// link keeps ?lang=, so the full page speaks the same language.

import { useEffect, useRef } from "preact/hooks";
import type { Config } from "../core/config.ts";
import type { Result } from "../core/result.ts";
import { verdictTone } from "../core/selftest/verdict-tone.ts";
import { detailsUrl, heightReporter, resultPosts, send } from "../core/share/embed-messages.ts";
import { useI18n } from "../i18n/context.tsx";
import { headline, verdictMeaning } from "./words/verdict.ts";

export interface EmbedViewProps {
  config: Config;
  result: Result | null;
  running: boolean;
  onRun: () => void;
}

function framed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/** Posts the content height to the parent on every layout change. */
function useResizeMessages(): void {
  useEffect(() => {
    if (!framed() || typeof ResizeObserver !== "function") return;
    const report = heightReporter(window.parent);
    const root = document.documentElement;
    const observer = new ResizeObserver(() => report(root.getBoundingClientRect().height));
    observer.observe(root);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
}

/** Posts each finished result once: verdict code to any parent, the Result to allowed ones. */
function useResultMessages(result: Result | null, embedOrigins: readonly string[]): void {
  useEffect(() => {
    if (result && framed()) send(window.parent, resultPosts(result, embedOrigins));
  }, [result, embedOrigins]);
}

export function EmbedView({ config, result, running, onRun }: EmbedViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  useResizeMessages();
  useResultMessages(running ? null : result, config.embedOrigins);
  const shown = running ? null : result;
  const detailsHref = useRef(detailsUrl(location.href)).current;

  return (
    <main class="embed" data-verdict={shown?.verdict.code ?? ""}>
      {shown ? (
        <div class={`embed-verdict verdict-${verdictTone(shown.verdict.code)}`} role="status">
          <h1 class="embed-title">{headline(i18n, shown.verdict.code)}</h1>
          <p class="embed-meaning">{verdictMeaning(i18n, shown.verdict)[0]}</p>
        </div>
      ) : (
        <>
          <h1 class="embed-title">{t("shell.title")}</h1>
          <p class="embed-status" role="status" aria-live="polite">
            {running ? t("embed.testing") : t("embed.intro")}
          </p>
        </>
      )}
      <p class="embed-actions">
        <button type="button" class={shown ? "secondary" : ""} onClick={onRun} disabled={running}>
          {running ? t("shell.testing") : shown ? t("embed.again") : t("embed.start")}
        </button>
        <a href={detailsHref} target="_blank" rel="noopener" class="embed-details">
          {t("embed.details")} <span class="muted small">{t("embed.detailsHint")}</span>
        </a>
      </p>
    </main>
  );
}
