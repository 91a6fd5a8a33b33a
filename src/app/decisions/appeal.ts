import type { PolicyConfig } from "../../domain/config";
import { appealBy } from "../../domain/deadlines";
import { applyCommand } from "../../domain/lifecycle";
import type { AppealDecision } from "../../domain/lifecycleCommands";
import { parseLocalDate } from "../../domain/localDate";
import type { Actor, CaseRecord, EmailAddress } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import { checkAmendedTerms } from "./amended";
import { conflictWarnings } from "./restrictions";
import { decide } from "./run";
import type {
  AppealDecisionInput,
  AppealInput,
  AppealOutcomeInput,
  AppealTiming,
  DecisionDeps,
  DecisionResult,
  LetterKind,
} from "./types";
import { Form } from "./validation";

const LATE_APPEAL = "lateAppealTreatedAsReview";

/**
 * 5.2.7: the appeal as the city helpdesk manager received it. Within 28 days of the notice it is
 * lodged for the director; after that it goes to the review process (5.2.6) while the period's
 * review request is unused, and is refused otherwise, with both dates.
 */
export async function lodgeAppeal(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: AppealInput,
): Promise<DecisionResult> {
  const form = new Form();
  const lodgedOn = form.date("lodgedOn", input.lodgedOn, "the date the appeal was received");
  const grounds = form.text(
    "grounds",
    input.grounds,
    "Record why the customer disagrees with the decision (5.2.7).",
  );
  if (!form.valid) return form.failure();
  const result = await decide(deps, loaded, actor, {
    commands: [{ kind: "lodgeAppeal", lodgedOn, grounds }],
    letter: (_saved, events) =>
      events.some((e) => e.action === LATE_APPEAL) ? "lateAppealToReview" : "appealReceived",
  });
  if (!result.ok) return result;
  const late = result.events.some((e) => e.action === LATE_APPEAL);
  return { ...result, appealRoute: late ? "review" : "appeal" };
}

function checkOutcome(form: Form, outcome: AppealOutcomeInput): AppealDecision {
  switch (outcome.kind) {
    case "confirmed":
    case "removed":
      return { kind: outcome.kind };
    case "amended":
      return { kind: "amended", ...checkAmendedTerms(form, "outcome", outcome) };
  }
}

const APPEAL_LETTERS: Readonly<Record<AppealDecision["kind"], LetterKind>> = {
  confirmed: "appealConfirmed",
  amended: "appealAmended",
  removed: "appealRemoved",
};

/** 5.2.7: the director of corporate services confirms, amends or removes the conditions. */
export function decideAppeal(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: AppealDecisionInput,
): Promise<DecisionResult> {
  const form = new Form();
  const outcome = checkOutcome(form, input.outcome);
  const reasons = form.text(
    "reasons",
    input.reasons,
    "Give the reasons for the appeal decision (5.2.7).",
  );
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, {
    commands: [{ kind: "decideAppeal", outcome, reasons }],
    reasons,
    warnings: outcome.kind === "amended" ? conflictWarnings(loaded.record, outcome.terms) : [],
    letter: () => APPEAL_LETTERS[outcome.kind],
  });
}

/** Stands in for the helpdesk manager who would record the appeal: the preview is about dates. */
const RECORDER: Actor = {
  name: "preview",
  email: "preview@preview.invalid" as EmailAddress,
  role: "cityHelpdeskManager",
};

/**
 * Synchronous: whether an appeal received on `lodgedOn` is in time and where lodging it would
 * go, by asking the domain the same question lodgeAppeal does.
 */
export function appealTiming(
  record: CaseRecord,
  lodgedOn: string,
  now: Date,
  config: PolicyConfig,
): AppealTiming {
  const period = record.entry.period;
  const lastDay = period ? appealBy(period, config) : undefined;
  const base = lastDay ? { appealBy: lastDay } : {};
  const date = parseLocalDate(lodgedOn.trim());
  if (!date.ok) {
    return {
      ...base,
      inTime: false,
      route: "refused",
      message: "Enter the date the appeal was received.",
    };
  }
  const result = applyCommand(
    record,
    { kind: "lodgeAppeal", lodgedOn: date.value, grounds: "preview" },
    RECORDER,
    now,
    config,
  );
  if (!result.ok) {
    return { ...base, inTime: false, route: "refused", message: result.error.message };
  }
  const [event] = result.value.events;
  const late = event?.action === LATE_APPEAL;
  return {
    ...base,
    inTime: !late,
    route: late ? "review" : "appeal",
    message: event?.summary ?? "",
  };
}
