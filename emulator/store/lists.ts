/**
 * Lists and their columns. A list's items live in their own table (`items_{n}`); adding a column
 * adds a SQL column, and `indexed` / `enforceUniqueValues` are real SQLite indexes on it.
 */
import { GraphHttpError, badRequest } from "../http/graph-error";
import { newGuid } from "../util/ids";
import { nowSharePointTime } from "../util/time";
import { sqlType, titleColumn } from "./column-definitions";
import { ident, itemTable, valueColumn, type Db } from "./database";
import type { ColumnRecord, ListRecord, SiteRecord } from "./model";

type ListRow = {
  n: number;
  id: string;
  site_id: string;
  display_name: string;
  name: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  created_by: number;
  modified_by: number;
  version: number;
};

const toList = (r: ListRow): ListRecord => ({
  n: r.n,
  id: r.id,
  siteId: r.site_id,
  displayName: r.display_name,
  name: r.name,
  description: r.description,
  template: r.template,
  created: r.created,
  modified: r.modified,
  createdBy: r.created_by,
  modifiedBy: r.modified_by,
  version: r.version,
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function findList(db: Db, siteId: string, idOrTitle: string): ListRecord | undefined {
  const byId = GUID.test(idOrTitle)
    ? db
        .prepare<[string, string], ListRow>("SELECT * FROM lists WHERE site_id = ? AND id = ?")
        .get(siteId, idOrTitle)
    : undefined;
  const row =
    byId ??
    db
      .prepare<[string, string], ListRow>(
        "SELECT * FROM lists WHERE site_id = ? AND display_name = ?",
      )
      .get(siteId, idOrTitle);
  return row ? toList(row) : undefined;
}

export function allLists(db: Db, siteId: string): ListRecord[] {
  return db
    .prepare<[string], ListRow>("SELECT * FROM lists WHERE site_id = ? ORDER BY n")
    .all(siteId)
    .map(toList);
}

export function listColumns(db: Db, listN: number): ColumnRecord[] {
  return db
    .prepare<[number], { definition: string }>(
      "SELECT definition FROM columns WHERE list_n = ? ORDER BY position",
    )
    .all(listN)
    .map((r) => JSON.parse(r.definition) as ColumnRecord);
}

const indexName = (listN: number, column: string, unique: boolean): string =>
  ident(`${unique ? "ux" : "ix"}_${listN}_${column}`);

/** Makes the SQLite indexes match the column's `indexed` and `enforceUniqueValues`. */
function syncIndex(db: Db, listN: number, column: ColumnRecord): void {
  db.exec(`DROP INDEX IF EXISTS ${indexName(listN, column.name, false)}`);
  db.exec(`DROP INDEX IF EXISTS ${indexName(listN, column.name, true)}`);
  if (!column.indexed) return;
  const unique = column.enforceUniqueValues;
  try {
    db.exec(
      `CREATE ${unique ? "UNIQUE " : ""}INDEX ${indexName(listN, column.name, unique)} ON ${itemTable(listN)} (${valueColumn(column.name)})`,
    );
  } catch (e) {
    if (unique && e instanceof Error && "code" in e && e.code === "SQLITE_CONSTRAINT_UNIQUE") {
      throw badRequest(
        `Column '${column.name}' cannot enforce unique values: the list already holds duplicate values.`,
      );
    }
    throw e;
  }
}

function storeColumn(db: Db, listN: number, column: ColumnRecord, position: number): void {
  db.prepare(
    `INSERT INTO columns (list_n, name, position, definition) VALUES (?, ?, ?, ?)
     ON CONFLICT (list_n, name) DO UPDATE SET definition = excluded.definition`,
  ).run(listN, column.name, position, JSON.stringify(column));
}

function touchList(db: Db, listN: number, by: number): void {
  db.prepare(
    "UPDATE lists SET modified = ?, modified_by = ?, version = version + 1 WHERE n = ?",
  ).run(nowSharePointTime(), by, listN);
}

const duplicateName = (name: string): GraphHttpError =>
  badRequest(`A duplicate field name "${name}" was found.`);

function urlNameFor(db: Db, siteId: string, displayName: string): string {
  const base = displayName.replace(/[^A-Za-z0-9]/g, "") || "List";
  const taken = new Set(
    db
      .prepare<[string], { name: string }>("SELECT name FROM lists WHERE site_id = ?")
      .all(siteId)
      .map((r) => r.name.toLowerCase()),
  );
  let name = base;
  for (let i = 1; taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
  return name;
}

export type NewList = {
  readonly displayName: string;
  readonly description: string;
  readonly columns: readonly ColumnRecord[];
  /** "genericList" (the default) or "documentLibrary" (its files live in a drive). */
  readonly template?: "genericList" | "documentLibrary";
};

export function createList(db: Db, site: SiteRecord, spec: NewList, by: number): ListRecord {
  return db.transaction(() => {
    if (findListByTitle(db, site.id, spec.displayName)) {
      throw new GraphHttpError(
        409,
        "nameAlreadyExists",
        "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.",
      );
    }
    const columns = [titleColumn(), ...spec.columns];
    const seen = new Set<string>();
    for (const c of columns) {
      if (seen.has(c.name.toLowerCase())) throw duplicateName(c.name);
      seen.add(c.name.toLowerCase());
    }
    const now = nowSharePointTime();
    const info = db
      .prepare(
        `INSERT INTO lists (id, site_id, display_name, name, description, template, created, modified, created_by, modified_by, version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
      )
      .run(
        newGuid(),
        site.id,
        spec.displayName,
        urlNameFor(db, site.id, spec.displayName),
        spec.description,
        spec.template ?? "genericList",
        now,
        now,
        by,
        by,
      );
    const n = Number(info.lastInsertRowid);
    const userColumns = columns.map((c) => `${valueColumn(c.name)} ${sqlType(c)}`).join(",\n  ");
    // AUTOINCREMENT: SharePoint never reuses an item id, even after a delete.
    db.exec(`CREATE TABLE ${itemTable(n)} (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  unique_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author INTEGER NOT NULL,
  editor INTEGER NOT NULL,
  ${userColumns}
)`);
    // SharePoint indexes ID, Created, Modified and Author on every list.
    for (const system of ["created", "modified", "author"]) {
      db.exec(`CREATE INDEX ${ident(`sys_${n}_${system}`)} ON ${itemTable(n)} (${system})`);
    }
    columns.forEach((c, position) => {
      storeColumn(db, n, c, position);
      syncIndex(db, n, c);
    });
    const created = findList(db, site.id, spec.displayName);
    if (!created) throw new Error("list was not stored");
    return created;
  })();
}

function findListByTitle(db: Db, siteId: string, title: string): boolean {
  return (
    db
      .prepare<[string, string], { n: number }>(
        "SELECT n FROM lists WHERE site_id = ? AND display_name = ?",
      )
      .get(siteId, title) !== undefined
  );
}

export function addColumn(
  db: Db,
  list: ListRecord,
  column: ColumnRecord,
  by: number,
): ColumnRecord {
  return db.transaction(() => {
    const existing = listColumns(db, list.n);
    if (existing.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
      throw duplicateName(column.name);
    }
    db.exec(
      `ALTER TABLE ${itemTable(list.n)} ADD COLUMN ${valueColumn(column.name)} ${sqlType(column)}`,
    );
    storeColumn(db, list.n, column, existing.length);
    syncIndex(db, list.n, column);
    touchList(db, list.n, by);
    return column;
  })();
}

export function replaceColumn(db: Db, list: ListRecord, column: ColumnRecord, by: number): void {
  db.transaction(() => {
    const position = listColumns(db, list.n).findIndex((c) => c.id === column.id);
    if (position < 0) throw new Error("column to replace does not exist");
    storeColumn(db, list.n, column, position);
    syncIndex(db, list.n, column);
    touchList(db, list.n, by);
  })();
}

export function deleteList(db: Db, list: ListRecord): void {
  db.transaction(() => {
    db.exec(`DROP TABLE IF EXISTS ${itemTable(list.n)}`);
    db.prepare("DELETE FROM columns WHERE list_n = ?").run(list.n);
    db.prepare("DELETE FROM changes WHERE list_n = ?").run(list.n);
    db.prepare("DELETE FROM lists WHERE n = ?").run(list.n);
  })();
}

export function itemCount(db: Db, list: ListRecord): number {
  return (
    db.prepare<[], { c: number }>(`SELECT COUNT(*) AS c FROM ${itemTable(list.n)}`).get()?.c ?? 0
  );
}
