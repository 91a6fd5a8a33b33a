/**
 * RegisterEntry → UCB Register item fields, for writes (register.ts reads them back). Kept
 * apart from the reading, which the message check needs, so the pane's first verdict does not
 * load it (the store's casework does, case-store-casework.ts).
 */
import type { Actor, AppealState, Notice, RegisterEntry } from "../../domain/types";
import { noticeStatusOf } from "../../domain/noticePending";
import { FieldWriter } from "../field-writer";
import { joinList, type Fields } from "../fields";
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
import { nameKey } from "./register";

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
