/**
 * Reading and writing `fields` of list items against the schema. Reading validates every value
 * and fails with StoreError("invalidData") naming the case and the column, never with a crash
 * and never by treating bad data as absent. Writing checks SharePoint's length limits first.
 */
import { StoreError, type ListName } from "../app/ports";
import type { Actor, CaseRef, EmailAddress, LocalDate, Person, Result } from "../domain/types";
import {
  instantFromField,
  instantToField,
  localDateFromField,
  localDateToField,
  sameDateValue,
} from "./dates";
import { normaliseAddress } from "../domain/address";
import { parseCaseRef } from "../domain/caseRef";
import { ShapeError, type Shape } from "./shape";
import { NOTE_MAX, SCHEMA, TEXT_MAX, type ColumnOf, type ColumnSpec } from "./schema";
import { ROLE, type Vocabulary } from "./vocabulary";

export type FieldValue = string | number | null;
export type Fields = Readonly<Record<string, FieldValue>>;

/** A list item as the store needs it: id, eTag and the raw column values. */
export type RawItem = {
  readonly id: string;
  readonly etag: string;
  readonly fields: Readonly<Record<string, unknown>>;
};

function spec(list: ListName, name: string): ColumnSpec {
  const found = SCHEMA[list].columns.find((c: ColumnSpec) => c.name === name);
  if (!found) throw new Error(`Column ${name} is not in the ${list} schema`);
  return found;
}

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

  instant(column: ColumnOf<L>): Date {
    const value = this.present(column);
    if (value === undefined) this.fail(column, "is missing");
    return (
      instantFromField(value) ??
      this.fail(column, `is not a date and time: ${JSON.stringify(value)}`)
    );
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
    const r = this.optionalChoice(role, ROLE);
    if (!person && r === undefined) return undefined;
    if (!person) this.fail(name, `is missing while ${role} is set`);
    return { ...person, role: r ?? this.fail(role, "is missing") };
  }

  actor(prefix: ActorPrefix<L>): Actor {
    return this.optionalActor(prefix) ?? this.fail(actorColumns<L>(prefix)[0], "is missing");
  }
}

/** "DecidedBy" for a list with DecidedByName, DecidedByEmail and DecidedByRole columns. */
export type ActorPrefix<L extends ListName> =
  ColumnOf<L> extends infer C ? (C extends `${infer P}Role` ? P : never) : never;

function actorColumns<L extends ListName>(prefix: ActorPrefix<L>) {
  // schema.ts creates the three columns together (actorColumns), so Role implies Name and Email.
  const p: string = prefix;
  return [`${p}Name`, `${p}Email`, `${p}Role`] as [ColumnOf<L>, ColumnOf<L>, ColumnOf<L>];
}

export function withoutNulls(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
}

export function splitList(raw: string): string[] {
  return raw
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(values: readonly string[]): string | null {
  return values.length ? values.join("; ") : null;
}

/**
 * Builds the `fields` of a write. Every schema column it is given is present, null when the
 * value is absent, so a PATCH clears what the domain object no longer has.
 */
export class FieldWriter<L extends ListName> {
  private readonly out: Record<string, FieldValue> = {};

  constructor(
    private readonly list: L,
    private readonly subject: string,
  ) {}

  text(column: ColumnOf<L>, value: string | undefined | null): this {
    if (value === undefined || value === null || value === "") {
      this.out[column] = null;
      return this;
    }
    const max = spec(this.list, column).kind === "note" ? NOTE_MAX : TEXT_MAX;
    if (value.length > max) {
      throw new StoreError(
        "invalidData",
        `${SCHEMA[this.list].title}, ${this.subject}: ${column} is longer than ${max} characters`,
        this.list,
      );
    }
    this.out[column] = value;
    return this;
  }

  /** For text that comes from outside (an email subject): cut to fit rather than refuse. */
  clippedText(column: ColumnOf<L>, value: string | undefined): this {
    return this.text(
      column,
      value && value.length > TEXT_MAX ? `${value.slice(0, TEXT_MAX - 1)}…` : value,
    );
  }

  choice<T extends string>(
    column: ColumnOf<L>,
    vocabulary: Vocabulary<T>,
    value: T | undefined,
  ): this {
    this.out[column] = value === undefined ? null : vocabulary.label(value);
    return this;
  }

  localDate(column: ColumnOf<L>, value: LocalDate | undefined): this {
    this.out[column] = value === undefined ? null : localDateToField(value);
    return this;
  }

  instant(column: ColumnOf<L>, value: Date): this {
    this.out[column] = instantToField(value);
    return this;
  }

  count(column: ColumnOf<L>, value: number | undefined): this {
    this.out[column] = value ?? null;
    return this;
  }

  json(column: ColumnOf<L>, value: unknown): this {
    return this.text(column, value === undefined ? undefined : JSON.stringify(value));
  }

  person(name: ColumnOf<L>, email: ColumnOf<L>, value: Person | undefined): this {
    return this.text(name, value?.name).text(email, value?.email);
  }

  actor(prefix: ActorPrefix<L>, value: Actor | undefined): this {
    const [name, email, role] = actorColumns<L>(prefix);
    return this.person(name, email, value).choice(role, ROLE, value?.role);
  }

  /** Every column set so far, nulls included (for PATCH). */
  fields(): Fields {
    return { ...this.out };
  }

  /** Only the columns with a value (for POST: a new item has nothing to clear). */
  values(): Fields {
    return withoutNulls(this.out);
  }
}

/**
 * Whether an item read back holds what a write sent: how a write whose answer was lost is
 * recognised. Absent, null and "" are the same; dates compare as dates.
 */
export function holdsFields(written: Fields, read: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(written).every(([column, value]) => sameValue(value, read[column]));
}

function sameValue(written: FieldValue, read: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  if (empty(written) || empty(read)) return empty(written) && empty(read);
  return written === read || (typeof written === "string" && sameDateValue(written, read));
}
