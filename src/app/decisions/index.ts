/**
 * The deciders' use cases (5.2.2–5.2.7): one per step. Each checks what was entered (nothing is
 * saved on bad input), lets the domain decide (role, stage, dates), saves through runCommand
 * and returns the saved case, its audit events and the letter to send.
 *
 * Every function takes the case as the decider read it (`LoadedCase` from loadCase): a case
 * changed by someone else since comes back as { kind: "conflict" }, never overwritten.
 */
export type {
  AmendedTermsInput,
  AppealDecisionInput,
  AppealInput,
  AppealOutcomeInput,
  AppealTiming,
  AssessmentInput,
  ConsultedInput,
  DecisionDeps,
  DecisionFailure,
  DecisionResult,
  DecisionSuccess,
  FieldErrors,
  ImmediateActionInput,
  LateAppealInput,
  LetterDraft,
  LetterKind,
  MeansInput,
  NewImmediateCaseInput,
  NoticeInput,
  PassAppealInput,
  PersonInput,
  PrepareNoticeInput,
  RestrictionsInput,
  RestrictionsPreview,
  ReviewDecisionInput,
  ReviewDueItem,
  ReviewOutcomeInput,
  ReviewRequestInput,
  StartReviewInput,
} from "./types";

/** 5.2.2: unreasonable or not, who was consulted; not unreasonable closes with a letter. */
export { assessReferral } from "./assess";
/**
 * 5.2.3–5.2.5: impose restrictions (extreme ones only by the assistant director or City
 * Solicitor); the notice, prepared by the helpdesk manager and given by the role the policy
 * names, from which the terms bind; not telling the customer (a change on review, 5.2.6).
 */
export {
  imposeRestrictions,
  noticeSigner,
  prepareNotice,
  previewRestrictions,
  recordNotice,
  redraftNotice,
} from "./restrictions";
/** 5.2.6: the customer's request (once per period), a council review, the outcome. */
export { decideReview, requestReview, startReview } from "./review";
/**
 * 5.2.7: receive (late ones wait for a person's choice), choose for a late one, pass to the
 * director, the director's outcome, timing preview.
 */
export { appealTiming, decideAppeal, decideLateAppeal, lodgeAppeal, passAppeal } from "./appeal";
/** Section 4: immediate action against a threat to staff, on a case or opening one. */
export { openImmediateCase, takeImmediateAction, type ImmediateCaseDeps } from "./immediate";
/** Closed without restrictions at step one, monitoring, referral or assessment (6). */
export { closeCase, type CloseCaseInput } from "./close";
/** The period is over: restrictions end, RetainUntil = end + 6 years (6). */
export { recordExpiry } from "./expire";
/** Cases whose review is due or overdue, for the helpdesk manager. */
export { overdueReviews } from "../overdueReviews";
