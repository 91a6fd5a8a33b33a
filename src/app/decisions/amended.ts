import type { AmendedTerms } from "../../domain/lifecycleCommands";
import type { AmendedTermsInput } from "./types";
import type { Form } from "./validation";

/** New terms from a review or an appeal, checked field by field under `field`. */
export function checkAmendedTerms(
  form: Form,
  field: string,
  input: AmendedTermsInput,
): AmendedTerms {
  const terms = form.terms(`${field}.terms`, input.terms);
  const newEnd =
    input.newEnd && input.newEnd.trim() !== ""
      ? form.date(`${field}.newEnd`, input.newEnd, "the new last day of the restrictions")
      : undefined;
  const spoc = form.optionalPerson(`${field}.spoc`, input.spoc, "the single point of contact");
  const deputy = form.optionalPerson(`${field}.deputy`, input.deputy, "the deputy");
  const agreed = input.extremeAgreedBy
    ? form.actor(`${field}.extremeAgreedBy`, input.extremeAgreedBy, "the person who agreed")
    : undefined;
  return {
    terms,
    ...(newEnd ? { newEnd } : {}),
    ...(spoc ? { spoc } : {}),
    ...(deputy ? { deputy } : {}),
    ...(agreed ? { extremeAgreedBy: agreed } : {}),
  };
}
