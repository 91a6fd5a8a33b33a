/** UCB Name Index items: one per word of a customer's name (domain/nameSearch). */
import { nameWords } from "../../domain/nameSearch";
import type { CaseRef } from "../../domain/types";
import type { CreateRequest } from "../create-once";
import { FieldReader } from "../field-reader";
import { FieldWriter } from "../field-writer";
import type { RawItem } from "../fields";

/** The requests that index a name: one item per word, keyed so each is stored once. */
export function nameIndexRequests(ref: CaseRef, name: string): readonly CreateRequest[] {
  return nameWords(name).map((word) => {
    const key = `${ref} ${word}`;
    return {
      list: "nameIndex",
      keyColumn: "CaseWordKey",
      key,
      fields: new FieldWriter("nameIndex", `case ${ref}`)
        .text("Title", word)
        .text("CaseRef", ref)
        .text("CaseWordKey", key)
        .values(),
    };
  });
}

export function readNameIndexRef(item: RawItem): CaseRef {
  return new FieldReader("nameIndex", item.fields, `name index item ${item.id}`).caseRef("CaseRef");
}
