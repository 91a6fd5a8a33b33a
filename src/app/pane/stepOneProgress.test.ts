import { describe, expect, it } from "vitest";
import { loadCase } from "../caseCommands";
import { DEPUTY, date } from "../../domain/testFixtures";
import { confirmed, noonOn, opened } from "../../domain/testScenario";
import { OPEN_CASE, SERVICE_MANAGER } from "../../domain/testScenario";
import { openCase } from "../../domain/lifecycleStepOne";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { prepareReferral } from "./referral";
import { recordStepOneProgress } from "./stepOneProgress";
import { FRONTLINE_USER, MANAGER_USER, REF, testDeps, user } from "./testSupport";

const NOW = noonOn("2026-10-05");

/** The version of the case a screen read now. */
async function screen(deps: ReturnType<typeof testDeps>) {
  const loaded = await loadCase(deps.store, REF);
  if (!loaded) throw new Error("no case");
  return { entryEtag: loaded.entryEtag, fileEtag: loaded.fileEtag };
}

describe("recording step one's progress (5.1)", () => {
  it("records the written confirmation, after which the case can be referred", async () => {
    const deps = testDeps(NOW, [opened()]);
    const outcome = await recordStepOneProgress(
      deps,
      REF,
      { kind: "confirmInWriting", on: date("2026-10-02"), via: { channel: "letter" } },
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
      { kind: "confirmInWriting", on: date("2026-10-02"), via: { channel: "letter" } },
      FRONTLINE_USER,
    );
    expect(outcome.kind === "refused" && outcome.message).toMatch(/^Only managers/);
    expect(deps.store.files.get(REF)?.value.stepOne?.confirmedInWritingOn).toBeUndefined();
  });

  it("adds an accepted representative to the case and to UCB Addresses", async () => {
    const deps = testDeps(NOW, [opened()]);
    const outcome = await recordStepOneProgress(
      deps,
      REF,
      {
        kind: "recordRepresentativeOffer",
        offeredOn: date("2026-10-02"),
        answer: "accepted",
        representative: DEPUTY,
      },
      MANAGER_USER,
    );
    expect(outcome.kind).toBe("done");
    expect(deps.store.register.get(REF)?.value.representative).toEqual(DEPUTY);
    expect(deps.store.addresses).toContainEqual({
      address: DEPUTY.email,
      ref: REF,
      kind: "representative",
    });
  });

  it("says so, keeping the offer, when the representative's address cannot be added", async () => {
    const deps = testDeps(NOW, [opened()]);
    deps.store.fail("addAddress", "throttled");
    const outcome = await recordStepOneProgress(
      deps,
      REF,
      {
        kind: "recordRepresentativeOffer",
        offeredOn: date("2026-10-02"),
        answer: "accepted",
        representative: DEPUTY,
      },
      MANAGER_USER,
    );
    expect(outcome.kind === "done" && outcome.message).toContain(
      "The representative's address could not be added to the address list",
    );
    expect(deps.store.files.get(REF)?.value.stepOne?.representativeOffer?.answer).toBe("accepted");
  });

  it("refuses a referral until the offer of a representative is recorded", async () => {
    const record = openCase(
      { ...OPEN_CASE, representativeOffered: false },
      SERVICE_MANAGER,
      noonOn("2026-10-01"),
      PORTSMOUTH_POLICY,
    );
    if (!record.ok) throw new Error("not opened");
    const deps = testDeps(NOW, [record.value.record]);
    await recordStepOneProgress(
      deps,
      REF,
      { kind: "confirmInWriting", on: date("2026-10-02"), via: { channel: "email" } },
      MANAGER_USER,
    );
    const refused = await prepareReferral(deps, REF, MANAGER_USER);
    expect(refused.kind === "refused" && refused.message).toBe(
      "Record the offer of a representative first: at step one the customer is offered the opportunity to appoint one (5.1).",
    );
    await recordStepOneProgress(
      deps,
      REF,
      { kind: "recordRepresentativeOffer", offeredOn: date("2026-10-02"), answer: "declined" },
      MANAGER_USER,
    );
    expect((await prepareReferral(deps, REF, MANAGER_USER)).kind).toBe("ready");
  });
});

describe("a step-one answer recorded from a stale screen (8)", () => {
  it("is refused as someone else's change, and the audit trail keeps both attempts", async () => {
    const deps = testDeps(NOW, [confirmed()]);
    const priya = await screen(deps);
    const sam = await screen(deps);
    const colleague = user(["serviceManager"], "Priya Shah");
    const first = await recordStepOneProgress(
      deps,
      REF,
      { kind: "recordAgreement", agreed: true },
      colleague,
      priya,
    );
    expect(first.kind).toBe("done");
    const second = await recordStepOneProgress(
      deps,
      REF,
      { kind: "recordAgreement", agreed: false },
      MANAGER_USER,
      sam,
    );
    expect(second).toMatchObject({
      kind: "failed",
      message:
        "Nothing was recorded. Someone else changed this case. It was changed since you opened it, so nothing was saved. Open it again to see the latest, then repeat your change if it is still needed.",
    });
    // The first answer stands.
    expect(deps.store.files.get(REF)?.value.stepOne?.agreement).toBe("agreed");
    expect(deps.store.register.get(REF)?.value.stage).toBe("monitoring");
    const trail = deps.store.events.map((e) => [e.action, e.actor.name]);
    expect(trail).toEqual([
      ["arrangementAgreed", "Priya Shah"],
      ["staleAttemptRefused", "Sam Patel"],
    ]);
    expect(deps.store.events[1]).toMatchObject({
      summary:
        "Sam Patel, service manager, tried to record the customer's answer to the proposed arrangement from a screen loaded before someone else changed the case; it was refused and nothing was saved.",
      detail: { attempted: [{ kind: "recordAgreement", agreed: false }] },
    });
  });

  it("records one thing after another from the same screen with the version each returns", async () => {
    const deps = testDeps(NOW, [opened()]);
    const read = await screen(deps);
    const confirmedNow = await recordStepOneProgress(
      deps,
      REF,
      { kind: "confirmInWriting", on: date("2026-10-02"), via: { channel: "letter" } },
      MANAGER_USER,
      read,
    );
    if (confirmedNow.kind !== "done") throw new Error(confirmedNow.message);
    const answered = await recordStepOneProgress(
      deps,
      REF,
      { kind: "recordAgreement", agreed: false },
      MANAGER_USER,
      confirmedNow.value.version,
    );
    expect(answered.kind).toBe("done");
  });

  it("refuses a second answer even from a fresh screen: a recorded answer is never replaced", async () => {
    const deps = testDeps(NOW, [confirmed()]);
    await recordStepOneProgress(
      deps,
      REF,
      { kind: "recordAgreement", agreed: false },
      MANAGER_USER,
    );
    const again = await recordStepOneProgress(
      deps,
      REF,
      { kind: "recordAgreement", agreed: true },
      MANAGER_USER,
      await screen(deps),
    );
    expect(again.kind === "refused" && again.message).toBe(
      "The customer's answer is already recorded on Monday 5 October 2026: they did not agree. Refer the case, or close it, as the answer requires (5.1).",
    );
    expect(deps.store.files.get(REF)?.value.stepOne?.agreement).toBe("notAgreed");
  });
});
