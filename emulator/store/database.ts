/**
 * The SQLite file behind the emulator. Every list gets a table of its own (`items_{n}`) with one
 * typed SQL column per list column, so an indexed SharePoint column is a real SQLite index and
 * a lookup on it stays fast however long the list grows.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY,
  hostname TEXT NOT NULL COLLATE NOCASE,
  path TEXT NOT NULL COLLATE NOCASE,
  site_guid TEXT NOT NULL,
  web_guid TEXT NOT NULL,
  display_name TEXT NOT NULL,
  name TEXT NOT NULL,
  created TEXT NOT NULL,
  UNIQUE (hostname, path)
);
CREATE TABLE IF NOT EXISTS lists (
  n INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE COLLATE NOCASE,
  site_id TEXT NOT NULL REFERENCES sites(id),
  display_name TEXT NOT NULL COLLATE NOCASE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  template TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  created_by INTEGER NOT NULL,
  modified_by INTEGER NOT NULL,
  version INTEGER NOT NULL,
  UNIQUE (site_id, display_name)
);
CREATE TABLE IF NOT EXISTS columns (
  list_n INTEGER NOT NULL REFERENCES lists(n) ON DELETE CASCADE,
  name TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (list_n, name)
);
CREATE TABLE IF NOT EXISTS site_users (
  site_id TEXT NOT NULL,
  lookup_id INTEGER NOT NULL,
  upn TEXT NOT NULL COLLATE NOCASE,
  aad_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  PRIMARY KEY (site_id, lookup_id),
  UNIQUE (site_id, upn)
);
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  list_n INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  deleted INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_by_list ON changes (list_n, seq);
`;

export function openDatabase(file: string): Db {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  if (file !== ":memory:") {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
  }
  db.pragma("foreign_keys = ON");
  db.exec(SCHEMA);
  return db;
}

/** A SQL identifier. Names reaching here are already restricted to [A-Za-z0-9_]. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export const itemTable = (listN: number): string => ident(`items_${listN}`);

/** The SQL column holding a list column's values. */
export const valueColumn = (columnName: string): string => ident(`c_${columnName}`);
