import type { PolicyConfig } from "./config";
import { describeStage } from "./caseRoles";
import { isToldOf } from "./termsInForce";
import type { Notice, RegisterEntry, RestrictionPeriod } from "./types";

/**
 * The restriction period whose terms were decided but not yet given to the customer: no notice
 * recorded (5.2.4: the assistant director tells the customer what is being done, why, for how
 * long and how to appeal) and no recorded decision not to tell them (5.2.6). Until then anyone
 * else writing to the customer may pre-empt or contradict that letter, so a message to them is
 * worth a second look.
 */
export function awaitingNotice(entry: RegisterEntry): RestrictionPeriod | undefined {
  const period = entry.period;
  return entry.stage === "restricted" && period && !isToldOf(period) ? period : undefined;
}

/** Where the notice of the latest decision stands, as the register's NoticeStatus holds it. */
export type NoticeStatus = Notice["kind"] | "prepared";

export function noticeStatusOf(notice: Notice): NoticeStatus {
  return notice.kind === "pending" && notice.prepared ? "prepared" : notice.kind;
}

/**
 * The case's stage in words, saying when restrictions are decided but not yet told: until the
 * customer is told they do not bind (5.2.4), so "under restrictions" alone would mislead.
 */
export function describeCaseStage(entry: RegisterEntry, config: PolicyConfig): string {
  return awaitingNotice(entry)
    ? "under restrictions decided but not yet told to the customer"
    : describeStage(entry.stage, config);
}
