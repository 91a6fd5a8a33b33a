/**
 * Every view at Outlook's narrowest pane (320 CSS pixels) and a wide one (800): a screenshot of
 * the pane at each, no horizontal scroll, and axe-core clean.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { projectRoot } from "../../../harness/pane-build";
import { seriousViolations } from "./axe";
import type { HarnessPage } from "./stack";

export const WIDTHS = [320, 800] as const;

const SCREENSHOTS = join(projectRoot, "test-results", "browser");

/** Tall enough that the pane's frame shows a whole view without scrolling inside it. */
export async function tallPage(h: HarnessPage): Promise<void> {
  await h.page.setViewportSize({ width: 1500, height: 2300 });
}

/** The widest the pane's content is, beyond its frame: 0 means no horizontal scroll. */
export async function sideScroll(h: HarnessPage): Promise<number> {
  const frame = h.page.frame({ name: "taskpane" });
  if (!frame) throw new Error("No task pane frame");
  return frame.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** The pane alone (its frame), as a council officer sees it. */
export async function paneShot(h: HarnessPage, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await h.page.locator("#pane").screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * The pane as it is now, at 320 and at 800 pixels: a screenshot of each, no horizontal scroll
 * and no serious axe violation. `ready` waits for what the view must show at each width. The
 * pane is left at 320 pixels, where Outlook users most often meet trouble.
 */
export async function checkWidths(
  h: HarnessPage,
  name: string,
  ready: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const found: Record<string, unknown> = {};
  for (const width of [...WIDTHS].reverse()) {
    await h.call("setPaneWidth", width);
    await ready();
    // Fluent's overflow and the chart re-measure after the resize.
    await h.page.waitForTimeout(300);
    await paneShot(h, `${name}-${width}`);
    const scroll = await sideScroll(h);
    const violations = await seriousViolations(h.page);
    if (scroll > 0 || violations.length > 0) found[width] = { scroll, violations };
  }
  if (Object.keys(found).length > 0) console.log(name, JSON.stringify(found, null, 1));
  expect(found).toEqual({});
}
