/**
 * Item ids by list and case reference, learnt from every register and case-file item read:
 * a PATCH needs the item's id, the domain knows the case reference. Shared by a store and its
 * deadline-bound copies.
 */
import type { ListName, Versioned } from "../app/ports";
import type { RawItem } from "./fields";

export type CaseIds = Map<string, string>;

/** `value`, read from `item`, whose id is now known by its list and Title (the reference). */
export function remember<T>(
  ids: CaseIds,
  list: ListName,
  value: Versioned<T>,
  item: RawItem,
): Versioned<T> {
  const title = item.fields["Title"];
  if (typeof title === "string") ids.set(`${list} ${title}`, item.id);
  return value;
}
