/**
 * Evidence at a glance (DESIGN §5): the customer's contacts per period, within and outside the
 * terms (or the agreed arrangement), against the allowance. The periods are the allowance's own
 * (week, fortnight or month) so the allowance line is exact; weeks when there is none or it is
 * per day. Pure: the chart and the table in the pane both draw this.
 */
import type { PolicyConfig } from "../domain/config";
import { addDays, addMonths } from "../domain/localDate";
import type {
  LocalDate,
  LoggedContact,
  RestrictionTerms,
  VolumeAllowance,
  VolumePeriod,
} from "../domain/types";
import { calendarPeriodOf } from "../domain/volumePeriods";
import { contactUnit } from "../domain/wording";
import { localDateOf, startOfLocalDate } from "../domain/zonedTime";

export type ContactBucket = {
  readonly firstDay: LocalDate;
  /** "16 Nov", short enough for an axis at 320 pixels. */
  readonly label: string;
  /** "week beginning Monday 16 November 2026". */
  readonly longLabel: string;
  readonly within: number;
  readonly outside: number;
  /** Logged while the case could not be read, or judged against nothing. */
  readonly notChecked: number;
};

export type ContactChartData = {
  readonly per: Exclude<VolumePeriod, "day">;
  readonly buckets: readonly ContactBucket[];
  /** The allowance drawn on the chart, when the terms have one for these periods. */
  readonly allowance?: { readonly max: number; readonly text: string };
  /** What the chart shows, in one sentence, for screen readers and the caption. */
  readonly summary: string;
};

const PERIODS_SHOWN: Readonly<Record<ContactChartData["per"], number>> = {
  week: 12,
  fortnight: 8,
  month: 6,
};

const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

function shortLabel(first: LocalDate, per: ContactChartData["per"]): string {
  const [year, month, day] = first.split("-").map(Number);
  const name = SHORT_MONTHS[(month ?? 1) - 1] ?? "";
  return per === "month" ? `${name} ${String(year).slice(2)}` : `${day} ${name}`;
}

/** The allowance the chart is drawn against: the first that counts in weeks or longer. */
function allowanceOf(terms: RestrictionTerms | undefined): VolumeAllowance | undefined {
  return terms?.volumes?.find((v) => v.per !== "day");
}

/**
 * Inbound contacts of the last periods up to `now` (12 weeks, 8 fortnights or 6 months), by
 * the verdict stored with each: outside the terms (or blocked), within, or not checked.
 * `terms`: the restriction terms, or the agreed arrangement's, when there are any.
 */
export function contactChart(input: {
  readonly contacts: readonly LoggedContact[];
  readonly terms: RestrictionTerms | undefined;
  /** Anchors fortnights (volumePeriods); the first day of the restrictions or arrangement. */
  readonly anchor: LocalDate | undefined;
  readonly now: Date;
  readonly config: PolicyConfig;
}): ContactChartData {
  const { contacts, terms, now, config } = input;
  const allowance = allowanceOf(terms);
  const per: ContactChartData["per"] =
    allowance?.per === "fortnight" || allowance?.per === "month" ? allowance.per : "week";
  const anchor = input.anchor ?? localDateOf(now, config.timeZone);
  const current = calendarPeriodOf(per, now, config, anchor);
  const count = PERIODS_SHOWN[per];
  const firsts: LocalDate[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    firsts.push(
      per === "month"
        ? addMonths(current.firstDay, -i)
        : addDays(current.firstDay, -i * (per === "week" ? 7 : 14)),
    );
  }
  const buckets = firsts.map((first) => {
    const period = calendarPeriodOf(per, startOfLocalDate(first, config.timeZone), config, anchor);
    const inside = contacts.filter(
      (c) => c.direction === "inbound" && c.at >= period.startsAt && c.at < period.endsAt,
    );
    return {
      firstDay: first,
      label: shortLabel(first, per),
      longLabel: period.label,
      outside: inside.filter((c) => c.verdict === "outsideTerms" || c.verdict === "blocked").length,
      notChecked: inside.filter((c) => c.verdict === "notChecked").length,
      within: inside.filter((c) => c.verdict === "withinTerms" || c.verdict === "notRestricted")
        .length,
    };
  });
  const total = buckets.reduce((n, b) => n + b.within + b.outside + b.notChecked, 0);
  const outside = buckets.reduce((n, b) => n + b.outside, 0);
  const drawn =
    allowance && allowance.per === per
      ? {
          max: allowance.max,
          text: `Allowance: ${allowance.max} ${contactUnit(allowance.channels, allowance.max)} a ${per}`,
        }
      : undefined;
  const span = `${count} ${per === "month" ? "months" : `${per}s`}`;
  const summary =
    `${total} ${total === 1 ? "contact" : "contacts"} from the customer in the last ${span}, ` +
    `${outside} outside the terms${drawn ? `; ${drawn.text.toLowerCase()}` : ""}.`;
  return { per, buckets, ...(drawn ? { allowance: drawn } : {}), summary };
}
