/** UCB Contacts items → LoggedContact (contact-fields.ts writes them). */
import type { LoggedContact } from "../../domain/types";
import { normaliseAddress } from "../../domain/address";
import { FieldReader } from "../field-reader";
import type { RawItem } from "../fields";
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
