/**
 * Demo cases across every stage of the policy, with dates relative to "now" so the demo stays
 * fresh: contacts earlier this week, so a weekly allowance is used up; a review due soon; an
 * appeal window still open; one case past its retention date. Data only: seed.ts loads it, and
 * the harness builds its demo messages from the senders and contacts here.
 */
import type { AddressKind, NewCase, NewContact } from "../../src/app/ports";
import type {
  Actor,
  CaseEvent,
  CaseFile,
  CaseRef,
  Channel,
  EmailAddress,
  LocalDate,
  Notice,
  ReasonCode,
  RegisterEntry,
  RestrictionTerms,
  TimeOfDay,
  VerdictKind,
} from "../../src/domain/types";
import {
  addDays,
  addMonths,
  between,
  londonDate,
  londonInstant,
  monthStart,
  weekStart,
} from "./calendar";
import { ALEX, CHRIS, DANA, JORDAN, MORGAN, PRIYA, person } from "./people";

export type DemoCase = {
  /** What the case demonstrates, for people choosing a demo message. */
  readonly shows: string;
  readonly newCase: NewCase;
  readonly openedBy: Actor;
  /** The audit trail after opening, oldest first. */
  readonly events: readonly CaseEvent[];
  /** Contacts already logged, oldest first. */
  readonly contacts: readonly NewContact[];
};

const addr = (a: string) => a as EmailAddress;
const t = (s: string) => s as TimeOfDay;
const SPOC = person(PRIYA);
const DEPUTY = person(ALEX);

type Sender = { readonly address: EmailAddress; readonly kind: AddressKind };
const customer = (a: string): Sender => ({ address: addr(a), kind: "customer" });
const representative = (a: string): Sender => ({ address: addr(a), kind: "representative" });

/** Builds the cases for a given moment; `now` defaults to the real clock. */
export function demoCases(now: Date = new Date()): readonly DemoCase[] {
  const today = londonDate(now);
  const ago = (days: number) => addDays(today, -days);
  const at = (date: LocalDate, time: string) => londonInstant(date, time);
  const ref = (code: string, opened: LocalDate) => `UCB-${opened.slice(0, 4)}-${code}` as CaseRef;

  let messageNo = 0;
  /** An inbound email already logged. */
  const email = (
    caseRef: CaseRef,
    from: EmailAddress,
    when: Date,
    subject: string,
    verdict: VerdictKind = "withinTerms",
    reasons: readonly ReasonCode[] = [],
    to: EmailAddress = SPOC.email,
  ): NewContact => {
    const messageId = `<demo-${caseRef.toLowerCase()}-${++messageNo}@mail.example.org>`;
    return {
      clientId: messageId,
      ref: caseRef,
      at: when,
      channel: "email",
      direction: "inbound",
      from,
      to: [to],
      staff: to === SPOC.email ? PRIYA.email : ALEX.email,
      subject,
      messageId,
      verdict,
      reasons,
    };
  };
  /** A call or letter logged by hand. */
  const logged = (
    caseRef: CaseRef,
    channel: Channel,
    when: Date,
    note: string,
    verdict: VerdictKind,
  ): NewContact => ({
    clientId: `demo-${caseRef.toLowerCase()}-${++messageNo}`,
    ref: caseRef,
    at: when,
    channel,
    direction: "inbound",
    to: [],
    staff: PRIYA.email,
    subject: note,
    verdict,
    reasons: [],
  });
  const event = (
    caseRef: CaseRef,
    when: Date,
    actor: Actor,
    action: string,
    summary: string,
  ): CaseEvent => ({
    ref: caseRef,
    at: when,
    actor,
    action,
    summary,
    detail: {},
  });

  /** The case file's records, dated back from the day restrictions were (or would be) decided. */
  const history = (
    caseRef: CaseRef,
    service: string,
    decided: LocalDate,
    behaviour: string,
    contactCount: number,
  ): CaseFile => ({
    ref: caseRef,
    stepOne: {
      raisedOn: addDays(decided, -70),
      raisedBy: PRIYA,
      serviceMostImpacted: service,
      behaviourExamples: ["excessiveDemands", "repetitiveQuestions"],
      behaviourDetail: behaviour,
      representativeOffered: true,
      proposedSpoc: SPOC,
      proposedArrangement: "One email a week to the SPOC, answered within five working days.",
      confirmedInWritingOn: addDays(decided, -69),
      agreement: "agreed",
      agreementRecordedOn: addDays(decided, -62),
    },
    referral: {
      referredOn: addDays(decided, -30),
      referredBy: PRIYA,
      behaviour,
      workUndertaken: "Step-one letter, a meeting with the service manager, weekly monitoring.",
      correspondence: [
        `Step-one letter of ${addDays(decided, -69)}`,
        `Meeting note of ${addDays(decided, -55)}`,
      ],
      arrangement: "One email a week to the SPOC.",
      monitoringEvidence: `${contactCount} contacts in the four weeks after the arrangement was agreed.`,
      contactCount,
    },
    assessment: {
      decidedOn: addDays(decided, -7),
      decidedBy: JORDAN,
      consulted: [MORGAN, PRIYA],
      unreasonable: true,
      restrictionsNeeded: true,
      reasons: "Contact continued at a volume that diverts the service from other residents.",
    },
    reasonableAdjustments: [],
    proportionalityNote:
      "Contact stays open by at least one channel; urgent matters can always be raised.",
    lawfulBasis: "UK GDPR Article 6(1)(e): public task.",
  });

  /** A restriction period decided `daysAgo`, lasting `months`, and the dates that follow from it. */
  const restriction = (
    daysAgo: number,
    months: number,
    decidedBy: Actor,
    terms: RestrictionTerms,
    termsSummary: string,
    notice: Notice["kind"] = "notified",
  ): Pick<
    RegisterEntry,
    "stage" | "terms" | "termsSummary" | "period" | "reviewDue" | "appealBy" | "retainUntil"
  > => {
    const decidedOn = ago(daysAgo);
    const start = addDays(decidedOn, 1);
    const end = addDays(addMonths(start, months), -1);
    const told: Notice =
      notice === "notified"
        ? { kind: "notified", on: addDays(decidedOn, 1) }
        : notice === "pending"
          ? { kind: "pending" }
          : {
              kind: "notNotified",
              reason: "Writing to the customer would be likely to incite further abuse of staff.",
              decidedBy: MORGAN,
              decidedOn,
            };
    return {
      stage: "restricted",
      terms,
      termsSummary,
      period: {
        number: 1,
        start,
        end,
        decidedOn,
        decidedBy,
        notice: told,
        customerReviewRequests: [],
      },
      reviewDue: addMonths(start, Math.min(3, months)),
      appealBy: addDays(told.kind === "notified" ? told.on : decidedOn, 28),
      retainUntil: addMonths(end, 72),
    };
  };

  const base = (caseRef: CaseRef, customerName: string, serviceArea: string) => ({
    ref: caseRef,
    customerName,
    serviceArea,
    review: { status: "none" as const },
    appeal: { status: "none" as const },
  });

  const restrictedCase = (
    code: string,
    daysAgo: number,
    name: string,
    service: string,
    senders: readonly Sender[],
    r: ReturnType<typeof restriction>,
    shows: string,
    contacts: (caseRef: CaseRef, from: EmailAddress) => NewContact[],
    extra: Partial<RegisterEntry> = {},
  ): DemoCase => {
    const caseRef = ref(code, ago(daysAgo + 70));
    const from = senders[0]?.address ?? addr("unknown@example.org");
    const decided = r.period?.decidedOn ?? today;
    const entry: RegisterEntry = {
      ...base(caseRef, name, service),
      ...r,
      spoc: SPOC,
      deputy: DEPUTY,
      ...extra,
    };
    return {
      shows,
      openedBy: PRIYA,
      newCase: {
        entry,
        addresses: senders,
        file: history(
          caseRef,
          service,
          decided,
          `Emails several officers daily about ${service.toLowerCase()}.`,
          38,
        ),
      },
      events: [
        event(
          caseRef,
          at(addDays(decided, -30), "11:00"),
          PRIYA,
          "referred",
          "Referred to the city helpdesk manager.",
        ),
        event(
          caseRef,
          at(addDays(decided, -7), "15:30"),
          JORDAN,
          "assessed",
          "Behaviour found unreasonable; restrictions needed.",
        ),
        event(
          caseRef,
          at(decided, "16:00"),
          r.period?.decidedBy ?? MORGAN,
          "restrictionsImposed",
          r.termsSummary ?? "Restrictions imposed.",
        ),
      ],
      contacts: contacts(caseRef, from),
    };
  };

  const week = weekStart(now);
  const month = monthStart(now);

  return [
    // ---------------------------------------------------------------- before restrictions
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
      return {
        shows:
          "Monitoring: an arrangement (one email a fortnight) agreed at step one; contact is monitored.",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Desmond Achterberg", "Planning"),
            stage: "monitoring",
            spoc: SPOC,
            deputy: DEPUTY,
          },
          addresses: [customer(from)],
          file: {
            ...history(
              caseRef,
              "Planning",
              ago(-30),
              "Daily emails challenging a refused planning application.",
              0,
            ),
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
        contacts: [
          email(caseRef, from, at(ago(16), "09:40"), "Application 25/01234/FUL"),
          email(caseRef, from, at(ago(3), "17:05"), "Application 25/01234/FUL – appeal route"),
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

    // ---------------------------------------------------------------- restrictions, one kind each
    restrictedCase(
      "K7Q2MX",
      40,
      "Tobias Finch-Reilly",
      "Waste and recycling",
      [customer("tobias.finch-reilly@example.org")],
      restriction(
        40,
        6,
        MORGAN,
        { allowedChannels: ["letter"] },
        "Letters only, to the SPOC. Emails are filed without reply.",
      ),
      "Channel: letters only, so any email is outside the terms.",
      (r, from) => [
        email(r, from, at(ago(9), "22:10"), "Missed bin collection", "outsideTerms", [
          "channelNotAllowed",
        ]),
      ],
    ),
    restrictedCase(
      "P9W3CZ",
      55,
      "Margaret Oyelaran",
      "Adult social care",
      [customer("m.oyelaran@example.org")],
      restriction(
        55,
        6,
        MORGAN,
        { contactWindows: [{ days: [2, 4], from: t("10:00"), to: t("12:00") }] },
        "Contact only on Tuesdays and Thursdays between 10am and noon.",
      ),
      "Days and hours: Tuesdays and Thursdays, 10:00–12:00 (Europe/London).",
      (r, from) => [
        email(r, from, at(ago(6), "21:30"), "Care package review", "outsideTerms", [
          "outsideContactWindow",
        ]),
      ],
    ),
    restrictedCase(
      "T3C7NQ",
      20,
      "Kwame Asante",
      "Council Tax",
      [customer("kwame.asante@example.com")],
      restriction(
        20,
        3,
        MORGAN,
        { volumes: [{ max: 1, per: "day", channels: ["email"] }] },
        "At most one email a day.",
      ),
      "Volume per day: today's one email is already used.",
      (r, from) => [
        email(r, from, at(ago(1), "09:00"), "Bill query"),
        email(r, from, between(today, now, 0.5), "Bill query – follow-up"),
      ],
    ),
    restrictedCase(
      "W6D2PR",
      35,
      "Siobhán O'Brien",
      "Housing",
      [customer("o'brien@example.org"), representative("advice@citizensadvice-portsmouth.example")],
      restriction(
        35,
        6,
        MORGAN,
        { volumes: [{ max: 2, per: "week" }] },
        "At most two contacts a week, by any channel.",
      ),
      "Volume per week with a representative: both of this week's contacts are used (an o'brien address and a non-ASCII name).",
      (r, from) => [
        email(r, from, between(addDays(week, -7), londonInstant(week), 0.4), "Transfer request"),
        email(r, from, between(week, now, 0.3), "Transfer request – band"),
        email(
          r,
          addr("advice@citizensadvice-portsmouth.example"),
          between(week, now, 0.6),
          "On behalf of Ms O'Brien",
        ),
      ],
      {
        representative: {
          name: "Citizens Advice Portsmouth",
          email: addr("advice@citizensadvice-portsmouth.example"),
        },
      },
    ),
    restrictedCase(
      "Z1E9SH",
      50,
      "Ana Pereira",
      "Highways",
      [customer("ana.pereira@example.org")],
      restriction(
        50,
        6,
        MORGAN,
        { volumes: [{ max: 3, per: "fortnight", channels: ["email", "phone"] }] },
        "At most three emails or calls a fortnight.",
      ),
      "Volume per fortnight: two of three used, one left.",
      (r, from) => [
        email(r, from, between(today, now, 0.2), "Pothole on Fratton Road"),
        logged(r, "phone", between(today, now, 0.4), "Call: pothole follow-up", "withinTerms"),
      ],
    ),
    restrictedCase(
      "B7F5TJ",
      70,
      "Dr Heinrich Schäfer",
      "Environmental health",
      [customer("h.schafer@example.com")],
      restriction(
        70,
        6,
        MORGAN,
        { volumes: [{ max: 4, per: "month" }] },
        "At most four contacts a month.",
      ),
      "Volume per month: three of four used this month.",
      (r, from) =>
        [0.2, 0.5, 0.8].map((f, i) =>
          email(r, from, between(month, now, f), `Noise complaint ${i + 1}`),
        ),
    ),
    restrictedCase(
      "C2G8VK",
      30,
      "Lee Harrington",
      "Benefits",
      [customer("lee.harrington@example.org")],
      restriction(
        30,
        6,
        MORGAN,
        { spocOnly: true },
        "Contact Priya Shah only (Alex Morgan when Priya is away).",
      ),
      "SPOC only, with a deputy: a message to anyone else is outside the terms.",
      (r, from) => [
        email(r, from, at(ago(4), "11:20"), "Housing benefit backdating"),
        email(
          r,
          from,
          at(ago(2), "11:25"),
          "Housing benefit backdating",
          "outsideTerms",
          ["notToSpoc"],
          addr("benefits@council.example"),
        ),
      ],
    ),
    restrictedCase(
      "D9H3WM",
      45,
      "Beatrix Kowalczyk",
      "Corporate complaints",
      [customer("b.kowalczyk@example.org")],
      restriction(
        45,
        6,
        MORGAN,
        { significantQueriesOnly: true },
        "Only significant and serious matters get a reply; other contact is filed.",
      ),
      "Significant and serious only.",
      (r, from) => [email(r, from, at(ago(3), "13:00"), "Font used in your letter")],
    ),
    restrictedCase(
      "E4J6XN",
      60,
      "Oluwaseun Adebayo",
      "Libraries",
      [customer("seun.adebayo@example.com")],
      restriction(
        60,
        6,
        MORGAN,
        { newIssuesOnly: true },
        "Only new issues are dealt with; issues already answered are not acknowledged.",
      ),
      "New issues only.",
      (r, from) => [email(r, from, at(ago(5), "10:05"), "Library fines (again)")],
    ),
    restrictedCase(
      "F8K1YP",
      25,
      "Victor Hale",
      "Housing",
      [customer("victor.hale@example.net")],
      restriction(
        25,
        12,
        CHRIS,
        {
          allowedChannels: ["letter"],
          extreme: {
            blockedChannels: ["email", "phone", "socialMedia"],
            premisesRestriction:
              "May not enter the Civic Offices; appointments at the Central Library reception only.",
          },
        },
        "Extreme case: email, phone and social media blocked; letters only; no entry to the Civic Offices.",
        "notNotified",
      ),
      "Extreme (5.2.5): channels blocked and premises restricted, decided by the City Solicitor; customer not told (recorded reason).",
      (r, from) => [
        email(r, from, at(ago(2), "23:40"), "You will regret this", "blocked", ["channelBlocked"]),
      ],
    ),
    restrictedCase(
      "G5M7ZQ",
      100,
      "Priyanka Raman",
      "Education",
      [customer("p.raman@example.org")],
      restriction(
        100,
        6,
        MORGAN,
        { allowedChannels: ["email"], volumes: [{ max: 1, per: "week" }], spocOnly: true },
        "One email a week, to the SPOC only.",
      ),
      "Restricted with a customer review pending and an appeal decided (confirmed).",
      (r, from) => [email(r, from, between(week, now, 0.5), "School transport")],
      {
        review: {
          status: "pending",
          requestedOn: ago(6),
          by: "customer",
          grounds: "My circumstances have changed: I have a new caseworker.",
        },
        appeal: { status: "decided", lodgedOn: ago(90), decidedOn: ago(75), outcome: "confirmed" },
      },
    ),

    // ---------------------------------------------------------------- after restrictions
    (() => {
      const caseRef = ref("J3N2AR", ago(400));
      const end = ago(90);
      return {
        shows:
          "Ended: restrictions expired three months ago; the file is kept until six years after the end.",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Graham Pettigrew", "Parks"),
            stage: "ended",
            endedOn: end,
            retainUntil: addMonths(end, 72),
            termsSummary: "One email a week (ended).",
          },
          addresses: [customer("g.pettigrew@example.org")],
          file: history(
            caseRef,
            "Parks",
            addDays(end, -183),
            "Daily complaints about a closed footpath.",
            22,
          ),
        },
        events: [
          event(
            caseRef,
            at(end, "23:59"),
            JORDAN,
            "restrictionsEnded",
            "Restrictions ended at the end of the period.",
          ),
        ],
        contacts: [],
      };
    })(),
    (() => {
      const caseRef = ref("N6P9BS", addDays(ago(0), -6 * 365 - 400));
      const end = addDays(addMonths(today, -72), -60);
      return {
        shows: "Retention passed: ended over six years ago; due for destruction (section 6).",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Norma Blackwood", "Revenues"),
            stage: "ended",
            endedOn: end,
            retainUntil: addMonths(end, 72),
          },
          addresses: [customer("norma.blackwood@example.org")],
          file: {
            ref: caseRef,
            reasonableAdjustments: [],
            lawfulBasis: "UK GDPR Article 6(1)(e): public task.",
          },
        },
        events: [],
        contacts: [],
      };
    })(),
    (() => {
      const caseRef = ref("Q1R4CT", ago(200));
      const closed = ago(120);
      return {
        shows:
          "Closed without restrictions after monitoring showed the behaviour stopped; a reasonable adjustment on file.",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Mei-Ling Chen", "Registrars"),
            stage: "closed",
            closedOn: closed,
            retainUntil: addMonths(closed, 72),
          },
          addresses: [customer("meiling.chen@example.com")],
          file: {
            ref: caseRef,
            reasonableAdjustments: [
              {
                description: "Uses a screen reader: letters by email attachment, not post",
                requiresChannels: ["email"],
              },
            ],
            lawfulBasis: "UK GDPR Article 6(1)(e): public task.",
          },
        },
        events: [
          event(
            caseRef,
            at(closed, "12:00"),
            DANA,
            "caseClosed",
            "Closed: no further unreasonable behaviour.",
          ),
        ],
        contacts: [],
      };
    })(),
  ];
}

/** Every sender address of the demo, with its case: what the harness's demo messages come from. */
export function demoSenders(cases: readonly DemoCase[]) {
  return cases.flatMap((c) =>
    c.newCase.addresses.map((a) => ({
      ...a,
      ref: c.newCase.entry.ref,
      stage: c.newCase.entry.stage,
      shows: c.shows,
    })),
  );
}
