import { describe, expect, it } from "vitest";
import { GraphHttpError } from "../http/graph-error";
import { conjuncts, fieldsOf, parseFilter } from "./filter-parser";

describe("parseFilter", () => {
  it("reads a comparison on a fields/ path with a quoted string", () => {
    expect(parseFilter("fields/Title eq 'o''brien@example.org'")).toEqual({
      kind: "compare",
      op: "eq",
      field: "Title",
      value: { type: "string", value: "o'brien@example.org" },
    });
  });

  it("keeps non-ASCII text as it is", () => {
    expect(parseFilter("fields/Name eq 'Zoë Ó Briain'")).toMatchObject({
      value: { type: "string", value: "Zoë Ó Briain" },
    });
  });

  it("reads numbers, booleans, null and unquoted ISO date-times", () => {
    expect(parseFilter("fields/N ge -2.5")).toMatchObject({
      value: { type: "number", value: -2.5 },
    });
    expect(parseFilter("fields/B eq true")).toMatchObject({
      value: { type: "boolean", value: true },
    });
    expect(parseFilter("fields/X eq null")).toMatchObject({ value: { type: "null" } });
    expect(parseFilter("fields/At lt 2026-01-01T00:00:00Z")).toMatchObject({
      value: { type: "dateTime", value: "2026-01-01T00:00:00Z" },
    });
  });

  it("binds and tighter than or, and honours parentheses", () => {
    const loose = parseFilter("fields/A eq 'a' or fields/B eq 'b' and fields/C eq 'c'");
    expect(loose).toMatchObject({ kind: "or", right: { kind: "and" } });
    const grouped = parseFilter("(fields/A eq 'a' or fields/B eq 'b') and fields/C eq 'c'");
    expect(grouped).toMatchObject({ kind: "and", left: { kind: "or" } });
    expect(conjuncts(grouped)).toHaveLength(2);
    expect(fieldsOf(grouped)).toEqual(["A", "B", "C"]);
  });

  it("reads startswith and operators in any case", () => {
    expect(parseFilter("startswith(fields/Title,'ab') AND fields/N EQ 1")).toMatchObject({
      kind: "and",
      left: { kind: "startswith", field: "Title", value: "ab" },
      right: { kind: "compare", op: "eq" },
    });
  });

  it.each([
    ["createdDateTime ge '2025-01-01'", /fields\/\{name\}/],
    ["fields/Title eq 'open", /not closed/],
    ["fields/Title eq", /ends too early/],
    ["contains(fields/Title,'a')", /not supported/],
    ["fields/Title like 'a'", /comparison operator/],
    ["fields/Title eq 'a' extra", /unexpected/],
    ["", /empty/],
  ])("refuses %j with a 400", (filter, message) => {
    let error: unknown;
    try {
      parseFilter(filter);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphHttpError);
    expect(error).toMatchObject({ status: 400, code: "invalidRequest" });
    expect((error as Error).message).toMatch(message);
  });
});
