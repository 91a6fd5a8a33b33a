import type { PolicyConfig } from "./config";
import { restrictionStatus } from "./restrictionStatus";
import { termsBindFrom } from "./termsInForce";
import type { LocalDate, RegisterEntry, RestrictionTerms } from "./types";
import { startOfLocalDate } from "./zonedTime";

/**
 * What a contact is judged against: restrictions in force (5.2.3–5.2.5), or the arrangement
 * agreed at step one while it is monitored (5.1). Both are written as RestrictionTerms.
 */
export type Standard = {
  readonly basis: "terms" | "arrangement";
  readonly terms: RestrictionTerms;
  /** Anchors fortnights: the restriction period's first day, or the day of the agreement. */
  readonly firstDay: LocalDate;
  /** Contact before this instant never counts towards an allowance; undefined: none counts. */
  readonly bindsFrom: Date | undefined;
};

/**
 * The agreed arrangement, while the case is monitored (5.1) and from the start of the day the
 * agreement was recorded; undefined otherwise, or when it was recorded in words only.
 */
export function arrangementStandard(
  entry: RegisterEntry,
  at: Date,
  config: PolicyConfig,
): Standard | undefined {
  const arrangement = entry.arrangement;
  if (entry.stage !== "monitoring" || !arrangement) return undefined;
  const bindsFrom = startOfLocalDate(arrangement.agreedOn, config.timeZone);
  if (at.getTime() < bindsFrom.getTime()) return undefined;
  return {
    basis: "arrangement",
    terms: arrangement.terms,
    firstDay: arrangement.agreedOn,
    bindsFrom,
  };
}

/** The restrictions in force at `at`, else the arrangement being monitored, else nothing. */
export function standardAt(
  entry: RegisterEntry,
  at: Date,
  config: PolicyConfig,
): Standard | undefined {
  const status = restrictionStatus(entry, at, config);
  if (status.kind === "inForce") {
    return {
      basis: "terms",
      terms: status.terms,
      firstDay: status.period.start,
      bindsFrom: termsBindFrom(status.period, config),
    };
  }
  return arrangementStandard(entry, at, config);
}
