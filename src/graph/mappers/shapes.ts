/** Runtime shapes of the JSON the store keeps in multi-line text columns. */
import type {
  Actor,
  Addressing,
  Assessment,
  LetterDetails,
  Person,
  ReasonableAdjustment,
  Referral,
  StepOneRecord,
} from "../../domain/types";
import { BEHAVIOUR_EXAMPLES, CHANNELS, ROLES } from "../../domain/types";
import { normaliseAddress } from "../../domain/address";
import { parseLocalDate } from "../../domain/localDate";
import { arrayOf, boolean, count, fromResult, object, oneOf, string, type Shape } from "../shape";

export const localDate = fromResult(parseLocalDate);
export const email = fromResult(normaliseAddress);

export const person: Shape<Person> = object({ name: string, email });
export const actor: Shape<Actor> = object({ name: string, email, role: oneOf(ROLES) });

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
  { proposedSpoc: person, confirmedInWritingOn: localDate, agreementRecordedOn: localDate },
);

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

export const assessmentShape: Shape<Assessment> = object({
  decidedOn: localDate,
  decidedBy: actor,
  consulted: arrayOf(actor),
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
