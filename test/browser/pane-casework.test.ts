/**
 * Casework in the pane for every role (issue 12), in real Chromium through the harness, each
 * view at 320 and 800 pixels wide (screenshots in test-results/browser, no horizontal scroll,
 * axe clean): finding a customer without an email and logging their call; each role's work
 * queues; and one case from a step-one concern to a decided appeal, switching users in the
 * harness page without reloading it, where every screen agrees with every other after each step.
 */
import type { FrameLocator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseRef, EmailAddress } from "../../src/domain/types";
import { localDateOf } from "../../src/domain/zonedTime";
import { ukDateText } from "../../src/taskpane/forms/ukDate";
import { seed } from "./support/cases";
import { expectText, expectVisible } from "./support/expect";
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
import { checkWidths, tallPage } from "./support/widths";
import { workCases } from "./support/workCases";

const CASES = workCases();
const NEWCOMER = "fiona.fullpath@example.org";
const SINCE = new Date(Date.now() - 400 * 86_400_000);

/** "24/11/2026": today, typed the UK way. */
function ukToday(): string {
  return ukDateText(localDateOf(new Date(), "Europe/London"));
}

function queue(pane: FrameLocator, title: RegExp) {
  return pane.getByRole("region", { name: title });
}

async function openMyWork(h: HarnessPage) {
  await h.pane
    .getByRole("navigation", { name: "Pane" })
    .getByRole("button", { name: "My work" })
    .click();
  await expectVisible(h.pane.getByRole("heading", { level: 2, name: "My work" }));
  await expectText(h.pane.locator("body"), /items?, oldest first|Nothing is waiting/);
}

describe("casework in the pane", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, CASES.all);
    h = await openHarness(stack, { user: ALEX });
    await tallPage(h);
  });
  afterAll(async () => {
    await h?.close();
    await stack?.stop();
  });

  describe("finding any customer without an email", () => {
    it("finds a customer by any word of the name, folded, and frontline staff log their call", async () => {
      await h.call("switchUser", ALEX);
      await h.call("selectMessage", null);
      // No message open: frontline staff start on the search.
      await expectVisible(h.pane.getByRole("heading", { level: 2, name: "Find a customer" }));
      const search = h.pane.getByRole("searchbox", { name: /Name, case reference/ });
      for (const typed of ["o'brien", "obrien", "SIOBHAN", "obrien siob"]) {
        await search.fill(typed);
        await h.pane.getByRole("button", { name: "Search" }).click();
        await expectVisible(
          h.pane.getByRole("button", {
            name: `Siobhán O’Brien, ${CASES.obrien.newCase.entry.ref}`,
          }),
        );
      }
      await search.fill("schafer");
      await h.pane.getByRole("button", { name: "Search" }).click();
      const schafer = h.pane.getByRole("button", {
        name: `Jürgen Schäfer, ${CASES.schafer.newCase.entry.ref}`,
      });
      await expectVisible(schafer);
      await checkWidths(h, "find-results");

      // The answer before the call ends: a phone call from a letters-only customer is outside.
      await schafer.click();
      const now = h.pane.getByRole("region", { name: "If they contact you now" });
      await expectText(now, "Restricted customer: a call now is outside the terms");
      await expectText(h.pane.locator("body"), "Contact by letter only.");
      await expectText(h.pane.locator("body"), "Priya Shah");
      await checkWidths(h, "find-customer-card");

      await h.pane.getByRole("button", { name: "Log a call, letter or visit" }).click();
      const form = h.pane.getByRole("form", {
        name: /Log a call, letter or visit: Jürgen Schäfer/,
      });
      await expectVisible(form);
      // The form replaces the card it acts on.
      expect(await h.pane.getByRole("region", { name: "If they contact you now" }).count()).toBe(0);
      await form.getByRole("textbox", { name: /Summary/ }).fill("Phoned about the repairs letter.");
      await checkWidths(h, "find-log-call-form");
      await form.getByRole("button", { name: "Log the contact" }).click();
      await expectText(form, "Logged.");
      await form.getByRole("button", { name: "Close" }).click();
      await expectVisible(h.pane.getByRole("region", { name: "If they contact you now" }));

      const logged = await stack
        .storeFor(JORDAN)
        .listContacts(CASES.schafer.newCase.entry.ref, SINCE);
      expect(logged.map((c) => [c.channel, c.subject, c.verdict])).toContainEqual([
        "phone",
        "Phoned about the repairs letter.",
        "outsideTerms",
      ]);
    });

    it("lets a decider open the case found, with the contacts per week drawn", async () => {
      await h.call("switchUser", JORDAN);
      await h.call("selectMessage", null);
      await h.pane.getByRole("button", { name: "Find a customer" }).click();
      await h.pane.getByRole("searchbox").fill(CASES.obrien.newCase.entry.ref.toLowerCase());
      await h.pane.getByRole("button", { name: "Search" }).click();
      await h.pane.getByRole("button", { name: /^Siobhán O’Brien/ }).click();
      await expectVisible(h.pane.getByRole("heading", { level: 2, name: "Siobhán O’Brien" }));
      await h.pane.getByRole("tab", { name: "Summary" }).click();
      const chart = h.pane.getByRole("region", { name: "Contacts per week" });
      await expectText(
        chart,
        /13 contacts from the customer in the last 12 weeks, 3 outside the terms; allowance: 1 email a week\./,
      );
      await expectVisible(chart.locator("svg").first());
      await checkWidths(h, "case-summary-chart", () => expectVisible(chart.locator("svg").first()));
      // The numbers, for screen readers and anyone who prefers them.
      await chart.getByText("The numbers").click();
      expect(await chart.getByRole("row").count()).toBe(13);
    });
  });

  describe("My work, by role", () => {
    const cases: readonly (readonly [string, string, readonly (readonly [RegExp, string])[]])[] = [
      [
        PRIYA,
        "service-manager",
        [
          [/^Concerns to confirm in writing \(1\)/, "Nadia Unconfirmed"],
          [/^Contact outside the agreed arrangement \(1\)/, "Martin Monitor"],
        ],
      ],
      [
        JORDAN,
        "helpdesk-manager",
        [
          [/^Restrictions to decide \(1\)/, "Alma Assessed"],
          [/^Notices to prepare \(1\)/, "Petra Pending"],
          [/^Reviews to decide \(1\)/, "Rhiannon Review"],
          [/^Appeals to gather and pass to the director \(1\)/, "Abel Appeal"],
          [/^Past their retention date \(1\)/, "Rita Retained"],
        ],
      ],
      [
        MORGAN,
        "assistant-director",
        [
          [/^Notices to give \(1\)/, "Petra Pending"],
          [/^Decisions not to tell the customer \(1\)/, "Ned Nottold"],
        ],
      ],
      // Petra's notice is the assistant director's to give (5.2.4); extreme measures are the
      // City Solicitor's to decide as well (5.2.5).
      [CHRIS, "city-solicitor", [[/^Restrictions to decide \(1\)/, "Alma Assessed"]]],
      // The director decides the appeal the helpdesk manager has passed on, not one received.
      [DANA, "director", [[/^Appeals to decide \(1\)/, "Paula Passed"]]],
    ];

    it.each(cases)(
      "gives %s their queues, oldest first, overdue marked",
      async (upn, name, expected) => {
        await h.call("switchUser", upn);
        await h.call("selectMessage", null);
        // No message open: a deciding role starts on their work.
        await expectVisible(h.pane.getByRole("heading", { level: 2, name: "My work" }));
        for (const [title, customer] of expected) {
          await expectText(queue(h.pane, title), customer);
        }
        await checkWidths(h, `my-work-${name}`);
      },
    );

    it("marks overdue work in words and opens the case from the queue", async () => {
      await h.call("switchUser", PRIYA);
      await h.call("selectMessage", null);
      const confirm = queue(h.pane, /^Concerns to confirm in writing/);
      await expectText(confirm, /Overdue: it was due by .* \(4 days ago\)\./);
      await confirm.getByRole("button", { name: /Nadia Unconfirmed/ }).click();
      // A service manager's case opens as its card: step one's progress and what is next.
      const stepOne = h.pane.getByRole("region", { name: "Step one (5.1)" });
      await expectText(stepOne, "Not yet.");
      await expectVisible(stepOne.getByRole("button", { name: "Record the confirmation" }));
      await checkWidths(h, "my-work-opened-step-one");
    });
  });

  describe("one case from step one to a decided appeal, every screen agreeing", () => {
    let ref: CaseRef;
    const verdict = () => h.verdict();

    it("raises a step-one concern: the sender is on the register at once, and it is not offered again", async () => {
      await h.call("switchUser", PRIYA);
      await h.call("openMessage", {
        from: `Fiona Fullpath <${NEWCOMER}>`,
        to: [PRIYA],
        subject: "Eleventh email today",
      });
      expect(await h.waitForVerdict()).toBe("notRestricted");
      await h.pane.getByRole("button", { name: "Raise a step-one concern" }).click();
      const form = h.pane.getByRole("form", { name: "Raise a step-one concern" });
      await expectVisible(form);
      // The form replaces the message's view.
      expect(await h.pane.getByRole("region", { name: "Verdict" }).count()).toBe(0);
      await form.getByRole("checkbox", { name: "Excessive demands on time" }).check();
      await form
        .getByRole("textbox", { name: /Details of the behaviour/ })
        .fill("Eleven emails today.");
      await form.getByRole("textbox", { name: /Service most impacted/ }).fill("Council tax");
      await form.getByRole("textbox", { name: /Proposed SPOC: name/ }).fill("Priya Shah");
      await form.getByRole("textbox", { name: /Proposed SPOC: email/ }).fill(PRIYA);
      // The arrangement, as terms (issue 10): one email a week, to the SPOC only.
      await form.getByRole("button", { name: "Add a volume allowance" }).click();
      await form
        .getByRole("checkbox", {
          name: "Contact only with the SPOC (or the deputy in their absence)",
        })
        .check();
      await form.getByRole("button", { name: "Raise the concern" }).click();
      await expectVisible(h.pane.getByRole("heading", { name: "Step-one concern raised" }));
      await h.pane.getByRole("button", { name: "Close" }).click();

      await expectText(verdict(), "this customer's case is at step one");
      expect(await h.pane.getByRole("button", { name: "Raise a step-one concern" }).count()).toBe(
        0,
      );
      const found = await stack.storeFor(JORDAN).lookupAddresses([NEWCOMER as EmailAddress]);
      ref = found[0]?.ref as CaseRef;
      expect(ref).toBeDefined();
      const stepOne = h.pane.getByRole("region", { name: "Step one (5.1)" });
      await expectText(stepOne, "Not yet.");
      // Not yet confirmed in writing: a referral is not the next step.
      expect(await h.pane.getByRole("button", { name: /Refer to the/ }).count()).toBe(0);
      await checkWidths(h, "path-1-step-one-raised");
    });

    it("records the written confirmation typed day/month/year, then the answer: only what is next is offered", async () => {
      const stepOne = h.pane.getByRole("region", { name: "Step one (5.1)" });
      const date = stepOne.getByRole("textbox", { name: /confirmed to the customer in writing/ });
      await expect.poll(() => date.inputValue()).toBe(ukToday());
      await date.fill(ukToday());
      await stepOne.getByRole("button", { name: "Record the confirmation" }).click();
      await expectText(
        stepOne,
        /Confirmed to the customer\s*\w+day \d+ \w+ \d{4}, in writing, by letter\./,
      );
      expect(await stepOne.getByRole("button", { name: "Record the confirmation" }).count()).toBe(
        0,
      );
      await checkWidths(h, "path-2-confirmed");

      await stepOne.getByRole("button", { name: "The customer did not agree" }).click();
      await expectText(stepOne, "Did not agree");
      expect(await stepOne.getByRole("button", { name: /The customer/ }).count()).toBe(0);
      // 5.1: the offer of a representative is on record before a referral (5.2.1).
      expect(await h.pane.getByRole("button", { name: /Refer to the/ }).count()).toBe(0);
      await stepOne.getByRole("button", { name: "Record the offer of a representative" }).click();
      await stepOne.getByRole("radio", { name: "Declined" }).check();
      await checkWidths(h, "path-2-representative-offer");
      await stepOne.getByRole("button", { name: "Record the offer" }).click();
      await expectText(stepOne, /Offered on \w+day \d+ \w+ \d{4}; declined\./);
      expect(
        await stepOne.getByRole("button", { name: "Record the offer of a representative" }).count(),
      ).toBe(0);
      await expectVisible(
        h.pane.getByRole("button", { name: "Refer to the city helpdesk manager" }),
      );
    });

    it("refers the case with the evidence charted; the referral is not offered again", async () => {
      await h.call("clearRecorded");
      await h.pane.getByRole("button", { name: "Refer to the city helpdesk manager" }).click();
      const submit = h.pane.getByRole("button", { name: "Refer and open the message" });
      await expectVisible(submit);
      await expectVisible(h.pane.getByRole("region", { name: "Contacts per week" }));
      await checkWidths(h, "path-3-referral-form");
      await submit.click();
      await expectVisible(
        h.pane.getByRole("heading", { name: /Referred to the city helpdesk manager/ }),
      );
      await h.pane.getByRole("button", { name: "Close" }).click();
      await expectText(verdict(), "referred to the city helpdesk manager");
      expect(await h.pane.getByRole("button", { name: /Refer to the/ }).count()).toBe(0);
      expect(await h.pane.getByRole("region", { name: "Step one (5.1)" }).count()).toBe(0);
      expect((await stack.storeFor(JORDAN).getRegisterEntry(ref))?.value.stage).toBe("referred");
    });

    it("lets the helpdesk manager assess it and impose restrictions from their queue; the verdict follows", async () => {
      await h.call("switchUser", JORDAN);
      await openMyWork(h);
      const referrals = queue(h.pane, /^Referrals to assess \(1\)/);
      await referrals.getByRole("button", { name: /Fiona Fullpath/ }).click();
      await expectVisible(h.pane.getByRole("heading", { level: 2, name: "Fiona Fullpath" }));
      await h.pane.getByRole("button", { name: "Assess the referral" }).click();
      // 5.2.2: the assistant director and the service manager, each consulted on a date.
      for (const [i, [name, email]] of [
        ["Morgan Blake", MORGAN],
        ["Priya Shah", PRIYA],
      ].entries()) {
        const person = h.pane.getByRole("group", { name: `Person ${i + 1}` });
        await person.getByRole("textbox", { name: "Name" }).fill(name ?? "");
        await person.getByRole("textbox", { name: "Email address" }).fill(email ?? "");
        await person.getByRole("textbox", { name: /^Date consulted/ }).fill(ukToday());
      }
      await h.pane.getByRole("textbox", { name: /^Reasons/ }).fill("Contact continues daily.");
      // The form replaces the case's tabs.
      expect(await h.pane.getByRole("tablist").count()).toBe(0);
      await checkWidths(h, "path-4-assessment-form");
      await h.pane.getByRole("button", { name: "Record the assessment" }).click();
      await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
      await expectText(
        h.pane.locator("article"),
        "This case is assessed and awaiting restrictions.",
      );

      await h.pane.getByRole("button", { name: "Impose restrictions" }).click();
      const allowed = h.pane.getByRole("group", { name: /Contact only by/ });
      await allowed.getByRole("checkbox", { name: "Letter" }).check();
      const last = h.pane.getByRole("textbox", { name: /^Last day/ });
      await last.fill("31/05/2027");
      await h.pane
        .getByRole("textbox", { name: /^Reasons/ })
        .fill("Daily emails to many officers.");
      await checkWidths(h, "path-5-restrictions-form");
      await h.pane.getByRole("button", { name: "Impose restrictions" }).click();
      await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
      await expectText(
        h.pane.locator("article"),
        "This case is under restrictions decided but not yet told to the customer.",
      );
      await expectText(
        h.pane.locator("article"),
        "Restrictions decided; the customer has not yet been told.",
      );
      const entry = (await stack.storeFor(JORDAN).getRegisterEntry(ref))?.value;
      expect(entry?.period?.end).toBe("2027-05-31");

      // Back to the message: until the customer is told (5.2.4) the verdict says so, and the
      // case and its actions agree with it.
      await h.pane.getByRole("button", { name: "This message" }).click();
      await expectText(verdict(), "Restrictions decided; the customer has not yet been told");
      expect(await h.pane.getByText(/Not restricted/).count()).toBe(0);
      await checkWidths(h, "path-6-decided-not-told");
    });

    it("lets the assistant director tell the customer from their queue; the terms bind and the verdict follows", async () => {
      await h.call("switchUser", MORGAN);
      await openMyWork(h);
      const notices = queue(h.pane, /^Notices to give \(2\)/);
      await checkWidths(h, "path-7-notices-to-give");
      await notices.getByRole("button", { name: /Fiona Fullpath/ }).click();
      await h.pane.getByRole("button", { name: "Record how the customer was told" }).click();
      await h.pane.getByRole("button", { name: "Record the notice" }).click();
      await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
      // Once the case is read again (at once, but not synchronously), the step is not offered.
      await expect
        .poll(() =>
          h.pane.getByRole("button", { name: "Record how the customer was told" }).count(),
        )
        .toBe(0);
      const told = (await stack.storeFor(JORDAN).getRegisterEntry(ref))?.value.period?.notice;
      expect(told).toMatchObject({ kind: "notified", givenBy: { name: "Morgan Blake" } });

      // The message open arrived before she was told: judged as then (5.2.4).
      await h.pane.getByRole("button", { name: "This message" }).click();
      await expectText(verdict(), "Not restricted yet: restrictions apply from");
      // Her next email is judged against the terms that now bind: letters only.
      await h.call("openMessage", {
        from: `Fiona Fullpath <${NEWCOMER}>`,
        to: [PRIYA],
        subject: "Twelfth email",
      });
      expect(await h.waitForVerdict()).toBe("outsideTerms");
      await expectText(verdict(), "Restricted customer: this message is outside the terms");
      await expectText(
        h.pane.getByRole("region", { name: "Fiona Fullpath" }),
        "under restrictions",
      );
      expect(await h.pane.getByText(/Not restricted|not yet been told/).count()).toBe(0);
      await checkWidths(h, "path-8-restricted-message");
    });

    it("records the appeal and passes it on; it goes to the director's queue; the director decides it", async () => {
      await h.call("switchUser", JORDAN);
      await h.pane.getByRole("button", { name: "Open case" }).click();
      await h.pane.getByRole("button", { name: "Record an appeal" }).click();
      await h.pane
        .getByRole("textbox", { name: /Why the customer disagrees/ })
        .fill("Letters only is too strict for me.");
      await h.pane.getByRole("button", { name: "Record the appeal" }).click();
      await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
      await expect
        .poll(() => h.pane.getByRole("button", { name: "Record an appeal" }).count())
        .toBe(0);
      await openMyWork(h);
      const gather = queue(h.pane, /^Appeals to gather and pass to the director \(2\)/);
      await gather.getByRole("button", { name: /Fiona Fullpath/ }).click();
      await h.pane.getByRole("button", { name: "Pass the appeal to the director" }).click();
      await h.pane.getByRole("button", { name: "Pass the appeal on" }).click();
      await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
      await openMyWork(h);
      await expectText(
        queue(h.pane, /^Appeals to gather and pass to the director \(1\)/),
        "Abel Appeal",
      );

      await h.call("switchUser", DANA);
      await openMyWork(h);
      const appeals = queue(h.pane, /^Appeals to decide \(2\)/);
      await checkWidths(h, "path-9-director-queue");
      await appeals.getByRole("button", { name: /Fiona Fullpath/ }).click();
      await h.pane.getByRole("button", { name: "Decide the appeal" }).click();
      await h.pane.getByRole("radio", { name: "Confirm the conditions" }).check();
      await h.pane
        .getByRole("textbox", { name: /^Reasons/ })
        .fill("The restrictions are proportionate.");
      await checkWidths(h, "path-10-appeal-decision-form");
      await h.pane.getByRole("button", { name: "Record the appeal decision" }).click();
      await expectVisible(h.pane.getByRole("heading", { name: "Decision saved" }));
      await expect
        .poll(() => h.pane.getByRole("button", { name: "Decide the appeal" }).count())
        .toBe(0);
      await checkWidths(h, "path-11-appeal-decided");
      await openMyWork(h);
      await expectText(queue(h.pane, /^Appeals to decide \(1\)/), "Paula Passed");
      const entry = (await stack.storeFor(JORDAN).getRegisterEntry(ref))?.value;
      expect(entry?.appeal.status).toBe("decided");
    });
  });
});
