/**
 * 5.2.1: referring a case to the city helpdesk manager. The evidence is compiled from the case
 * file (the step-one record, the arrangement) and the contact log since step one; the person
 * may edit it; the domain's refer command decides, through runCommand; and a message to the
 * helpdesk manager carries the referral.
 */
import { contactChart } from "../contactChart";
import { describeBehaviour } from "../../domain/behaviour";
import type { PolicyConfig } from "../../domain/config";
import { applyCommand, availableCommands } from "../../domain/lifecycle";
import type { Refer } from "../../domain/lifecycleCommands";
import type {
  Actor,
  CaseRecord,
  CaseRef,
  EmailAddress,
  LoggedContact,
  StepOneRecord,
} from "../../domain/types";
import { channelName, formatLongDate, listWithAnd } from "../../domain/wording";
import { localDateOf, startOfLocalDate } from "../../domain/zonedTime";
import { loadCase, runCommand } from "../caseCommands";
import { REASON_IN_WORDS, VERDICT_IN_WORDS } from "../caseViewContacts";
import type { AppDeps } from "../deps";
import { describeFailure, failureSentence } from "../errorWording";
import { keptDocumentLines } from "../letters/correspondence";
import { letterDate } from "../letters/format";
import { referralMessage, referralSubject } from "../letters/referralMessage";
import type { SignedInUser } from "../ports";
import type {
  FormOutcome,
  PreparedReferral,
  ReferralDraft,
  ReferralField,
  ReferralSent,
} from "./types";

export type ReferralOptions = { readonly helpdeskMailbox: EmailAddress };

/** The domain's requireText limit; the evidence is cut to fit it. */
const TEXT_LIMIT = 4000;
const EVIDENCE_LINES = 30;

function referrer(record: CaseRecord, user: SignedInUser, now: Date, config: PolicyConfig) {
  const as = (role: Actor["role"]): Actor => ({ name: user.name, email: user.email, role });
  const role = user.roles.find((r) =>
    availableCommands(record, as(r), now, config).includes("refer"),
  );
  if (role) return { ok: true as const, actor: as(role) };
  // The domain's own refusal (role, stage or the concern not yet confirmed in writing).
  const refused = applyCommand(
    record,
    { kind: "refer", behaviour: "", workUndertaken: "", correspondence: [], contactCount: 0 },
    as(user.roles[0] ?? "frontline"),
    now,
    config,
  );
  return {
    ok: false as const,
    message: refused.ok ? "This case cannot be referred now." : refused.error.message,
  };
}

function behaviourText(stepOne: StepOneRecord): string {
  const examples = stepOne.behaviourExamples.map((e) => {
    const w = describeBehaviour(e);
    return `- ${w.label}: ${w.description}`;
  });
  const detail = stepOne.behaviourDetail.trim();
  return [...examples, ...(detail ? ["", detail] : [])].join("\n");
}

function agreementText(stepOne: StepOneRecord): string {
  const on = stepOne.agreementRecordedOn
    ? ` (recorded on ${letterDate(stepOne.agreementRecordedOn)})`
    : "";
  switch (stepOne.agreement) {
    case "agreed":
      return `The customer agreed the arrangement${on}; their contact has been monitored since.`;
    case "notAgreed":
      return `The customer did not agree the arrangement${on}.`;
    case "pending":
      return "No answer from the customer to the proposed arrangement has been recorded.";
  }
}

function workText(stepOne: StepOneRecord, record: CaseRecord): string {
  const lines = [
    `${stepOne.raisedBy.name} raised the concern on ${letterDate(stepOne.raisedOn)} for ${stepOne.serviceMostImpacted} (5.1).`,
    stepOne.confirmedInWritingOn
      ? `The concern was confirmed to the customer in writing on ${letterDate(stepOne.confirmedInWritingOn)}.`
      : "The concern has not been recorded as confirmed in writing.",
    `Proposed way forward: ${stepOne.proposedArrangement}`,
    ...(stepOne.proposedSpoc
      ? [`Proposed single point of contact: ${stepOne.proposedSpoc.name}.`]
      : []),
    stepOne.representativeOffered
      ? "The customer was offered the chance to appoint a representative."
      : "The customer has not yet been offered a representative.",
    ...(record.entry.representative
      ? [`Representative: ${record.entry.representative.name}.`]
      : []),
    agreementText(stepOne),
  ];
  const adjustments = record.file.reasonableAdjustments.map((a) => a.description);
  if (adjustments.length > 0) lines.push(`Reasonable adjustments: ${adjustments.join("; ")}.`);
  return lines.join("\n");
}

function contactLine(c: LoggedContact, config: PolicyConfig): string {
  const day = formatLongDate(localDateOf(c.at, config.timeZone));
  const how = `${channelName(c.channel)}, ${c.direction === "inbound" ? "from the customer" : "from the council"}`;
  const verdict = VERDICT_IN_WORDS[c.verdict];
  const why =
    c.reasons.length > 0
      ? ` (${c.reasons.map((r) => REASON_IN_WORDS[r].replace(/\.$/, "")).join("; ")})`
      : "";
  const subject = c.subject.trim() ? `: ${c.subject.trim()}` : "";
  return `- ${day}, ${how}${subject}. ${verdict}${why}.`;
}

const MAX_DATES = 12;

/**
 * 5.1, 5.2.1: the monitoring evidence that matters most, how many contacts broke the agreed
 * arrangement and when: "3 contacts were outside the agreed arrangement, on Monday 2 November
 * 2026, …". Nothing when none were judged against an arrangement.
 */
function arrangementEvidence(contacts: readonly LoggedContact[], config: PolicyConfig): string[] {
  const judged = contacts.filter(
    (c) => c.verdict === "withinArrangement" || c.verdict === "outsideArrangement",
  );
  if (judged.length === 0) return [];
  const outside = judged.filter((c) => c.verdict === "outsideArrangement");
  if (outside.length === 0) {
    return [
      judged.length === 1
        ? "The one contact checked against the agreed arrangement was within it."
        : `All ${judged.length} contacts checked against the agreed arrangement were within it.`,
    ];
  }
  const days = [...new Set(outside.map((c) => localDateOf(c.at, config.timeZone)))].sort();
  const shown = days.slice(0, MAX_DATES).map(formatLongDate);
  const more = days.length - shown.length;
  const when = listWithAnd(more > 0 ? [...shown, `${more} other days`] : shown);
  const number = outside.length === 1 ? "1 contact was" : `${outside.length} contacts were`;
  return [
    `${number} outside the agreed arrangement (of ${judged.length} checked against it), on ${when}.`,
  ];
}

/** The contact log as evidence: counts, then the most recent contacts, within the limit. */
function evidenceText(
  contacts: readonly LoggedContact[],
  since: string,
  config: PolicyConfig,
): string {
  if (contacts.length === 0) return `No contacts have been logged since ${since}.`;
  const inbound = contacts.filter((c) => c.direction === "inbound").length;
  const outside = contacts.filter(
    (c) => c.verdict === "outsideTerms" || c.verdict === "blocked",
  ).length;
  const head = [
    `${contacts.length} contact${contacts.length === 1 ? "" : "s"} logged since ${since}: ${inbound} from the customer${outside > 0 ? `, ${outside} outside the terms` : ""}.`,
    ...arrangementEvidence(contacts, config),
  ].join("\n");
  const recent = [...contacts].reverse().slice(0, EVIDENCE_LINES);
  const lines = recent.map((c) => contactLine(c, config));
  let text = [head, "Most recent first:", ...lines].join("\n");
  while (text.length > TEXT_LIMIT - 80 && lines.length > 1) {
    lines.pop();
    text = [head, "Most recent first:", ...lines].join("\n");
  }
  const left = contacts.length - lines.length;
  return left > 0 ? `${text}\n…and ${left} earlier (see the contact log).` : text;
}

/** 5.2.1: "details of the arrangement": as agreed (on the register), else as proposed. */
function arrangementText(record: CaseRecord, stepOne: StepOneRecord): string {
  const agreed = record.entry.arrangement;
  if (!agreed) return stepOne.proposedArrangement;
  return `${agreed.summary}\nAgreed on ${letterDate(agreed.agreedOn)}; contact since has been checked against it.`;
}

function sectionsOf(draft: Omit<ReferralDraft, "sections">) {
  return [
    { title: "Behaviour considered unreasonable", text: draft.behaviour },
    { title: "Work undertaken to resolve it", text: draft.workUndertaken },
    { title: "Correspondence about managing contact", text: draft.correspondence },
    ...(draft.arrangement.trim() ? [{ title: "Arrangement", text: draft.arrangement }] : []),
    { title: "Monitoring evidence", text: draft.monitoringEvidence },
  ];
}

/** Compiles the referral from the case file and the contact log since step one. */
export async function prepareReferral(
  deps: AppDeps,
  ref: CaseRef,
  user: SignedInUser,
): Promise<PreparedReferral> {
  const { store, clock, config } = deps;
  try {
    const loaded = await loadCase(store, ref);
    if (!loaded) {
      const failure = describeFailure(undefined);
      return { kind: "failed", message: `Case ${ref} could not be found.`, failure };
    }
    const { record } = loaded;
    const now = clock.now();
    const who = referrer(record, user, now, config);
    if (!who.ok) return { kind: "refused", message: who.message };
    const stepOne = record.file.stepOne;
    if (!stepOne) return { kind: "refused", message: "This case has no step-one record to refer." };
    const contacts = await store.listContacts(
      ref,
      startOfLocalDate(stepOne.raisedOn, config.timeZone),
    );
    const base = {
      ref,
      customerName: record.entry.customerName,
      behaviour: behaviourText(stepOne),
      workUndertaken: workText(stepOne, record),
      correspondence: [
        ...(stepOne.confirmedInWritingOn
          ? [
              `Letter confirming the concern in writing, ${letterDate(stepOne.confirmedInWritingOn)} (5.1)`,
            ]
          : []),
        ...(await keptDocumentLines(deps, ref)),
      ].join("\n"),
      arrangement: arrangementText(record, stepOne),
      monitoringEvidence: evidenceText(contacts, letterDate(stepOne.raisedOn), config),
      contactCount: contacts.length,
    };
    // The evidence at a glance: at step one there are no terms yet, only the arrangement.
    const chart = contactChart({
      contacts,
      terms: record.entry.terms,
      anchor: stepOne.agreementRecordedOn ?? stepOne.raisedOn,
      now,
      config,
    });
    return { kind: "ready", draft: { ...base, sections: sectionsOf(base) }, chart };
  } catch (e) {
    const failure = describeFailure(e, { ref });
    return { kind: "failed", message: failureSentence(failure), failure };
  }
}

function checkDraft(draft: ReferralDraft): Partial<Record<ReferralField, string>> {
  const errors: Partial<Record<ReferralField, string>> = {};
  const tooLong = (field: ReferralField, value: string, what: string) => {
    if (value.trim().length > TEXT_LIMIT)
      errors[field] = `Keep ${what} to ${TEXT_LIMIT} characters.`;
  };
  if (!draft.behaviour.trim())
    errors.behaviour = "Give details of the behaviour considered unreasonable (5.2.1).";
  if (!draft.workUndertaken.trim()) {
    errors.workUndertaken =
      "Describe the work the service has done to resolve the situation (5.2.1).";
  }
  if (!draft.correspondence.split(/\r?\n/).some((l) => l.trim() !== "")) {
    errors.correspondence =
      "List the correspondence with the customer about managing their contact, one item a line (5.2.1).";
  }
  tooLong("behaviour", draft.behaviour, "the behaviour");
  tooLong("workUndertaken", draft.workUndertaken, "the work undertaken");
  tooLong("arrangement", draft.arrangement, "the arrangement");
  tooLong("monitoringEvidence", draft.monitoringEvidence, "the monitoring evidence");
  return errors;
}

/** Refers the case (domain refer through runCommand), then opens a message to the helpdesk manager. */
export async function submitReferral(
  deps: AppDeps,
  draft: ReferralDraft,
  user: SignedInUser,
  options: ReferralOptions,
): Promise<FormOutcome<ReferralSent>> {
  const { store, clock, config } = deps;
  const fieldErrors = checkDraft(draft);
  if (Object.keys(fieldErrors).length > 0) {
    return { kind: "invalid", fieldErrors, message: "Nothing was sent: correct the fields shown." };
  }
  try {
    const loaded = await loadCase(store, draft.ref);
    if (!loaded) {
      return { kind: "refused", message: `Case ${draft.ref} could not be found.` };
    }
    const now = clock.now();
    const who = referrer(loaded.record, user, now, config);
    if (!who.ok) return { kind: "refused", message: who.message };
    const command: Refer = {
      kind: "refer",
      behaviour: draft.behaviour,
      workUndertaken: draft.workUndertaken,
      correspondence: draft.correspondence.split(/\r?\n/),
      arrangement: draft.arrangement,
      monitoringEvidence: draft.monitoringEvidence,
      contactCount: draft.contactCount,
    };
    const result = await runCommand(deps, loaded, command, who.actor);
    if (!result.ok) return { kind: "refused", message: result.refusal.message };
    const entry = result.loaded.record.entry;
    const body = referralMessage(
      {
        ref: draft.ref,
        customerName: entry.customerName,
        serviceArea: entry.serviceArea,
        today: localDateOf(now, config.timeZone),
        referredBy: who.actor,
        sections: sectionsOf(draft),
      },
      config,
    );
    const helpdesk = config.roleTitles.cityHelpdeskManager;
    try {
      await deps.mailbox.openNewMessage({
        to: [options.helpdeskMailbox],
        subject: referralSubject({ ref: draft.ref, customerName: entry.customerName }),
        body,
      });
    } catch {
      return {
        kind: "done",
        message: `Case ${draft.ref} is referred to the ${helpdesk}.`,
        value: {
          message: body,
          messageProblem: `Outlook did not open the message. The referral is saved: tell the ${helpdesk} (${options.helpdeskMailbox}), copying the text below.`,
        },
      };
    }
    return {
      kind: "done",
      message: `Case ${draft.ref} is referred to the ${helpdesk}. A message to them is open: check it, then send it.`,
      value: { message: body },
    };
  } catch (e) {
    const failure = describeFailure(e, { ref: draft.ref, customerName: draft.customerName });
    return {
      kind: "failed",
      message: `The case was not referred. ${failureSentence(failure)}`,
      failure,
    };
  }
}
