/**
 * Each role's path through the timeline of sections 4 and 5 in the real pane, switching between
 * the demo users: the helpdesk manager decides and prepares the notice, frontline staff see
 * "decided, not yet told", the assistant director tells the customer and the terms bind; an
 * appeal is passed to the director, who decides and signs; a late appeal waits for a person;
 * the City Solicitor takes immediate action from a message and the sender is blocked at once.
 * Every step is checked in what the emulator stored, and every letter is read.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CaseRef, EmailAddress } from "../../src/domain/types";
import { localDateOf } from "../../src/domain/zonedTime";
import { ukDateText } from "../../src/taskpane/forms/ukDate";
import { checkBothThemes } from "./support/a11y";
import { assessedCase, restrictedCase, seed } from "./support/cases";
import { expectText, expectVisible } from "./support/expect";
import { printedLetter } from "./support/letters";
import {
  ALEX,
  CHRIS,
  DANA,
  JORDAN,
  MORGAN,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";

/** A day typed the UK way, as the pane's date fields take it: "31/05/2027". */
function ukDate(day: Date): string {
  return ukDateText(localDateOf(day, "Europe/London"));
}

const DECIDED = "dora.decided@example.org";
const APPEALING = "abe.appeal@example.org";
const LATE = "lena.late@example.org";
const THREAT = "tom.threat@example.org";

const ASSESSED = assessedCase("DCDD01", "Dora Decided", DECIDED);
// Told nine days ago: an appeal today is in time.
const IN_TIME = restrictedCase({
  code: "APPX01",
  name: "Abe Appeal",
  address: APPEALING,
  terms: { allowedChannels: ["letter"] },
  summary: "Letters only.",
  daysAgo: 10,
});
// Told thirty-nine days ago: an appeal today is late.
const TOO_LATE = restrictedCase({
  code: "APPX02",
  name: "Lena Late",
  address: LATE,
  terms: { allowedChannels: ["letter"] },
  summary: "Letters only.",
  daysAgo: 40,
});

describe("the timeline of sections 4 and 5, role by role", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, [ASSESSED, IN_TIME, TOO_LATE]);
  });
  afterAll(async () => stack?.stop());
  afterEach(async () => h?.close());

  async function openCaseFrom(from: string, subject: string) {
    await h.call("openMessage", { from, to: [PRIYA], subject });
    await h.waitForVerdict();
    await h.pane
      .getByRole("button", { name: /Open case/ })
      .first()
      .click();
    await expectVisible(h.pane.getByRole("list", { name: "Decisions you can take" }));
  }

  async function decide(label: string) {
    await h.pane
      .getByRole("list", { name: "Decisions you can take" })
      .getByRole("button", { name: label })
      .click();
  }

  it("the helpdesk manager decides; until the assistant director tells the customer, staff see 'decided, not yet told'", async () => {
    const ref = ASSESSED.newCase.entry.ref;
    h = await openHarness(stack, { user: JORDAN });
    await openCaseFrom(`Dora Decided <${DECIDED}>`, "My housing repair");
    await decide("Impose restrictions");
    const allowed = h.pane.getByRole("group", { name: /Contact only by/ });
    await allowed.getByRole("checkbox", { name: "Letter" }).check();
    const lastDay = ukDate(new Date(Date.now() + 180 * 86_400_000));
    await h.pane.getByLabel(/^Last day/).fill(lastDay);
    await h.pane.getByRole("textbox", { name: /^Reasons/ }).fill("Daily emails continue.");
    expect(await h.pane.getByRole("radio", { name: "Was told" }).count()).toBe(0);
    await h.pane.getByRole("button", { name: "Impose restrictions" }).click();
    await expectText(
      h.pane.locator("body"),
      /Restrictions decided; the customer has not yet been told\. They bind once the assistant director/,
    );
    await h.screenshot("timeline-decided-not-told");

    await h.call("clearRecorded");
    await decide("Prepare the notice for who gives it");
    const giver = h.pane.getByRole("group", { name: "Who gives the notice" });
    await giver.getByRole("textbox", { name: "Name" }).fill("Morgan Blake");
    await giver.getByRole("textbox", { name: "Email address" }).fill(MORGAN);
    await h.pane.getByRole("button", { name: "Prepare the notice" }).click();
    // Letters only: the notice is a printable letter, read here as printed.
    const notice = await printedLetter(h);
    expect(notice).toMatch(/Morgan Blake\s+Assistant Director of Corporate Services/);
    expect(notice).not.toMatch(/Jordan Lee/);
    const prepared = await stack.storeFor(JORDAN).getRegisterEntry(ref);
    expect(prepared?.value.period?.notice).toMatchObject({
      kind: "pending",
      prepared: { giver: { name: "Morgan Blake", role: "assistantDirector" } },
    });

    // Need to know: restrictions not yet told do not bind (5.2.4), so they are not on frontline
    // staff's copy of the register; the helpdesk manager sees them decided, not yet told.
    await h.call("switchUser", ALEX);
    await h.call("openMessage", { from: `Dora Decided <${DECIDED}>`, to: [ALEX], subject: "Hi" });
    expect(await h.waitForVerdict()).toBe("notRestricted");
    await h.call("switchUser", JORDAN);
    await h.call("openMessage", { from: `Dora Decided <${DECIDED}>`, to: [JORDAN], subject: "Hi" });
    expect(await h.waitForVerdict()).toBe("caseOpen");
    await expectText(h.verdict(), "Restrictions decided; the customer has not yet been told");
    await checkBothThemes(h, "timeline-frontline-not-yet-told");

    await h.call("switchUser", MORGAN);
    await openCaseFrom(`Dora Decided <${DECIDED}>`, "Again");
    await decide("Record how the customer was told");
    const wasTold = h.pane.getByRole("radio", { name: "Was told" });
    await expectVisible(wasTold);
    expect(await wasTold.isChecked()).toBe(true);
    await h.pane.getByRole("button", { name: "Record the notice" }).click();
    await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
    const told = await stack.storeFor(JORDAN).getRegisterEntry(ref);
    expect(told?.value.period?.notice).toMatchObject({
      kind: "notified",
      method: "letter",
      givenBy: { name: "Morgan Blake", role: "assistantDirector" },
      prepared: { by: { name: "Jordan Lee" } },
    });

    await h.call("switchUser", ALEX);
    await h.call("openMessage", { from: `Dora Decided <${DECIDED}>`, to: [ALEX], subject: "Now" });
    expect(await h.waitForVerdict()).toBe("outsideTerms");
    await h.screenshot("timeline-told-outside-terms");
  });

  it("the helpdesk manager records an appeal and passes it on; the director decides and signs the letter", async () => {
    const ref = IN_TIME.newCase.entry.ref;
    h = await openHarness(stack, { user: JORDAN });
    await openCaseFrom(`Abe Appeal <${APPEALING}>`, "I appeal");
    await decide("Record an appeal");
    await h.pane
      .getByRole("textbox", { name: /^Why the customer disagrees/ })
      .fill("Letters only is too strict.");
    await h.pane.getByRole("button", { name: "Record the appeal" }).click();
    await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
    await decide("Pass the appeal to the director");
    await h.pane.getByRole("button", { name: "Pass the appeal on" }).click();
    await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
    expect((await stack.storeFor(JORDAN).getRegisterEntry(ref))?.value.appeal.status).toBe(
      "passed",
    );

    await h.call("switchUser", DANA);
    await h.call("clearRecorded");
    await openCaseFrom(`Abe Appeal <${APPEALING}>`, "My appeal");
    await decide("Decide the appeal");
    await expectText(h.pane.locator("form"), /Passed to you on .* by Jordan Lee, with:/);
    await h.pane.getByRole("textbox", { name: /^Reasons/ }).fill("Proportionate to the contact.");
    // Screenshot only: the case screen's tab list (Fluent's focus trap) is the pane's to check.
    await h.screenshot("timeline-director-appeal");
    await h.pane.getByRole("button", { name: "Record the appeal decision" }).click();
    const letter = await printedLetter(h);
    expect(letter).toMatch(/decided to confirm the restrictions/);
    expect(letter).toMatch(/Dana Whitfield\s+Director of Corporate Services/);
    expect((await stack.storeFor(JORDAN).getRegisterEntry(ref))?.value.appeal).toMatchObject({
      status: "decided",
      outcome: "confirmed",
    });
  });

  it("a late appeal waits for a person: the director refers the customer to review", async () => {
    const ref = TOO_LATE.newCase.entry.ref;
    h = await openHarness(stack, { user: JORDAN });
    await openCaseFrom(`Lena Late <${LATE}>`, "Appeal");
    await decide("Record an appeal");
    await expectText(h.pane.locator("form"), /Late appeal: it was received after the 28 days/);
    await h.pane.getByRole("textbox", { name: /^Why the customer disagrees/ }).fill("I was away.");
    await h.pane.getByRole("button", { name: "Record the late appeal" }).click();
    await expectText(h.pane.locator("body"), /The appeal was late\./);
    const held = await stack.storeFor(JORDAN).getRegisterEntry(ref);
    expect(held?.value.appeal.status).toBe("late");
    expect(held?.value.review.status).toBe("none");

    await h.call("switchUser", DANA);
    await h.call("clearRecorded");
    await openCaseFrom(`Lena Late <${LATE}>`, "Appeal");
    await decide("Decide what happens to the late appeal");
    await h.pane.getByRole("radio", { name: /refer the customer to the review process/ }).check();
    await h.pane.getByRole("textbox", { name: /^Reasons/ }).fill("No reason for the delay.");
    await h.pane.getByRole("button", { name: "Record the choice" }).click();
    const letter = await printedLetter(h);
    expect(letter).toMatch(/we will not consider it as an appeal/);
    expect(letter).toMatch(/Dana Whitfield/);
    expect((await stack.storeFor(JORDAN).getRegisterEntry(ref))?.value.appeal.status).toBe(
      "referredToReview",
    );
  });

  it("immediate action for someone who has not written is offered from Find a customer, to the senior deciders only", async () => {
    h = await openHarness(stack, { user: ALEX });
    await h.call("selectMessage", null);
    await expectVisible(h.pane.getByRole("heading", { level: 2, name: "Find a customer" }));
    const offer = /Record immediate action for a customer with no case/;
    expect(await h.pane.getByRole("button", { name: offer }).count()).toBe(0);

    await h.call("switchUser", CHRIS);
    await h.call("selectMessage", null);
    await h.pane.getByRole("button", { name: "Find a customer" }).click();
    await h.pane.getByRole("button", { name: offer }).click();
    const form = h.pane.getByRole("form", { name: /Record immediate action/ });
    await expectVisible(form);
    expect(await form.getByRole("textbox", { name: /Customer's email address/ }).inputValue()).toBe(
      "",
    );
    await form.getByRole("button", { name: "Cancel" }).click();
    // Cancel goes back to where it was opened, with focus on the button that opened it (issue 20).
    await expectVisible(h.pane.getByRole("heading", { level: 2, name: "Find a customer" }));
    const opener = h.pane.getByRole("button", { name: offer });
    await expect.poll(() => opener.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it("the City Solicitor takes immediate action from a message; the sender is blocked at once", async () => {
    h = await openHarness(stack, { user: CHRIS });
    await h.call("openMessage", {
      from: `Tom Threat <${THREAT}>`,
      to: [CHRIS],
      subject: "Watch out",
    });
    expect(await h.waitForVerdict()).toBe("notRestricted");
    await h.pane.getByRole("button", { name: "Record immediate action (threat to staff)" }).click();
    const form = h.pane.getByRole("form", { name: /Record immediate action/ });
    await expectVisible(form);
    expect(await form.getByRole("textbox", { name: /Customer's email address/ }).inputValue()).toBe(
      THREAT,
    );
    await form.getByRole("textbox", { name: /Service whose staff/ }).fill("Housing");
    await form.getByRole("textbox", { name: /^The behaviour/ }).fill("Threatened an officer.");
    await form.getByRole("checkbox", { name: "Report the matter to the police" }).check();
    await form.getByRole("checkbox", { name: "Refuse to engage with the customer" }).check();
    const review = ukDate(new Date(Date.now() + 28 * 86_400_000));
    await form.getByLabel(/^Review date/).fill(review);
    await form.getByRole("textbox", { name: /^Reasons/ }).fill("Immediate risk to staff.");
    await checkBothThemes(h, "timeline-immediate-action-form");
    await form.getByRole("button", { name: "Open the case with the immediate action" }).click();
    await expectVisible(h.pane.getByRole("list", { name: "Decisions you can take" }));
    const found = await stack.storeFor(JORDAN).lookupAddresses([THREAT as EmailAddress]);
    expect(found).toHaveLength(1);
    const entry = await stack.storeFor(JORDAN).getRegisterEntry(found[0]?.ref as CaseRef);
    expect(entry?.value).toMatchObject({
      stage: "restricted",
      period: { origin: "immediate", notice: { kind: "notRequired" } },
    });

    await h.call("switchUser", ALEX);
    await h.call("openMessage", { from: `Tom Threat <${THREAT}>`, to: [ALEX], subject: "Again" });
    expect(await h.waitForVerdict()).toBe("blocked");
    await h.screenshot("timeline-immediate-blocked");
  });
});
