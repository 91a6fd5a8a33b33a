/** Demo cases before any restriction: step one, monitoring, referred, assessed. */
import type { DemoBuilders, DemoCase } from "./builders";
import { addr, customer, DEPUTY, SPOC } from "./builders";
import { JORDAN, PRIYA } from "./people";

export function casesBeforeRestrictions(b: DemoBuilders): DemoCase[] {
  const { ago, at, ref, email, logged, event, history, base } = b;
  return [
    (() => {
      const caseRef = ref("H2N6JD", ago(4));
      return {
        shows: "Step one: a service manager has raised a concern and proposed a SPOC.",
        openedBy: PRIYA,
        newCase: {
          entry: { ...base(caseRef, "Harriet Vance", "Council Tax"), stage: "stepOne", spoc: SPOC },
          addresses: [customer("harriet.vance@example.org")],
          file: {
            ref: caseRef,
            stepOne: {
              raisedOn: ago(4),
              raisedBy: PRIYA,
              serviceMostImpacted: "Council Tax",
              behaviourExamples: ["scattergun", "excessiveDemands"],
              behaviourDetail:
                "The same question about a single-person discount sent to nine officers and two councillors in a week.",
              representativeOffered: true,
              proposedSpoc: SPOC,
              proposedArrangement: "Write to Priya Shah only, once a week.",
              confirmedInWritingOn: ago(3),
              agreement: "pending",
            },
            reasonableAdjustments: [],
          },
        },
        events: [],
        contacts: [
          email(
            caseRef,
            addr("harriet.vance@example.org"),
            at(ago(2), "08:12"),
            "Discount: third request",
            "notRestricted",
          ),
        ],
      };
    })(),
    (() => {
      const caseRef = ref("V5X1GE", ago(40));
      const from = addr("d.achterberg@example.com");
      const file = history(
        caseRef,
        "Planning",
        ago(-30),
        "Daily emails challenging a refused planning application.",
        0,
      );
      // Agreed at step one as terms, so every contact since is judged within or outside it.
      const arrangement = {
        terms: {
          volumes: [{ max: 1, per: "fortnight" as const, channels: ["email" as const] }],
          spocOnly: true,
        },
        summary:
          "At most 1 email a fortnight. Only with the SPOC, Priya Shah, or the deputy, Alex Morgan, in their absence.",
        agreedOn: ago(32),
      };
      return {
        shows:
          "Monitoring: an arrangement (one email a fortnight, to the SPOC) agreed at step one; each contact is judged within or outside it.",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Desmond Achterberg", "Planning"),
            stage: "monitoring",
            spoc: SPOC,
            deputy: DEPUTY,
            arrangement,
          },
          addresses: [customer(from)],
          file: {
            ...file,
            stepOne: file.stepOne && {
              ...file.stepOne,
              proposedTerms: arrangement.terms,
              proposedArrangement: "At most 1 email a fortnight. Only with the SPOC, Priya Shah.",
            },
            referral: undefined,
            assessment: undefined,
          },
        },
        events: [
          event(
            caseRef,
            at(ago(30), "10:00"),
            PRIYA,
            "arrangementAgreed",
            "The customer agreed to one email a fortnight to the SPOC.",
          ),
        ],
        // 17 days apart, so never in the same fortnight: each is judged on its recipients.
        contacts: [
          email(
            caseRef,
            from,
            at(ago(20), "09:40"),
            "Application 25/01234/FUL",
            "withinArrangement",
          ),
          email(
            caseRef,
            from,
            at(ago(3), "17:05"),
            "Application 25/01234/FUL – appeal route",
            "outsideArrangement",
            ["notToSpoc"],
            addr("planning@council.example"),
          ),
        ],
      };
    })(),
    (() => {
      const caseRef = ref("M8B4KF", ago(75));
      const from = addr("gwen.ellery@example.org");
      const file = history(
        caseRef,
        "Housing repairs",
        ago(-25),
        "Up to twelve calls a day to the repairs desk, with abusive remarks to call handlers.",
        64,
      );
      return {
        shows:
          "Referred: waiting for the city helpdesk manager's assessment, with monitoring evidence.",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Gwen Ellery", "Housing repairs"),
            stage: "referred",
            spoc: SPOC,
          },
          addresses: [customer(from)],
          file: {
            ...file,
            stepOne: file.stepOne && {
              ...file.stepOne,
              behaviourExamples: ["excessiveDemands", "abusiveRemarks"],
            },
            assessment: undefined,
          },
        },
        events: [
          event(
            caseRef,
            at(ago(5), "14:20"),
            PRIYA,
            "referred",
            "Referred to the city helpdesk manager with 64 logged contacts.",
          ),
        ],
        contacts: [1, 2, 3, 4].map((n) =>
          logged(
            caseRef,
            "phone",
            at(ago(n * 3), "10:15"),
            "Call about damp in the bathroom",
            "notRestricted",
          ),
        ),
      };
    })(),
    (() => {
      const caseRef = ref("R4T8HB", ago(80));
      const from = addr("rafael.moreno-diaz@example.com");
      return {
        shows:
          "Assessed: restrictions judged necessary; proposed terms await the assistant director.",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Rafael Moreno-Díaz", "Parking"),
            stage: "assessed",
            spoc: SPOC,
            deputy: DEPUTY,
            terms: { allowedChannels: ["email"], volumes: [{ max: 1, per: "week" }] },
            termsSummary: "Proposed: email only, at most one a week.",
          },
          addresses: [customer(from)],
          file: history(
            caseRef,
            "Parking",
            ago(-5),
            "Repeated demands to cancel penalty charges already upheld at appeal.",
            29,
          ),
        },
        events: [
          event(
            caseRef,
            at(ago(2), "16:45"),
            JORDAN,
            "assessed",
            "Behaviour found unreasonable; restrictions needed.",
          ),
        ],
        contacts: [
          email(caseRef, from, at(ago(1), "07:55"), "PCN PO12345678 – again", "notRestricted"),
        ],
      };
    })(),
  ];
}
