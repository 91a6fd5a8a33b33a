import type { AmendedTerms } from "../../domain/lifecycleCommands";
import { SENIOR_DECIDERS } from "../../domain/lifecycleRules";
import { isExtreme } from "../../domain/terms";
import type { Actor, RestrictionTerms } from "../../domain/types";
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

/**
 * Who signs a letter announcing changed terms: the decider, unless they are extreme measures
 * someone senior agreed (5.2.5), who then tells the customer.
 */
export function amendedSigner(
  actor: Actor,
  amended: { readonly terms?: RestrictionTerms; readonly extremeAgreedBy?: Actor },
): Actor {
  const senior = SENIOR_DECIDERS.includes(actor.role);
  return amended.terms && isExtreme(amended.terms) && !senior && amended.extremeAgreedBy
    ? amended.extremeAgreedBy
    : actor;
}
