/** UCB Case Events items ⇄ CaseEvent. */
import type { CaseEvent } from "../../domain/types";
import { parseCaseRef } from "../../domain/caseRef";
import { FieldReader } from "../field-reader";
import { FieldWriter } from "../field-writer";
import { type Fields, type RawItem } from "../fields";
import { anyObject } from "../shape";
import { withoutUndefined } from "./register";

export function readEvent(item: RawItem): CaseEvent {
  const caseRef = item.fields["CaseRef"];
  const subject = `event ${item.id}${typeof caseRef === "string" ? ` of case ${caseRef}` : ""}`;
  const r = new FieldReader("caseEvents", item.fields, subject);
  return withoutUndefined({
    ref: r.optionalParsed("CaseRef", parseCaseRef),
    at: r.instant("At"),
    actor: r.actor("Actor"),
    action: r.text("Title"),
    summary: r.text("Summary"),
    detail: r.optionalJson("Detail", anyObject) ?? {},
  });
}

export function eventFields(event: CaseEvent, key: string): Fields {
  return new FieldWriter("caseEvents", event.ref ? `case ${event.ref}` : "a destruction record")
    .text("Title", event.action)
    .text("CaseRef", event.ref)
    .instant("At", event.at)
    .actor("Actor", event.actor)
    .text("Summary", event.summary)
    .json("Detail", event.detail)
    .text("EventKey", key)
    .values();
}
