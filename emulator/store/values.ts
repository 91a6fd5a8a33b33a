/**
 * Field values crossing between Graph JSON and SQLite, with the type checks SharePoint makes on
 * write. Errors use OData's wording for a literal of the wrong type.
 */
import { badRequest } from "../http/graph-error";
import { toSharePointTime } from "../util/time";
import { localDate, midnightOf } from "../util/zone";
import { isMultiLine } from "./column-definitions";
import type { ColumnRecord, SqlValue } from "./model";

/** SharePoint's limit for a multiple-lines-of-text column. */
export const MULTI_LINE_MAX = 63_999;

const EDM_TYPE: Record<ColumnRecord["kind"], string> = {
  text: "Edm.String",
  choice: "Edm.String",
  dateTime: "Edm.DateTimeOffset",
  number: "Edm.Double",
  boolean: "Edm.Boolean",
};

const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function wrongType(column: ColumnRecord, value: unknown): never {
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  throw badRequest(
    `Cannot convert the literal '${shown}' to the expected type '${EDM_TYPE[column.kind]}'.`,
  );
}

/** An ISO 8601 date or date-time as SharePoint stores it (UTC, whole seconds), or null. */
export function normaliseDateTime(
  text: string,
  dateOnly: boolean,
  timeZone: string,
): string | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const hasTime = m[2] !== undefined;
  let ms: number;
  if (!hasTime) {
    ms = midnightOf(m[1] ?? "", timeZone);
  } else {
    ms = Date.parse(m[5] === undefined ? `${text.trim()}Z` : text.trim());
    if (Number.isNaN(ms)) return null;
    // A date-only column keeps the day (in the site's zone) at local midnight.
    if (dateOnly) ms = midnightOf(localDate(ms, timeZone), timeZone);
  }
  return Number.isNaN(ms) ? null : toSharePointTime(new Date(ms));
}

export function toSqlValue(column: ColumnRecord, value: unknown, timeZone: string): SqlValue {
  if (value === null) return null;
  switch (column.kind) {
    case "text":
    case "choice": {
      if (typeof value !== "string") return wrongType(column, value);
      const max = isMultiLine(column)
        ? MULTI_LINE_MAX
        : Number(column.facet["maxLength"] ?? 255) || 255;
      if (value.length > max) {
        throw badRequest(
          `The value of field '${column.name}' is ${value.length} characters long; the column allows ${max}.`,
        );
      }
      return value === "" ? null : value;
    }
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value)) return wrongType(column, value);
      const { minimum, maximum } = column.facet;
      if (
        (typeof minimum === "number" && value < minimum) ||
        (typeof maximum === "number" && value > maximum)
      ) {
        throw badRequest(`The value of field '${column.name}' is outside the column's range.`);
      }
      return value;
    }
    case "boolean":
      if (typeof value !== "boolean") return wrongType(column, value);
      return value ? 1 : 0;
    case "dateTime": {
      if (typeof value !== "string") return wrongType(column, value);
      const stored = normaliseDateTime(value, column.facet["format"] === "dateOnly", timeZone);
      return stored ?? wrongType(column, value);
    }
  }
}

/** The JSON value Graph shows for a stored value; undefined leaves the key out, as Graph does. */
export function fromSqlValue(column: ColumnRecord, value: SqlValue | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  switch (column.kind) {
    case "boolean":
      return value === 1;
    case "number":
      return typeof value === "number" ? value : Number(value);
    case "text":
    case "choice":
    case "dateTime":
      return String(value);
  }
}
