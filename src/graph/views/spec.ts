/**
 * The views the city helpdesk manager works from, one table for every list: which columns a
 * reader needs and in what order, the filter and sort the name promises, and which view opens
 * first. Provisioning creates them over SharePoint REST; tests check each filter on seeded data.
 * Columns are the schema's own names (schema.ts), so a renamed column fails to compile here.
 */
import type { ListName } from "../../app/ports";
import type { ColumnOf } from "../schema";
import { APPEAL_STATUS, NOTICE, REVIEW_STATUS, STAGE, VERDICT } from "../vocabulary";
import { and, eq, inValues, onOrBeforeToday, or, viewQuery, type Sort } from "./caml";

/** Built-in fields a view may show: LinkTitle is the Title opening the item. */
type BuiltIn = "LinkTitle" | "ID" | "Created" | "Modified";
type Field<L extends ListName> = ColumnOf<L> | BuiltIn;

export type ViewSpec<L extends ListName = ListName> = {
  readonly list: L;
  readonly title: string;
  /** The view the list opens in. One per list. */
  readonly isDefault: boolean;
  readonly columns: readonly Field<L>[];
  /** The CAML condition inside <Where>, if the view filters. */
  readonly where?: string;
  readonly groupBy?: Field<L>;
  readonly orderBy: readonly (Sort & { readonly field: Field<L> })[];
  readonly rowLimit: number;
  /** What the view shows, in plain words, for the provisioning report. */
  readonly shows: string;
};

const view = <L extends ListName>(spec: ViewSpec<L>): ViewSpec => spec;

const ROWS = 100;
const restricted = eq("Stage", "Choice", STAGE.label("restricted"));
const asc = <F extends string>(field: F) => ({ field, ascending: true });
const desc = <F extends string>(field: F) => ({ field, ascending: false });

export const VIEWS: readonly ViewSpec[] = [
  view({
    list: "register",
    title: "Active restrictions",
    isDefault: true,
    columns: [
      "LinkTitle",
      "CustomerName",
      "Stage",
      "TermsSummary",
      "SpocName",
      "RestrictionStart",
      "RestrictionEnd",
      "ReviewDue",
      "NoticeStatus",
      "PeriodOrigin",
    ],
    where: restricted,
    orderBy: [asc("RestrictionEnd")],
    rowLimit: ROWS,
    shows: "cases under restriction, the restrictions ending soonest first",
  }),
  view({
    list: "register",
    title: "Referrals to assess",
    isDefault: false,
    columns: ["LinkTitle", "CustomerName", "ServiceArea", "SpocName", "Created", "Modified"],
    where: eq("Stage", "Choice", STAGE.label("referred")),
    orderBy: [asc("Created")],
    rowLimit: ROWS,
    shows: "cases referred to the city helpdesk manager, the oldest case first",
  }),
  view({
    list: "register",
    title: "Notices to give",
    isDefault: false,
    columns: [
      "LinkTitle",
      "CustomerName",
      "DecidedOn",
      "DecidedByName",
      "RestrictionStart",
      "TermsSummary",
      "RepresentativeName",
    ],
    where: and(
      restricted,
      inValues("NoticeStatus", "Choice", [
        ...NOTICE.labelsOf("pending"),
        ...NOTICE.labelsOf("prepared"),
      ]),
    ),
    orderBy: [asc("DecidedOn")],
    rowLimit: ROWS,
    shows:
      "restrictions decided whose customer has not been told yet, prepared or not, the oldest decision first",
  }),
  view({
    list: "register",
    title: "Reviews due",
    isDefault: false,
    columns: [
      "LinkTitle",
      "CustomerName",
      "ReviewDue",
      "ReviewStatus",
      "ReviewRequestedOn",
      "RestrictionEnd",
      "SpocName",
    ],
    where: and(
      restricted,
      or(
        onOrBeforeToday("ReviewDue", 30),
        eq("ReviewStatus", "Choice", REVIEW_STATUS.label("pending")),
      ),
    ),
    orderBy: [asc("ReviewDue")],
    rowLimit: ROWS,
    shows:
      "restrictions whose review is overdue or due in the next 30 days, or asked for, the soonest first",
  }),
  view({
    list: "register",
    title: "Appeals open",
    isDefault: false,
    columns: [
      "LinkTitle",
      "CustomerName",
      "AppealStatus",
      "AppealLodgedOn",
      "AppealBy",
      "AppealPassedOn",
      "AppealGrounds",
    ],
    where: inValues(
      "AppealStatus",
      "Choice",
      (["lodged", "late", "passed"] as const).flatMap((s) => APPEAL_STATUS.labelsOf(s)),
    ),
    orderBy: [asc("AppealLodgedOn")],
    rowLimit: ROWS,
    shows: "appeals not yet decided (received, late, or passed to the director), the oldest first",
  }),
  view({
    list: "register",
    title: "Retention due",
    isDefault: false,
    columns: ["LinkTitle", "CustomerName", "Stage", "EndedOn", "ClosedOn", "RetainUntil"],
    where: onOrBeforeToday("RetainUntil", 30),
    orderBy: [asc("RetainUntil")],
    rowLimit: ROWS,
    shows: "cases whose records are due for destruction now or within 30 days, the earliest first",
  }),
  view({
    list: "contacts",
    title: "By case, newest first",
    isDefault: true,
    columns: [
      "ContactAt",
      "LinkTitle",
      "Channel",
      "Direction",
      "FromAddress",
      "Verdict",
      "StaffEmail",
    ],
    groupBy: "CaseRef",
    orderBy: [desc("ContactAt")],
    rowLimit: ROWS,
    shows: "every logged contact grouped by case, the newest first",
  }),
  view({
    list: "contacts",
    title: "Outside the terms",
    isDefault: false,
    columns: [
      "ContactAt",
      "CaseRef",
      "LinkTitle",
      "Channel",
      "FromAddress",
      "Verdict",
      "VerdictReasons",
      "StaffEmail",
    ],
    where: inValues("Verdict", "Choice", [VERDICT.label("outsideTerms"), VERDICT.label("blocked")]),
    orderBy: [desc("ContactAt")],
    rowLimit: ROWS,
    shows: "contacts logged outside the customer's terms or on a blocked channel, the newest first",
  }),
  view({
    list: "caseEvents",
    title: "Audit trail by case",
    isDefault: true,
    columns: ["At", "LinkTitle", "Summary", "ActorName", "ActorRole"],
    groupBy: "CaseRef",
    orderBy: [asc("At")],
    rowLimit: ROWS,
    shows: "every event grouped by case, in the order it happened",
  }),
];

/** The view's query as SharePoint stores it (ViewQuery: no <Query> wrapper). */
export const queryOf = (v: ViewSpec): string =>
  viewQuery({
    ...(v.where ? { where: v.where } : {}),
    ...(v.groupBy ? { groupBy: v.groupBy } : {}),
    orderBy: v.orderBy,
  });

export const viewsOfList = (list: ListName): readonly ViewSpec[] =>
  VIEWS.filter((v) => v.list === list);
