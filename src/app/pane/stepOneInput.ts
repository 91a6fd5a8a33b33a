/**
 * The step-one form's input, checked field by field (every error at once, each beside its
 * field) and turned into the domain's OpenCaseInput. Nothing is saved until all of it is right.
 */
import { normaliseAddress } from "../../domain/address";
import { needsLargePrint } from "../../domain/letterChannel";
import type { OpenCaseInput } from "../../domain/lifecycleCommands";
import { parseArrangementTerms } from "../../domain/terms";
import {
  BEHAVIOUR_EXAMPLES,
  type BehaviourExample,
  type CaseRef,
  type EmailAddress,
  type LetterDetails,
  type Person,
  type ReasonableAdjustment,
} from "../../domain/types";
import { checkAddressing } from "../letters/addressingInput";
import type { StepOneField, StepOneInput } from "./types";

const NAME_LIMIT = 200;
const TEXT_LIMIT = 4000;
const ADJUSTMENT_LIMIT = 500;

export type CheckedStepOne = {
  readonly customer: EmailAddress;
  readonly representativeAddress?: EmailAddress;
  readonly deputy?: Person;
  /** Title, surname and postal address for letters, when given. */
  readonly letterDetails?: LetterDetails;
  readonly toCase: (ref: CaseRef) => OpenCaseInput;
};

/** The large-print adjustment the form's checkbox records. */
export const LARGE_PRINT_ADJUSTMENT = "Letters in large print";

type Errors = Partial<Record<StepOneField, string>>;

/** Trimmed text, or null when it is longer than `limit`. */
function text(value: string, limit: number): string | null {
  const trimmed = value.trim();
  return trimmed.length > limit ? null : trimmed;
}

/** A name and address that go together: both, or (when optional) neither. */
function personOf(
  errors: Errors,
  name: string,
  email: string,
  fields: { name: StepOneField; email: StepOneField; who: string },
): Person | undefined {
  const cleanName = text(name, NAME_LIMIT);
  if (cleanName === null) {
    errors[fields.name] = `Keep ${fields.who}'s name to ${NAME_LIMIT} characters.`;
    return undefined;
  }
  if (cleanName === "" && email.trim() === "") return undefined;
  if (cleanName === "") errors[fields.name] = `Give ${fields.who}'s name.`;
  const parsed = normaliseAddress(email);
  if (!parsed.ok) {
    errors[fields.email] =
      email.trim() === ""
        ? `Give ${fields.who}'s email address.`
        : `Give ${fields.who}'s email address in full, such as name@portsmouthcc.gov.uk.`;
    return undefined;
  }
  return cleanName === "" ? undefined : { name: cleanName, email: parsed.value };
}

export function checkStepOne(
  input: StepOneInput,
): { ok: true; value: CheckedStepOne } | { ok: false; fieldErrors: Errors } {
  const errors: Errors = {};
  const customerName = text(input.customerName, NAME_LIMIT);
  if (customerName === "") errors.customerName = "Give the customer's name.";
  else if (customerName === null) {
    errors.customerName = `Keep the customer's name to ${NAME_LIMIT} characters.`;
  }
  const customer = normaliseAddress(input.customerEmail);
  if (!customer.ok) {
    errors.customerEmail =
      input.customerEmail.trim() === ""
        ? "Give the customer's email address."
        : "Give the customer's email address in full, such as name@example.org.";
  }
  const examples = [...new Set(input.behaviourExamples)];
  if (examples.length === 0) {
    errors.behaviourExamples = "Choose at least one example of the behaviour (policy 4.1).";
  } else if (examples.some((e) => !(BEHAVIOUR_EXAMPLES as readonly string[]).includes(e))) {
    errors.behaviourExamples = "Choose the examples from the policy's list (4.1).";
  }
  const detail = text(input.behaviourDetail, TEXT_LIMIT);
  if (detail === null) {
    errors.behaviourDetail = `Keep the description to ${TEXT_LIMIT} characters.`;
  }
  const service = text(input.serviceMostImpacted, NAME_LIMIT);
  if (service === "") {
    errors.serviceMostImpacted = "Give the service most impacted by the behaviour (5.1).";
  } else if (service === null) {
    errors.serviceMostImpacted = `Keep the service's name to ${NAME_LIMIT} characters.`;
  }
  const representative = personOf(errors, input.representativeName, input.representativeEmail, {
    name: "representativeName",
    email: "representativeEmail",
    who: "the representative",
  });
  const spoc = personOf(errors, input.spocName, input.spocEmail, {
    name: "spocName",
    email: "spocEmail",
    who: "the proposed SPOC",
  });
  const deputy = personOf(errors, input.deputyName, input.deputyEmail, {
    name: "deputyName",
    email: "deputyEmail",
    who: "the deputy",
  });
  if (deputy && !spoc && !errors.spocName && !errors.spocEmail) {
    errors.spocName = "Name the proposed SPOC as well as the deputy.";
  }
  const arrangement =
    input.proposedTerms === undefined ? undefined : parseArrangementTerms(input.proposedTerms);
  if (!arrangement) {
    errors.proposedTerms =
      "Set out the way forward proposed to the customer (5.1): the SPOC, how, how often or when they may contact the council, or a condition in your own words.";
  } else if (!arrangement.ok) {
    errors.proposedTerms = arrangement.error.message;
  } else if (arrangement.value.spocOnly === true && !spoc && !errors.spocName) {
    errors.spocName = "Name the proposed SPOC: the arrangement limits contact to them.";
  }
  // "Letters in 18pt" typed as a line is the same need as the checkbox: one structured flag.
  const adjustments: ReasonableAdjustment[] = input.reasonableAdjustments
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((description) =>
      needsLargePrint({ description }) ? { description, largePrint: true } : { description },
    );
  if (input.largePrint === true && !adjustments.some((a) => a.largePrint === true)) {
    adjustments.push({ description: LARGE_PRINT_ADJUSTMENT, largePrint: true });
  }
  const addressing = checkAddressing(
    {
      title: input.customerTitle ?? "",
      surname: input.customerSurname ?? "",
      postalAddress: input.customerPostalAddress ?? "",
    },
    "the customer",
  );
  if (addressing.errors.title) errors.customerTitle = addressing.errors.title;
  if (addressing.errors.surname) errors.customerSurname = addressing.errors.surname;
  if (addressing.errors.postalAddress)
    errors.customerPostalAddress = addressing.errors.postalAddress;
  if (adjustments.some((a) => a.description.length > ADJUSTMENT_LIMIT)) {
    errors.reasonableAdjustments = `Keep each adjustment to ${ADJUSTMENT_LIMIT} characters, one a line.`;
  }
  if (customer.ok && representative && representative.email === customer.value) {
    errors.representativeEmail = "The representative's address must differ from the customer's.";
  }
  if (Object.keys(errors).length > 0 || !customer.ok) {
    return { ok: false, fieldErrors: errors };
  }
  return {
    ok: true,
    value: {
      customer: customer.value,
      ...(representative ? { representativeAddress: representative.email } : {}),
      ...(deputy ? { deputy } : {}),
      ...(addressing.value ? { letterDetails: { customer: addressing.value } } : {}),
      toCase: (ref) => ({
        ref,
        customerName: customerName ?? "",
        serviceMostImpacted: service ?? "",
        behaviourExamples: examples as BehaviourExample[],
        behaviourDetail: detail ?? "",
        representativeOffered: input.representativeOffered,
        ...(representative ? { representative } : {}),
        ...(spoc ? { proposedSpoc: spoc } : {}),
        // Written out in words by the domain, from the terms.
        proposedArrangement: "",
        ...(arrangement?.ok ? { proposedTerms: arrangement.value } : {}),
        reasonableAdjustments: adjustments,
      }),
    },
  };
}
