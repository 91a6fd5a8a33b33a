/**
 * What SharePoint REST adds to a list and Graph cannot see: its views (with their fields and
 * CAML query) and each field's CustomFormatter. Kept in the same SQLite file as the lists, and
 * dropped with them.
 */
import type { Db } from "../store/database";
import { newGuid } from "../util/ids";

export type ViewRecord = {
  readonly id: string;
  readonly title: string;
  /** The .aspx file name without extension: "AllItems", "Reviewsdue", "Reviewsdue1". */
  readonly urlName: string;
  readonly defaultView: boolean;
  readonly hidden: boolean;
  readonly rowLimit: number;
  readonly paged: boolean;
  /** Inner CAML (<Where>, <OrderBy>, <GroupBy>), stored as SharePoint re-serialises it. */
  readonly viewQuery: string;
  readonly viewFields: readonly string[];
  readonly customFormatter: string;
  readonly scope: number;
  readonly jsLink: string;
  readonly mobileView: boolean;
  readonly mobileDefaultView: boolean;
  readonly tabularView: boolean;
  readonly includeRootFolder: boolean;
  readonly aggregations: string | null;
  readonly aggregationsStatus: string | null;
};

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sp_views (
  id TEXT PRIMARY KEY COLLATE NOCASE,
  list_n INTEGER NOT NULL REFERENCES lists(n) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  definition TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sp_views_by_list ON sp_views (list_n, seq);
CREATE TABLE IF NOT EXISTS sp_field_formatters (
  list_n INTEGER NOT NULL REFERENCES lists(n) ON DELETE CASCADE,
  field TEXT NOT NULL COLLATE NOCASE,
  custom_formatter TEXT NOT NULL,
  PRIMARY KEY (list_n, field)
);
`;

export function ensureSharePointTables(db: Db): void {
  db.exec(SCHEMA);
}

export function listViews(db: Db, listN: number): ViewRecord[] {
  return db
    .prepare<[number], { definition: string }>(
      "SELECT definition FROM sp_views WHERE list_n = ? ORDER BY seq",
    )
    .all(listN)
    .map((r) => JSON.parse(r.definition) as ViewRecord);
}

export function saveView(db: Db, listN: number, view: ViewRecord): void {
  db.transaction(() => {
    if (view.defaultView) {
      // One default view per list: a new default clears the old one.
      for (const other of listViews(db, listN)) {
        if (other.id !== view.id && other.defaultView) {
          writeView(db, listN, { ...other, defaultView: false });
        }
      }
    }
    writeView(db, listN, view);
  })();
}

function writeView(db: Db, listN: number, view: ViewRecord): void {
  const existing = db
    .prepare<[string], { seq: number }>("SELECT seq FROM sp_views WHERE id = ?")
    .get(view.id);
  if (existing) {
    db.prepare("UPDATE sp_views SET definition = ? WHERE id = ?").run(
      JSON.stringify(view),
      view.id,
    );
    return;
  }
  const next =
    db
      .prepare<[number], { m: number | null }>(
        "SELECT MAX(seq) AS m FROM sp_views WHERE list_n = ?",
      )
      .get(listN)?.m ?? 0;
  db.prepare("INSERT INTO sp_views (id, list_n, seq, definition) VALUES (?, ?, ?, ?)").run(
    view.id,
    listN,
    next + 1,
    JSON.stringify(view),
  );
}

export function deleteView(db: Db, id: string): void {
  db.prepare("DELETE FROM sp_views WHERE id = ?").run(id);
}

/** A URL name no other view of the list has: SharePoint accepts duplicate titles this way. */
export function freeUrlName(views: readonly ViewRecord[], title: string): string {
  const base = title.replace(/[^A-Za-z0-9]/g, "") || "View";
  const taken = new Set(views.map((v) => v.urlName.toLowerCase()));
  let name = base;
  for (let i = 1; taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
  return name;
}

export function newView(
  views: readonly ViewRecord[],
  title: string,
  fields: readonly string[],
  overrides: Partial<ViewRecord> = {},
): ViewRecord {
  return {
    id: newGuid(),
    title,
    urlName: freeUrlName(views, title),
    defaultView: false,
    hidden: false,
    rowLimit: 30,
    paged: true,
    viewQuery: "",
    viewFields: fields,
    customFormatter: "",
    scope: 0,
    jsLink: "clienttemplates.js",
    mobileView: false,
    mobileDefaultView: false,
    tabularView: true,
    includeRootFolder: false,
    aggregations: null,
    aggregationsStatus: null,
    ...overrides,
  };
}

export function fieldFormatter(db: Db, listN: number, field: string): string | null {
  return (
    db
      .prepare<[number, string], { custom_formatter: string }>(
        "SELECT custom_formatter FROM sp_field_formatters WHERE list_n = ? AND field = ?",
      )
      .get(listN, field)?.custom_formatter ?? null
  );
}

export function setFieldFormatter(db: Db, listN: number, field: string, formatter: string): void {
  db.prepare(
    `INSERT INTO sp_field_formatters (list_n, field, custom_formatter) VALUES (?, ?, ?)
     ON CONFLICT (list_n, field) DO UPDATE SET custom_formatter = excluded.custom_formatter`,
  ).run(listN, field, formatter);
}
