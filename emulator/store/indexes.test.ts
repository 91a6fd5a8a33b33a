/**
 * An indexed SharePoint column must be a real SQLite index, so a lookup stays fast however long
 * the list grows (DESIGN §3: one indexed query per sender, never a scan).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseNewColumn } from "./column-definitions";
import { itemTable, openDatabase, type Db } from "./database";
import { insertItems } from "./items";
import { createList, listColumns } from "./lists";
import type { ListRecord } from "./model";
import { ensureSite } from "./sites";
import { compileFilter } from "../odata/filter-sql";
import { parseFilter } from "../odata/filter-parser";
import { resolveQueryField } from "../odata/query-fields";

let db: Db;
let list: ListRecord;
const ITEMS = 100_000;

function plan(filter: string): string {
  const columns = listColumns(db, list.n);
  const resolve = (name: string) => {
    const field = resolveQueryField(columns, name);
    if (!field) throw new Error(name);
    return field;
  };
  const condition = compileFilter(parseFilter(filter), resolve, "Europe/London");
  const rows = db
    .prepare<unknown[], { detail: string }>(
      `EXPLAIN QUERY PLAN SELECT * FROM ${itemTable(list.n)} WHERE ${condition.sql} ORDER BY id LIMIT 201`,
    )
    .all(...condition.params);
  return rows.map((r) => r.detail).join("\n");
}

beforeAll(() => {
  db = openDatabase(":memory:");
  const site = ensureSite(db, "council.sharepoint.com", "/sites/ucb");
  list = createList(
    db,
    site,
    {
      displayName: "UCB Addresses",
      description: "",
      columns: [
        parseNewColumn({ name: "CaseRef", text: {}, indexed: true }),
        parseNewColumn({ name: "Kind", choice: { choices: ["customer"] } }),
      ],
    },
    6,
  );
  const rows = Array.from({ length: ITEMS }, (_, i) => ({
    CaseRef: `UCB-${String(i).padStart(6, "0")}`,
    Kind: "customer",
  }));
  insertItems(db, list, rows, 6, "2026-01-01T00:00:00Z");
});
afterAll(() => db.close());

describe("indexed columns", () => {
  it("answers an eq filter on an indexed column through its index", () => {
    expect(plan("fields/CaseRef eq 'UCB-099999'")).toMatch(/USING INDEX "?ix_\d+_CaseRef/);
  });

  it("answers startswith on an indexed text column through its index", () => {
    expect(plan("startswith(fields/CaseRef,'UCB-0999')")).toMatch(/USING INDEX "?ix_\d+_CaseRef/);
  });

  it("uses the index SharePoint keeps on Created", () => {
    expect(plan("fields/Created eq '2026-01-01T00:00:00Z'")).toMatch(
      /USING INDEX "?sys_\d+_created/,
    );
  });

  it("scans for a column that is not indexed", () => {
    expect(plan("fields/Kind eq 'customer'")).toMatch(/SCAN/);
    expect(plan("fields/Kind eq 'customer'")).not.toMatch(/USING INDEX "?ix_/);
  });

  it(`finds one item among ${ITEMS.toLocaleString("en-GB")} in well under a millisecond on average`, () => {
    const columns = listColumns(db, list.n);
    const field = resolveQueryField(columns, "CaseRef");
    if (!field) throw new Error("CaseRef");
    const statement = db.prepare<[string], { id: number }>(
      `SELECT id FROM ${itemTable(list.n)} WHERE ${field.sql} = ? LIMIT 1`,
    );
    const started = performance.now();
    const rounds = 1000;
    for (let i = 0; i < rounds; i++) {
      expect(statement.get(`ucb-${String((i * 97) % ITEMS).padStart(6, "0")}`)).toBeDefined();
    }
    const perLookupMs = (performance.now() - started) / rounds;
    expect(perLookupMs).toBeLessThan(0.5);
  });
});
