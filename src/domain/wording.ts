import { isoWeekdayOf, monthAndYearOf } from "./localDate";
import type { Channel, IsoWeekday, LocalDate, TimeOfDay } from "./types";
import { localMoment } from "./zonedTime";

// Plain UK English for dates, days, times, channels and lists, shared by every message.

const WEEKDAYS: Readonly<Record<IsoWeekday, string>> = {
  1: "Monday",
  2: "Tuesday",
  3: "Wednesday",
  4: "Thursday",
  5: "Friday",
  6: "Saturday",
  7: "Sunday",
};
// Month names from Intl (en-GB is in every browser's and Node's ICU data); one formatter.
const MONTH_NAME = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

function monthName(year: number, month: number): string {
  return MONTH_NAME.format(Date.UTC(year, month - 1, 1));
}

export function weekdayName(day: IsoWeekday): string {
  return WEEKDAYS[day];
}

/** "Monday 23 November 2026". */
export function formatLongDate(date: LocalDate): string {
  const { year, month, day } = monthAndYearOf(date);
  return `${weekdayName(isoWeekdayOf(date))} ${day} ${monthName(year, month)} ${year}`;
}

/**
 * The last day of an action taken "until further notice" (section 4: refusing to engage
 * permanently). A real date, so every date rule still works, but never shown as one.
 */
export const UNTIL_FURTHER_NOTICE = "9999-12-31" as LocalDate;

/** A period's last day in words: "Sunday 31 January 2027", or "until further notice". */
export function formatLastDay(date: LocalDate): string {
  return date === UNTIL_FURTHER_NOTICE ? "until further notice" : formatLongDate(date);
}

/** "14:05 on Monday 2 November 2026": an instant as the council's clocks showed it. */
export function formatMoment(instant: Date, timeZone: string): string {
  const { date, minutes } = localMoment(instant, timeZone);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return `${time} on ${formatLongDate(date)}`;
}

/** "November 2026". */
export function formatMonth(date: LocalDate): string {
  const { year, month } = monthAndYearOf(date);
  return `${monthName(year, month)} ${year}`;
}

function joinWith(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.slice(-1).join("")}`;
}

/** ["a", "b", "c"] → "a, b and c". */
export function listWithAnd(items: readonly string[]): string {
  return joinWith(items, "and");
}

/** ["a", "b", "c"] → "a, b or c". */
export function listWithOr(items: readonly string[]): string {
  return joinWith(items, "or");
}

/** [1,2,3,4,5] → "Monday to Friday"; [1,3,5] → "Monday, Wednesday and Friday"; all → "every day". */
export function describeDays(days: readonly IsoWeekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return "every day";
  const runs: { first: IsoWeekday; last: IsoWeekday }[] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.last === day - 1) run.last = day;
    else runs.push({ first: day, last: day });
  }
  return listWithAnd(
    runs.map(({ first, last }) => {
      if (first === last) return weekdayName(first);
      const joiner = last === first + 1 ? "and" : "to";
      return `${weekdayName(first)} ${joiner} ${weekdayName(last)}`;
    }),
  );
}

export function formatTime(time: TimeOfDay): string {
  return time === "24:00" ? "midnight" : time;
}

/** The zone as people know it: "UK time" for London, otherwise the zone's name. */
export function timeZoneLabel(timeZone: string): string {
  return timeZone === "Europe/London" ? "UK time" : `${timeZone} time`;
}

/** "by letter", "in person": how contact is made. */
const CHANNEL_MANNER: Record<Channel, string> = {
  email: "by email",
  phone: "by telephone",
  letter: "by letter",
  inPerson: "in person",
  webForm: "through the website form",
  socialMedia: "through social media",
};

/** The channel as a noun: "email", "telephone". */
const CHANNEL_NAME: Record<Channel, string> = {
  email: "email",
  phone: "telephone",
  letter: "letter",
  inPerson: "visits in person",
  webForm: "the website form",
  socialMedia: "social media",
};

/** One contact by that channel, singular and plural: "1 email", "2 telephone calls". */
const CHANNEL_UNIT: Record<Channel, readonly [string, string]> = {
  email: ["email", "emails"],
  phone: ["telephone call", "telephone calls"],
  letter: ["letter", "letters"],
  inPerson: ["visit", "visits"],
  webForm: ["website form", "website forms"],
  socialMedia: ["social media message", "social media messages"],
};

export function channelManner(channel: Channel): string {
  return CHANNEL_MANNER[channel];
}

export function channelName(channel: Channel): string {
  return CHANNEL_NAME[channel];
}

/**
 * The unit counted for a set of channels: one channel names it ("email"), several or none
 * ("every channel") count "contacts" of any kind listed.
 */
export function contactUnit(channels: readonly Channel[] | undefined, count: number): string {
  const plural = count === 1 ? 0 : 1;
  const only = channels?.length === 1 ? channels[0] : undefined;
  if (only) return CHANNEL_UNIT[only][plural];
  return plural === 0 ? "contact" : "contacts";
}
