/**
 * Logging a telephone call from the pane (5.2.3: restrictions cover every channel): for a
 * customer allowed letters only, a call is outside the terms, the pane says so, and the emulator
 * holds exactly one UCB Contacts item for it, with channel Phone, even after a double click.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBothThemes } from "./support/a11y";
import { contactItems, restrictedCase, seed } from "./support/cases";
import { expectText, expectVisible } from "./support/expect";
import {
  ALEX,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";

const CALLER = "carl.caller@example.org";
const CALL_CASE = restrictedCase({
  code: "CA11ER",
  name: "Carl Caller",
  address: CALLER,
  terms: { allowedChannels: ["letter"] },
  summary: "Letters only.",
});

describe("logging a call, letter or visit from the pane", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, [CALL_CASE]);
    h = await openHarness(stack, { user: ALEX });
  });
  afterAll(async () => {
    await h?.close();
    await stack?.stop();
  });

  it("logs a telephone call once, shows it outside the terms, and stores one Phone item", async () => {
    const before = (await contactItems(stack, CALL_CASE.newCase.entry.ref)).length;
    await h.call("openMessage", {
      from: `Carl Caller <${CALLER}>`,
      to: [PRIYA],
      subject: "Letter about my rent",
    });
    expect(await h.waitForVerdict()).toBe("outsideTerms");
    await h.pane.getByRole("button", { name: "Log a call, letter or visit" }).click();
    const form = h.pane.getByRole("form", { name: /Log a call, letter or visit/ });
    await expectVisible(form);
    await expect
      .poll(() => form.getByRole("radio", { name: "Telephone call" }).isChecked())
      .toBe(true);
    await form.getByRole("textbox", { name: /Summary/ }).fill("Rang to chase the rent refund");
    await checkBothThemes(h, "other-contact-form");
    await form.getByRole("button", { name: "Log the contact" }).dblclick();

    const verdict = h.pane.getByRole("region", { name: "Verdict on this contact" });
    await expectVisible(verdict);
    expect(await verdict.getAttribute("data-verdict")).toBe("outsideTerms");
    await expectText(verdict, "Received by telephone; contact is allowed by letter only.");
    await expectText(form, "Logged. This contact is now in the case's contact log.");
    await checkBothThemes(h, "other-contact-logged");

    const items = await contactItems(stack, CALL_CASE.newCase.entry.ref);
    expect(items).toHaveLength(before + 1);
    const phone = items.filter((i) => i.fields["Channel"] === "Phone");
    expect(phone).toHaveLength(1);
    expect(phone[0]?.fields).toMatchObject({
      Direction: "Inbound",
      Subject: "Rang to chase the rent refund",
      StaffEmail: ALEX,
      Verdict: "Outside terms",
    });

    // Closing returns to the message, its actions and the opener, with nothing more stored.
    await form.getByRole("button", { name: "Close" }).click();
    await expectVisible(h.pane.getByRole("button", { name: "Log a call, letter or visit" }));
    expect(await contactItems(stack, CALL_CASE.newCase.entry.ref)).toHaveLength(before + 1);
  });
});
