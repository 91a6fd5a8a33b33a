/**
 * The pane over the real use cases (src/app/pane) and the in-memory store: what a user sees
 * for a restricted customer, a store failure, and each role's actions.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import "./testing/jsdomShims";
import { CUSTOMER, SPOC } from "../domain/testFixtures";
import { confirmed, noonOn, opened, restricted } from "../domain/testScenario";
import type { Role } from "../domain/types";
import { App } from "./App";
import { paneDeps, readMessage, realUseCases, user } from "./testing/paneDeps";

afterEach(cleanup);

// Tuesday 24 November 2026, 10:30 UK time: the second email of the week (one allowed).
const NOW = new Date("2026-11-24T10:30:00Z");

function setUp(roles: readonly Role[], options: { readonly logged?: boolean } = {}) {
  const fakes = paneDeps({
    user: user(roles),
    now: NOW,
    item: readMessage({ from: CUSTOMER, to: [SPOC.email], receivedAt: NOW }),
  });
  const record = restricted();
  fakes.store.seed(record.entry, record.file, [
    { address: CUSTOMER, ref: record.entry.ref, kind: "customer" },
  ]);
  if (options.logged !== false) {
    // Monday's email: this week's allowance is used.
    void fakes.store.logContact({
      clientId: "earlier",
      ref: record.entry.ref,
      at: new Date("2026-11-23T09:00:00Z"),
      channel: "email",
      direction: "inbound",
      from: CUSTOMER,
      to: [SPOC.email],
      staff: SPOC.email,
      subject: "Monday",
      messageId: "<monday@example.org>",
      verdict: "withinTerms",
      reasons: [],
    });
  }
  const { useCases } = realUseCases(fakes);
  render(<App deps={fakes.deps} useCases={useCases} />);
  return { ...fakes, useCases, record };
}

/** The verdict section once a verdict is in (the section is replaced when it arrives). */
async function verdict(): Promise<HTMLElement> {
  await waitFor(() =>
    expect(screen.getByRole("region", { name: "Verdict" }).dataset["verdict"]).toBeTruthy(),
  );
  return screen.getByRole("region", { name: "Verdict" });
}

describe("the pane over the use cases", () => {
  it("flags the customer's second email of the week as outside the terms, with the SPOC", async () => {
    const { useCases } = setUp(["frontline"]);
    expect((await verdict()).dataset["verdict"]).toBe("outsideTerms");
    expect(screen.getByRole("list", { name: "Reasons" }).textContent).not.toBe("");
    // The case's details follow the verdict (their chunk loads once it is on screen).
    expect(await screen.findByText(`${SPOC.name} (${SPOC.email})`)).toBeTruthy();
    useCases.outbox.stop();
  });

  it("says it could not check, never 'not restricted', when SharePoint is busy", async () => {
    const fakes = paneDeps({ user: user(["frontline"]), now: NOW });
    fakes.store.fail("lookupAddresses", "throttled", 5);
    const { useCases } = realUseCases(fakes);
    render(<App deps={fakes.deps} useCases={useCases} />);
    expect((await verdict()).dataset["verdict"]).toBe("couldNotCheck");
    expect(screen.queryByRole("heading", { name: /^not restricted/i })).toBeNull();
    // No Retry-After given: the pane checks again by itself in 30 seconds (10:30 in London).
    expect(
      screen.getByRole("heading", { name: "SharePoint is busy; retrying at 10:30:30" }),
    ).toBeTruthy();
    // "Try again" would only be refused while SharePoint asks to wait: it is not offered.
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    useCases.outbox.stop();
  });

  it("logs the contact once after a double click", async () => {
    const { store, useCases } = setUp(["frontline"]);
    const button = await screen.findByRole("button", { name: "Log this contact" });
    const before = store.contacts.length;
    fireEvent.click(button);
    fireEvent.click(button);
    await screen.findByText(/Logged\./);
    expect(store.contacts.length).toBe(before + 1);
    // The week's count now includes this message, and it still says it was logged.
    expect(await screen.findByText(/^2 of 1 email/)).toBeTruthy();
    expect(screen.getByText(/Logged\./)).toBeTruthy();
    useCases.outbox.stop();
  });

  it("offers frontline staff no step-one concern on an unknown sender; a service manager one", async () => {
    const first = setUp(["frontline"], { logged: false });
    act(() => first.mailbox.select(readMessage({ itemId: "x", from: "new@example.org" as never })));
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Verdict" }).dataset["verdict"]).toBe(
        "notRestricted",
      ),
    );
    expect(screen.queryByRole("button", { name: "Raise a step-one concern" })).toBeNull();
    first.useCases.outbox.stop();
    cleanup();

    const second = setUp(["serviceManager"], { logged: false });
    act(() =>
      second.mailbox.select(readMessage({ itemId: "y", from: "new@example.org" as never })),
    );
    expect(await screen.findByRole("button", { name: "Raise a step-one concern" })).toBeTruthy();
    second.useCases.outbox.stop();
  });

  it("lets a service manager raise a step-one concern: errors by field first, then the case and a reply", async () => {
    const fakes = paneDeps({
      user: user(["serviceManager"]),
      now: NOW,
      item: readMessage({ from: "new@example.org" as never, fromName: "Sam New", receivedAt: NOW }),
    });
    const { useCases } = realUseCases(fakes);
    render(<App deps={fakes.deps} useCases={useCases} />);
    fireEvent.click(await screen.findByRole("button", { name: "Raise a step-one concern" }));
    // The form is loaded on demand, with the terms fields: give it time on a busy machine.
    fireEvent.click(
      await screen.findByRole("button", { name: "Raise the concern" }, { timeout: 10_000 }),
    );

    // Beside its group and, as a link to it, in the form's summary (issue 20).
    expect(await screen.findAllByText(/Choose at least one example/)).toHaveLength(2);
    expect(screen.getAllByText(/The arrangement says nothing/)).toHaveLength(2);
    const first = screen.getByRole("checkbox", { name: "Scattergun approach" });
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(fakes.store.register.size).toBe(0);

    fireEvent.click(first);
    fireEvent.change(screen.getByRole("textbox", { name: /Service most impacted/ }), {
      target: { value: "Housing" },
    });
    // The arrangement is set out as terms (issue 10): one email a week, the form's first allowance.
    fireEvent.click(screen.getByRole("button", { name: "Add a volume allowance" }));
    fireEvent.click(screen.getByRole("button", { name: "Raise the concern" }));

    const raised = await screen.findByRole("heading", { name: "Step-one concern raised" });
    const [ref] = [...fakes.store.register.keys()];
    expect(ref).toBeDefined();
    expect(fakes.store.files.get(ref as never)?.value.stepOne?.proposedTerms).toEqual({
      volumes: [{ max: 1, per: "week", channels: ["email"] }],
    });
    // The form says the new reference (the message's view behind it shows the case too).
    const done = raised.closest("section");
    expect(done && within(done).getByText(new RegExp(String(ref)))).toBeTruthy();
    expect(fakes.mailbox.replies).toHaveLength(1);
    useCases.outbox.stop();
  }, 20_000);

  it("keeps a contact SharePoint refused, says why, and logs it when asked again", async () => {
    const { store, useCases } = setUp(["frontline"]);
    store.fail("logContact", "forbidden", 1);
    fireEvent.click(await screen.findByRole("button", { name: "Log this contact" }));
    const waiting = await screen.findByRole("region", { name: "Contacts waiting to be logged" });
    expect(waiting.textContent).toMatch(/don't have access/);
    const before = store.contacts.length;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(store.contacts.length).toBe(before + 1));
    await waitFor(() =>
      expect(screen.queryByRole("region", { name: "Contacts waiting to be logged" })).toBeNull(),
    );
    useCases.outbox.stop();
  });

  it("refers a case at step one with the evidence compiled, then opens the message", async () => {
    const at = noonOn("2026-10-20");
    const fakes = paneDeps({
      user: user(["serviceManager"]),
      now: at,
      item: readMessage({ from: CUSTOMER, receivedAt: at }),
    });
    const record = confirmed();
    fakes.store.seed(record.entry, record.file, [
      { address: CUSTOMER, ref: record.entry.ref, kind: "customer" },
    ]);
    const { useCases } = realUseCases(fakes);
    render(<App deps={fakes.deps} useCases={useCases} />);
    fireEvent.click(
      await screen.findByRole("button", { name: "Refer to the city helpdesk manager" }),
    );
    const evidence = await screen.findByRole("textbox", { name: "The behaviour" });
    expect((evidence as HTMLTextAreaElement).value).toContain("Excessive demands on time");
    fireEvent.click(screen.getByRole("button", { name: "Refer and open the message" }));
    expect(
      await screen.findByRole("heading", { name: "Referred to the city helpdesk manager" }),
    ).toBeTruthy();
    expect(fakes.store.register.get(record.entry.ref)?.value.stage).toBe("referred");
    expect(fakes.mailbox.newMessages).toHaveLength(1);
    useCases.outbox.stop();
  });

  it("forwards the message to the SPOC in one click", async () => {
    const { mailbox, useCases } = setUp(["frontline"]);
    fireEvent.click(await screen.findByRole("button", { name: "Forward to the SPOC" }));
    await waitFor(() => expect(mailbox.forwards).toHaveLength(1));
    expect(mailbox.forwards[0]?.to).toContain(SPOC.email);
    useCases.outbox.stop();
  });

  it("records step-one progress: the written confirmation, then the customer's agreement", async () => {
    const at = noonOn("2026-10-05");
    const fakes = paneDeps({
      user: user(["serviceManager"]),
      now: at,
      item: readMessage({ from: CUSTOMER, receivedAt: at }),
    });
    const record = opened();
    fakes.store.seed(record.entry, record.file, [
      { address: CUSTOMER, ref: record.entry.ref, kind: "customer" },
    ]);
    const { useCases } = realUseCases(fakes);
    render(<App deps={fakes.deps} useCases={useCases} />);
    // The progress panel is its own chunk: the first load in a test run transforms its modules.
    const date = await screen.findByLabelText(
      /confirmed to the customer in writing/,
      {},
      { timeout: 5000 },
    );
    // Read in the progress panel: the verdict, read again after the change, may say it too.
    const progress = date.closest("section") as HTMLElement;
    fireEvent.change(date, { target: { value: "2026-10-02" } });
    fireEvent.click(within(progress).getByRole("button", { name: "Record the confirmation" }));
    expect(
      await within(progress).findByText(/confirmed to the customer in writing on/),
    ).toBeTruthy();
    expect(fakes.store.files.get(record.entry.ref)?.value.stepOne?.confirmedInWritingOn).toBe(
      "2026-10-02",
    );

    // The case is read again after the write: the next step is offered once that read is drawn.
    fireEvent.click(
      await screen.findByRole("button", { name: "The customer agreed the arrangement" }),
    );
    await waitFor(() =>
      expect(fakes.store.register.get(record.entry.ref)?.value.stage).toBe("monitoring"),
    );
    expect(await screen.findByText("being monitored under an agreed arrangement")).toBeTruthy();
    useCases.outbox.stop();
  });
});
