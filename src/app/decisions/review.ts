import type { ReviewOutcome } from "../../domain/lifecycleCommands";
import type { Actor } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import { amendedSigner, checkAmendedTerms } from "./amended";
import { conflictWarnings, noticeNeededFrom } from "./restrictions";
import { decide } from "./run";
import type {
  DecisionDeps,
  DecisionResult,
  LetterKind,
  ReviewDecisionInput,
  ReviewOutcomeInput,
  ReviewRequestInput,
  StartReviewInput,
} from "./types";
import { Form } from "./validation";

/**
 * 5.2.4, 5.2.6: the customer's written request, recorded by the city helpdesk manager. Once per
 * restriction period: a second is refused with the date of the first.
 */
export function requestReview(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: ReviewRequestInput,
): Promise<DecisionResult> {
  const form = new Form();
  const requestedOn = form.date("requestedOn", input.requestedOn, "the date of the request");
  const grounds = form.text(
    "grounds",
    input.grounds,
    "Record why the customer considers a review is necessary (5.2.6).",
  );
  const receivedVia = form.means("receivedVia", input.receivedVia, "the request", "5.2.6");
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, {
    commands: [{ kind: "requestReview", requestedOn, grounds, receivedVia }],
    letter: () => "reviewRequestReceived",
  });
}

/** 5.2.6: the council reviews at any time during the restrictions. */
export function startReview(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: StartReviewInput,
): Promise<DecisionResult> {
  const form = new Form();
  const grounds = form.text(
    "grounds",
    input.grounds,
    "Record why the council is reviewing the restrictions (5.2.6).",
  );
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, { commands: [{ kind: "startReview", grounds }] });
}

function checkOutcome(form: Form, outcome: ReviewOutcomeInput): ReviewOutcome {
  switch (outcome.kind) {
    case "remove":
    case "keep":
      return { kind: outcome.kind };
    case "extend":
      return {
        kind: "extend",
        newEnd: form.date("outcome.newEnd", outcome.newEnd, "the new last day of the restrictions"),
      };
    case "amend":
      return { kind: "amend", ...checkAmendedTerms(form, "outcome", outcome) };
  }
}

const REVIEW_LETTERS: Readonly<Record<ReviewOutcome["kind"], LetterKind>> = {
  remove: "reviewRemoved",
  keep: "reviewKept",
  extend: "reviewExtended",
  amend: "reviewAmended",
};

/**
 * 5.2.6: the city helpdesk manager decides, in consultation with the assistant director and/or
 * the City Solicitor: remove, keep, extend or amend, each with a letter. Extending or amending
 * starts a new period, with its own notice, review request and appeal.
 */
export function decideReview(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: ReviewDecisionInput,
): Promise<DecisionResult> {
  const form = new Form();
  const outcome = checkOutcome(form, input.outcome);
  const consulted = form.consulted(
    "consulted",
    input.consulted,
    "Record who was consulted: the assistant director of corporate services and/or the City Solicitor (5.2.6).",
  );
  const reasons = form.text(
    "reasons",
    input.reasons,
    "Give the reasons for the review decision (5.2.6).",
  );
  if (!form.valid) return Promise.resolve(form.failure());
  const signer = outcome.kind === "amend" ? amendedSigner(actor, outcome) : actor;
  return decide(deps, loaded, actor, {
    commands: [{ kind: "decideReview", consulted, outcome, reasons }],
    reasons,
    warnings: outcome.kind === "amend" ? conflictWarnings(loaded.record, outcome.terms) : [],
    letter: () => REVIEW_LETTERS[outcome.kind],
    signer: () => signer,
    noticeNeededFrom: (saved) => noticeNeededFrom(saved, signer, deps.config),
  });
}
