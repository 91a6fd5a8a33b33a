/**
 * AddressEntry → UCB Addresses item fields, for writes (addresses.ts reads them back). Kept apart
 * from the reading, which the message check needs, so the pane's first verdict does not load it
 * (the store's casework does, case-store-casework.ts).
 */
import type { AddressEntry } from "../../app/ports";
import { FieldWriter } from "../field-writer";
import type { Fields } from "../fields";
import { ADDRESS_KIND } from "../vocabulary";

/** One item per (case, address): an address may belong to several cases (a representative). */
export function addressKey(entry: Pick<AddressEntry, "ref" | "address">): string {
  return `${entry.ref} ${entry.address}`;
}

export function addressFields(entry: AddressEntry): Fields {
  return new FieldWriter("addresses", `case ${entry.ref}`)
    .text("Title", entry.address)
    .text("CaseRef", entry.ref)
    .choice("Kind", ADDRESS_KIND, entry.kind)
    .text("CaseAddressKey", addressKey(entry))
    .values();
}
