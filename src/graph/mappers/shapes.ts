/** Runtime shapes of the JSON the store keeps in multi-line text columns. */
import type {
  Actor,
  Addressing,
  AgreedArrangement,
  AppealState,
  Assessment,
  ImmediateAction,
  LateAppealDecision,
  Means,
  Notice,
  NoticeConfirmation,
  NoticePrepared,
  LetterDetails,
  Person,
  ReasonableAdjustment,
  Referral,
  RestrictionPeriod,
  RestrictionTerms,
  Result,
  ReviewState,
  StepOneRecord,
  SupersededPeriod,
} from "../../domain/types";
import {
  BEHAVIOUR_EXAMPLES,
  CHANNELS,
  IMMEDIATE_ACTIONS,
  NOTICE_METHODS,
  PERIOD_ORIGINS,
  ROLES,
} from "../../domain/types";
import { normaliseAddress } from "../../domain/address";
import { parseLocalDate } from "../../domain/localDate";
import { parseTerms } from "../../domain/terms";
import {
  arrayOf,
  boolean,
  count,
  fromResult,
  instant,
  object,
  oneOf,
  ShapeError,
  string,
  tagged,
  type Shape,
} from "../shape";

export const localDate = fromResult(parseLocalDate);
export const email = fromResult(normaliseAddress);

/** A value a domain parser accepts as it is (not only text); its refusal becomes the message. */
function checkedBy<T>(parse: (value: unknown) => Result<T>, what: string): Shape<T> {
  return (value, path) => {
    const result = parse(value);
    if (!result.ok) throw new ShapeError(path, `${what} (${result.error.message})`);
    return result.value;
  };
}

export const termsShape: Shape<RestrictionTerms> = checkedBy(parseTerms, "valid terms");

export const person: Shape<Person> = object({ name: string, email });
/** `asDeputy` is absent on actors recorded by an earlier release. */
export const actor: Shape<Actor> = object(
  { name: string, email, role: oneOf(ROLES) },
  { asDeputy: boolean },
);

export const means: Shape<Means> = object({ channel: oneOf(CHANNELS) }, { adjustment: string });

const representativeOffer = object(
  { offeredOn: localDate, answer: oneOf(["pending", "accepted", "declined"]) },
  { answeredOn: localDate, representative: person },
);

export const stepOneShape: Shape<StepOneRecord> = object(
  {
    raisedOn: localDate,
    raisedBy: actor,
    serviceMostImpacted: string,
    behaviourExamples: arrayOf(oneOf(BEHAVIOUR_EXAMPLES)),
    behaviourDetail: string,
    representativeOffered: boolean,
    proposedArrangement: string,
    agreement: oneOf(["pending", "agreed", "notAgreed"]),
  },
  {
    representativeOffer,
    proposedSpoc: person,
    proposedTerms: termsShape,
    confirmedInWritingOn: localDate,
    confirmedVia: means,
    agreementRecordedOn: localDate,
  },
);

/** The register's Arrangement column: the agreed terms and the day of the agreement. */
export const arrangementShape: Shape<Omit<AgreedArrangement, "summary">> = object({
  agreedOn: localDate,
  terms: termsShape,
});

export const referralShape: Shape<Referral> = object(
  {
    referredOn: localDate,
    referredBy: actor,
    behaviour: string,
    workUndertaken: string,
    correspondence: arrayOf(string),
    monitoringEvidence: string,
    contactCount: count,
  },
  { arrangement: string },
);

/** Consultation dates are absent on assessments recorded by an earlier release. */
const consulted = object(
  { name: string, email, role: oneOf(ROLES) },
  { asDeputy: boolean, on: localDate },
);

export const assessmentShape: Shape<Assessment> = object({
  decidedOn: localDate,
  decidedBy: actor,
  consulted: arrayOf(consulted),
  unreasonable: boolean,
  restrictionsNeeded: boolean,
  reasons: string,
});

export const adjustmentsShape: Shape<readonly ReasonableAdjustment[]> = arrayOf(
  object(
    { description: string },
    { requiresChannels: arrayOf(oneOf(CHANNELS)), largePrint: boolean },
  ),
);

const addressingShape: Shape<Addressing> = object(
  {},
  { title: string, surname: string, salutation: string, postalAddress: arrayOf(string) },
);

export const letterDetailsShape: Shape<LetterDetails> = object(
  {},
  { customer: addressingShape, representative: addressingShape },
);

export const immediateActionShape: Shape<ImmediateAction> = object(
  {
    decidedAt: instant,
    decidedOn: localDate,
    decidedBy: actor,
    behaviour: string,
    actions: arrayOf(oneOf(IMMEDIATE_ACTIONS)),
    reasons: string,
    reviewOn: localDate,
  },
  {
    until: localDate,
    blockedChannels: arrayOf(oneOf(CHANNELS)),
    premises: string,
    policeReference: string,
  },
);

// ---------------------------------------------------------------------------------------------
// The register's lifecycle detail (UCB Register's JSON columns)

const prepared: Shape<NoticePrepared> = object({ by: actor, at: instant, giver: actor });

const confirmation: Shape<NoticeConfirmation> = tagged<NoticeConfirmation>("kind", {
  inWriting: object({ on: localDate }) as Shape<NoticeConfirmation>,
  adjustment: object({ how: string }) as Shape<NoticeConfirmation>,
});

export const noticeShape: Shape<Notice> = tagged<Notice>("kind", {
  pending: object({}, { prepared }) as Shape<Notice>,
  notified: object(
    { on: localDate },
    {
      at: instant,
      method: oneOf(NOTICE_METHODS),
      adjustment: string,
      confirmation,
      givenBy: actor,
      prepared,
    },
  ) as Shape<Notice>,
  notNotified: object(
    { reason: string, decidedBy: actor, decidedOn: localDate },
    { decidedAt: instant },
  ) as Shape<Notice>,
  notRequired: object({}) as Shape<Notice>,
});

const periodShape: Shape<RestrictionPeriod> = object(
  {
    number: count,
    start: localDate,
    end: localDate,
    decidedOn: localDate,
    decidedBy: actor,
    notice: noticeShape,
    customerReviewRequests: arrayOf(localDate),
  },
  { decidedAt: instant, origin: oneOf(PERIOD_ORIGINS) },
);

/** Terms are validated by the domain's own parser, as the Terms column is. */
const terms: Shape<SupersededPeriod["terms"]> = (value, path) => {
  const parsed = parseTerms(value);
  if (!parsed.ok) throw new ShapeError(path, `valid terms (${parsed.error.message})`);
  return parsed.value;
};

export const supersededShape: Shape<SupersededPeriod> = object(
  { terms, period: periodShape },
  { termsSummary: string, spoc: person, deputy: person },
);

export const reviewShape: Shape<ReviewState> = tagged<ReviewState>("status", {
  none: object({}) as Shape<ReviewState>,
  pending: object(
    { requestedOn: localDate, by: oneOf(["customer", "council"]), grounds: string },
    { receivedVia: means },
  ) as Shape<ReviewState>,
});

const lateDecision: Shape<LateAppealDecision> = object(
  {
    choice: oneOf(["consider", "referToReview"]),
    reasons: string,
    by: actor,
    on: localDate,
    appealBy: localDate,
  },
  { asReviewRequest: boolean },
);

const received = { lodgedOn: localDate, grounds: string };
const receivedOptional = { receivedVia: means, late: lateDecision };

export const appealShape: Shape<AppealState> = tagged<AppealState>("status", {
  none: object({}) as Shape<AppealState>,
  lodged: object(received, receivedOptional) as Shape<AppealState>,
  late: object({ ...received, appealBy: localDate }, receivedOptional) as Shape<AppealState>,
  passed: object(
    { ...received, passedOn: localDate, passedBy: actor, information: arrayOf(string) },
    receivedOptional,
  ) as Shape<AppealState>,
  decided: object(
    {
      lodgedOn: localDate,
      decidedOn: localDate,
      outcome: oneOf(["confirmed", "amended", "removed"]),
    },
    { decidedBy: actor },
  ) as Shape<AppealState>,
  referredToReview: object(
    { ...received, decision: lateDecision },
    { receivedVia: means },
  ) as Shape<AppealState>,
});
