/**
 * Section 4: immediate action against a threat to staff, by the assistant director or the City
 * Solicitor (or deputy): on a case the council has, or opening one for a customer it has not.
 * The customer is treated as blocked from that moment; no letter goes to them (the council is
 * "not obliged to give the customer warning").
 */
import { normaliseAddress } from "../../domain/address";
import type { ImmediateActionInput as DomainInput } from "../../domain/lifecycleCommands";
import { openImmediateCase as openCaseWithAction } from "../../domain/lifecycleImmediate";
import { IMMEDIATE_ACTIONS } from "../../domain/types";
import type { Actor, EmailAddress, LocalDate } from "../../domain/types";
import { localDateOf } from "../../domain/zonedTime";
import { appendEvents, type LoadedCase, loadCase } from "../caseCommands";
import { freshRef, MAX_REF_ATTEMPTS } from "../newCaseRef";
import type { IdGenerator } from "../ports";
import { decide } from "./run";
import type {
  DecisionDeps,
  DecisionResult,
  ImmediateActionInput,
  NewImmediateCaseInput,
} from "./types";
import { Form, invalid } from "./validation";

function checkAction(form: Form, input: ImmediateActionInput): DomainInput {
  const behaviour = form.text(
    "behaviour",
    input.behaviour,
    "Describe the behaviour that threatens the health, safety or wellbeing of staff (4).",
  );
  const reasons = form.text(
    "reasons",
    input.reasons,
    "Give the reasons for the immediate action (4).",
  );
  const actions = input.actions.filter((a) => IMMEDIATE_ACTIONS.includes(a));
  if (actions.length === 0) form.fail("actions", "Choose the action taken (4).");
  const reviewOn = form.date("reviewOn", input.reviewOn, "the date of the review");
  const until =
    input.until && input.until.trim() !== ""
      ? form.date("until", input.until, "the last day of the action")
      : undefined;
  const premises = form.optionalText("premises", input.premises);
  const policeReference = form.optionalText("policeReference", input.policeReference);
  return {
    behaviour,
    actions,
    reasons,
    reviewOn,
    ...(until ? { until } : {}),
    ...(input.blockedChannels?.length ? { blockedChannels: input.blockedChannels } : {}),
    ...(premises ? { premises } : {}),
    ...(policeReference ? { policeReference } : {}),
  };
}

/** Section 4 on an open case, at whatever stage: the action binds at once. */
export function takeImmediateAction(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: ImmediateActionInput,
): Promise<DecisionResult> {
  const form = new Form();
  const action = checkAction(form, input);
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, {
    commands: [{ kind: "takeImmediateAction", ...action }],
    reasons: action.reasons,
  });
}

export type ImmediateCaseDeps = DecisionDeps & { readonly ids: IdGenerator };

/**
 * Section 4 for a customer with no open case: the case is opened under immediate action, with
 * the customer's address on UCB Addresses (when one is known), so their contact is flagged.
 */
export async function openImmediateCase(
  deps: ImmediateCaseDeps,
  actor: Actor,
  input: NewImmediateCaseInput,
): Promise<DecisionResult> {
  const form = new Form();
  const customerName = form.text("customerName", input.customerName, "Give the customer's name.");
  const serviceArea = form.text(
    "serviceArea",
    input.serviceArea,
    "Give the service whose staff the behaviour threatened (4).",
  );
  let customer: EmailAddress | undefined;
  if (input.customerEmail.trim() !== "") {
    const parsed = normaliseAddress(input.customerEmail);
    if (parsed.ok) customer = parsed.value;
    else
      form.fail("customerEmail", "Give the customer's email address in full, or leave it blank.");
  }
  const action = checkAction(form, input);
  if (!form.valid) return form.failure();
  const now = deps.clock.now();
  const today: LocalDate = localDateOf(now, deps.config.timeZone);
  const year = Number(today.slice(0, 4));
  for (let attempt = 0; attempt < MAX_REF_ATTEMPTS; attempt += 1) {
    const ref = freshRef(deps.ids, year);
    const decided = openCaseWithAction(
      { ref, customerName, serviceArea, ...action },
      actor,
      now,
      deps.config,
    );
    if (!decided.ok) {
      return {
        ok: false,
        kind: "refused",
        refusal: decided.error,
        message: decided.error.message,
      };
    }
    const { record, events } = decided.value;
    const created = await deps.store.createCase(
      { ...record, addresses: customer ? [{ address: customer, kind: "customer" }] : [] },
      actor,
    );
    // createCase is idempotent on the reference: another case under it means a clash.
    if (created.value.customerName !== record.entry.customerName) continue;
    const unsavedEvents = await appendEvents(deps.store, events);
    const loaded = await loadCase(deps.store, ref);
    if (!loaded) break;
    return { ok: true, loaded, events, unsavedEvents, warnings: [] };
  }
  return invalid({ customerName: "A new case reference could not be found. Try again." });
}
