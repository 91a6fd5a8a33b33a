/**
 * "Log a call, letter or visit" in the pane over the real use cases and the in-memory store:
 * what staff see, and what is stored (once, with its verdict) or not stored at all.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import "../testing/jsdomShims";
import { CUSTOMER, SPOC } from "../../domain/testFixtures";
import { monitored, restricted } from "../../domain/testScenario";
import type { CaseRecord } from "../../domain/types";
import { barredFromPremises } from "../../app/pane/testCases";
import { App } from "../App";
import { paneDeps, readMessage, realUseCases, user } from "../testing/paneDeps";

afterEach(cleanup);

// Tuesday 24 November 2026, 10:30 UK time. The restricted customer may write by email or letter.
const NOW = new Date("2026-11-24T10:30:00Z");

function setUp(record: CaseRecord = restricted()) {
  const fakes = paneDeps({
    user: user(["frontline"]),
    now: NOW,
    item: readMessage({ from: CUSTOMER, to: [SPOC.email], receivedAt: NOW }),
  });
  fakes.store.seed(record.entry, record.file, [
    { address: CUSTOMER, ref: record.entry.ref, kind: "customer" },
  ]);
  const { useCases, storage } = realUseCases(fakes);
  render(<App deps={fakes.deps} useCases={useCases} />);
  return { ...fakes, useCases, record, storage };
}

async function openForm(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole("button", { name: "Log a call, letter or visit" }));
  return screen.findByRole("form", { name: /Log a call, letter or visit/ });
}

function fill(form: HTMLElement, fields: { summary?: string; date?: string; time?: string }) {
  const q = within(form);
  if (fields.summary !== undefined) {
    fireEvent.change(q.getByRole("textbox", { name: /Summary/ }), {
      target: { value: fields.summary },
    });
  }
  if (fields.date !== undefined) {
    fireEvent.change(q.getByRole("textbox", { name: /Date/ }), { target: { value: fields.date } });
  }
  if (fields.time !== undefined) {
    fireEvent.change(q.getByRole("textbox", { name: /Time/ }), { target: { value: fields.time } });
  }
}

async function seriousViolations(root: HTMLElement) {
  // Colour contrast needs layout, which jsdom does not do; the browser tests check it.
  const result = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

function submitButton(form: HTMLElement): HTMLElement {
  return within(form).getByRole("button", { name: "Log the contact" });
}

describe("logging a call, letter or visit", () => {
  it("offers every channel but email, defaulting to a call from the customer now, in UK format", async () => {
    const { useCases } = setUp();
    const form = await openForm();
    const q = within(form);
    const channels = within(q.getByRole("radiogroup", { name: "How was the contact made?" }));
    expect(channels.getAllByRole("radio").map((r) => r.closest("span")?.textContent)).toEqual([
      "Telephone call",
      "Letter",
      "Visit in person",
      "Website form",
      "Social media",
    ]);
    expect(channels.getByRole<HTMLInputElement>("radio", { name: "Telephone call" }).checked).toBe(
      true,
    );
    expect(q.getByRole<HTMLInputElement>("radio", { name: "From the customer" }).checked).toBe(
      true,
    );
    expect(q.getByRole<HTMLInputElement>("textbox", { name: /Date/ }).value).toBe("24/11/2026");
    expect(q.getByRole<HTMLInputElement>("textbox", { name: /Time/ }).value).toBe("10:30");
    useCases.outbox.stop();
  });

  it("logs a telephone call once and shows that it was outside the terms, with the reason", async () => {
    const { store, useCases, record } = setUp();
    const form = await openForm();
    fill(form, { summary: "Rang about the repair", time: "09:15" });
    fireEvent.click(submitButton(form));
    const verdict = await screen.findByRole("region", { name: "Verdict on this contact" });
    expect(verdict.dataset["verdict"]).toBe("outsideTerms");
    expect(within(verdict).getByRole("heading").textContent).toBe(
      "Restricted customer: this contact is outside the terms",
    );
    expect(within(verdict).getByRole("list", { name: "Reasons" }).textContent).toContain(
      "Received by telephone; contact is allowed by email or by letter only.",
    );
    expect(screen.getByText("Logged. This contact is now in the case's contact log.")).toBeTruthy();
    expect(store.contacts).toHaveLength(1);
    expect(store.contacts[0]).toMatchObject({
      ref: record.entry.ref,
      channel: "phone",
      direction: "inbound",
      at: new Date("2026-11-24T09:15:00Z"),
      subject: "Rang about the repair",
      staff: "sam.patel@council.example",
      verdict: "outsideTerms",
      reasons: ["channelNotAllowed"],
    });
    useCases.outbox.stop();
  });

  it("stores one contact when the button is clicked twice", async () => {
    const { store, useCases } = setUp();
    const form = await openForm();
    fill(form, { summary: "Letter about the repair" });
    fireEvent.click(within(form).getByRole("radio", { name: "Letter" }));
    const button = submitButton(form);
    fireEvent.click(button);
    fireEvent.click(button);
    const verdict = await screen.findByRole("region", { name: "Verdict on this contact" });
    expect(verdict.dataset["verdict"]).toBe("withinTerms");
    expect(store.contacts).toHaveLength(1);
    expect(store.contacts[0]).toMatchObject({ channel: "letter", verdict: "withinTerms" });
    expect(store.calls.filter((c) => c === "logContact")).toHaveLength(1);
    useCases.outbox.stop();
  });

  it("refuses a missing summary, a future time and an unreadable date, storing nothing", async () => {
    const { store, useCases, storage } = setUp();
    const form = await openForm();
    const q = within(form);

    fireEvent.click(submitButton(form));
    expect(await q.findByText("Say in a few words what the contact was about.")).toBeTruthy();
    expect(q.getByText("Nothing was logged: correct the fields shown.")).toBeTruthy();
    expect(q.getByRole("textbox", { name: /Summary/ }).getAttribute("aria-invalid")).toBe("true");

    fill(form, { summary: "x".repeat(256) });
    fireEvent.click(submitButton(form));
    expect(await q.findByText("Keep the summary to 255 characters (this is 256).")).toBeTruthy();

    fill(form, { summary: "Visit to the office", date: "25/11/2026" });
    fireEvent.click(submitButton(form));
    expect(
      await q.findByText("The date and time of the contact cannot be in the future."),
    ).toBeTruthy();

    fill(form, { date: "2026-11-24", time: "9.15am" });
    fireEvent.click(submitButton(form));
    expect(
      await q.findByText("Give the date as day/month/year, for example 24/11/2026."),
    ).toBeTruthy();
    expect(q.getByText("Give the time on the 24-hour clock, for example 14:30.")).toBeTruthy();

    expect(store.calls.filter((c) => c === "logContact")).toEqual([]);
    expect(store.contacts).toEqual([]);
    expect(storage.get("outbox") ?? null).toBeNull();
    useCases.outbox.stop();
  });

  it("logs a visit for a monitored customer, saying they are not restricted", async () => {
    const { store, useCases } = setUp(monitored());
    const form = await openForm();
    fill(form, { summary: "Came to the front desk" });
    fireEvent.click(within(form).getByRole("radio", { name: "Visit in person" }));
    fireEvent.click(submitButton(form));
    const verdict = await screen.findByRole("region", { name: "Verdict on this contact" });
    expect(verdict.dataset["verdict"]).toBe("caseOpen");
    expect(store.contacts).toMatchObject([{ channel: "inPerson" }]);
    useCases.outbox.stop();
  });

  it("returns focus to the button that opened the form when it is closed", async () => {
    const { useCases } = setUp();
    const opener = await screen.findByRole("button", { name: "Log a call, letter or visit" });
    opener.focus();
    fireEvent.click(opener);
    const form = await screen.findByRole("form", { name: /Log a call, letter or visit/ });
    fireEvent.click(within(form).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(document.activeElement).toBe(opener));
    useCases.outbox.stop();
  });

  it("has no serious axe violations with errors shown, nor with the verdict shown", async () => {
    const { useCases } = setUp();
    const form = await openForm();
    fireEvent.click(submitButton(form));
    await within(form).findByText("Say in a few words what the contact was about.");
    expect(await seriousViolations(document.body)).toEqual([]);
    fill(form, { summary: "Rang about the repair" });
    fireEvent.click(submitButton(form));
    await screen.findByRole("region", { name: "Verdict on this contact" });
    expect(await seriousViolations(document.body)).toEqual([]);
    useCases.outbox.stop();
  });
});

describe("a visit from a customer whose access to premises is restricted (issue 10)", () => {
  it("shows the conditions the add-in cannot check, then blocks the visit with what to do", async () => {
    const { store } = setUp(barredFromPremises());
    const form = await openForm();
    const conditions = within(form).getByRole("region", {
      name: "Other conditions, not checked by the add-in",
    });
    expect(conditions.textContent).toContain("Meetings only with two officers present");
    fireEvent.click(within(form).getByRole("radio", { name: "Visit in person" }));
    fill(form, { summary: "Came to reception asking for the director" });
    fireEvent.click(within(form).getByRole("button", { name: "Log the contact" }));
    const verdict = await screen.findByRole("region", { name: "Verdict on this contact" });
    expect(verdict.getAttribute("data-verdict")).toBe("blocked");
    expect(verdict.textContent).toContain("access to council premises is restricted (5.2.5)");
    expect(verdict.textContent).toContain("call the duty manager or security");
    await waitFor(() => expect(store.contacts).toHaveLength(1));
    expect(store.contacts[0]).toMatchObject({ channel: "inPerson", verdict: "blocked" });
    expect(await seriousViolations(form)).toEqual([]);
  }, 20_000);
});
