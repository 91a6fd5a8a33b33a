/**
 * Need to know (UK GDPR Art 5(1)(c); Clift v Slough): what frontline staff may read of a case.
 * They need to handle a message: whether the sender's contact is restricted, the terms and the
 * SPOC. So their copy of the register holds only cases whose restrictions bind the customer, or
 * will without a further decision (a period that starts later, a change the customer was told
 * of), and of those only the terms, people and dates: never the reasons for not telling,
 * review or appeal grounds, step one, or retention. docs/decisions.md ("Need to know").
 */
import type { Notice, RegisterEntry, RestrictionPeriod, SupersededPeriod } from "./types";

/**
 * The notice as frontline staff see it: when the customer was told, or from when the terms
 * bind without telling, and nothing of how, by whom or why not (the reason is managers' only).
 */
function noticeForFrontline(notice: Notice): Notice {
  switch (notice.kind) {
    case "pending":
    case "notRequired":
      return { kind: notice.kind };
    case "notified":
      return { kind: "notified", on: notice.on, ...(notice.at ? { at: notice.at } : {}) };
    case "notNotified":
      // The instant binds the terms (termsInForce.ts); the recorded reason stays on the register.
      return {
        kind: "notNotified",
        reason: "",
        decidedBy: notice.decidedBy,
        decidedOn: notice.decidedOn,
        ...(notice.decidedAt ? { decidedAt: notice.decidedAt } : {}),
      };
  }
}

function periodForFrontline(period: RestrictionPeriod): RestrictionPeriod {
  return {
    number: period.number,
    start: period.start,
    end: period.end,
    decidedOn: period.decidedOn,
    ...(period.decidedAt ? { decidedAt: period.decidedAt } : {}),
    decidedBy: period.decidedBy,
    ...(period.origin ? { origin: period.origin } : {}),
    notice: noticeForFrontline(period.notice),
    // The customer's review requests are a manager's business.
    customerReviewRequests: [],
  };
}

function supersededForFrontline(previous: SupersededPeriod): SupersededPeriod {
  return { ...previous, period: periodForFrontline(previous.period) };
}

/**
 * The case as frontline staff may read it, or undefined when they may not read it at all: any
 * stage but "restricted" (step one, monitoring, referral, assessment, ended, closed), and a
 * first imposition the customer has not yet been told of (it binds only once they are, and
 * telling them is a change to the case that writes this copy again).
 *
 * While a later decision is not yet told, the copy holds the terms the customer was told of
 * as the latest period: what binds now, without the decision staff may not yet act on.
 */
export function frontlineEntry(entry: RegisterEntry): RegisterEntry | undefined {
  const { terms, period } = entry;
  if (entry.stage !== "restricted" || !terms || !period) return undefined;
  const common = {
    ref: entry.ref,
    customerName: entry.customerName,
    stage: entry.stage,
    serviceArea: entry.serviceArea,
    ...(entry.representative ? { representative: entry.representative } : {}),
    review: { status: "none" },
    appeal: { status: "none" },
  } as const;
  if (period.notice.kind === "pending") {
    const previous = entry.superseded;
    if (!previous) return undefined;
    return {
      ...common,
      ...(previous.spoc ? { spoc: previous.spoc } : {}),
      ...(previous.deputy ? { deputy: previous.deputy } : {}),
      terms: previous.terms,
      ...(previous.termsSummary ? { termsSummary: previous.termsSummary } : {}),
      period: periodForFrontline(previous.period),
    };
  }
  return {
    ...common,
    ...(entry.spoc ? { spoc: entry.spoc } : {}),
    ...(entry.deputy ? { deputy: entry.deputy } : {}),
    terms,
    ...(entry.termsSummary ? { termsSummary: entry.termsSummary } : {}),
    period: periodForFrontline(period),
    ...(entry.superseded ? { superseded: supersededForFrontline(entry.superseded) } : {}),
    ...(entry.reviewDue ? { reviewDue: entry.reviewDue } : {}),
    ...(entry.appealBy ? { appealBy: entry.appealBy } : {}),
  };
}
