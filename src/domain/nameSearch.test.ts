import { describe, expect, it } from "vitest";
import { bySurname, nameMatches, nameWords, searchWord } from "./nameSearch";

describe("finding a customer by any word of the name", () => {
  it.each([
    ["Siobhán O’Brien", ["siobhan", "obrien"]],
    ["Jürgen Schäfer", ["jurgen", "schafer"]],
    ["Mary-Jane  d'Arcy", ["mary", "jane", "darcy"]],
    ["Łukasz Dvořák", ["lukasz", "dvorak"]],
    ["Gößmann Ørsted", ["gossmann", "orsted"]],
    ["Zoë Zoë", ["zoe"]],
    ["  ", []],
  ])("folds %s into the words it is found by", (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });

  it.each([
    ["o'brien", true],
    ["obrien", true],
    ["O’BRIEN", true],
    ["brien", false],
    ["siob", true],
    ["obrien siobhan", true],
    ["obrien mary", false],
    ["schafer", false],
  ])("Siobhán O’Brien matches %s: %s", (query, expected) => {
    expect(nameMatches("Siobhán O’Brien", query)).toBe(expected);
  });

  it("finds Schäfer by schafer, and asks the index for the longest word typed", () => {
    expect(nameMatches("Jürgen Schäfer", "schafer")).toBe(true);
    expect(searchWord("jo o'brien")).toBe("obrien");
    expect(searchWord("'")).toBeUndefined();
  });

  it("lists customers surname first", () => {
    const names = ["Amy Brown", "Jo Bloggs", "Siobhán O’Brien", "Aaron Zed", "Bea Bloggs"];
    expect([...names].sort(bySurname)).toEqual([
      "Bea Bloggs",
      "Jo Bloggs",
      "Amy Brown",
      "Siobhán O’Brien",
      "Aaron Zed",
    ]);
  });
});
