/**
 * Finding any customer without an email (DESIGN §5): by a case reference, an email address, or
 * any word of the name (domain/nameSearch), for every role. What the text was read as is kept,
 * so "no case found" can say what was looked for.
 */
import { normaliseAddress } from "../domain/address";
import { parseCaseRef } from "../domain/caseRef";
import { nameWords } from "../domain/nameSearch";
import { type CaseSearchResult, type CaseStore, SEARCH_LIMIT } from "./ports";

export type CaseSearch =
  | {
      readonly kind: "results";
      /** How the text was read, for the "no case found" message. */
      readonly readAs: "reference" | "address" | "name";
      readonly query: string;
      readonly results: readonly CaseSearchResult[];
      /** More cases match than are shown: type more of the name. */
      readonly more: boolean;
    }
  | { readonly kind: "invalid"; readonly message: string };

/**
 * By reference (typed in any case, O read as 0 and I or L as 1), email address (normalised as
 * the store keeps them) or any words of the customer's name, in any order.
 */
export async function searchCases(store: CaseStore, text: string): Promise<CaseSearch> {
  const typed = text.trim();
  if (typed === "") {
    return { kind: "invalid", message: "Enter a name, a case reference or an email address." };
  }
  const ref = parseCaseRef(typed);
  if (ref.ok) return found("reference", ref.value, await store.searchCases(ref.value));
  if (typed.includes("@")) {
    const address = normaliseAddress(typed);
    if (!address.ok) {
      return { kind: "invalid", message: `"${typed}" is not a complete email address.` };
    }
    return found("address", address.value, await store.searchCases(address.value));
  }
  if (/^ucb-/i.test(typed)) return found("reference", typed, await store.searchCases(typed));
  if (!nameWords(typed).some((w) => w.length >= 2)) {
    return { kind: "invalid", message: "Enter at least two letters of a name." };
  }
  return found("name", typed, await store.searchCases(typed));
}

function found(
  readAs: "reference" | "address" | "name",
  query: string,
  results: readonly CaseSearchResult[],
): CaseSearch {
  return { kind: "results", readAs, query, results, more: results.length >= SEARCH_LIMIT };
}
