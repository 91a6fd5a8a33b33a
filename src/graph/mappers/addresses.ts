/** UCB Addresses items ⇄ AddressEntry. */
import type { AddressEntry } from "../../app/ports";
import { FieldReader } from "../field-reader";
import { FieldWriter } from "../field-writer";
import { type Fields, type RawItem } from "../fields";
import { ADDRESS_KIND } from "../vocabulary";

/** One item per (case, address): an address may belong to several cases (a representative). */
export function addressKey(entry: Pick<AddressEntry, "ref" | "address">): string {
  return `${entry.ref} ${entry.address}`;
}

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

export function addressFields(entry: AddressEntry): Fields {
  return new FieldWriter("addresses", `case ${entry.ref}`)
    .text("Title", entry.address)
    .text("CaseRef", entry.ref)
    .choice("Kind", ADDRESS_KIND, entry.kind)
    .text("CaseAddressKey", addressKey(entry))
    .values();
}
