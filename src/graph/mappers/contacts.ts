/** UCB Contacts items ⇄ LoggedContact. */
import type { NewContact } from "../../app/ports";
import type { LoggedContact } from "../../domain/types";
import { normaliseAddress } from "../../domain/address";
import { FieldReader } from "../field-reader";
import { FieldWriter } from "../field-writer";
import { joinList, type Fields, type RawItem } from "../fields";
import { CHANNEL, DIRECTION, REASON, VERDICT } from "../vocabulary";
import { withoutUndefined } from "./register";

export function readContact(item: RawItem): LoggedContact {
  const caseRef = item.fields["CaseRef"];
  const subject = `contact ${item.id}${typeof caseRef === "string" ? ` of case ${caseRef}` : ""}`;
  const r = new FieldReader("contacts", item.fields, subject);
  return withoutUndefined({
    id: item.id,
    ref: r.caseRef("CaseRef"),
    at: r.instant("ContactAt"),
    channel: r.choice("Channel", CHANNEL),
    direction: r.choice("Direction", DIRECTION),
    from: r.optionalEmail("FromAddress"),
    to: r.separated("ToAddresses", normaliseAddress),
    staff: r.email("StaffEmail"),
    mailbox: r.optionalEmail("Mailbox"),
    subject: r.optionalText("Subject") ?? "",
    messageId: r.optionalText("InternetMessageId"),
    clientId: r.text("ClientId"),
    verdict: r.choice("Verdict", VERDICT),
    reasons: r.separated("VerdictReasons", REASON.parse),
  });
}

/** The fields of a new contact item; `clientId` is the idempotency key actually stored. */
export function contactFields(contact: NewContact, clientId: string): Fields {
  const w = new FieldWriter("contacts", `a contact of case ${contact.ref}`);
  const direction = DIRECTION.label(contact.direction).toLowerCase();
  return w
    .text("Title", `${CHANNEL.label(contact.channel)} (${direction}) ${contact.ref}`)
    .text("CaseRef", contact.ref)
    .instant("ContactAt", contact.at)
    .choice("Channel", CHANNEL, contact.channel)
    .choice("Direction", DIRECTION, contact.direction)
    .text("FromAddress", contact.from)
    .text("ToAddresses", joinList(contact.to))
    .text("StaffEmail", contact.staff)
    .text("Mailbox", contact.mailbox)
    .clippedText("Subject", contact.subject)
    .clippedText("InternetMessageId", contact.messageId)
    .text("ClientId", clientId)
    .choice("Verdict", VERDICT, contact.verdict)
    .text("VerdictReasons", joinList(contact.reasons.map(REASON.label)))
    .values();
}
