/**
 * What the pane shows for issue 10, in real Chromium against the emulator: a message to the SPOC
 * copied to other officers, a visit from a customer barred from council premises logged through
 * "Log a call, letter or visit" (with conditions the add-in cannot check), contact outside an
 * arrangement agreed at step one (and the referral's evidence of it), and a sender whose
 * address is internationalised. Each is checked in what the emulator stored, and with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBothThemes } from "./support/a11y";
import { arrangedCase, contactItems, restrictedCase, seed } from "./support/cases";
import { expectText, expectVisible } from "./support/expect";
import {
  ALEX,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";

const COPIER = "cora.copies@example.org";
const VISITOR = "victor.visits@example.org";
const ARRANGED = "arthur.arranged@example.org";
const UNICODE_STORED = "jürgen.müller@xn--bcher-kva.example";
const UNICODE_AS_WRITTEN = "Jürgen Müller <Jürgen.Müller@Bücher.example>";
const COLLEAGUE = "benefits@council.example";

const COPIER_CASE = restrictedCase({
  code: "C0P1ED",
  name: "Cora Copies",
  address: COPIER,
  terms: { spocOnly: true },
  summary: "Contact Priya Shah only (Alex Morgan when Priya is away).",
});
const VISITOR_CASE = restrictedCase({
  code: "V1S1TS",
  name: "Victor Visits",
  address: VISITOR,
  terms: {
    allowedChannels: ["email", "letter"],
    extreme: {
      blockedChannels: [],
      premisesRestriction: "May not enter the Civic Offices",
    },
    otherConditions: ["Meetings only with two officers present."],
  },
  summary: "Email or letter only; no entry to the Civic Offices; meetings with two officers.",
});
const ARRANGED_CASE = arrangedCase({
  code: "ARR4NG",
  name: "Arthur Arranged",
  address: ARRANGED,
  terms: { volumes: [{ max: 1, per: "fortnight", channels: ["email"] }], spocOnly: true },
  summary: "At most 1 email a fortnight. Only with the SPOC, Priya Shah.",
});
const UNICODE_CASE = restrictedCase({
  code: "J8RG3N",
  name: "Jürgen Müller",
  address: UNICODE_STORED,
  terms: { allowedChannels: ["letter"] },
  summary: "Letters only.",
});

describe("terms the policy allows, and the arrangement of step one, in the pane", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, [COPIER_CASE, VISITOR_CASE, ARRANGED_CASE, UNICODE_CASE]);
  });
  afterAll(async () => stack?.stop());

  describe("as frontline staff", () => {
    let h: HarnessPage;
    beforeAll(async () => {
      h = await openHarness(stack, { user: ALEX });
    });
    afterAll(async () => h?.close());

    it("says a message to the SPOC copied to other officers is outside the terms, names them, and logs why", async () => {
      const id = await h.call("openMessage", {
        from: `Cora Copies <${COPIER}>`,
        to: ["Priya Shah <priya.shah@council.example>"],
        cc: [COLLEAGUE, "Councillor Jones <cllr.jones@council.example>"],
        subject: "Benefit backdating, again",
        internetMessageId: "<copied-1@mail.example.org>",
      });
      expect(await h.waitForVerdict()).toBe("outsideTerms");
      const verdict = h.verdict();
      await expectText(
        verdict,
        "Also sent to other council officers: benefits@council.example and cllr.jones@council.example",
      );
      await expectText(verdict, "replies: to the customer alone, not to all");
      const bar = await h.call("notificationsOn", id);
      expect(bar[0]?.message).toBe(
        "Restricted customer: outside the terms. Copied to other officers: only the SPOC, Priya Shah, replies (no reply-all). Log this contact.",
      );
      expect(bar[0]?.message.length).toBeLessThanOrEqual(150);
      await checkBothThemes(h, "verdict-copied-to-officers");

      await h.pane.getByRole("button", { name: "Log this contact" }).click();
      await expectText(h.pane.getByRole("region", { name: "Log this contact" }), /logged/i);
      await expect
        .poll(async () => (await contactItems(stack, COPIER_CASE.newCase.entry.ref)).length)
        .toBe(1);
      const [item] = await contactItems(stack, COPIER_CASE.newCase.entry.ref);
      expect(item?.fields).toMatchObject({
        Verdict: "Outside terms",
        VerdictReasons: "Copied to other council officers",
      });
      // Once logged, neither the pane nor the message asks for it to be logged again.
      await expect
        .poll(async () => (await h.call("notificationsOn", id))[0]?.message ?? "")
        .toBe(
          "Restricted customer: outside the terms. Copied to other officers: only the SPOC, Priya Shah, replies (no reply-all). Already in the contact log.",
        );
    });

    it("blocks a visit from a customer barred from council premises, logged as a visit", async () => {
      await h.call("openMessage", {
        from: `Victor Visits <${VISITOR}>`,
        to: [PRIYA],
        subject: "I am coming in tomorrow",
      });
      expect(await h.waitForVerdict()).toBe("withinTerms");
      const conditions = h.pane.getByRole("region", {
        name: "Other conditions, not checked by the add-in",
      });
      await expectText(conditions, "Meetings only with two officers present.");

      await h.pane.getByRole("button", { name: "Log a call, letter or visit" }).click();
      const form = h.pane.getByRole("form", { name: /Log a call, letter or visit/ });
      await expectVisible(form);
      await form.getByRole("radio", { name: "Visit in person" }).check();
      await form
        .getByRole("textbox", { name: /Summary/ })
        .fill("Came to the Civic Offices reception and would not leave");
      await form.getByRole("button", { name: "Log the contact" }).click();

      const verdict = h.pane.getByRole("region", { name: "Verdict on this contact" });
      await expectVisible(verdict);
      expect(await verdict.getAttribute("data-verdict")).toBe("blocked");
      await expectText(verdict, "access to council premises is restricted (5.2.5)");
      await expectText(verdict, "call the duty manager or security");
      await expectText(verdict, "Not checked by the add-in");
      await checkBothThemes(h, "visit-barred-from-premises");

      const items = await contactItems(stack, VISITOR_CASE.newCase.entry.ref);
      expect(items).toHaveLength(1);
      expect(items[0]?.fields).toMatchObject({
        Channel: "In person",
        Verdict: "Blocked",
        VerdictReasons: "Visit while premises restricted; Channel not allowed",
      });
      await form.getByRole("button", { name: "Close" }).click();
    });

    it("matches a sender with an internationalised address, however Outlook writes it", async () => {
      await h.call("openMessage", {
        from: UNICODE_AS_WRITTEN,
        to: [PRIYA],
        subject: "Parkausweis",
      });
      expect(await h.waitForVerdict()).toBe("outsideTerms");
      const main = h.pane.locator("main");
      await expectText(main, "Jürgen Müller");
      await expectText(h.verdict(), "Received by email; contact is allowed by letter only.");
      expect(await main.textContent()).not.toMatch(/no sender address/i);
      await checkBothThemes(h, "verdict-unicode-sender");
    });
  });

  describe("as the service manager monitoring an arrangement", () => {
    let h: HarnessPage;
    beforeAll(async () => {
      h = await openHarness(stack, { user: PRIYA });
    });
    afterAll(async () => h?.close());

    it("judges contact against the agreed arrangement, logs it, and the referral counts it", async () => {
      const id = await h.call("openMessage", {
        from: `Arthur Arranged <${ARRANGED}>`,
        to: ["planning@council.example"],
        subject: "My application",
        internetMessageId: "<arranged-1@mail.example.org>",
      });
      expect(await h.waitForVerdict()).toBe("outsideArrangement");
      await expectText(
        h.verdict(),
        "Not restricted, but this message is outside the arrangement agreed at step one",
      );
      await expectText(h.verdict(), "not to the SPOC, Priya Shah");
      await expectVisible(h.pane.getByRole("heading", { name: "Arrangement agreed at step one" }));
      const bar = await h.call("notificationsOn", id);
      expect(bar[0]?.message).toBe(
        "Known customer, not restricted: outside the arrangement agreed at step one (1 email a fortnight; SPOC only). Log it: it is monitoring evidence.",
      );
      await checkBothThemes(h, "verdict-outside-arrangement");

      await h.pane.getByRole("button", { name: "Log this contact" }).click();
      await expectText(h.pane.getByRole("region", { name: "Log this contact" }), /logged/i);
      await expect
        .poll(async () => (await contactItems(stack, ARRANGED_CASE.newCase.entry.ref)).length)
        .toBe(1);
      const [item] = await contactItems(stack, ARRANGED_CASE.newCase.entry.ref);
      expect(item?.fields).toMatchObject({
        Verdict: "Outside arrangement",
        VerdictReasons: "Not addressed to the SPOC or deputy",
      });

      await h.pane.getByRole("button", { name: /Refer to the city helpdesk manager/i }).click();
      const evidence = h.pane.getByRole("textbox", { name: /Monitoring evidence/ });
      await expectVisible(evidence);
      expect(await evidence.inputValue()).toMatch(
        /1 contact was outside the agreed arrangement \(of 1 checked against it\), on /,
      );
      await h.screenshot("referral-evidence-outside-arrangement");
      await h.pane.getByRole("button", { name: "Cancel" }).click();
    });
  });
});
