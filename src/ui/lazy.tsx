// A component whose code is fetched only when it first renders (dynamic import), so panels
// that are not needed for the first verdict stay out of the first-load budget. Its catalogs
// (i18n namespaces) load in parallel with its code, and it renders once both are there.

import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useI18n } from "../i18n/context.tsx";
import type { I18n } from "../i18n/i18n.ts";
import type { Namespace } from "../i18n/namespaces.ts";

export type LazyComponent<P> = ComponentType<P> & {
  /** Starts fetching the code and catalogs now, e.g. while the probes run. */
  preload: (i18n: I18n) => void;
};

export interface LazyOptions<P> {
  /** The catalogs the component speaks from, loaded with its code. */
  namespaces?: readonly Namespace[];
  /** Rendered while the code loads, e.g. a placeholder of the same size (no layout shift). */
  fallback?: ComponentType<P>;
}

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { namespaces = [], fallback: Fallback }: LazyOptions<P> = {},
): LazyComponent<P> {
  let cached: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchOnce = (i18n: I18n) => {
    pending ??= Promise.all([load(), i18n.load(namespaces)])
      // Known from here on, so a component preloaded (e.g. while the probes run) renders at
      // once when it first appears, without a frame of its fallback.
      .then(([component]) => (cached = component))
      .catch((error: unknown) => {
        pending = null; // allow a retry on the next render
        throw error;
      });
    return pending;
  };
  function Lazy(props: P) {
    const i18n = useI18n();
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => cached);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component) return;
      fetchOnce(i18n)
        .then((component) => {
          cached = component;
          setComponent(() => component);
        })
        .catch(() => setFailed(true));
    }, [Component, i18n]);
    if (failed) return <p class="muted">{i18n.t("shell.partNotLoaded")}</p>;
    if (Component) return <Component {...props} />;
    return Fallback ? <Fallback {...props} /> : null;
  }
  Lazy.preload = (i18n: I18n) => {
    fetchOnce(i18n).catch(() => {});
  };
  return Lazy;
}
