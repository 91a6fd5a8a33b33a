import { describe, expect, it, vi } from "vitest";
import { createSendCheck } from "../app/send";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { address } from "../domain/testFixtures";
import { noonOn, restricted } from "../domain/testScenario";
import { CUSTOMER, FRONTLINE_USER, testDeps } from "../app/pane/testSupport";
import { COMPOSE_PANE_COMMAND_ID } from "../office/launchEvents";
import { NOTIFICATION_KEY } from "../office/notifications";
import { composeItem, failed, fakeNotifications, fakeOutlook } from "../office/testing/fakeOutlook";
import { createHandlers } from "./handlers";
import { type EventRuntime, RuntimeProblem } from "./runtime";

const WEDNESDAY = noonOn("2026-11-11");

const recipients = (...addresses: string[]) => ({
  getAsync: vi.fn((cb: (r: unknown) => void) =>
    cb({ status: "succeeded", value: addresses.map((emailAddress) => ({ emailAddress })) }),
  ),
});

function draftTo(addresses: string[], notifications = fakeNotifications()) {
  return fakeOutlook({
    item: composeItem({ to: recipients(...addresses), notificationMessages: notifications }),
  });
}

function runtime(): EventRuntime {
  const deps = testDeps(WEDNESDAY, [restricted()]);
  return {
    sendCheck: createSendCheck({
      ...deps,
      session: { currentUser: () => Promise.resolve(FRONTLINE_USER) },
    }),
    policy: PORTSMOUTH_POLICY,
    clock: deps.clock,
  };
}

const event = () => ({ completed: vi.fn() });

describe("OnMessageSend", () => {
  it("lets an email to someone not on the register go, with no prompt", async () => {
    const { office } = draftTo(["someone@example.org"]);
    const sending = event();
    await createHandlers(office, () => Promise.resolve(runtime())).messageSend(sending);
    expect(sending.completed).toHaveBeenCalledTimes(1);
    expect(sending.completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  it("stops an email to a restricted customer with the prompt and the pane's button", async () => {
    const { office } = draftTo([CUSTOMER]);
    const sending = event();
    await createHandlers(office, () => Promise.resolve(runtime())).messageSend(sending);
    const options = sending.completed.mock.calls[0]?.[0] as Record<string, string>;
    expect(options).toMatchObject({
      allowEvent: false,
      cancelLabel: "See the terms",
      commandId: COMPOSE_PANE_COMMAND_ID,
    });
    expect(options["errorMessage"]).toMatch(
      /^Jo Bloggs \(jo\.bloggs@example\.org\) is a restricted customer\. Only the SPOC, Priya Shah/,
    );
    expect(options["errorMessageMarkdown"]).toMatch(/^\*\*Jo Bloggs\*\*/);
  });

  it("says the settings could not be read, and still lets the sender send", async () => {
    const { office } = draftTo([CUSTOMER]);
    const sending = event();
    const start = () =>
      Promise.reject(new RuntimeProblem("config.js: config.js answered HTTP 404."));
    await createHandlers(office, start).messageSend(sending);
    const options = sending.completed.mock.calls[0]?.[0] as Record<string, string>;
    expect(options["allowEvent"]).toBe(false);
    expect(options["errorMessage"]).toMatch(
      /^The recipients could not be checked against the restriction register: The add-in's settings could not be read\./,
    );
    expect(options["cancelLabel"]).toBe("Check recipients");
  });

  it("tries to start again at the next send after a failed start", async () => {
    const { office } = draftTo(["someone@example.org"]);
    const start = vi
      .fn<() => Promise<EventRuntime>>()
      .mockRejectedValueOnce(new RuntimeProblem("config.js could not be read"))
      .mockResolvedValue(runtime());
    const handlers = createHandlers(office, start);
    await handlers.messageSend(event());
    const second = event();
    await handlers.messageSend(second);
    expect(start).toHaveBeenCalledTimes(2);
    expect(second.completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  it("says the recipients could not be checked when Outlook does not give them", async () => {
    const to = {
      getAsync: vi.fn((cb: (r: unknown) => void) => cb(failed("GenericError", "Busy"))),
    };
    const { office } = fakeOutlook({ item: composeItem({ to }) });
    const sending = event();
    await createHandlers(office, () => Promise.resolve(runtime())).messageSend(sending);
    expect(sending.completed.mock.calls[0]?.[0]).toMatchObject({ allowEvent: false });
    expect(
      String((sending.completed.mock.calls[0]?.[0] as Record<string, unknown>)["errorMessage"]),
    ).toContain("Outlook did not give the add-in the recipients");
  });
});

describe("OnMessageRecipientsChanged", () => {
  it("marks the draft when a restricted customer is added, and completes", async () => {
    const notifications = fakeNotifications();
    const { office } = draftTo([address("someone@example.org"), CUSTOMER], notifications);
    const changed = event();
    await createHandlers(office, () => Promise.resolve(runtime())).recipientsChanged(changed);
    expect(notifications.entries.get(NOTIFICATION_KEY)).toMatchObject({
      type: "informationalMessage",
      icon: "Icon.Warning.16x16",
      persistent: true,
      message:
        "Restricted customer: Jo Bloggs. This email would be outside the terms; see the add-in.",
    });
    expect(changed.completed).toHaveBeenCalledWith(undefined);
  });

  it("completes even when the runtime cannot start", async () => {
    const { office } = draftTo([CUSTOMER]);
    const changed = event();
    await createHandlers(office, () => Promise.reject(new Error("no"))).recipientsChanged(changed);
    expect(changed.completed).toHaveBeenCalledTimes(1);
  });
});
