/**
 * Section 6 for every case: when it may be destroyed, and what stops it. Pure: the register
 * entry, the case's events and today's date in, a state out. The retention script and its
 * guards (src/app/retention.ts) act only on this.
 */
import type { PolicyConfig } from "./config";
import { addMonths, addYears, isAfter, isBefore } from "./localDate";
import type { CaseEvent, LocalDate, RegisterEntry } from "./types";
import { UNTIL_FURTHER_NOTICE } from "./wording";
import { localDateOf } from "./zonedTime";

/**
 * Which rule set the last day kept:
 * restrictionsEnded: 6, the restrictions plus retentionYears (expiry, removal on review or appeal);
 * expiryNotRecorded: the period ran out but no one recorded it: the same rule from its last day;
 * closedWithoutRestrictions: the council's closedRetentionYears (the policy is silent).
 */
export const RETENTION_RULES = [
  "restrictionsEnded",
  "expiryNotRecorded",
  "closedWithoutRestrictions",
] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export type RetentionBasis = {
  readonly rule: RetentionRule;
  /** The day the case ended or closed (or the restriction period ran out). */
  readonly from: LocalDate;
  /** The last day the file is kept. */
  readonly until: LocalDate;
};

/** Case events that hold or release a case, and open or close a subject access request. */
export const HOLD_PLACED = "retentionHoldPlaced";
export const HOLD_RELEASED = "retentionHoldReleased";
/** Recorded by the subject access commands (docs/retention-and-sar.md). */
export const SAR_OPENED = "sar-opened";
export const SAR_CLOSED = "sar-closed";
export const SAR_EXPORTED = "subjectAccessExported";

export type RetentionState =
  /** Still open (or under restrictions until further notice): no date yet. */
  | { readonly kind: "notEnded" }
  | { readonly kind: "keptUntil"; readonly basis: RetentionBasis }
  /** The last day has passed: destroyed by the next run. */
  | { readonly kind: "due"; readonly basis: RetentionBasis }
  /** Past the date, but the period's end was never recorded: record it, then it is destroyed. */
  | { readonly kind: "recordExpiryFirst"; readonly basis: RetentionBasis }
  /** Kept for the subject access log (sarLogRetentionYears after the last request closed). */
  | { readonly kind: "keptForSarLog"; readonly basis: RetentionBasis; readonly until: LocalDate }
  | {
      readonly kind: "held";
      readonly basis?: RetentionBasis;
      readonly since: LocalDate;
      readonly reason: string;
    }
  | { readonly kind: "sarOpen"; readonly basis?: RetentionBasis; readonly since: LocalDate };

/**
 * The rule and dates that apply once a case has ended, or undefined while it has not. A case
 * still marked restricted whose period ran out (before `today`) is treated as ended on the
 * period's last day, so a forgotten expiry cannot keep a file for ever.
 */
export function retentionBasis(
  entry: RegisterEntry,
  today: LocalDate,
  config: PolicyConfig,
): RetentionBasis | undefined {
  switch (entry.stage) {
    case "ended": {
      const from = entry.endedOn ?? entry.period?.end;
      if (from === undefined) return undefined;
      const until = entry.retainUntil ?? addYears(from, config.retentionYears);
      return { rule: "restrictionsEnded", from, until };
    }
    case "closed": {
      const from = entry.closedOn;
      if (from === undefined) return undefined;
      const until = entry.retainUntil ?? addYears(from, config.closedRetentionYears);
      return { rule: "closedWithoutRestrictions", from, until };
    }
    case "restricted": {
      const end = entry.period?.end;
      if (end === undefined || end === UNTIL_FURTHER_NOTICE || !isBefore(end, today)) {
        return undefined;
      }
      return { rule: "expiryNotRecorded", from: end, until: addYears(end, config.retentionYears) };
    }
    case "stepOne":
    case "monitoring":
    case "referred":
    case "assessed":
      return undefined;
  }
}

type Open = { readonly since: LocalDate; readonly reason: string };

/** The hold still open, from the case's events in any order. */
export function openHold(events: readonly CaseEvent[], config: PolicyConfig): Open | undefined {
  let open: Open | undefined;
  for (const e of byTime(events)) {
    if (e.action === HOLD_PLACED) {
      const reason = typeof e.detail["reason"] === "string" ? e.detail["reason"] : "";
      open = { since: localDateOf(e.at, config.timeZone), reason };
    } else if (e.action === HOLD_RELEASED) open = undefined;
  }
  return open;
}

/**
 * The subject access request still open: opened ("sar-opened") and not closed ("sar-closed").
 * An export with no request on record counts as a request until one month after it (the time
 * to respond, Article 12(3)) unless closed, so a file is never destroyed while it is released.
 */
export function openSubjectAccess(
  events: readonly CaseEvent[],
  today: LocalDate,
  config: PolicyConfig,
): { readonly since: LocalDate } | undefined {
  let open: { since: LocalDate; explicit: boolean } | undefined;
  for (const e of byTime(events)) {
    const on = localDateOf(e.at, config.timeZone);
    if (e.action === SAR_OPENED) open = { since: on, explicit: true };
    else if (e.action === SAR_CLOSED) open = undefined;
    else if (e.action === SAR_EXPORTED && open === undefined) open = { since: on, explicit: false };
  }
  if (open === undefined) return undefined;
  if (!open.explicit && isAfter(today, addMonths(open.since, 1))) return undefined;
  return { since: open.since };
}

/** The last day the subject access log must be kept, if the case has one. */
export function sarLogKeptUntil(
  events: readonly CaseEvent[],
  config: PolicyConfig,
): LocalDate | undefined {
  let last: LocalDate | undefined;
  for (const e of events) {
    if (e.action !== SAR_CLOSED && e.action !== SAR_EXPORTED && e.action !== SAR_OPENED) continue;
    const on = localDateOf(e.at, config.timeZone);
    if (last === undefined || isAfter(on, last)) last = on;
  }
  return last === undefined ? undefined : addYears(last, config.sarLogRetentionYears);
}

/**
 * Where a case stands on `today`: a hold or an open request first (they stop destruction
 * whatever the dates), then the dates. Due only once the last day kept is before today.
 */
export function retentionState(
  entry: RegisterEntry,
  events: readonly CaseEvent[],
  today: LocalDate,
  config: PolicyConfig,
): RetentionState {
  const basis = retentionBasis(entry, today, config);
  const withBasis = basis ? { basis } : {};
  const hold = openHold(events, config);
  if (hold) return { kind: "held", ...withBasis, since: hold.since, reason: hold.reason };
  const sar = openSubjectAccess(events, today, config);
  if (sar) return { kind: "sarOpen", ...withBasis, since: sar.since };
  if (!basis) return { kind: "notEnded" };
  if (!isBefore(basis.until, today)) return { kind: "keptUntil", basis };
  const sarLog = sarLogKeptUntil(events, config);
  if (sarLog && !isBefore(sarLog, today)) return { kind: "keptForSarLog", basis, until: sarLog };
  return basis.rule === "expiryNotRecorded"
    ? { kind: "recordExpiryFirst", basis }
    : { kind: "due", basis };
}

function byTime(events: readonly CaseEvent[]): readonly CaseEvent[] {
  return [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
}
