import { appealBy } from "./deadlines";
import { actorInWords } from "./deputies";
import type { NoticeGiven, PrepareNotice, RecordNotice } from "./lifecycleCommands";
import {
  mayDecideNotToTell,
  noticeGiverRefusal,
  noticeGivers,
  SENIOR_DECIDERS,
} from "./lifecycleRules";
import {
  type CommandContext,
  done,
  fail,
  type LifecycleResult,
  pastDate,
  requireText,
  type Restriction,
  rolesInWords,
} from "./lifecycleSupport";
import { ok } from "./result";
import { periodOrigin } from "./termsInForce";
import { NOTICE_METHODS } from "./types";
import type {
  Notice,
  NoticeConfirmation,
  NoticeMethod,
  RegisterEntry,
  RestrictionPeriod,
  Result,
} from "./types";
import { formatLongDate, formatMoment } from "./wording";
import { localDateOf, startOfLocalDate } from "./zonedTime";

const MINUTE = 60_000;

// 5.2.4–5.2.6: telling the customer. The decision is recorded when it is made; its terms bind
// from the moment the customer is told, by the role the policy names. The helpdesk manager may
// prepare the letter for that person, who then records that they gave it.

const METHOD_WORDS: Readonly<Record<NoticeMethod, string>> = {
  letter: "by letter",
  email: "by email",
  phone: "by telephone",
  inPerson: "in person",
  other: "another way",
};

/** "by letter", or "another way (large print by hand)": how the customer was told. */
export function noticeMethodInWords(method: NoticeMethod, adjustment?: string): string {
  return method === "other" && adjustment
    ? `another way, as a reasonable adjustment requires (${adjustment})`
    : METHOD_WORDS[method];
}

/** The entry once the customer counts as told: the replaced terms no longer bind. */
function told(entry: RegisterEntry, period: RestrictionPeriod, ctx: CommandContext): RegisterEntry {
  const { superseded: _replaced, ...rest } = entry;
  return { ...rest, period, appealBy: appealBy(period, ctx.config) };
}

/** When the period was decided: a notice cannot come before it. */
function decidedAt(period: RestrictionPeriod, ctx: CommandContext): Date {
  return period.decidedAt ?? startOfLocalDate(period.decidedOn, ctx.config.timeZone);
}

function checkConfirmation(
  ctx: CommandContext,
  notice: NoticeGiven,
  toldOn: RestrictionPeriod["start"],
): Result<NoticeConfirmation> {
  const confirmation = notice.confirmation;
  if (confirmation === undefined) {
    // A letter or an email is itself the notice in writing.
    if (notice.method === "letter" || notice.method === "email") {
      return ok({ kind: "inWriting", on: toldOn });
    }
    return fail(
      "missingInformation",
      "Record how the notice was confirmed: in writing (the date), or as the customer's reasonable adjustment allows (5.2.4).",
    );
  }
  if (confirmation.kind === "inWriting") {
    const on = pastDate(confirmation.on, "The date of the written confirmation", ctx.today, {
      date: toldOn,
      what: "the day the customer was told",
    });
    return on.ok ? ok({ kind: "inWriting", on: on.value }) : on;
  }
  const how = requireText(
    confirmation.how,
    "Describe how the notice was confirmed as the customer's reasonable adjustment allows (5.2.4).",
  );
  return how.ok ? ok({ kind: "adjustment", how: how.value }) : how;
}

function notified(
  ctx: CommandContext,
  restriction: Restriction,
  notice: NoticeGiven,
): LifecycleResult {
  const { period, terms } = restriction;
  const { config, actor, now } = ctx;
  if (!noticeGivers(period, terms).includes(actor.role)) {
    return {
      ok: false,
      error: noticeGiverRefusal(ctx, restriction) ?? wrongGiver(ctx, restriction),
    };
  }
  if (!NOTICE_METHODS.includes(notice.method)) {
    return fail("missingInformation", "Choose how the customer was told (5.2.4).");
  }
  const at = notice.at;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    return fail("missingInformation", "Give the date and time the customer was told (5.2.4).");
  }
  if (at.getTime() > now.getTime()) {
    return fail(
      "dateInFuture",
      `The time the customer was told (${formatMoment(at, config.timeZone)}) cannot be later than now.`,
    );
  }
  const decided = decidedAt(period, ctx);
  // Times are typed to the minute: told in the decision's own minute is told at the decision.
  if (Math.floor(at.getTime() / MINUTE) < Math.floor(decided.getTime() / MINUTE)) {
    return fail(
      "datesOutOfOrder",
      `The customer cannot have been told (${formatMoment(at, config.timeZone)}) before the decision was made (${formatMoment(decided, config.timeZone)}).`,
    );
  }
  const adjustment =
    notice.method === "other"
      ? requireText(
          notice.adjustment,
          "Describe the way the customer was told that their reasonable adjustment requires (5.2.4).",
        )
      : ok(undefined);
  if (!adjustment.ok) return adjustment;
  const toldAt = at.getTime() < decided.getTime() ? decided : at;
  const on = localDateOf(toldAt, config.timeZone);
  const confirmation = checkConfirmation(ctx, notice, on);
  if (!confirmation.ok) return confirmation;
  const prepared = period.notice.kind === "pending" ? period.notice.prepared : undefined;
  const given: Notice = {
    kind: "notified",
    on,
    at: toldAt,
    method: notice.method,
    ...(adjustment.value ? { adjustment: adjustment.value } : {}),
    confirmation: confirmation.value,
    givenBy: actor,
    ...(prepared ? { prepared } : {}),
  };
  const next = told(ctx.record.entry, { ...period, notice: given }, ctx);
  const how = noticeMethodInWords(notice.method, adjustment.value);
  const section = periodOrigin(period) === "imposed" ? "5.2.4" : "5.2.6, 5.2.7";
  return done(
    ctx,
    { entry: next, file: ctx.record.file },
    "customerNotified",
    `${actorInWords(actor, config)}, told the customer of the restrictions ${how} at ${formatMoment(toldAt, config.timeZone)}; they bind from then (${section}).`,
    {
      at: toldAt.toISOString(),
      on,
      method: notice.method,
      ...(adjustment.value ? { adjustment: adjustment.value } : {}),
      confirmation: confirmation.value,
      givenBy: actorInWords(actor, config),
      periodNumber: period.number,
      appealBy: next.appealBy,
    },
  );
}

function wrongGiver(ctx: CommandContext, { period, terms }: Restriction) {
  return {
    code: "wrongRole",
    message: `Only ${rolesInWords(noticeGivers(period, terms), ctx.config)} can tell the customer of these restrictions (5.2.4).`,
  };
}

function notTold(
  ctx: CommandContext,
  { period }: Restriction,
  reasonGiven: string,
): LifecycleResult {
  const { config, actor } = ctx;
  const origin = periodOrigin(period);
  if (origin !== "review") {
    const why =
      origin === "appeal"
        ? `the outcome of an appeal is always communicated to the customer (5.2.7)`
        : `restrictions bind only once the customer has been told of them (5.2.4)`;
    return fail(
      "notAllowed",
      `Not telling the customer is allowed only for changes made on review (5.2.6): ${why}.`,
    );
  }
  if (!mayDecideNotToTell(period, actor.role)) {
    return fail(
      "wrongRole",
      `Only ${rolesInWords(SENIOR_DECIDERS, config)} can decide not to tell the customer (5.2.6).`,
    );
  }
  const reason = requireText(
    reasonGiven,
    "Record the reasons for not telling the customer (5.2.6).",
  );
  if (!reason.ok) return reason;
  const untold: Notice = {
    kind: "notNotified",
    reason: reason.value,
    decidedBy: actor,
    decidedOn: ctx.today,
    decidedAt: ctx.now,
  };
  const next = told(ctx.record.entry, { ...period, notice: untold }, ctx);
  return done(
    ctx,
    { entry: next, file: ctx.record.file },
    "decidedNotToNotify",
    `${actorInWords(actor, config)}, decided not to tell the customer of the change made on review, as telling them could incite further unreasonable behaviour; it binds from now (5.2.6).`,
    {
      reason: reason.value,
      reasons: reason.value,
      at: ctx.now.toISOString(),
      periodNumber: period.number,
      appealBy: next.appealBy,
    },
  );
}

/** 5.2.4, 5.2.6: the customer was told (binding the terms from then), or is not to be told. */
export function recordNotice(
  ctx: CommandContext,
  restriction: Restriction,
  command: RecordNotice,
): LifecycleResult {
  return command.notice.kind === "notified"
    ? notified(ctx, restriction, command.notice)
    : notTold(ctx, restriction, command.notice.reason);
}

/**
 * 5.2.4: the helpdesk manager prepares the notice (the letter) for the person who is to give
 * it; that person then records that they told the customer.
 */
export function prepareNotice(
  ctx: CommandContext,
  { period, terms }: Restriction,
  command: PrepareNotice,
): LifecycleResult {
  const { config, actor } = ctx;
  const givers = noticeGivers(period, terms);
  const giver = command.giver;
  if (!givers.includes(giver.role)) {
    return fail(
      "wrongRole",
      `The notice of these restrictions is given by ${rolesInWords(givers, config)}: prepare it for one of them (5.2.4).`,
    );
  }
  const pending: Notice = { kind: "pending", prepared: { by: actor, at: ctx.now, giver } };
  return done(
    ctx,
    {
      entry: { ...ctx.record.entry, period: { ...period, notice: pending } },
      file: ctx.record.file,
    },
    "noticePrepared",
    `${actorInWords(actor, config)}, prepared the notice of the restrictions decided on ${formatLongDate(period.decidedOn)}, for ${actorInWords(giver, config)}, to give (5.2.4).`,
    { giver: actorInWords(giver, config), periodNumber: period.number },
  );
}
