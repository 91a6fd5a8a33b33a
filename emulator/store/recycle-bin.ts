/**
 * What SharePoint keeps after a write or a delete: an item's earlier versions (version history),
 * and the recycle bins. A deleted item or file goes to the site's recycle bin (first stage,
 * ItemState 1) with its versions; deleted from there it moves to the site collection's
 * recycle bin (second stage, ItemState 2); deleted from there it is gone. Either way SharePoint
 * empties the bins 93 days after the original deletion (docs/emulator.md cites the sources).
 */
import { newGuid } from "../util/ids";
import type { Db } from "./database";
import type { ItemRecord, ListRecord, SiteRecord } from "./model";

/** SharePoint Online empties both stages 93 days after the item was first deleted. */
export const RECYCLE_BIN_DAYS = 93;

/** SP.RecycleBinItemType: the kinds the emulator recycles. */
export const RECYCLE_ITEM_TYPE = { file: 1, listItem: 3, folder: 5 } as const;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sp_item_versions (
  n INTEGER PRIMARY KEY AUTOINCREMENT,
  list_n INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  modified TEXT NOT NULL,
  editor INTEGER NOT NULL,
  item_values TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sp_item_versions_by_item ON sp_item_versions (list_n, item_id);
CREATE TABLE IF NOT EXISTS sp_recycle_bin (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  item_state INTEGER NOT NULL,
  item_type INTEGER NOT NULL,
  title TEXT NOT NULL,
  leaf_name TEXT NOT NULL,
  dir_name TEXT NOT NULL,
  deleted_date TEXT NOT NULL,
  deleted_by INTEGER NOT NULL,
  deleted_by_email TEXT NOT NULL,
  versions INTEGER NOT NULL,
  size INTEGER NOT NULL
);
`;

const ready = new WeakSet<Db>();
function schema(db: Db): Db {
  if (!ready.has(db)) {
    db.exec(SCHEMA);
    ready.add(db);
  }
  return db;
}

/** Before an item is written: its current state becomes an earlier version. */
export function keepVersion(db: Db, list: ListRecord, before: ItemRecord): void {
  schema(db)
    .prepare(
      "INSERT INTO sp_item_versions (list_n, item_id, version, modified, editor, item_values) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .run(
      list.n,
      before.id,
      before.version,
      before.modified,
      before.editor,
      JSON.stringify(before.values),
    );
}

export type ItemVersion = {
  readonly version: number;
  readonly modified: string;
  readonly editor: number;
  readonly values: Readonly<Record<string, unknown>>;
};

/** The item's earlier versions, newest first. */
export function earlierVersions(db: Db, list: ListRecord, itemId: number): ItemVersion[] {
  return schema(db)
    .prepare<
      [number, number],
      { version: number; modified: string; editor: number; item_values: string }
    >(
      "SELECT version, modified, editor, item_values FROM sp_item_versions WHERE list_n = ? AND item_id = ? ORDER BY version DESC",
    )
    .all(list.n, itemId)
    .map((r) => ({
      version: r.version,
      modified: r.modified,
      editor: r.editor,
      values: JSON.parse(r.item_values) as Record<string, unknown>,
    }));
}

/** Deletes one earlier version (true), or none when there is no such version. */
export function deleteVersion(db: Db, list: ListRecord, itemId: number, version: number): boolean {
  const run = schema(db)
    .prepare("DELETE FROM sp_item_versions WHERE list_n = ? AND item_id = ? AND version = ?")
    .run(list.n, itemId, version);
  return run.changes > 0;
}

/** Deletes the item's whole version history (the item itself is deleted by the caller). */
export function dropVersions(db: Db, list: ListRecord, itemId: number): number {
  return schema(db)
    .prepare("DELETE FROM sp_item_versions WHERE list_n = ? AND item_id = ?")
    .run(list.n, itemId).changes;
}

/** Site-relative folder of a list ("sites/ucb/Lists/UCBRegister") or library, as DirName writes it. */
export function listDirName(site: SiteRecord, list: ListRecord): string {
  const root = site.path.replace(/^\/+/, "");
  const library = list.template === "documentLibrary";
  return [root, library ? list.name : `Lists/${list.name}`].filter((s) => s !== "").join("/");
}

export type RecycleInput = {
  readonly itemType: number;
  readonly title: string;
  readonly leafName: string;
  readonly dirName: string;
  readonly deletedBy: number;
  readonly deletedByEmail: string;
  /** Versions that went with it (the current one included). */
  readonly versions: number;
  readonly size: number;
  readonly now: string;
};

/** Puts a deleted item in the first stage; returns the recycle bin item's id. */
export function recycle(db: Db, site: SiteRecord, input: RecycleInput): string {
  const id = newGuid();
  schema(db)
    .prepare(
      `INSERT INTO sp_recycle_bin (id, site_id, item_state, item_type, title, leaf_name, dir_name, deleted_date, deleted_by, deleted_by_email, versions, size)
       VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      site.id,
      input.itemType,
      input.title,
      input.leafName,
      input.dirName,
      input.now,
      input.deletedBy,
      input.deletedByEmail,
      input.versions,
      input.size,
    );
  return id;
}

/** A list item into the first stage, its version history with it (SharePoint's "{id}_.000"). */
export function recycleListItem(
  db: Db,
  site: SiteRecord,
  list: ListRecord,
  item: ItemRecord,
  by: { readonly lookupId: number; readonly email: string },
  now: string,
): string {
  const history = dropVersions(db, list, item.id);
  const title = item.values["Title"];
  return recycle(db, site, {
    itemType: RECYCLE_ITEM_TYPE.listItem,
    title: typeof title === "string" ? title : "",
    leafName: `${item.id}_.000`,
    dirName: listDirName(site, list),
    deletedBy: by.lookupId,
    deletedByEmail: by.email,
    versions: history + 1,
    size: JSON.stringify(item.values).length,
    now,
  });
}

export type RecycleBinItem = {
  readonly id: string;
  readonly itemState: 1 | 2;
  readonly itemType: number;
  readonly title: string;
  readonly leafName: string;
  readonly dirName: string;
  readonly deletedDate: string;
  readonly deletedBy: number;
  readonly deletedByEmail: string;
  readonly versions: number;
  readonly size: number;
};

type BinRow = {
  id: string;
  item_state: number;
  item_type: number;
  title: string;
  leaf_name: string;
  dir_name: string;
  deleted_date: string;
  deleted_by: number;
  deleted_by_email: string;
  versions: number;
  size: number;
};

const toBinItem = (r: BinRow): RecycleBinItem => ({
  id: r.id,
  itemState: r.item_state === 2 ? 2 : 1,
  itemType: r.item_type,
  title: r.title,
  leafName: r.leaf_name,
  dirName: r.dir_name,
  deletedDate: r.deleted_date,
  deletedBy: r.deleted_by,
  deletedByEmail: r.deleted_by_email,
  versions: r.versions,
  size: r.size,
});

/** What the bins hold now, oldest first; entries past the 93 days are emptied first. */
export function binItems(db: Db, site: SiteRecord, now: Date, stage?: 1 | 2): RecycleBinItem[] {
  const cutoff = new Date(now.getTime() - RECYCLE_BIN_DAYS * 86_400_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
  schema(db)
    .prepare("DELETE FROM sp_recycle_bin WHERE site_id = ? AND deleted_date < ?")
    .run(site.id, cutoff);
  const rows = db
    .prepare<[string], BinRow>(
      "SELECT * FROM sp_recycle_bin WHERE site_id = ? ORDER BY deleted_date, id",
    )
    .all(site.id)
    .map(toBinItem);
  return stage === undefined ? rows : rows.filter((r) => r.itemState === stage);
}

export function moveToSecondStage(db: Db, id: string): void {
  schema(db).prepare("UPDATE sp_recycle_bin SET item_state = 2 WHERE id = ?").run(id);
}

export function deleteFromBin(db: Db, id: string): void {
  schema(db).prepare("DELETE FROM sp_recycle_bin WHERE id = ?").run(id);
}

/** For reset(): no versions, empty bins. */
export function clearRecycleBins(db: Db, site: SiteRecord): void {
  schema(db).prepare("DELETE FROM sp_recycle_bin WHERE site_id = ?").run(site.id);
  db.prepare("DELETE FROM sp_item_versions").run();
}
