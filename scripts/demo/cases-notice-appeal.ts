/**
 * Demo cases for the timeline of sections 4 and 5 as the policy writes it: restrictions decided
 * but not yet told (a first imposition, and a change on review while the old terms still bind),
 * an appeal passed to the director, a late appeal waiting for a person's choice, and immediate
 * action against a threat to staff.
 */
import { summariseTerms } from "../../src/domain/termsDescription";
import { PORTSMOUTH_POLICY } from "../../src/domain/config";
import type { RestrictionTerms } from "../../src/domain/types";
import { UNTIL_FURTHER_NOTICE } from "../../src/domain/wording";
import type { DemoBuilders, DemoCase } from "./builders";
import { customer, SPOC } from "./builders";
import { addDays } from "./calendar";
import { CHRIS, JORDAN, MORGAN } from "./people";

export function noticeAndAppealCases(b: DemoBuilders): DemoCase[] {
  const { today, ago, at, email, event, restriction, restrictedCase, ref, base } = b;

  // Decided yesterday by the helpdesk manager; the notice is prepared for the assistant director.
  const awaiting = restriction(
    1,
    6,
    JORDAN,
    { allowedChannels: ["letter"] },
    "Letters only.",
    "pending",
  );
  const awaitingCase = restrictedCase(
    "R4N8TQ",
    1,
    "Helen Okoro",
    "Planning",
    [customer("h.okoro@example.org")],
    awaiting,
    "Restrictions decided; the customer has not yet been told (5.2.4): the notice is prepared for the assistant director, so her email is judged as before.",
    (r, from) => [email(r, from, at(ago(3), "08:40"), "Planning objection", "notRestricted")],
    awaiting.period
      ? {
          period: {
            ...awaiting.period,
            notice: {
              kind: "pending",
              prepared: { by: JORDAN, at: at(today, "09:15"), giver: MORGAN },
            },
          },
        }
      : {},
  );

  // Restricted 80 days ago (two emails a week); a review yesterday amended the terms to letters
  // only. Until the customer is told, the terms they were told of still bind (5.2.6).
  const toldTerms: RestrictionTerms = {
    allowedChannels: ["email", "letter"],
    volumes: [{ max: 2, per: "week", channels: ["email"] }],
  };
  const before = restriction(
    80,
    6,
    MORGAN,
    toldTerms,
    "Email or letter; at most two emails a week.",
  );
  // The new period's appeal window starts when the customer is told of it.
  const { appealBy: _previousWindow, ...untold } = before;
  const reviewCase = restrictedCase(
    "E2V6MW",
    80,
    "Arthur Pennington",
    "Highways",
    [customer("a.pennington@example.org")],
    untold,
    "A review changed the terms to letters only, not yet told: the terms he was told of (two emails a week) still apply (5.2.6).",
    (r, from) => [email(r, from, at(ago(2), "09:30"), "Pothole on Elm Grove")],
    before.period
      ? {
          terms: { allowedChannels: ["letter"] },
          termsSummary: "Letters only.",
          period: {
            number: 2,
            start: ago(1),
            end: before.period.end,
            decidedOn: ago(1),
            decidedAt: at(ago(1), "14:00"),
            decidedBy: JORDAN,
            origin: "review",
            notice: { kind: "pending" },
            customerReviewRequests: [],
          },
          superseded: {
            terms: toldTerms,
            termsSummary: "Email or letter; at most two emails a week.",
            period: before.period,
            spoc: SPOC,
          },
          reviewDue: before.period.end,
        }
      : {},
  );

  const appealed = restrictedCase(
    "A8P3DX",
    30,
    "Yusuf Demir",
    "Council Tax",
    [customer("yusuf.demir@example.com")],
    restriction(
      30,
      6,
      MORGAN,
      { volumes: [{ max: 1, per: "week" }] },
      "At most one contact a week.",
    ),
    "An appeal received in time and passed to the director of corporate services, who decides it (5.2.7).",
    (r, from) => [email(r, from, at(ago(12), "11:00"), "Appeal against the restrictions")],
    {
      appeal: {
        status: "passed",
        lodgedOn: ago(12),
        grounds: "One contact a week is not enough while my council tax account is in dispute.",
        receivedVia: { channel: "email" },
        passedOn: ago(9),
        passedBy: JORDAN,
        information: [
          "The decision of restrictions and its reasons",
          "The customer's appeal email",
          "The contact log since the restrictions began",
        ],
      },
    },
  );

  const lateAppeal = restrictedCase(
    "M5T9GH",
    45,
    "Fiona McAllister",
    "Libraries",
    [customer("fiona.mcallister@example.org")],
    restriction(
      45,
      6,
      MORGAN,
      { allowedChannels: ["letter", "email"], newIssuesOnly: true },
      "Letters or email, new issues only.",
    ),
    "A late appeal, received after the 28 days: the director or the helpdesk manager chooses to consider it or to refer her to review (5.2.7).",
    (r, from) => [email(r, from, at(ago(2), "14:20"), "I wish to appeal")],
    {
      appeal: {
        status: "late",
        appealBy: addDays(ago(44), 28),
        lodgedOn: ago(2),
        grounds: "I was abroad when the letter came.",
        receivedVia: { channel: "email" },
      },
    },
  );

  const immediateRef = ref("X7H4KB", ago(3));
  const reviewOn = addDays(ago(3), 28);
  const terms: RestrictionTerms = {
    extreme: {
      blockedChannels: ["phone", "email", "webForm", "socialMedia"],
      premisesRestriction: "The Civic Offices and all housing offices",
    },
  };
  const immediate: DemoCase = {
    shows:
      "Immediate action against a threat to staff (section 4), by the City Solicitor: no step one, no warning, every contact blocked at once.",
    openedBy: CHRIS,
    newCase: {
      entry: {
        ...base(immediateRef, "Darren Kells", "Housing"),
        stage: "restricted",
        terms,
        termsSummary: `Immediate action against a threat to staff (section 4): no contact is answered, until further notice. ${summariseTerms(terms, {}, PORTSMOUTH_POLICY)}`,
        period: {
          number: 1,
          start: ago(3),
          end: UNTIL_FURTHER_NOTICE,
          decidedOn: ago(3),
          decidedAt: at(ago(3), "15:05"),
          decidedBy: CHRIS,
          origin: "immediate",
          notice: { kind: "notRequired" },
          customerReviewRequests: [],
        },
        reviewDue: reviewOn,
        appealBy: addDays(ago(3), 28),
      },
      addresses: [customer("darren.kells@example.net")],
      file: {
        ref: immediateRef,
        reasonableAdjustments: [],
        immediateAction: {
          decidedAt: at(ago(3), "15:05"),
          decidedOn: ago(3),
          decidedBy: CHRIS,
          behaviour:
            "Threatened to attack a housing officer at the counter and followed her to the car park.",
          actions: ["policeReport", "refuseToEngage", "barPremises"],
          reasons:
            "An immediate threat to the safety of staff; warning him would increase the risk.",
          reviewOn,
          premises: "The Civic Offices and all housing offices",
          policeReference: "Hampshire Constabulary 44230056789",
        },
      },
    },
    events: [
      {
        ...event(
          immediateRef,
          at(ago(3), "15:05"),
          CHRIS,
          "immediateActionTaken",
          `Chris Okafor, City Solicitor, took immediate action against a threat to staff (4): reported to the police, refusing to engage with the customer and barring access to council premises. The customer is treated as blocked from now, without warning, until further notice; review on ${reviewOn}.`,
        ),
        detail: { reasons: "An immediate threat to the safety of staff." },
      },
    ],
    contacts: [
      email(
        immediateRef,
        customer("darren.kells@example.net").address,
        at(ago(1), "19:45"),
        "You can't stop me",
        "blocked",
        ["channelBlocked"],
      ),
    ],
  };

  return [awaitingCase, reviewCase, appealed, lateAppeal, immediate];
}
