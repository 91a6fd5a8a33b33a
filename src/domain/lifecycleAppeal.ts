import { appealBy, customerReviewAvailable, isAppealInTime } from "./deadlines";
import type { DecideAppeal, LodgeAppeal } from "./lifecycleCommands";
import { amendIntoNextPeriod, type Decided, endRestrictions } from "./lifecycleRestrictions";
import { customerReviewPending } from "./lifecycleReview";
import {
  type CommandContext,
  done,
  fail,
  type LifecycleResult,
  pastDate,
  requireText,
  type Restriction,
} from "./lifecycleSupport";
import { ok } from "./result";
import type { AppealOutcome, AppealState, Result } from "./types";
import { formatLongDate, listWithAnd } from "./wording";

/**
 * 5.2.7: an appeal is in time up to and including the last day of the window. A late one is
 * referred to the review process: it becomes the customer's review request while one is left.
 */
export function lodgeAppeal(
  ctx: CommandContext,
  restriction: Restriction,
  command: LodgeAppeal,
): LifecycleResult {
  const { entry, file } = ctx.record;
  const { period } = restriction;
  const on = pastDate(command.lodgedOn, "The date of the appeal", ctx.today, {
    date: period.decidedOn,
    what: "the decision on these restrictions",
  });
  if (!on.ok) return on;
  const grounds = requireText(
    command.grounds,
    "Record why the customer disagrees with the decision (5.2.7).",
  );
  if (!grounds.ok) return grounds;
  const lastDay = appealBy(period, ctx.config);
  // No notice recorded yet: the window has not started, so the appeal is in time.
  if (lastDay === undefined || isAppealInTime(on.value, lastDay)) {
    return done(
      ctx,
      {
        entry: {
          ...entry,
          appeal: { status: "lodged", lodgedOn: on.value, grounds: grounds.value },
        },
        file,
      },
      "appealLodged",
      `The customer appealed on ${formatLongDate(on.value)} (5.2.7).`,
      { lodgedOn: on.value, appealBy: lastDay, grounds: grounds.value },
    );
  }
  const closed = `The appeal window closed on ${formatLongDate(lastDay)}`;
  const review = entry.review;
  if (review.status === "pending") {
    return fail(
      "appealWindowClosed",
      `${closed} and a review is already under way (since ${formatLongDate(review.requestedOn)}): add the customer's points to it (5.2.7).`,
    );
  }
  if (!customerReviewAvailable(entry, ctx.config)) {
    const used = period.customerReviewRequests;
    const detail =
      used.length > 0
        ? `the review request for this period was used on ${listWithAnd(used.map(formatLongDate))}`
        : "customer review requests are not available under this council's configuration";
    return fail("appealWindowClosed", `${closed} and ${detail} (5.2.7, 5.2.6).`);
  }
  return done(
    ctx,
    { entry: customerReviewPending(entry, restriction, on.value, grounds.value), file },
    "lateAppealTreatedAsReview",
    `${closed}, so the appeal of ${formatLongDate(on.value)} is treated as the customer's review request (5.2.7, 5.2.6).`,
    { lodgedOn: on.value, appealBy: lastDay, grounds: grounds.value },
  );
}

function appealedEntry(
  ctx: CommandContext,
  restriction: Restriction,
  command: DecideAppeal,
  lodged: Extract<AppealState, { status: "lodged" }>,
): Result<Decided> {
  const decided = (outcome: AppealOutcome): AppealState => ({
    status: "decided",
    lodgedOn: lodged.lodgedOn,
    decidedOn: ctx.today,
    outcome,
  });
  const { outcome } = command;
  switch (outcome.kind) {
    case "confirmed":
      return ok({
        entry: { ...ctx.record.entry, appeal: decided("confirmed") },
        summary: "restrictions confirmed",
      });
    case "removed":
      return ok({
        entry: { ...endRestrictions(ctx, ctx.today), appeal: decided("removed") },
        summary: "restrictions removed",
      });
    case "amended":
      // The amended terms start a new period, which has an appeal of its own (5.2.6).
      return amendIntoNextPeriod(ctx, restriction, outcome);
  }
}

/** 5.2.7: the director of corporate services confirms, amends or removes the conditions. */
export function decideAppeal(
  ctx: CommandContext,
  restriction: Restriction,
  command: DecideAppeal,
): LifecycleResult {
  const appeal = ctx.record.entry.appeal;
  if (appeal.status !== "lodged") {
    return fail("notYetPossible", "There is no appeal waiting for a decision (5.2.7).");
  }
  const reasons = requireText(command.reasons, "Give the reasons for the appeal decision (5.2.7).");
  if (!reasons.ok) return reasons;
  const outcome = appealedEntry(ctx, restriction, command, appeal);
  if (!outcome.ok) return outcome;
  return done(
    ctx,
    { entry: outcome.value.entry, file: ctx.record.file },
    "appealDecided",
    `Appeal decided: ${outcome.value.summary} (5.2.7).`,
    { outcome: command.outcome.kind, lodgedOn: appeal.lodgedOn, reasons: reasons.value },
  );
}
