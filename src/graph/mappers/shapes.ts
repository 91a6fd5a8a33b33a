/** Runtime shapes of the JSON the store keeps in multi-line text columns. */
import type {
  Actor,
  AgreedArrangement,
  Assessment,
  Person,
  ReasonableAdjustment,
  Referral,
  RestrictionTerms,
  Result,
  StepOneRecord,
} from "../../domain/types";
import { BEHAVIOUR_EXAMPLES, CHANNELS, ROLES } from "../../domain/types";
import { normaliseAddress } from "../../domain/address";
import { parseLocalDate } from "../../domain/localDate";
import { parseTerms } from "../../domain/terms";
import {
  arrayOf,
  boolean,
  count,
  fromResult,
  object,
  oneOf,
  type Shape,
  ShapeError,
  string,
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
  {
    proposedSpoc: person,
    proposedTerms: termsShape,
    confirmedInWritingOn: localDate,
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

export const assessmentShape: Shape<Assessment> = object({
  decidedOn: localDate,
  decidedBy: actor,
  consulted: arrayOf(actor),
  unreasonable: boolean,
  restrictionsNeeded: boolean,
  reasons: string,
});

export const adjustmentsShape: Shape<readonly ReasonableAdjustment[]> = arrayOf(
  object({ description: string }, { requiresChannels: arrayOf(oneOf(CHANNELS)) }),
);
