/**
 * Parts shown beside a verdict that the verdict itself does not need (the case's details, the
 * log form, keeping a copy): their chunk is fetched once the verdict is on screen, so the first
 * verdict's JavaScript stays within its budget (docs/performance.md) and never waits on them.
 */
import { Component, lazy, Suspense, useEffect, useState, type ComponentType } from "react";
import type { ReactNode } from "react";
import { Problem } from "./Problem";

/**
 * `load`'s component, rendered from the commit after the one that mounts it (an effect runs
 * after the verdict beside it is in the page), so its import starts after the verdict appears.
 * Once loaded it renders in the same commit as the verdict of every later message. Until then,
 * and while it loads, `waiting` stands in; a chunk that fails to load is said in words, and
 * the verdict stays.
 */
export function afterTheVerdict<P extends object>(
  load: () => Promise<ComponentType<P>>,
  waiting: ReactNode = null,
): ComponentType<P> {
  let loaded = false;
  const Part = lazy(async () => {
    const component = await load();
    loaded = true;
    return { default: component };
  });
  function AfterTheVerdict(props: P) {
    const [shown, setShown] = useState(loaded);
    useEffect(() => setShown(true), []);
    if (!shown) return waiting;
    return (
      <NotLoaded>
        <Suspense fallback={waiting}>
          <Part {...props} />
        </Suspense>
      </NotLoaded>
    );
  }
  return AfterTheVerdict;
}

/** A part whose chunk could not be fetched (offline, a new release deployed meanwhile). */
class NotLoaded extends Component<{ readonly children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn("A part of the pane could not be loaded", error);
  }

  override render() {
    return this.state.failed ? (
      <Problem
        intent="warning"
        title="Part of this pane could not be loaded"
        detail="Check your connection, then close the pane and open it again."
      />
    ) : (
      this.props.children
    );
  }
}
