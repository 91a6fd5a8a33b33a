/**
 * Reading `fields` of list items against the schema. Every value is validated: bad data fails
 * with StoreError("invalidData") naming the case and the column, never with a crash and never
 * by being treated as absent.
 */
import { StoreError, type ListName } from "../app/ports";
import { normaliseAddress } from "../domain/address";
import { parseCaseRef } from "../domain/caseRef";
import type { Actor, CaseRef, EmailAddress, LocalDate, Person, Result } from "../domain/types";
import { instantFromField, localDateFromField } from "./dates";
import { actorColumns, splitList, type ActorPrefix } from "./fields";
import { SCHEMA, type ColumnOf } from "./schema";
import { ShapeError, type Shape } from "./shape";
import { ACTOR_ROLE, roleOfActorRole, type Vocabulary } from "./vocabulary";

export class FieldReader<L extends ListName> {
  constructor(
    private readonly list: L,
    private readonly fields: Readonly<Record<string, unknown>>,
    /** Who the item is about, for messages: "case UCB-2026-7KQ2MX" or "item 12". */
    readonly subject: string,
  ) {}

  fail(column: ColumnOf<L> | string, problem: string): never {
    throw new StoreError(
      "invalidData",
      `${SCHEMA[this.list].title}, ${this.subject}: ${column} ${problem}`,
      this.list,
    );
  }

  private present(column: ColumnOf<L>): unknown {
    const value = this.fields[column];
    return value === null || value === "" ? undefined : value;
  }

  optionalText(column: ColumnOf<L>): string | undefined {
    const value = this.present(column);
    if (value === undefined) return undefined;
    if (typeof value !== "string") this.fail(column, `should be text but is ${typeof value}`);
    return value;
  }

  text(column: ColumnOf<L>): string {
    return this.optionalText(column) ?? this.fail(column, "is missing");
  }

  /** Text that a domain parser accepts; its refusal becomes the message. */
  optionalParsed<T>(column: ColumnOf<L>, parse: (raw: string) => Result<T>): T | undefined {
    const raw = this.optionalText(column);
    if (raw === undefined) return undefined;
    const result = parse(raw);
    return result.ok ? result.value : this.fail(column, `is not valid: ${result.error.message}`);
  }

  parsed<T>(column: ColumnOf<L>, parse: (raw: string) => Result<T>): T {
    return this.optionalParsed(column, parse) ?? this.fail(column, "is missing");
  }

  caseRef(column: ColumnOf<L>): CaseRef {
    return this.parsed(column, parseCaseRef);
  }

  optionalChoice<T extends string>(column: ColumnOf<L>, vocabulary: Vocabulary<T>): T | undefined {
    const label = this.optionalText(column);
    if (label === undefined) return undefined;
    return vocabulary.value(label) ?? this.fail(column, `has an unknown value "${label}"`);
  }

  choice<T extends string>(column: ColumnOf<L>, vocabulary: Vocabulary<T>): T {
    return this.optionalChoice(column, vocabulary) ?? this.fail(column, "is missing");
  }

  optionalLocalDate(column: ColumnOf<L>): LocalDate | undefined {
    const value = this.present(column);
    if (value === undefined) return undefined;
    return (
      localDateFromField(value) ?? this.fail(column, `is not a date: ${JSON.stringify(value)}`)
    );
  }

  localDate(column: ColumnOf<L>): LocalDate {
    return this.optionalLocalDate(column) ?? this.fail(column, "is missing");
  }

  optionalInstant(column: ColumnOf<L>): Date | undefined {
    const value = this.present(column);
    if (value === undefined) return undefined;
    return (
      instantFromField(value) ??
      this.fail(column, `is not a date and time: ${JSON.stringify(value)}`)
    );
  }

  instant(column: ColumnOf<L>): Date {
    return this.optionalInstant(column) ?? this.fail(column, "is missing");
  }

  optionalCount(column: ColumnOf<L>): number | undefined {
    const value = this.present(column);
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      this.fail(column, `is not a whole number: ${JSON.stringify(value)}`);
    }
    return value;
  }

  optionalEmail(column: ColumnOf<L>): EmailAddress | undefined {
    return this.optionalParsed(column, normaliseAddress);
  }

  email(column: ColumnOf<L>): EmailAddress {
    return this.optionalEmail(column) ?? this.fail(column, "is missing");
  }

  /** Text holding several values separated by semicolons. */
  separated<T>(column: ColumnOf<L>, parse: (raw: string) => Result<T>): readonly T[] {
    const raw = this.optionalText(column);
    if (raw === undefined) return [];
    return splitList(raw).map((part) => {
      const result = parse(part);
      return result.ok
        ? result.value
        : this.fail(column, `holds "${part}": ${result.error.message}`);
    });
  }

  optionalJson<T>(column: ColumnOf<L>, shape: Shape<T>): T | undefined {
    const raw = this.optionalText(column);
    if (raw === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      this.fail(column, "is not valid JSON");
    }
    try {
      return shape(parsed, "");
    } catch (e) {
      if (e instanceof ShapeError) this.fail(column, `is not valid: ${e.message}`);
      throw e;
    }
  }

  json<T>(column: ColumnOf<L>, shape: Shape<T>): T {
    return this.optionalJson(column, shape) ?? this.fail(column, "is missing");
  }

  /** A person from a name column and an email column: both or neither. */
  optionalPerson(name: ColumnOf<L>, email: ColumnOf<L>): Person | undefined {
    const n = this.optionalText(name);
    const e = this.optionalEmail(email);
    if (n === undefined && e === undefined) return undefined;
    if (n === undefined) this.fail(name, `is missing while ${email} is set`);
    if (e === undefined) this.fail(email, `is missing while ${name} is set`);
    return { name: n, email: e };
  }

  /** An actor from the three columns `{prefix}Name`, `{prefix}Email`, `{prefix}Role`. */
  optionalActor(prefix: ActorPrefix<L>): Actor | undefined {
    const [name, email, role] = actorColumns<L>(prefix);
    const person = this.optionalPerson(name, email);
    const r = this.optionalChoice(role, ACTOR_ROLE);
    if (!person && r === undefined) return undefined;
    if (!person) this.fail(name, `is missing while ${role} is set`);
    return { ...person, ...roleOfActorRole(r ?? this.fail(role, "is missing")) };
  }

  actor(prefix: ActorPrefix<L>): Actor {
    return this.optionalActor(prefix) ?? this.fail(actorColumns<L>(prefix)[0], "is missing");
  }
}
