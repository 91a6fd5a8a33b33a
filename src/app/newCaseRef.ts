/** A reference for a new case, drawn from the id generator: step one and immediate action. */
import { newCaseRef } from "../domain/caseRef";
import type { CaseRef } from "../domain/types";
import type { IdGenerator } from "./ports";

/**
 * A reference drawn from a fresh UUID: two hex digits a character (256 = 8 × 32, no bias),
 * read from the end, where a version 4 UUID is all random.
 */
export function freshRef(ids: IdGenerator, year: number): CaseRef {
  const hex = ids.newId().replace(/[^0-9a-f]/gi, "");
  let end = hex.length;
  return newCaseRef(year, () => {
    const pair = hex.slice(Math.max(0, end - 2), end);
    end -= 2;
    if (pair.length < 2) return Math.random();
    // Low nibble first: ids that differ only in their last digit still give different refs.
    return parseInt(`${pair.charAt(1)}${pair.charAt(0)}`, 16) / 256;
  });
}

/** createCase is idempotent on the reference: a clash is retried this often with a new one. */
export const MAX_REF_ATTEMPTS = 3;
