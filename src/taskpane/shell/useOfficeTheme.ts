import { useEffect, useState } from "react";

export type PaneTheme = "light" | "dark";

/** Subscribes to Office theme changes; resolves to an unsubscribe function. */
export type ThemeSubscription = (handler: (theme: PaneTheme) => void) => Promise<() => void>;

/**
 * The Office theme, followed as the user changes it. `initial` is read once (the host's theme
 * when the pane opened); without `subscribe` the pane keeps it.
 */
export function useOfficeTheme(initial: () => PaneTheme, subscribe?: ThemeSubscription): PaneTheme {
  const [theme, setTheme] = useState<PaneTheme>(initial);
  useEffect(() => {
    if (!subscribe) return undefined;
    let unsubscribe: (() => void) | undefined;
    let unmounted = false;
    subscribe((next) => setTheme(next))
      .then((stop) => {
        if (unmounted) stop();
        else unsubscribe = stop;
      })
      .catch((e: unknown) => console.warn("The Office theme will not be followed", e));
    return () => {
      unmounted = true;
      unsubscribe?.();
    };
  }, [subscribe]);
  return theme;
}
