/**
 * The first verdict as Outlook gives it: the pane signs in by nested app authentication (MSAL,
 * with the harness playing Outlook's bridge and the emulator issuing tokens) and gives the
 * verdict, having fetched no more than the 200 KiB gzip budget of our JavaScript first
 * (docs/performance.md; `npm run bench -- js` measures both modes the same way).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUDGET_KIB, ours, scriptsBeforeVerdict } from "../../scripts/bench/first-verdict";
import { restrictedCase, seed } from "./support/cases";
import { expectText } from "./support/expect";
import {
  ALEX,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";
import { VERDICT_PROBE } from "../../scripts/bench/pane-probe";

const CUSTOMER = "nia.nested@example.org";

describe("the first verdict in NAA mode", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack({ signIn: "naa" });
    await seed(stack, [
      restrictedCase({
        code: "NAA001",
        name: "Nia Nested",
        address: CUSTOMER,
        terms: { volumes: [{ max: 3, per: "week" }] },
        summary: "At most three contacts a week.",
      }),
    ]);
    h = await openHarness(stack, { user: ALEX, initScript: VERDICT_PROBE });
  });
  afterAll(async () => {
    await h?.close();
    await stack?.stop();
  });

  it("signs in through MSAL and Outlook's bridge, and judges the sender", async () => {
    await h.call("openMessage", { from: CUSTOMER, to: [PRIYA], subject: "Hello" });
    expect(await h.waitForVerdict()).toBe("withinTerms");
    await expectText(h.pane.locator("body"), "Signed in as Alex Morgan");
  });

  it(`fetches no more than ${BUDGET_KIB} KiB gzip of our JavaScript before its first verdict`, async () => {
    const files = ours(stack.paneDir, await scriptsBeforeVerdict(h.page));
    const gzip = files.reduce((total, f) => total + f.gzip, 0);
    // MSAL's nested-app controller is among them, its standard controller is not.
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(gzip / 1024, files.map((f) => `${f.file} ${f.gzip}`).join(", ")).toBeLessThanOrEqual(
      BUDGET_KIB,
    );
  });
});
