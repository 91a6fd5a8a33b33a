import { describe, expect, it } from "vitest";
import { afterPosition, decodeSkipToken, encodeSkipToken, type SortTerm } from "./paging";

describe("skiptoken", () => {
  it("is base64 of Paged=TRUE&p_ID=<last id>, as captured from Graph", () => {
    expect(encodeSkipToken({ lastId: 1, sortValues: new Map() }, [])).toBe(
      "UGFnZWQ9VFJVRSZwX0lEPTE",
    );
    expect(decodeSkipToken("UGFnZWQ9VFJVRSZwX0lEPTE", [])).toEqual({
      lastId: 1,
      sortValues: new Map(),
    });
  });

  it("carries the last row's sort values, and survives a query string", () => {
    const terms: SortTerm[] = [{ field: "Title", sql: '"c_Title"', descending: false }];
    const token = encodeSkipToken({ lastId: 7, sortValues: new Map([["Title", "a+b/c?"]]) }, terms);
    expect(token).not.toMatch(/[+/=]/);
    expect(decodeSkipToken(decodeURIComponent(token), terms)).toEqual({
      lastId: 7,
      sortValues: new Map([["Title", "a+b/c?"]]),
    });
  });

  it("refuses a token it did not make", () => {
    expect(() => decodeSkipToken("bm90IGEgdG9rZW4", [])).toThrow(/skiptoken/);
    expect(() => decodeSkipToken("!!", [])).toThrow(/skiptoken/);
  });

  it("continues after the last row, ID breaking ties", () => {
    const terms: SortTerm[] = [{ field: "N", sql: "n", descending: true }];
    const after = afterPosition(
      terms,
      { lastId: 4, sortValues: new Map([["N", 10]]) },
      (_t, v) => v,
    );
    expect(after.sql).toBe("(((n < ? OR n IS NULL)) OR (n = ? AND id > ?))");
    expect(after.params).toEqual([10, 10, 4]);
  });
});
