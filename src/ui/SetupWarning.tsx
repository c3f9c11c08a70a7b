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
  type SetupRole,
  setupCheckQueries,
} from "../core/checks/setup-check.ts";
import type { Config } from "../core/config.ts";
import { DEFAULT_DOH_TIMEOUT_MS, resolve, resolverNames } from "../core/dns/doh.ts";
import { useI18n } from "../i18n/context.tsx";
import type { I18n } from "../i18n/i18n.ts";
import { andList } from "./words/list.ts";

export interface SetupWarningProps {
  config: Config;
  /** Called once the check is done, with the problems found (empty: the setup is right). */
  onProblems?: (problems: SetupProblem[]) => void;
}

const ROLES = {
  v4: "setup.role.v4",
  v6: "setup.role.v6",
  ds: "setup.role.ds",
  large: "setup.role.large",
  nat64: "setup.role.nat64",
  "nat64-candidate": "setup.role.nat64Candidate",
} as const satisfies Record<SetupRole, string>;

/** Records as the warning lists them; addresses, so the same in every language. */
const list = (items: readonly string[]) => items.join(", ");

/** One wrong record as a sentence for the site's operator, naming the probe name and its role. */
export function setupProblemWords({ t }: I18n, p: SetupProblem): string {
  const name = t(ROLES[p.role], { host: p.host });
  switch (p.code) {
    case "nxdomain":
      return t("setup.problem.nxdomain", { name });
    case "v4-no-a":
      return t("setup.problem.v4NoA", { name });
    case "v4-has-aaaa":
      return t("setup.problem.v4HasAaaa", {
        name,
        addresses: list(p.addresses),
        count: p.addresses.length,
      });
    case "v6-no-aaaa":
      return t("setup.problem.v6NoAaaa", { name });
    case "v6-has-a":
      return t("setup.problem.v6HasA", {
        name,
        addresses: list(p.addresses),
        count: p.addresses.length,
      });
    case "ds-no-a":
      return t("setup.problem.dsNoA", { name });
    case "ds-no-aaaa":
      return t("setup.problem.dsNoAaaa", { name });
    case "nat64-has-a":
      return t("setup.problem.nat64HasA", {
        name,
        addresses: list(p.addresses),
        count: p.addresses.length,
      });
    case "nat64-no-aaaa":
      return t("setup.problem.nat64NoAaaa", { name, prefix: p.prefix });
    case "nat64-outside-prefix":
      return t("setup.problem.nat64OutsidePrefix", { name, address: p.address, prefix: p.prefix });
    case "nat64-other-server":
      return t("setup.problem.nat64OtherServer", {
        name,
        address: p.address,
        embedded: p.embedded,
        v4Host: p.v4Host,
        v4Addresses: list(p.v4Addresses),
        count: p.v4Addresses.length,
      });
  }
}

export default function SetupWarning({ config, onProblems }: SetupWarningProps) {
  const i18n = useI18n();
  const { t } = i18n;
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
        {problems.map((p, i) => (
          <li key={`${i}:${p.code}`}>{setupProblemWords(i18n, p)}</li>
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
  const i18n = useI18n();
  const { resolvers, names } = setupCheckQueries(config);
  if (resolvers.length === 0 || names.length === 0) return null;
  return (
    <p class="setup-check-note">
      {i18n.t("setup.privacy", { resolvers: andList(i18n, resolverNames(resolvers)) })}
    </p>
  );
}
