import type { PolicyConfig } from "./config";
import { isAfter, isBefore } from "./localDate";
import type { RegisterEntry, RestrictionPeriod, RestrictionTerms, Stage } from "./types";
import { formatLongDate } from "./wording";
import { localDateOf } from "./zonedTime";

/** Whether restrictions apply at an instant; when they do not, what staff should do instead. */
export type RestrictionStatus =
  | {
      readonly kind: "inForce";
      readonly terms: RestrictionTerms;
      readonly period: RestrictionPeriod;
    }
  | { readonly kind: "notInForce"; readonly advice: string };

function stageAdvice(stage: Exclude<Stage, "restricted">, config: PolicyConfig): string {
  const helpdesk = config.roleTitles.cityHelpdeskManager;
  switch (stage) {
    case "stepOne":
      return "A manager is trying to resolve concerns about this customer's contact (step one, 5.1): log this contact.";
    case "monitoring":
      return "An agreed arrangement for this customer's contact is being monitored (5.1): log this contact.";
    case "referred":
      return `This customer's case has been referred to the ${helpdesk} (5.2.1): log this contact for them.`;
    case "assessed":
      return `Restrictions on this customer's contact are being decided (5.2.2): log this contact for the ${helpdesk}.`;
    case "ended":
      return "Restrictions on this customer's contact have ended: deal with this contact as normal.";
    case "closed":
      return "This customer's case was closed without restrictions: deal with this contact as normal.";
  }
}

/**
 * Only stage "restricted" restricts, and only on the local dates from the period's start to
 * its end, both included.
 */
export function restrictionStatus(
  entry: RegisterEntry,
  at: Date,
  config: PolicyConfig,
): RestrictionStatus {
  if (entry.stage !== "restricted") {
    return { kind: "notInForce", advice: stageAdvice(entry.stage, config) };
  }
  const { terms, period } = entry;
  if (!terms || !period) {
    return {
      kind: "notInForce",
      advice: `This case is marked as restricted but has no terms or period recorded: log this contact and tell the ${config.roleTitles.cityHelpdeskManager}.`,
    };
  }
  const date = localDateOf(at, config.timeZone);
  if (isBefore(date, period.start)) {
    return {
      kind: "notInForce",
      advice: `Restrictions on this customer's contact start on ${formatLongDate(period.start)}; until then, deal with contact as normal and log it.`,
    };
  }
  if (isAfter(date, period.end)) {
    return {
      kind: "notInForce",
      advice: `Restrictions on this customer's contact ended on ${formatLongDate(period.end)}: deal with this contact as normal.`,
    };
  }
  return { kind: "inForce", terms, period };
}
