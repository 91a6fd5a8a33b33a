import { adjustmentConflicts } from "../../domain/adjustments";
import type { PolicyConfig } from "../../domain/config";
import type { RecordNotice } from "../../domain/lifecycleCommands";
import { isExtreme } from "../../domain/terms";
import { describeTerms } from "../../domain/termsDescription";
import { localDateOf } from "../../domain/zonedTime";
import type {
  Actor,
  CaseEvent,
  CaseRecord,
  LocalDate,
  Person,
  RestrictionTerms,
} from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import { draftLetter } from "./recipients";
import { decide } from "./run";
import type {
  DecisionDeps,
  DecisionResult,
  LetterDraft,
  LetterKind,
  NoticeInput,
  RestrictionsInput,
  RestrictionsPreview,
} from "./types";
import { Form } from "./validation";

type CheckedRestrictions = {
  readonly terms: RestrictionTerms;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly spoc?: Person;
  readonly deputy?: Person;
};

function checkRestrictions(form: Form, input: RestrictionsInput): CheckedRestrictions {
  const terms = form.terms("terms", input.terms);
  const start = form.date("start", input.start, "the first day of the restrictions");
  const end = form.date("end", input.end, "the last day of the restrictions");
  const spoc = form.optionalPerson("spoc", input.spoc, "the single point of contact");
  const deputy = form.optionalPerson("deputy", input.deputy, "the deputy");
  return { terms, start, end, ...(spoc ? { spoc } : {}), ...(deputy ? { deputy } : {}) };
}

function checkNotice(form: Form, notice: NoticeInput): RecordNotice {
  if (notice.kind === "notified") {
    const on = form.date("notice.on", notice.on, "the date the customer was told");
    return { kind: "recordNotice", notice: { kind: "notified", on } };
  }
  const reason = form.text(
    "notice.reason",
    notice.reason,
    "Record the reasons for not telling the customer (5.2.6).",
  );
  return { kind: "recordNotice", notice: { kind: "notNotified", reason } };
}

export function conflictWarnings(record: CaseRecord, terms: RestrictionTerms): readonly string[] {
  return adjustmentConflicts(terms, record.file.reasonableAdjustments).map((c) => c.message);
}

/** The notice for terms now in force: extreme measures have their own (5.2.5). */
export function noticeKind(record: CaseRecord): LetterKind | undefined {
  const { terms, period } = record.entry;
  if (!terms || !period || period.notice.kind === "notNotified") return undefined;
  return isExtreme(terms) ? "extremeNotice" : "restrictionNotice";
}

/**
 * 5.2.3–5.2.5: restrictions for a first period, with the notice letter. Conflicts with recorded
 * reasonable adjustments are warnings. The notice (5.2.4) or the decision not to notify (5.2.6)
 * is recorded with it when given, otherwise later with recordNotice.
 */
export function imposeRestrictions(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: RestrictionsInput,
): Promise<DecisionResult> {
  const form = new Form();
  const checked = checkRestrictions(form, input);
  const reasons = form.text(
    "reasons",
    input.reasons,
    "Give the reasons for the restrictions (5.2.4).",
  );
  const proportionalityNote = form.optionalText("proportionalityNote", input.proportionalityNote);
  const notice = input.notice ? checkNotice(form, input.notice) : undefined;
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, {
    commands: [
      {
        kind: "imposeRestrictions",
        ...checked,
        reasons,
        ...(proportionalityNote ? { proportionalityNote } : {}),
      },
      ...(notice ? [notice] : []),
    ],
    reasons,
    warnings: conflictWarnings(loaded.record, checked.terms),
    letter: noticeKind,
  });
}

/**
 * 5.2.4, 5.2.6: the date the customer was told (which starts the 28 days), or the decision of
 * the assistant director or City Solicitor not to tell them, with the reasons.
 */
export function recordNotice(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: NoticeInput,
): Promise<DecisionResult> {
  const form = new Form();
  const command = checkNotice(form, input);
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, { commands: [command] });
}

/** Synchronous: errors, adjustment warnings and the terms in words while the form is filled. */
export function previewRestrictions(
  record: CaseRecord,
  input: RestrictionsInput,
  config: PolicyConfig,
): RestrictionsPreview {
  const form = new Form();
  const checked = checkRestrictions(form, input);
  const errors = form.fieldErrors;
  const termsOk = !("terms" in errors);
  return {
    errors,
    warnings: termsOk ? conflictWarnings(record, checked.terms) : [],
    sentences: termsOk
      ? describeTerms(
          checked.terms,
          { spoc: checked.spoc, deputy: checked.deputy, periodStart: checked.start || undefined },
          config,
        )
      : [],
    extreme: termsOk && isExtreme(checked.terms),
  };
}

/** The reasons of the decision that set the terms now in force, from the audit trail. */
function latestReasons(events: readonly CaseEvent[]): string {
  const setting = new Set(["restrictionsImposed", "reviewDecided", "appealDecided"]);
  const last = [...events].reverse().find((e) => setting.has(e.action));
  const reasons = last?.detail["reasons"];
  return typeof reasons === "string" ? reasons : "";
}

/**
 * The notice of the current period again, e.g. once the notice date is recorded (the appeal-by
 * date then follows it) or to post a copy. Undefined when no restrictions are in force or the
 * council decided not to tell the customer.
 */
export async function redraftNotice(
  deps: DecisionDeps,
  loaded: LoadedCase,
): Promise<LetterDraft | undefined> {
  const { period, stage } = loaded.record.entry;
  const kind = stage === "restricted" ? noticeKind(loaded.record) : undefined;
  if (!kind || !period) return undefined;
  const events = await deps.store.listEvents(loaded.record.entry.ref);
  return draftLetter(deps, {
    kind,
    before: loaded.record,
    after: loaded.record,
    reasons: latestReasons(events),
    signedBy: period.decidedBy,
    today: localDateOf(deps.clock.now(), deps.config.timeZone),
  });
}
