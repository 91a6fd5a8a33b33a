import { describe, expect, it } from "vitest";
import { createOfficeMailbox } from "./mailbox";
import {
  NOTIFICATION_ICON_RESID,
  NOTIFICATION_KEY,
  NOTIFICATION_WARNING_ICON_RESID,
} from "./notifications";
import { failed, fakeNotifications, fakeOutlook, readItem } from "./testing/fakeOutlook";

function setUp(item: Record<string, unknown> | null = readItem()) {
  const outlook = fakeOutlook({ item });
  const mailbox = createOfficeMailbox({ office: outlook.office });
  if (!mailbox) throw new Error("expected a mailbox");
  return { outlook, mailbox };
}

function notices(item: Record<string, unknown>) {
  return (item["notificationMessages"] as ReturnType<typeof fakeNotifications>).entries;
}

describe("the notice on the message", () => {
  it("is a persistent informational message with the manifest's icon", async () => {
    const item = readItem();
    await setUp(item).mailbox.showNotification(
      "informational",
      "Restricted customer: letter only.",
    );
    expect(Object.fromEntries(notices(item))).toEqual({
      [NOTIFICATION_KEY]: {
        type: "informationalMessage",
        message: "Restricted customer: letter only.",
        icon: NOTIFICATION_ICON_RESID,
        persistent: true,
      },
    });
    expect(NOTIFICATION_KEY.length).toBeLessThanOrEqual(32);
  });

  it("is a persistent informational notice with the warning icon for a serious verdict (an error message would go once seen)", async () => {
    const item = readItem();
    await setUp(item).mailbox.showNotification("error", "Could not check the sender.");
    expect(notices(item).get(NOTIFICATION_KEY)).toEqual({
      type: "informationalMessage",
      message: "Could not check the sender.",
      icon: NOTIFICATION_WARNING_ICON_RESID,
      persistent: true,
    });
  });

  it("is cut to 150 characters at a word, so Outlook never refuses it", async () => {
    const item = readItem();
    const long = `Outside the terms: ${"contact outside the allowed days and hours, ".repeat(6)}`;
    await setUp(item).mailbox.showNotification("informational", long);
    const message = String(notices(item).get(NOTIFICATION_KEY)?.["message"]);
    expect(long.length).toBeGreaterThan(150);
    expect(message.length).toBeLessThanOrEqual(150);
    expect(message).toMatch(/[a-z]…$/);
  });

  it("replaces our earlier notice instead of adding another", async () => {
    const item = readItem();
    const { mailbox } = setUp(item);
    await mailbox.showNotification("informational", "Checking…");
    await mailbox.showNotification("error", "Outside the terms.");
    expect([...notices(item).keys()]).toEqual([NOTIFICATION_KEY]);
    expect(notices(item).get(NOTIFICATION_KEY)?.["message"]).toBe("Outside the terms.");
  });

  it("is cleared, and clearing twice is not an error", async () => {
    const item = readItem();
    const { mailbox } = setUp(item);
    await mailbox.showNotification("informational", "Restricted customer.");
    await mailbox.clearNotification();
    await mailbox.clearNotification();
    expect(notices(item).size).toBe(0);
  });

  it("leaves other add-ins' notices alone", async () => {
    const item = readItem();
    notices(item).set("someoneElse", { type: "informationalMessage", message: "Hi" });
    await setUp(item).mailbox.clearNotification();
    expect([...notices(item).keys()]).toEqual(["someoneElse"]);
  });

  it("cannot be shown with nothing selected; clearing then does nothing", async () => {
    const { mailbox } = setUp(null);
    await expect(mailbox.showNotification("informational", "x")).rejects.toMatchObject({
      name: "MailboxError",
      code: "noItem",
    });
    await expect(mailbox.clearNotification()).resolves.toBeUndefined();
  });

  it("reports Outlook's refusal (five notices already) as a typed error", async () => {
    const item = readItem();
    const fake = fakeNotifications();
    fake.replaceAsync.mockImplementation((_key, _details, cb) =>
      cb(failed("NumberOfNotificationMessagesExceeded", "Too many notices.", 33)),
    );
    item.notificationMessages = fake;
    await expect(setUp(item).mailbox.showNotification("error", "x")).rejects.toMatchObject({
      code: "failed",
      officeError: { name: "NumberOfNotificationMessagesExceeded", code: 33 },
    });
  });
});
