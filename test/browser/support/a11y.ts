/** Each pane state checked with axe in light and dark, with a screenshot of each. */
import { expect } from "vitest";
import { seriousViolations } from "./axe";
import type { HarnessPage } from "./stack";

/** Screenshots `name` in light and dark and expects no serious or critical axe violation. */
export async function checkBothThemes(h: HarnessPage, name: string): Promise<void> {
  const found: Record<string, unknown> = {};
  for (const theme of ["light", "dark"] as const) {
    await h.call("setTheme", theme);
    // The pane repaints on OfficeThemeChanged; let Fluent apply the new tokens first.
    await h.page.waitForTimeout(150);
    await h.screenshot(`${name}-${theme}`);
    const violations = await seriousViolations(h.page);
    if (violations.length > 0) found[theme] = violations;
  }
  await h.call("setTheme", "light");
  expect(found).toEqual({});
}
