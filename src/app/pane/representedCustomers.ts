/**
 * A representative who acts for several restricted customers writes to frontline staff: they
 * see as little as handling this message needs (need to know, docs/decisions.md).
 * - The message names one or more of the customers (their surname in the subject): those
 *   customers' cases only; the others are not this message's business.
 * - It names none: one case, the one whose terms this message meets most seriously, without the
 *   customer's name, so staff know the sender's contact is restricted, the strictest terms and
 *   whom to pass it to, and learn no other customer's name.
 * Deciding roles see every case, as before.
 */
import { nameWords } from "../../domain/nameSearch";
import type { CaseSummaryView } from "./types";

/** The customer's surname (the last word of the name) is a word of the subject. */
function named(view: CaseSummaryView, subject: string): boolean {
  const surname = nameWords(view.customerName).at(-1);
  return surname !== undefined && nameWords(subject).includes(surname);
}

export function withholdOtherCustomers(
  /** Most serious first (messageCheck's order). */
  cases: readonly CaseSummaryView[],
  subject: string,
): readonly CaseSummaryView[] {
  const represented = cases.filter((c) => c.matchedAs === "representative");
  if (represented.length < 2) return cases;
  const mentioned = represented.filter((c) => named(c, subject));
  if (mentioned.length > 0) {
    return cases.filter((c) => c.matchedAs !== "representative" || mentioned.includes(c));
  }
  const strictest = represented[0];
  const customerName = `One of the ${represented.length} customers this sender represents`;
  return cases.flatMap((c) => {
    if (c.matchedAs !== "representative") return [c];
    return c === strictest ? [{ ...c, customerName }] : [];
  });
}
