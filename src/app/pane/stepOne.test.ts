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
  proposedTerms: {
    volumes: [{ max: 1, per: "week", channels: ["email"] }],
    spocOnly: true,
    otherConditions: ["Emails are answered within five working days"],
  },
  reasonableAdjustments: "Easy-read summaries\n\n  Calls before noon  ",
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
        proposedTerms: {
          volumes: [{ max: 1, per: "week", channels: ["email"] }],
          spocOnly: true,
          otherConditions: ["Emails are answered within five working days"],
        },
        proposedArrangement:
          "At most 1 email a week (weeks start on Monday). Only with the SPOC, Priya Shah. Other condition, not checked by the add-in: Emails are answered within five working days.",
        agreement: "pending",
      },
      reasonableAdjustments: [
        { description: "Easy-read summaries" },
        { description: "Calls before noon" },
      ],
    });
    expect(deps.store.events.map((e) => e.action)).toEqual([
      "caseOpened",
      "stepOneRaised",
      "documentKept",
    ]);
  });

  it("opens a reply confirming the concern in writing, as a council letter", async () => {
    const deps = testDeps(NOW);
    const outcome = await raiseConcern(deps, INPUT, MANAGER_USER);
    const [letter] = deps.mailbox.replies;
    expect(outcome.kind === "done" && outcome.value.letter.body).toBe(letter);
    expect(outcome.kind === "done" && outcome.value.letter.channel.kind).toBe("email");
    expect(letter).toMatch(
      /^Portsmouth City Council\nOur reference: UCB-2026-\w{6}\nDate: 3 March 2026\n\nDear Jo Bloggs,/,
    );
    expect(letter).toContain("- Making unnecessarily excessive demands on staff time");
    // The arrangement is proposed as terms, and the letter words them for the customer.
    expect(letter).toContain(
      "- Your contact with the council is limited to 1 email a week (weeks start on Monday).",
    );
    expect(letter).toContain("- Emails are answered within five working days.");
    expect(letter).toContain(
      "Priya Shah (priya.shah@portsmouthcc.gov.uk) becomes your single point of contact",
    );
    expect(letter).toContain("We ask that you contact the council only through them.");
    expect(letter).toContain("When Priya Shah is away, Jordan Lee");
    expect(letter).toContain("Ann Advocate represents you");
    expect(letter).toContain("- Easy-read summaries");
    expect(letter).toContain("may place restrictions on how you contact the council");
    expect(letter).toMatch(
      /Yours sincerely,\n\nSam Patel\nService Manager\nPortsmouth City Council$/,
    );
  });

  it("keeps the emailed letter, as drafted, with the case", async () => {
    const deps = testDeps(NOW);
    const outcome = await raiseConcern(deps, INPUT, MANAGER_USER);
    const ref = outcome.kind === "done" ? outcome.value.ref : undefined;
    const [kept] = ref ? await deps.documents.list(ref) : [];
    expect(kept?.folder).toBe("letters");
    expect(kept?.name).toMatch(/\.eml$/);
    const eml = kept ? new TextDecoder().decode(await deps.documents.content(kept)) : "";
    expect(eml).toMatch(/^From: "Sam Patel" <sam\.patel@portsmouthcc\.gov\.uk>\r\nTo: /);
    expect(deps.store.events.map((e) => e.action)).toContain("documentKept");
  });

  it("gives a customer who needs large print a printable letter, 'Dear Mr Bloggs', not a reply", async () => {
    const deps = testDeps(NOW);
    const outcome = await raiseConcern(
      deps,
      {
        ...INPUT,
        reasonableAdjustments: "Letters in 18pt please",
        customerTitle: "Mr",
        customerSurname: "Bloggs",
        customerPostalAddress: "12 Hill Road\nSouthsea\nPO4 0AA",
      },
      MANAGER_USER,
    );
    expect(deps.mailbox.replies).toEqual([]);
    const letter = outcome.kind === "done" ? outcome.value.letter : undefined;
    expect(letter?.channel).toMatchObject({ kind: "post", largePrint: true, reason: "largePrint" });
    expect(outcome.kind === "done" && outcome.message).toMatch(
      /This letter is a printable letter in large print: print it and post it\.$/,
    );
    expect(letter?.body).toContain("Dear Mr Bloggs,");
    expect(letter?.addressBlock).toEqual(["Mr Jo Bloggs", "12 Hill Road", "Southsea", "PO4 0AA"]);
    const ref = outcome.kind === "done" ? outcome.value.ref : undefined;
    const file = ref && deps.store.files.get(ref)?.value;
    expect(file).toMatchObject({
      reasonableAdjustments: [{ description: "Letters in 18pt please", largePrint: true }],
      letterDetails: { customer: { title: "Mr", surname: "Bloggs" } },
    });
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
    // The arrangement is terms now, not free text (issue 10, item 4).
    [
      { proposedTerms: undefined },
      "proposedTerms",
      "Set out the way forward proposed to the customer (5.1): the SPOC, how, how often or when they may contact the council, or a condition in your own words.",
    ],
    [
      { proposedTerms: {} },
      "proposedTerms",
      "The arrangement says nothing: choose at least one term, or write a condition in your own words.",
    ],
    [
      { proposedTerms: { extreme: { blockedChannels: ["phone"] } } },
      "proposedTerms",
      "An arrangement agreed at step one cannot block channels or restrict access to premises: only restrictions can (5.2.5).",
    ],
    [
      {
        proposedTerms: { spocOnly: true },
        spocName: "",
        spocEmail: "",
        deputyName: "",
        deputyEmail: "",
      },
      "spocName",
      "Name the proposed SPOC: the arrangement limits contact to them.",
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
