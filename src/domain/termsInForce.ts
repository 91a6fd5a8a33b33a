import type { PolicyConfig } from "./config";
import type { RestrictionPeriod } from "./types";
import { startOfLocalDate } from "./zonedTime";

/**
 * The instant from which a period's terms bind the customer: contact before it never counts
 * against them, not even towards an allowance whose week or month began earlier. Undefined
 * while nothing binds. Here, the start of the period's first day in the council's time zone.
 */
export function termsBindFrom(period: RestrictionPeriod, config: PolicyConfig): Date | undefined {
  return startOfLocalDate(period.start, config.timeZone);
}
