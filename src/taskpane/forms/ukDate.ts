/**
 * Dates as staff type and read them in forms: UK order, day/month/year, whatever the browser's
 * or the computer's locale. The use cases take "YYYY-MM-DD"; this is the one translation.
 */
import { parseLocalDate } from "../../domain/localDate";
import type { LocalDate } from "../../domain/types";

const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const WORDS = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** What the hint under every date field says. */
export const UK_DATE_HINT = "Day/month/year, for example 24/11/2026.";

/** "2026-11-24" → "24/11/2026". */
export function ukDateText(date: LocalDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

/**
 * "24/11/2026", "1/7/2026", "24-11-2026", "24.11.2026", "24 November 2026" or "24 Nov 2026" as
 * a date; undefined for anything else, including dates that do not exist (31/02/2026).
 */
export function parseUkDate(raw: string): LocalDate | undefined {
  const text = raw.trim();
  const numeric = NUMERIC.exec(text);
  const words = numeric ? undefined : WORDS.exec(text);
  const day = numeric?.[1] ?? words?.[1];
  const month = numeric ? Number(numeric[2]) : words ? monthNumber(words[2] ?? "") : undefined;
  const year = numeric?.[3] ?? words?.[3];
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const parsed = parseLocalDate(
    `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`,
  );
  return parsed.ok ? parsed.value : undefined;
}

/**
 * What a date field gives its form: the date as "YYYY-MM-DD" when the text is one, otherwise
 * the text as typed, so the use case's own check names the field and nothing is saved.
 */
export function dateFieldValue(text: string): string {
  return parseUkDate(text) ?? text.trim();
}

/** The text a field shows for a value it was given ("YYYY-MM-DD", empty, or text as typed). */
export function dateFieldText(value: string): string {
  const date = parseLocalDate(value);
  return date.ok ? ukDateText(date.value) : value;
}
