import { includesAddress } from "./address";
import type { PolicyConfig } from "./config";
import { describeWindow } from "./termsDescription";
import { formatMinutes, minutesOf } from "./timeOfDay";
import type {
  ContactFacts,
  LoggedContact,
  Person,
  RestrictionPeriod,
  RestrictionTerms,
  VerdictReason,
  VolumeAllowance,
} from "./types";
import { countInPeriod } from "./volumeUsage";
import { type CalendarPeriod, calendarPeriodOf } from "./volumePeriods";
import {
  channelManner,
  contactUnit,
  formatLongDate,
  listWithAnd,
  listWithOr,
  timeZoneLabel,
  weekdayName,
} from "./wording";
import { localMoment } from "./zonedTime";

// One function per reason a contact can break the terms (5.2.3, 5.2.5). Each returns the
// reason with a message that states the facts, or nothing when the rule is kept.

export function channelBlocked(
  terms: RestrictionTerms,
  contact: ContactFacts,
): VerdictReason | undefined {
  if (!terms.extreme?.blockedChannels.includes(contact.channel)) return undefined;
  return {
    code: "channelBlocked",
    message: `Contact ${channelManner(contact.channel)} is blocked for this customer (5.2.5).`,
  };
}

export function channelNotAllowed(
  terms: RestrictionTerms,
  contact: ContactFacts,
): VerdictReason | undefined {
  const allowed = terms.allowedChannels;
  if (!allowed?.length || allowed.includes(contact.channel)) return undefined;
  return {
    code: "channelNotAllowed",
    message: `Received ${channelManner(contact.channel)}; contact is allowed ${listWithOr(allowed.map(channelManner))} only.`,
  };
}

/** Windows run from `from` (included) to `to` (excluded), on the listed local weekdays. */
export function outsideContactWindow(
  terms: RestrictionTerms,
  contact: ContactFacts,
  config: PolicyConfig,
): VerdictReason | undefined {
  const windows = terms.contactWindows;
  if (!windows?.length) return undefined;
  const local = localMoment(contact.at, config.timeZone);
  const inside = windows.some(
    (w) =>
      w.days.includes(local.weekday) &&
      local.minutes >= minutesOf(w.from) &&
      local.minutes < minutesOf(w.to),
  );
  if (inside) return undefined;
  const received = `${weekdayName(local.weekday)} ${formatMinutes(local.minutes)} (${timeZoneLabel(config.timeZone)})`;
  const allowed = windows.map((w) => describeWindow(w, "–")).join(" or ");
  return {
    code: "outsideContactWindow",
    message: `Received ${received}; contact is allowed ${allowed}.`,
  };
}

function overVolumeMessage(allowance: VolumeAllowance, number: number, period: CalendarPeriod) {
  const unit = contactUnit(allowance.channels, 1);
  switch (period.per) {
    case "day":
      return `This is ${unit} ${number} on ${formatLongDate(period.firstDay)}; the allowance is ${allowance.max} a day.`;
    case "week":
      return `This is ${unit} ${number} this week; the allowance is ${allowance.max} a week (${period.label}).`;
    case "fortnight":
      return `This is ${unit} ${number} this fortnight; the allowance is ${allowance.max} a fortnight (${period.label}).`;
    case "month":
      return `This is ${unit} ${number} this month; the allowance is ${allowance.max} a calendar month (${period.label}).`;
  }
}

/**
 * Each allowance that covers the contact's channel counts the inbound contacts logged earlier
 * in the same calendar period. The contact's own log entry (same message id) never counts, so
 * a message judged after it was logged gets the same verdict as before.
 */
export function overVolume(
  terms: RestrictionTerms,
  period: RestrictionPeriod,
  contacts: readonly LoggedContact[],
  contact: ContactFacts,
  config: PolicyConfig,
): readonly VerdictReason[] {
  const isEarlierContact = (c: LoggedContact) =>
    c.at < contact.at && (contact.messageId === undefined || c.messageId !== contact.messageId);
  return (terms.volumes ?? []).flatMap((allowance) => {
    if (allowance.channels && !allowance.channels.includes(contact.channel)) return [];
    const calendar = calendarPeriodOf(allowance.per, contact.at, config, period.start);
    const earlier = countInPeriod(contacts, allowance, calendar, config, isEarlierContact);
    if (earlier < allowance.max) return [];
    return [
      { code: "overVolume" as const, message: overVolumeMessage(allowance, earlier + 1, calendar) },
    ];
  });
}

/**
 * Only judged when recipients were recorded (an email): a phone call has none, and then the
 * rule cannot be checked here.
 */
export function notToSpoc(
  terms: RestrictionTerms,
  people: { readonly spoc?: Person; readonly deputy?: Person },
  contact: ContactFacts,
): VerdictReason | undefined {
  const { spoc, deputy } = people;
  const recipients = [...contact.to, ...contact.cc];
  if (terms.spocOnly !== true || !spoc || recipients.length === 0) return undefined;
  const handlers = deputy ? [spoc.email, deputy.email] : [spoc.email];
  if (handlers.some((h) => includesAddress(recipients, h))) return undefined;
  const shown = recipients.slice(0, 3);
  const others = recipients.length - shown.length;
  const to = listWithAnd(others > 0 ? [...shown, `${others} more`] : shown);
  const deputyPart = deputy ? `, or the deputy, ${deputy.name}` : "";
  return {
    code: "notToSpoc",
    message: `Sent to ${to}, not to the SPOC, ${spoc.name}${deputyPart}.`,
  };
}
