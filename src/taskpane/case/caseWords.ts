import type { PolicyConfig } from "../../domain/config";
import { actorInWords } from "../../domain/deputies";
import type { Actor, LocalDate, Person } from "../../domain/types";
import { formatLongDate, timeZoneLabel } from "../../domain/wording";
import { localMoment } from "../../domain/zonedTime";

/** "Monday 23 November 2026, 14:05 (UK time)". */
export function formatInstant(at: Date, config: PolicyConfig): string {
  const { date, minutes } = localMoment(at, config.timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${formatLongDate(date)}, ${hh}:${mm} (${timeZoneLabel(config.timeZone)})`;
}

export function dateOrDash(date: LocalDate | undefined): string {
  return date ? formatLongDate(date) : "—";
}

export function personText(person: Person): string {
  return `${person.name} (${person.email})`;
}

export function actorText(actor: Actor, config: PolicyConfig): string {
  return actorInWords(actor, config);
}
