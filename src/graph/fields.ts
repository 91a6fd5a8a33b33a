/**
 * List item values as Graph carries them, and the small helpers the readers and writers share.
 * field-reader.ts validates what comes back; field-writer.ts builds what goes out.
 */
import type { ListName } from "../app/ports";
import { sameDateValue } from "./dates";
import { SCHEMA, type ColumnOf, type ColumnSpec } from "./schema";

export type FieldValue = string | number | null;
export type Fields = Readonly<Record<string, FieldValue>>;

/** A list item as the store needs it: id, eTag and the raw column values. */
export type RawItem = {
  readonly id: string;
  readonly etag: string;
  readonly fields: Readonly<Record<string, unknown>>;
};

export function columnSpec(list: ListName, name: string): ColumnSpec {
  const found = SCHEMA[list].columns.find((c: ColumnSpec) => c.name === name);
  if (!found) throw new Error(`Column ${name} is not in the ${list} schema`);
  return found;
}

/** "DecidedBy" for a list with DecidedByName, DecidedByEmail and DecidedByRole columns. */
export type ActorPrefix<L extends ListName> =
  ColumnOf<L> extends infer C ? (C extends `${infer P}Role` ? P : never) : never;

/** The three columns of an actor, in the order name, email, role. */
export function actorColumns<L extends ListName>(prefix: ActorPrefix<L>) {
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
