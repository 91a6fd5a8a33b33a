/**
 * The date and time of a logged contact as staff type them: UK order (day/month/year) and the
 * 24-hour clock, in the council's time zone whatever the computer's own zone is.
 */
import { parseTimeOfDay, formatMinutes, minutesOf } from "../../domain/timeOfDay";
import { instantAtLocal, localMoment } from "../../domain/zonedTime";
import { parseUkDate, UK_DATE_HINT, ukDateText } from "../forms/ukDate";

export type ContactTimeText = { readonly date: string; readonly time: string };

export type ParsedContactTime =
  | { readonly ok: true; readonly at: Date }
  | { readonly ok: false; readonly date?: string; readonly time?: string };

/** The moment as the form shows it: "24/11/2026" and "10:30". */
export function contactTimeText(at: Date, timeZone: string): ContactTimeText {
  const local = localMoment(at, timeZone);
  return { date: ukDateText(local.date), time: formatMinutes(local.minutes) };
}

export function parseContactTime(text: ContactTimeText, timeZone: string): ParsedContactTime {
  const date = parseUkDate(text.date);
  // "9:30" is as clear as "09:30".
  const time = parseTimeOfDay(text.time.trim().replace(/^(\d):/, "0$1:"));
  if (date && time.ok)
    return { ok: true, at: instantAtLocal(date, minutesOf(time.value), timeZone) };
  return {
    ok: false,
    ...(date ? {} : { date: `Give the date as ${UK_DATE_HINT.toLowerCase()}` }),
    ...(time.ok ? {} : { time: "Give the time on the 24-hour clock, for example 14:30." }),
  };
}
