/**
 * CaseFile → UCB Case Files item fields, for writes (case-files.ts reads them back), with the
 * plain-words columns for the helpdesk manager reading the list in SharePoint. Apart from the
 * reading, which the message check needs, so the pane's first verdict does not load it (the
 * store's casework does, case-store-casework.ts).
 */
import { describeBehaviour } from "../../domain/behaviour";
import type { Actor, CaseFile, ImmediateAction, Means, StepOneRecord } from "../../domain/types";
import { FieldWriter } from "../field-writer";
import type { Fields } from "../fields";
import { ACTOR_ROLE, actorRoleOf, CHANNEL } from "../vocabulary";

export function caseFileFields(file: CaseFile): Fields {
  const { stepOne, referral, assessment, immediateAction } = file;
  return new FieldWriter("caseFiles", `case ${file.ref}`)
    .text("Title", file.ref)
    .text("BehaviourSummary", behaviourSummary(file))
    .text("Arrangement", referral?.arrangement ?? stepOne?.proposedArrangement)
    .localDate("StepOneRaisedOn", stepOne?.raisedOn)
    .text("StepOneConfirmation", stepOne && confirmationSummary(stepOne))
    .text("RepresentativeOffer", stepOne && offerSummary(stepOne))
    .text("StepOneByEmail", stepOne?.raisedBy.email)
    .localDate("ReferredOn", referral?.referredOn)
    .localDate("AssessedOn", assessment?.decidedOn)
    .text("AssessmentSummary", assessment && assessmentSummary(assessment))
    .text("AdjustmentsSummary", adjustmentsSummary(file))
    .json("StepOne", stepOne)
    .json("Referral", referral)
    .json("Assessment", assessment)
    .json("ReasonableAdjustments", file.reasonableAdjustments)
    .text("ImmediateActionSummary", immediateAction && immediateSummary(immediateAction))
    .json("ImmediateAction", immediateAction)
    .text("ProportionalityNote", file.proportionalityNote)
    .text("LawfulBasis", file.lawfulBasis)
    .json("LetterDetails", file.letterDetails)
    .fields();
}

function behaviourSummary({ stepOne, referral, immediateAction }: CaseFile): string | undefined {
  if (!stepOne) return referral?.behaviour ?? immediateAction?.behaviour;
  const examples = stepOne.behaviourExamples.map((e) => describeBehaviour(e).label).join(", ");
  return `${examples ? `${examples}. ` : ""}${stepOne.behaviourDetail}`;
}

function assessmentSummary(a: NonNullable<CaseFile["assessment"]>): string {
  const finding = a.unreasonable
    ? "Behaviour found unreasonable"
    : "Behaviour not found unreasonable";
  const need = a.restrictionsNeeded ? "restrictions needed" : "no restrictions needed";
  const consulted = a.consulted
    .map((c) => `${actorText(c)}${c.on ? ` on ${c.on}` : ""}`)
    .join("; ");
  return `${finding}; ${need}. Consulted: ${consulted}. ${a.reasons}`;
}

function actorText(actor: Actor): string {
  return `${actor.name} (${ACTOR_ROLE.label(actorRoleOf(actor))})`;
}

function meansText(means: Means): string {
  const channel = CHANNEL.label(means.channel);
  return means.adjustment
    ? `${channel}, as a reasonable adjustment requires: ${means.adjustment}`
    : channel;
}

function confirmationSummary(stepOne: StepOneRecord): string | undefined {
  const on = stepOne.confirmedInWritingOn;
  if (!on) return undefined;
  return stepOne.confirmedVia ? `${on}: ${meansText(stepOne.confirmedVia)}` : on;
}

function offerSummary(stepOne: StepOneRecord): string {
  const offer = stepOne.representativeOffer;
  if (!offer) return stepOne.representativeOffered ? "Offered" : "Not yet offered";
  const answer = {
    pending: "no answer yet",
    accepted: `accepted${offer.representative ? `: ${offer.representative.name}` : ""}`,
    declined: "declined",
  }[offer.answer];
  return `Offered on ${offer.offeredOn}; ${answer}`;
}

function immediateSummary(action: ImmediateAction): string {
  const actions = action.actions.map((a) => IMMEDIATE_ACTION_LABELS[a]).join(", ");
  const until = action.until ? `until ${action.until}` : "until further notice";
  return `${action.decidedOn}, ${actorText(action.decidedBy)}: ${actions}, ${until}; review on ${action.reviewOn}. Behaviour: ${action.behaviour} Reasons: ${action.reasons}`;
}

const IMMEDIATE_ACTION_LABELS: Readonly<Record<ImmediateAction["actions"][number], string>> = {
  policeReport: "reported to the police",
  legalAction: "legal action",
  refuseToEngage: "refusing to engage",
  blockChannels: "channels blocked",
  barPremises: "barred from premises",
};

function adjustmentsSummary(file: CaseFile): string | undefined {
  if (file.reasonableAdjustments.length === 0) return undefined;
  return file.reasonableAdjustments
    .map((a) => {
      const needs = [
        ...(a.largePrint ? ["large print"] : []),
        ...(a.requiresChannels ?? []).map(CHANNEL.label),
      ];
      return needs.length > 0 ? `${a.description} (needs: ${needs.join(", ")})` : a.description;
    })
    .join("; ");
}
