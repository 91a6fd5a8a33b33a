/**
 * List items in their list's table. Every write bumps the item's version (the number after the
 * comma in its eTag) and appends to the change log that delta reads.
 */
import type Database from "better-sqlite3";
import { GraphHttpError } from "../http/graph-error";
import { newGuid } from "../util/ids";
import { itemTable, valueColumn, type Db } from "./database";
import type { ColumnRecord, ItemRecord, ListRecord, SqlValue } from "./model";

type Row = Record<string, SqlValue>;

/** Values by column name, already converted for SQL. */
export type StoredValues = Readonly<Record<string, SqlValue>>;

function toItem(row: Row, columns: readonly ColumnRecord[]): ItemRecord {
  const values: Record<string, SqlValue> = {};
  for (const c of columns) values[c.name] = row[`c_${c.name}`] ?? null;
  return {
    id: Number(row["id"]),
    uniqueId: String(row["unique_id"]),
    version: Number(row["version"]),
    created: String(row["created"]),
    modified: String(row["modified"]),
    author: Number(row["author"]),
    editor: Number(row["editor"]),
    values,
  };
}

/** SQLite's unique-index failure, in SharePoint's words. */
function duplicateValues(e: unknown): GraphHttpError | null {
  if (!(e instanceof Error) || !("code" in e) || e.code !== "SQLITE_CONSTRAINT_UNIQUE") return null;
  const fields = [...e.message.matchAll(/\.c_([A-Za-z0-9_]+)/g)].map((m) => m[1]).join(", ");
  return new GraphHttpError(
    409,
    "nameAlreadyExists",
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields}].`,
  );
}

function logChange(db: Db, list: ListRecord, itemId: number, deleted: boolean): void {
  db.prepare("INSERT INTO changes (list_n, item_id, deleted) VALUES (?, ?, ?)").run(
    list.n,
    itemId,
    deleted ? 1 : 0,
  );
}

/**
 * Inserts items, all or none. One prepared statement per distinct set of written columns, so a
 * bulk load of 100,000 items runs as fast as SQLite can append.
 */
export function insertItems(
  db: Db,
  list: ListRecord,
  rows: readonly StoredValues[],
  author: number,
  now: string,
): number[] {
  const statements = new Map<string, Database.Statement<SqlValue[]>>();
  const change = db.prepare("INSERT INTO changes (list_n, item_id, deleted) VALUES (?, ?, 0)");
  const ids: number[] = [];
  try {
    db.transaction(() => {
      for (const values of rows) {
        const names = Object.keys(values);
        const key = names.join("\u0000");
        let statement = statements.get(key);
        if (!statement) {
          const cols = ["unique_id", "version", "created", "modified", "author", "editor"]
            .concat(names.map(valueColumn))
            .join(", ");
          const marks = Array.from({ length: names.length + 6 }, () => "?").join(", ");
          statement = db.prepare<SqlValue[]>(
            `INSERT INTO ${itemTable(list.n)} (${cols}) VALUES (${marks})`,
          );
          statements.set(key, statement);
        }
        const info = statement.run(
          newGuid(),
          1,
          now,
          now,
          author,
          author,
          ...names.map((n) => values[n] ?? null),
        );
        const id = Number(info.lastInsertRowid);
        change.run(list.n, id);
        ids.push(id);
      }
    })();
  } catch (e) {
    throw duplicateValues(e) ?? e;
  }
  return ids;
}

export function getItem(
  db: Db,
  list: ListRecord,
  columns: readonly ColumnRecord[],
  id: number,
): ItemRecord | undefined {
  const row = db.prepare<[number], Row>(`SELECT * FROM ${itemTable(list.n)} WHERE id = ?`).get(id);
  return row ? toItem(row, columns) : undefined;
}

export function updateItem(
  db: Db,
  list: ListRecord,
  id: number,
  values: StoredValues,
  editor: number,
  now: string,
): void {
  const names = Object.keys(values);
  const sets = ["version = version + 1", "modified = ?", "editor = ?"]
    .concat(names.map((n) => `${valueColumn(n)} = ?`))
    .join(", ");
  try {
    db.prepare(`UPDATE ${itemTable(list.n)} SET ${sets} WHERE id = ?`).run(
      now,
      editor,
      ...names.map((n) => values[n] ?? null),
      id,
    );
  } catch (e) {
    throw duplicateValues(e) ?? e;
  }
  logChange(db, list, id, false);
}

/** What another user's edit does to an item: a new version, nothing else (stale-ETag fault). */
export function bumpVersion(db: Db, list: ListRecord, id: number, now: string): void {
  db.prepare(
    `UPDATE ${itemTable(list.n)} SET version = version + 1, modified = ? WHERE id = ?`,
  ).run(now, id);
  logChange(db, list, id, false);
}

export function deleteItem(db: Db, list: ListRecord, id: number): void {
  db.prepare(`DELETE FROM ${itemTable(list.n)} WHERE id = ?`).run(id);
  logChange(db, list, id, true);
}

export type ItemQuery = {
  readonly where: string;
  readonly params: readonly SqlValue[];
  readonly orderBy: string;
  readonly limit: number;
};

export function queryItems(
  db: Db,
  list: ListRecord,
  columns: readonly ColumnRecord[],
  query: ItemQuery,
): ItemRecord[] {
  const sql = `SELECT * FROM ${itemTable(list.n)} WHERE ${query.where} ORDER BY ${query.orderBy} LIMIT ${query.limit}`;
  return db
    .prepare<SqlValue[], Row>(sql)
    .all(...query.params)
    .map((r) => toItem(r, columns));
}

export function countWhere(
  db: Db,
  list: ListRecord,
  where: string,
  params: readonly SqlValue[],
): number {
  return (
    db
      .prepare<SqlValue[], { c: number }>(
        `SELECT COUNT(*) AS c FROM ${itemTable(list.n)} WHERE ${where}`,
      )
      .get(...params)?.c ?? 0
  );
}

/**
 * Empties a list for a test reset; ids start again at 1. The change log keeps one mark of the
 * reset (item 0, deleted = RESYNC_MARK): delta tokens from before it can no longer be answered.
 */
export function clearItems(db: Db, list: ListRecord): void {
  db.prepare(`DELETE FROM ${itemTable(list.n)}`).run();
  db.prepare("DELETE FROM sqlite_sequence WHERE name = ?").run(`items_${list.n}`);
  db.prepare("DELETE FROM changes WHERE list_n = ?").run(list.n);
  db.prepare("INSERT INTO changes (list_n, item_id, deleted) VALUES (?, 0, ?)").run(
    list.n,
    RESYNC_MARK,
  );
}

/** `changes.deleted` of a reset mark, rather than 0 (changed) or 1 (deleted). */
export const RESYNC_MARK = 2;
