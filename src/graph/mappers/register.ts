/** UCB Register items ⇄ RegisterEntry (the lifecycle state in readable columns). */
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
import { FieldWriter } from "../field-writer";
import { joinList, type Fields, type RawItem } from "../fields";
import { arrangementShape } from "./shapes";
import {
  APPEAL_OUTCOME,
  APPEAL_STATUS,
  NOTICE,
  REVIEW_BY,
  REVIEW_STATUS,
  STAGE,
} from "../vocabulary";

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
    review: readReview(r),
    appeal: readAppeal(r),
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
    decidedBy: r.actor("DecidedBy"),
    notice: readNotice(r),
    customerReviewRequests: r.separated<LocalDate>("CustomerReviewRequests", parseLocalDate),
  };
}

function readNotice(r: Reader): Notice {
  const kind = r.choice("NoticeStatus", NOTICE);
  switch (kind) {
    case "pending":
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
  }
}

/** Every register column, null where the entry has no value, so a PATCH clears stale state. */
export function registerFields(entry: RegisterEntry): Fields {
  const w = new FieldWriter("register", `case ${entry.ref}`);
  const { period, review, appeal } = entry;
  const notice = period?.notice;
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
    .actor("DecidedBy", period?.decidedBy)
    .choice("NoticeStatus", NOTICE, notice?.kind)
    .localDate("NotifiedOn", notice?.kind === "notified" ? notice.on : undefined)
    .text("NotNotifiedReason", notice?.kind === "notNotified" ? notice.reason : undefined)
    .actor("NotNotifiedBy", notice?.kind === "notNotified" ? notice.decidedBy : undefined)
    .localDate("NotNotifiedOn", notice?.kind === "notNotified" ? notice.decidedOn : undefined)
    .text("CustomerReviewRequests", joinList(period?.customerReviewRequests ?? []))
    .choice("ReviewStatus", REVIEW_STATUS, review.status)
    .localDate("ReviewRequestedOn", review.status === "pending" ? review.requestedOn : undefined)
    .choice("ReviewRequestedBy", REVIEW_BY, review.status === "pending" ? review.by : undefined)
    .text("ReviewGrounds", review.status === "pending" ? review.grounds : undefined)
    .choice("AppealStatus", APPEAL_STATUS, appeal.status)
    .localDate("AppealLodgedOn", appeal.status === "none" ? undefined : appeal.lodgedOn)
    .text("AppealGrounds", appeal.status === "lodged" ? appeal.grounds : undefined)
    .localDate("AppealDecidedOn", appeal.status === "decided" ? appeal.decidedOn : undefined)
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
