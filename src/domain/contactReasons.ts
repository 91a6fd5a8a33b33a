import { sameMessageId } from "./messageId";
import { domainOf, includesAddress, normaliseDomain } from "./address";
import type { PolicyConfig } from "./config";
import { describeWindow } from "./termsDescription";
import { formatMinutes, minutesOf } from "./timeOfDay";
import type { Standard } from "./standard";
import type {
  ContactFacts,
  EmailAddress,
  LoggedContact,
  Person,
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

// One function per reason a contact can break the terms (5.2.3, 5.2.5) or the arrangement
// agreed at step one (5.1). Each returns the reason with a message that states the facts, or
// nothing when the rule is kept.

/** Who the rules name: the SPOC and deputy, and the representative who writes for the customer. */
export type CasePeople = {
  readonly spoc?: Person | undefined;
  readonly deputy?: Person | undefined;
  readonly representative?: Person | undefined;
};

/** "contact is allowed …" for terms, "the arrangement is contact …" for an arrangement. */
function allowed(standard: Standard, what: string): string {
  return standard.basis === "terms"
    ? `contact is allowed ${what}`
    : `the agreed arrangement is contact ${what}`;
}

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

/**
 * 5.2.5 lets the council "restrict access to council premises": a visit in person is judged
 * against that restriction, whose own words say what it covers.
 */
export function premisesRestricted(
  terms: RestrictionTerms,
  contact: ContactFacts,
): VerdictReason | undefined {
  const restriction = terms.extreme?.premisesRestriction?.trim().replace(/\.+$/, "");
  if (contact.channel !== "inPerson" || !restriction) return undefined;
  return {
    code: "premisesRestricted",
    message: `A visit in person, but this customer's access to council premises is restricted (5.2.5): ${restriction}.`,
  };
}

export function channelNotAllowed(
  standard: Standard,
  contact: ContactFacts,
): VerdictReason | undefined {
  const channels = standard.terms.allowedChannels;
  if (!channels?.length || channels.includes(contact.channel)) return undefined;
  return {
    code: "channelNotAllowed",
    message: `Received ${channelManner(contact.channel)}; ${allowed(standard, `${listWithOr(channels.map(channelManner))} only`)}.`,
  };
}

/** Windows run from `from` (included) to `to` (excluded), on the listed local weekdays. */
export function outsideContactWindow(
  standard: Standard,
  contact: ContactFacts,
  config: PolicyConfig,
): VerdictReason | undefined {
  const windows = standard.terms.contactWindows;
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
  const times = windows.map((w) => describeWindow(w, "–")).join(" or ");
  return {
    code: "outsideContactWindow",
    message: `Received ${received}; ${allowed(standard, times)}.`,
  };
}

/**
 * " Contact before Wednesday 25 November 2026, when the restrictions took effect, does not
 * count.": said when contact in the same calendar period was left out for that reason.
 */
function countedFrom(standard: Standard, leftOut: number, config: PolicyConfig): string {
  const from = standard.bindsFrom;
  if (!from || leftOut === 0) return "";
  const local = localMoment(from, config.timeZone);
  const time = local.minutes === 0 ? "" : `${formatMinutes(local.minutes)} on `;
  const when =
    standard.basis === "terms"
      ? "when the restrictions took effect"
      : "when the arrangement was agreed";
  return ` Contact before ${time}${formatLongDate(local.date)}, ${when}, does not count.`;
}

function overVolumeMessage(
  standard: Standard,
  allowance: VolumeAllowance,
  counted: { readonly number: number; readonly leftOut: number },
  period: CalendarPeriod,
  config: PolicyConfig,
) {
  const unit = contactUnit(allowance.channels, 1);
  const limit = standard.basis === "terms" ? "the allowance is" : "the agreed arrangement is";
  const from = countedFrom(standard, counted.leftOut, config);
  const { number } = counted;
  switch (period.per) {
    case "day":
      return `This is ${unit} ${number} on ${formatLongDate(period.firstDay)}; ${limit} ${allowance.max} a day.${from}`;
    case "week":
      return `This is ${unit} ${number} this week; ${limit} ${allowance.max} a week (${period.label}).${from}`;
    case "fortnight":
      return `This is ${unit} ${number} this fortnight; ${limit} ${allowance.max} a fortnight (${period.label}).${from}`;
    case "month":
      return `This is ${unit} ${number} this month; ${limit} ${allowance.max} a calendar month (${period.label}).${from}`;
  }
}

/**
 * Each allowance that covers the contact's channel counts the inbound contacts logged earlier
 * in the same calendar period, from the instant the terms (or the arrangement) took effect: a
 * contact from before then never uses up the allowance, even in the first, partial week. The
 * contact's own log entry (same message id) never counts, so a message judged after it was
 * logged gets the same verdict as before.
 */
export function overVolume(
  standard: Standard,
  contacts: readonly LoggedContact[],
  contact: ContactFacts,
  config: PolicyConfig,
): readonly VerdictReason[] {
  const from = standard.bindsFrom;
  const isEarlierContact = (c: LoggedContact) =>
    c.at < contact.at && !sameMessageId(c.messageId, contact.messageId);
  const binds = (c: LoggedContact) => from !== undefined && c.at >= from;
  return (standard.terms.volumes ?? []).flatMap((allowance) => {
    if (allowance.channels && !allowance.channels.includes(contact.channel)) return [];
    const calendar = calendarPeriodOf(allowance.per, contact.at, config, standard.firstDay);
    const count = (include: (c: LoggedContact) => boolean) =>
      countInPeriod(
        contacts,
        allowance,
        calendar,
        config,
        (c) => isEarlierContact(c) && include(c),
      );
    const earlier = count(binds);
    if (earlier < allowance.max) return [];
    const counted = { number: earlier + 1, leftOut: count((c) => !binds(c)) };
    return [
      {
        code: "overVolume" as const,
        message: overVolumeMessage(standard, allowance, counted, calendar, config),
      },
    ];
  });
}

function handlersOf(people: CasePeople): readonly EmailAddress[] {
  const { spoc, deputy } = people;
  return [spoc?.email, deputy?.email].filter((a): a is EmailAddress => a !== undefined);
}

/** "a@x, b@x and 2 more": at most three addresses named. */
function someAddresses(addresses: readonly string[]): string {
  const shown = addresses.slice(0, 3);
  const others = addresses.length - shown.length;
  return listWithAnd(others > 0 ? [...shown, `${others} more`] : shown);
}

/**
 * Only judged when recipients were recorded (an email): a phone call has none, and then the
 * rule cannot be checked here.
 */
export function notToSpoc(
  terms: RestrictionTerms,
  people: CasePeople,
  contact: ContactFacts,
): VerdictReason | undefined {
  const { spoc, deputy } = people;
  const recipients = [...contact.to, ...contact.cc];
  if (terms.spocOnly !== true || !spoc || recipients.length === 0) return undefined;
  if (handlersOf(people).some((h) => includesAddress(recipients, h))) return undefined;
  const deputyPart = deputy ? `, or the deputy, ${deputy.name}` : "";
  return {
    code: "notToSpoc",
    message: `Sent to ${someAddresses(recipients)}, not to the SPOC, ${spoc.name}${deputyPart}.`,
  };
}

/**
 * The council's own domains: those configured, and the SPOC's and deputy's, who are council
 * officers by definition (so a council that has configured none is still covered).
 */
export function councilDomains(config: PolicyConfig, people: CasePeople): readonly string[] {
  const own = handlersOf(people).map(domainOf);
  const configured = config.councilDomains
    .map(normaliseDomain)
    .filter((d): d is string => d !== undefined);
  return [...new Set([...configured, ...own])];
}

/** In one of the domains or a subdomain of one ("housing.portsmouth.gov.uk"). */
function isCouncilAddress(address: EmailAddress, domains: readonly string[]): boolean {
  const domain = domainOf(address);
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * Council officers a message to the SPOC (or deputy) was also sent to, To or Cc: addresses in
 * the council's domains other than the SPOC, the deputy, the customer and the representative.
 */
export function otherOfficers(
  people: CasePeople,
  contact: ContactFacts,
  config: PolicyConfig,
): readonly EmailAddress[] {
  const domains = councilDomains(config, people);
  const excluded = [
    ...handlersOf(people),
    ...(contact.from ? [contact.from] : []),
    ...(people.representative ? [people.representative.email] : []),
  ];
  const recipients = [...new Set([...contact.to, ...contact.cc])];
  return recipients.filter((r) => isCouncilAddress(r, domains) && !excluded.includes(r));
}

/**
 * 5.2.3 restricts contact "to a named officer (or deputy in their absence)"; 4.1 names
 * "contacting a number of individual staff members … with the same issue". A message to the
 * SPOC that also goes to other council officers is contact with them too: the rule is broken,
 * and the message names them, so they know to leave the reply to the SPOC.
 */
export function copiedToOthers(
  standard: Standard,
  people: CasePeople,
  contact: ContactFacts,
  config: PolicyConfig,
): VerdictReason | undefined {
  const { spoc, deputy } = people;
  if (standard.terms.spocOnly !== true || !spoc) return undefined;
  const recipients = [...contact.to, ...contact.cc];
  if (!handlersOf(people).some((h) => includesAddress(recipients, h))) return undefined;
  const others = otherOfficers(people, contact, config);
  if (others.length === 0) return undefined;
  const deputyPart = deputy ? ` (or the deputy, ${deputy.name}, in their absence)` : "";
  const limit =
    standard.basis === "terms"
      ? `contact is limited to the SPOC, ${spoc.name}${deputyPart}`
      : `the agreed arrangement is contact with the SPOC, ${spoc.name}${deputyPart}, only`;
  return {
    code: "copiedToOthers",
    message: `Also sent to other council officers: ${someAddresses(others)}; ${limit}.`,
  };
}
