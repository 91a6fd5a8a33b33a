/**
 * The store's part in corrections (app/corrections.ts) and in finding edits made outside the
 * add-in (app/directEdits.ts): removing an address, keeping the name index to the corrected
 * name, and what SharePoint changed since a moment. Loaded on first use, like the casework.
 */
import type { AddressEntry, ItemChange } from "../app/ports";
import { nameWords } from "../domain/nameSearch";
import type { CaseRef } from "../domain/types";
import type { Casework } from "./case-store-casework";
import { createOnce, findByKey } from "./create-once";
import { instantFromField, instantToField } from "./dates";
import { MAX_PAGE } from "./list-api";
import { addressKey } from "./mappers/address-fields";
import { nameIndexRequests } from "./mappers/name-index";
import { ge } from "./odata";
import * as q from "./queries";

export async function removeAddress(
  work: Casework,
  entry: Pick<AddressEntry, "ref" | "address">,
): Promise<boolean> {
  const key = addressKey(entry);
  // Frontline staff's copy first (need to know): no one is told the address is the customer's
  // once the correction has begun.
  const copied = await findByKey(work.api, {
    list: "inForceAddresses",
    keyColumn: "CaseAddressKey",
    key,
  });
  if (copied) await work.api.remove("inForceAddresses", copied.id);
  const item = await findByKey(work.api, { list: "addresses", keyColumn: "CaseAddressKey", key });
  const removed = item ? await work.api.remove("addresses", item.id) : false;
  // The pane's address index must stop matching it at once, not at its next delta.
  work.index?.markStale();
  return removed;
}

export async function replaceNameIndex(work: Casework, ref: CaseRef, name: string): Promise<void> {
  const wanted = new Set(nameWords(name));
  const held = await work.api.getAll("nameIndex", {
    ...q.itemsOfCase("nameIndex", ref),
    select: ["Title", "CaseRef"],
  });
  // New words first: the case stays findable by its new name while the old words go.
  for (const request of nameIndexRequests(ref, name)) {
    await createOnce(work.api, request, work.policy);
  }
  for (const item of held) {
    const word = item.fields["Title"];
    if (typeof word !== "string" || !wanted.has(word)) await work.api.remove("nameIndex", item.id);
  }
}

/** The lists compared with the audit trail, and the column that holds each item's case. */
const WATCHED = [
  { list: "register", refColumn: "Title", timeColumn: "Modified" },
  { list: "caseFiles", refColumn: "Title", timeColumn: "Modified" },
  { list: "addresses", refColumn: "CaseRef", timeColumn: "Modified" },
  { list: "caseEvents", refColumn: "CaseRef", timeColumn: "Created" },
] as const;

export async function listItemChanges(work: Casework, since: Date): Promise<readonly ItemChange[]> {
  const answers = await Promise.all(
    WATCHED.map(async ({ list, refColumn, timeColumn }) => {
      const items = await work.api.getAll(list, {
        filter: ge(timeColumn, instantToField(since)),
        select: [refColumn, "Modified", "Created"],
        top: MAX_PAGE,
      });
      return items.flatMap((item): ItemChange[] => {
        const ref = item.fields[refColumn];
        const at = instantFromField(item.fields[timeColumn]);
        // Destruction records have no CaseRef: they belong to no case.
        return typeof ref === "string" && ref !== "" && at
          ? [{ ref: ref as CaseRef, list, at }]
          : [];
      });
    }),
  );
  return answers.flat();
}
