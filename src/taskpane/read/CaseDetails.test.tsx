import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { date, restrictedEntry } from "../../domain/testFixtures";
import type { EmailAddress } from "../../domain/types";
import { CaseDetails } from "./CaseDetails";

afterEach(cleanup);

describe("CaseDetails", () => {
  it("shows HTML in a customer's name and terms as text, never as markup", () => {
    const name = '<img src=x onerror="alert(1)">Jo <b>Bloggs</b>';
    const entry = restrictedEntry({
      customerName: name,
      representative: { name: "<script>x()</script>", email: "rep@example.org" as EmailAddress },
      terms: { extreme: { blockedChannels: [], premisesRestriction: "<i>no visits</i>" } },
    });
    const { container } = render(
      <CaseDetails entry={entry} usage={[]} config={PORTSMOUTH_POLICY} />,
    );
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(name);
    expect(container.querySelector("img, b, script, i")).toBeNull();
    expect(screen.getByText(/<script>x\(\)<\/script>/)).toBeTruthy();
    expect(screen.getByText(/<i>no visits<\/i>/)).toBeTruthy();
  });

  it("gives the restriction dates, review date and appeal deadline in UK format", () => {
    const entry = restrictedEntry({
      reviewDue: date("2027-01-31"),
      appealBy: date("2026-11-30"),
    });
    render(<CaseDetails entry={entry} usage={[]} config={PORTSMOUTH_POLICY} />);
    expect(screen.getByText("Monday 2 November 2026 to Sunday 31 January 2027")).toBeTruthy();
    expect(screen.getByText("Monday 30 November 2026")).toBeTruthy();
  });
});
