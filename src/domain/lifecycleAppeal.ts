import { appealBy, customerReviewAvailable, isAppealInTime } from "./deadlines";
import { actorInWords } from "./deputies";
import type { DecideAppeal, DecideLateAppeal, LodgeAppeal, PassAppeal } from "./lifecycleCommands";
import { amendIntoNextPeriod, type Decided, endRestrictions } from "./lifecycleRestrictions";
import { customerReviewPending } from "./lifecycleReview";
import {
  checkMeans,
  type CommandContext,
  done,
  fail,
  type LifecycleResult,
  meansInWords,
  pastDate,
  requireText,
  type Restriction,
} from "./lifecycleSupport";
import { ok } from "./result";
import type {
  AppealOutcome,
  AppealState,
  LateAppealDecision,
  LocalDate,
  RegisterEntry,
  Result,
} from "./types";
import { formatLongDate, listWithAnd } from "./wording";

// 5.2.7: the helpdesk manager records the appeal (when, why, how it arrived), gathers the
// information and passes it to the director, who confirms, amends or removes the conditions.
// An appeal after the window waits for the director or the helpdesk manager to choose: consider
// it anyway, or refer the customer to the review process. Nothing decides that by itself.

const MAX_INFORMATION_ITEMS = 200;

/** 5.2.7: the appeal as received; in time, it waits to be passed on; late, for the choice. */
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
  const via = checkMeans(command.receivedVia, "the appeal", "5.2.7");
  if (!via.ok) return via;
  const received = { lodgedOn: on.value, grounds: grounds.value, receivedVia: via.value };
  const lastDay = appealBy(period, ctx.config);
  const how = meansInWords(via.value);
  // No notice recorded yet: the window has not started, so the appeal is in time.
  if (lastDay === undefined || isAppealInTime(on.value, lastDay)) {
    return done(
      ctx,
      { entry: { ...entry, appeal: { status: "lodged", ...received } }, file },
      "appealLodged",
      `The customer appealed on ${formatLongDate(on.value)}, ${how}; the ${ctx.config.roleTitles.cityHelpdeskManager} gathers the information for the ${ctx.config.roleTitles.director} (5.2.7).`,
      { lodgedOn: on.value, appealBy: lastDay, grounds: grounds.value, receivedVia: via.value },
    );
  }
  return done(
    ctx,
    { entry: { ...entry, appeal: { status: "late", appealBy: lastDay, ...received } }, file },
    "lateAppealReceived",
    `The customer appealed on ${formatLongDate(on.value)}, ${how}, after the last day (${formatLongDate(lastDay)}); the ${ctx.config.roleTitles.director} or the ${ctx.config.roleTitles.cityHelpdeskManager} chooses whether to consider it or to refer the customer to review (5.2.7).`,
    { lodgedOn: on.value, appealBy: lastDay, grounds: grounds.value, receivedVia: via.value },
  );
}

/**
 * 5.2.7 "The council reserves the right not to consider appeals made after 28 days and to
 * refer the customer to the review process": a choice, with reasons. Referring may also take
 * the appeal as the customer's review request, while this period's request is unused.
 */
export function decideLateAppeal(
  ctx: CommandContext,
  restriction: Restriction,
  command: DecideLateAppeal,
): LifecycleResult {
  const { entry, file } = ctx.record;
  const appeal = entry.appeal;
  if (appeal.status !== "late") {
    return fail("notYetPossible", "There is no late appeal waiting for that choice (5.2.7).");
  }
  const reasons = requireText(command.reasons, "Give the reasons for the choice (5.2.7).");
  if (!reasons.ok) return reasons;
  const asReviewRequest = command.choice === "referToReview" && command.asReviewRequest === true;
  const decision: LateAppealDecision = {
    choice: command.choice,
    reasons: reasons.value,
    by: ctx.actor,
    on: ctx.today,
    appealBy: appeal.appealBy,
    ...(asReviewRequest ? { asReviewRequest } : {}),
  };
  const { appealBy: _lastDay, status: _late, ...received } = appeal;
  const who = actorInWords(ctx.actor, ctx.config);
  if (command.choice === "consider") {
    return done(
      ctx,
      { entry: { ...entry, appeal: { status: "lodged", ...received, late: decision } }, file },
      "lateAppealConsidered",
      `${who}, chose to consider the late appeal of ${formatLongDate(appeal.lodgedOn)} anyway (5.2.7).`,
      { choice: "consider", reasons: reasons.value, appealBy: appeal.appealBy },
    );
  }
  let next: RegisterEntry = {
    ...entry,
    appeal: { status: "referredToReview" as const, ...received, decision },
  };
  if (asReviewRequest) {
    const refused = reviewRequestRefusal(ctx, restriction);
    if (refused) return refused;
    next = customerReviewPending(next, restriction, {
      requestedOn: appeal.lodgedOn,
      grounds: appeal.grounds,
      ...(appeal.receivedVia ? { receivedVia: appeal.receivedVia } : {}),
    });
  }
  return done(
    ctx,
    { entry: next, file },
    "lateAppealReferredToReview",
    `${who}, chose not to consider the late appeal of ${formatLongDate(appeal.lodgedOn)} and referred the customer to the review process${asReviewRequest ? ", taking the appeal as their review request" : ""} (5.2.7, 5.2.6).`,
    { choice: "referToReview", asReviewRequest, reasons: reasons.value, appealBy: appeal.appealBy },
  );
}

/** Why the late appeal cannot also be the customer's review request, if it cannot. */
function reviewRequestRefusal(
  ctx: CommandContext,
  { period }: Restriction,
): { ok: false; error: { code: string; message: string } } | undefined {
  const review = ctx.record.entry.review;
  if (review.status === "pending") {
    return fail(
      "reviewPending",
      `A review is already under way (since ${formatLongDate(review.requestedOn)}): add the customer's points to it rather than taking the appeal as a request (5.2.6).`,
    );
  }
  if (customerReviewAvailable(ctx.record.entry, ctx.config)) return undefined;
  const used = period.customerReviewRequests;
  const detail =
    used.length > 0
      ? `the review request for this period was used on ${listWithAnd(used.map(formatLongDate))}`
      : "the customer has no review request to use in this period";
  return fail(
    "reviewRequestUsed",
    `The appeal cannot be taken as the customer's review request: ${detail} (5.2.6). Refer the customer to review without it, or consider the appeal.`,
  );
}

/** 5.2.7: the information gathered goes to the director, and the record says what went. */
export function passAppeal(
  ctx: CommandContext,
  _restriction: Restriction,
  command: PassAppeal,
): LifecycleResult {
  const { entry, file } = ctx.record;
  const appeal = entry.appeal;
  if (appeal.status !== "lodged") {
    return fail("notYetPossible", "There is no appeal waiting to be passed on (5.2.7).");
  }
  const information = command.information.map((i) => i.trim()).filter((i) => i !== "");
  if (information.length === 0 || information.length > MAX_INFORMATION_ITEMS) {
    return fail(
      "missingInformation",
      `List what is passed to the ${ctx.config.roleTitles.director}: from 1 to ${MAX_INFORMATION_ITEMS} items, such as the decision, its reasons and the customer's appeal (5.2.7).`,
    );
  }
  const tooLong = information.find((i) => i.length > 4000);
  if (tooLong) {
    return fail(
      "tooLong",
      `Describe each item passed on in at most 4000 characters (one is ${tooLong.length}).`,
    );
  }
  const { status: _lodged, ...received } = appeal;
  return done(
    ctx,
    {
      entry: {
        ...entry,
        appeal: {
          status: "passed",
          ...received,
          passedOn: ctx.today,
          passedBy: ctx.actor,
          information,
        },
      },
      file,
    },
    "appealPassedToDirector",
    `${actorInWords(ctx.actor, ctx.config)}, passed the appeal of ${formatLongDate(appeal.lodgedOn)} and ${information.length === 1 ? "1 item" : `${information.length} items`} of information to the ${ctx.config.roleTitles.director} (5.2.7).`,
    { information, lodgedOn: appeal.lodgedOn },
  );
}

function appealedEntry(
  ctx: CommandContext,
  restriction: Restriction,
  command: DecideAppeal,
  lodgedOn: LocalDate,
): Result<Decided> {
  const decided = (outcome: AppealOutcome): AppealState => ({
    status: "decided",
    lodgedOn,
    decidedOn: ctx.today,
    outcome,
    decidedBy: ctx.actor,
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
      return amendIntoNextPeriod(ctx, restriction, outcome, "appeal");
  }
}

/** 5.2.7: the director of corporate services confirms, amends or removes the conditions. */
export function decideAppeal(
  ctx: CommandContext,
  restriction: Restriction,
  command: DecideAppeal,
): LifecycleResult {
  const appeal = ctx.record.entry.appeal;
  if (appeal.status !== "passed") {
    return fail("notYetPossible", "There is no appeal waiting for a decision (5.2.7).");
  }
  const reasons = requireText(command.reasons, "Give the reasons for the appeal decision (5.2.7).");
  if (!reasons.ok) return reasons;
  const outcome = appealedEntry(ctx, restriction, command, appeal.lodgedOn);
  if (!outcome.ok) return outcome;
  return done(
    ctx,
    { entry: outcome.value.entry, file: ctx.record.file },
    "appealDecided",
    `Appeal decided by ${actorInWords(ctx.actor, ctx.config)}: ${outcome.value.summary} (5.2.7).`,
    { outcome: command.outcome.kind, lodgedOn: appeal.lodgedOn, reasons: reasons.value },
  );
}
