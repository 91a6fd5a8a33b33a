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
import { activate, expectFocus, fill, focused, press, tabTo } from "./support/keyboard";
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

  it("raises a step one: errors first (announced, linked, focus on the first), then the concern; Close goes to the verdict", async () => {
    await h.call("switchUser", PRIYA);
    await h.call("openMessage", {
      from: `Kim Keyboard <${NEWCOMER}>`,
      to: [PRIYA],
      subject: "Twelfth email today",
    });
    expect(await h.waitForVerdict()).toBe("notRestricted");
    await startAt(h, "This message");
    await activate(h, "Raise a step-one concern");
    await expectFocus(h, "Raise a step-one concern", "heading");
    await checkView(h, "step-one-form");
    // Sent with nothing chosen: the behaviours group is wrong, its first box takes focus.
    await activate(h, "Raise the concern");
    await expectFocus(h, /./, "checkbox");
    const alert = h.pane.locator("form [role=alert]").first();
    await expectVisible(alert);
    const group = h.pane.getByRole("group", { name: /What has the customer done/ });
    expect(await group.getAttribute("aria-invalid")).toBe("true");
    // The group's error is its description, read on entering it.
    const describedBy = (await group.getAttribute("aria-describedby")) ?? "";
    expect(await h.pane.locator(`[id="${describedBy}"]`).innerText()).not.toBe("");
    await checkView(h, "step-one-errors");

    await activate(h, "Excessive demands on time", { role: "checkbox", key: "Space" });
    await fill(h, /^Details of the behaviour/, "Twelve emails today.");
    await fill(h, /^Service most impacted/, "Council tax");
    await fill(h, /^Proposed SPOC: name/, "Priya Shah");
    await fill(h, /^Proposed SPOC: email/, PRIYA);
    // The arrangement, as terms: one email a week, to the SPOC only.
    await activate(h, "Add a volume allowance");
    await activate(h, "Contact only with the SPOC (or the deputy in their absence)", {
      role: "checkbox",
      key: "Space",
    });
    await activate(h, "Raise the concern");
    await expectVisible(h.pane.getByRole("heading", { name: "Step-one concern raised" }));
    expect((await focused(h)).tag).toBe("div");
    await activate(h, "Close");
    // "Raise a step-one concern" is no longer offered: focus goes to the new verdict.
    await expectFocus(h, /step one/, "heading");
  });

  it("records step one's progress and refers the case; the next step takes focus each time", async () => {
    const stepOne = h.pane.getByRole("region", { name: "Step one (5.1)" });
    await expectVisible(stepOne);
    await fill(h, /confirmed to the customer in writing/, ukToday());
    await activate(h, "Record the confirmation");
    await expectFocus(h, "Step one (5.1)", "heading");
    await activate(h, "The customer did not agree");
    await expectFocus(h, "Step one (5.1)", "heading");
    await activate(h, "Record the offer of a representative");
    await expectFocus(h, /^Date the customer was offered a representative/, "textbox");
    await checkView(h, "step-one-offer");
    // A radio group is one tab stop; the arrow keys choose within it.
    await tabTo(h, "No answer yet", { role: "radio" });
    await press(h, "ArrowDown");
    await press(h, "ArrowDown");
    await expectFocus(h, "Declined", "radio");
    await activate(h, "Record the offer");
    await expectFocus(h, "Step one (5.1)", "heading");
    await expectText(stepOne, /declined\./);

    await activate(h, "Refer to the city helpdesk manager");
    await expectFocus(h, /Refer/, "heading");
    await checkView(h, "referral-form");
    await activate(h, "Refer and open the message");
    await expectVisible(
      h.pane.getByRole("heading", { name: /Referred to the city helpdesk manager/ }),
    );
    expect((await focused(h)).tag).toBe("div");
    await activate(h, "Close");
    await expectFocus(h, /referred to the city helpdesk manager/, "heading");
    const found = await stack.storeFor(JORDAN).lookupAddresses([NEWCOMER as EmailAddress]);
    expect(found).toHaveLength(1);
  });

  it("assesses the referral from My work: tabs by arrow keys, Cancel back to the decision, then saved", async () => {
    await h.call("switchUser", JORDAN);
    await startAt(h, "My work");
    await press(h, "Enter");
    await expectFocus(h, "My work", "heading");
    await activate(h, /Kim Keyboard/);
    await expectFocus(h, "Kim Keyboard", "heading");
    await tabTo(h, "Decisions", { role: "tab" });
    await press(h, "ArrowRight");
    // (Fluent keeps a hidden copy of an unselected tab's label to reserve its bold width.)
    await expectFocus(h, /^Summary/, "tab");
    await press(h, "End");
    await expectFocus(h, /./, "tab");
    await press(h, "Home");
    await expectFocus(h, "Decisions", "tab");
    await checkView(h, "case-workspace");

    await activate(h, "Assess the referral");
    await expectFocus(h, "Assess the referral (5.2.2)", "heading");
    await activate(h, "Cancel");
    await expectFocus(h, "Assess the referral", "button");
    await press(h, "Enter");
    await expectFocus(h, "Assess the referral (5.2.2)", "heading");
    // Sent as it is: nobody named. The summary is an alert and links to each field.
    await activate(h, "Record the assessment");
    await expectFocus(h, /./, "textbox");
    const summary = h.pane.getByRole("list", { name: "Fields to correct" });
    await expectVisible(summary);
    await checkView(h, "assessment-errors");

    // Back from the first wrong field, the summary's last "name" entry leads to person 2's.
    await activate(h, "Enter the name of the person consulted.", { back: true });
    await expectFocus(h, "Name", "textbox");
    await h.page.keyboard.type("Priya Shah");
    await fill(h, "Email address", PRIYA);
    await fill(h, /^Date consulted/, ukToday());
    await tabTo(h, "Remove person 1", { back: true });
    await tabTo(h, "Name", { back: true });
    await h.page.keyboard.type("Morgan Blake");
    await fill(h, "Email address", "morgan.blake@council.example");
    await fill(h, /^Date consulted/, ukToday());
    await fill(h, /^Reasons/, "Contact continues daily.");
    await activate(h, "Record the assessment");
    await expectFocus(h, "Decision saved", "heading");
    await checkView(h, "decision-saved");
  });

  it("decides a review from My work by keyboard", async () => {
    await startAt(h, "My work");
    await press(h, "Enter");
    await expectFocus(h, "My work", "heading");
    await activate(h, /Rhiannon Review/);
    await expectFocus(h, "Rhiannon Review", "heading");
    await activate(h, "Decide the review");
    await expectFocus(h, "Decide the review (5.2.6)", "heading");
    await checkView(h, "review-decision-form");
    await fill(h, "Name", "Morgan Blake");
    await fill(h, "Email address", "morgan.blake@council.example");
    await fill(h, /^Reasons/, "The restrictions are still needed.");
    await activate(h, "Record the review decision");
    await expectFocus(h, "Decision saved", "heading");
  });

  it("records an appeal on a restricted case found by search, and the director decides one", async () => {
    await startAt(h, "Find a customer");
    await press(h, "Enter");
    await expectFocus(h, "Find a customer", "heading");
    await fill(h, /^Name, case reference or email address/, "schafer");
    await press(h, "Enter");
    await expectFocus(h, "Customers found (1)", "heading");
    await activate(h, /^Jürgen Schäfer/);
    await expectFocus(h, "Jürgen Schäfer", "heading");
    await activate(h, "Record an appeal");
    await expectFocus(h, "Record an appeal (5.2.7)", "heading");
    await checkView(h, "appeal-form");
    await fill(h, /^Why the customer disagrees/, "Letters only is too strict for me.");
    await activate(h, "Record the appeal");
    await expectFocus(h, "Decision saved", "heading");

    await h.call("switchUser", DANA);
    await h.call("selectMessage", null);
    await expectVisible(h.pane.getByRole("heading", { level: 2, name: "My work" }));
    await startAt(h, "Find a customer");
    await press(h, "Enter");
    await tabTo(h, "My work", { back: true });
    await press(h, "Enter");
    await expectFocus(h, "My work", "heading");
    await activate(h, /Paula Passed/);
    await expectFocus(h, "Paula Passed", "heading");
    await activate(h, "Decide the appeal");
    await expectFocus(h, "Decide the appeal (5.2.7)", "heading");
    await checkView(h, "appeal-decision-form");
    await activate(h, "Confirm the conditions", { role: "radio", key: "Space" });
    await fill(h, /^Reasons/, "The restrictions are proportionate.");
    await activate(h, "Record the appeal decision");
    await expectFocus(h, "Decision saved", "heading");
    expect(await announced(h)).toBeDefined();
  });
});
