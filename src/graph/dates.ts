/**
 * How dates cross into SharePoint dateTime columns and back.
 *
 * Calendar dates (LocalDate) are written as noon UTC on that date. SharePoint keeps a date-only
 * column as midnight in the site's time zone and Graph returns that instant in UTC, so
 * 15 June 2026 on a London site comes back as "2026-06-14T23:00:00Z" (BST). Reading the London
 * calendar date of whatever instant comes back gives 15 June for noon UTC, for London midnight
 * in GMT or BST, and for UTC midnight, so no value shifts a day (docs/decisions.md).
 */
import type { LocalDate } from "../domain/types";
import { parseLocalDate } from "../domain/localDate";
import { localDateOf } from "../domain/zonedTime";

/** The council's time zone, and the SharePoint site's (adminSteps tells administrators to set it). */
export const COUNCIL_TIME_ZONE = "Europe/London";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/;

const DATE_ONLY_SUFFIX = "T12:00:00Z";

export function localDateToField(date: LocalDate): string {
  return `${date}${DATE_ONLY_SUFFIX}`;
}

/** The calendar date a date-only column holds, or null when the value is not a date. */
export function localDateFromField(raw: unknown): LocalDate | null {
  if (typeof raw !== "string") return null;
  const plain = parseLocalDate(raw);
  if (plain.ok) return plain.value;
  const instant = instantFromField(raw);
  return instant ? localDateOf(instant, COUNCIL_TIME_ZONE) : null;
}

/** SharePoint keeps whole seconds; writing whole seconds makes a read-back compare equal. */
export function instantToField(instant: Date): string {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export function instantFromField(raw: unknown): Date | null {
  if (typeof raw !== "string" || !INSTANT.test(raw)) return null;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** Whether a date value read back is the one written: the same instant, or the same date. */
export function sameDateValue(written: string, read: unknown): boolean {
  const [a, b] = [instantFromField(written), instantFromField(read)];
  if (a === null || b === null) return false;
  if (a.getTime() === b.getTime()) return true;
  return (
    written.endsWith(DATE_ONLY_SUFFIX) && localDateFromField(written) === localDateFromField(read)
  );
}
