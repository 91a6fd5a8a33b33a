import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { type ReactNode, useLayoutEffect } from "react";
import type { PaneTheme } from "./useOfficeTheme";
import { usePaneStyles } from "./PaneProvider.styles";

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
      {children}
    </FluentProvider>
  );
}
