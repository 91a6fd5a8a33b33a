import { adjustmentConflicts } from "../../domain/adjustments";
import type { PolicyConfig } from "../../domain/config";
import type { RecordNotice } from "../../domain/lifecycleCommands";
import { noticeGivers } from "../../domain/lifecycleRules";
import { rolesInWords } from "../../domain/lifecycleSupport";
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
  PrepareNoticeInput,
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

function checkNotice(form: Form, notice: NoticeInput, config: PolicyConfig): RecordNotice {
  if (notice.kind === "notified") {
    const at = form.instant(
      "notice",
      notice.on,
      notice.time,
      "the customer was told",
      config.timeZone,
    );
    const adjustment = form.optionalText("notice.adjustment", notice.adjustment);
    const given = notice.confirmation;
    const confirmation =
      given?.kind === "inWriting"
        ? {
            kind: "inWriting" as const,
            on: form.date(
              "notice.confirmation.on",
              given.on,
              "the date of the written confirmation",
            ),
          }
        : given?.kind === "adjustment"
          ? { kind: "adjustment" as const, how: given.how }
          : undefined;
    return {
      kind: "recordNotice",
      notice: {
        kind: "notified",
        at,
        method: notice.method,
        ...(adjustment ? { adjustment } : {}),
        ...(confirmation ? { confirmation } : {}),
      },
    };
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

/** The notice of the latest restrictions: extreme measures have their own (5.2.5). */
export function noticeKind(record: CaseRecord): LetterKind | undefined {
  const { terms, period } = record.entry;
  if (!terms || !period) return undefined;
  if (period.notice.kind === "notNotified" || period.notice.kind === "notRequired") {
    return undefined;
  }
  return isExtreme(terms) ? "extremeNotice" : "restrictionNotice";
}

/** Whether `actor` may tell the customer of the latest restrictions (5.2.4, 5.2.5). */
export function mayGiveNotice(record: CaseRecord, actor: Actor): boolean {
  const { terms, period } = record.entry;
  return (
    terms !== undefined && period !== undefined && noticeGivers(period, terms).includes(actor.role)
  );
}

/** Who tells the customer of the latest restrictions, in words, when `actor` may not. */
export function noticeNeededFrom(
  record: CaseRecord,
  actor: Actor,
  config: PolicyConfig,
): string | undefined {
  const { terms, period } = record.entry;
  if (!terms || !period || period.notice.kind !== "pending" || mayGiveNotice(record, actor)) {
    return undefined;
  }
  return rolesInWords(noticeGivers(period, terms), config);
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
  const notice = input.notice ? checkNotice(form, input.notice, deps.config) : undefined;
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
    // The notice goes out from the person who gives it (5.2.4): the helpdesk manager who
    // decided prepares it for them instead.
    letter: (saved) => (mayGiveNotice(saved, actor) ? noticeKind(saved) : undefined),
    noticeNeededFrom: (saved) => noticeNeededFrom(saved, actor, deps.config),
  });
}

/**
 * 5.2.4, 5.2.6: when and how the customer was told, by the person recording it (from which the
 * terms bind and the 28 days count), or, for a change on review, the decision of the assistant
 * director or City Solicitor not to tell them, with the reasons.
 */
export function recordNotice(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: NoticeInput,
): Promise<DecisionResult> {
  const form = new Form();
  const command = checkNotice(form, input, deps.config);
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, { commands: [command] });
}

/**
 * 5.2.4: the helpdesk manager prepares the notice for the person who gives it: recorded, and
 * the letter drafted for that person's signature.
 */
export async function prepareNotice(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: PrepareNoticeInput,
): Promise<DecisionResult> {
  const form = new Form();
  const giver = form.actor("giver", input.giver, "the person who gives the notice");
  if (!form.valid) return form.failure();
  const events = await deps.store.listEvents(loaded.record.entry.ref);
  return decide(deps, loaded, actor, {
    commands: [{ kind: "prepareNotice", giver }],
    reasons: latestReasons(events),
    letter: noticeKind,
    signer: () => giver,
  });
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

/** The reasons of the decision that set the latest terms, from the audit trail. */
function latestReasons(events: readonly CaseEvent[]): string {
  const setting = new Set(["restrictionsImposed", "reviewDecided", "appealDecided"]);
  const last = [...events].reverse().find((e) => setting.has(e.action));
  const reasons = last?.detail["reasons"];
  return typeof reasons === "string" ? reasons : "";
}

/**
 * Who signs the notice of the latest restrictions (9): the person who told the customer; else
 * the person it was prepared for; else the person asking for it, when they may give it; else
 * the decider, when they may. Undefined when none of them may.
 */
export function noticeSigner(record: CaseRecord, asking?: Actor): Actor | undefined {
  const { period } = record.entry;
  if (!period) return undefined;
  const { notice } = period;
  if (notice.kind === "notified" && notice.givenBy) return notice.givenBy;
  const prepared =
    notice.kind === "pending" || notice.kind === "notified" ? notice.prepared : undefined;
  if (prepared) return prepared.giver;
  if (asking && mayGiveNotice(record, asking)) return asking;
  return mayGiveNotice(record, period.decidedBy) ? period.decidedBy : undefined;
}

/**
 * The notice of the latest restrictions again: to send it, once the time it was given is
 * recorded (the appeal-by date then follows it), or to post a copy. Signed by the person who
 * gives it (noticeSigner). Undefined when there is nothing to tell the customer, or no one
 * who may sign it yet (the helpdesk manager prepares it for them first).
 */
export async function redraftNotice(
  deps: DecisionDeps,
  loaded: LoadedCase,
  asking?: Actor,
): Promise<LetterDraft | undefined> {
  const { period, stage } = loaded.record.entry;
  const kind = stage === "restricted" ? noticeKind(loaded.record) : undefined;
  const signedBy = noticeSigner(loaded.record, asking);
  if (!kind || !period || !signedBy) return undefined;
  const events = await deps.store.listEvents(loaded.record.entry.ref);
  return draftLetter(deps, {
    kind,
    before: loaded.record,
    after: loaded.record,
    reasons: latestReasons(events),
    signedBy,
    today: localDateOf(deps.clock.now(), deps.config.timeZone),
  });
}
