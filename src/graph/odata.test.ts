import { describe, expect, it } from "vitest";
import { anyOf, itemQueryString, quote } from "./odata";

/** The $filter as Graph reads it, after percent-decoding. */
function decodedFilter(query: string): string | null {
  return new URLSearchParams(query.slice(1)).get("$filter");
}

describe("OData literals", () => {
  it("doubles single quotes", () => {
    expect(quote("o'brien@example.org")).toBe("'o''brien@example.org'");
  });

  it("keeps a crafted address inside one literal", () => {
    const crafted = "x' or fields/Title ne '";
    const filter = anyOf("Title", [crafted]);
    expect(filter).toBe("fields/Title eq 'x'' or fields/Title ne '''");
    // Outside the literal there is exactly one comparison and no `or`.
    const outside = filter.replace(/'(?:[^']|'')*'/g, "LIT");
    expect(outside).toBe("fields/Title eq LIT");
  });

  it("joins several addresses with or, in brackets", () => {
    expect(anyOf("Title", ["a@x.org", "b@y.org"])).toBe(
      "(fields/Title eq 'a@x.org' or fields/Title eq 'b@y.org')",
    );
  });

  it("percent-encodes the filter so &, #, + and % survive the URL", () => {
    const value = "a&b+c#d%e@example.org";
    const qs = itemQueryString({ filter: anyOf("Title", [value]), top: 5 });
    expect(qs).not.toContain("&b");
    expect(qs).not.toContain("#");
    expect(decodedFilter(qs)).toBe(`fields/Title eq '${value}'`);
    expect(new URLSearchParams(qs.slice(1)).get("$top")).toBe("5");
  });

  it("selects fields inside $expand and orders by a field", () => {
    const qs = itemQueryString({ select: ["Title", "CaseRef"], orderBy: "ContactAt" });
    expect(qs).toBe("?$expand=fields($select=Title,CaseRef)&$orderby=fields/ContactAt");
  });
});
