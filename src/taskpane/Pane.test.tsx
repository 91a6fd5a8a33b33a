import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import "./testing/jsdomShims";
import type { LogStatus, MessageCheck } from "../app/pane";
import { NO_ACTIONS } from "../app/pane";
import type { MailItem } from "../app/ports";
import { App } from "./App";
import {
  caseSummary,
  fakeUseCases,
  readCheck,
  unknownSenderCheck,
  verdictView,
} from "./testing/fakeUseCases";
import { paneDeps, readMessage, user } from "./testing/paneDeps";

afterEach(cleanup);

function verdictSection(): HTMLElement {
  return screen.getByRole("region", { name: "Verdict" });
}

describe("the pane", () => {
  it("puts the verdict first, with every reason, and marks the message", async () => {
    const { deps } = paneDeps();
    const useCases = fakeUseCases(() => Promise.resolve(readCheck()));
    render(<App deps={deps} useCases={useCases} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("outsideTerms"));
    expect(screen.getByRole("main").querySelector("section")).toBe(verdictSection());
    const reasons = screen.getByRole("list", { name: "Reasons" });
    expect([...reasons.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Contact by letter only.",
      "Sent on Saturday at 11:00; contact is allowed Monday to Friday, 10:00 to 12:00.",
    ]);
    expect(useCases.notify).toHaveBeenCalledTimes(1);
  });

  it("says 'Select a message' when nothing is selected", async () => {
    const { deps } = paneDeps({ item: null });
    render(<App deps={deps} useCases={fakeUseCases(() => Promise.resolve(readCheck()))} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("noItem"));
    expect(screen.getByRole("heading", { name: "Select a message" })).toBeTruthy();
  });

  it("offers to try again when the register could not be read, and never says not restricted", async () => {
    const { deps } = paneDeps();
    const couldNotCheck = readCheck({
      verdict: verdictView({
        kind: "couldNotCheck",
        intent: "error",
        title: "Could not check this message",
        failure: {
          code: "throttled",
          title: "SharePoint is busy",
          detail: "Try again in 5 seconds.",
          retryable: true,
          retryAfterSeconds: 5,
        },
      }),
      cases: [],
    });
    let answer: MessageCheck = couldNotCheck;
    const useCases = fakeUseCases(() => Promise.resolve(answer));
    render(<App deps={deps} useCases={useCases} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("couldNotCheck"));
    expect(screen.queryByRole("heading", { name: /^not restricted/i })).toBeNull();
    expect(screen.getByText("Try again in 5 seconds.")).toBeTruthy();

    answer = readCheck();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("outsideTerms"));
  });

  it("offers to try again when Outlook will not give the message", async () => {
    const { deps, mailbox } = paneDeps();
    mailbox.currentItem = () => Promise.reject(new Error("Outlook said no"));
    render(<App deps={deps} useCases={fakeUseCases(() => Promise.resolve(readCheck()))} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("couldNotCheck"));
    expect(screen.queryByRole("heading", { name: /^not restricted/i })).toBeNull();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("shows the verdict of the message now selected when an earlier check finishes last", async () => {
    const { deps, mailbox } = paneDeps({ item: readMessage({ itemId: "a", subject: "first" }) });
    const resolvers = new Map<string, (c: MessageCheck) => void>();
    const useCases = fakeUseCases(
      (item: MailItem) => new Promise((resolve) => resolvers.set(item.subject, resolve)),
    );
    render(<App deps={deps} useCases={useCases} />);
    await waitFor(() => expect(resolvers.has("first")).toBe(true));
    act(() => mailbox.select(readMessage({ itemId: "b", subject: "second" })));
    await waitFor(() => expect(resolvers.has("second")).toBe(true));
    await act(async () => {
      resolvers.get("second")?.(unknownSenderCheck({ key: "second" }));
      await Promise.resolve();
    });
    await act(async () => {
      resolvers.get("first")?.(readCheck({ key: "first" }));
      await Promise.resolve();
    });
    expect(verdictSection().dataset["verdict"]).toBe("notRestricted");
    expect(useCases.notify).toHaveBeenCalledTimes(1);
  });

  it("logs a contact once however quickly the button is pressed twice", async () => {
    const { deps } = paneDeps();
    const useCases = fakeUseCases(() => Promise.resolve(readCheck()));
    let finish: () => void = () => undefined;
    useCases.outbox.logMessage.mockImplementation(
      () =>
        new Promise<LogStatus>((resolve) => {
          finish = () => resolve({ kind: "saved" });
        }),
    );
    render(<App deps={deps} useCases={useCases} />);
    const button = await screen.findByRole("button", { name: "Log this contact" });
    fireEvent.click(button);
    fireEvent.click(button);
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    expect(useCases.outbox.logMessage).toHaveBeenCalledTimes(1);
    expect(useCases.outbox.logMessage.mock.calls[0]?.[0]).toMatchObject({
      summary: "About my bins",
    });
    expect(await screen.findByText(/Logged\./)).toBeTruthy();
  });

  it("says a message already in the log is already logged, and offers no second log", async () => {
    const { deps } = paneDeps();
    const check = readCheck();
    const logged = readCheck({
      alreadyLogged: true,
      cases: check.cases.map((c) => ({ ...c, alreadyLogged: true })),
    });
    render(<App deps={deps} useCases={fakeUseCases(() => Promise.resolve(logged))} />);
    expect(await screen.findByText(/Already logged/)).toBeTruthy();
    // Disabled but still focusable (aria-disabled), so focus on it is not lost to the page.
    expect(
      screen.getByRole("button", { name: "Log this contact" }).getAttribute("aria-disabled"),
    ).toBe("true");
  });

  it("shows only the actions the use cases allow this user", async () => {
    const { deps } = paneDeps({ user: user(["frontline"]) });
    const useCases = fakeUseCases(() => Promise.resolve(unknownSenderCheck()));
    render(<App deps={deps} useCases={useCases} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("notRestricted"));
    expect(screen.queryByRole("button", { name: "Raise a step-one concern" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Refer/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Open case|Find a case/ })).toBeNull();
  });

  it("loads the step-one form on demand, pre-filled, and returns focus when it is cancelled", async () => {
    const { deps } = paneDeps({ user: user(["serviceManager"]) });
    const useCases = fakeUseCases(() =>
      Promise.resolve(unknownSenderCheck({ actions: { ...NO_ACTIONS, raiseConcern: true } })),
    );
    render(<App deps={deps} useCases={useCases} />);
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

  it("shows each field error beside its field and focuses the first", async () => {
    const { deps } = paneDeps({ user: user(["serviceManager"]) });
    const useCases = fakeUseCases(() =>
      Promise.resolve(unknownSenderCheck({ actions: { ...NO_ACTIONS, raiseConcern: true } })),
    );
    useCases.raiseConcern.mockResolvedValueOnce({
      kind: "invalid",
      message: "Some answers need changing.",
      fieldErrors: { serviceMostImpacted: "Enter the service most impacted." },
    });
    render(<App deps={deps} useCases={useCases} />);
    fireEvent.click(await screen.findByRole("button", { name: "Raise a step-one concern" }));
    fireEvent.click(await screen.findByRole("button", { name: "Raise the concern" }));
    // Beside its field and, as a link to it, in the form's summary (issue 20).
    expect(await screen.findAllByText("Enter the service most impacted.")).toHaveLength(2);
    const field = screen.getByRole("textbox", { name: /Service most impacted/ });
    await waitFor(() => expect(document.activeElement).toBe(field));
  });

  it("in compose mode flags each restricted recipient with the terms", async () => {
    const { deps } = paneDeps({
      item: readMessage({ mode: "compose", to: ["jo.bloggs@example.org" as never] }),
    });
    const restrictedRecipient = caseSummary();
    const useCases = fakeUseCases(() =>
      Promise.resolve<MessageCheck>({
        mode: "compose",
        key: "compose",
        verdict: verdictView({
          kind: "outsideTerms",
          intent: "warning",
          title: "A recipient's contact is restricted",
        }),
        recipients: [
          {
            address: "jo.bloggs@example.org" as never,
            verdict: restrictedRecipient.view,
            case: restrictedRecipient,
          },
        ],
        access: { allowed: true, roles: ["frontline"] },
        actions: NO_ACTIONS,
        notification: { kind: "none" },
      }),
    );
    render(<App deps={deps} useCases={useCases} />);
    await waitFor(() => expect(verdictSection().dataset["verdict"]).toBe("outsideTerms"));
    // Each recipient's terms follow the verdict (their part loads once it is on screen).
    const recipient = await screen.findByRole("region", {
      name: "Recipient jo.bloggs@example.org",
    });
    expect(recipient.textContent).toContain("Contact by letter only.");
    expect(screen.queryByRole("button", { name: "Log this contact" })).toBeNull();
  });
});
