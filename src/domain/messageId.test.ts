import { describe, expect, it } from "vitest";
import { normaliseMessageId, sameMessageId } from "./messageId";

describe("normaliseMessageId", () => {
  it.each([
    ["<CA+1@mail.example.org>", "<CA+1@mail.example.org>"],
    ["CA+1@mail.example.org", "<CA+1@mail.example.org>"], // Outlook on Mac
    ["  <CA+1@mail.example.org>  ", "<CA+1@mail.example.org>"],
    ["< CA+1@mail.example.org >", "<CA+1@mail.example.org>"],
    ["<Ab@X.example>", "<Ab@X.example>"], // case kept
  ])("%j is %j", (raw, expected) => {
    expect(normaliseMessageId(raw)).toBe(expected);
  });

  it.each([[undefined], [null], [""], ["  "], ["<>"], ["<a b@c>"], ["a<b@c"]])(
    "%j is no id",
    (raw) => {
      expect(normaliseMessageId(raw)).toBeUndefined();
    },
  );
});

describe("sameMessageId", () => {
  it("matches an id with and without its brackets", () => {
    expect(sameMessageId("a@b.example", "<a@b.example>")).toBe(true);
  });
  it("never matches a missing id, even another missing one", () => {
    expect(sameMessageId(undefined, undefined)).toBe(false);
    expect(sameMessageId("<a@b>", "<c@d>")).toBe(false);
  });
});
