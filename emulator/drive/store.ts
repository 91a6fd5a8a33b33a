/**
 * Document libraries in SQLite: a drive per library list, its items (folders and files, the
 * files' bytes kept in the row), and upload sessions. Names are unique per folder ignoring case,
 * as in SharePoint. eTag versions rise on every change, cTag versions on content changes only.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../store/database";
import type { ListRecord, SiteRecord } from "../store/model";
import { nowSharePointTime } from "../util/time";
import { quickXorHash } from "./quick-xor-hash";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS drives (
  id TEXT PRIMARY KEY,
  list_n INTEGER NOT NULL UNIQUE REFERENCES lists(n) ON DELETE CASCADE,
  site_id TEXT NOT NULL,
  root_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS drive_items (
  n INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  drive_id TEXT NOT NULL REFERENCES drives(id) ON DELETE CASCADE,
  parent_id TEXT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  is_folder INTEGER NOT NULL,
  content BLOB,
  size INTEGER NOT NULL,
  mime TEXT,
  quick_xor TEXT,
  guid TEXT NOT NULL,
  version INTEGER NOT NULL,
  content_version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  created_by INTEGER NOT NULL,
  modified_by INTEGER NOT NULL,
  UNIQUE (drive_id, parent_id, name_key)
);
CREATE INDEX IF NOT EXISTS drive_items_by_parent ON drive_items (parent_id, name_key);
CREATE TABLE IF NOT EXISTS upload_sessions (
  id TEXT PRIMARY KEY,
  drive_id TEXT NOT NULL REFERENCES drives(id) ON DELETE CASCADE,
  parent_path TEXT NOT NULL,
  anchor_id TEXT NOT NULL,
  name TEXT NOT NULL,
  target_id TEXT,
  conflict TEXT NOT NULL,
  total INTEGER,
  received BLOB NOT NULL,
  expires TEXT NOT NULL,
  created_by INTEGER NOT NULL,
  defer_commit INTEGER NOT NULL
);
`;

const ready = new WeakSet<Db>();

export function driveSchema(db: Db): Db {
  if (!ready.has(db)) {
    db.exec(SCHEMA);
    ready.add(db);
  }
  return db;
}

export type DriveRecord = {
  readonly id: string;
  readonly listN: number;
  readonly siteId: string;
  readonly rootId: string;
};

export type DriveItemRecord = {
  readonly id: string;
  readonly driveId: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly isFolder: boolean;
  readonly size: number;
  readonly mime: string | null;
  readonly quickXor: string | null;
  readonly guid: string;
  readonly version: number;
  readonly contentVersion: number;
  readonly created: string;
  readonly modified: string;
  readonly createdBy: number;
  readonly modifiedBy: number;
};

type DriveRow = { id: string; list_n: number; site_id: string; root_id: string };
type ItemRow = {
  id: string;
  drive_id: string;
  parent_id: string | null;
  name: string;
  is_folder: number;
  size: number;
  mime: string | null;
  quick_xor: string | null;
  guid: string;
  version: number;
  content_version: number;
  created: string;
  modified: string;
  created_by: number;
  modified_by: number;
};

const ITEM_COLUMNS =
  "id, drive_id, parent_id, name, is_folder, size, mime, quick_xor, guid, version, content_version, created, modified, created_by, modified_by";

const toDrive = (r: DriveRow): DriveRecord => ({
  id: r.id,
  listN: r.list_n,
  siteId: r.site_id,
  rootId: r.root_id,
});

const toItem = (r: ItemRow): DriveItemRecord => ({
  id: r.id,
  driveId: r.drive_id,
  parentId: r.parent_id,
  name: r.name,
  isFolder: r.is_folder === 1,
  size: r.size,
  mime: r.mime,
  quickXor: r.quick_xor,
  guid: r.guid,
  version: r.version,
  contentVersion: r.content_version,
  created: r.created,
  modified: r.modified,
  createdBy: r.created_by,
  modifiedBy: r.modified_by,
});

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** "01" and 32 base-32 letters, the shape of a SharePoint drive item id. */
function newItemId(): string {
  const bytes = randomBytes(20);
  let out = "01";
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** "b!" and 64 URL-safe characters derived from the list, so a drive keeps its id. */
function driveIdFor(list: ListRecord): string {
  const digest = createHash("sha512").update(`drive:${list.id}`).digest("base64url");
  return `b!${digest.slice(0, 64)}`;
}

export function driveOfList(db: Db, listN: number): DriveRecord | undefined {
  const row = driveSchema(db)
    .prepare<[number], DriveRow>("SELECT * FROM drives WHERE list_n = ?")
    .get(listN);
  return row ? toDrive(row) : undefined;
}

export function driveById(db: Db, id: string): DriveRecord | undefined {
  const row = driveSchema(db)
    .prepare<[string], DriveRow>("SELECT * FROM drives WHERE id = ?")
    .get(id);
  return row ? toDrive(row) : undefined;
}

export function drivesOfSite(db: Db, siteId: string): DriveRecord[] {
  return driveSchema(db)
    .prepare<[string], DriveRow>("SELECT * FROM drives WHERE site_id = ? ORDER BY list_n")
    .all(siteId)
    .map(toDrive);
}

/** The drive behind a document library, created with its root folder the first time. */
export function ensureDrive(db: Db, list: ListRecord, by: number): DriveRecord {
  driveSchema(db);
  const existing = driveOfList(db, list.n);
  if (existing) return existing;
  const id = driveIdFor(list);
  const rootId = newItemId();
  const now = nowSharePointTime();
  db.transaction(() => {
    db.prepare("INSERT INTO drives (id, list_n, site_id, root_id) VALUES (?, ?, ?, ?)").run(
      id,
      list.n,
      list.siteId,
      rootId,
    );
    db.prepare(
      `INSERT INTO drive_items (id, drive_id, parent_id, name, name_key, is_folder, content, size, mime, quick_xor, guid, version, content_version, created, modified, created_by, modified_by)
       VALUES (?, ?, NULL, 'root', 'root', 1, NULL, 0, NULL, NULL, ?, 1, 1, ?, ?, ?, ?)`,
    ).run(rootId, id, randomUUID().toUpperCase(), now, now, by, by);
  })();
  const made = driveOfList(db, list.n);
  if (!made) throw new Error("drive was not stored");
  return made;
}

export function itemById(db: Db, driveId: string, id: string): DriveItemRecord | undefined {
  const row = driveSchema(db)
    .prepare<[string, string], ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM drive_items WHERE drive_id = ? AND id = ?`,
    )
    .get(driveId, id);
  return row ? toItem(row) : undefined;
}

export function childByName(db: Db, parentId: string, name: string): DriveItemRecord | undefined {
  const row = driveSchema(db)
    .prepare<[string, string], ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM drive_items WHERE parent_id = ? AND name_key = ?`,
    )
    .get(parentId, name.toLowerCase());
  return row ? toItem(row) : undefined;
}

export function childrenOf(
  db: Db,
  parentId: string,
  afterN: number,
  limit: number,
): { items: DriveItemRecord[]; lastN: number | undefined } {
  const rows = driveSchema(db)
    .prepare<[string, number, number], ItemRow & { n: number }>(
      `SELECT n, ${ITEM_COLUMNS} FROM drive_items WHERE parent_id = ? AND n > ? ORDER BY n LIMIT ?`,
    )
    .all(parentId, afterN, limit);
  return { items: rows.map(toItem), lastN: rows.at(-1)?.n };
}

export function childCount(db: Db, parentId: string): number {
  return (
    driveSchema(db)
      .prepare<[string], { c: number }>("SELECT COUNT(*) AS c FROM drive_items WHERE parent_id = ?")
      .get(parentId)?.c ?? 0
  );
}

export function contentOf(db: Db, id: string): Buffer {
  const row = driveSchema(db)
    .prepare<[string], { content: Buffer | null }>("SELECT content FROM drive_items WHERE id = ?")
    .get(id);
  return row?.content ?? Buffer.alloc(0);
}

/** The folder names from the root down to the item (the root's own name is not part of it). */
export function pathOf(db: Db, item: DriveItemRecord): string[] {
  const names: string[] = [];
  let current: DriveItemRecord | undefined = item;
  while (current?.parentId) {
    names.unshift(current.name);
    current = itemById(db, current.driveId, current.parentId);
  }
  return names;
}

export function createFolder(
  db: Db,
  driveId: string,
  parentId: string,
  name: string,
  by: number,
): DriveItemRecord {
  const id = newItemId();
  const now = nowSharePointTime();
  driveSchema(db)
    .prepare(
      `INSERT INTO drive_items (id, drive_id, parent_id, name, name_key, is_folder, content, size, mime, quick_xor, guid, version, content_version, created, modified, created_by, modified_by)
       VALUES (?, ?, ?, ?, ?, 1, NULL, 0, NULL, NULL, ?, 1, 1, ?, ?, ?, ?)`,
    )
    .run(
      id,
      driveId,
      parentId,
      name,
      name.toLowerCase(),
      randomUUID().toUpperCase(),
      now,
      now,
      by,
      by,
    );
  touch(db, parentId, by, now);
  const made = itemById(db, driveId, id);
  if (!made) throw new Error("folder was not stored");
  return made;
}

/** A folder's own eTag changes when its children change. */
function touch(db: Db, id: string, by: number, now: string): void {
  db.prepare(
    "UPDATE drive_items SET version = version + 1, modified = ?, modified_by = ? WHERE id = ?",
  ).run(now, by, id);
}

export function createFile(
  db: Db,
  driveId: string,
  parentId: string,
  name: string,
  content: Uint8Array,
  mime: string,
  by: number,
): DriveItemRecord {
  const id = newItemId();
  const now = nowSharePointTime();
  driveSchema(db)
    .prepare(
      `INSERT INTO drive_items (id, drive_id, parent_id, name, name_key, is_folder, content, size, mime, quick_xor, guid, version, content_version, created, modified, created_by, modified_by)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?)`,
    )
    .run(
      id,
      driveId,
      parentId,
      name,
      name.toLowerCase(),
      Buffer.from(content),
      content.length,
      mime,
      quickXorHash(content),
      randomUUID().toUpperCase(),
      now,
      now,
      by,
      by,
    );
  touch(db, parentId, by, now);
  const made = itemById(db, driveId, id);
  if (!made) throw new Error("file was not stored");
  return made;
}

/** New content for a file: a new eTag and a new cTag. */
export function replaceContent(
  db: Db,
  item: DriveItemRecord,
  content: Uint8Array,
  mime: string,
  by: number,
): DriveItemRecord {
  const now = nowSharePointTime();
  driveSchema(db)
    .prepare(
      `UPDATE drive_items SET content = ?, size = ?, mime = ?, quick_xor = ?, version = version + 1,
         content_version = content_version + 1, modified = ?, modified_by = ? WHERE id = ?`,
    )
    .run(Buffer.from(content), content.length, mime, quickXorHash(content), now, by, item.id);
  const updated = itemById(db, item.driveId, item.id);
  if (!updated) throw new Error("file vanished");
  return updated;
}

/** Another user's change, for the stale-eTag fault: the version moves on under the caller. */
export function bumpItem(db: Db, item: DriveItemRecord): void {
  db.prepare("UPDATE drive_items SET version = version + 1 WHERE id = ?").run(item.id);
}

/** Deletes the item and everything under it; returns how many items went. */
export function deleteTree(db: Db, item: DriveItemRecord, by: number): number {
  return db.transaction(() => {
    const doomed: string[] = [];
    const walk = (id: string) => {
      doomed.push(id);
      const kids = db
        .prepare<[string], { id: string }>("SELECT id FROM drive_items WHERE parent_id = ?")
        .all(id);
      for (const k of kids) walk(k.id);
    };
    walk(item.id);
    const del = db.prepare("DELETE FROM drive_items WHERE id = ?");
    for (const id of doomed.reverse()) del.run(id);
    if (item.parentId) touch(db, item.parentId, by, nowSharePointTime());
    return doomed.length;
  })();
}

/** Empties every drive of the site (keeping the drives and their roots), for reset(). */
export function clearDrives(db: Db, site: SiteRecord): void {
  driveSchema(db);
  db.transaction(() => {
    for (const drive of drivesOfSite(db, site.id)) {
      db.prepare("DELETE FROM drive_items WHERE drive_id = ? AND parent_id IS NOT NULL").run(
        drive.id,
      );
      db.prepare("DELETE FROM upload_sessions WHERE drive_id = ?").run(drive.id);
    }
  })();
}

// ---------------------------------------------------------------------------------------------
// Upload sessions

export type UploadSession = {
  readonly id: string;
  readonly driveId: string;
  /** Folder names below `anchorId` to the file's folder (created when the upload completes). */
  readonly parentPath: readonly string[];
  readonly anchorId: string;
  readonly name: string;
  /** Set when the session replaces an existing file (items/{id}/createUploadSession). */
  readonly targetId: string | null;
  readonly conflict: "fail" | "replace" | "rename";
  readonly total: number | null;
  readonly receivedBytes: number;
  readonly expires: string;
  readonly createdBy: number;
  readonly deferCommit: boolean;
};

type SessionRow = {
  id: string;
  drive_id: string;
  parent_path: string;
  anchor_id: string;
  name: string;
  target_id: string | null;
  conflict: string;
  total: number | null;
  received_length: number;
  expires: string;
  created_by: number;
  defer_commit: number;
};

const toSession = (r: SessionRow): UploadSession => ({
  id: r.id,
  driveId: r.drive_id,
  parentPath: JSON.parse(r.parent_path) as string[],
  anchorId: r.anchor_id,
  name: r.name,
  targetId: r.target_id,
  conflict: r.conflict === "replace" || r.conflict === "rename" ? r.conflict : "fail",
  total: r.total,
  receivedBytes: r.received_length,
  expires: r.expires,
  createdBy: r.created_by,
  deferCommit: r.defer_commit === 1,
});

export const SESSION_LIFETIME_MS = 15 * 60 * 1000;

export function createSession(
  db: Db,
  session: Omit<UploadSession, "id" | "receivedBytes" | "expires" | "total"> & {
    readonly total: number | null;
  },
): UploadSession {
  const id = randomBytes(24).toString("base64url");
  const expires = new Date(Date.now() + SESSION_LIFETIME_MS).toISOString();
  driveSchema(db)
    .prepare(
      `INSERT INTO upload_sessions (id, drive_id, parent_path, anchor_id, name, target_id, conflict, total, received, expires, created_by, defer_commit)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      session.driveId,
      JSON.stringify(session.parentPath),
      session.anchorId,
      session.name,
      session.targetId,
      session.conflict,
      session.total,
      Buffer.alloc(0),
      expires,
      session.createdBy,
      session.deferCommit ? 1 : 0,
    );
  const made = sessionById(db, id);
  if (!made) throw new Error("session was not stored");
  return made;
}

export function sessionById(db: Db, id: string): UploadSession | undefined {
  const row = driveSchema(db)
    .prepare<[string], SessionRow>(
      `SELECT id, drive_id, parent_path, anchor_id, name, target_id, conflict, total,
              length(received) AS received_length, expires, created_by, defer_commit
       FROM upload_sessions WHERE id = ?`,
    )
    .get(id);
  if (!row) return undefined;
  if (Date.parse(row.expires) < Date.now()) {
    deleteSession(db, id);
    return undefined;
  }
  return toSession(row);
}

export function appendToSession(db: Db, id: string, bytes: Uint8Array, total: number): void {
  // SQLite's || would read the blobs as text: join the bytes here.
  const received = Buffer.concat([sessionBytes(db, id), Buffer.from(bytes)]);
  db.prepare("UPDATE upload_sessions SET received = ?, total = ?, expires = ? WHERE id = ?").run(
    received,
    total,
    new Date(Date.now() + SESSION_LIFETIME_MS).toISOString(),
    id,
  );
}

export function sessionBytes(db: Db, id: string): Buffer {
  return (
    db
      .prepare<[string], { received: Buffer }>("SELECT received FROM upload_sessions WHERE id = ?")
      .get(id)?.received ?? Buffer.alloc(0)
  );
}

export function deleteSession(db: Db, id: string): void {
  db.prepare("DELETE FROM upload_sessions WHERE id = ?").run(id);
}
