/**
 * "My work": the queues of each role (DESIGN §5), one definition each. A definition says who
 * sees the queue, the one indexed query that finds its cases (never a read of every case),
 * when each item's work arose (the queue is oldest first), when it is overdue, and how it is
 * worded. Queues whose state the register does not hold yet are defined against the columns
 * expected for it (`awaiting`), and are not shown until those columns are connected.
 */
import type { PolicyConfig, WorkTargets } from "../../domain/config";
import { isReviewOverdue } from "../../domain/deadlines";
import { noticeGivers } from "../../domain/lifecycleRules";
import { rolesInWords } from "../../domain/lifecycleSupport";
import { periodOrigin } from "../../domain/termsInForce";
import { addDays, daysBetween, isAfter } from "../../domain/localDate";
import type { CaseFile, LocalDate, LoggedContact, RegisterEntry, Role } from "../../domain/types";
import { formatLastDay, formatLongDate, formatMoment } from "../../domain/wording";
import { localDateOf } from "../../domain/zonedTime";
import type { DirectEdit } from "../directEdits";
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
  | "appealsToDecide"
  | "lateAppeals"
  | "changedOutside";

/** What a queue reads. Each is one indexed query; some then read the files or contacts found. */
export type QueueSource =
  /** Register entries in one state; `withFiles` reads their case files too (dates held there). */
  | { readonly kind: "register"; readonly query: RegisterQuery; readonly withFiles?: boolean }
  /** Restricted cases whose review falls due within `withinDays` (or is overdue). */
  | { readonly kind: "reviewsDue"; readonly withinDays: number }
  /** Cases kept past their retention date (section 6). */
  | { readonly kind: "retention" }
  /** Cases changed in SharePoint outside the add-in in the last `withinDays` (directEdits.ts). */
  | { readonly kind: "directEdits"; readonly withinDays: number }
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
  /** What was changed outside the add-in (the "changed outside" queue). */
  readonly directEdit?: DirectEdit;
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
  /** A second source whose cases join the first's (one case found by both counts once). */
  readonly also?: QueueSource;
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

/**
 * A decision whose notice is still to be given (5.2.4): `forSenior`, the queue of those who give
 * it (the assistant director, or the City Solicitor for extreme measures); otherwise the
 * helpdesk manager's, who prepares it for them, or gives it where the policy lets them (a
 * review's change).
 */
function pendingNotice(found: Found, ctx: QueueContext, forSenior: boolean): ItemFacts | undefined {
  const { entry } = found;
  const period = entry.period;
  const notice = period?.notice;
  if (entry.stage !== "restricted" || !period || !entry.terms || notice?.kind !== "pending") {
    return undefined;
  }
  const givers = noticeGivers(period, entry.terms);
  const decided = `Restrictions decided on ${on(period.decidedOn)} by ${period.decidedBy.name}`;
  const titles = rolesInWords(givers, ctx.config);
  if (forSenior) {
    if (!givers.some((r) => SENIOR.includes(r))) return undefined;
    const prepared = notice.prepared
      ? ` ${notice.prepared.by.name} prepared the notice for ${notice.prepared.giver.name}.`
      : "";
    return {
      ...target(period.decidedOn, "giveNotice", ctx),
      detail: `${decided}.${prepared} Tell the customer and record it${periodOrigin(period) === "review" ? ", or record why they are not told (5.2.6)" : ""}.`,
    };
  }
  if (notice.prepared) return undefined;
  return {
    ...target(period.decidedOn, "giveNotice", ctx),
    detail: givers.includes("cityHelpdeskManager")
      ? `${decided}: tell the customer and record it.`
      : `${decided}: prepare the notice for ${titles} to give.`,
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
    item: (found, ctx) => pendingNotice(found, ctx, false),
  },
  {
    key: "noticesToGive",
    title: "Notices to give",
    section: "5.2.4, 5.2.5",
    roles: SENIOR,
    // Both states: a notice not yet prepared can still be given by the person who gives it.
    source: { kind: "register", query: { by: "notice", notice: "prepared" } },
    also: { kind: "register", query: { by: "notice", notice: "pending" } },
    empty: "No notice of restrictions is waiting to be given.",
    item: (found, ctx) => pendingNotice(found, ctx, true),
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
    // Section 4 and 5.2.5: the assistant director and City Solicitor decide extreme measures and
    // immediate action themselves (the assessed cases are in "Restrictions to decide"); what
    // stays theirs afterwards is immediate action in force, to review or end.
    key: "measuresToAgree",
    title: "Immediate actions in force",
    section: "4",
    roles: SENIOR,
    source: { kind: "register", query: { by: "origin", origin: "immediate" } },
    empty: "No immediate action is in force.",
    item: ({ entry }, ctx) => {
      const period = entry.period;
      if (entry.stage !== "restricted" || !period || periodOrigin(period) !== "immediate") {
        return undefined;
      }
      const last = formatLastDay(period.end);
      const until = last === "until further notice" ? last : `until ${last}`;
      return {
        since: period.decidedOn,
        ...(entry.reviewDue ? { dueOn: entry.reviewDue } : {}),
        overdue: isReviewOverdue(entry, ctx.today),
        detail: `Taken on ${on(period.decidedOn)} by ${period.decidedBy.name}, ${until}${entry.reviewDue ? `; review by ${on(entry.reviewDue)}` : ""}.`,
      };
    },
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
    source: { kind: "register", query: { by: "appeal", status: "passed" } },
    empty: "No appeal is waiting for your decision.",
    item: ({ entry }, ctx) => {
      const appeal = entry.appeal;
      if (appeal.status !== "passed") return undefined;
      return {
        since: appeal.passedOn,
        dueOn: addDays(appeal.lodgedOn, ctx.config.workTargets.decideAppeal),
        detail: `Received on ${on(appeal.lodgedOn)}, passed to you on ${on(appeal.passedOn)} by ${appeal.passedBy.name}: confirm, amend or remove the restrictions.`,
      };
    },
  },
  {
    key: "lateAppeals",
    title: "Late appeals to choose on",
    section: "5.2.7",
    roles: ["director", ...HELPDESK],
    source: { kind: "register", query: { by: "appeal", status: "late" } },
    empty: "No late appeal is waiting for a choice.",
    item: ({ entry }, ctx) => {
      const appeal = entry.appeal;
      if (appeal.status !== "late") return undefined;
      return {
        ...target(appeal.lodgedOn, "gatherAppeal", ctx),
        detail: `Received on ${on(appeal.lodgedOn)}, after the last day to appeal (${on(appeal.appealBy)}): choose whether to consider it, or take it as a review request.`,
      };
    },
  },
  {
    key: "changedOutside",
    title: "Changed outside the add-in",
    section: "Data protection",
    roles: HELPDESK,
    source: { kind: "directEdits", withinDays: 30 },
    empty: "No case was changed in SharePoint without an entry in its history in the last 30 days.",
    item: ({ directEdit }, ctx) => {
      if (!directEdit || directEdit.changes.length === 0) return undefined;
      const when = (at: Date) => formatMoment(at, ctx.config.timeZone);
      const what = directEdit.changes
        .map((c) => `${LIST_WORDS[c.list]} at ${when(c.at)}`)
        .join("; ");
      const first = Math.min(...directEdit.changes.map((c) => c.at.getTime()));
      const after = directEdit.lastAudited
        ? `after the last change in its history (${when(directEdit.lastAudited)})`
        : "with no change in its history in the last 30 days";
      return {
        since: localDateOf(new Date(first), ctx.config.timeZone),
        detail: `Changed in SharePoint ${after}: ${what}. Check the change; put it right in the add-in (Correct the record) so the history shows it.`,
      };
    },
  },
];

const LIST_WORDS = {
  register: "the register entry",
  caseFiles: "the case file",
  addresses: "an email address",
  caseEvents: "the history",
} as const;

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
