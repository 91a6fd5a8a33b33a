import type { PolicyConfig } from "../../domain/config";
import { appealBy } from "../../domain/deadlines";
import { applyCommand } from "../../domain/lifecycle";
import type { AppealDecision } from "../../domain/lifecycleCommands";
import { parseLocalDate } from "../../domain/localDate";
import type { Actor, CaseRecord, EmailAddress } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import { amendedSigner, checkAmendedTerms } from "./amended";
import { conflictWarnings, noticeNeededFrom } from "./restrictions";
import { decide } from "./run";
import type {
  AppealDecisionInput,
  AppealInput,
  AppealOutcomeInput,
  AppealTiming,
  DecisionDeps,
  DecisionResult,
  LateAppealInput,
  LetterKind,
  PassAppealInput,
} from "./types";
import { Form } from "./validation";

const LATE_APPEAL = "lateAppealReceived";

/**
 * 5.2.7: the appeal as the city helpdesk manager received it: when, why, how it arrived.
 * Within 28 days of the notice it waits to be passed to the director, with a letter to say it
 * was received; after that it waits for the director or the helpdesk manager to choose what
 * happens to it (decideLateAppeal), and nothing is sent until they have.
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
  const receivedVia = form.means("receivedVia", input.receivedVia, "the appeal", "5.2.7");
  if (!form.valid) return form.failure();
  const result = await decide(deps, loaded, actor, {
    commands: [{ kind: "lodgeAppeal", lodgedOn, grounds, receivedVia }],
    letter: (_saved, events) =>
      events.some((e) => e.action === LATE_APPEAL) ? undefined : "appealReceived",
  });
  if (!result.ok) return result;
  const late = result.events.some((e) => e.action === LATE_APPEAL);
  return { ...result, appealRoute: late ? "late" : "appeal" };
}

/**
 * 5.2.7: a late appeal: considered anyway (acknowledged like any appeal), or the customer
 * referred to the review process (told how to ask for a review, or that the appeal was taken
 * as their request).
 */
export function decideLateAppeal(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: LateAppealInput,
): Promise<DecisionResult> {
  const form = new Form();
  const reasons = form.text("reasons", input.reasons, "Give the reasons for the choice (5.2.7).");
  if (input.choice !== "consider" && input.choice !== "referToReview") {
    form.fail("choice", "Choose to consider the appeal or to refer the customer to review.");
  }
  if (!form.valid) return Promise.resolve(form.failure());
  const asReviewRequest = input.choice === "referToReview" && input.asReviewRequest === true;
  const letter: LetterKind =
    input.choice === "consider"
      ? "appealReceived"
      : asReviewRequest
        ? "lateAppealToReview"
        : "lateAppealReferred";
  return decide(deps, loaded, actor, {
    commands: [
      {
        kind: "decideLateAppeal",
        choice: input.choice,
        reasons,
        ...(asReviewRequest ? { asReviewRequest } : {}),
      },
    ],
    reasons,
    letter: () => letter,
  });
}

/** 5.2.7: the helpdesk manager passes the information gathered to the director. */
export function passAppeal(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: PassAppealInput,
): Promise<DecisionResult> {
  const information = input.information.map((i) => i.trim()).filter((i) => i !== "");
  return decide(deps, loaded, actor, { commands: [{ kind: "passAppeal", information }] });
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
  const signer = outcome.kind === "amended" ? amendedSigner(actor, outcome) : actor;
  return decide(deps, loaded, actor, {
    commands: [{ kind: "decideAppeal", outcome, reasons }],
    reasons,
    warnings: outcome.kind === "amended" ? conflictWarnings(loaded.record, outcome.terms) : [],
    letter: () => APPEAL_LETTERS[outcome.kind],
    signer: () => signer,
    noticeNeededFrom: (saved) => noticeNeededFrom(saved, signer, deps.config),
  });
}

/** Stands in for the helpdesk manager who would record the appeal: the preview is about dates. */
const RECORDER: Actor = {
  name: "preview",
  email: "preview@preview.invalid" as EmailAddress,
  role: "cityHelpdeskManager",
};

/**
 * Synchronous: whether an appeal received on `lodgedOn` is in time and where recording it
 * would lead, by asking the domain the same question lodgeAppeal does.
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
    {
      kind: "lodgeAppeal",
      lodgedOn: date.value,
      grounds: "preview",
      receivedVia: { channel: "letter" },
    },
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
    route: late ? "late" : "appeal",
    message: event?.summary ?? "",
  };
}
