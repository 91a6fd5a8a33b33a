/**
 * The date and time of a logged contact as staff type them: UK order (day/month/year) and the
 * 24-hour clock, in the council's time zone whatever the computer's own zone is.
 */
import { parseLocalDate } from "../../domain/localDate";
import { parseTimeOfDay, formatMinutes, minutesOf } from "../../domain/timeOfDay";
import type { LocalDate } from "../../domain/types";
import { instantAtLocal, localMoment } from "../../domain/zonedTime";

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export type ContactTimeText = { readonly date: string; readonly time: string };

export type ParsedContactTime =
  | { readonly ok: true; readonly at: Date }
  | { readonly ok: false; readonly date?: string; readonly time?: string };

/** "2026-11-24" → "24/11/2026". */
function ukDate(date: LocalDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

/** The moment as the form shows it: "24/11/2026" and "10:30". */
export function contactTimeText(at: Date, timeZone: string): ContactTimeText {
  const local = localMoment(at, timeZone);
  return { date: ukDate(local.date), time: formatMinutes(local.minutes) };
}

function parseUkDate(raw: string): LocalDate | undefined {
  const match = UK_DATE.exec(raw.trim());
  if (!match) return undefined;
  const [, day = "", month = "", year = ""] = match;
  const parsed = parseLocalDate(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);
  return parsed.ok ? parsed.value : undefined;
}

export function parseContactTime(text: ContactTimeText, timeZone: string): ParsedContactTime {
  const date = parseUkDate(text.date);
  // "9:30" is as clear as "09:30".
  const time = parseTimeOfDay(text.time.trim().replace(/^(\d):/, "0$1:"));
  if (date && time.ok)
    return { ok: true, at: instantAtLocal(date, minutesOf(time.value), timeZone) };
  return {
    ok: false,
    ...(date ? {} : { date: "Give the date as day/month/year, for example 24/11/2026." }),
    ...(time.ok ? {} : { time: "Give the time on the 24-hour clock, for example 14:30." }),
  };
}
