/**
 * The fields a $filter or $orderby may name: the list's columns and the system fields behind
 * them. SharePoint indexes ID, Created, Modified and Author on every list; everything else is
 * indexed only if its column says so.
 */
import { valueColumn } from "../store/database";
import type { ColumnKind, ColumnRecord } from "../store/model";

export type QueryField = {
  readonly name: string;
  /** SQL expression for the value. */
  readonly sql: string;
  readonly kind: ColumnKind | "lookup";
  readonly indexed: boolean;
};

const SYSTEM: readonly QueryField[] = [
  { name: "ID", sql: "id", kind: "number", indexed: true },
  { name: "id", sql: "id", kind: "number", indexed: true },
  { name: "Created", sql: "created", kind: "dateTime", indexed: true },
  { name: "Modified", sql: "modified", kind: "dateTime", indexed: true },
  { name: "AuthorLookupId", sql: "author", kind: "lookup", indexed: true },
  { name: "EditorLookupId", sql: "editor", kind: "lookup", indexed: false },
];

export function resolveQueryField(
  columns: readonly ColumnRecord[],
  name: string,
): QueryField | undefined {
  const column = columns.find((c) => c.name === name);
  if (column) {
    return { name, sql: valueColumn(column.name), kind: column.kind, indexed: column.indexed };
  }
  return SYSTEM.find((s) => s.name === name);
}
