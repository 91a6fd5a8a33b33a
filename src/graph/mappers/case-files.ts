/**
 * UCB Case Files items → CaseFile (case-file-fields.ts writes them). The JSON columns are what
 * the add-in reads; the plain-words columns beside them are for the helpdesk manager reading the
 * list in SharePoint.
 */
import type { Versioned } from "../../app/ports";
import type { CaseFile } from "../../domain/types";
import { FieldReader } from "../field-reader";
import type { RawItem } from "../fields";
import { withoutUndefined } from "./register";
import {
  adjustmentsShape,
  assessmentShape,
  immediateActionShape,
  letterDetailsShape,
  referralShape,
  stepOneShape,
} from "./shapes";

export function readCaseFile(item: RawItem): Versioned<CaseFile> {
  const title = item.fields["Title"];
  const subject = typeof title === "string" && title ? `case ${title}` : `item ${item.id}`;
  const r = new FieldReader("caseFiles", item.fields, subject);
  const file: CaseFile = {
    ref: r.caseRef("Title"),
    stepOne: r.optionalJson("StepOne", stepOneShape),
    referral: r.optionalJson("Referral", referralShape),
    assessment: r.optionalJson("Assessment", assessmentShape),
    immediateAction: r.optionalJson("ImmediateAction", immediateActionShape),
    reasonableAdjustments: r.optionalJson("ReasonableAdjustments", adjustmentsShape) ?? [],
    proportionalityNote: r.optionalText("ProportionalityNote"),
    lawfulBasis: r.optionalText("LawfulBasis"),
    letterDetails: r.optionalJson("LetterDetails", letterDetailsShape),
  };
  return { value: withoutUndefined(file), etag: item.etag };
}
