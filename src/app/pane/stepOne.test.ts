import { describe, expect, it } from "vitest";
import { noonOn } from "../../domain/testScenario";
import { watchCaseWrites } from "../caseChanges";
import { createPaneUseCases } from "./index";
import { raiseConcern } from "./stepOne";
import { stepOneDefaults } from "./stepOneDefaults";
import type { StepOneInput } from "./types";
import { CUSTOMER, FRONTLINE_USER, MANAGER_USER, message, testDeps } from "./testSupport";

const NOW = noonOn("2026-03-03");
const item = message(NOW);

const INPUT: StepOneInput = {
  ...stepOneDefaults(item),
  behaviourExamples: ["excessiveDemands", "abusiveRemarks"],
  behaviourDetail: "Emails six officers several times a day about the same repair.",
  serviceMostImpacted: "Housing",
  representativeOffered: true,
  representativeName: "Ann Advocate",
  representativeEmail: "ann@advocacy.example.org",
  spocName: "Priya Shah",
  spocEmail: "priya.shah@portsmouthcc.gov.uk",
  deputyName: "Jordan Lee",
  deputyEmail: "jordan.lee@portsmouthcc.gov.uk",
  proposedArrangement: "One email a week to Priya Shah, answered within five working days.",
  reasonableAdjustments: "Large print letters\n\n  Calls before noon  ",
};

describe("raising a step-one concern (5.1)", () => {
  it("opens the case with its addresses and case file, and one 'case opened' event", async () => {
    const deps = testDeps(NOW);
    const outcome = await raiseConcern(deps, INPUT, MANAGER_USER);
    expect(outcome.kind).toBe("done");
    const ref = outcome.kind === "done" ? outcome.value.ref : undefined;
    expect(ref).toMatch(/^UCB-2026-[0-9A-Z]{6}$/);
    const entry = ref && deps.store.register.get(ref)?.value;
    expect(entry).toMatchObject({
      customerName: "Jo Bloggs",
      stage: "stepOne",
      serviceArea: "Housing",
      representative: { name: "Ann Advocate", email: "ann@advocacy.example.org" },
      deputy: { name: "Jordan Lee" },
    });
    expect(deps.store.addresses.map((a) => [a.address, a.kind])).toEqual([
      [CUSTOMER, "customer"],
      ["ann@advocacy.example.org", "representative"],
    ]);
    const file = ref && deps.store.files.get(ref)?.value;
    expect(file).toMatchObject({
      stepOne: {
        raisedOn: "2026-03-03",
        raisedBy: { name: "Sam Patel", role: "serviceManager" },
        behaviourExamples: ["excessiveDemands", "abusiveRemarks"],
        proposedSpoc: { name: "Priya Shah" },
        agreement: "pending",
      },
      reasonableAdjustments: [
        { description: "Large print letters" },
        { description: "Calls before noon" },
      ],
    });
    expect(deps.store.events.map((e) => e.action)).toEqual(["caseOpened", "stepOneRaised"]);
  });

  it("opens a reply confirming the concern in writing, as a council letter", async () => {
    const deps = testDeps(NOW);
    const outcome = await raiseConcern(deps, INPUT, MANAGER_USER);
    const [letter] = deps.mailbox.replies;
    expect(outcome.kind === "done" && outcome.value.letter).toBe(letter);
    expect(letter).toMatch(
      /^Portsmouth City Council\nOur reference: UCB-2026-\w{6}\nDate: 3 March 2026\n\nDear Jo Bloggs,/,
    );
    expect(letter).toContain("- Making unnecessarily excessive demands on staff time");
    expect(letter).toContain("One email a week to Priya Shah, answered within five working days.");
    expect(letter).toContain(
      "Priya Shah (priya.shah@portsmouthcc.gov.uk) becomes your single point of contact",
    );
    expect(letter).toContain("When Priya Shah is away, Jordan Lee");
    expect(letter).toContain("Ann Advocate represents you");
    expect(letter).toContain("- Large print letters");
    expect(letter).toContain("may place restrictions on how you contact the council");
    expect(letter).toMatch(
      /Yours sincerely,\n\nSam Patel\nService Manager\nPortsmouth City Council$/,
    );
  });

  it.each([
    [{ customerName: " " }, "customerName", "Give the customer's name."],
    [
      { customerEmail: "jo@" },
      "customerEmail",
      "Give the customer's email address in full, such as name@example.org.",
    ],
    [
      { behaviourExamples: [] },
      "behaviourExamples",
      "Choose at least one example of the behaviour (policy 4.1).",
    ],
    [
      { behaviourExamples: ["shouting"] },
      "behaviourExamples",
      "Choose the examples from the policy's list (4.1).",
    ],
    [
      { serviceMostImpacted: "" },
      "serviceMostImpacted",
      "Give the service most impacted by the behaviour (5.1).",
    ],
    [
      { proposedArrangement: "x".repeat(4001) },
      "proposedArrangement",
      "Keep the proposed arrangement to 4000 characters.",
    ],
    [{ spocEmail: "" }, "spocEmail", "Give the proposed SPOC's email address."],
    [{ spocName: "", spocEmail: "" }, "spocName", "Name the proposed SPOC as well as the deputy."],
    [
      { representativeEmail: "jo.bloggs@example.org" },
      "representativeEmail",
      "The representative's address must differ from the customer's.",
    ],
    [{ representativeName: "" }, "representativeName", "Give the representative's name."],
  ] as const)("refuses %o, saves nothing and opens no letter", async (change, field, words) => {
    const deps = testDeps(NOW);
    const outcome = await raiseConcern(deps, { ...INPUT, ...change }, MANAGER_USER);
    expect(outcome).toMatchObject({ kind: "invalid", fieldErrors: { [field]: words } });
    expect(deps.store.calls).toEqual([]);
    expect(deps.mailbox.replies).toEqual([]);
  });

  it("is refused to frontline staff, with the policy's reason", async () => {
    const deps = testDeps(NOW);
    const outcome = await raiseConcern(deps, INPUT, FRONTLINE_USER);
    expect(outcome).toEqual({
      kind: "refused",
      message:
        "Only managers (the service manager or more senior) can raise a step-one concern (5.1).",
    });
    expect(deps.store.calls).toEqual([]);
  });

  it("says in words when SharePoint cannot be reached, and opens no letter", async () => {
    const deps = testDeps(NOW);
    deps.store.fail("createCase", "offline");
    const outcome = await raiseConcern(deps, INPUT, MANAGER_USER);
    expect(outcome.kind).toBe("failed");
    expect(outcome.kind === "failed" && outcome.message).toMatch(
      /^The case was not opened\. Outlook could not reach SharePoint/,
    );
    expect(deps.mailbox.replies).toEqual([]);
  });

  it("keeps the case and gives the letter when Outlook will not open the reply", async () => {
    const deps = testDeps(NOW);
    deps.mailbox.fail("openReply");
    const outcome = await raiseConcern(deps, INPUT, MANAGER_USER);
    expect(outcome.kind).toBe("done");
    expect(outcome.kind === "done" && outcome.value.replyProblem).toMatch(/copy the letter/);
    expect(deps.store.register.size).toBe(1);
  });

  it("shows the sender as a known customer at step one straight after", async () => {
    const deps = testDeps(NOW);
    const watched = watchCaseWrites(deps.store);
    const pane = createPaneUseCases(
      { ...deps, store: watched.store },
      {
        outboxStorage: { get: () => null, set: () => undefined },
        helpdeskMailbox: "jordan.lee@council.example" as never,
        changes: watched.changes,
      },
    );
    expect((await pane.check(item, MANAGER_USER)).verdict.kind).toBe("notRestricted");
    await pane.raiseConcern(INPUT, MANAGER_USER);
    expect((await pane.check(item, MANAGER_USER)).verdict.kind).toBe("caseOpen");
    pane.outbox.stop();
  });
});

describe("case references", () => {
  it("gives each new case its own reference", async () => {
    const deps = testDeps(NOW);
    const first = await raiseConcern(deps, INPUT, MANAGER_USER);
    const second = await raiseConcern(
      deps,
      { ...INPUT, customerName: "Sam Other", customerEmail: "sam.other@example.org" },
      MANAGER_USER,
    );
    expect(first.kind === "done" && second.kind === "done").toBe(true);
    expect(deps.store.register.size).toBe(2);
  });
});
