import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { MailItem } from "../app/ports";
import "./testing/jsdomShims";
import { App } from "./App";
import type { MessageCheck } from "./paneApi";
import { fakePaneApi, NO_ACTIONS, restrictedCheck, verdictView } from "./testing/fakePaneApi";
import { paneDeps, readMessage, user } from "./testing/paneDeps";

afterEach(cleanup);

function verdictSection(): HTMLElement {
  return screen.getByRole("region", { name: "Verdict" });
}

describe("the read-mode pane", () => {
  it("puts the verdict first, with every reason", async () => {
    const { deps } = paneDeps();
    const api = fakePaneApi(() => Promise.resolve(restrictedCheck()));
    render(<App deps={deps} api={api} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("outsideTerms"));
    const main = screen.getByRole("main");
    const firstRegion = main.querySelector("section");
    expect(firstRegion).toBe(verdictSection());
    const reasons = screen.getByRole("list", { name: "Reasons" });
    expect([...reasons.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Contact by letter only.",
      "Sent on Saturday at 11:00; contact is allowed Monday to Friday, 10:00 to 12:00.",
    ]);
    expect(api.notify).toHaveBeenCalledTimes(1);
  });

  it("says 'Select a message' when nothing is selected", async () => {
    const { deps } = paneDeps({ item: null });
    render(<App deps={deps} api={fakePaneApi(() => Promise.resolve(restrictedCheck()))} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("noItem"));
    expect(screen.getByRole("heading", { name: "Select a message" })).toBeTruthy();
  });

  it("offers to try again when Outlook will not give the message, and never says not restricted", async () => {
    const { deps, mailbox } = paneDeps();
    mailbox.currentItem = () => Promise.reject(new Error("Outlook said no"));
    render(<App deps={deps} api={fakePaneApi(() => Promise.resolve(restrictedCheck()))} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("couldNotCheck"));
    expect(screen.queryByText(/not restricted/i)).toBeNull();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("shows the verdict of the message now selected when an earlier check finishes last", async () => {
    const { deps, mailbox } = paneDeps({ item: readMessage({ itemId: "a", subject: "first" }) });
    const resolvers = new Map<string, (c: MessageCheck) => void>();
    const api = fakePaneApi(
      (item: MailItem) => new Promise((resolve) => resolvers.set(item.subject, resolve)),
    );
    render(<App deps={deps} api={api} />);
    await waitFor(() => expect(resolvers.has("first")).toBe(true));
    act(() => mailbox.select(readMessage({ itemId: "b", subject: "second" })));
    await waitFor(() => expect(resolvers.has("second")).toBe(true));
    await act(async () => {
      resolvers.get("second")?.({
        mode: "read",
        verdict: verdictView(),
        cases: [],
        actions: NO_ACTIONS,
      });
      await Promise.resolve();
    });
    await act(async () => {
      resolvers.get("first")?.(restrictedCheck());
      await Promise.resolve();
    });
    expect(verdictSection().dataset["verdict"]).toBe("notRestricted");
    expect(api.notify).toHaveBeenCalledTimes(1);
  });

  it("logs a contact once however quickly the button is pressed twice", async () => {
    const { deps } = paneDeps();
    const api = fakePaneApi(() => Promise.resolve(restrictedCheck()));
    let finish: () => void = () => undefined;
    api.logContact.mockImplementation(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ kind: "saved" });
        }),
    );
    render(<App deps={deps} api={api} />);
    const button = await screen.findByRole("button", { name: "Log this contact" });
    fireEvent.click(button);
    fireEvent.click(button);
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    expect(api.logContact).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Logged\./)).toBeTruthy();
  });

  it("shows only the actions the use cases allow this user", async () => {
    const { deps } = paneDeps({ user: user(["frontline"]) });
    const api = fakePaneApi(() =>
      Promise.resolve<MessageCheck>({
        mode: "read",
        verdict: verdictView(),
        cases: [],
        actions: NO_ACTIONS,
      }),
    );
    render(<App deps={deps} api={api} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("notRestricted"));
    expect(screen.queryByRole("button", { name: "Raise a step-one concern" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Refer/ })).toBeNull();
  });

  it("loads the step-one form on demand and returns focus when it is cancelled", async () => {
    const { deps } = paneDeps({ user: user(["serviceManager"]) });
    const api = fakePaneApi(() =>
      Promise.resolve<MessageCheck>({
        mode: "read",
        verdict: verdictView(),
        cases: [],
        actions: { ...NO_ACTIONS, raiseConcern: true },
      }),
    );
    render(<App deps={deps} api={api} />);
    const open = await screen.findByRole("button", { name: "Raise a step-one concern" });
    open.focus();
    fireEvent.click(open);
    expect(await screen.findByRole("form", { name: "Raise a step-one concern" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Scattergun approach" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /Customer's name/ })).toHaveProperty(
      "value",
      "Jo Bloggs",
    );
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    const again = await screen.findByRole("button", { name: "Raise a step-one concern" });
    await waitFor(() => expect(document.activeElement).toBe(again));
  });
});
