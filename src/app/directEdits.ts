/**
 * Edits made in SharePoint outside the add-in, found by comparing the items with the audit
 * trail. Every change the add-in makes to a register entry, case file or address is followed
 * by a case event (caseCommands, corrections, createCase): so an item SharePoint modified after
 * the latest event of its case, by SharePoint's own clock (the item's Modified against the
 * event's Created, so no client's clock is trusted), was changed without an audit entry. This
 * includes a change whose event the add-in failed to save, which the trail also lacks.
 *
 * A change within AUDIT_GRACE_MS after an event counts as that event's: the add-in writes some
 * items just after their event (a representative's address after the offer is recorded), and a
 * write retried after throttling lands late.
 *
 * Not found this way (docs/data-protection.md): an item deleted by hand, an edit made before a
 * later audited change of the same case, and one made within the grace of an audited change.
 */
import type { CaseRef } from "../domain/types";
import type { CaseStore, ItemChange } from "./ports";

export const AUDIT_GRACE_MS = 60_000;

export type DirectEdit = {
  readonly ref: CaseRef;
  /** The lists changed outside the add-in, with the latest such change in each. */
  readonly changes: readonly { readonly list: ItemChange["list"]; readonly at: Date }[];
  /** The case's latest audited change in the window, if any. */
  readonly lastAudited?: Date;
};

/** Cases with an item changed after their latest audit event, since `since`; newest first. */
export async function findDirectEdits(
  store: CaseStore,
  since: Date,
  graceMs = AUDIT_GRACE_MS,
): Promise<readonly DirectEdit[]> {
  const changes = await store.listItemChanges(since);
  const byCase = new Map<CaseRef, ItemChange[]>();
  for (const c of changes) byCase.set(c.ref, [...(byCase.get(c.ref) ?? []), c]);
  const found: DirectEdit[] = [];
  for (const [ref, items] of byCase) {
    const audited = latest(items.filter((c) => c.list === "caseEvents"));
    const outside = new Map<ItemChange["list"], Date>();
    for (const c of items) {
      if (c.list === "caseEvents" || (audited && c.at.getTime() <= audited.getTime() + graceMs))
        continue;
      const known = outside.get(c.list);
      if (!known || c.at > known) outside.set(c.list, c.at);
    }
    if (outside.size === 0) continue;
    found.push({
      ref,
      changes: [...outside].map(([list, at]) => ({ list, at })),
      ...(audited ? { lastAudited: audited } : {}),
    });
  }
  const newest = (e: DirectEdit) => Math.max(...e.changes.map((c) => c.at.getTime()));
  return found.sort((a, b) => newest(b) - newest(a));
}

function latest(changes: readonly ItemChange[]): Date | undefined {
  let at: Date | undefined;
  for (const c of changes) if (!at || c.at > at) at = c.at;
  return at;
}
