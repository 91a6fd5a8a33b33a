import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { LIST_NAMES, SCHEMA } from "../schema";
import { normaliseCaml, onOrBeforeToday, viewQuery } from "./caml";
import { queryOf, VIEWS, viewsOfList } from "./spec";

describe("the views' spec", () => {
  it("gives every list that has views exactly one default view, and unique titles", () => {
    for (const list of LIST_NAMES) {
      const views = viewsOfList(list);
      if (views.length === 0) continue;
      expect(
        views.filter((v) => v.isDefault),
        list,
      ).toHaveLength(1);
      expect(new Set(views.map((v) => v.title)).size, list).toBe(views.length);
    }
  });

  it("shows only columns the list has, each once", () => {
    for (const v of VIEWS) {
      const names = new Set<string>([
        ...SCHEMA[v.list].columns.map((c) => c.name),
        "LinkTitle",
        "ID",
        "Created",
        "Modified",
      ]);
      expect(
        v.columns.filter((c) => !names.has(c)),
        v.title,
      ).toEqual([]);
      expect(new Set(v.columns).size, v.title).toBe(v.columns.length);
      expect(v.columns, v.title).not.toContain("Terms");
    }
  });

  it("writes each query as well-formed CAML in SharePoint's stored form", () => {
    for (const v of VIEWS) {
      const query = queryOf(v);
      const doc = new DOMParser().parseFromString(`<Query>${query}</Query>`, "text/xml");
      expect(doc.documentElement?.tagName, v.title).toBe("Query");
      expect(normaliseCaml(query), v.title).toBe(query);
    }
    expect(
      viewQuery({
        where: onOrBeforeToday("ReviewDue", 30),
        orderBy: [{ field: "ReviewDue", ascending: true }],
      }),
    ).toBe(
      '<Where><Leq><FieldRef Name="ReviewDue" /><Value Type="DateTime"><Today OffsetDays="30" /></Value></Leq></Where><OrderBy><FieldRef Name="ReviewDue" /></OrderBy>',
    );
  });

  it("reads CAML written another way as the same query", () => {
    expect(
      normaliseCaml(`<Where>
        <Eq><FieldRef Name='Stage'/><Value Type='Choice'>Restricted</Value></Eq>
      </Where>`),
    ).toBe(
      '<Where><Eq><FieldRef Name="Stage" /><Value Type="Choice">Restricted</Value></Eq></Where>',
    );
  });
});
