import { refuse } from "./result";
import type { CaseRef, Result } from "./types";

/** Crockford's base32: no I, L, O or U, so a reference read aloud or retyped stays unambiguous. */
export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_LENGTH = 6;
const PATTERN = /^UCB-(\d{4})-([0-9A-HJKMNP-TV-Z]{6})$/;

/**
 * Reads a reference as people type it: spaces trimmed, any case. Following Crockford, the
 * look-alike letters O, I and L in the random part are read as 0, 1 and 1.
 */
export function parseCaseRef(raw: string): Result<CaseRef> {
  const upper = raw.trim().toUpperCase();
  const lastDash = upper.lastIndexOf("-");
  const repaired =
    upper.slice(0, lastDash + 1) +
    upper
      .slice(lastDash + 1)
      .replace(/O/g, "0")
      .replace(/[IL]/g, "1");
  if (!PATTERN.test(repaired)) {
    const shown = raw.trim().slice(0, 40);
    return refuse(
      "invalidCaseRef",
      `"${shown}" is not a case reference; references look like UCB-2026-7KQ2MX.`,
    );
  }
  return { ok: true, value: repaired as CaseRef };
}

/**
 * A fresh reference for `year`. `randomSource` returns numbers in [0, 1) (Math.random or a
 * seeded source in tests). 32^6 ≈ 10^9 references a year: the store still refuses duplicates.
 */
export function newCaseRef(year: number, randomSource: () => number): CaseRef {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`newCaseRef: year must be a four-digit whole number, not ${year}`);
  }
  let random = "";
  for (let i = 0; i < RANDOM_LENGTH; i += 1) {
    const r = randomSource();
    if (!(r >= 0 && r < 1)) {
      throw new RangeError(`newCaseRef: randomSource must return a number in [0, 1), not ${r}`);
    }
    random += CROCKFORD_ALPHABET.charAt(Math.floor(r * CROCKFORD_ALPHABET.length));
  }
  return `UCB-${year}-${random}` as CaseRef;
}
