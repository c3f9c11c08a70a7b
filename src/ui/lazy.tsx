// A component whose code is fetched only when it first renders (dynamic import), so panels
// that are not needed for the first verdict stay out of the first-load budget.

import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

export type LazyComponent<P> = ComponentType<P> & {
  /** Starts fetching the code now, e.g. while the probes run, so it is there when needed. */
  preload: () => void;
};

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** Rendered while the code loads, e.g. a placeholder of the same size (no layout shift). */
  Fallback?: ComponentType<P>,
): LazyComponent<P> {
  let cached: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () => {
    pending ??= load().catch((error: unknown) => {
      pending = null; // allow a retry on the next render
      throw error;
    });
    return pending;
  };
  function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => cached);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component) return;
      fetchOnce()
        .then((component) => {
          cached = component;
          setComponent(() => component);
        })
        .catch(() => setFailed(true));
    }, [Component]);
    if (failed) {
      return <p class="muted">This part of the page could not be loaded. Reload to try again.</p>;
    }
    if (Component) return <Component {...props} />;
    return Fallback ? <Fallback {...props} /> : null;
  }
  Lazy.preload = () => {
    fetchOnce().catch(() => {});
  };
  return Lazy;
}
