/** The item queries the store sends, in one place so direct GETs and $batch entries agree. */
import type { CaseRef, EmailAddress } from "../domain/types";
import { instantToField } from "./dates";
import { MAX_PAGE } from "./list-api";
import { and, anyOf, eq, ge, lt, startsWith, type ItemQuery } from "./odata";
import { columnNames } from "./schema";

export const SEARCH_LIMIT = 50;

export function registerByRefs(refs: readonly CaseRef[]): ItemQuery {
  return { filter: anyOf("Title", refs), select: columnNames("register"), top: refs.length };
}

export function addressesIn(addresses: readonly EmailAddress[]): ItemQuery {
  return { filter: anyOf("Title", addresses), select: columnNames("addresses"), top: MAX_PAGE };
}

export function contactsOfCase(ref: CaseRef, since: Date, until?: Date): ItemQuery {
  const window = [ge("ContactAt", instantToField(since))];
  if (until) window.push(lt("ContactAt", instantToField(until)));
  return {
    filter: and(eq("CaseRef", ref), ...window),
    select: columnNames("contacts"),
    orderBy: "ContactAt",
    top: MAX_PAGE,
  };
}

export function eventsOfCase(ref: CaseRef): ItemQuery {
  return {
    filter: eq("CaseRef", ref),
    select: columnNames("caseEvents"),
    orderBy: "At",
    top: MAX_PAGE,
  };
}

export function caseFileByRef(ref: CaseRef): ItemQuery {
  return { filter: eq("Title", ref), select: columnNames("caseFiles"), top: 1 };
}

const SEARCH_COLUMNS = ["Title", "CustomerName", "Stage", "ServiceArea"];

/** Register items whose search key starts with `prefix` (already normalised). */
export function registerByNamePrefix(prefix: string): ItemQuery {
  return {
    filter: startsWith("CustomerNameKey", prefix),
    select: SEARCH_COLUMNS,
    orderBy: "CustomerNameKey",
    top: SEARCH_LIMIT,
  };
}

export function registerByRefPrefix(prefix: string): ItemQuery {
  return {
    filter: startsWith("Title", prefix),
    select: SEARCH_COLUMNS,
    orderBy: "Title",
    top: SEARCH_LIMIT,
  };
}

export function registerSearchByRefs(refs: readonly CaseRef[]): ItemQuery {
  return { filter: anyOf("Title", refs), select: SEARCH_COLUMNS, top: refs.length };
}
