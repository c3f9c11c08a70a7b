// Wiring: which view the URL asks for (a shared result, the embed layout or the full page),
// the config load, and the self-test state. Components below only render what they are given.

import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { type Config, ConfigError, nothingToTest } from "../core/config.ts";
import type { Result, VerdictCode } from "../core/result.ts";
import { useI18n } from "../i18n/context.tsx";
import { LoadProblem, OwnConfigOffer, useConfigFileName } from "./LoadProblem.tsx";
import { lazyComponent } from "./lazy.tsx";
import { KnownCard, Progress } from "./Progress.tsx";
import { useSelfTest } from "./useSelfTest.ts";

// Only the shell, the config and the probes are on the first-load path (budget: 20 KB gzip);
// everything that renders after the verdict, or only in some modes, is fetched on demand, with
// the catalogs (namespaces) it speaks from: each its own block, so adding one is a one-line change.
const ResultView = lazyComponent(() => import("./ResultView.tsx").then((m) => m.ResultView), {
  namespaces: ["verdict", "results"],
  // Holds the progress block's place, with the headline, until the results view is there.
  fallback: ({ result }) => <PendingResult result={result} />,
});

const EarlyVerdict = lazyComponent(() => import("./EarlyVerdict.tsx").then((m) => m.EarlyVerdict), {
  namespaces: ["verdict"],
  fallback: KnownCard,
});

const SharePanel = lazyComponent(() => import("./SharePanel.tsx").then((m) => m.SharePanel), {
  namespaces: ["share", "verdict", "results"],
});

const SharedResultView = lazyComponent(
  () => import("./SharedResultView.tsx").then((m) => m.SharedResultView),
  { namespaces: ["share", "verdict", "results"] },
);

// A support code opened at #code=…: the verdict it holds, in words.
const SupportCodeView = lazyComponent(
  () => import("./SupportCodeView.tsx").then((m) => m.SupportCodeView),
  { namespaces: ["code", "verdict", "results"] },
);

const EmbedView = lazyComponent(() => import("./EmbedView.tsx").then((m) => m.EmbedView), {
  namespaces: ["embed", "verdict"],
});

const DecodePanel = lazyComponent(() => import("./DecodePanel.tsx").then((m) => m.DecodePanel), {
  namespaces: ["decoder", "code"],
});

// "results": the path picture it draws, also where no self-test ran (nothing to test).
const ServerCheck = lazyComponent(() => import("./ServerCheck.tsx").then((m) => m.default), {
  namespaces: ["checks", "decoder", "results"],
});

const SetupWarning = lazyComponent(() => import("./SetupWarning.tsx").then((m) => m.default), {
  namespaces: ["setup"],
});

const SetupCheckNote = lazyComponent(
  () => import("./SetupWarning.tsx").then((m) => m.SetupCheckNote),
  { namespaces: ["setup"] },
);

const NotSetUp = lazyComponent(() => import("./SiteNotices.tsx").then((m) => m.NotSetUp), {
  namespaces: ["setup"],
});

const LocalDemoBanner = lazyComponent(
  () => import("./SiteNotices.tsx").then((m) => m.LocalDemoBanner),
  { namespaces: ["setup"] },
);

const LanguageLinks = lazyComponent(() =>
  import("./LanguageLinks.tsx").then((m) => m.LanguageLinks),
);

const ConfigProblem = lazyComponent(
  () => import("./ConfigProblem.tsx").then((m) => m.ConfigProblem),
  { namespaces: ["config"] },
);

type ConfigState =
  | { kind: "loading" }
  | { kind: "error"; error: ConfigError }
  | { kind: "ready"; config: Config };

function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return hash;
}

/** The config as it arrives: `config` is the load main.tsx started with the page. */
function useConfig(config: Promise<Config>): ConfigState {
  const [state, setState] = useState<ConfigState>({ kind: "loading" });
  // Listened for as the page commits (not after its first paint): the run starts with it.
  useLayoutEffect(() => {
    config
      .then((ready) => setState({ kind: "ready", config: ready }))
      .catch((error: unknown) =>
        setState({
          kind: "error",
          error:
            error instanceof ConfigError ? error : new ConfigError("(file)", "file-unreadable"),
        }),
      );
  }, [config]);
  return state;
}

/**
 * The verdict's headline, for the announcement as soon as the verdict is final; "" until its
 * words are there (fetched while the probes run, not with the first load).
 */
function useVerdictHeadline(code: VerdictCode | null): string {
  const i18n = useI18n();
  const [, loaded] = useState(0);
  useEffect(() => {
    if (code)
      i18n.load(["verdict"]).then(
        () => loaded((n) => n + 1),
        () => {},
      );
  }, [code, i18n]);
  const key = `verdict.headline.${code ?? "inconclusive"}` as const;
  const headline = i18n.t(key);
  return code && headline !== key ? headline : "";
}

/** The verdict card's first lines in the progress block; what is known until they load. */
const verdictCard = (code: VerdictCode | null) =>
  code ? (known: string) => <EarlyVerdict code={code} known={known} /> : null;

/** The results view's place while its code loads: the progress block, filled in. */
function PendingResult({ result }: { result: Result }) {
  return (
    <Progress
      planned={result.probes}
      done={result.probes}
      running={false}
      verdict={verdictCard(result.verdict.code)}
    />
  );
}

/** Settings that did not arrive (offline: said at once) or cannot be used (link's or site's). */
function SettingsProblem({ error }: { error: ConfigError }) {
  const file = useConfigFileName();
  if (error.fault === "network") return <LoadProblem error={error} />;
  return <ConfigProblem error={error} file={file} offer={<OwnConfigOffer />} />;
}

export function App({ config: configLoad }: { config: Promise<Config> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const hash = useHash();
  const embed = new URLSearchParams(location.search).get("embed") === "1";
  const sharedFragment = hash.startsWith("#r=") ? hash.slice(3) : null;
  const codeFragment = hash.startsWith("#code=") ? hash.slice(6) : null;
  const configState = useConfig(configLoad);
  const config = configState.kind === "ready" ? configState.config : null;
  // A site whose config lists nothing to test says so instead of showing a made-up result.
  const notSetUp = config !== null && nothingToTest(config);
  const test = useSelfTest(config, sharedFragment === null && codeFragment === null && !notSetUp);
  // Final as soon as the run says so, even while its last probes still fill in their rows.
  const verdict = test.verdict?.code ?? (test.running ? null : (test.result?.verdict.code ?? null));
  const headline = useVerdictHeadline(verdict);
  // The panels below the self-test (the decoder, "Check my server", the setup notes) appear
  // once its verdict is there: fetched and parsed while the probes run, they held the answers
  // up on the main thread (lab, Chromium: ≈ 100 ms on every verdict).
  const panels = configState.kind === "error" || notSetUp || verdict !== null || test.failed;
  // After "Run the test again", take the visitor (and their screen reader) to the new verdict,
  // wherever they had scrolled to.
  const rerunByVisitor = useRef(false);
  const rerun = () => {
    if (test.running) return;
    rerunByVisitor.current = true;
    document.getElementById("selftest-title")?.scrollIntoView({ block: "start" });
    void test.run();
  };
  useEffect(() => {
    // The card (and the button pressed in it) is gone while the test runs: keep keyboard focus
    // on the page's own button, which says the test is running.
    if (test.running && rerunByVisitor.current) {
      document.getElementById("run-button")?.focus({ preventScroll: true });
    }
    if (test.running || !test.result || !rerunByVisitor.current) return;
    rerunByVisitor.current = false;
    const headline = document.getElementById("verdict-headline");
    headline?.focus({ preventScroll: true });
    headline?.scrollIntoView({ block: "center" });
  }, [test.running, test.result]);
  // The card's "Send to support": the share panel, with the link, the text and the code.
  const sendToSupport = () => {
    const heading = document.getElementById("share-title");
    heading?.scrollIntoView({ block: "start" });
    heading?.focus({ preventScroll: true });
  };
  // A layout effect: requested as the page commits, not a frame later, for slower engines
  // (WebKitGTK in the lab) fetched them after a fast verdict was already final.
  useLayoutEffect(() => {
    // Fetch the result view and the verdict's words as soon as there is a test to run, so the
    // headline shows the moment the verdict is final, and the share panel once it is.
    if (config && sharedFragment === null && codeFragment === null && !notSetUp) {
      ResultView.preload(i18n);
      EarlyVerdict.preload(i18n);
    }
    if (verdict) SharePanel.preload(i18n);
  }, [config, sharedFragment, codeFragment, notSetUp, verdict, i18n]);

  if (sharedFragment !== null) {
    return (
      <main>
        <SharedResultView fragment={sharedFragment} />
      </main>
    );
  }

  if (codeFragment !== null) {
    return (
      <main>
        <SupportCodeView fragment={codeFragment} />
      </main>
    );
  }

  if (embed) {
    return config && notSetUp ? (
      <main class="embed">
        <NotSetUp compact />
      </main>
    ) : config ? (
      <EmbedView
        config={config}
        result={test.result}
        running={test.running}
        onRun={() => void test.run()}
      />
    ) : configState.kind === "error" ? (
      <SettingsProblem error={configState.error} />
    ) : null;
  }

  return (
    <main>
      {config?.localDemo && <LocalDemoBanner />}
      <h1>{t("shell.title")}</h1>
      <p class="lead">{t("shell.lead")}</p>
      <section aria-labelledby="selftest-title">
        <h2 id="selftest-title">{t("shell.yourNetwork")}</h2>
        {configState.kind === "loading" && <p aria-live="polite">{t("shell.loading")}</p>}
        {configState.kind === "error" && <SettingsProblem error={configState.error} />}
        {notSetUp && <NotSetUp />}
        {config && !notSetUp && (
          <>
            {panels && <SetupWarning config={config} />}
            {(test.running || !test.result) && (
              <Progress
                planned={test.planned}
                done={test.progress}
                running={test.running}
                verdict={verdictCard(verdict)}
              />
            )}
            {test.result && !test.running && (
              <ResultView
                result={test.result}
                onTestAgain={rerun}
                onSendToSupport={sendToSupport}
              />
            )}
            {/* Announces the verdict once, when final: the result view is not a live region. */}
            <p class="visually-hidden" role="status">
              {headline ? t("shell.testFinished", { headline }) : ""}
            </p>
            {test.failed && <p role="alert">{t("shell.partNotLoaded")}</p>}
            {/* Once there is a verdict, its card holds "Test again". */}
            {(test.running || !test.result) && (
              <div class="actions">
                {/* aria-disabled, not disabled: a disabled button would drop keyboard focus. */}
                <button id="run-button" type="button" onClick={rerun} aria-disabled={test.running}>
                  {test.running ? t("shell.testing") : t("shell.runAgain")}
                </button>
              </div>
            )}
            {test.result && !test.running && <SharePanel result={test.result} />}
          </>
        )}
      </section>
      {config && panels && <ServerCheck config={config} result={test.result} />}
      {panels && <DecodePanel />}
      <footer class="muted small">
        <p>{t("shell.nothingStored")}</p>
        {config && panels && <SetupCheckNote config={config} />}
        {panels && <LanguageLinks />}
      </footer>
    </main>
  );
}
