/** UCB Addresses items → AddressEntry (address-fields.ts writes them). */
import type { AddressEntry } from "../../app/ports";
import { FieldReader } from "../field-reader";
import type { RawItem } from "../fields";
import { ADDRESS_KIND } from "../vocabulary";

export function readAddress(item: RawItem): AddressEntry {
  const caseRef = item.fields["CaseRef"];
  const subject = `address ${item.id}${typeof caseRef === "string" ? ` of case ${caseRef}` : ""}`;
  const r = new FieldReader("addresses", item.fields, subject);
  return {
    address: r.email("Title"),
    ref: r.caseRef("CaseRef"),
    kind: r.choice("Kind", ADDRESS_KIND),
  };
}
