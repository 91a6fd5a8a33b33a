/** The item queries the store sends, in one place so direct GETs and $batch entries agree. */
import type { ListName } from "../app/ports";
import type { CaseRef, EmailAddress, LocalDate } from "../domain/types";
import { addDays } from "../domain/localDate";
import { startOfLocalDate } from "../domain/zonedTime";
import { COUNCIL_TIME_ZONE, instantToField } from "./dates";
import { MAX_PAGE } from "./list-api";
import { and, anyOf, eq, ge, lt, startsWith, type ItemQuery } from "./odata";
import { columnNames } from "./schema";
import { STAGE } from "./vocabulary";

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

/** Date-only columns hold an instant within their London day: "before D" is before D's start. */
function beforeDay(column: string, date: LocalDate): string {
  return lt(column, instantToField(startOfLocalDate(date, COUNCIL_TIME_ZONE)));
}

/** Register items kept past their last day: RetainUntil before `asOf` (indexed). */
export function registerRetainedBefore(asOf: LocalDate): ItemQuery {
  return {
    filter: beforeDay("RetainUntil", asOf),
    select: columnNames("register"),
    orderBy: "RetainUntil",
    top: MAX_PAGE,
  };
}

/** Restricted cases whose review falls due on or before `onOrBefore` (indexed). */
export function registerReviewsDue(onOrBefore: LocalDate): ItemQuery {
  return {
    filter: and(
      eq("Stage", STAGE.label("restricted")),
      beforeDay("ReviewDue", addDays(onOrBefore, 1)),
    ),
    select: columnNames("register"),
    orderBy: "ReviewDue",
    top: MAX_PAGE,
  };
}

/** Every item of one case in a list, ids only: what deleting the case removes. */
export function itemsOfCase(list: ListName, ref: CaseRef): ItemQuery {
  const column = list === "register" || list === "caseFiles" ? "Title" : "CaseRef";
  return { filter: eq(column, ref), select: [column], top: MAX_PAGE };
}
