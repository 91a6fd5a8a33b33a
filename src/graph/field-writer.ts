/** Building the `fields` of a write against the schema, checking SharePoint's limits first. */
import { StoreError, type ListName } from "../app/ports";
import type { Actor, LocalDate, Person } from "../domain/types";
import { instantToField, localDateToField } from "./dates";
import {
  actorColumns,
  columnSpec,
  withoutNulls,
  type ActorPrefix,
  type FieldValue,
  type Fields,
} from "./fields";
import { NOTE_MAX, SCHEMA, TEXT_MAX, type ColumnOf } from "./schema";
import { ACTOR_ROLE, actorRoleOf, type Vocabulary } from "./vocabulary";

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
    const max = columnSpec(this.list, column).kind === "note" ? NOTE_MAX : TEXT_MAX;
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

  instant(column: ColumnOf<L>, value: Date | undefined): this {
    this.out[column] = value === undefined ? null : instantToField(value);
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
    return this.person(name, email, value).choice(role, ACTOR_ROLE, value && actorRoleOf(value));
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
