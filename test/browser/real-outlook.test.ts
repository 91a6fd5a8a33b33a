/**
 * The pane under real Outlook's awkward behaviours, switched on through the harness
 * (harness.setQuirks, and per message or recipient): ItemChanged that never fires, recipients
 * that are unresolved or X.500, notices that must stay on the message, replaceAsync failing on
 * an existing notice, and Office callbacks that never arrive.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { customer, demoBuilders } from "../../scripts/demo/builders";
import {
  JORDAN as JORDAN_ACTOR,
  MORGAN as MORGAN_ACTOR,
  person,
  PRIYA as PRIYA_ACTOR,
} from "../../scripts/demo/people";
import { seed } from "./support/cases";
import { ALEX, openHarness, startStack, type HarnessPage, type Stack } from "./support/stack";

const BLOCKED = "drew.mills@example.org";
const STRANGER = "sam.someone@example.net";
const X500 =
  "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=1c2ee2e6-testtest";

const b = demoBuilders(new Date());
const CASES = [
  b.restrictedCase(
    "RQT001",
    20,
    "Drew Mills",
    "Housing",
    [customer(BLOCKED)],
    b.restriction(
      20,
      6,
      MORGAN_ACTOR,
      { extreme: { blockedChannels: ["email", "phone"] } },
      "Email and telephone blocked.",
      "notified",
    ),
    "Email and telephone blocked.",
    () => [],
    { spoc: person(PRIYA_ACTOR), deputy: person(JORDAN_ACTOR) },
  ),
];

let stack: Stack;
let h: HarnessPage;

beforeAll(async () => {
  stack = await startStack();
  await seed(stack, CASES);
  h = await openHarness(stack, { user: ALEX });
});

afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

beforeEach(async () => {
  await h.call("setQuirks", {
    itemChanged: true,
    replaceFailsWhenPresent: false,
    silentCalls: [],
  });
  await h.call("clearRecorded");
});

describe("the pane in Outlook as it really behaves", () => {
  it("keeps a serious verdict on the message as a persistent notice with the warning icon", async () => {
    const id = await h.call("openMessage", { from: BLOCKED, subject: "Again" });
    expect(await h.waitForVerdict()).toBe("blocked");
    await expect
      .poll(() => h.call("notificationsOn", id))
      .toEqual([
        expect.objectContaining({
          type: "informationalMessage",
          persistent: true,
          icon: "Icon.Warning.16x16",
        }),
      ]);
    // Seen once and left: an errorMessage would be gone; this one stays.
    const other = await h.call("openMessage", { from: STRANGER, subject: "Hello" });
    await h.waitForVerdict();
    await h.call("selectMessage", id);
    expect((await h.call("notificationsOn", id)).map((n) => n.type)).toEqual([
      "informationalMessage",
    ]);
    expect(other).not.toBe(id);
  });

  it("updates the notice by remove and add when replaceAsync fails on an existing one", async () => {
    await h.call("setQuirks", { replaceFailsWhenPresent: true });
    const id = await h.call("openMessage", { from: BLOCKED, subject: "First" });
    await h.waitForVerdict();
    await expect.poll(async () => (await h.call("notificationsOn", id)).length).toBe(1);
    await h.call("reloadPane"); // the check runs again on the same message
    await h.waitForVerdict();
    await expect
      .poll(async () => (await h.call("recorded")).notifications.map((n) => n.action))
      .toEqual(expect.arrayContaining(["remove", "replace"]));
    expect(await h.call("notificationsOn", id)).toHaveLength(1);
  });

  it("says plainly when Outlook moved to another message without ItemChanged, and acts on nothing", async () => {
    await h.call("openMessage", { from: BLOCKED, subject: "Blocked one" });
    expect(await h.waitForVerdict()).toBe("blocked");
    await h.call("setQuirks", { itemChanged: false });
    const quiet = await h.page.evaluate(() =>
      window.harness?.openMessage({ from: "sam.someone@example.net", subject: "Quiet" }),
    );
    // The pane still shows the old verdict; turning to it reveals the change.
    await h.pane.locator("body").click({ position: { x: 5, y: 5 } });
    const banner = h.pane.getByRole("region", { name: "Another message" });
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain(
      "Outlook now shows a different message from the one checked below",
    );
    await h.screenshot("real-outlook-item-changed-silently");
    expect(await h.call("notificationsOn", quiet)).toEqual([]);
    await banner.getByRole("button", { name: "Check the message in view" }).click();
    expect(await h.waitForVerdict()).toBe("notRestricted");
  });

  it("names X.500 recipients as not checked, and re-checks when an unresolved customer resolves", async () => {
    await h.call("compose", {
      to: [
        { name: "Drew Mills", address: BLOCKED, unresolved: true },
        { name: "Test Test", address: X500 },
      ],
      subject: "Your repair",
    });
    expect(await h.waitForVerdict()).toBe("couldNotCheck");
    const unchecked = h.pane.getByRole("region", { name: "Recipients not checked" });
    expect(await unchecked.textContent()).toContain("Test Test");
    await h.screenshot("real-outlook-x500-unresolved");
    await h.call("resolveRecipients");
    await expect
      .poll(() => h.verdict().getAttribute("data-verdict"), { timeout: 15_000 })
      .toBe("blocked");
    expect(await unchecked.textContent()).toContain("Test Test");
  });

  it("says Outlook did not answer when a callback never arrives", async () => {
    await h.call("setQuirks", { silentCalls: ["to.getAsync"] });
    await h.call("compose", { to: [STRANGER], subject: "Hello" });
    await expect
      .poll(() => h.pane.getByText("Outlook did not answer").first().isVisible(), {
        timeout: 20_000,
      })
      .toBe(true);
  });
});
