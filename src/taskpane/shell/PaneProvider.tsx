import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createContext, type ReactNode, useContext, useLayoutEffect } from "react";
import type { PaneTheme } from "./useOfficeTheme";
import { usePaneStyles } from "./PaneProvider.styles";

const PaneTheme = createContext<PaneTheme>("light");

/** The Office theme the pane follows, for what Fluent's tokens cannot colour (charts). */
export function usePaneTheme(): PaneTheme {
  return useContext(PaneTheme);
}

/** Fluent's theme for the Office theme, and the pane's page layout. */
export function PaneProvider({ theme, children }: { theme: PaneTheme; children: ReactNode }) {
  const styles = usePaneStyles();
  const fluentTheme = theme === "dark" ? webDarkTheme : webLightTheme;
  // The page behind the provider (overscroll, the frame's edges) takes the theme's background
  // too, so dark mode has no light frame.
  useLayoutEffect(() => {
    const page = document.documentElement.style;
    page.backgroundColor = fluentTheme.colorNeutralBackground1;
    page.colorScheme = theme;
  }, [fluentTheme, theme]);
  return (
    <FluentProvider theme={fluentTheme} className={styles.root} data-theme={theme}>
      <PaneTheme.Provider value={theme}>{children}</PaneTheme.Provider>
    </FluentProvider>
  );
}
