/**
 * The readable form of everything in a subject access response's data, item by item: every
 * value the JSON holds is written out under a label made from where it is held ("Register ›
 * Period › Notice › Reason"), so the readable document cannot leave out what the JSON has, and
 * a field added to the lists later appears without anyone remembering to word it.
 */
import { formatLongDate } from "../domain/wording";
import type { LocalDate } from "../domain/types";

/** Where a value is held: keys and (1-based) positions in lists. */
export type RecordPath = readonly (string | number)[];

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "customerName" → "Customer name"; positions stay numbers ("Contacts 2"). */
function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The label of a value: "Register › Spoc › Email", "Contacts 2 › Subject". */
export function pathLabel(path: RecordPath): string {
  const parts: string[] = [];
  for (const part of path) {
    if (typeof part === "number") parts[parts.length - 1] = `${parts.at(-1) ?? ""} ${part}`;
    else parts.push(words(part));
  }
  return parts.join(" › ");
}

/**
 * A value as the readable document writes it: instants in the council's time, dates as UK long
 * dates, yes/no, and text as held. `instant` formats an ISO instant.
 */
export function valueInWords(value: string | number | boolean, instant: (at: Date) => string) {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (INSTANT.test(value)) return instant(new Date(value));
  if (DAY.test(value)) return formatLongDate(value as LocalDate);
  return value;
}

export type RecordLeaf = {
  readonly path: RecordPath;
  readonly value: string | number | boolean | null;
};

/** Every value in a JSON value, depth first, in the order held; empty lists and objects too. */
export function recordLeaves(value: unknown, path: RecordPath = []): readonly RecordLeaf[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ path, value: null }];
    return value.flatMap((item, i) => recordLeaves(item, [...path, i + 1]));
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return [{ path, value: null }];
    return entries.flatMap(([key, v]) => recordLeaves(v, [...path, key]));
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return [{ path, value }];
  }
  return [{ path, value: null }];
}

/** The lines that write out `value` in full: "Label: value", "none" for empty. */
export function recordLines(
  value: unknown,
  path: RecordPath,
  instant: (at: Date) => string,
): readonly string[] {
  return recordLeaves(value, path).map(
    (leaf) =>
      `${pathLabel(leaf.path)}: ${leaf.value === null ? "none" : valueInWords(leaf.value, instant)}`,
  );
}
