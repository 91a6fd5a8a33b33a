/**
 * UCB Register items → RegisterEntry (register-fields.ts writes them): the lifecycle state in
 * readable columns. The notice, the review, the appeal and the period still binding until the
 * customer is told each have a JSON column the add-in reads; the readable columns beside them
 * are for SharePoint views. An item saved by an earlier release has no JSON columns and is read
 * from its readable columns, as that release wrote them (docs/decisions.md).
 */
import type { CaseSearchResult, Versioned } from "../../app/ports";
import type {
  AppealState,
  LocalDate,
  Notice,
  RegisterEntry,
  RestrictionPeriod,
  ReviewState,
} from "../../domain/types";
import { parseLocalDate } from "../../domain/localDate";
import { parseTerms } from "../../domain/terms";
import { FieldReader } from "../field-reader";
import type { RawItem } from "../fields";
import { arrangementShape } from "./shapes";
import {
  APPEAL_OUTCOME,
  APPEAL_STATUS,
  NOTICE,
  PERIOD_ORIGIN,
  REVIEW_BY,
  REVIEW_STATUS,
  STAGE,
} from "../vocabulary";
import { appealShape, noticeShape, reviewShape, supersededShape } from "./shapes";

type Reader = FieldReader<"register">;

/** Lower case, accents removed, spaces collapsed: "Zoë  O'Brien" → "zoe o'brien". */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

function readerFor(item: RawItem): Reader {
  const title = item.fields["Title"];
  const subject = typeof title === "string" && title ? `case ${title}` : `item ${item.id}`;
  return new FieldReader("register", item.fields, subject);
}

export function readSearchResult(item: RawItem): CaseSearchResult {
  const r = readerFor(item);
  return {
    ref: r.caseRef("Title"),
    customerName: r.text("CustomerName"),
    stage: r.choice("Stage", STAGE),
    serviceArea: r.text("ServiceArea"),
  };
}

export function readRegisterEntry(item: RawItem): Versioned<RegisterEntry> {
  const r = readerFor(item);
  const stage = r.choice("Stage", STAGE);
  const terms = r.optionalParsed("Terms", parseTerms);
  const period = readPeriod(r);
  // A restricted case without terms or period would read as "nothing restricted": refuse it.
  if (stage === "restricted" && !terms) r.fail("Terms", "is missing on a restricted case");
  if (stage === "restricted" && !period) r.fail("PeriodNumber", "is missing on a restricted case");
  const entry: RegisterEntry = {
    ref: r.caseRef("Title"),
    customerName: r.text("CustomerName"),
    stage,
    serviceArea: r.text("ServiceArea"),
    spoc: r.optionalPerson("SpocName", "SpocEmail"),
    deputy: r.optionalPerson("DeputyName", "DeputyEmail"),
    representative: r.optionalPerson("RepresentativeName", "RepresentativeEmail"),
    terms,
    termsSummary: r.optionalText("TermsSummary"),
    arrangement: readArrangement(r),
    period,
    superseded: r.optionalJson("PreviousPeriod", supersededShape),
    review: r.optionalJson("ReviewDetail", reviewShape) ?? readReview(r),
    appeal: r.optionalJson("AppealDetail", appealShape) ?? readAppeal(r),
    reviewDue: r.optionalLocalDate("ReviewDue"),
    appealBy: r.optionalLocalDate("AppealBy"),
    endedOn: r.optionalLocalDate("EndedOn"),
    closedOn: r.optionalLocalDate("ClosedOn"),
    retainUntil: r.optionalLocalDate("RetainUntil"),
  };
  return { value: withoutUndefined(entry), etag: item.etag };
}

function readArrangement(r: Reader): RegisterEntry["arrangement"] {
  const arrangement = r.optionalJson("Arrangement", arrangementShape);
  if (!arrangement) return undefined;
  return { ...arrangement, summary: r.optionalText("ArrangementSummary") ?? "" };
}

function readPeriod(r: Reader): RestrictionPeriod | undefined {
  const number = r.optionalCount("PeriodNumber");
  if (number === undefined) return undefined;
  return {
    number,
    start: r.localDate("RestrictionStart"),
    end: r.localDate("RestrictionEnd"),
    decidedOn: r.localDate("DecidedOn"),
    decidedAt: r.optionalInstant("DecidedAt"),
    decidedBy: r.actor("DecidedBy"),
    origin: r.optionalChoice("PeriodOrigin", PERIOD_ORIGIN),
    notice: r.optionalJson("NoticeDetail", noticeShape) ?? readNotice(r),
    customerReviewRequests: r.separated<LocalDate>("CustomerReviewRequests", parseLocalDate),
  };
}

/** An earlier release's notice: the date told, without the time, the way or who told. */
function readNotice(r: Reader): Notice {
  const kind = r.choice("NoticeStatus", NOTICE);
  switch (kind) {
    case "pending":
    case "prepared":
      return { kind: "pending" };
    case "notRequired":
      return { kind };
    case "notified":
      return { kind, on: r.localDate("NotifiedOn") };
    case "notNotified":
      return {
        kind,
        reason: r.text("NotNotifiedReason"),
        decidedBy: r.actor("NotNotifiedBy"),
        decidedOn: r.localDate("NotNotifiedOn"),
      };
  }
}

function readReview(r: Reader): ReviewState {
  // SharePoint omits empty columns, so no value is "no review", as the column's first choice says.
  const status = r.optionalChoice("ReviewStatus", REVIEW_STATUS) ?? "none";
  switch (status) {
    case "none":
      return { status };
    case "pending":
      return {
        status,
        requestedOn: r.localDate("ReviewRequestedOn"),
        by: r.choice("ReviewRequestedBy", REVIEW_BY),
        grounds: r.text("ReviewGrounds"),
      };
  }
}

/** An earlier release's appeal: received (which it called lodged) or decided. */
function readAppeal(r: Reader): AppealState {
  const status = r.optionalChoice("AppealStatus", APPEAL_STATUS) ?? "none";
  switch (status) {
    case "none":
      return { status };
    case "lodged":
      return { status, lodgedOn: r.localDate("AppealLodgedOn"), grounds: r.text("AppealGrounds") };
    case "decided":
      return {
        status,
        lodgedOn: r.localDate("AppealLodgedOn"),
        decidedOn: r.localDate("AppealDecidedOn"),
        outcome: r.choice("AppealOutcome", APPEAL_OUTCOME),
      };
    case "late":
    case "passed":
    case "referredToReview":
      return r.fail(
        "AppealDetail",
        `is missing for an appeal that is "${APPEAL_STATUS.label(status)}"`,
      );
  }
}

/** Drops undefined properties so a read entry deep-equals one built without them. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
