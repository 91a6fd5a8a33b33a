/**
 * Checking what a decider typed, field by field, before anything reaches the domain: every
 * wrong field is named at once, so the form can mark them all.
 */
import { normaliseAddress } from "../../domain/address";
import { parseLocalDate } from "../../domain/localDate";
import { checkMeans } from "../../domain/lifecycleSupport";
import { parseTerms } from "../../domain/terms";
import { minutesOf, parseTimeOfDay } from "../../domain/timeOfDay";
import type {
  Actor,
  Consulted,
  LocalDate,
  Means,
  Person,
  RestrictionTerms,
  Role,
} from "../../domain/types";
import { CHANNELS, ROLES } from "../../domain/types";
import { instantAtLocal } from "../../domain/zonedTime";
import type {
  ConsultedInput,
  DecisionFailure,
  FieldErrors,
  MeansInput,
  PersonInput,
} from "./types";

const MAX_TEXT = 4000;

export class Form {
  private readonly errors: Record<string, string> = {};

  /** Text that must be given, e.g. reasons. */
  text(field: string, raw: string | undefined, missing: string): string {
    const value = (raw ?? "").trim();
    if (value === "") this.fail(field, missing);
    else if (value.length > MAX_TEXT) {
      this.fail(field, `Shorten this to at most ${MAX_TEXT} characters (it is ${value.length}).`);
    }
    return value;
  }

  optionalText(field: string, raw: string | undefined): string | undefined {
    const value = (raw ?? "").trim();
    if (value === "") return undefined;
    return this.text(field, value, "");
  }

  date(field: string, raw: string | undefined, what: string): LocalDate {
    const parsed = parseLocalDate((raw ?? "").trim());
    if (!parsed.ok) {
      this.fail(field, `Enter ${what} as a date, for example 3 March 2026.`);
      return "" as LocalDate;
    }
    return parsed.value;
  }

  person(field: string, input: PersonInput, what: string): Person {
    const name = input.name.trim();
    if (name === "") this.fail(`${field}.name`, `Enter the name of ${what}.`);
    const email = normaliseAddress(input.email);
    if (!email.ok) this.fail(`${field}.email`, `Enter a valid email address for ${what}.`);
    return { name, email: email.ok ? email.value : (input.email as Person["email"]) };
  }

  optionalPerson(field: string, input: PersonInput | undefined, what: string): Person | undefined {
    if (!input || (input.name.trim() === "" && input.email.trim() === "")) return undefined;
    return this.person(field, input, what);
  }

  actor(field: string, input: ConsultedInput, what: string): Actor {
    const person = this.person(field, input, what);
    if (!(ROLES as readonly Role[]).includes(input.role)) {
      this.fail(`${field}.role`, `Choose the role ${what} acted in.`);
    }
    return { ...person, role: input.role, ...(input.asDeputy === true ? { asDeputy: true } : {}) };
  }

  /** People consulted; `dated`: each with the date of the consultation (5.2.2). */
  consulted(
    field: string,
    people: readonly ConsultedInput[],
    missing: string,
    dated = false,
  ): Consulted[] {
    if (people.length === 0) this.fail(field, missing);
    return people.map((p, i) => {
      const actor = this.actor(`${field}.${i}`, p, "the person consulted");
      const raw = (p.on ?? "").trim();
      if (raw === "" && !dated) return actor;
      const on = this.date(`${field}.${i}.on`, raw, "the date they were consulted");
      return { ...actor, on };
    });
  }

  /** A date ("YYYY-MM-DD") and a time ("HH:MM"), UK time, as the instant they stand for. */
  instant(
    field: string,
    date: string | undefined,
    time: string | undefined,
    what: string,
    zone: string,
  ): Date {
    const day = this.date(`${field}.on`, date, `the date ${what}`);
    const clock = parseTimeOfDay((time ?? "").trim());
    if (!clock.ok || clock.value === "24:00") {
      this.fail(`${field}.time`, `Enter the time ${what} as hours and minutes, for example 14:05.`);
      return new Date(Number.NaN);
    }
    return day === "" ? new Date(Number.NaN) : instantAtLocal(day, minutesOf(clock.value), zone);
  }

  /**
   * How something arrived: a channel, and the adjustment when it was not in writing (the
   * domain's rule, checkMeans, so the message is the one it would give).
   */
  means(field: string, input: MeansInput | undefined, what: string, section: string): Means {
    if (!input || !(CHANNELS as readonly string[]).includes(input.channel)) {
      this.fail(`${field}.channel`, `Choose how ${what} arrived.`);
      return { channel: "letter" };
    }
    const checked = checkMeans(input, what, section);
    if (!checked.ok) {
      this.fail(`${field}.adjustment`, checked.error.message);
      return { channel: input.channel };
    }
    return checked.value;
  }

  terms(field: string, terms: RestrictionTerms): RestrictionTerms {
    const parsed = parseTerms(terms);
    if (!parsed.ok) this.fail(field, parsed.error.message);
    return parsed.ok ? parsed.value : terms;
  }

  fail(field: string, message: string): void {
    this.errors[field] ??= message;
  }

  get fieldErrors(): FieldErrors {
    return { ...this.errors };
  }

  get valid(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  failure(): DecisionFailure {
    return invalid(this.errors);
  }
}

export function invalid(errors: FieldErrors): DecisionFailure {
  const count = Object.keys(errors).length;
  return {
    ok: false,
    kind: "invalid",
    errors,
    message:
      count === 1
        ? `Check this field: ${Object.values(errors).join("")}`
        : `Check these ${count} fields: ${Object.values(errors).join(" ")}`,
  };
}
