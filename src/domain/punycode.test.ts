import { describe, expect, it } from "vitest";
import { punycodeEncode } from "./punycode";

describe("punycodeEncode (RFC 3492)", () => {
  // Samples from RFC 3492 section 7.1 (lower-cased), and labels as IDNA writes them.
  it.each([
    ["bücher", "bcher-kva"],
    ["münchen", "mnchen-3ya"],
    ["ß", "zca"],
    ["пример", "e1afmkfd"],
    ["例え", "r8jz45g"],
    ["他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"],
    ["pročprostěnemluvíčesky", "proprostnemluvesky-uyb24dma41a"],
    ["3年b組金八先生", "3b-ww4c5e180e575a65lsy2b"],
    ["安室奈美恵-with-super-monkeys", "-with-super-monkeys-pc58ag80a8qai00g7n9n"],
  ])("encodes %s as %s", (label, encoded) => {
    expect(punycodeEncode(label)).toBe(encoded);
  });
});
