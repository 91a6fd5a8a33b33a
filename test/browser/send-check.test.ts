/**
 * The check at the moment of sending, in real Chromium: the harness presses Send, Outlook's
 * OnMessageSend runs the real handler in the event runtime (launchevent.html with the built
 * launchevent.js), and Outlook's Smart Alerts dialog shows what it said. Replying to a restricted
 * customer, adding one to Cc, letters-only and blocked terms, restrictions not yet told, a failing
 * SharePoint, an unrestricted recipient, a shared mailbox, and an older Outlook.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { customer, demoBuilders, representative, type DemoCase } from "../../scripts/demo/builders";
import {
  JORDAN as JORDAN_ACTOR,
  MORGAN as MORGAN_ACTOR,
  person,
  PRIYA as PRIYA_ACTOR,
} from "../../scripts/demo/people";
import { seed } from "./support/cases";
import {
  ALEX,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";
import type { RestrictionTerms } from "../../src/domain/types";

const SPOC_ONLY = "rowan.price@example.org";
const RUTH_REP = "ruth.advocate@advocacy.example";
const LETTERS = "casey.lane@example.org";
const BLOCKED = "drew.mills@example.org";
const UNTOLD = "ellis.hart@example.org";
const STRANGER = "sam.someone@example.net";
const HOUSING = "housing@council.example";

const b = demoBuilders(new Date());

/** A restricted case whose SPOC is Priya Shah and deputy Jordan Lee: Alex Morgan is neither. */
function restricted(
  code: string,
  name: string,
  senders: Parameters<typeof b.restrictedCase>[4],
  terms: RestrictionTerms,
  summary: string,
  notice: "notified" | "pending" = "notified",
): DemoCase {
  return b.restrictedCase(
    code,
    20,
    name,
    "Housing",
    senders,
    b.restriction(20, 6, MORGAN_ACTOR, terms, summary, notice),
    summary,
    () => [],
    { spoc: person(PRIYA_ACTOR), deputy: person(JORDAN_ACTOR) },
  );
}

const CASES = [
  restricted(
    "SND001",
    "Rowan Price",
    [customer(SPOC_ONLY), representative(RUTH_REP)],
    { spocOnly: true, allowedChannels: ["email", "letter"] },
    "Contact Priya Shah only, by email or letter.",
  ),
  restricted(
    "SND002",
    "Casey Lane",
    [customer(LETTERS)],
    { allowedChannels: ["letter"] },
    "Letters only.",
  ),
  restricted(
    "SND003",
    "Drew Mills",
    [customer(BLOCKED)],
    { extreme: { blockedChannels: ["email", "phone"] } },
    "Email and telephone blocked.",
  ),
  restricted(
    "SND004",
    "Ellis Hart",
    [customer(UNTOLD)],
    { allowedChannels: ["email", "letter"] },
    "Email or letter; not yet told.",
    "pending",
  ),
];

let stack: Stack;
let h: HarnessPage;

beforeAll(async () => {
  stack = await startStack();
  await seed(stack, CASES);
  h = await openHarness(stack, { user: ALEX });
  await h.call("whenRuntimeReady");
});

afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

beforeEach(async () => {
  await h.call("clearRecorded");
});

async function replyTo(from: string, extra: Record<string, unknown> = {}) {
  const id = await h.call("openMessage", {
    from,
    to: [ALEX],
    subject: "About my repair",
    ...extra,
  });
  await h.waitForVerdict();
  await h.call("reply", id);
}

describe("the check at the moment of sending", () => {
  it("stops a reply to a customer who deals only with the SPOC, names the SPOC and the terms, and lets the sender go back", async () => {
    await replyTo(SPOC_ONLY);
    const pressed = await h.call("send");
    expect(pressed).toMatchObject({ sent: false, awaiting: true, alert: { kind: "prompt" } });
    const dialog = h.page.getByRole("alertdialog", { name: "Customer contact restrictions" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("Rowan Price (rowan.price@example.org) is a restricted customer.");
    expect(text).toContain(
      "Only the SPOC, Priya Shah, or the deputy, Jordan Lee, deals with this customer.",
    );
    expect(text).toMatch(/Terms: .*by email or by letter only/);
    expect(await dialog.getByRole("button").allTextContents()).toEqual([
      "See the terms",
      "Don't Send",
      "Send Anyway",
    ]);
    await h.screenshot("send-prompt-not-the-spoc");
    await dialog.getByRole("button", { name: "Don't Send" }).click();
    const recorded = await h.call("recorded");
    expect(recorded.sends).toMatchObject([{ sent: false, choice: "dontSend", to: [SPOC_ONLY] }]);
    // Back at the draft, which is still being written.
    await expect.poll(() => h.page.locator("#send").count()).toBe(1);
    expect(await dialog.isVisible()).toBe(false);
  });

  it("sends it anyway when the sender chooses so, and closes the draft", async () => {
    await replyTo(SPOC_ONLY);
    const outcome = await h.call("send", { choice: "sendAnyway" });
    expect(outcome).toMatchObject({ sent: true, choice: "sendAnyway" });
    await expect.poll(() => h.page.locator("#send").count()).toBe(0);
  });

  it("lets the SPOC reply with no prompt", async () => {
    await h.call("switchUser", PRIYA);
    try {
      await replyTo(SPOC_ONLY);
      expect(await h.call("send")).toMatchObject({ sent: true, alert: null });
    } finally {
      await h.call("switchUser", ALEX);
    }
  });

  it("marks the draft as soon as a restricted customer is added to Cc, and stops the send", async () => {
    await h.call("compose", { to: [STRANGER], subject: "Meeting notes" });
    await h.call("setRecipients", { cc: [SPOC_ONLY] });
    // A persistent informational notice with the warning icon: an errorMessage would go once seen
    // (docs/decisions.md, "Outlook as it really behaves").
    expect(await h.call("notificationsOn", null)).toMatchObject([
      {
        type: "informationalMessage",
        icon: "Icon.Warning.16x16",
        persistent: true,
        message:
          "Restricted customer: Rowan Price. This email would be outside the terms; see the add-in.",
      },
    ]);
    await h.screenshot("send-cc-marked");
    const outcome = await h.call("send", { choice: "dontSend" });
    expect(outcome.alert?.errorMessage).toMatch(
      /^Rowan Price \(rowan\.price@example\.org\) is a restricted customer/,
    );
    await h.call("setRecipients", { cc: [] });
    expect(await h.call("notificationsOn", null)).toEqual([]);
    expect(await h.call("send")).toMatchObject({ sent: true, alert: null });
  });

  it("stops an email to the representative of a restricted customer", async () => {
    await h.call("compose", { to: [RUTH_REP], subject: "Your client's repair" });
    const outcome = await h.call("send", { choice: "dontSend" });
    expect(outcome.alert?.errorMessage).toMatch(
      /^ruth\.advocate@advocacy\.example represents Rowan Price, a restricted customer\./,
    );
  });

  it.each([
    [LETTERS, "The terms allow contact by letter only.", "letters-only"],
    [BLOCKED, "Contact by email is blocked for this customer (5.2.5).", "blocked"],
    [UNTOLD, "but they have not been told yet", "not-yet-told"],
  ])("warns even the SPOC writing to %s", async (address, reason, shot) => {
    await h.call("switchUser", PRIYA);
    try {
      await h.call("compose", { to: [address], subject: "Your repair" });
      const outcome = await h.call("send");
      expect(outcome.alert?.kind).toBe("prompt");
      expect(outcome.alert?.errorMessage).toContain(reason);
      expect(outcome.alert?.problems).toEqual([]);
      await h.screenshot(`send-prompt-${shot}`);
      await h.call("answerAlert", "dontSend");
    } finally {
      await h.call("switchUser", ALEX);
    }
  });

  it("sends to someone not on the register at once, with no prompt", async () => {
    await h.call("compose", {
      to: [STRANGER],
      cc: ["colleague@council.example"],
      subject: "Hello",
    });
    const outcome = await h.call("send");
    expect(outcome).toMatchObject({ sent: true, alert: null, awaiting: false });
    // Well inside the five seconds after which Outlook would say the add-in is slow.
    expect(outcome.decisionMs).toBeLessThan(2_000);
    expect((await h.call("recorded")).sends).toMatchObject([{ sent: true, alert: null }]);
  });

  it("says the recipients could not be checked when SharePoint fails, and still lets them send", async () => {
    stack.emu.faults.set([
      { match: { pathContains: "/items" }, fault: { status: 503, retryAfter: 0.1 } },
    ]);
    try {
      await h.call("compose", { to: [SPOC_ONLY], subject: "During an outage" });
      const outcome = await h.call("send");
      expect(outcome.alert?.errorMessage).toMatch(
        /^The recipients could not be checked against the restriction register: SharePoint/,
      );
      expect(outcome.alert?.buttons.map((button) => button.label)).toEqual([
        "Check recipients",
        "Don't Send",
        "Send Anyway",
      ]);
      await h.screenshot("send-could-not-check");
      expect(await h.call("answerAlert", "sendAnyway")).toMatchObject({ sent: true });
    } finally {
      stack.emu.faults.clear();
    }
  });

  it("opens the compose pane from the dialog's button, where the terms are shown", async () => {
    await h.call("compose", { to: [SPOC_ONLY], subject: "Take action" });
    const outcome = await h.call("send", { choice: "takeAction" });
    expect(outcome).toMatchObject({ sent: false, choice: "takeAction" });
    expect(outcome.alert?.commandId).toBe("ucbComposeOpenPane");
    await h.call("whenPaneReady");
    expect(await h.waitForVerdict()).toBe("outsideTerms");
  });

  it("shows the plain message and no pane button in an Outlook before Mailbox 1.14", async () => {
    await h.call("setMailboxVersion", "1.12");
    try {
      await h.call("compose", { to: [SPOC_ONLY], subject: "Older Outlook" });
      const outcome = await h.call("send", { choice: "dontSend" });
      expect(outcome.alert).toMatchObject({ markdown: false });
      expect(outcome.alert?.buttons.map((button) => button.choice)).toEqual([
        "dontSend",
        "sendAnyway",
      ]);
      expect(outcome.alert?.message).toMatch(/^Rowan Price \(/);
    } finally {
      await h.call("setMailboxVersion", "1.15");
    }
  });
});

describe("shared mailboxes", () => {
  it("checks a message in a shared mailbox and logs it with the mailbox it arrived in", async () => {
    await h.call("openMessage", {
      from: LETTERS,
      to: [HOUSING],
      subject: "To the housing team",
      mailbox: { name: "Housing", address: HOUSING },
    });
    expect(await h.waitForVerdict()).toBe("outsideTerms");
    await h.screenshot("shared-mailbox-message");
    await h.pane.getByRole("button", { name: "Log this contact" }).click();
    await expect
      .poll(() =>
        h.pane.getByText("Logged. This contact is now in the case's contact log.").count(),
      )
      .toBe(1);
    const items = (await stack
      .clientFor(ALEX)
      .api(`/sites/${stack.emu.siteId}/lists/UCB%20Contacts/items?$expand=fields&$top=5000`)
      .get()) as { value: { fields: Record<string, unknown> }[] };
    const logged = items.value
      .map((i) => i.fields)
      .find((f) => f["Subject"] === "To the housing team");
    expect(logged).toMatchObject({ Mailbox: HOUSING, StaffEmail: ALEX, FromAddress: LETTERS });
  });

  it("checks a reply sent from the shared mailbox like any other", async () => {
    await replyTo(SPOC_ONLY, { to: [HOUSING], mailbox: { name: "Housing", address: HOUSING } });
    const outcome = await h.call("send", { choice: "dontSend" });
    expect((await h.call("recorded")).sends).toMatchObject([{ from: HOUSING, sent: false }]);
    expect(outcome.alert?.errorMessage).toContain("Only the SPOC, Priya Shah");
  });
});
