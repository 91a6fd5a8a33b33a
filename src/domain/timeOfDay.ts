import { refuse } from "./result";
import type { Result, TimeOfDay } from "./types";

const PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const END_OF_DAY = "24:00";

/**
 * "HH:MM" on the 24-hour clock. "24:00" (midnight at the end of the day) is accepted only
 * where the time ends a window (`{ end: true }`).
 */
export function parseTimeOfDay(raw: string, options: { end?: boolean } = {}): Result<TimeOfDay> {
  const value = raw.trim();
  if (PATTERN.test(value) || (options.end === true && value === END_OF_DAY)) {
    return { ok: true, value: value as TimeOfDay };
  }
  const range = options.end === true ? "00:00 to 24:00" : "00:00 to 23:59";
  return refuse(
    "invalidTime",
    `"${value.slice(0, 20)}" is not a time of day; use HH:MM from ${range}.`,
  );
}

/** Minutes since local midnight: "10:30" → 630, "24:00" → 1440. */
export function minutesOf(time: TimeOfDay): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** 630 → "10:30". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
