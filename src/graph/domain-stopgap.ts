/**
 * STOPGAP: minimal stand-ins for src/domain functions another developer is writing now
 * (parseTerms, normaliseAddress, parseCaseRef, the calendar helpers). Each is replaced by an
 * import from src/domain as soon as it lands; nothing outside src/graph imports this file.
 */
import type {
  CaseRef,
  EmailAddress,
  IsoWeekday,
  LocalDate,
  RestrictionTerms,
  TimeOfDay,
} from "../domain/types";
import { CHANNELS, VOLUME_PERIODS } from "../domain/types";
import { arrayOf, boolean, count, object, oneOf, parsed, string, type Shape } from "./shape";

const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

export function normaliseAddress(raw: string): EmailAddress | null {
  const lower = raw.trim().toLowerCase();
  return ADDRESS.test(lower) && lower.length <= 254 ? (lower as EmailAddress) : null;
}

export function parseCaseRef(raw: string): CaseRef | null {
  const ref = raw.trim().toUpperCase();
  return /^UCB-\d{4}-[0-9A-Z]{4,10}$/.test(ref) ? (ref as CaseRef) : null;
}

export function parseLocalDate(raw: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === raw ? (raw as LocalDate) : null;
}

const LONDON_DATE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Europe/London at an instant. */
export function londonDateOf(instant: Date): LocalDate {
  const parts = Object.fromEntries(
    LONDON_DATE.formatToParts(instant).map((p) => [p.type, p.value]),
  );
  return `${parts["year"]}-${parts["month"]}-${parts["day"]}` as LocalDate;
}

const timeOfDay = parsed<TimeOfDay>("a time HH:MM", (raw) =>
  /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(raw) ? (raw as TimeOfDay) : null,
);
const channel = oneOf(CHANNELS);

const termsShape: Shape<RestrictionTerms> = object(
  {},
  {
    allowedChannels: arrayOf(channel),
    contactWindows: arrayOf(
      object({
        days: arrayOf(oneOf<IsoWeekday>([1, 2, 3, 4, 5, 6, 7])),
        from: timeOfDay,
        to: timeOfDay,
      }),
    ),
    volumes: arrayOf(
      object({ max: count, per: oneOf(VOLUME_PERIODS) }, { channels: arrayOf(channel) }),
    ),
    spocOnly: boolean,
    significantQueriesOnly: boolean,
    newIssuesOnly: boolean,
    extreme: object({ blockedChannels: arrayOf(channel) }, { premisesRestriction: string }),
  },
);

/** Validates parsed Terms JSON; throws ShapeError naming the first wrong property. */
export function parseTerms(json: unknown): RestrictionTerms {
  return termsShape(json, "");
}
