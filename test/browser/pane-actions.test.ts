/**
 * What staff do from the pane, checked in what the emulator stored: logging a contact (a double
 * click and a reload still store one item), a step-one concern on an unknown sender (the case in
 * the lists, a reply draft opened), and a referral (the message to the helpdesk manager opened,
 * the case's stage changed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseRef, EmailAddress } from "../../src/domain/types";
import { checkBothThemes } from "./support/a11y";
import { monitoringCase, restrictedCase, seed } from "./support/cases";
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

const LOGGER = "larry.logger@example.org";
const REFERRED = "rita.referral@example.org";
const NEWCOMER = "nina.newcomer@example.org";
const SINCE = new Date(Date.now() - 400 * 86_400_000);

const LOG_CASE = restrictedCase({
  code: "G0GGD1",
  name: "Larry Logger",
  address: LOGGER,
  terms: { volumes: [{ max: 5, per: "week" }] },
  summary: "At most five contacts a week.",
});
const REFER_CASE = monitoringCase("REFR01", "Rita Referral", REFERRED);

describe("actions in the task pane", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, [LOG_CASE, REFER_CASE]);
  });
  afterAll(async () => stack?.stop());

  describe("as frontline staff", () => {
    let h: HarnessPage;
    beforeAll(async () => {
      h = await openHarness(stack, { user: ALEX });
    });
    afterAll(async () => h?.close());

    it("logs a contact once, even after a double click and a reload", async () => {
      const messageId = "<double-click-1@mail.example.org>";
      await h.call("openMessage", {
        from: `Larry Logger <${LOGGER}>`,
        to: [PRIYA],
        subject: "Bins, again",
        internetMessageId: messageId,
      });
      await h.waitForVerdict();
      await h.pane.getByRole("button", { name: "Log this contact" }).dblclick();
      await expectText(h.pane.getByRole("region", { name: "Log this contact" }), /logged/i);
      await h.screenshot("log-contact-logged");
      await h.call("reloadPane");
      await h.waitForVerdict();
      await expectText(h.pane.getByRole("region", { name: "Log this contact" }), /already/i);
      await checkBothThemes(h, "log-contact-already-logged");
      const contacts = await stack.storeFor(JORDAN).listContacts(LOG_CASE.newCase.entry.ref, SINCE);
      expect(contacts.filter((c) => c.messageId === messageId)).toHaveLength(1);
    });
  });

  describe("as a service manager", () => {
    let h: HarnessPage;
    beforeAll(async () => {
      h = await openHarness(stack, { user: PRIYA });
    });
    afterAll(async () => h?.close());

    it("raises a step-one concern on an unknown sender: the case is in the lists and a reply opens", async () => {
      await h.call("clearRecorded");
      await h.call("openMessage", {
        from: `Nina Newcomer <${NEWCOMER}>`,
        to: [PRIYA],
        subject: "Ninth email today",
      });
      expect(await h.waitForVerdict()).toBe("notRestricted");
      await h.pane.getByRole("button", { name: "Raise a step-one concern" }).click();
      const form = h.pane.getByRole("form", { name: "Raise a step-one concern" });
      await expectVisible(form);
      await form.getByRole("checkbox", { name: "Excessive demands on time" }).check();
      await form
        .getByRole("textbox", { name: /Details of the behaviour/ })
        .fill("Nine emails today to five officers about the same parking fine.");
      await form.getByRole("textbox", { name: /Service most impacted/ }).fill("Parking");
      await form.getByRole("textbox", { name: /Proposed SPOC: name/ }).fill("Priya Shah");
      await form.getByRole("textbox", { name: /Proposed SPOC: email/ }).fill(PRIYA);
      // The arrangement is proposed as terms (issue 10): one email a week, to the SPOC only.
      await form.getByRole("button", { name: "Add a volume allowance" }).click();
      await form
        .getByRole("checkbox", {
          name: "Contact only with the SPOC (or the deputy in their absence)",
        })
        .check();
      await checkBothThemes(h, "step-one-form");
      await form.getByRole("button", { name: "Raise the concern" }).click();
      await expectVisible(h.pane.getByRole("heading", { name: "Step-one concern raised" }));
      await h.screenshot("step-one-raised");

      const store = stack.storeFor(JORDAN);
      const found = await store.lookupAddresses([NEWCOMER as EmailAddress]);
      expect(found).toHaveLength(1);
      const ref = found[0]?.ref as CaseRef;
      expect((await store.getRegisterEntry(ref))?.value.stage).toBe("stepOne");
      const stepOne = (await store.getCaseFile(ref))?.value.stepOne;
      expect(stepOne?.serviceMostImpacted).toBe("Parking");
      expect(stepOne?.proposedTerms).toEqual({
        volumes: [{ max: 1, per: "week", channels: ["email"] }],
        spocOnly: true,
      });
      const { forms } = await h.call("recorded");
      expect(forms.filter((f) => f.kind === "reply")).toHaveLength(1);
    });

    it("refers a monitored case: a message to the helpdesk manager opens and the stage changes", async () => {
      await h.call("clearRecorded");
      await h.call("openMessage", {
        from: `Rita Referral <${REFERRED}>`,
        to: [PRIYA],
        subject: "Application – yet again",
      });
      await h.waitForVerdict();
      await h.pane.getByRole("button", { name: /Refer to the city helpdesk manager/i }).click();
      const submit = h.pane.getByRole("button", { name: "Refer and open the message" });
      await expectVisible(submit);
      await checkBothThemes(h, "referral-form");
      await submit.click();
      await expect
        .poll(async () => (await h.call("recorded")).forms.filter((f) => f.kind === "newMessage"))
        .toHaveLength(1);
      const { forms } = await h.call("recorded");
      expect(forms[0]?.to).toContain(JORDAN);
      expect(forms[0]?.text).toMatch(/Rita Referral/);
      const entry = await stack.storeFor(JORDAN).getRegisterEntry(REFER_CASE.newCase.entry.ref);
      expect(entry?.value.stage).toBe("referred");
      await h.screenshot("referral-sent");
    });
  });
});
