/**
 * Calendar arithmetic for demo data in the council's time zone, so "earlier this week" means
 * this week in Portsmouth whenever the demo runs. (src/domain's calendar helpers replace these
 * when they land.)
 */
import type { LocalDate } from "../../src/domain/types";

const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  weekday: "short",
});

function parts(instant: Date): Record<string, string> {
  return Object.fromEntries(LONDON.formatToParts(instant).map((p) => [p.type, p.value]));
}

export function londonDate(instant: Date): LocalDate {
  const p = parts(instant);
  return `${p["year"]}-${p["month"]}-${p["day"]}` as LocalDate;
}

/** The instant at a London wall-clock time (GMT or BST, whichever applies that day). */
export function londonInstant(date: LocalDate, time = "00:00"): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, h - offsetHours, min));
    const p = parts(candidate);
    if (
      `${p["year"]}-${p["month"]}-${p["day"]}` === date &&
      `${p["hour"]}:${p["minute"]}` === time
    ) {
      return candidate;
    }
  }
  return new Date(Date.UTC(y, m - 1, d, h, min)); // a time the clocks skip: near enough for a demo
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10) as LocalDate;
}

export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last)))
    .toISOString()
    .slice(0, 10) as LocalDate;
}

/** Monday of the London week holding `instant`. */
export function weekStart(instant: Date): LocalDate {
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(
    parts(instant)["weekday"] ?? "Mon",
  );
  return addDays(londonDate(instant), -weekday);
}

export function monthStart(instant: Date): LocalDate {
  return `${londonDate(instant).slice(0, 8)}01` as LocalDate;
}

/** An instant `fraction` of the way from the start of `from` (London midnight) to `now`. */
export function between(from: LocalDate, now: Date, fraction: number): Date {
  const start = londonInstant(from).getTime();
  return new Date(Math.floor(start + (now.getTime() - start) * fraction));
}
