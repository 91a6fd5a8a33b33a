import { describe, expect, it } from "vitest";
import { date } from "../../domain/testFixtures";
import { confirmed, noonOn, opened } from "../../domain/testScenario";
import { prepareReferral } from "./referral";
import { recordStepOneProgress } from "./stepOneProgress";
import { FRONTLINE_USER, MANAGER_USER, REF, testDeps } from "./testSupport";

const NOW = noonOn("2026-10-05");

describe("recording step one's progress (5.1)", () => {
  it("records the written confirmation, after which the case can be referred", async () => {
    const deps = testDeps(NOW, [opened()]);
    const outcome = await recordStepOneProgress(
      deps,
      REF,
      { kind: "confirmInWriting", on: date("2026-10-02") },
      MANAGER_USER,
    );
    expect(outcome).toMatchObject({
      kind: "done",
      message:
        "The step-one concern was confirmed to the customer in writing on Friday 2 October 2026 (5.1).",
    });
    expect((await prepareReferral(deps, REF, MANAGER_USER)).kind).toBe("ready");
  });

  it("records the customer's agreement: the case is monitored and the SPOC goes on the register", async () => {
    const deps = testDeps(NOW, [confirmed()]);
    await recordStepOneProgress(deps, REF, { kind: "recordAgreement", agreed: true }, MANAGER_USER);
    expect(deps.store.register.get(REF)?.value).toMatchObject({
      stage: "monitoring",
      spoc: { name: "Priya Shah" },
    });
  });

  it("is refused to frontline staff in the domain's words, changing nothing", async () => {
    const deps = testDeps(NOW, [opened()]);
    const outcome = await recordStepOneProgress(
      deps,
      REF,
      { kind: "confirmInWriting", on: date("2026-10-02") },
      FRONTLINE_USER,
    );
    expect(outcome.kind === "refused" && outcome.message).toMatch(/^Only managers/);
    expect(deps.store.files.get(REF)?.value.stepOne?.confirmedInWritingOn).toBeUndefined();
  });
});
