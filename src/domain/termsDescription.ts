import type { PolicyConfig } from "./config";
import { startOfWeek } from "./localDate";
import { isExtreme } from "./terms";
import type {
  ContactWindow,
  LocalDate,
  Person,
  RestrictionTerms,
  VolumeAllowance,
  VolumePeriod,
} from "./types";
import {
  channelManner,
  channelName,
  contactUnit,
  describeDays,
  formatLongDate,
  formatTime,
  listWithAnd,
  listWithOr,
  timeZoneLabel,
  weekdayName,
} from "./wording";

/** Who and when the sentences refer to. `periodStart` anchors fortnights (see volumePeriods). */
export type TermsContext = {
  readonly spoc?: Person;
  readonly deputy?: Person;
  readonly periodStart?: LocalDate;
};

/** "Monday to Friday, 10:00 to 12:00"; every day reads "10:00 to 12:00, every day". */
export function describeWindow(window: ContactWindow, separator = " to "): string {
  const times = `${formatTime(window.from)}${separator}${formatTime(window.to)}`;
  const days = describeDays(window.days);
  return days === "every day" ? `${times}, every day` : `${days}, ${times}`;
}

export function describePeriod(
  per: VolumePeriod,
  config: PolicyConfig,
  periodStart: LocalDate | undefined,
): string {
  switch (per) {
    case "day":
      return "a day";
    case "week":
      return `a week (weeks start on ${weekdayName(config.weekStartsOn)})`;
    case "fortnight": {
      const from = periodStart
        ? formatLongDate(startOfWeek(periodStart, config.weekStartsOn))
        : "the week the restrictions start";
      return `a fortnight (fortnights run in two-week blocks from ${from})`;
    }
    case "month":
      return "a calendar month";
  }
}

function describeVolume(
  volume: VolumeAllowance,
  config: PolicyConfig,
  periodStart: LocalDate | undefined,
): string {
  const channels = volume.channels ?? [];
  const counted =
    channels.length > 1
      ? `${contactUnit(undefined, volume.max)} ${listWithOr(channels.map(channelManner))}`
      : contactUnit(channels, volume.max);
  return `At most ${volume.max} ${counted} ${describePeriod(volume.per, config, periodStart)}.`;
}

function describeSpoc(spoc: Person | undefined, deputy: Person | undefined): string {
  if (!spoc) return "Only with the SPOC (not yet named).";
  const absence = deputy ? `, or the deputy, ${deputy.name}, in their absence` : "";
  return `Only with the SPOC, ${spoc.name}${absence}.`;
}

/**
 * The terms as short sentences for staff, in the order the policy lists the options (5.2.3,
 * then 5.2.5): "Contact by letter only.", "Only Monday to Friday, 10:00 to 12:00 (UK time)." …
 */
export function describeTerms(
  terms: RestrictionTerms,
  context: TermsContext,
  config: PolicyConfig,
): readonly string[] {
  const sentences: string[] = [];
  if (terms.allowedChannels?.length) {
    sentences.push(`Contact ${listWithOr(terms.allowedChannels.map(channelManner))} only.`);
  }
  if (terms.contactWindows?.length) {
    const windows = terms.contactWindows.map((w) => describeWindow(w)).join(" or ");
    sentences.push(`Only ${windows} (${timeZoneLabel(config.timeZone)}).`);
  }
  for (const volume of terms.volumes ?? []) {
    sentences.push(describeVolume(volume, config, context.periodStart));
  }
  if (terms.spocOnly === true) sentences.push(describeSpoc(context.spoc, context.deputy));
  if (terms.significantQueriesOnly === true) {
    sentences.push(
      "Only significant and serious queries are answered; other contact is filed without reply.",
    );
  }
  if (terms.newIssuesOnly === true) sentences.push("Only new issues are dealt with.");
  if (terms.extreme && isExtreme(terms)) {
    const { blockedChannels, premisesRestriction } = terms.extreme;
    if (blockedChannels.length > 0) {
      sentences.push(`Blocked: ${listWithAnd(blockedChannels.map(channelName))} (5.2.5).`);
    }
    if (premisesRestriction) {
      const detail = premisesRestriction.trim().replace(/\.+$/, "");
      sentences.push(`Access to council premises is restricted: ${detail} (5.2.5).`);
    }
  }
  return sentences.length > 0 ? sentences : ["No restrictions."];
}

/** The sentences as one paragraph, for the register's TermsSummary column. */
export function summariseTerms(
  terms: RestrictionTerms,
  context: TermsContext,
  config: PolicyConfig,
): string {
  return describeTerms(terms, context, config).join(" ");
}
