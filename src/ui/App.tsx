// Wiring: which view the URL asks for (a shared result, the embed layout or the full page),
// the config load, and the self-test state. Components below only render what they are given.

import { useEffect, useRef, useState } from "preact/hooks";
import {
  type Config,
  ConfigError,
  configFromLink,
  fetchConfig,
  withoutConfigParam,
} from "../core/config.ts";
import { VERDICT_HEADLINES } from "../core/selftest/explain.ts";
import { lazyComponent } from "./lazy.tsx";
import { Progress } from "./Progress.tsx";
import { useSelfTest } from "./useSelfTest.ts";

// Only the shell, the config and the probes are on the first-load path (budget: 20 KB gzip);
// everything that renders after the verdict, or only in some modes, is fetched on demand.
const ResultView = lazyComponent(
  () => import("./ResultView.tsx").then((m) => m.ResultView),
  // Holds the progress card's place until the verdict's code is there, so nothing jumps.
  () => <div class="card progress" aria-busy="true" />,
);
const SharePanel = lazyComponent(() => import("./SharePanel.tsx").then((m) => m.SharePanel));
const SharedResultView = lazyComponent(() =>
  import("./SharedResultView.tsx").then((m) => m.SharedResultView),
);
const EmbedView = lazyComponent(() => import("./EmbedView.tsx").then((m) => m.EmbedView));
const DecodePanel = lazyComponent(() => import("./DecodePanel.tsx").then((m) => m.DecodePanel));
const ServerCheck = lazyComponent(() => import("./ServerCheck.tsx").then((m) => m.default));
const SetupWarning = lazyComponent(() => import("./SetupWarning.tsx").then((m) => m.default));
const SetupCheckNote = lazyComponent(() =>
  import("./SetupWarning.tsx").then((m) => m.SetupCheckNote),
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

function useConfig(): ConfigState {
  const [state, setState] = useState<ConfigState>({ kind: "loading" });
  useEffect(() => {
    fetchConfig(location.href)
      .then((config) => setState({ kind: "ready", config }))
      .catch((error: unknown) =>
        setState({
          kind: "error",
          error: error instanceof ConfigError ? error : new ConfigError("(file)", String(error)),
        }),
      );
  }, []);
  return state;
}

/** The failure in the site's words; a field name only for errors inside a config file. */
function ProblemDetail({ error }: { error: ConfigError }) {
  if (error.field === "?config" || error.field === "(file)") return <>{error.problem}</>;
  return (
    <>
      Field <code>{error.field}</code>: {error.problem}
    </>
  );
}

function ConfigProblem({ error }: { error: ConfigError }) {
  // Any `?config=` page can fall back to the site's own configuration.
  const ownConfig = configFromLink(location.href) ? withoutConfigParam(location.href) : null;
  const offer = ownConfig && (
    <p>
      <a class="button" href={ownConfig}>
        Run the test with this site's own configuration
      </a>
    </p>
  );
  if (error.fault === "link") {
    // The link is at fault, not the site: say so, and offer the site's own test.
    return (
      <div class="card error-panel" role="alert" data-fault="link">
        <p>
          <strong>
            {error.field === "?config"
              ? "This link's configuration address is not valid, so the test cannot run."
              : error.field === "(file)"
                ? "This link's configuration could not be loaded, so the test cannot run."
                : "This link's configuration is not valid, so the test cannot run."}
          </strong>
        </p>
        <p>
          The link asks the test to use settings other than this site's own. The link is wrong or
          has been changed; the site itself may be fine.
        </p>
        <p class="muted">
          <ProblemDetail error={error} />
        </p>
        {offer}
      </div>
    );
  }
  if (error.fault === "network") {
    return (
      <div class="card error-panel" role="alert" data-fault="network">
        <p>
          <strong>The test could not load its settings, so it cannot run.</strong>
        </p>
        <p>
          <ProblemDetail error={error} /> Check the connection, then try again.
        </p>
        <p class="actions">
          <button type="button" onClick={() => location.reload()}>
            Try again
          </button>
        </p>
        {offer}
      </div>
    );
  }
  return (
    <div class="card error-panel" role="alert" data-fault="site">
      <p>
        <strong>This test is not set up correctly, so it cannot run.</strong>
      </p>
      <p>
        Problem in the configuration: <ProblemDetail error={error} />
      </p>
      <p class="muted">
        If you run this site, fix config.json. Decoding an address below still works.
      </p>
    </div>
  );
}

export function App() {
  const hash = useHash();
  const embed = new URLSearchParams(location.search).get("embed") === "1";
  const sharedFragment = hash.startsWith("#r=") ? hash.slice(3) : null;
  const configState = useConfig();
  const config = configState.kind === "ready" ? configState.config : null;
  const test = useSelfTest(config, sharedFragment === null);
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
    if (test.running || !test.result || !rerunByVisitor.current) return;
    rerunByVisitor.current = false;
    const headline = document.getElementById("verdict-headline");
    headline?.focus({ preventScroll: true });
    headline?.scrollIntoView({ block: "center" });
  }, [test.running, test.result]);
  useEffect(() => {
    // Fetch the result view while the probes run, so the verdict shows the moment it exists.
    if (test.running) {
      ResultView.preload();
      SharePanel.preload();
    }
  }, [test.running]);

  if (sharedFragment !== null) {
    return (
      <main>
        <SharedResultView fragment={sharedFragment} />
      </main>
    );
  }

  if (embed) {
    return config ? (
      <EmbedView
        config={config}
        result={test.result}
        running={test.running}
        onRun={() => void test.run()}
      />
    ) : configState.kind === "error" ? (
      <ConfigProblem error={configState.error} />
    ) : null;
  }

  return (
    <main>
      <h1>What is my network?</h1>
      <p class="lead">
        This page tests how your device reaches the internet: IPv4, IPv6, or IPv6 with a translator
        (NAT64) — and tells you what that means for your apps and VPN.
      </p>
      <section aria-labelledby="selftest-title">
        <h2 id="selftest-title">Your network</h2>
        {configState.kind === "loading" && <p aria-live="polite">Loading the test…</p>}
        {configState.kind === "error" && <ConfigProblem error={configState.error} />}
        {config && (
          <>
            <SetupWarning config={config} />
            {(test.running || !test.result) && (
              <Progress done={test.progress} total={test.total} running={test.running} />
            )}
            {test.result && !test.running && <ResultView result={test.result} />}
            {/* Announces the verdict once: the result view itself is not a live region. */}
            <p class="visually-hidden" role="status">
              {!test.running && test.result
                ? `Test finished. ${VERDICT_HEADLINES[test.result.verdict.code]}`
                : ""}
            </p>
            <div class="actions">
              {/* aria-disabled, not disabled: a disabled button would drop keyboard focus. */}
              <button type="button" onClick={rerun} aria-disabled={test.running}>
                {test.running ? "Testing…" : "Run the test again"}
              </button>
            </div>
            {test.result && !test.running && <SharePanel result={test.result} />}
          </>
        )}
      </section>
      {config && <ServerCheck config={config} result={test.result} />}
      <DecodePanel />
      <footer class="muted small">
        <p>
          Nothing is stored: the test runs in your browser, and the servers only echo back the
          address they saw.
        </p>
        {config && <SetupCheckNote config={config} />}
      </footer>
    </main>
  );
}
