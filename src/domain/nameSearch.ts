/**
 * Finding a customer by any word of the name (DESIGN §5): names and what staff type are folded
 * the same way, so "O’Brien", "o'brien" and "obrien" agree and "schafer" finds "Schäfer". The
 * store keeps one indexed item per folded word; a search asks for the longest word typed and
 * keeps the names every typed word starts a word of, in any order ("obrien mary").
 */

/** Letters that have no accent to strip but that people type without (ß, æ, ø…). */
const LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Apostrophes of every kind: "O’Brien" is typed "obrien" or "o'brien". */
const APOSTROPHES = /['’‘`´ʼ]/g;

/** Lower case, accents and apostrophes removed; words split at spaces, hyphens and the like. */
export function nameWords(text: string): readonly string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LETTERS[c] ?? c)
    .replace(APOSTROPHES, "");
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ""))];
}

/** The word to ask the index for: the longest one typed (the fewest names start with it). */
export function searchWord(query: string): string | undefined {
  return [...nameWords(query)].sort((a, b) => b.length - a.length)[0];
}

/** Every word typed starts a word of the name, in any order. */
export function nameMatches(name: string, query: string): boolean {
  const words = nameWords(name);
  return nameWords(query).every((typed) => words.some((w) => w.startsWith(typed)));
}

/**
 * Surname first, for lists of customers: by the last word of the name, then the rest
 * ("Bloggs, Jo" before "Brown, Amy"), the way staff look a caller up.
 */
export function bySurname(a: string, b: string): number {
  const key = (name: string) => {
    const words = nameWords(name);
    return [words[words.length - 1] ?? "", ...words.slice(0, -1)].join(" ");
  };
  return key(a).localeCompare(key(b), "en-GB");
}
