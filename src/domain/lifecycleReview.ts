import type { DecideReview, RequestReview, StartReview } from "./lifecycleCommands";
import { SENIOR_DECIDERS } from "./lifecycleRules";
import {
  amendIntoNextPeriod,
  type Decided,
  endRestrictions,
  startNextPeriod,
} from "./lifecycleRestrictions";
import {
  type CommandContext,
  done,
  fail,
  hasRole,
  type LifecycleResult,
  pastDate,
  requireText,
  type Restriction,
  rolesInWords,
} from "./lifecycleSupport";
import { isAfter } from "./localDate";
import { ok } from "./result";
import type { CaseRecord, LocalDate, RegisterEntry, Result } from "./types";
import { formatLongDate } from "./wording";

/**
 * The customer's review request, on `requestedOn`, becomes the pending review and uses one of
 * the period's requests. Shared with a late appeal, which is treated as a review request (5.2.7).
 */
export function customerReviewPending(
  entry: RegisterEntry,
  { period }: Restriction,
  requestedOn: LocalDate,
  grounds: string,
): RegisterEntry {
  return {
    ...entry,
    period: { ...period, customerReviewRequests: [...period.customerReviewRequests, requestedOn] },
    review: { status: "pending", requestedOn, by: "customer", grounds },
  };
}

/** 5.2.4, 5.2.6: the customer asks for a review, in writing, to the city helpdesk manager. */
export function requestReview(
  ctx: CommandContext,
  restriction: Restriction,
  command: RequestReview,
): LifecycleResult {
  const on = pastDate(command.requestedOn, "The date of the request", ctx.today, {
    date: restriction.period.decidedOn,
    what: "the decision on these restrictions",
  });
  if (!on.ok) return on;
  const grounds = requireText(
    command.grounds,
    "Record why the customer considers a review is necessary (5.2.6).",
  );
  if (!grounds.ok) return grounds;
  return done(
    ctx,
    {
      entry: customerReviewPending(ctx.record.entry, restriction, on.value, grounds.value),
      file: ctx.record.file,
    },
    "reviewRequested",
    `The customer requested a review on ${formatLongDate(on.value)} (5.2.6).`,
    { requestedOn: on.value, grounds: grounds.value },
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
      const next = startNextPeriod(ctx, restriction, { terms, end: outcome.newEnd });
      if (!next.ok) return next;
      return ok({
        entry: next.value,
        summary: `restrictions extended to ${formatLongDate(outcome.newEnd)}`,
      });
    }
    case "amend":
      return amendIntoNextPeriod(ctx, restriction, outcome);
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
    consulted: command.consulted.map((c) => `${c.name} (${ctx.config.roleTitles[c.role]})`),
    reasons: reasons.value,
    periodNumber: record.entry.period?.number,
  });
}
