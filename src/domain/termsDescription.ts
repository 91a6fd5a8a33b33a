import type { PolicyConfig } from "./config";
import { startOfWeek } from "./localDate";
import { isExtreme } from "./terms";
import type { ContactWindow, LocalDate, Person, RestrictionTerms, VolumePeriod } from "./types";
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
  readonly periodStart?: LocalDate | undefined;
  /** An arrangement agreed at step one (5.1) rather than restrictions: fortnights run from it. */
  readonly arrangement?: boolean;
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
  arrangement = false,
): string {
  switch (per) {
    case "day":
      return "a day";
    case "week":
      return `a week (weeks start on ${weekdayName(config.weekStartsOn)})`;
    case "fortnight": {
      const from = periodStart
        ? formatLongDate(startOfWeek(periodStart, config.weekStartsOn))
        : arrangement
          ? "the week the arrangement is agreed"
          : "the week the restrictions start";
      return `a fortnight (fortnights run in two-week blocks from ${from})`;
    }
    case "month":
      return "a calendar month";
  }
}

/** How one audience words each kind of term; the walk over the terms is the same for all. */
type TermsWording = {
  readonly channels: (manners: string) => string;
  readonly windows: (windows: readonly string[], zone: string) => string;
  readonly volume: (max: number, counted: string, period: string) => string;
  readonly spoc: (spoc: Person | undefined, deputy: Person | undefined) => string;
  readonly significantQueriesOnly: string;
  readonly newIssuesOnly: string;
  readonly blocked: (channels: string) => string;
  readonly premises: (detail: string) => string;
  readonly other: (condition: string) => string;
};

/** How staff see a condition in words: plainly not one the add-in checks (5.2.3). */
export const OTHER_CONDITION_LABEL = "Other condition, not checked by the add-in";

/** Staff: short sentences, with the policy's own shorthand ("SPOC", section numbers). */
const FOR_STAFF: TermsWording = {
  channels: (manners) => `Contact ${manners} only.`,
  windows: (windows, zone) => `Only ${windows.join(" or ")} (${zone}).`,
  volume: (max, counted, period) => `At most ${max} ${counted} ${period}.`,
  spoc: (spoc, deputy) => {
    if (!spoc) return "Only with the SPOC (not yet named).";
    const absence = deputy ? `, or the deputy, ${deputy.name}, in their absence` : "";
    return `Only with the SPOC, ${spoc.name}${absence}.`;
  },
  significantQueriesOnly:
    "Only significant and serious queries are answered; other contact is filed without reply.",
  newIssuesOnly: "Only new issues are dealt with.",
  blocked: (channels) => `Blocked: ${channels} (5.2.5).`,
  premises: (detail) => `Access to council premises is restricted: ${detail} (5.2.5).`,
  other: (condition) => `${OTHER_CONDITION_LABEL}: ${condition}.`,
};

/** The customer, in a letter: second person, no staff shorthand. */
const FOR_CUSTOMER: TermsWording = {
  channels: (manners) => `You may contact the council only ${manners}.`,
  windows: (windows, zone) =>
    `You may contact the council only at these times: ${windows.join(", or ")} (${zone}).`,
  volume: (max, counted, period) =>
    `Your contact with the council is limited to ${max} ${counted} ${period}.`,
  spoc: (spoc, deputy) => {
    if (!spoc) return "You must contact us only through the officer we name as your contact.";
    const away = deputy
      ? ` When ${spoc.name} is away, contact ${deputy.name} (${deputy.email}) instead.`
      : "";
    return `You must contact us only through ${spoc.name} (${spoc.email}), who is your named contact at the council.${away}`;
  },
  significantQueriesOnly:
    "We will reply only to significant and serious matters. Other contact will be read and filed without a reply.",
  newIssuesOnly:
    "We will deal only with new issues. Contact about matters we have already dealt with will not be acknowledged or acted on.",
  blocked: (channels) => `Contact from you by ${channels} will be blocked.`,
  premises: (detail) => `Your access to council premises is restricted: ${detail}.`,
  other: (condition) => `${condition}.`,
};

/** One sentence per term, in the order the policy lists the options (5.2.3, then 5.2.5). */
function termSentences(
  terms: RestrictionTerms,
  context: TermsContext,
  config: PolicyConfig,
  wording: TermsWording,
): string[] {
  const sentences: string[] = [];
  if (terms.allowedChannels?.length) {
    sentences.push(wording.channels(listWithOr(terms.allowedChannels.map(channelManner))));
  }
  if (terms.contactWindows?.length) {
    const windows = terms.contactWindows.map((w) => describeWindow(w));
    sentences.push(wording.windows(windows, timeZoneLabel(config.timeZone)));
  }
  for (const volume of terms.volumes ?? []) {
    const channels = volume.channels ?? [];
    const counted =
      channels.length > 1
        ? `${contactUnit(undefined, volume.max)} ${listWithOr(channels.map(channelManner))}`
        : contactUnit(channels, volume.max);
    const period = describePeriod(
      volume.per,
      config,
      context.periodStart,
      context.arrangement === true,
    );
    sentences.push(wording.volume(volume.max, counted, period));
  }
  if (terms.spocOnly === true) sentences.push(wording.spoc(context.spoc, context.deputy));
  if (terms.significantQueriesOnly === true) sentences.push(wording.significantQueriesOnly);
  if (terms.newIssuesOnly === true) sentences.push(wording.newIssuesOnly);
  if (terms.extreme && isExtreme(terms)) {
    const { blockedChannels, premisesRestriction } = terms.extreme;
    if (blockedChannels.length > 0) {
      sentences.push(wording.blocked(listWithAnd(blockedChannels.map(channelName))));
    }
    const premises = premisesRestriction?.trim().replace(/\.+$/, "");
    if (premises) sentences.push(wording.premises(premises));
  }
  for (const condition of terms.otherConditions ?? []) {
    sentences.push(wording.other(condition.trim().replace(/\.+$/, "")));
  }
  return sentences;
}

/**
 * The terms as short sentences for staff: "Contact by letter only.", "Only Monday to Friday,
 * 10:00 to 12:00 (UK time)." …
 */
export function describeTerms(
  terms: RestrictionTerms,
  context: TermsContext,
  config: PolicyConfig,
): readonly string[] {
  const sentences = termSentences(terms, context, config, FOR_STAFF);
  return sentences.length > 0 ? sentences : ["No restrictions."];
}

/**
 * The same terms as a letter tells the customer: "You may contact the council only by
 * letter." …; none at all when there are no terms.
 */
export function describeTermsToCustomer(
  terms: RestrictionTerms,
  context: TermsContext,
  config: PolicyConfig,
): readonly string[] {
  return termSentences(terms, context, config, FOR_CUSTOMER);
}

/** The sentences as one paragraph, for the register's TermsSummary column. */
export function summariseTerms(
  terms: RestrictionTerms,
  context: TermsContext,
  config: PolicyConfig,
): string {
  return describeTerms(terms, context, config).join(" ");
}

const BRIEF_PERIOD: Readonly<Record<VolumePeriod, string>> = {
  day: "a day",
  week: "a week",
  fortnight: "a fortnight",
  month: "a month",
};

/**
 * The terms in a few words each, for a one-line notice where every character counts: "by
 * letter only", "Tuesday and Thursday, 10:00–12:00", "2 emails a week", "SPOC only", … Conditions
 * in words are counted, and said not to be checked.
 */
export function describeTermsBriefly(terms: RestrictionTerms): readonly string[] {
  const brief: string[] = [];
  if (terms.allowedChannels?.length) {
    brief.push(`${listWithOr(terms.allowedChannels.map(channelManner))} only`);
  }
  for (const window of terms.contactWindows ?? []) brief.push(describeWindow(window, "–"));
  for (const volume of terms.volumes ?? []) {
    brief.push(
      `${volume.max} ${contactUnit(volume.channels, volume.max)} ${BRIEF_PERIOD[volume.per]}`,
    );
  }
  if (terms.spocOnly === true) brief.push("SPOC only");
  if (terms.significantQueriesOnly === true) brief.push("significant queries only");
  if (terms.newIssuesOnly === true) brief.push("new issues only");
  const blocked = terms.extreme?.blockedChannels ?? [];
  if (blocked.length > 0) brief.push(`${listWithAnd(blocked.map(channelName))} blocked`);
  if (terms.extreme?.premisesRestriction?.trim()) brief.push("premises restricted");
  const others = terms.otherConditions?.length ?? 0;
  if (others > 0) {
    brief.push(`${others} other condition${others === 1 ? "" : "s"}, not checked`);
  }
  return brief;
}
