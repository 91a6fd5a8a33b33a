/**
 * NewContact → UCB Contacts item fields, for writes (contacts.ts reads them back). Kept apart
 * from the reading, which the message check needs, so the pane's first verdict does not load it
 * (the store's casework does, case-store-casework.ts).
 */
import type { NewContact } from "../../app/ports";
import { FieldWriter } from "../field-writer";
import { joinList, type Fields } from "../fields";
import { CHANNEL, DIRECTION, REASON, VERDICT } from "../vocabulary";

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
