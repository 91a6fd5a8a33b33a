import {
  type BaseRule,
  describeStage,
  MANAGER_ROLES,
  REFERRAL,
  representativeOfferRecorded,
  roleRefusal,
  SENIOR_DECIDERS,
} from "./caseRoles";
import { customerReviewAvailable } from "./deadlines";
import type { CommandKind } from "./lifecycleCommands";
import { type CommandContext, type Restriction, refusal, rolesInWords } from "./lifecycleSupport";
import { addDays, isAfter } from "./localDate";
import { ok, refuse } from "./result";
import { isExtreme } from "./terms";
import { periodOrigin } from "./termsInForce";
import type {
  PeriodOrigin,
  Refusal,
  RestrictionPeriod,
  RestrictionTerms,
  Result,
  Role,
  Stage,
} from "./types";
import {
  formatLastDay,
  formatLongDate,
  listWithAnd,
  listWithOr,
  UNTIL_FURTHER_NOTICE,
} from "./wording";

// Who may do what, at which stage, and what must already be true: the part of each command
// that does not depend on what the person enters. availableCommands and applyCommand share it.

export {
  describeStage,
  MANAGER_ROLES,
  openCaseRoleRefusal,
  RESTRICTION_DECIDERS,
  representativeOfferRecorded,
  SENIOR_DECIDERS,
} from "./caseRoles";

/**
 * Who tells the customer of a period's restrictions. 5.2.4: the assistant director; 5.2.5:
 * for extreme measures, the assistant director or the City Solicitor (or deputy). After a
 * review (5.2.6) or an appeal (5.2.7) "the council" tells them: the people who made or advised
 * on that decision. Immediate action (section 4) needs no notice.
 */
export function noticeGivers(period: RestrictionPeriod, terms: RestrictionTerms): readonly Role[] {
  return noticeGiversFor(periodOrigin(period), terms);
}

/** noticeGivers for a period not yet decided: what starts it, and its terms. */
export function noticeGiversFor(origin: PeriodOrigin, terms: RestrictionTerms): readonly Role[] {
  if (origin === "immediate") return [];
  if (isExtreme(terms)) return SENIOR_DECIDERS;
  switch (origin) {
    case "imposed":
      return ["assistantDirector"];
    case "review":
      return ["cityHelpdeskManager", "assistantDirector", "citySolicitor"];
    case "appeal":
      return ["director", "cityHelpdeskManager", "assistantDirector"];
  }
}

/** 5.2.6: not telling the customer is for changes made on review, by these roles only. */
export function mayDecideNotToTell(period: RestrictionPeriod, role: Role): boolean {
  return periodOrigin(period) === "review" && SENIOR_DECIDERS.includes(role);
}

type Guard<C extends unknown[]> = (ctx: CommandContext, ...more: C) => Refusal | undefined;

/** A command on a case at one of `stages`. */
type CaseRule = BaseRule & { readonly stages: readonly Stage[]; readonly ready?: Guard<[]> };

/** A command on a case under restrictions: its guard also sees the terms and period. */
type RestrictedRule = BaseRule & { readonly ready?: Guard<[Restriction]> };

export type CaseCommandKind =
  | "confirmInWriting"
  | "recordRepresentativeOffer"
  | "recordAgreement"
  | "refer"
  | "assess"
  | "imposeRestrictions"
  | "closeCase"
  | "takeImmediateAction";
export type RestrictedCommandKind = Exclude<CommandKind, CaseCommandKind>;

const stepOneConfirmed: Guard<[]> = (ctx) =>
  ctx.record.file.stepOne?.confirmedInWritingOn === undefined
    ? refusal(
        "notYetPossible",
        "The step-one concern must first be confirmed to the customer in writing (5.1).",
      )
    : undefined;

const representativeOffered: Guard<[]> = (ctx) =>
  representativeOfferRecorded(ctx.record.file.stepOne)
    ? undefined
    : refusal(
        "notYetPossible",
        "Record the offer of a representative first: at step one the customer is offered the opportunity to appoint one (5.1).",
      );

/**
 * Who may close a case without restrictions (docs/policy-rules.md): at step one or monitoring
 * any manager (5.1); once referred, the city helpdesk manager, who decides referrals (5.2.2);
 * once assessed, those who may impose the restrictions (5.2.4, 5.2.5) may decide not to.
 */
export const CLOSERS_AT_STAGE: Readonly<Partial<Record<Stage, readonly Role[]>>> = {
  referred: ["cityHelpdeskManager"],
  assessed: ["cityHelpdeskManager", "assistantDirector", "citySolicitor"],
};

const closerAtStage: Guard<[]> = (ctx) => {
  const stage = ctx.record.entry.stage;
  const roles = CLOSERS_AT_STAGE[stage];
  if (roles === undefined || roles.includes(ctx.actor.role)) return undefined;
  return refusal(
    "wrongRole",
    `Only ${rolesInWords(roles, ctx.config)} can close a case ${describeStage(stage, ctx.config)} (${stage === "referred" ? "5.2.2" : "5.2.4"}).`,
  );
};

/** Stages at which a case is open: immediate action (section 4) can be taken at any of them. */
export const OPEN_STAGES: readonly Stage[] = [
  "stepOne",
  "monitoring",
  "referred",
  "assessed",
  "restricted",
];

export const CASE_RULES: Readonly<Record<CaseCommandKind, CaseRule>> = {
  confirmInWriting: {
    roles: MANAGER_ROLES,
    stages: ["stepOne"],
    task: "record that the concern was confirmed in writing",
    section: "5.1",
    ready: (ctx) => {
      const confirmedOn = ctx.record.file.stepOne?.confirmedInWritingOn;
      return confirmedOn
        ? refusal(
            "alreadyDone",
            `The concern was already confirmed in writing on ${formatLongDate(confirmedOn)}.`,
          )
        : undefined;
    },
  },
  recordRepresentativeOffer: {
    roles: MANAGER_ROLES,
    stages: ["stepOne", "monitoring"],
    task: "record the offer of a representative",
    section: "5.1",
  },
  recordAgreement: {
    roles: MANAGER_ROLES,
    stages: ["stepOne"],
    task: "record the customer's answer to the proposed arrangement",
    section: "5.1",
    ready: (ctx) => {
      const stepOne = ctx.record.file.stepOne;
      if (stepOne && stepOne.agreement !== "pending") {
        const answer = stepOne.agreement === "agreed" ? "agreed" : "did not agree";
        const on = stepOne.agreementRecordedOn
          ? ` on ${formatLongDate(stepOne.agreementRecordedOn)}`
          : "";
        return refusal(
          "alreadyDone",
          `The customer's answer is already recorded${on}: they ${answer}. Refer the case, or close it, as the answer requires (5.1).`,
        );
      }
      return stepOneConfirmed(ctx);
    },
  },
  refer: {
    ...REFERRAL,
    task: "refer a case",
    section: "5.2.1",
    ready: (ctx) => stepOneConfirmed(ctx) ?? representativeOffered(ctx),
  },
  assess: {
    roles: ["cityHelpdeskManager"],
    stages: ["referred"],
    task: "assess a referral",
    section: "5.2.2",
  },
  imposeRestrictions: {
    roles: ["cityHelpdeskManager", "assistantDirector", "citySolicitor"],
    stages: ["assessed"],
    task: "impose restrictions",
    section: "5.2.4, 5.2.5",
  },
  closeCase: {
    roles: MANAGER_ROLES,
    stages: ["stepOne", "monitoring", "referred", "assessed"],
    task: "close a case",
    section: "5.1, 5.2.2",
    ready: closerAtStage,
  },
  takeImmediateAction: {
    roles: SENIOR_DECIDERS,
    stages: OPEN_STAGES,
    task: "take immediate action against a threat to staff",
    section: "4",
  },
};

const noReviewPending: Guard<[Restriction]> = (ctx) => {
  const review = ctx.record.entry.review;
  return review.status === "pending"
    ? refusal(
        "reviewPending",
        `A review is already under way, since ${formatLongDate(review.requestedOn)} (5.2.6).`,
      )
    : undefined;
};

/** The notice of this period is still to be given. */
const noticePending: Guard<[Restriction]> = (_ctx, { period }) => {
  const notice = period.notice;
  switch (notice.kind) {
    case "pending":
      return undefined;
    case "notified":
      return refusal(
        "alreadyDone",
        `The notice for this restriction period is already recorded: the customer was told on ${formatLongDate(notice.on)}.`,
      );
    case "notNotified":
      return refusal(
        "alreadyDone",
        `The notice for this restriction period is already recorded: the customer is not to be told (decided on ${formatLongDate(notice.decidedOn)}).`,
      );
    case "notRequired":
      return refusal(
        "alreadyDone",
        "This is immediate action against a threat to staff: the customer need not be warned, so there is no notice to give (4).",
      );
  }
};

/** Who tells the customer of this period (and who may decide they are not told), in words. */
export function noticeGiverRefusal(
  ctx: CommandContext,
  { period, terms }: Restriction,
): Refusal | undefined {
  const givers = noticeGivers(period, terms);
  if (givers.includes(ctx.actor.role) || mayDecideNotToTell(period, ctx.actor.role)) {
    return undefined;
  }
  const section = isExtreme(terms)
    ? "5.2.5"
    : { imposed: "5.2.4", review: "5.2.6", appeal: "5.2.7", immediate: "4" }[periodOrigin(period)];
  return refusal(
    "noticeGivenByAnother",
    `Only ${rolesInWords(givers, ctx.config)} can tell the customer of these restrictions and record it (${section}); the ${ctx.config.roleTitles.cityHelpdeskManager} may prepare the notice for them.`,
  );
}

export const RESTRICTED_RULES: Readonly<Record<RestrictedCommandKind, RestrictedRule>> = {
  prepareNotice: {
    roles: ["cityHelpdeskManager"],
    task: "prepare the notice for the person who gives it",
    section: "5.2.4",
    ready: noticePending,
  },
  recordNotice: {
    roles: ["cityHelpdeskManager", "assistantDirector", "citySolicitor", "director"],
    task: "record how the customer was told of the decision",
    section: "5.2.4, 5.2.6",
    ready: (ctx, restriction) =>
      noticePending(ctx, restriction) ?? noticeGiverRefusal(ctx, restriction),
  },
  requestReview: {
    roles: ["cityHelpdeskManager"],
    task: "record a customer's request for a review",
    section: "5.2.6",
    ready: (ctx, restriction) => {
      const pending = noReviewPending(ctx, restriction);
      if (pending) return pending;
      if (restriction.period.notice.kind === "pending") {
        return refusal(
          "notYetPossible",
          `The customer has not yet been told of the restrictions decided on ${formatLongDate(restriction.period.decidedOn)}; their request for a review counts from the notice (5.2.4, 5.2.6).`,
        );
      }
      if (customerReviewAvailable(ctx.record.entry, ctx.config)) return undefined;
      const requests = restriction.period.customerReviewRequests;
      if (requests.length === 0) {
        return refusal(
          "reviewRequestUsed",
          "Customer review requests are not available under this council's configuration.",
        );
      }
      return refusal(
        "reviewRequestUsed",
        `The customer has already requested a review in this restriction period (on ${listWithAnd(requests.map(formatLongDate))}); a review can be requested ${timesInWords(ctx.config.customerReviewRequestsPerPeriod)} in each period (5.2.6).`,
      );
    },
  },
  startReview: {
    roles: ["cityHelpdeskManager"],
    task: "start a review",
    section: "5.2.6",
    ready: noReviewPending,
  },
  decideReview: {
    roles: ["cityHelpdeskManager"],
    task: "decide a review",
    section: "5.2.6",
    ready: (ctx) =>
      ctx.record.entry.review.status === "pending"
        ? undefined
        : refusal("notYetPossible", "There is no review under way to decide (5.2.6)."),
  },
  lodgeAppeal: {
    roles: ["cityHelpdeskManager"],
    task: "record an appeal",
    section: "5.2.7",
    ready: (ctx) => {
      const appeal = ctx.record.entry.appeal;
      if (appeal.status === "none") return undefined;
      const decided =
        appeal.status === "decided"
          ? ` and decided on ${formatLongDate(appeal.decidedOn)}`
          : appeal.status === "referredToReview"
            ? ` and referred to the review process on ${formatLongDate(appeal.decision.on)}`
            : "";
      return refusal(
        "appealAlreadyLodged",
        `An appeal against this restriction period was already lodged on ${formatLongDate(appeal.lodgedOn)}${decided}; one appeal is allowed in each period (5.2.7).`,
      );
    },
  },
  decideLateAppeal: {
    roles: ["director", "cityHelpdeskManager"],
    task: "decide what happens to a late appeal",
    section: "5.2.7",
    ready: (ctx) =>
      ctx.record.entry.appeal.status === "late"
        ? undefined
        : refusal("notYetPossible", "There is no late appeal waiting for that choice (5.2.7)."),
  },
  passAppeal: {
    roles: ["cityHelpdeskManager"],
    task: "pass an appeal to the director",
    section: "5.2.7",
    ready: (ctx) => {
      const appeal = ctx.record.entry.appeal;
      if (appeal.status === "lodged") return undefined;
      if (appeal.status === "late") return lateAppealWaiting(ctx, appeal.appealBy);
      return refusal("notYetPossible", "There is no appeal waiting to be passed on (5.2.7).");
    },
  },
  decideAppeal: {
    roles: ["director"],
    task: "decide an appeal",
    section: "5.2.7",
    ready: (ctx) => {
      const appeal = ctx.record.entry.appeal;
      switch (appeal.status) {
        case "passed":
          return undefined;
        case "lodged":
          return refusal(
            "notYetPossible",
            `The ${ctx.config.roleTitles.cityHelpdeskManager} gathers the information and passes the appeal to the ${ctx.config.roleTitles.director}; it has not been passed on yet (5.2.7).`,
          );
        case "late":
          return lateAppealWaiting(ctx, appeal.appealBy);
        case "none":
        case "decided":
        case "referredToReview":
          return refusal("notYetPossible", "There is no appeal waiting for a decision (5.2.7).");
      }
    },
  },
  expire: {
    roles: MANAGER_ROLES,
    task: "record that restrictions have expired",
    section: "5.2.4, 6",
    ready: (ctx, { period }) =>
      isAfter(ctx.today, period.end)
        ? undefined
        : refusal(
            "notYetPossible",
            period.end === UNTIL_FURTHER_NOTICE
              ? "This action runs until further notice: end it by a review (5.2.6)."
              : `The restrictions run until ${formatLastDay(period.end)}; they can be recorded as expired from ${formatLongDate(addDays(period.end, 1))}.`,
          ),
  },
};

function lateAppealWaiting(ctx: CommandContext, lastDay: RestrictionPeriod["end"]): Refusal {
  return refusal(
    "notYetPossible",
    `The appeal arrived after the last day, ${formatLongDate(lastDay)}: the ${ctx.config.roleTitles.director} or the ${ctx.config.roleTitles.cityHelpdeskManager} must first choose to consider it anyway or to refer the customer to the review process (5.2.7).`,
  );
}

function timesInWords(n: number): string {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

function stageRefusal(rule: BaseRule, stages: readonly Stage[], ctx: CommandContext): Refusal {
  const { config } = ctx;
  const needed = listWithOr(stages.map((s) => describeStage(s, config)));
  return refusal(
    "wrongStage",
    `This case is ${describeStage(ctx.record.entry.stage, config)}; to ${rule.task}, it must be ${needed} (${rule.section}).`,
  );
}

/** What a command does, in words: "decide an appeal". */
export function commandTask(kind: CommandKind): string {
  return kind in CASE_RULES
    ? CASE_RULES[kind as CaseCommandKind].task
    : RESTRICTED_RULES[kind as RestrictedCommandKind].task;
}

/** Role, stage and ready checks of a command on a case at a given stage. */
export function checkCaseCommand(kind: CaseCommandKind, ctx: CommandContext): Refusal | undefined {
  const rule = CASE_RULES[kind];
  if (!rule.roles.includes(ctx.actor.role)) return roleRefusal(rule, ctx.config);
  if (!rule.stages.includes(ctx.record.entry.stage)) return stageRefusal(rule, rule.stages, ctx);
  return rule.ready?.(ctx);
}

/** Role, stage and ready checks of a command on a case under restrictions. */
export function checkRestrictedCommand(
  kind: RestrictedCommandKind,
  ctx: CommandContext,
): Result<Restriction> {
  const rule = RESTRICTED_RULES[kind];
  if (!rule.roles.includes(ctx.actor.role))
    return { ok: false, error: roleRefusal(rule, ctx.config) };
  const { stage, terms, period } = ctx.record.entry;
  if (stage !== "restricted") return { ok: false, error: stageRefusal(rule, ["restricted"], ctx) };
  if (!terms || !period) {
    return refuse(
      "incompleteRecord",
      "This case is under restrictions but has no terms or period recorded.",
    );
  }
  const restriction = { terms, period };
  const blocked = rule.ready?.(ctx, restriction);
  return blocked ? { ok: false, error: blocked } : ok(restriction);
}
