/**
 * Section 6 for the register: every case's retention state, destruction of the cases whose
 * last day has passed (today, never a later date), holds, and the destruction record. The
 * rules are the domain's (domain/retention.ts); this module reads and writes the store.
 */
import type { PolicyConfig } from "../domain/config";
import { isAfter } from "../domain/localDate";
import {
  HOLD_PLACED,
  HOLD_RELEASED,
  openHold,
  type RetentionBasis,
  type RetentionRule,
  retentionState,
  type RetentionState,
} from "../domain/retention";
import {
  type Actor,
  type CaseEvent,
  type CaseRef,
  type LocalDate,
  type Result,
  type Stage,
  STAGES,
} from "../domain/types";
import { formatLongDate } from "../domain/wording";
import { localDateOf } from "../domain/zonedTime";
import type { CaseCopies, CaseDocuments, CaseStore, CopiesPurged, DeletedItems } from "./ports";

export type RetentionDeps = {
  readonly store: CaseStore;
  readonly documents: CaseDocuments;
  readonly config: PolicyConfig;
  /** Versions and recycle-bin copies (SharePoint REST); without it they are not touched. */
  readonly copies?: CaseCopies;
};

/** One case in the report: no names or addresses. */
export type CaseRetention = {
  readonly ref: CaseRef;
  readonly stage: Stage;
  readonly state: RetentionState;
  /** Files held in UCB Case Documents, for cases due, when counted. */
  readonly documents?: number;
};

export type RetentionReport = {
  /** The date judged by: today, or an earlier or later date for a preview. */
  readonly asOf: LocalDate;
  /** Every case on the register, due first, then by reference. */
  readonly cases: readonly CaseRetention[];
};

const ENDED_OR_RESTRICTED: readonly Stage[] = ["ended", "closed", "restricted"];

/** Today in the council's time zone. */
export const todayOf = (now: Date, config: PolicyConfig): LocalDate =>
  localDateOf(now, config.timeZone);

/**
 * Every case with its retention state on `asOf`. Cases that have not ended (and are not
 * restricted past their period's end) are "not yet ended" without reading their events.
 */
export async function retentionReport(
  deps: RetentionDeps,
  asOf: LocalDate,
  options: { readonly countDocuments?: boolean } = {},
): Promise<RetentionReport> {
  const cases: CaseRetention[] = [];
  for (const stage of STAGES) {
    for (const entry of await deps.store.listRegister({ by: "stage", stage })) {
      const events = ENDED_OR_RESTRICTED.includes(stage)
        ? await deps.store.listEvents(entry.ref)
        : [];
      const state = retentionState(entry, events, asOf, deps.config);
      const documents =
        options.countDocuments && state.kind === "due"
          ? (await deps.documents.list(entry.ref)).length
          : undefined;
      cases.push({
        ref: entry.ref,
        stage: entry.stage,
        state,
        ...(documents === undefined ? {} : { documents }),
      });
    }
  }
  const rank = (c: CaseRetention) => (c.state.kind === "due" ? 0 : 1);
  cases.sort((a, b) => rank(a) - rank(b) || a.ref.localeCompare(b.ref));
  return { asOf, cases };
}

/** The state in words, for the report: no personal data. */
export function describeRetention(state: RetentionState): string {
  const rule = (b: RetentionBasis) => RULE_WORDS[b.rule];
  switch (state.kind) {
    case "notEnded":
      return "not yet ended: no date until it ends";
    case "keptUntil":
      return `kept until ${formatLongDate(state.basis.until)} (${rule(state.basis)})`;
    case "due":
      return `due: kept until ${formatLongDate(state.basis.until)} (${rule(state.basis)})`;
    case "recordExpiryFirst":
      return `past ${formatLongDate(state.basis.until)}, but the end of its restrictions (${formatLongDate(state.basis.from)}) was never recorded: record it, then it is destroyed`;
    case "keptForSarLog":
      return `kept until ${formatLongDate(state.until)} for its subject access log (its own date was ${formatLongDate(state.basis.until)})`;
    case "held":
      return `held since ${formatLongDate(state.since)}${state.reason ? `: ${state.reason}` : ""}`;
    case "sarOpen":
      return `subject access request open since ${formatLongDate(state.since)}: not destroyed while it is`;
  }
}

export const RULE_WORDS: Readonly<Record<RetentionRule, string>> = {
  restrictionsEnded: "section 6: the restrictions plus the retention period",
  expiryNotRecorded: "section 6: from the last day of a period whose end was never recorded",
  closedWithoutRestrictions: "closed without restrictions: the council's configured period",
};

export type DestroyedCase = {
  readonly ref: CaseRef;
  readonly basis: RetentionBasis;
  readonly deleted: DeletedItems;
  /** Files deleted from UCB Case Documents (letters and correspondence). */
  readonly documents: number;
  readonly copies?: CopiesPurged;
  /** False when the destruction record could not be written: it is printed instead. */
  readonly recorded: boolean;
  readonly record: CaseEvent;
};

/** A case that was due in the report but not destroyed: a hold or request arrived meanwhile. */
export type SparedCase = { readonly ref: CaseRef; readonly state: RetentionState };

export type DestructionRun = {
  readonly today: LocalDate;
  readonly asOf: LocalDate;
  readonly destroyed: readonly DestroyedCase[];
  readonly spared: readonly SparedCase[];
};

/**
 * Why destruction may not run on `asOf`: a date after today would destroy files before their
 * time. An earlier date only narrows what is due.
 */
export function destructionRefusal(asOf: LocalDate, today: LocalDate): string | undefined {
  return isAfter(asOf, today)
    ? `--destroy acts on today's date (${formatLongDate(today)}); ${formatLongDate(asOf)} is in the future, so nothing was destroyed. Preview that date without --destroy.`
    : undefined;
}

const sum = (deleted: DeletedItems): number => Object.values(deleted).reduce((a, n) => a + n, 0);

/**
 * The audit record of a destruction. No CaseRef column (it is not part of the case and is
 * never deleted with it) and nothing about the customer: the reference, the rule and dates,
 * who destroyed it and when, and how much went.
 */
export function destructionEvent(
  destroyed: Omit<DestroyedCase, "recorded" | "record">,
  actor: Actor,
  at: Date,
  dates: { readonly today: LocalDate; readonly asOf: LocalDate },
): CaseEvent {
  const { ref, basis, deleted, documents, copies } = destroyed;
  const files = documents === 1 ? "1 document" : `${documents} documents`;
  const left = copies?.remaining.reduce((n, r) => n + r.items, 0) ?? 0;
  return {
    at,
    actor,
    action: "caseDestroyed",
    summary: `Case ${ref} destroyed on ${formatLongDate(dates.today)} by ${actor.name}: kept until ${formatLongDate(basis.until)} (${RULE_WORDS[basis.rule]}); ${sum(deleted)} items and ${files} deleted${copies ? `, ${copies.versionsDeleted} earlier versions and ${copies.recycleBinPurged} recycle-bin copies purged${left > 0 ? `, ${left} copies left in the second-stage recycle bin` : ""}` : ""}.`,
    detail: {
      ref,
      rule: basis.rule,
      endedOrClosedOn: basis.from,
      retainUntil: basis.until,
      destroyedOn: dates.today,
      asOf: dates.asOf,
      destroyedBy: actor.email,
      deleted,
      documents,
      ...(copies
        ? {
            versionsDeleted: copies.versionsDeleted,
            recycleBinPurged: copies.recycleBinPurged,
            remaining: copies.remaining.map(({ where, items, goneBy }) => ({
              where,
              items,
              goneBy,
            })),
          }
        : {}),
    },
  };
}

/** The state of one case now, read again just before it is destroyed. */
async function stateNow(
  deps: RetentionDeps,
  ref: CaseRef,
  asOf: LocalDate,
): Promise<RetentionState | undefined> {
  const entry = await deps.store.getRegisterEntry(ref);
  if (!entry) return undefined;
  return retentionState(entry.value, await deps.store.listEvents(ref), asOf, deps.config);
}

/** Deletes one case: documents, versions, items (register last), recycle-bin copies. */
async function destroyOne(
  deps: RetentionDeps,
  ref: CaseRef,
): Promise<{ deleted: DeletedItems; documents: number; copies?: CopiesPurged }> {
  const documents = await deps.documents.deleteAll(ref);
  if (!deps.copies) return { deleted: await deps.store.deleteCase(ref), documents };
  const noted = await deps.copies.beforeDeletion(ref);
  const permanent = await deps.copies.deleteNoted(noted);
  // Anything added since it was noted goes through Graph (to the bin, emptied next).
  const swept = await deps.store.deleteCase(ref);
  const deleted = Object.fromEntries(
    Object.entries(permanent).map(([list, n]) => [
      list,
      n + (swept[list as keyof DeletedItems] ?? 0),
    ]),
  ) as DeletedItems;
  return { deleted, documents, copies: await deps.copies.afterDeletion(noted) };
}

/**
 * Destroys the cases due on `asOf` (today unless an earlier date is given; never a later one).
 * Each case is read again first: a hold or subject access request opened since the report
 * spares it. A record is appended per case destroyed.
 */
export async function destroyDue(
  deps: RetentionDeps,
  actor: Actor,
  now: () => Date,
  asOfGiven?: LocalDate,
): Promise<Result<DestructionRun, string>> {
  const today = todayOf(now(), deps.config);
  const asOf = asOfGiven ?? today;
  const refused = destructionRefusal(asOf, today);
  if (refused) return { ok: false, error: refused };
  const report = await retentionReport(deps, asOf);
  const destroyed: DestroyedCase[] = [];
  const spared: SparedCase[] = [];
  for (const c of report.cases.filter((x) => x.state.kind === "due")) {
    const state = await stateNow(deps, c.ref, asOf);
    if (state?.kind !== "due") {
      if (state) spared.push({ ref: c.ref, state });
      continue;
    }
    const done = { ref: c.ref, basis: state.basis, ...(await destroyOne(deps, c.ref)) };
    const record = destructionEvent(done, actor, now(), { today, asOf });
    let recorded = true;
    try {
      await deps.store.appendEvent(record);
    } catch {
      recorded = false;
    }
    destroyed.push({ ...done, recorded, record });
  }
  return { ok: true, value: { today, asOf, destroyed, spared } };
}

/**
 * Places a hold on a case (litigation, a complaint to the ICO or the ombudsman, an
 * investigation): it is not destroyed until the hold is released, whatever its dates.
 */
export async function placeHold(
  deps: RetentionDeps,
  ref: CaseRef,
  reason: string,
  actor: Actor,
  now: Date,
): Promise<Result<CaseEvent, string>> {
  const why = reason.trim();
  if (why === "") return { ok: false, error: "Give the reason for the hold (--reason)." };
  if (!(await deps.store.getRegisterEntry(ref))) {
    return { ok: false, error: `There is no case ${ref} on the register.` };
  }
  const open = openHold(await deps.store.listEvents(ref), deps.config);
  if (open) {
    return {
      ok: false,
      error: `Case ${ref} is already held, since ${formatLongDate(open.since)}: ${open.reason}`,
    };
  }
  const event: CaseEvent = {
    ref,
    at: now,
    actor,
    action: HOLD_PLACED,
    summary: `${actor.name} placed a hold on the case: it is not destroyed until the hold is released.`,
    detail: { reason: why },
  };
  await deps.store.appendEvent(event);
  return { ok: true, value: event };
}

/** Releases the open hold: the case's dates apply again. */
export async function releaseHold(
  deps: RetentionDeps,
  ref: CaseRef,
  reason: string,
  actor: Actor,
  now: Date,
): Promise<Result<CaseEvent, string>> {
  const why = reason.trim();
  if (why === "") return { ok: false, error: "Give the reason for releasing the hold (--reason)." };
  const open = openHold(await deps.store.listEvents(ref), deps.config);
  if (!open) return { ok: false, error: `Case ${ref} has no hold to release.` };
  const event: CaseEvent = {
    ref,
    at: now,
    actor,
    action: HOLD_RELEASED,
    summary: `${actor.name} released the hold placed on ${formatLongDate(open.since)}.`,
    detail: { reason: why },
  };
  await deps.store.appendEvent(event);
  return { ok: true, value: event };
}
