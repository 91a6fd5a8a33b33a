/** axe-core run inside the task pane's frame: the violations a screen-reader user would hit. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { projectRoot } from "../../../harness/pane-build";

const AXE = join(projectRoot, "node_modules", "axe-core", "axe.min.js");

export type AxeViolation = {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
};

/**
 * Serious and critical violations in the pane as it is now (an empty list passes). `strict`
 * checks tabster's focus guards too (the pane's views have none left; issue 20).
 */
export async function seriousViolations(
  page: Page,
  options: { readonly strict?: boolean } = {},
): Promise<AxeViolation[]> {
  const frame = page.frame({ name: "taskpane" });
  if (!frame) throw new Error("The harness has no task pane frame");
  const loaded = await frame.evaluate(() => "axe" in window);
  if (!loaded) await frame.addScriptTag({ path: AXE });
  const violations = await frame.evaluate(async (strict) => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<Result> } }).axe;
    // Fluent's focus manager (tabster) puts hidden <i tabindex=0 data-tabster-dummy> guards
    // around tab lists, menus and charts; focus passes straight through them, so screen-reader
    // users never meet them, but axe sees a focusable element under aria-hidden.
    const result = await axe.run(strict ? document : { exclude: [["[data-tabster-dummy]"]] }, {
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, options.strict === true);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
