import { describe, expect, it } from "vitest";
import { caseFileFields } from "./mappers/case-file-fields";
import { registerFields } from "./mappers/register-fields";
import { LIST_NAMES, SCHEMA, toColumnDefinition, type ColumnSpec } from "./schema";
import { CASE_FILE, RESTRICTED_ENTRY } from "./testing/samples";

describe("list schema", () => {
  it.each(LIST_NAMES)("%s stays within SharePoint's 20 indexed columns", (list) => {
    const indexed = SCHEMA[list].columns.filter((c: ColumnSpec) => c.indexed);
    expect(indexed.length).toBeLessThanOrEqual(20);
  });

  it.each(LIST_NAMES)("%s: every unique column is indexed, as SharePoint requires", (list) => {
    for (const c of SCHEMA[list].columns as readonly ColumnSpec[]) {
      if (c.unique) expect(c.indexed, c.name).toBe(true);
    }
  });

  it.each(LIST_NAMES)("%s: internal names are unique SharePoint-safe identifiers", (list) => {
    const names = SCHEMA[list].columns.map((c: ColumnSpec) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,31}$/);
    expect(names[0]).toBe("Title");
  });

  it("keeps every filtered or ordered column indexed (DESIGN §3)", () => {
    const indexed = (list: keyof typeof SCHEMA, name: string) =>
      (SCHEMA[list].columns as readonly ColumnSpec[]).find((c) => c.name === name)?.indexed;
    expect(indexed("addresses", "Title")).toBe(true);
    expect(indexed("register", "Title")).toBe(true);
    expect(indexed("register", "CustomerNameKey")).toBe(true);
    expect(indexed("contacts", "CaseRef")).toBe(true);
    expect(indexed("contacts", "ContactAt")).toBe(true);
    expect(indexed("contacts", "ClientId")).toBe(true);
    expect(indexed("caseEvents", "At")).toBe(true);
  });

  it("writes exactly the register's and case file's columns", () => {
    const names = (list: "register" | "caseFiles") =>
      SCHEMA[list].columns.map((c: ColumnSpec) => c.name).sort();
    expect(Object.keys(registerFields(RESTRICTED_ENTRY)).sort()).toEqual(names("register"));
    expect(Object.keys(caseFileFields(CASE_FILE)).sort()).toEqual(names("caseFiles"));
  });

  it("describes columns to Graph with one type facet each", () => {
    const stage = SCHEMA.register.columns.find((c: ColumnSpec) => c.name === "Stage");
    expect(stage && toColumnDefinition(stage)).toEqual({
      name: "Stage",
      displayName: "Stage",
      description: expect.any(String) as string,
      indexed: true,
      required: true,
      enforceUniqueValues: false,
      choice: {
        choices: [
          "Step one",
          "Monitoring",
          "Referred",
          "Assessed",
          "Restricted",
          "Ended",
          "Closed",
        ],
        allowTextEntry: false,
        displayAs: "dropDownMenu",
      },
    });
    const end = SCHEMA.register.columns.find((c: ColumnSpec) => c.name === "RestrictionEnd");
    expect(end && toColumnDefinition(end).dateTime).toEqual({
      format: "dateOnly",
      displayAs: "default",
    });
  });
});
