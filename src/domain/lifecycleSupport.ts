import type { PolicyConfig } from "./config";
import type { CommandOutcome } from "./lifecycleCommands";
import { isAfter, isBefore } from "./localDate";
import { ok, refuse } from "./result";
import type {
  Actor,
  CaseRecord,
  LocalDate,
  Refusal,
  RestrictionPeriod,
  RestrictionTerms,
  Result,
  Role,
} from "./types";
import { CHANNELS } from "./types";
import type { Consulted, Means } from "./types";
import { roleInWords } from "./deputies";
import { channelManner, formatLongDate, listWithOr } from "./wording";

/** Everything a command handler needs besides the command itself. */
export type CommandContext = {
  readonly record: CaseRecord;
  readonly actor: Actor;
  readonly now: Date;
  /** `now` as a date in the council's time zone: the date of any decision taken. */
  readonly today: LocalDate;
  readonly config: PolicyConfig;
};

/** The terms and period of a case whose stage is "restricted". */
export type Restriction = { readonly terms: RestrictionTerms; readonly period: RestrictionPeriod };

export type LifecycleResult = Result<CommandOutcome>;

/** Stable codes for refusals, so callers can react without reading the message. */
export type LifecycleRefusalCode =
  | "wrongRole"
  | "wrongStage"
  | "incompleteRecord"
  | "missingInformation"
  | "tooLong"
  | "dateInFuture"
  | "datesOutOfOrder"
  | "alreadyDone"
  | "notYetPossible"
  | "consultationIncomplete"
  | "inconsistentDecision"
  | "invalidTerms"
  | "noRestrictions"
  | "reviewPending"
  | "reviewRequestUsed"
  | "appealAlreadyLodged"
  | "appealWindowClosed"
  | "notAllowed"
  | "noticeGivenByAnother";

export function refusal(code: LifecycleRefusalCode, message: string): Refusal {
  return { code, message };
}

export function fail(code: LifecycleRefusalCode, message: string): { ok: false; error: Refusal } {
  return refuse(code, message);
}

const MAX_TEXT = 4000;

/**
 * Text people must give: trimmed, non-empty, not oversized. `missing` is the whole sentence
 * shown when it is absent, e.g. "Give the reasons for the decision (5.2.2)."
 */
export function requireText(value: string | undefined, missing: string): Result<string> {
  const trimmed = (value ?? "").trim();
  if (trimmed === "") return fail("missingInformation", missing);
  if (trimmed.length > MAX_TEXT) {
    return fail(
      "tooLong",
      `${missing.replace(/\.$/, "")}, in at most ${MAX_TEXT} characters (this is ${trimmed.length}).`,
    );
  }
  return ok(trimmed);
}

/** Optional text: absent or blank stays absent; too long is refused. */
export function optionalText(value: string | undefined, what: string): Result<string | undefined> {
  const trimmed = (value ?? "").trim();
  if (trimmed === "") return ok(undefined);
  return requireText(trimmed, what);
}

/** A date of something that has happened: not after today, not before `earliest`. */
export function pastDate(
  date: LocalDate,
  what: string,
  today: LocalDate,
  earliest: { readonly date: LocalDate; readonly what: string },
): Result<LocalDate> {
  if (isAfter(date, today)) {
    return fail("dateInFuture", `${what} (${formatLongDate(date)}) cannot be after today.`);
  }
  if (isBefore(date, earliest.date)) {
    return fail(
      "datesOutOfOrder",
      `${what} (${formatLongDate(date)}) cannot be before ${earliest.what} (${formatLongDate(earliest.date)}).`,
    );
  }
  return ok(date);
}

/** 5.1, 5.2.6, 5.2.7: "in writing": by letter, email or the council's website form. */
export const WRITTEN_CHANNELS: readonly Means["channel"][] = ["letter", "email", "webForm"];

/**
 * How something arrived (or was sent): in writing, or another way with the reasonable
 * adjustment that requires it described. `what` names it: "the request".
 */
export function checkMeans(means: Means | undefined, what: string, section: string): Result<Means> {
  if (!means || !CHANNELS.includes(means.channel)) {
    return fail("missingInformation", `Record how ${what} arrived (${section}).`);
  }
  if (WRITTEN_CHANNELS.includes(means.channel)) {
    const adjustment = optionalText(means.adjustment, "Describe the reasonable adjustment.");
    if (!adjustment.ok) return adjustment;
    return ok({
      channel: means.channel,
      ...(adjustment.value ? { adjustment: adjustment.value } : {}),
    });
  }
  const adjustment = requireText(
    means.adjustment,
    `${what.charAt(0).toUpperCase()}${what.slice(1)} arrived ${channelManner(means.channel)}, not in writing: describe the reasonable adjustment that requires this (${section}).`,
  );
  return adjustment.ok ? ok({ channel: means.channel, adjustment: adjustment.value }) : adjustment;
}

/** "in writing, by letter", or "by telephone, as a reasonable adjustment requires (…)". */
export function meansInWords(means: Means): string {
  return WRITTEN_CHANNELS.includes(means.channel)
    ? `in writing, ${channelManner(means.channel)}`
    : `${channelManner(means.channel)}, as a reasonable adjustment requires${means.adjustment ? ` (${means.adjustment})` : ""}`;
}

/** "the assistant director of corporate services or the City Solicitor (or deputy)". */
export function rolesInWords(roles: readonly Role[], config: PolicyConfig): string {
  return listWithOr(roles.map((role) => `the ${config.roleTitles[role]}`));
}

/** "Alex Reed (assistant director of corporate services) on Monday 19 October 2026". */
export function consultedInWords(
  consulted: readonly Consulted[],
  config: PolicyConfig,
): readonly string[] {
  return consulted.map(
    (c) => `${c.name} (${roleInWords(c, config)})${c.on ? ` on ${formatLongDate(c.on)}` : ""}`,
  );
}

export function hasRole(people: readonly Actor[], roles: readonly Role[]): boolean {
  return people.some((p) => roles.includes(p.role));
}

/** The outcome of a successful command: the new record and one event describing it. */
export function done(
  ctx: CommandContext,
  record: CaseRecord,
  action: string,
  summary: string,
  detail: Readonly<Record<string, unknown>> = {},
): LifecycleResult {
  return ok({
    record,
    events: [
      {
        ref: record.entry.ref,
        at: ctx.now,
        actor: ctx.actor,
        action,
        summary,
        detail: { stageFrom: ctx.record.entry.stage, stageTo: record.entry.stage, ...detail },
      },
    ],
  });
}
