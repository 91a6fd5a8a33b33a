/**
 * Deleting a case from the six lists (and its frontline copy) (section 6: destroyed after the retention period).
 * The register entry goes last: while it remains, the case still shows as due for destruction,
 * so a run that stops halfway is finished by the next one.
 */
import type { DeletedItems, FrontlineList, ListName, RecordList } from "../app/ports";
import type { CaseRef } from "../domain/types";
import type { ListApi } from "./list-api";
import * as q from "./queries";

/** The frontline copy goes first: from then on frontline staff no longer see the case. */
const COPIES: readonly FrontlineList[] = ["inForceAddresses", "inForce"];

export const DELETION_ORDER: readonly RecordList[] = [
  "contacts",
  "caseEvents",
  "addresses",
  "nameIndex",
  "caseFiles",
  "register",
];

/** Every list a case has items in, in the order they are destroyed: the copy first. */
export const DESTRUCTION_ORDER: readonly ListName[] = [...COPIES, ...DELETION_ORDER];

export async function deleteCaseItems(api: ListApi, ref: CaseRef): Promise<DeletedItems> {
  for (const list of COPIES) {
    for (const item of await api.getAll(list, q.itemsOfCase(list, ref))) {
      await api.remove(list, item.id);
    }
  }
  const deleted: Record<RecordList, number> = {
    contacts: 0,
    caseEvents: 0,
    addresses: 0,
    nameIndex: 0,
    caseFiles: 0,
    register: 0,
  };
  for (const list of DELETION_ORDER) {
    const items = await api.getAll(list, q.itemsOfCase(list, ref));
    for (const item of items) {
      if (await api.remove(list, item.id)) deleted[list] += 1;
    }
  }
  return deleted;
}
