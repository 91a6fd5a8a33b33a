import { ok, refuse } from "./result";
import type { Result } from "./types";

// Small checks for values read from JSON (configuration, the Terms column). Each names the
// field it checks, so the person fixing the data knows where to look.

export type JsonObject = Readonly<Record<string, unknown>>;

/** A check of one field: `path` is how the field is named in the message. */
export type Check<T> = (value: unknown, path: string) => Result<T>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function invalid(path: string, expectation: string): Result<never> {
  return refuse("invalidField", `${path} must be ${expectation}.`);
}

/** Refuses fields that are not in `known`: a misspelt setting must not pass silently. */
export function refuseUnknownFields(
  value: JsonObject,
  known: readonly string[],
  where: string,
): Result<JsonObject> {
  const unknown = Object.keys(value).find((key) => !known.includes(key));
  if (unknown === undefined) return ok(value);
  return refuse(
    "unknownField",
    `${where} has an unknown field "${unknown.slice(0, 60)}"; the known fields are ${known.join(", ")}.`,
  );
}

export function objectCheck(path: string, value: unknown): Result<JsonObject> {
  return isJsonObject(value) ? ok(value) : invalid(path, "an object");
}

export function wholeNumber(min: number, max: number): Check<number> {
  return (value, path) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
      ? ok(value)
      : invalid(path, `a whole number from ${min} to ${max}`);
}

/** Non-empty text after trimming, at most `maxLength` characters; returned trimmed. */
export function text(maxLength: number): Check<string> {
  return (value, path) =>
    typeof value === "string" && value.trim() !== "" && value.trim().length <= maxLength
      ? ok(value.trim())
      : invalid(path, `non-empty text of at most ${maxLength} characters`);
}

export const boolean: Check<boolean> = (value, path) =>
  typeof value === "boolean" ? ok(value) : invalid(path, "true or false");

export function oneOf<T extends string | number>(allowed: readonly T[], label: string): Check<T> {
  return (value, path) => (allowed.includes(value as T) ? ok(value as T) : invalid(path, label));
}

/** A non-empty list without repeats, each item passing `item`. */
export function listOf<T>(item: Check<T>, label: string): Check<readonly T[]> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length === 0) {
      return invalid(path, `a non-empty list of ${label}`);
    }
    const items: T[] = [];
    for (const [index, raw] of (value as readonly unknown[]).entries()) {
      const checked = item(raw, `${path}[${index}]`);
      if (!checked.ok) return checked;
      if (items.includes(checked.value)) {
        return invalid(path, `a list of ${label} without repeats`);
      }
      items.push(checked.value);
    }
    return ok(items);
  };
}

/** Reads field `key` of `source` with `check` when present; absent (undefined) stays absent. */
export function optionalField<T>(
  source: JsonObject,
  key: string,
  path: string,
  check: Check<T>,
): Result<T | undefined> {
  const value = source[key];
  return value === undefined ? ok(undefined) : check(value, path);
}
