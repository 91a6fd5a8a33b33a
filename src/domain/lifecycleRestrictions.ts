import { adjustmentConflicts } from "./adjustments";
import { retainUntil, reviewDue } from "./deadlines";
import { actorInWords } from "./deputies";
import type { AmendedTerms, ImposeRestrictions } from "./lifecycleCommands";
import { RESTRICTION_DECIDERS, SENIOR_DECIDERS } from "./lifecycleRules";
import {
  type CommandContext,
  done,
  fail,
  type LifecycleResult,
  optionalText,
  requireText,
  type Restriction,
  rolesInWords,
} from "./lifecycleSupport";
import { isBefore, laterOf } from "./localDate";
import { ok } from "./result";
import { sameAddress } from "./address";
import { hasRestrictions, isExtreme, parseTerms } from "./terms";
import { summariseTerms } from "./termsDescription";
import { isToldOf } from "./termsInForce";
import type {
  Actor,
  LocalDate,
  PeriodOrigin,
  Person,
  RegisterEntry,
  RestrictionPeriod,
  RestrictionTerms,
  Result,
  SupersededPeriod,
} from "./types";
import { formatLastDay, formatLongDate } from "./wording";

/** Terms set by a decision: valid, restricting something. */
function checkTerms(terms: RestrictionTerms): Result<RestrictionTerms> {
  const parsed = parseTerms(terms);
  if (!parsed.ok) return fail("invalidTerms", parsed.error.message);
  if (!hasRestrictions(parsed.value)) {
    return fail(
      "noRestrictions",
      "The terms restrict nothing: set at least one restriction (5.2.3).",
    );
  }
  return parsed;
}

type SpocAndDeputy = { readonly spoc?: Person; readonly deputy?: Person };

/** A SPOC-only term needs a named SPOC; the deputy must be someone else (5.2.3). */
function checkSpoc(
  terms: RestrictionTerms,
  { spoc, deputy }: SpocAndDeputy,
): Result<SpocAndDeputy> {
  if (terms.spocOnly === true && !spoc) {
    return fail(
      "missingInformation",
      "Name the SPOC: the terms limit contact to a single point of contact (5.2.3).",
    );
  }
  if (spoc && deputy && sameAddress(spoc.email, deputy.email)) {
    return fail("missingInformation", "The deputy must be someone other than the SPOC.");
  }
  return ok({ ...(spoc ? { spoc } : {}), ...(deputy ? { deputy } : {}) });
}

function extremeRefusal(ctx: CommandContext) {
  return fail(
    "wrongRole",
    `Only ${rolesInWords(SENIOR_DECIDERS, ctx.config)} can impose extreme measures (5.2.5).`,
  );
}

/**
 * New terms from a review or an appeal. Extreme measures must be agreed by the assistant
 * director or the City Solicitor (5.2.5): the decider, or the person recorded as agreeing.
 */
function checkAmendedTerms(ctx: CommandContext, amended: AmendedTerms): Result<RestrictionTerms> {
  const terms = checkTerms(amended.terms);
  if (!terms.ok) return terms;
  const agreedBy: readonly Actor[] = amended.extremeAgreedBy ? [amended.extremeAgreedBy] : [];
  const agreed = [ctx.actor, ...agreedBy].some((p) => SENIOR_DECIDERS.includes(p.role));
  if (isExtreme(terms.value) && !agreed) {
    return fail(
      "wrongRole",
      `Extreme measures must be agreed by ${rolesInWords(SENIOR_DECIDERS, ctx.config)} (5.2.5): record who agreed them.`,
    );
  }
  return terms;
}

/**
 * The terms the customer was last told of, which keep binding until they are told of the next
 * period (5.2.6): the current period once told, else whatever it had itself replaced.
 */
function lastTold(entry: RegisterEntry): SupersededPeriod | undefined {
  const { terms, period } = entry;
  if (entry.stage !== "restricted" || !terms || !period) return undefined;
  if (!isToldOf(period)) return entry.superseded;
  return {
    terms,
    ...(entry.termsSummary ? { termsSummary: entry.termsSummary } : {}),
    period,
    ...(entry.spoc ? { spoc: entry.spoc } : {}),
    ...(entry.deputy ? { deputy: entry.deputy } : {}),
  };
}

export function termsOnRegister(
  entry: RegisterEntry,
  terms: RestrictionTerms,
  period: RestrictionPeriod,
  people: { readonly spoc?: Person; readonly deputy?: Person },
  ctx: CommandContext,
): RegisterEntry {
  const { spoc, deputy } = people;
  const { appealBy: _previousPeriodsDeadline, superseded: _replaced, ...rest } = entry;
  // Until the customer is told of the new period, what they were last told of binds (5.2.6).
  const previous = period.notice.kind === "pending" ? lastTold(entry) : undefined;
  return {
    ...rest,
    ...(previous ? { superseded: previous } : {}),
    stage: "restricted",
    terms,
    termsSummary: summariseTerms(terms, { spoc, deputy, periodStart: period.start }, ctx.config),
    ...(spoc ? { spoc } : {}),
    ...(deputy ? { deputy } : {}),
    period,
    reviewDue: reviewDue(period, ctx.config),
    review: { status: "none" },
    appeal: { status: "none" },
  };
}

export function newPeriod(
  ctx: CommandContext,
  number: number,
  dates: { readonly start: LocalDate; readonly end: LocalDate },
  origin: PeriodOrigin,
): Result<RestrictionPeriod> {
  const { start, end } = dates;
  if (isBefore(end, start)) {
    return fail(
      "datesOutOfOrder",
      `The restrictions cannot end (${formatLongDate(end)}) before they start (${formatLongDate(start)}).`,
    );
  }
  return ok({
    number,
    start,
    end,
    decidedOn: ctx.today,
    decidedAt: ctx.now,
    decidedBy: ctx.actor,
    origin,
    // Section 4 needs no warning; every other period binds once the customer is told.
    notice: origin === "immediate" ? { kind: "notRequired" } : { kind: "pending" },
    customerReviewRequests: [],
  });
}

/**
 * A review or appeal that extends or amends starts the next period: it runs from the decision
 * (or the current start, if that is later), with a fresh review request and appeal, and binds
 * once the customer is told of it (until then the terms they were told of still bind).
 */
export function startNextPeriod(
  ctx: CommandContext,
  current: Restriction,
  next: { readonly terms: RestrictionTerms; readonly end: LocalDate } & SpocAndDeputy,
  origin: "review" | "appeal",
): Result<RegisterEntry> {
  const { entry } = ctx.record;
  const people = checkSpoc(next.terms, {
    spoc: next.spoc ?? entry.spoc,
    deputy: next.deputy ?? entry.deputy,
  });
  if (!people.ok) return people;
  const start = laterOf(ctx.today, current.period.start);
  const period = newPeriod(ctx, current.period.number + 1, { start, end: next.end }, origin);
  if (!period.ok) return period;
  return ok(termsOnRegister(entry, next.terms, period.value, people.value, ctx));
}

/** A decision's new entry, and how the event summarises it. */
export type Decided = { readonly entry: RegisterEntry; readonly summary: string };

/**
 * New terms from a review or an appeal: checked, then a new period until the new end (or the
 * current end when none is given).
 */
export function amendIntoNextPeriod(
  ctx: CommandContext,
  current: Restriction,
  amended: AmendedTerms,
  origin: "review" | "appeal",
): Result<Decided> {
  const terms = checkAmendedTerms(ctx, amended);
  if (!terms.ok) return terms;
  const end = amended.newEnd ?? current.period.end;
  const next = startNextPeriod(ctx, current, { ...amended, terms: terms.value, end }, origin);
  if (!next.ok) return next;
  return ok({
    entry: next.value,
    summary: `restrictions amended, until ${formatLastDay(end)}; they bind once the customer is told`,
  });
}

/** The restrictions end on `endedOn`; the file is then kept for the retention period (6). */
export function endRestrictions(ctx: CommandContext, endedOn: LocalDate): RegisterEntry {
  const { superseded: _noLongerBinding, ...entry } = ctx.record.entry;
  return {
    ...entry,
    stage: "ended",
    endedOn,
    retainUntil: retainUntil(endedOn, ctx.config),
    review: { status: "none" },
  };
}

/** 5.2.3–5.2.5: the first period of restrictions after an assessment. */
export function imposeRestrictions(
  ctx: CommandContext,
  command: ImposeRestrictions,
): LifecycleResult {
  const { config, actor, today } = ctx;
  const terms = checkTerms(command.terms);
  if (!terms.ok) return terms;
  const extreme = isExtreme(terms.value);
  if (extreme && !SENIOR_DECIDERS.includes(actor.role)) return extremeRefusal(ctx);
  if (!extreme && !RESTRICTION_DECIDERS.includes(actor.role)) {
    return fail(
      "wrongRole",
      `Only ${rolesInWords(RESTRICTION_DECIDERS, config)} can impose restrictions (5.2.4).`,
    );
  }
  if (isBefore(command.start, today)) {
    return fail(
      "datesOutOfOrder",
      `The restrictions cannot start (${formatLongDate(command.start)}) before the decision is made (today, ${formatLongDate(today)}).`,
    );
  }
  const people = checkSpoc(terms.value, command);
  if (!people.ok) return people;
  const reasons = requireText(command.reasons, "Give the reasons for the restrictions (5.2.4).");
  if (!reasons.ok) return reasons;
  const note = optionalText(
    command.proportionalityNote,
    "Explain why the restrictions are proportionate.",
  );
  if (!note.ok) return note;
  const period = newPeriod(ctx, 1, command, "imposed");
  if (!period.ok) return period;

  const { entry, file } = ctx.record;
  const warnings = adjustmentConflicts(terms.value, file.reasonableAdjustments);
  const record = {
    entry: termsOnRegister(entry, terms.value, period.value, people.value, ctx),
    file: { ...file, ...(note.value ? { proportionalityNote: note.value } : {}) },
  };
  return done(
    ctx,
    record,
    "restrictionsImposed",
    `${actorInWords(actor, config)}, decided to impose restrictions from ${formatLongDate(command.start)} to ${formatLongDate(command.end)}; they bind once the customer is told (${extreme ? "5.2.4, 5.2.5" : "5.2.4"}).`,
    {
      terms: terms.value,
      termsSummary: record.entry.termsSummary,
      reasons: reasons.value,
      adjustmentWarnings: warnings.map((w) => w.message),
    },
  );
}

/** The period is over: the restrictions ended on its last day. */
export function expire(ctx: CommandContext, { period }: Restriction): LifecycleResult {
  return done(
    ctx,
    { entry: endRestrictions(ctx, period.end), file: ctx.record.file },
    "restrictionsExpired",
    `The restrictions expired at the end of ${formatLongDate(period.end)}.`,
    { endedOn: period.end },
  );
}
