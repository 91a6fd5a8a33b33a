import { describe, expect, it } from "vitest";
import { noonOn, restricted } from "../../domain/testScenario";
import { forwardToSpoc } from "./forward";
import { createMessageChecker } from "./messageCheck";
import { FRONTLINE_USER, message, SPOC, testDeps } from "./testSupport";

const NOW = noonOn("2026-11-11");

async function caseInView(deputy = true) {
  const record = restricted();
  const entry = deputy
    ? {
        ...record.entry,
        deputy: { name: "Jordan Lee", email: "jordan.lee@portsmouthcc.gov.uk" as never },
      }
    : record.entry;
  const deps = testDeps(NOW, [{ ...record, entry }]);
  const check = await createMessageChecker(deps).check(message(NOW), FRONTLINE_USER);
  if (check.mode !== "read" || !check.cases[0]) throw new Error("no case");
  return { deps, caseView: check.cases[0] };
}

describe("forwarding to the SPOC", () => {
  it("opens a forward to the SPOC and the deputy with a covering note", async () => {
    const { deps, caseView } = await caseInView();
    const outcome = await forwardToSpoc(deps, caseView, FRONTLINE_USER);
    expect(outcome).toEqual({
      ok: true,
      message: "A forward to Priya Shah and Jordan Lee is open: check it, then send it.",
    });
    const [forward] = deps.mailbox.forwards;
    expect(forward?.to).toEqual([SPOC.email, "jordan.lee@portsmouthcc.gov.uk"]);
    expect(forward?.note).toContain(
      "Priya Shah, I am forwarding this message from Jo Bloggs (case UCB-2026-7KQ2MX) to you as the single point of contact for this customer.",
    );
    expect(forward?.note).toContain("Restricted customer: this message is within the terms.");
    expect(forward?.note).toContain("It is not logged yet.");
  });

  it("says so when Outlook will not open the forward", async () => {
    const { deps, caseView } = await caseInView(false);
    deps.mailbox.fail("openForward");
    expect(await forwardToSpoc(deps, caseView, FRONTLINE_USER)).toEqual({
      ok: false,
      message: "Outlook did not open the forward. Forward the message yourself from Outlook.",
    });
  });

  it("says who to tell when no SPOC is recorded", async () => {
    const { deps, caseView } = await caseInView(false);
    const outcome = await forwardToSpoc(
      deps,
      { ...caseView, spoc: undefined, deputy: undefined },
      FRONTLINE_USER,
    );
    expect(outcome.ok).toBe(false);
    expect(deps.mailbox.forwards).toEqual([]);
  });
});
