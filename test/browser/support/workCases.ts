/**
 * Cases that give each role's work queues something to hold, written with the demo's builders
 * (scripts/demo/builders.ts): a concern not yet confirmed in writing, contact outside an
 * agreed arrangement, a notice not yet given, a decision not to tell, a review request, an
 * appeal received and one passed to the director, a case past its retention date and an
 * assessed case; and two customers whose names need folding to be found (O'Brien, Schäfer), one
 * with weeks of contacts for the chart.
 */
import type { NewContact } from "../../../src/app/ports";
import type { CaseRef, EmailAddress } from "../../../src/domain/types";
import {
  customer,
  DEPUTY,
  demoBuilders,
  type DemoCase,
  SPOC,
} from "../../../scripts/demo/builders";
import { JORDAN, MORGAN, PRIYA } from "../../../scripts/demo/people";
import { monitoringCase } from "./cases";

export type WorkCases = ReturnType<typeof workCases>;

export function workCases(now = new Date()) {
  const b = demoBuilders(now);
  const weekly = { volumes: [{ max: 1, per: "week" as const, channels: ["email" as const] }] };
  const restricted = (
    code: string,
    name: string,
    address: string,
    options: {
      readonly notice?: "notified" | "pending" | "notNotified";
      readonly daysAgo?: number;
      readonly extra?: Parameters<typeof b.restrictedCase>[8];
      readonly terms?: Parameters<typeof b.restriction>[3];
      readonly summary?: string;
      readonly contacts?: (ref: CaseRef, from: EmailAddress) => NewContact[];
    } = {},
  ): DemoCase =>
    b.restrictedCase(
      code,
      options.daysAgo ?? 20,
      name,
      "Housing",
      [customer(address)],
      b.restriction(
        options.daysAgo ?? 20,
        6,
        MORGAN,
        options.terms ?? weekly,
        options.summary ?? "At most one email a week.",
        options.notice ?? "notified",
      ),
      `${name}: work queue test case.`,
      options.contacts ?? (() => []),
      options.extra,
    );

  /** Ten weeks of emails, about one a week, three weeks with a second one (outside the terms). */
  const manyContacts = (ref: CaseRef, from: EmailAddress): NewContact[] =>
    Array.from({ length: 10 }, (_, week) => week).flatMap((week) => {
      const day = b.ago(week * 7 + 2);
      const first = b.email(ref, from, b.at(day, "09:30"), `Week ${week} question`);
      return week % 3 === 1
        ? [
            first,
            b.email(ref, from, b.at(day, "15:10"), `Week ${week} again`, "outsideTerms", [
              "overVolume",
            ]),
          ]
        : [first];
    });

  const obrien = restricted("0BR1EN", "Siobhán O’Brien", "siobhan.obrien@example.org", {
    daysAgo: 90,
    contacts: manyContacts,
  });
  const schafer = restricted("SCH4FR", "Jürgen Schäfer", "juergen.schaefer@example.org", {
    terms: { allowedChannels: ["letter"] },
    summary: "Contact by letter only.",
  });

  const stepOneRef = b.ref("STEP01", b.ago(9));
  const stepOne: DemoCase = {
    shows: "Step one raised nine days ago, not yet confirmed in writing.",
    openedBy: PRIYA,
    newCase: {
      entry: { ...b.base(stepOneRef, "Nadia Unconfirmed", "Parking"), stage: "stepOne" },
      addresses: [customer("nadia.unconfirmed@example.org")],
      file: {
        ref: stepOneRef,
        stepOne: {
          raisedOn: b.ago(9),
          raisedBy: PRIYA,
          serviceMostImpacted: "Parking",
          behaviourExamples: ["excessiveDemands"],
          behaviourDetail: "Twelve emails in two days about one parking fine.",
          representativeOffered: true,
          proposedSpoc: SPOC,
          proposedArrangement: "One email a week to the SPOC.",
          agreement: "pending",
        },
        reasonableAdjustments: [],
      },
    },
    events: [],
    contacts: [],
  };
  const monitored = monitoringCase("M0N1TR", "Martin Monitor", "martin.monitor@example.org", now);

  const noticePending = restricted("N0T1CE", "Petra Pending", "petra.pending@example.org", {
    daysAgo: 8,
    notice: "pending",
  });
  const notTold = restricted("N0TT0D", "Ned Nottold", "ned.nottold@example.org", {
    notice: "notNotified",
  });
  const reviewRequested = restricted("REV1EW", "Rhiannon Review", "rhiannon.review@example.org", {
    extra: {
      review: {
        status: "pending",
        requestedOn: b.ago(3),
        by: "customer",
        grounds: "My circumstances have changed.",
      },
    },
  });
  const appealLodged = restricted("APPEA7", "Abel Appeal", "abel.appeal@example.org", {
    extra: {
      appeal: { status: "lodged", lodgedOn: b.ago(2), grounds: "The restrictions are unfair." },
    },
  });
  // 5.2.7: gathered by the helpdesk manager and passed on: the director's to decide.
  const appealPassed = restricted("PASS3D", "Paula Passed", "paula.passed@example.org", {
    extra: {
      appeal: {
        status: "passed",
        lodgedOn: b.ago(6),
        grounds: "I need to phone about my tenancy.",
        receivedVia: { channel: "letter" },
        passedOn: b.ago(1),
        passedBy: JORDAN,
        information: ["The decision and its reasons", "The appeal letter"],
      },
    },
  });
  const retentionRef = b.ref("RETA1N", b.ago(2600));
  const retention: DemoCase = {
    shows: "Ended over six years ago: due for destruction.",
    openedBy: PRIYA,
    newCase: {
      entry: {
        ...b.base(retentionRef, "Rita Retained", "Libraries"),
        stage: "ended",
        endedOn: b.ago(2200),
        retainUntil: b.ago(10),
      },
      addresses: [customer("rita.retained@example.org")],
      file: { ref: retentionRef, reasonableAdjustments: [] },
    },
    events: [],
    contacts: [],
  };
  const assessedRef = b.ref("ASSE55", b.ago(60));
  const assessedCase: DemoCase = {
    shows: "Assessed: restrictions to decide.",
    openedBy: PRIYA,
    newCase: {
      entry: {
        ...b.base(assessedRef, "Alma Assessed", "Waste"),
        stage: "assessed",
        spoc: SPOC,
        deputy: DEPUTY,
      },
      addresses: [customer("alma.assessed@example.org")],
      file: b.history(assessedRef, "Waste", b.ago(1), "Daily calls about bins.", 20),
    },
    events: [],
    contacts: [],
  };

  return {
    obrien,
    schafer,
    stepOne,
    monitored,
    noticePending,
    notTold,
    reviewRequested,
    appealLodged,
    appealPassed,
    retention,
    assessed: assessedCase,
    all: [
      obrien,
      schafer,
      stepOne,
      monitored,
      noticePending,
      notTold,
      reviewRequested,
      appealLodged,
      appealPassed,
      retention,
      assessedCase,
    ],
  };
}
