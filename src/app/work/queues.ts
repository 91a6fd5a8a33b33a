/**
 * "My work": the queues of each role (DESIGN §5), one definition each. A definition says who
 * sees the queue, the one indexed query that finds its cases (never a read of every case),
 * when each item's work arose (the queue is oldest first), when it is overdue, and how it is
 * worded. Queues whose state the register does not hold yet are defined against the columns
 * expected for it (`awaiting`), and are not shown until those columns are connected.
 */
import type { PolicyConfig, WorkTargets } from "../../domain/config";
import { isReviewOverdue } from "../../domain/deadlines";
import { addDays, daysBetween, isAfter } from "../../domain/localDate";
import type { CaseFile, LocalDate, LoggedContact, RegisterEntry, Role } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { localDateOf } from "../../domain/zonedTime";
import type { RegisterQuery } from "../ports";

export type QueueKey =
  | "stepOneToConfirm"
  | "stepOneAnswerAwaited"
  | "monitoringOutsideArrangement"
  | "referralsToAssess"
  | "restrictionsToDecide"
  | "noticesToPrepare"
  | "noticesToGive"
  | "reviewsDue"
  | "reviewRequests"
  | "appealsToGather"
  | "retentionDue"
  | "measuresToAgree"
  | "decisionsNotToTell"
  | "appealsToDecide";

/** What a queue reads. Each is one indexed query; some then read the files or contacts found. */
export type QueueSource =
  /** Register entries in one state; `withFiles` reads their case files too (dates held there). */
  | { readonly kind: "register"; readonly query: RegisterQuery; readonly withFiles?: boolean }
  /** Restricted cases whose review falls due within `withinDays` (or is overdue). */
  | { readonly kind: "reviewsDue"; readonly withinDays: number }
  /** Cases kept past their retention date (section 6). */
  | { readonly kind: "retention" }
  /** The signed-in manager's step-one cases; `withContacts` reads contacts since agreement. */
  | { readonly kind: "myStepOne"; readonly withContacts?: boolean }
  /**
   * A state the register does not hold yet: the queue is defined against the columns expected
   * for it and stays hidden until the store can answer it.
   */
  | { readonly kind: "awaiting"; readonly columns: readonly string[] };

/** One case as its queue found it. */
export type Found = {
  readonly entry: RegisterEntry;
  readonly file?: CaseFile;
  /** Contacts since the arrangement was agreed (monitoring). */
  readonly contacts?: readonly LoggedContact[];
};

/** What a definition makes of a case it found: nothing when it is not this queue's work. */
export type ItemFacts = {
  /** When the work arose: the queue is oldest first. */
  readonly since: LocalDate;
  /** The work in one sentence: "Referred on Monday 2 November 2026 by Priya Shah." */
  readonly detail: string;
  /** When it should be done by, if there is such a day. */
  readonly dueOn?: LocalDate;
  /** Overdue by its own rule (a review); otherwise overdue once `dueOn` has passed. */
  readonly overdue?: boolean;
};

export type QueueContext = {
  readonly today: LocalDate;
  readonly config: PolicyConfig;
};

export type QueueDefinition = {
  readonly key: QueueKey;
  readonly title: string;
  readonly section: string;
  readonly roles: readonly Role[];
  readonly source: QueueSource;
  /** Said when the queue is empty. */
  readonly empty: string;
  readonly item: (found: Found, ctx: QueueContext) => ItemFacts | undefined;
};

const HELPDESK: readonly Role[] = ["cityHelpdeskManager"];
const SENIOR: readonly Role[] = ["assistantDirector", "citySolicitor"];

function on(date: LocalDate): string {
  return formatLongDate(date);
}

/** Due `days` of the council's working target after `since`. */
function target(since: LocalDate, key: keyof WorkTargets, ctx: QueueContext) {
  return { since, dueOn: addDays(since, ctx.config.workTargets[key]) };
}

/** Inbound contact judged outside the terms or arrangement, or on a blocked channel. */
function outside(contact: LoggedContact): boolean {
  return (
    contact.direction === "inbound" &&
    (contact.verdict === "outsideTerms" || contact.verdict === "blocked")
  );
}

function pendingNotice(found: Found, ctx: QueueContext, who: string): ItemFacts | undefined {
  const period = found.entry.period;
  if (found.entry.stage !== "restricted" || period?.notice.kind !== "pending") return undefined;
  return {
    ...target(period.decidedOn, "giveNotice", ctx),
    detail: `Restrictions decided on ${on(period.decidedOn)} by ${period.decidedBy.name}; ${who}`,
  };
}

export const QUEUES: readonly QueueDefinition[] = [
  {
    key: "stepOneToConfirm",
    title: "Concerns to confirm in writing",
    section: "5.1",
    roles: ["serviceManager"],
    source: { kind: "myStepOne" },
    empty: "Every concern you raised has been confirmed to the customer in writing.",
    item: ({ entry, file }, ctx) => {
      const stepOne = file?.stepOne;
      if (entry.stage !== "stepOne" || !stepOne || stepOne.confirmedInWritingOn) return undefined;
      return {
        ...target(stepOne.raisedOn, "confirmInWriting", ctx),
        detail: `Raised on ${on(stepOne.raisedOn)}: confirm the concern and the proposed arrangement to the customer in writing.`,
      };
    },
  },
  {
    key: "stepOneAnswerAwaited",
    title: "Answers awaited",
    section: "5.1",
    roles: ["serviceManager"],
    source: { kind: "myStepOne" },
    empty: "No customer's answer to a proposed arrangement is awaited.",
    item: ({ entry, file }, ctx) => {
      const stepOne = file?.stepOne;
      const confirmed = stepOne?.confirmedInWritingOn;
      if (entry.stage !== "stepOne" || !confirmed || stepOne.agreement !== "pending") {
        return undefined;
      }
      return {
        ...target(confirmed, "customerAnswer", ctx),
        detail: `Confirmed in writing on ${on(confirmed)}: record whether the customer agreed the arrangement.`,
      };
    },
  },
  {
    key: "monitoringOutsideArrangement",
    title: "Contact outside the agreed arrangement",
    section: "5.1, 5.2.1",
    roles: ["serviceManager"],
    source: { kind: "myStepOne", withContacts: true },
    empty: "No customer you monitor has contacted the council outside the arrangement.",
    item: ({ entry, file, contacts = [] }, ctx) => {
      const agreed = file?.stepOne?.agreementRecordedOn;
      const breaches = contacts.filter(outside);
      const first = breaches[0];
      const last = breaches[breaches.length - 1];
      if (entry.stage !== "monitoring" || !agreed || !first || !last) return undefined;
      const count = breaches.length === 1 ? "1 contact" : `${breaches.length} contacts`;
      const day = (c: LoggedContact) => localDateOf(c.at, ctx.config.timeZone);
      return {
        since: day(first),
        detail: `${count} outside the arrangement agreed on ${on(agreed)}, the latest on ${on(day(last))}: refer the case if the behaviour continues.`,
      };
    },
  },
  {
    key: "referralsToAssess",
    title: "Referrals to assess",
    section: "5.2.2",
    roles: HELPDESK,
    source: { kind: "register", query: { by: "stage", stage: "referred" }, withFiles: true },
    empty: "No referral is waiting to be assessed.",
    item: ({ entry, file }, ctx) => {
      const referral = file?.referral;
      if (entry.stage !== "referred" || !referral) return undefined;
      const age = daysText(referral.referredOn, ctx.today);
      return {
        ...target(referral.referredOn, "assessReferral", ctx),
        detail: `Referred on ${on(referral.referredOn)} by ${referral.referredBy.name} (${age}).`,
      };
    },
  },
  {
    key: "restrictionsToDecide",
    title: "Restrictions to decide",
    section: "5.2.3–5.2.5",
    roles: [...HELPDESK, ...SENIOR],
    source: { kind: "register", query: { by: "stage", stage: "assessed" }, withFiles: true },
    empty: "No assessed case is waiting for its restrictions.",
    item: ({ entry, file }, ctx) => {
      const assessment = file?.assessment;
      if (entry.stage !== "assessed" || !assessment) return undefined;
      return {
        ...target(assessment.decidedOn, "imposeRestrictions", ctx),
        detail: `Assessed on ${on(assessment.decidedOn)} by ${assessment.decidedBy.name}: restrictions are needed.`,
      };
    },
  },
  {
    key: "noticesToPrepare",
    title: "Notices to prepare",
    section: "5.2.4",
    roles: HELPDESK,
    source: { kind: "register", query: { by: "notice", notice: "pending" } },
    empty: "No notice of restrictions is waiting to be prepared.",
    item: (found, ctx) => pendingNotice(found, ctx, "prepare the notice to the customer."),
  },
  {
    key: "noticesToGive",
    title: "Notices to give",
    section: "5.2.4, 5.2.5",
    roles: SENIOR,
    source: { kind: "register", query: { by: "notice", notice: "pending" } },
    empty: "No notice of restrictions is waiting to be given.",
    item: (found, ctx) =>
      pendingNotice(found, ctx, "tell the customer, or record why they are not told (5.2.6)."),
  },
  {
    key: "reviewsDue",
    title: "Reviews due",
    section: "5.2.6",
    roles: HELPDESK,
    source: { kind: "reviewsDue", withinDays: 14 },
    empty: "No review is due in the next 14 days.",
    item: ({ entry }, ctx) => {
      const due = entry.reviewDue;
      // A review under way is in "Reviews to decide", with its own due date.
      if (entry.stage !== "restricted" || !due || entry.review.status === "pending") {
        return undefined;
      }
      return {
        since: due,
        dueOn: due,
        overdue: isReviewOverdue(entry, ctx.today),
        detail: entry.period
          ? `The restrictions are due for review (5.2.6); they end on ${on(entry.period.end)}.`
          : "The restrictions are due for review (5.2.6).",
      };
    },
  },
  {
    key: "reviewRequests",
    title: "Reviews to decide",
    section: "5.2.6",
    roles: HELPDESK,
    source: { kind: "register", query: { by: "review", status: "pending" } },
    empty: "No review request or council review is waiting for a decision.",
    item: ({ entry }, ctx) => {
      const review = entry.review;
      if (entry.stage !== "restricted" || review.status !== "pending") return undefined;
      const who = review.by === "customer" ? "Requested by the customer" : "Started by the council";
      return {
        ...target(review.requestedOn, "decideReview", ctx),
        detail: `${who} on ${on(review.requestedOn)}: ${review.grounds}`,
      };
    },
  },
  {
    key: "appealsToGather",
    title: "Appeals to gather and pass to the director",
    section: "5.2.7",
    roles: HELPDESK,
    source: { kind: "register", query: { by: "appeal", status: "lodged" } },
    empty: "No appeal is waiting to be gathered.",
    item: ({ entry }, ctx) => {
      const appeal = entry.appeal;
      if (appeal.status !== "lodged") return undefined;
      return {
        ...target(appeal.lodgedOn, "gatherAppeal", ctx),
        detail: `Appeal received on ${on(appeal.lodgedOn)}: gather the information and pass it to the ${ctx.config.roleTitles.director}.`,
      };
    },
  },
  {
    key: "retentionDue",
    title: "Past their retention date",
    section: "6",
    roles: HELPDESK,
    source: { kind: "retention" },
    empty: "No case is past its retention date.",
    item: ({ entry }, ctx) => {
      const until = entry.retainUntil;
      if (!until || !isAfter(ctx.today, until)) return undefined;
      return {
        since: until,
        dueOn: until,
        overdue: true,
        detail: `Kept until ${on(until)}: its records are now due for destruction (section 6).`,
      };
    },
  },
  {
    key: "measuresToAgree",
    title: "Extreme measures and immediate actions to agree",
    section: "5.2.5",
    roles: SENIOR,
    // The rules work adds proposals of extreme measures and immediate actions to the register.
    source: { kind: "awaiting", columns: ["ImmediateActionStatus", "ExtremeStatus"] },
    empty: "No extreme measure or immediate action is waiting for your agreement.",
    item: () => undefined,
  },
  {
    key: "decisionsNotToTell",
    title: "Decisions not to tell the customer",
    section: "5.2.6",
    roles: SENIOR,
    source: { kind: "register", query: { by: "notice", notice: "notNotified" } },
    empty: "There is no decision not to tell a customer.",
    item: ({ entry }) => {
      const notice = entry.period?.notice;
      if (entry.stage !== "restricted" || notice?.kind !== "notNotified") return undefined;
      return {
        since: notice.decidedOn,
        detail: `Decided by ${notice.decidedBy.name} on ${on(notice.decidedOn)}: ${notice.reason} Keep it under review while the restrictions last.`,
      };
    },
  },
  {
    key: "appealsToDecide",
    title: "Appeals to decide",
    section: "5.2.7",
    roles: ["director"],
    // Today a lodged appeal goes straight to the director; with the rules work's "passed to
    // the director" state, this becomes { by: "appeal", status: "passedToDirector" }.
    source: { kind: "register", query: { by: "appeal", status: "lodged" } },
    empty: "No appeal is waiting for your decision.",
    item: ({ entry }, ctx) => {
      const appeal = entry.appeal;
      if (appeal.status !== "lodged") return undefined;
      return {
        ...target(appeal.lodgedOn, "decideAppeal", ctx),
        detail: `Appeal received on ${on(appeal.lodgedOn)}: confirm, amend or remove the restrictions.`,
      };
    },
  },
];

/** The queues a user's roles give them, in the table's order, without repeats. */
export function queuesFor(roles: readonly Role[]): readonly QueueDefinition[] {
  return QUEUES.filter(
    (q) => q.source.kind !== "awaiting" && q.roles.some((r) => roles.includes(r)),
  );
}

/** Queues defined but not yet connected to the register, for the administrator's record. */
export function awaitingQueues(): readonly QueueDefinition[] {
  return QUEUES.filter((q) => q.source.kind === "awaiting");
}

function daysText(from: LocalDate, today: LocalDate): string {
  const days = Math.max(0, daysBetween(from, today));
  return days === 0 ? "today" : days === 1 ? "1 day ago" : `${days} days ago`;
}
