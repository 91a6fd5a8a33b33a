/**
 * Sign-in and access through the harness (issue 5): the user switcher signs in as another demo
 * user through the pane's own token provider, the pane offers each role only what it may do, and
 * SharePoint (the emulator) refuses a frontline token the case files.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restrictedCase, seed } from "./support/cases";
import { expectText, expectVisible } from "./support/expect";
import {
  ALEX,
  JORDAN,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";

const CUSTOMER = "acer.access@example.org";

describe("who is signed in, and what they may do", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, [
      restrictedCase({
        code: "ACCSS1",
        name: "Acer Access",
        address: CUSTOMER,
        terms: { volumes: [{ max: 3, per: "week" }] },
        summary: "At most three contacts a week.",
      }),
    ]);
    h = await openHarness(stack, { user: ALEX });
  });
  afterAll(async () => {
    await h?.close();
    await stack?.stop();
  });

  it("signs in as the user chosen in the harness, with their role", async () => {
    await expectText(h.pane.locator("footer, body"), "Signed in as Alex Morgan");
    await h.call("switchUser", JORDAN);
    await expectText(h.pane.locator("body"), "Signed in as Jordan Lee");
    const tokens = stack.emu.requests.filter((r) => r.user === JORDAN);
    expect(tokens.length).toBeGreaterThan(0);
    await h.screenshot("access-jordan");
    await h.call("switchUser", ALEX);
    await expectText(h.pane.locator("body"), "Signed in as Alex Morgan");
  });

  it("offers frontline staff the flag and the log, but no case files or step one", async () => {
    await h.call("openMessage", { from: CUSTOMER, to: [PRIYA], subject: "Access" });
    await h.waitForVerdict();
    await expectVisible(h.pane.getByRole("button", { name: "Log this contact" }));
    expect(await h.pane.getByRole("button", { name: /Open case|Find a case/ }).count()).toBe(0);
    await h.call("openMessage", { from: "stranger@example.net", to: [ALEX], subject: "Hi" });
    expect(await h.waitForVerdict()).toBe("notRestricted");
    expect(await h.pane.getByRole("button", { name: "Raise a step-one concern" }).count()).toBe(0);
    await h.screenshot("access-frontline");
  });

  it("has SharePoint refuse a frontline token the case files, as the pane's own sign-in gets it", async () => {
    const frame = h.page.frame({ name: "taskpane" });
    if (!frame) throw new Error("no task pane frame");
    const status = await frame.evaluate(async (upn) => {
      const config = (
        window as unknown as {
          ucbConfig: { auth: { emulatorTokenUrl: string }; graph: { baseUrl: string } };
        }
      ).ucbConfig;
      const grant = (await (
        await fetch(config.auth.emulatorTokenUrl, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ upn }),
        })
      ).json()) as { access_token: string };
      const response = await fetch(
        `${config.graph.baseUrl}/sites/council.sharepoint.com:/sites/ucb:/lists/UCB%20Case%20Files/items`,
        { headers: { Authorization: `Bearer ${grant.access_token}` } },
      );
      return response.status;
    }, ALEX);
    expect(status).toBe(403);
  });

  it("lets the helpdesk manager open the case (the case file is readable to them)", async () => {
    await h.call("switchUser", JORDAN);
    await h.call("openMessage", { from: CUSTOMER, to: [PRIYA], subject: "Access again" });
    await h.waitForVerdict();
    await h.pane
      .getByRole("button", { name: /Open case/ })
      .first()
      .click();
    await expectText(h.pane.locator("main"), "Acer Access");
    expect(await h.pane.locator("main").innerText()).not.toMatch(/accessDenied|\{"error"/);
    await h.screenshot("access-helpdesk-case");
  });
});
