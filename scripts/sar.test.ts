import { describe, expect, it } from "vitest";
import { subjectQuery } from "./sar";

describe("npm run sar: who the request is about", () => {
  it.each([
    [{ name: "  Jo Bloggs " }, { by: "name", name: "Jo Bloggs" }],
    [{ address: " jo@example.org" }, { by: "address", address: "jo@example.org" }],
    [{ case: ["UCB-2026-7KQ2MX"] }, { by: "case", refs: ["UCB-2026-7KQ2MX"] }],
  ])("reads %j", (values, query) => {
    expect(subjectQuery(values)).toEqual(query);
  });

  it.each([
    [{}, /Give one of --name, --address or --case/],
    [{ name: "Jo", address: "jo@example.org" }, /Give one of/],
    [{ name: "  " }, /--name must not be empty/],
    [{ case: ["7KQ2MX"] }, /--case must be a case reference/],
  ])("refuses %j in words", (values, message) => {
    expect(() => subjectQuery(values)).toThrow(message);
  });
});
