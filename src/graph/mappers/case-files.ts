/**
 * UCB Case Files items ⇄ CaseFile. The JSON columns are what the add-in reads; the plain-words
 * columns beside them are written for the helpdesk manager reading the list in SharePoint.
 */
import type { Versioned } from "../../app/ports";
import { describeBehaviour } from "../../domain/behaviour";
import type { CaseFile } from "../../domain/types";
import { FieldReader } from "../field-reader";
import { FieldWriter } from "../field-writer";
import { type Fields, type RawItem } from "../fields";
import { CHANNEL } from "../vocabulary";
import { withoutUndefined } from "./register";
import { adjustmentsShape, assessmentShape, referralShape, stepOneShape } from "./shapes";

export function readCaseFile(item: RawItem): Versioned<CaseFile> {
  const title = item.fields["Title"];
  const subject = typeof title === "string" && title ? `case ${title}` : `item ${item.id}`;
  const r = new FieldReader("caseFiles", item.fields, subject);
  const file: CaseFile = {
    ref: r.caseRef("Title"),
    stepOne: r.optionalJson("StepOne", stepOneShape),
    referral: r.optionalJson("Referral", referralShape),
    assessment: r.optionalJson("Assessment", assessmentShape),
    reasonableAdjustments: r.optionalJson("ReasonableAdjustments", adjustmentsShape) ?? [],
    proportionalityNote: r.optionalText("ProportionalityNote"),
    lawfulBasis: r.optionalText("LawfulBasis"),
  };
  return { value: withoutUndefined(file), etag: item.etag };
}

export function caseFileFields(file: CaseFile): Fields {
  const { stepOne, referral, assessment } = file;
  return new FieldWriter("caseFiles", `case ${file.ref}`)
    .text("Title", file.ref)
    .text("BehaviourSummary", behaviourSummary(file))
    .text("Arrangement", referral?.arrangement ?? stepOne?.proposedArrangement)
    .localDate("StepOneRaisedOn", stepOne?.raisedOn)
    .text("StepOneByEmail", stepOne?.raisedBy.email)
    .localDate("ReferredOn", referral?.referredOn)
    .localDate("AssessedOn", assessment?.decidedOn)
    .text("AssessmentSummary", assessment && assessmentSummary(assessment))
    .text("AdjustmentsSummary", adjustmentsSummary(file))
    .json("StepOne", stepOne)
    .json("Referral", referral)
    .json("Assessment", assessment)
    .json("ReasonableAdjustments", file.reasonableAdjustments)
    .text("ProportionalityNote", file.proportionalityNote)
    .text("LawfulBasis", file.lawfulBasis)
    .fields();
}

function behaviourSummary({ stepOne, referral }: CaseFile): string | undefined {
  if (!stepOne) return referral?.behaviour;
  const examples = stepOne.behaviourExamples.map((e) => describeBehaviour(e).label).join(", ");
  return `${examples ? `${examples}. ` : ""}${stepOne.behaviourDetail}`;
}

function assessmentSummary(a: NonNullable<CaseFile["assessment"]>): string {
  const finding = a.unreasonable
    ? "Behaviour found unreasonable"
    : "Behaviour not found unreasonable";
  const need = a.restrictionsNeeded ? "restrictions needed" : "no restrictions needed";
  return `${finding}; ${need}. ${a.reasons}`;
}

function adjustmentsSummary(file: CaseFile): string | undefined {
  if (file.reasonableAdjustments.length === 0) return undefined;
  return file.reasonableAdjustments
    .map((a) =>
      a.requiresChannels?.length
        ? `${a.description} (needs: ${a.requiresChannels.map(CHANNEL.label).join(", ")})`
        : a.description,
    )
    .join("; ");
}
