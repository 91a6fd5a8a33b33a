/**
 * Checking what a decider typed, field by field, before anything reaches the domain: every
 * wrong field is named at once, so the form can mark them all.
 */
import { normaliseAddress } from "../../domain/address";
import { parseLocalDate } from "../../domain/localDate";
import { parseTerms } from "../../domain/terms";
import type { Actor, LocalDate, Person, RestrictionTerms, Role } from "../../domain/types";
import { ROLES } from "../../domain/types";
import type { ConsultedInput, DecisionFailure, FieldErrors, PersonInput } from "./types";

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
    return { ...person, role: input.role };
  }

  consulted(field: string, people: readonly ConsultedInput[], missing: string): Actor[] {
    if (people.length === 0) this.fail(field, missing);
    return people.map((p, i) => this.actor(`${field}.${i}`, p, "the person consulted"));
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
