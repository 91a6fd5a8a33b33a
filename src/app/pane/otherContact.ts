/**
 * Logging a telephone call, letter, visit or other contact that did not come by email (5.2.3:
 * restrictions cover every channel, days and times, and volumes). The contact is judged against
 * the case's terms as they stood when it was made, the verdict is stored with it, and it goes
 * through the contact outbox, so it is retried, never lost and never stored twice.
 */
import type { ContactFacts } from "../../domain/types";
import type { AppDeps } from "../deps";
import { describeFailure, describeFailureCode } from "../errorWording";
import type { SignedInUser } from "../ports";
import { judge } from "./caseSummary";
import { evaluationWindowStart } from "./evaluationWindow";
import { otherContactErrors } from "./otherContactInput";
import type { ContactOutbox } from "./outbox";
import type { LogOtherInput, OtherContactOutcome, VerdictView } from "./types";
import { couldNotCheck } from "./verdictWords";
import type { Verdict } from "../../domain/types";

/** The terms restrict how the customer contacts the council, not how the council replies. */
export const COUNCIL_CONTACT_NOTE =
  "Contact made by the council is logged but not judged against the customer's terms, and it does not count towards their allowance.";

const THIS_CONTACT = "this contact";

async function judgeOther(
  deps: AppDeps,
  input: LogOtherInput,
): Promise<{ readonly verdict?: Verdict; readonly view: VerdictView }> {
  try {
    const data = await deps.store.getCaseForEvaluation(
      input.ref,
      evaluationWindowStart(input.at, deps.config),
    );
    if (!data) {
      const gone = describeFailureCode("notFound", undefined, { ref: input.ref });
      return { view: couldNotCheck(gone, THIS_CONTACT) };
    }
    const facts: ContactFacts = { channel: input.channel, at: input.at, to: [], cc: [] };
    return judge(
      { entry: data.entry.value, contacts: data.contacts },
      facts,
      deps.config,
      THIS_CONTACT,
    );
  } catch (e) {
    // The contact is still logged: a verdict that could not be worked out never loses it.
    return { view: couldNotCheck(describeFailure(e, { ref: input.ref }), THIS_CONTACT) };
  }
}

export async function logOtherContact(
  deps: AppDeps,
  outbox: ContactOutbox,
  input: LogOtherInput,
  user: SignedInUser,
): Promise<OtherContactOutcome> {
  const invalid = otherContactErrors(input, deps.clock.now());
  if (invalid) return invalid;
  if (input.direction === "outbound") {
    const status = await outbox.logOther(input, user);
    return status.kind === "invalid"
      ? status
      : { kind: "logged", status, note: COUNCIL_CONTACT_NOTE };
  }
  const judged = await judgeOther(deps, input);
  const status = await outbox.logOther(input, user, judged.verdict);
  return status.kind === "invalid" ? status : { kind: "logged", status, verdict: judged.view };
}
