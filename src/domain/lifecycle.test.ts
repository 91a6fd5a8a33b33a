import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { applyCommand } from "./lifecycle";
import { openCase } from "./lifecycleStepOne";
import { DEPUTY, REF, SPOC, date, unwrap } from "./testFixtures";
import {
  AD,
  ASSESSMENT,
  HELPDESK,
  IMPOSITION,
  OPEN_CASE,
  SERVICE_MANAGER,
  SOLICITOR,
  BY_EMAIL,
  BY_LETTER,
  applied,
  assessed,
  confirmed,
  imposed,
  monitored,
  noonOn,
  opened,
  referred,
  restricted,
} from "./testScenario";

describe("openCase (5.1)", () => {
  it("creates the case at step one with the step-one record", () => {
    const { record, events } = unwrap(
      openCase(
        {
          ...OPEN_CASE,
          customerName: "  Jo Bloggs ",
          reasonableAdjustments: [{ description: "Large print" }],
        },
        SERVICE_MANAGER,
        noonOn("2026-10-01"),
        PORTSMOUTH_POLICY,
      ),
    );
    expect(record.entry).toEqual({
      ref: REF,
      customerName: "Jo Bloggs",
      stage: "stepOne",
      serviceArea: "Housing",
      review: { status: "none" },
      appeal: { status: "none" },
    });
    expect(record.file).toEqual({
      ref: REF,
      stepOne: {
        raisedOn: "2026-10-01",
        raisedBy: SERVICE_MANAGER,
        serviceMostImpacted: "Housing",
        behaviourExamples: ["excessiveDemands", "abusiveRemarks"],
        behaviourDetail: "Emails several times a day to six officers.",
        representativeOffered: true,
        representativeOffer: { offeredOn: "2026-10-01", answer: "pending" },
        proposedSpoc: SPOC,
        proposedArrangement: "One email a week to the SPOC.",
        agreement: "pending",
      },
      reasonableAdjustments: [{ description: "Large print" }],
    });
    expect(events).toEqual([
      {
        ref: REF,
        at: noonOn("2026-10-01"),
        actor: SERVICE_MANAGER,
        action: "stepOneRaised",
        summary: "Sam Patel raised a step-one concern about contact with Housing (5.1).",
        detail: {
          stageTo: "stepOne",
          behaviourExamples: ["excessiveDemands", "abusiveRemarks"],
          representativeOffered: true,
          proposedArrangement: "One email a week to the SPOC.",
        },
      },
    ]);
  });

  it("records a representative and works without a proposed SPOC or detail", () => {
    const { record } = unwrap(
      openCase(
        {
          ...OPEN_CASE,
          proposedSpoc: undefined,
          behaviourDetail: " ",
          representative: DEPUTY,
          behaviourExamples: ["scattergun", "scattergun"],
        },
        AD,
        noonOn("2026-10-01"),
        PORTSMOUTH_POLICY,
      ),
    );
    expect(record.entry.representative).toEqual(DEPUTY);
    // Named when the concern is raised: the offer was made and accepted that day (5.1).
    expect(record.file.stepOne?.representativeOffer).toEqual({
      offeredOn: "2026-10-01",
      answer: "accepted",
      answeredOn: "2026-10-01",
      representative: DEPUTY,
    });
    expect(record.file.stepOne?.proposedSpoc).toBeUndefined();
    expect(record.file.stepOne?.behaviourDetail).toBe("");
    expect(record.file.stepOne?.behaviourExamples).toEqual(["scattergun"]);
  });

  it("dates the concern by the UK date, not the UTC one", () => {
    const { record } = unwrap(
      openCase(OPEN_CASE, SERVICE_MANAGER, new Date("2026-06-30T23:30:00Z"), PORTSMOUTH_POLICY),
    );
    expect(record.file.stepOne?.raisedOn).toBe("2026-07-01");
  });
});

describe("step one", () => {
  it("records the written confirmation and how it went", () => {
    const { record, events } = applied(
      opened(),
      { kind: "confirmInWriting", on: date("2026-10-02"), via: BY_EMAIL },
      SERVICE_MANAGER,
      "2026-10-03",
    );
    expect(record.file.stepOne?.confirmedInWritingOn).toBe("2026-10-02");
    expect(record.file.stepOne?.confirmedVia).toEqual({ channel: "email" });
    expect(events[0]).toMatchObject({
      action: "confirmedInWriting",
      summary:
        "The step-one concern was confirmed to the customer in writing on Friday 2 October 2026 (5.1).",
      detail: { stageFrom: "stepOne", stageTo: "stepOne", on: "2026-10-02" },
    });
  });

  it("records a confirmation made another way, with the reasonable adjustment that needs it", () => {
    const { record, events } = applied(
      opened(),
      {
        kind: "confirmInWriting",
        on: date("2026-10-02"),
        via: { channel: "phone", adjustment: " Blind: letters read aloud by phone " },
      },
      SERVICE_MANAGER,
      "2026-10-03",
    );
    expect(record.file.stepOne?.confirmedVia).toEqual({
      channel: "phone",
      adjustment: "Blind: letters read aloud by phone",
    });
    expect(events[0]?.summary).toBe(
      "The step-one concern was confirmed to the customer on Friday 2 October 2026, by telephone, as a reasonable adjustment requires (Blind: letters read aloud by phone) (5.1).",
    );
  });

  it.each<[string, "pending" | "accepted" | "declined", boolean, string]>([
    [
      "accepted",
      "accepted",
      true,
      "The customer was offered a representative on Friday 2 October 2026 and appointed Jordan Lee, who now contacts the council for them (5.1).",
    ],
    [
      "declined",
      "declined",
      false,
      "The customer was offered a representative on Friday 2 October 2026 and declined (5.1).",
    ],
    [
      "not yet answered",
      "pending",
      false,
      "The customer was offered a representative on Friday 2 October 2026; they have not yet answered (5.1).",
    ],
  ])("records the offer of a representative: %s", (_label, answer, named, summary) => {
    const { record, events } = applied(
      opened(),
      {
        kind: "recordRepresentativeOffer",
        offeredOn: date("2026-10-02"),
        answer,
        ...(named ? { representative: DEPUTY } : {}),
      },
      SERVICE_MANAGER,
      "2026-10-05",
    );
    expect(record.file.stepOne?.representativeOffer).toEqual({
      offeredOn: "2026-10-02",
      answer,
      ...(answer === "pending" ? {} : { answeredOn: "2026-10-05" }),
      ...(named ? { representative: DEPUTY } : {}),
    });
    expect(record.entry.representative).toEqual(named ? DEPUTY : undefined);
    expect(events[0]).toMatchObject({ action: "representativeOffered", summary });
  });

  it("moves to monitoring when the customer agrees, putting the SPOC on the register", () => {
    const record = monitored();
    expect(record.entry.stage).toBe("monitoring");
    expect(record.entry.spoc).toEqual(SPOC);
    expect(record.file.stepOne).toMatchObject({
      agreement: "agreed",
      agreementRecordedOn: "2026-10-09",
    });
  });

  it("leaves the register without a SPOC when none was proposed", () => {
    const opening = unwrap(
      openCase(
        { ...OPEN_CASE, proposedSpoc: undefined },
        SERVICE_MANAGER,
        noonOn("2026-10-01"),
        PORTSMOUTH_POLICY,
      ),
    );
    const written = applied(
      opening.record,
      { kind: "confirmInWriting", on: date("2026-10-01"), via: BY_LETTER },
      SERVICE_MANAGER,
      "2026-10-01",
    );
    const { record } = applied(
      written.record,
      { kind: "recordAgreement", agreed: true },
      SERVICE_MANAGER,
      "2026-10-05",
    );
    expect(record.entry.stage).toBe("monitoring");
    expect(record.entry.spoc).toBeUndefined();
  });

  it("stays at step one when the customer does not agree", () => {
    const { record, events } = applied(
      confirmed(),
      { kind: "recordAgreement", agreed: false },
      SERVICE_MANAGER,
      "2026-10-09",
    );
    expect(record.entry.stage).toBe("stepOne");
    expect(record.entry.spoc).toBeUndefined();
    expect(record.file.stepOne?.agreement).toBe("notAgreed");
    expect(events[0]?.action).toBe("arrangementNotAgreed");
  });

  it("closes a case with reasons, keeping it six years", () => {
    const { record, events } = applied(
      monitored(),
      { kind: "closeCase", reasons: "Behaviour stopped." },
      SERVICE_MANAGER,
      "2027-03-01",
    );
    expect(record.entry).toMatchObject({
      stage: "closed",
      closedOn: "2027-03-01",
      retainUntil: "2033-03-01",
    });
    expect(events[0]).toMatchObject({
      action: "caseClosed",
      detail: { stageFrom: "monitoring", stageTo: "closed", reasons: "Behaviour stopped." },
    });
  });
});

describe("referral (5.2.1)", () => {
  it("refers from step one with the behaviour, work and correspondence", () => {
    const record = referred();
    expect(record.entry.stage).toBe("referred");
    expect(record.file.referral).toEqual({
      referredOn: "2026-10-12",
      referredBy: SERVICE_MANAGER,
      behaviour: "Daily emails to several officers about the same repair.",
      workUndertaken: "Met the customer; proposed a weekly email to one officer.",
      correspondence: ["Letter of 2 October 2026"],
      monitoringEvidence: "",
      contactCount: 0,
    });
  });

  it("refers from monitoring with the arrangement and the monitoring evidence", () => {
    const { record, events } = applied(
      monitored(),
      {
        kind: "refer",
        behaviour: "Still emailing daily.",
        workUndertaken: "Weekly arrangement agreed.",
        correspondence: [" Letter of 2 October ", "", "Email of 9 October"],
        arrangement: "One email a week to the SPOC.",
        monitoringEvidence: "14 emails in two weeks (contact log).",
        contactCount: 14,
      },
      SERVICE_MANAGER,
      "2026-10-23",
    );
    expect(record.file.referral).toMatchObject({
      correspondence: ["Letter of 2 October", "Email of 9 October"],
      arrangement: "One email a week to the SPOC.",
      monitoringEvidence: "14 emails in two weeks (contact log).",
      contactCount: 14,
    });
    expect(events[0]?.summary).toBe(
      "Sam Patel referred the case to the city helpdesk manager (5.2.1).",
    );
  });
});

describe("assessment (5.2.2)", () => {
  it.each([
    [
      false,
      false,
      "closed",
      "Assessed: the behaviour was not found unreasonable, so the case is closed (5.2.2).",
    ],
    [
      true,
      false,
      "monitoring",
      "Assessed: the behaviour is unreasonable but restrictions are not needed; contact will be monitored (5.2.2).",
    ],
    [
      true,
      true,
      "assessed",
      "Assessed: the behaviour is unreasonable and restrictions are needed (5.2.2).",
    ],
  ])(
    "unreasonable %s, restrictions needed %s → %s",
    (unreasonable, restrictionsNeeded, stage, summary) => {
      const { record, events } = applied(
        referred(),
        { ...ASSESSMENT, unreasonable, restrictionsNeeded },
        HELPDESK,
        "2026-10-20",
      );
      expect(record.entry.stage).toBe(stage);
      expect(record.file.assessment).toMatchObject({
        decidedOn: "2026-10-20",
        decidedBy: HELPDESK,
        consulted: [
          { ...AD, on: "2026-10-15" },
          { ...SERVICE_MANAGER, on: "2026-10-16" },
        ],
        unreasonable,
        restrictionsNeeded,
      });
      expect(events[0]).toMatchObject({
        summary,
        detail: {
          consulted: [
            "Alex Reed (assistant director of corporate services) on Thursday 15 October 2026",
            "Sam Patel (service manager) on Friday 16 October 2026",
          ],
        },
      });
      if (stage === "closed")
        expect(record.entry).toMatchObject({ closedOn: "2026-10-20", retainUntil: "2032-10-20" });
      else expect(record.entry.retainUntil).toBeUndefined();
    },
  );
});

describe("imposing restrictions (5.2.3–5.2.5)", () => {
  it("starts period 1, notice pending, with the review date and the terms in words", () => {
    const record = imposed();
    expect(record.entry.period?.decidedAt).toEqual(noonOn("2026-10-30"));
    expect(record.entry.period?.origin).toBe("imposed");
    expect(record.entry).toMatchObject({
      stage: "restricted",
      spoc: SPOC,
      reviewDue: "2027-01-31",
      termsSummary:
        "Contact by email or by letter only. At most 1 email a week (weeks start on Monday). Only with the SPOC, Priya Shah.",
      period: {
        number: 1,
        start: "2026-11-02",
        end: "2027-01-31",
        decidedOn: "2026-10-30",
        decidedBy: AD,
        notice: { kind: "pending" },
        customerReviewRequests: [],
      },
      review: { status: "none" },
      appeal: { status: "none" },
    });
    expect(record.entry.appealBy).toBeUndefined();
  });

  it("lets the City Solicitor impose extreme measures, and warns of clashing adjustments", () => {
    const base = assessed();
    const withNeed = {
      ...base,
      file: {
        ...base.file,
        reasonableAdjustments: [
          { description: "Deaf: uses email", requiresChannels: ["email" as const] },
        ],
      },
    };
    const { record, events } = applied(
      withNeed,
      {
        ...IMPOSITION,
        terms: { extreme: { blockedChannels: ["email"] } },
        deputy: DEPUTY,
        proportionalityNote: "Threats to staff.",
        start: date("2026-10-30"),
      },
      SOLICITOR,
      "2026-10-30",
    );
    expect(record.entry.deputy).toEqual(DEPUTY);
    expect(record.file.proportionalityNote).toBe("Threats to staff.");
    expect(events[0]).toMatchObject({
      action: "restrictionsImposed",
      summary:
        "Chris Ward, City Solicitor, decided to impose restrictions from Friday 30 October 2026 to Sunday 31 January 2027; they bind once the customer is told (5.2.4, 5.2.5).",
      detail: {
        adjustmentWarnings: [
          'The terms block email, but a recorded reasonable adjustment needs contact by email ("Deaf: uses email").',
        ],
      },
    });
  });

  it("needs no SPOC when contact is not limited to one", () => {
    const { record } = applied(
      assessed(),
      { ...IMPOSITION, terms: { allowedChannels: ["letter"] }, spoc: undefined },
      HELPDESK,
      "2026-10-30",
    );
    expect(record.entry.spoc).toBeUndefined();
    expect(record.entry.termsSummary).toBe("Contact by letter only.");
  });

  it("sets the review date from the configuration", () => {
    const config = {
      ...PORTSMOUTH_POLICY,
      reviewDue: { kind: "monthsAfterStart" as const, months: 1 },
    };
    const outcome = unwrap(applyCommand(assessed(), IMPOSITION, AD, noonOn("2026-10-30"), config));
    expect(outcome.record.entry.reviewDue).toBe("2026-12-02");
  });
});

describe("notice (5.2.4)", () => {
  it("records when, how and by whom the customer was told, which sets the appeal deadline", () => {
    const record = restricted();
    expect(record.entry.period?.notice).toEqual({
      kind: "notified",
      on: "2026-11-02",
      at: new Date("2026-11-02T09:30:00Z"),
      method: "letter",
      confirmation: { kind: "inWriting", on: "2026-11-02" },
      givenBy: AD,
    });
    expect(record.entry.appealBy).toBe("2026-11-30");
  });
});

describe("expiry", () => {
  it("ends the restrictions on the period's last day and keeps the file six years", () => {
    const { record, events } = applied(restricted(), { kind: "expire" }, HELPDESK, "2027-02-01");
    expect(record.entry).toMatchObject({
      stage: "ended",
      endedOn: "2027-01-31",
      retainUntil: "2033-01-31",
    });
    expect(events[0]).toMatchObject({
      action: "restrictionsExpired",
      summary: "The restrictions expired at the end of Sunday 31 January 2027.",
      detail: { stageFrom: "restricted", stageTo: "ended" },
    });
  });
});
