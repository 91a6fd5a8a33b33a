import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { PaneTheme } from "./useOfficeTheme";
import { usePaneStyles } from "./PaneProvider.styles";

/** Fluent's theme for the Office theme, and the pane's page layout. */
export function PaneProvider({ theme, children }: { theme: PaneTheme; children: ReactNode }) {
  const styles = usePaneStyles();
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.root}
      data-theme={theme}
    >
      {children}
    </FluentProvider>
  );
}
