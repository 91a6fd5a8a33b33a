/**
 * UCB Register items ⇄ RegisterEntry: the lifecycle state in readable columns. The notice, the
 * review, the appeal and the period still binding until the customer is told each have a JSON
 * column the add-in reads; the readable columns beside them are for SharePoint views. An item
 * saved by an earlier release has no JSON columns and is read from its readable columns, as
 * that release wrote them (docs/decisions.md).
 */
import { noticeStatusOf } from "../../domain/noticePending";
import type { CaseSearchResult, Versioned } from "../../app/ports";
import type {
  Actor,
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
import { FieldWriter } from "../field-writer";
import { joinList, type Fields, type RawItem } from "../fields";
import { arrangementShape } from "./shapes";
import {
  ACTOR_ROLE,
  actorRoleOf,
  APPEAL_OUTCOME,
  APPEAL_STATUS,
  NOTICE,
  NOTICE_METHOD,
  type NoticeStatus,
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

function noticeStatus(notice: Notice | undefined): NoticeStatus | undefined {
  return notice && noticeStatusOf(notice);
}

/** "Morgan Blake (Assistant director of corporate services)": readable without configuration. */
function actorText(actor: Actor | undefined): string | undefined {
  return actor && `${actor.name} (${ACTOR_ROLE.label(actorRoleOf(actor))})`;
}

function appealDates(appeal: AppealState) {
  switch (appeal.status) {
    case "none":
      return { lodgedOn: undefined, grounds: undefined, decidedOn: undefined, passedOn: undefined };
    case "decided":
      return {
        lodgedOn: appeal.lodgedOn,
        grounds: undefined,
        decidedOn: appeal.decidedOn,
        passedOn: undefined,
      };
    case "referredToReview":
      return {
        lodgedOn: appeal.lodgedOn,
        grounds: appeal.grounds,
        decidedOn: appeal.decision.on,
        passedOn: undefined,
      };
    case "passed":
      return {
        lodgedOn: appeal.lodgedOn,
        grounds: appeal.grounds,
        decidedOn: undefined,
        passedOn: appeal.passedOn,
      };
    case "lodged":
    case "late":
      return {
        lodgedOn: appeal.lodgedOn,
        grounds: appeal.grounds,
        decidedOn: undefined,
        passedOn: undefined,
      };
  }
}

/** Every register column, null where the entry has no value, so a PATCH clears stale state. */
export function registerFields(entry: RegisterEntry): Fields {
  const w = new FieldWriter("register", `case ${entry.ref}`);
  const { period, review, appeal, superseded } = entry;
  const notice = period?.notice;
  const told = notice?.kind === "notified" ? notice : undefined;
  const appealed = appealDates(appeal);
  w.text("Title", entry.ref)
    .text("CustomerName", entry.customerName)
    .text("CustomerNameKey", nameKey(entry.customerName))
    .choice("Stage", STAGE, entry.stage)
    .text("ServiceArea", entry.serviceArea)
    .person("SpocName", "SpocEmail", entry.spoc)
    .person("DeputyName", "DeputyEmail", entry.deputy)
    .person("RepresentativeName", "RepresentativeEmail", entry.representative)
    .json("Terms", entry.terms)
    .text("TermsSummary", entry.termsSummary)
    .json(
      "Arrangement",
      entry.arrangement
        ? { agreedOn: entry.arrangement.agreedOn, terms: entry.arrangement.terms }
        : undefined,
    )
    .text("ArrangementSummary", entry.arrangement?.summary)
    .count("PeriodNumber", period?.number)
    .localDate("RestrictionStart", period?.start)
    .localDate("RestrictionEnd", period?.end)
    .localDate("DecidedOn", period?.decidedOn)
    .instant("DecidedAt", period?.decidedAt)
    .actor("DecidedBy", period?.decidedBy)
    .choice("PeriodOrigin", PERIOD_ORIGIN, period?.origin)
    .choice("NoticeStatus", NOTICE, noticeStatus(notice))
    .localDate("NotifiedOn", told?.on)
    .instant("NotifiedAt", told?.at)
    .choice("NoticeMethod", NOTICE_METHOD, told?.method)
    .text("NoticeGivenBy", actorText(told?.givenBy))
    .json("NoticeDetail", notice)
    .text("NotNotifiedReason", notice?.kind === "notNotified" ? notice.reason : undefined)
    .actor("NotNotifiedBy", notice?.kind === "notNotified" ? notice.decidedBy : undefined)
    .localDate("NotNotifiedOn", notice?.kind === "notNotified" ? notice.decidedOn : undefined)
    .json("PreviousPeriod", superseded)
    .text("PreviousTermsSummary", superseded?.termsSummary)
    .text("CustomerReviewRequests", joinList(period?.customerReviewRequests ?? []))
    .choice("ReviewStatus", REVIEW_STATUS, review.status)
    .localDate("ReviewRequestedOn", review.status === "pending" ? review.requestedOn : undefined)
    .choice("ReviewRequestedBy", REVIEW_BY, review.status === "pending" ? review.by : undefined)
    .text("ReviewGrounds", review.status === "pending" ? review.grounds : undefined)
    .json("ReviewDetail", review.status === "none" ? undefined : review)
    .choice("AppealStatus", APPEAL_STATUS, appeal.status)
    .localDate("AppealLodgedOn", appealed.lodgedOn)
    .text("AppealGrounds", appealed.grounds)
    .localDate("AppealPassedOn", appealed.passedOn)
    .localDate("AppealDecidedOn", appealed.decidedOn)
    .json("AppealDetail", appeal.status === "none" ? undefined : appeal)
    .choice(
      "AppealOutcome",
      APPEAL_OUTCOME,
      appeal.status === "decided" ? appeal.outcome : undefined,
    )
    .localDate("ReviewDue", entry.reviewDue)
    .localDate("AppealBy", entry.appealBy)
    .localDate("EndedOn", entry.endedOn)
    .localDate("ClosedOn", entry.closedOn)
    .localDate("RetainUntil", entry.retainUntil);
  return w.fields();
}

/** Drops undefined properties so a read entry deep-equals one built without them. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
