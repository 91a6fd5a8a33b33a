import { describe, expect, it } from "vitest";
import {
  domainOf,
  includesAddress,
  normaliseAddress,
  normaliseDomain,
  parseAddressList,
  sameAddress,
} from "./address";

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
    // Internationalised addresses (RFC 6531): the local part in Unicode NFC, lower case; the
    // domain in its DNS form, so a Unicode domain and its Punycode are one address.
    ["Jürgen.Müller@Bücher.Example", "jürgen.müller@xn--bcher-kva.example"],
    ["Ju\u0308rgen <ju\u0308rgen@xn--bcher-kva.example>", "jürgen@xn--bcher-kva.example"],
    ["siobhán.o'brien@example.ie", "siobhán.o'brien@example.ie"],
    ["用户@例子.广告", "用户@xn--fsqu00a.xn--4rr70v"],
    ["δοκιμή@παράδειγμα.δοκιμή", "δοκιμή@xn--hxajbheg2az3al.xn--jxalpdlp"],
    ["Дмитрий@Пример.рф", "дмитрий@xn--e1afmkfd.xn--p1ai"],
    ["x@ｅｘａｍｐｌｅ.org", "x@example.org"],
    ["info@例え。テスト", "info@xn--r8jz45g.xn--zckzah"],
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
    ["jo\u200b@example.org", 'the part before "@"'],
    ["jö bloggs@example.org", 'the part before "@"'],
    [`${"é".repeat(33)}@example.org`, 'the part before "@"'],
    ["jo@bü_cher.example", '"bü_cher.example" is not a valid domain'],
    ["jo@-bücher.example", '"-bücher.example" is not a valid domain'],
    ["jo@example.1a", '"example.1a" is not a valid domain'],
    [`jo@${"ü".repeat(60)}.example`, "is not a valid domain"],
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

describe("normaliseDomain and domainOf", () => {
  it.each([
    ["Portsmouth.gov.uk", "portsmouth.gov.uk"],
    ["@council.example", "council.example"],
    ["Bücher.example", "xn--bcher-kva.example"],
    ["not a domain", undefined],
    ["localhost", undefined],
  ])("reads the domain %j as %s", (raw, expected) => {
    expect(normaliseDomain(raw)).toBe(expected);
  });

  it("gives the domain of a normalised address in the same form", () => {
    const address = normaliseAddress("Jürgen <jürgen@Bücher.example>");
    expect(address.ok && domainOf(address.value)).toBe("xn--bcher-kva.example");
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
    ["JÜRGEN@bücher.example", "jürgen@xn--bcher-kva.example", true],
    ["ju\u0308rgen@bücher.example", "jürgen@bücher.example", true],
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
