/** Each pane state checked with axe in light and dark, with a screenshot of each. */
import { expect } from "vitest";
import { seriousViolations } from "./axe";
import { overflowing } from "./keyboard";
import type { HarnessPage } from "./stack";
import { paneShot } from "./widths";

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

/**
 * One view as an audit sees it (issue 20): at 800 and 320 pixels, in light and dark, a
 * screenshot of each, no serious or critical axe violation (tabster's guards included), and at
 * 320 pixels nothing wider than the pane. Focus is left where it was; the pane at 320, light.
 */
export async function checkView(h: HarnessPage, name: string): Promise<void> {
  const found: Record<string, unknown> = {};
  for (const width of [800, 320]) {
    await h.call("setPaneWidth", width);
    // Fluent's overflow and the chart re-measure after the resize.
    await h.page.waitForTimeout(250);
    if (width === 320) {
      const wide = await overflowing(h);
      if (wide.length > 0) found[`${width} reflow`] = wide;
    }
    for (const theme of ["light", "dark"] as const) {
      await h.call("setTheme", theme);
      await h.page.waitForTimeout(120);
      await paneShot(h, `a11y-${name}-${width}-${theme}`);
      const violations = await seriousViolations(h.page, { strict: true });
      if (violations.length > 0) found[`${width} ${theme}`] = violations;
    }
  }
  await h.call("setTheme", "light");
  if (Object.keys(found).length > 0) console.log(name, JSON.stringify(found, null, 1));
  expect(found).toEqual({});
}
