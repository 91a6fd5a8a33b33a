/**
 * The helpers the demo cases are written with, bound to one moment ("now"), so every date in
 * the demo is relative to when it runs.
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
import { addDays, addMonths, londonDate, londonInstant, monthStart, weekStart } from "./calendar";
import { ALEX, JORDAN, MORGAN, PRIYA, person } from "./people";

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

export const addr = (a: string) => a as EmailAddress;
export const t = (s: string) => s as TimeOfDay;
export const SPOC = person(PRIYA);
export const DEPUTY = person(ALEX);

export type Sender = { readonly address: EmailAddress; readonly kind: AddressKind };
export const customer = (a: string): Sender => ({ address: addr(a), kind: "customer" });
export const representative = (a: string): Sender => ({ address: addr(a), kind: "representative" });

/** Builders for demo cases at `now`: dates in London, contacts, events, records, restrictions. */
export function demoBuilders(now: Date) {
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
    reasons: readonly ReasonCode[] = [],
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
    reasons,
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
      representativeOffer: {
        offeredOn: addDays(decided, -70),
        answer: "declined",
        answeredOn: addDays(decided, -62),
      },
      proposedSpoc: SPOC,
      proposedArrangement: "One email a week to the SPOC, answered within five working days.",
      confirmedInWritingOn: addDays(decided, -69),
      confirmedVia: { channel: "letter" },
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
      consulted: [
        { ...MORGAN, on: addDays(decided, -10) },
        { ...PRIYA, on: addDays(decided, -9) },
      ],
      unreasonable: true,
      restrictionsNeeded: true,
      reasons: "Contact continued at a volume that diverts the service from other residents.",
    },
    reasonableAdjustments: [],
    proportionalityNote:
      "Contact stays open by at least one channel; urgent matters can always be raised.",
    lawfulBasis: "UK GDPR Article 6(1)(e): public task.",
  });

  /**
   * A restriction period decided `daysAgo` (at 16:00), lasting `months`, and the dates that
   * follow from it. Told by the assistant director by letter at 10:00 the next day, unless
   * `notice` says otherwise; "notNotified" is a change made on review (5.2.6), period 2. No
   * RetainUntil: the domain sets it only when restrictions end (expiry or removal, section 6).
   */
  const restriction = (
    daysAgo: number,
    months: number,
    decidedBy: Actor,
    terms: RestrictionTerms,
    termsSummary: string,
    notice: Notice["kind"] = "notified",
  ): Pick<
    RegisterEntry,
    "stage" | "terms" | "termsSummary" | "period" | "reviewDue" | "appealBy"
  > => {
    const decidedOn = ago(daysAgo);
    const start = addDays(decidedOn, 1);
    const end = addDays(addMonths(start, months), -1);
    const toldOn = addDays(decidedOn, 1);
    const told: Notice =
      notice === "notified"
        ? {
            kind: "notified",
            on: toldOn,
            at: at(toldOn, "10:00"),
            method: "letter",
            confirmation: { kind: "inWriting", on: toldOn },
            givenBy: MORGAN,
          }
        : notice === "pending"
          ? { kind: "pending" }
          : {
              kind: "notNotified",
              reason: "Writing to the customer would be likely to incite further abuse of staff.",
              decidedBy: MORGAN,
              decidedOn,
              decidedAt: at(decidedOn, "16:30"),
            };
    const onReview = notice === "notNotified";
    return {
      stage: "restricted",
      terms,
      termsSummary,
      period: {
        number: onReview ? 2 : 1,
        start,
        end,
        decidedOn,
        decidedAt: at(decidedOn, "16:00"),
        decidedBy,
        origin: onReview ? "review" : "imposed",
        notice: told,
        customerReviewRequests: [],
      },
      reviewDue: addMonths(start, Math.min(3, months)),
      ...(told.kind === "pending"
        ? {}
        : { appealBy: addDays(told.kind === "notified" ? told.on : decidedOn, 28) }),
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

  return {
    now,
    today,
    week,
    month,
    ago,
    at,
    ref,
    email,
    logged,
    event,
    history,
    restriction,
    base,
    restrictedCase,
  };
}

export type DemoBuilders = ReturnType<typeof demoBuilders>;
