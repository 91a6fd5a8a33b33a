/** Reads the configuration config.js left on window, and words problems for the pane. */
import type { Result } from "../domain/types";
import { type AppConfig, type ConfigProblem, parseAppConfig } from "./appConfig";

declare global {
  interface Window {
    /** Set by config.js, which is served next to taskpane.html and loaded before the bundle. */
    ucbConfig?: unknown;
  }
}

export function readAppConfig(
  source: { readonly ucbConfig?: unknown } = globalThis as { readonly ucbConfig?: unknown },
): Result<AppConfig, ConfigProblem> {
  if (source.ucbConfig === undefined) {
    return {
      ok: false,
      error: {
        field: "config.js",
        message:
          "config.js did not load, or did not set window.ucbConfig. It must be served next to taskpane.html.",
      },
    };
  }
  return parseAppConfig(source.ucbConfig);
}

/** What the pane shows when the configuration is wrong: for staff, then for the administrator. */
export function configProblemText(problem: ConfigProblem): { summary: string; detail: string } {
  return {
    summary:
      "The add-in's settings need fixing before it can check messages. Please tell your IT service desk.",
    detail: `For the administrator, in config.js: ${problem.message}`,
  };
}
