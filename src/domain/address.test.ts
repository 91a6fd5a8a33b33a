import { describe, expect, it } from "vitest";
import { includesAddress, normaliseAddress, parseAddressList, sameAddress } from "./address";

describe("normaliseAddress", () => {
  it.each([
    ["Jo@Example.org", "jo@example.org"],
    ["   jo@example.org\t", "jo@example.org"],
    ["Jo Bloggs <Jo@Example.org>", "jo@example.org"],
    ['"Bloggs, Jo" <jo@example.org>', "jo@example.org"],
    ["'Jo Bloggs' <jo@example.org>  ", "jo@example.org"],
    ["<jo@example.org>", "jo@example.org"],
    ["mailto:Jo@Example.org", "jo@example.org"],
    ["Jo <MAILTO:jo@example.org>", "jo@example.org"],
    ["mailto:jo@example.org?subject=Bins", "jo@example.org"],
    ["o'brien@example.org", "o'brien@example.org"],
    ["O'Brien <O'Brien@Example.org>", "o'brien@example.org"],
    ["jo+council@example.org", "jo+council@example.org"],
    ["first.last@housing.portsmouthcc.gov.uk", "first.last@housing.portsmouthcc.gov.uk"],
    ["jo_bloggs-1@xn--bcher-kva.example", "jo_bloggs-1@xn--bcher-kva.example"],
  ])("reads %j as %s", (raw, expected) => {
    expect(normaliseAddress(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["jo.example.org", 'it needs exactly one "@"'],
    ["jo@@example.org", 'it needs exactly one "@"'],
    ["jo@home@example.org", 'it needs exactly one "@"'],
    ["@example.org", 'the part before "@"'],
    [".jo@example.org", 'the part before "@"'],
    ["jo..bloggs@example.org", 'the part before "@"'],
    ["jo bloggs@example.org", 'the part before "@"'],
    [`${"a".repeat(65)}@example.org`, 'the part before "@"'],
    ["jo@example", '"example" is not a valid domain'],
    ["jo@-example.org", '"-example.org" is not a valid domain'],
    ["jo@example.c", '"example.c" is not a valid domain'],
    ["jo@exa_mple.org", '"exa_mple.org" is not a valid domain'],
    ["jo@", '"" is not a valid domain'],
    ["Jo Bloggs", 'it needs exactly one "@"'],
  ])("refuses %j, naming it and saying why", (raw, why) => {
    const result = normaliseAddress(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalidAddress");
    expect(result.error.message).toContain(`"${raw.slice(0, 80)}`);
    expect(result.error.message).toContain(why);
  });

  it("refuses an address longer than 254 characters", () => {
    const raw = `jo@${["a", "b", "c", "d", "e"].map((l) => l.repeat(60)).join(".")}.org`;
    const result = normaliseAddress(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain("longer than 254 characters");
  });

  it("shortens a huge input in the message", () => {
    const result = normaliseAddress("x".repeat(5000));
    expect(!result.ok && result.error.message.length).toBeLessThan(200);
    expect(!result.ok && result.error.message).toContain("…");
  });

  it.each(["", "   "])("asks for an address when given %j", (raw) => {
    expect(normaliseAddress(raw)).toEqual({
      ok: false,
      error: { code: "invalidAddress", message: "An email address is needed, but none was given." },
    });
  });
});

describe("parseAddressList", () => {
  it.each([
    [
      "a@example.org, Jo <B@example.org>; c@example.org",
      ["a@example.org", "b@example.org", "c@example.org"],
    ],
    ['"Bloggs, Jo" <jo@example.org>, amy@example.org', ["jo@example.org", "amy@example.org"]],
    ['"Smith; Sam" <sam@example.org>', ["sam@example.org"]],
    ["A@example.org, a@example.org", ["a@example.org"]],
    [" , ; ", []],
    ["", []],
  ])("reads %j", (raw, expected) => {
    expect(parseAddressList(raw)).toEqual({ ok: true, value: expected });
  });

  it("refuses the list at the first bad address, naming it", () => {
    const result = parseAddressList("a@example.org, nobody, c@example.org");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('"nobody"');
  });
});

describe("sameAddress and includesAddress", () => {
  it.each([
    ["Jo <JO@example.org>", "jo@example.org", true],
    ["mailto:jo@example.org", " Jo@Example.org ", true],
    ["jo@example.org", "jb@example.org", false],
    ["not an address", "not an address", false],
  ])("%j and %j are the same: %s", (a, b, same) => {
    expect(sameAddress(a, b)).toBe(same);
  });

  it("finds an address in a list whatever its case or display name", () => {
    expect(
      includesAddress(
        ["x@example.org", "Priya <Priya.Shah@example.org>"],
        "priya.shah@example.org",
      ),
    ).toBe(true);
    expect(includesAddress(["x@example.org"], "priya.shah@example.org")).toBe(false);
  });
});
