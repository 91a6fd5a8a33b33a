import type { DecideReview, RequestReview, StartReview } from "./lifecycleCommands";
import type { ReviewState } from "./types";
import { SENIOR_DECIDERS } from "./lifecycleRules";
import {
  amendIntoNextPeriod,
  type Decided,
  endRestrictions,
  startNextPeriod,
} from "./lifecycleRestrictions";
import {
  checkMeans,
  type CommandContext,
  consultedInWords,
  done,
  fail,
  hasRole,
  type LifecycleResult,
  meansInWords,
  pastDate,
  requireText,
  type Restriction,
  rolesInWords,
} from "./lifecycleSupport";
import { isAfter } from "./localDate";
import { ok } from "./result";
import type { CaseRecord, LocalDate, Means, RegisterEntry, Result } from "./types";
import { formatLastDay, formatLongDate } from "./wording";

/**
 * The customer's review request, on `requestedOn`, becomes the pending review and uses one of
 * the period's requests. Shared with a late appeal the council chose to take as one (5.2.7).
 */
export function customerReviewPending(
  entry: RegisterEntry,
  { period }: Restriction,
  request: {
    readonly requestedOn: LocalDate;
    readonly grounds: string;
    readonly receivedVia?: Means;
  },
): RegisterEntry {
  const { requestedOn, grounds, receivedVia } = request;
  return {
    ...entry,
    period: { ...period, customerReviewRequests: [...period.customerReviewRequests, requestedOn] },
    review: {
      status: "pending",
      requestedOn,
      by: "customer",
      grounds,
      ...(receivedVia ? { receivedVia } : {}),
    },
  };
}

/** 5.2.4, 5.2.6: the customer asks for a review, in writing, to the city helpdesk manager. */
export function requestReview(
  ctx: CommandContext,
  restriction: Restriction,
  command: RequestReview,
): LifecycleResult {
  const { notice } = restriction.period;
  const told =
    notice.kind === "notified"
      ? { date: notice.on, what: "the day the customer was told of these restrictions" }
      : { date: restriction.period.decidedOn, what: "the decision on these restrictions" };
  const on = pastDate(command.requestedOn, "The date of the request", ctx.today, told);
  if (!on.ok) return on;
  const grounds = requireText(
    command.grounds,
    "Record why the customer considers a review is necessary (5.2.6).",
  );
  if (!grounds.ok) return grounds;
  const via = checkMeans(command.receivedVia, "the request", "5.2.6");
  if (!via.ok) return via;
  return done(
    ctx,
    {
      entry: customerReviewPending(ctx.record.entry, restriction, {
        requestedOn: on.value,
        grounds: grounds.value,
        receivedVia: via.value,
      }),
      file: ctx.record.file,
    },
    "reviewRequested",
    `The customer requested a review on ${formatLongDate(on.value)}, ${meansInWords(via.value)} (5.2.6).`,
    { requestedOn: on.value, grounds: grounds.value, receivedVia: via.value },
  );
}

/** 5.2.6: the council may review the restrictions at any time. */
export function startReview(ctx: CommandContext, command: StartReview): LifecycleResult {
  const grounds = requireText(
    command.grounds,
    "Record why the council is reviewing the restrictions (5.2.6).",
  );
  if (!grounds.ok) return grounds;
  return done(
    ctx,
    {
      entry: {
        ...ctx.record.entry,
        review: {
          status: "pending",
          requestedOn: ctx.today,
          by: "council",
          grounds: grounds.value,
        },
      },
      file: ctx.record.file,
    },
    "reviewStarted",
    `${ctx.actor.name} started a review of the restrictions (5.2.6).`,
    { grounds: grounds.value },
  );
}

function reviewedEntry(
  ctx: CommandContext,
  restriction: Restriction,
  outcome: DecideReview["outcome"],
): Result<Decided> {
  const { period, terms } = restriction;
  switch (outcome.kind) {
    case "remove":
      return ok({ entry: endRestrictions(ctx, ctx.today), summary: "restrictions removed" });
    case "keep":
      return ok({ entry: ctx.record.entry, summary: "restrictions kept unchanged" });
    case "extend": {
      if (!isAfter(outcome.newEnd, period.end)) {
        return fail(
          "datesOutOfOrder",
          `An extension must end after the current end date, ${formatLongDate(period.end)} (5.2.6).`,
        );
      }
      const next = startNextPeriod(ctx, restriction, { terms, end: outcome.newEnd }, "review");
      if (!next.ok) return next;
      return ok({
        entry: next.value,
        summary: `restrictions extended to ${formatLastDay(outcome.newEnd)}; the extension binds once the customer is told`,
      });
    }
    case "amend":
      return amendIntoNextPeriod(ctx, restriction, outcome, "review");
  }
}

/**
 * 5.2.6: decided by the city helpdesk manager in consultation with the assistant director
 * and/or the City Solicitor. Extending or amending starts the next restriction period.
 */
export function decideReview(
  ctx: CommandContext,
  restriction: Restriction,
  command: DecideReview,
): LifecycleResult {
  if (!hasRole(command.consulted, SENIOR_DECIDERS)) {
    return fail(
      "consultationIncomplete",
      `The review is decided in consultation with ${rolesInWords(SENIOR_DECIDERS, ctx.config)}: record who was consulted (5.2.6).`,
    );
  }
  const consultedOk = checkConsultationDates(ctx, command.consulted, ctx.record.entry.review);
  if (consultedOk) return consultedOk;
  const reasons = requireText(command.reasons, "Give the reasons for the review decision (5.2.6).");
  if (!reasons.ok) return reasons;
  const outcome = reviewedEntry(ctx, restriction, command.outcome);
  if (!outcome.ok) return outcome;
  const record: CaseRecord = {
    entry: { ...outcome.value.entry, review: { status: "none" } },
    file: ctx.record.file,
  };
  return done(ctx, record, "reviewDecided", `Review decided: ${outcome.value.summary} (5.2.6).`, {
    outcome: command.outcome.kind,
    consulted: consultedInWords(command.consulted, ctx.config),
    reasons: reasons.value,
    periodNumber: record.entry.period?.number,
  });
}

/** Dates of consultation given on a review: not in the future, not before the review began. */
function checkConsultationDates(
  ctx: CommandContext,
  consulted: DecideReview["consulted"],
  review: ReviewState,
): LifecycleResult | undefined {
  if (review.status !== "pending") return undefined;
  for (const person of consulted) {
    if (person.on === undefined) continue;
    const on = pastDate(person.on, `The date ${person.name} was consulted`, ctx.today, {
      date: review.requestedOn,
      what: "the start of the review",
    });
    if (!on.ok) return on;
  }
  return undefined;
}
