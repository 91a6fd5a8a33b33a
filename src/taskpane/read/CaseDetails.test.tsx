import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import "../testing/jsdomShims";
import { date } from "../../domain/testFixtures";
import type { EmailAddress } from "../../domain/types";
import { caseSummary } from "../testing/fakeUseCases";
import { CaseDetails } from "./CaseDetails";

afterEach(cleanup);

describe("CaseDetails", () => {
  it("shows HTML in a customer's name and other case text as text, never as markup", () => {
    const name = '<img src=x onerror="alert(1)">Jo <b>Bloggs</b>';
    const view = caseSummary({
      customerName: name,
      representative: { name: "<script>x()</script>", email: "rep@example.org" as EmailAddress },
      terms: ["Access to council premises is restricted: <i>no visits</i> (5.2.5)."],
      adjustments: [{ description: "<u>Large print</u>" }],
    });
    const { container } = render(<CaseDetails view={view} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(name);
    expect(container.querySelector("img, b, script, i, u")).toBeNull();
    expect(screen.getByText(/<script>x\(\)<\/script>/)).toBeTruthy();
    expect(screen.getByText(/<i>no visits<\/i>/)).toBeTruthy();
    expect(screen.getByText("<u>Large print</u>")).toBeTruthy();
  });

  it("gives this period's contacts against the allowance, and the review and appeal dates", () => {
    const view = caseSummary({
      usage: [
        {
          used: 3,
          max: 3,
          text: "3 of 3 emails in the week beginning Monday 23 November 2026",
          usedUp: true,
        },
      ],
      reviewDue: { date: date("2027-01-31"), text: "Sunday 31 January 2027" },
      appealBy: { date: date("2026-11-30"), text: "Monday 30 November 2026" },
    });
    render(<CaseDetails view={view} />);
    const bar = screen.getByRole("progressbar", {
      name: "3 of 3 emails in the week beginning Monday 23 November 2026",
    });
    expect(bar.getAttribute("aria-valuenow")).toBe("3");
    expect(screen.getByText("Sunday 31 January 2027")).toBeTruthy();
    expect(screen.getByText("Monday 30 November 2026")).toBeTruthy();
  });
});

describe("CaseDetails: what the add-in does not check, and the arrangement (issue 10)", () => {
  it("shows conditions in words prominently, saying they are not checked", () => {
    render(
      <CaseDetails
        view={caseSummary({ otherConditions: ["Do not record calls", "One issue per email"] })}
      />,
    );
    const region = screen.getByRole("region", {
      name: "Other conditions, not checked by the add-in",
    });
    expect(region.textContent).toContain("Other conditions: not checked by the add-in");
    expect(region.textContent).toContain("Do not record calls");
    expect(region.textContent).toContain("Check each contact against these yourself.");
  });

  it("shows nothing for conditions when there are none", () => {
    render(<CaseDetails view={caseSummary()} />);
    expect(screen.queryByRole("region", { name: /not checked by the add-in/ })).toBeNull();
  });

  it("shows the agreed arrangement and that contact is checked against it", () => {
    render(
      <CaseDetails
        view={caseSummary({
          stage: "monitoring",
          terms: [],
          arrangement: {
            status: "agreed",
            sentences: ["At most 1 email a fortnight."],
            checked: true,
            agreedOn: { date: date("2026-10-09"), text: "Friday 9 October 2026" },
          },
        })}
      />,
    );
    expect(screen.getByRole("heading", { name: "Arrangement agreed at step one" })).toBeTruthy();
    expect(screen.getByText("At most 1 email a fortnight.")).toBeTruthy();
    expect(
      screen.getByText("Agreed on Friday 9 October 2026: each contact is checked against it."),
    ).toBeTruthy();
  });

  it("says an arrangement in words only is not checked", () => {
    render(
      <CaseDetails
        view={caseSummary({
          stage: "stepOne",
          terms: [],
          arrangement: {
            status: "proposed",
            sentences: ["One email a week."],
            checked: false,
            note: "Recorded in words only, so contact is not checked against it.",
          },
        })}
      />,
    );
    expect(screen.getByRole("heading", { name: "Arrangement proposed" })).toBeTruthy();
    expect(
      screen.getByText("Recorded in words only, so contact is not checked against it."),
    ).toBeTruthy();
  });
});
