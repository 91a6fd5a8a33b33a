/** The item queries the store sends, in one place so direct GETs and $batch entries agree. */
import type { ListName, RegisterQuery } from "../app/ports";
import type { CaseRef, EmailAddress, LocalDate } from "../domain/types";
import { addDays } from "../domain/localDate";
import { startOfLocalDate } from "../domain/zonedTime";
import { COUNCIL_TIME_ZONE, instantToField } from "./dates";
import { MAX_PAGE } from "./list-api";
import { and, anyOf, eq, ge, lt, startsWith, type ItemQuery } from "./odata";
import { columnNames } from "./schema";
import { APPEAL_STATUS, NOTICE, PERIOD_ORIGIN, REVIEW_STATUS, STAGE } from "./vocabulary";

/** Name index items read for one search: enough for SEARCH_LIMIT cases of a common word. */
export const NAME_INDEX_LIMIT = 200;
/** Cases asked for by reference in one request (an `or` of Title clauses): keeps URLs short. */
export const REFS_PER_REQUEST = 25;

export function registerByRefs(
  refs: readonly CaseRef[],
  list: "register" | "inForce" = "register",
): ItemQuery {
  return { filter: anyOf("Title", refs), select: columnNames(list), top: refs.length };
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

/** Name index items whose word starts with `word` (folded: domain/nameSearch). */
export function nameIndexByWord(word: string): ItemQuery {
  return {
    filter: startsWith("Title", word),
    select: ["Title", "CaseRef"],
    orderBy: "Title",
    top: NAME_INDEX_LIMIT,
  };
}

/** Frontline staff's search reads their copy whole: only cases in force are on it. */
export function inForceSearch(): ItemQuery {
  return { select: ["Title", "CustomerName", "ServiceArea"], top: MAX_PAGE };
}

export function registerByRefPrefix(prefix: string, top: number): ItemQuery {
  return { filter: startsWith("Title", prefix), select: SEARCH_COLUMNS, orderBy: "Title", top };
}

/** Register items in one state: one indexed column (RegisterQuery). */
export function registerWhere(query: RegisterQuery): ItemQuery {
  const filter = (() => {
    switch (query.by) {
      case "stage":
        return anyOf("Stage", STAGE.labelsOf(query.stage));
      case "notice":
        return anyOf("NoticeStatus", NOTICE.labelsOf(query.notice));
      case "review":
        return anyOf("ReviewStatus", REVIEW_STATUS.labelsOf(query.status));
      case "appeal":
        return anyOf("AppealStatus", APPEAL_STATUS.labelsOf(query.status));
      case "origin":
        return anyOf("PeriodOrigin", PERIOD_ORIGIN.labelsOf(query.origin));
    }
  })();
  return { filter, select: columnNames("register"), top: MAX_PAGE };
}

/** Case files of step-one concerns a manager raised (indexed StepOneByEmail). */
export function caseFilesRaisedBy(manager: EmailAddress): ItemQuery {
  return {
    filter: eq("StepOneByEmail", manager),
    select: columnNames("caseFiles"),
    top: MAX_PAGE,
  };
}

export function caseFilesByRefs(refs: readonly CaseRef[]): ItemQuery {
  return { filter: anyOf("Title", refs), select: columnNames("caseFiles"), top: refs.length };
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
  const column =
    list === "register" || list === "caseFiles" || list === "inForce" ? "Title" : "CaseRef";
  return { filter: eq(column, ref), select: [column], top: MAX_PAGE };
}
