import type { PolicyConfig } from "./config";
import { isAfter, isBefore } from "./localDate";
import { termsBindFrom, termsBindingAt } from "./termsInForce";
import type { Person, RegisterEntry, RestrictionPeriod, RestrictionTerms, Stage } from "./types";
import { formatLongDate, formatMoment } from "./wording";
import { localDateOf } from "./zonedTime";

/**
 * Why restrictions do not apply at an instant: the case's stage; its record is incomplete;
 * restrictions are decided but the customer has not yet been told; they have not started; or
 * they have ended.
 */
export type NotInForceReason = "stage" | "incomplete" | "notYetTold" | "notStarted" | "ended";

/** Whether restrictions apply at an instant; when they do not, what staff should do instead. */
export type RestrictionStatus =
  | {
      readonly kind: "inForce";
      readonly terms: RestrictionTerms;
      readonly period: RestrictionPeriod;
      /** The SPOC and deputy the binding terms name (those the customer was told of). */
      readonly spoc?: Person;
      readonly deputy?: Person;
    }
  | { readonly kind: "notInForce"; readonly reason: NotInForceReason; readonly advice: string };

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

function notInForce(reason: NotInForceReason, advice: string): RestrictionStatus {
  return { kind: "notInForce", reason, advice };
}

/**
 * Restrictions apply only at stage "restricted", from the moment the customer was told of them
 * (termsBindFrom: never before the first day) to the end of the last day. While a change is
 * decided but not yet told, the terms the customer was told of still apply (5.2.6).
 */
export function restrictionStatus(
  entry: RegisterEntry,
  at: Date,
  config: PolicyConfig,
): RestrictionStatus {
  if (entry.stage !== "restricted") return notInForce("stage", stageAdvice(entry.stage, config));
  const { terms, period } = entry;
  if (!terms || !period) {
    return notInForce(
      "incomplete",
      `This case is marked as restricted but has no terms or period recorded: log this contact and tell the ${config.roleTitles.cityHelpdeskManager}.`,
    );
  }
  const binding = termsBindingAt(entry, at, config);
  if (binding) {
    return {
      kind: "inForce",
      terms: binding.terms,
      period: binding.period,
      ...(binding.spoc ? { spoc: binding.spoc } : {}),
      ...(binding.deputy ? { deputy: binding.deputy } : {}),
    };
  }
  const date = localDateOf(at, config.timeZone);
  if (isAfter(date, period.end)) {
    return notInForce(
      "ended",
      `Restrictions on this customer's contact ended on ${formatLongDate(period.end)}: deal with this contact as normal.`,
    );
  }
  const from = termsBindFrom(period, config);
  if (from === undefined) {
    return notInForce(
      "notYetTold",
      `Restrictions on this customer's contact have been decided, but the customer has not yet been told of them, so they do not apply yet (5.2.4): deal with contact as before and log it for the ${config.roleTitles.cityHelpdeskManager}.`,
    );
  }
  const starts = isBefore(date, period.start)
    ? `start on ${formatLongDate(period.start)}`
    : `apply from ${formatMoment(from, config.timeZone)}, when the customer was told of them`;
  return notInForce(
    "notStarted",
    `Restrictions on this customer's contact ${starts}; until then, deal with contact as normal and log it.`,
  );
}
