/**
 * Deleting a case from the six lists (section 6: destroyed after the retention period).
 * The register entry goes last: while it remains, the case still shows as due for destruction,
 * so a run that stops halfway is finished by the next one.
 */
import type { DeletedItems, ListName } from "../app/ports";
import type { CaseRef } from "../domain/types";
import type { ListApi } from "./list-api";
import * as q from "./queries";

export const DELETION_ORDER: readonly ListName[] = [
  "contacts",
  "caseEvents",
  "addresses",
  "nameIndex",
  "caseFiles",
  "register",
];

export async function deleteCaseItems(api: ListApi, ref: CaseRef): Promise<DeletedItems> {
  const deleted: Record<ListName, number> = {
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
