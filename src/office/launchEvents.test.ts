import { describe, expect, it, vi } from "vitest";
import {
  associateHandlers,
  COMPOSE_PANE_COMMAND_ID,
  completedOptions,
  LAUNCH_EVENT_HANDLERS,
  markDraft,
  readDraft,
  runtimeScriptUrl,
} from "./launchEvents";
import { NOTIFICATION_KEY } from "./notifications";
import type { OfficeHost } from "./host";
import { composeItem, fakeNotifications, fakeOutlook, readItem } from "./testing/fakeOutlook";

const ALERT = {
  errorMessage: "Jo Bloggs is a restricted customer.",
  errorMessageMarkdown: "**Jo Bloggs** is a restricted customer.",
  cancelLabel: "See the terms",
};

describe("completing the send event", () => {
  it("lets the email go when there is nothing to say", () => {
    const { office } = fakeOutlook();
    expect(completedOptions(office, undefined)).toEqual({ allowEvent: true });
  });

  it.each([
    ["1.12", { allowEvent: false, errorMessage: ALERT.errorMessage }],
    [
      "1.14",
      {
        allowEvent: false,
        errorMessage: ALERT.errorMessage,
        cancelLabel: "See the terms",
        commandId: COMPOSE_PANE_COMMAND_ID,
      },
    ],
    [
      "1.15",
      {
        allowEvent: false,
        errorMessage: ALERT.errorMessage,
        cancelLabel: "See the terms",
        commandId: COMPOSE_PANE_COMMAND_ID,
        errorMessageMarkdown: ALERT.errorMessageMarkdown,
      },
    ],
  ])("stops it with what Mailbox %s can show", (mailboxVersion, expected) => {
    const { office } = fakeOutlook({ mailboxVersion });
    expect(completedOptions(office, ALERT)).toEqual(expected);
  });
});

describe("the event runtime", () => {
  it("associates each handler with the manifest's function name", () => {
    const associate = vi.fn();
    const office = { ...fakeOutlook().office, actions: { associate } } as OfficeHost;
    const messageSend = vi.fn();
    const recipientsChanged = vi.fn();
    expect(associateHandlers(office, { messageSend, recipientsChanged })).toBe(true);
    expect(associate.mock.calls.map(([name]) => name as string)).toEqual([
      LAUNCH_EVENT_HANDLERS.messageSend,
      LAUNCH_EVENT_HANDLERS.recipientsChanged,
    ]);
    const event = { completed: vi.fn() };
    (associate.mock.calls[0]?.[1] as (e: unknown) => void)(event);
    expect(messageSend).toHaveBeenCalledWith(event);
  });

  it("says so where Office.actions is missing (no event runtime)", () => {
    const office = { ...fakeOutlook().office, actions: undefined } as OfficeHost;
    expect(associateHandlers(office, { messageSend: vi.fn(), recipientsChanged: vi.fn() })).toBe(
      false,
    );
  });

  it("finds its own script's address where Outlook gives it (Mailbox 1.14)", () => {
    const { office } = fakeOutlook();
    const withUrls = {
      ...office,
      context: {
        ...office.context,
        urls: { javascriptRuntimeUrl: "https://addin.example/launchevent.js" },
      },
    } as OfficeHost;
    expect(runtimeScriptUrl(withUrls)).toBe("https://addin.example/launchevent.js");
    expect(runtimeScriptUrl(office)).toBeUndefined();
  });

  it("reads the draft's recipients and From line", async () => {
    const { office } = fakeOutlook({ item: composeItem() });
    expect(await readDraft(office, () => new Date())).toEqual({
      to: ["pat.customer@example.org"],
      cc: [],
      bcc: [],
      from: "alex.morgan@council.example",
    });
  });

  it("has no draft when the item is a received message", async () => {
    const { office } = fakeOutlook({ item: readItem() });
    expect(await readDraft(office, () => new Date())).toBeNull();
  });

  it("marks the draft with the pane's own line, and clears it", async () => {
    const notifications = fakeNotifications();
    const { office } = fakeOutlook({ item: composeItem({ notificationMessages: notifications }) });
    await markDraft(office, { kind: "error", text: "Restricted customer: Jo Bloggs." });
    expect(notifications.entries.get(NOTIFICATION_KEY)).toMatchObject({
      type: "informationalMessage",
      icon: "Icon.Warning.16x16",
      persistent: true,
      message: "Restricted customer: Jo Bloggs.",
    });
    await markDraft(office, { kind: "none" });
    expect(notifications.entries.has(NOTIFICATION_KEY)).toBe(false);
  });
});
