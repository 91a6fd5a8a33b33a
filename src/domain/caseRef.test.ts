import { describe, expect, it } from "vitest";
import { CROCKFORD_ALPHABET, newCaseRef, parseCaseRef } from "./caseRef";

describe("parseCaseRef", () => {
  it.each([
    ["UCB-2026-7KQ2MX", "UCB-2026-7KQ2MX"],
    ["  ucb-2026-7kq2mx ", "UCB-2026-7KQ2MX"],
    ["UCB-2026-0OIL1Z", "UCB-2026-00111Z"],
  ])("reads %j as %s", (raw, expected) => {
    expect(parseCaseRef(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    "UCB-2026-7KQ2M",
    "UCB-2026-7KQ2MXX",
    "UCB-26-7KQ2MX",
    "ABC-2026-7KQ2MX",
    "UCB-2026-7KQ2MU",
    "UCB 2026 7KQ2MX",
    "",
  ])("refuses %j and shows the expected form", (raw) => {
    expect(parseCaseRef(raw)).toEqual({
      ok: false,
      error: {
        code: "invalidCaseRef",
        message: `"${raw}" is not a case reference; references look like UCB-2026-7KQ2MX.`,
      },
    });
  });
});

describe("newCaseRef", () => {
  it("uses Crockford's alphabet, without I, L, O or U", () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it.each([
    [[0], "UCB-2026-000000"],
    [[0.999999], "UCB-2026-ZZZZZZ"],
    [[0, 1 / 32, 2 / 32, 10 / 32, 18 / 32, 31 / 32], "UCB-2026-012AJZ"],
  ])("turns random numbers %j into %s", (numbers, expected) => {
    let i = 0;
    const source = () => numbers[i++ % numbers.length] ?? 0;
    expect(newCaseRef(2026, source)).toBe(expected);
  });

  it("makes references that parse back to themselves", () => {
    let seed = 7;
    const source = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let n = 0; n < 50; n += 1) {
      const ref = newCaseRef(2027, source);
      expect(parseCaseRef(ref)).toEqual({ ok: true, value: ref });
    }
  });

  it.each([[999], [10000], [2026.5]])("refuses year %s", (year) => {
    expect(() => newCaseRef(year, () => 0)).toThrow(RangeError);
  });

  it.each([[1], [-0.1], [Number.NaN]])("refuses a random source that returns %s", (r) => {
    expect(() => newCaseRef(2026, () => r)).toThrow(/\[0, 1\)/);
  });
});
