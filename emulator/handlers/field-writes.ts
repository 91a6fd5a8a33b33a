/** A fieldValueSet from a request body, checked against the list's columns. */
import { badRequest } from "../http/graph-error";
import { SYSTEM_FIELD_NAMES } from "../store/column-definitions";
import type { StoredValues } from "../store/items";
import type { ColumnRecord, SqlValue } from "../store/model";
import { toSqlValue } from "../store/values";

const READ_ONLY = new Set<string>([
  ...SYSTEM_FIELD_NAMES,
  "id",
  "_UIVersionString",
  "_ComplianceFlags",
  "_ComplianceTag",
  "_ComplianceTagWrittenTime",
  "_ComplianceTagUserId",
]);

export function fieldsToStore(
  columns: readonly ColumnRecord[],
  fields: unknown,
  timeZone: string,
): StoredValues {
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
    throw badRequest("The fields of a list item must be a JSON object.");
  }
  const out: Record<string, SqlValue> = {};
  for (const [name, value] of Object.entries(fields)) {
    // Annotations ("@odata.etag" echoed back, "X@odata.type") describe values; they are not values.
    if (name.includes("@odata.")) continue;
    const column = columns.find((c) => c.name === name);
    if (!column) {
      if (READ_ONLY.has(name)) throw badRequest(`Field '${name}' is read-only.`);
      throw badRequest(`Field '${name}' is not recognized`);
    }
    if (column.readOnly) throw badRequest(`Field '${name}' is read-only.`);
    out[column.name] = toSqlValue(column, value, timeZone);
  }
  return out;
}
