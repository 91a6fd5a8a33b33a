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

/**
 * config.js's settings read from its text: classic Outlook on Windows runs the send check in a
 * JavaScript-only runtime that loads one script, so it fetches config.js rather than running it.
 * The file sets `window.ucbConfig = { … };` with JSON (configScript writes it so, and
 * administrators edit the JSON); anything else is refused with the reason.
 */
export function readConfigScript(text: string): Result<AppConfig, ConfigProblem> {
  const start = /\bucbConfig\s*=\s*/.exec(text);
  const end = text.lastIndexOf("}");
  if (!start || end < start.index) {
    return {
      ok: false,
      error: {
        field: "config.js",
        message: "config.js does not set window.ucbConfig to an object.",
      },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start.index + start[0].length, end + 1));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: {
        field: "config.js",
        message: `config.js's settings are not JSON (${why}); keep them as JSON, with double quotes and no trailing commas.`,
      },
    };
  }
  return parseAppConfig(value);
}
