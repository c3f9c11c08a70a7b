// Verifies the deployment's own DNS records over DoH (probe names must have the records their
// role needs) and, when they do not, warns that the verdict may be wrong. Renders nothing while
// checking, when all is well, and when DoH is blocked (that is the visitor's network, not the
// setup). Lazy-loaded by App.

import { useEffect, useRef, useState } from "preact/hooks";
import { lookupFromAnswer, lookupFromError } from "../core/checks/lookup.ts";
import {
  checkSetup,
  type HostAnswers,
  type SetupProblem,
  setupCheckQueries,
} from "../core/checks/setup-check.ts";
import type { Config } from "../core/config.ts";
import { DEFAULT_DOH_TIMEOUT_MS, resolve, resolverNames } from "../core/dns/doh.ts";
import { useT } from "../i18n/context.tsx";

export interface SetupWarningProps {
  config: Config;
  /** Called once the check is done, with the problems found (empty: the setup is right). */
  onProblems?: (problems: SetupProblem[]) => void;
}

export default function SetupWarning({ config, onProblems }: SetupWarningProps) {
  const t = useT();
  const [problems, setProblems] = useState<SetupProblem[]>([]);
  // A ref, so that a new callback on every App render does not restart the lookups.
  const report = useRef(onProblems);
  report.current = onProblems;

  useEffect(() => {
    const { resolvers, hosts, names } = setupCheckQueries(config);
    if (resolvers.length === 0 || hosts.length === 0) return;
    const controller = new AbortController();
    const options = {
      signal: controller.signal,
      timeoutMs: Math.min(DEFAULT_DOH_TIMEOUT_MS, config.timeoutMs),
    };
    const ask = (name: string, type: "A" | "AAAA") =>
      resolve(resolvers, name, type, options).then(lookupFromAnswer, lookupFromError);
    Promise.all(
      names.map(async (name) => {
        const [a, aaaa] = await Promise.all([ask(name, "A"), ask(name, "AAAA")]);
        return [name, { a, aaaa }] as const;
      }),
    ).then((pairs) => {
      if (controller.signal.aborted) return;
      const answers: Record<string, HostAnswers> = Object.fromEntries(pairs);
      const { problems } = checkSetup(hosts, answers);
      setProblems(problems);
      report.current?.(problems);
    });
    return () => controller.abort();
  }, [config]);

  if (problems.length === 0) return null;
  return (
    <div class="card error-panel setup-warning" role="alert">
      <p>
        <strong>{t("setup.headline")}</strong>
      </p>
      <p>{t("setup.mismatch")}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.text}>{p.text}</li>
        ))}
      </ul>
      <p class="muted">{t("setup.advice")}</p>
    </div>
  );
}

/**
 * One quiet sentence for the page's footer, saying what the setup check above sends to whom on
 * every visit. Renders nothing when the check asks no one (no resolvers, or only literal and
 * localhost probe addresses).
 */
export function SetupCheckNote({ config }: { config: Config }) {
  const t = useT();
  const { resolvers, names } = setupCheckQueries(config);
  if (resolvers.length === 0 || names.length === 0) return null;
  return (
    <p class="setup-check-note">{t("setup.privacy", { resolvers: resolverNames(resolvers) })}</p>
  );
}
