/**
 * Keeping the frontline copies (UCB Restrictions In Force, UCB Restricted Addresses) in step
 * with UCB Register: after every write to a case, with the writer's (a manager's) token, the
 * case's copy is written, changed or removed as domain/needToKnow.ts says. Idempotent: it makes
 * the copy match the register whatever it held, so `npm run reindex` repairs a copy that an
 * interrupted write left behind.
 *
 * Order, so that a sender is never wrongly "not restricted" while a write is under way: a case
 * coming into force gets its item before its addresses (an address always leads to an item; a
 * lookup that finds an address without one says "could not check"); a case leaving force loses
 * its addresses before its item.
 */
import type { AddressEntry } from "../app/ports";
import { frontlineEntry } from "../domain/needToKnow";
import type { CaseRef, RegisterEntry } from "../domain/types";
import { batchGet } from "./batch";
import { createOnce } from "./create-once";
import { withoutNulls, type RawItem } from "./fields";
import type { ListApi } from "./list-api";
import { readAddress } from "./mappers/addresses";
import { addressFields, addressKey } from "./mappers/address-fields";
import { inForceFields } from "./mappers/in-force";
import { registerFields } from "./mappers/register-fields";
import * as q from "./queries";
import type { RetryPolicy } from "./retry-policy";
import { columnNames } from "./schema";
import { updateOnce } from "./update-once";
import { isStoreError } from "../app/ports";

export type CopyWork = {
  readonly api: ListApi;
  readonly policy: RetryPolicy;
};

/** What the copy and the register hold of one case, read in one $batch. */
type Held = {
  readonly item: RawItem | undefined;
  readonly addresses: readonly AddressEntry[];
  readonly copied: readonly RawItem[];
};

async function held(work: CopyWork, ref: CaseRef): Promise<Held> {
  const { api } = work;
  const answers = await batchGet(
    api,
    [
      {
        id: "item",
        list: "inForce",
        url: api.itemsUrl("inForce", q.registerByRefs([ref], "inForce")),
      },
      {
        id: "addresses",
        list: "addresses",
        url: api.itemsUrl("addresses", {
          ...q.itemsOfCase("addresses", ref),
          select: columnNames("addresses"),
        }),
      },
      {
        id: "copied",
        list: "inForceAddresses",
        url: api.itemsUrl("inForceAddresses", {
          ...q.itemsOfCase("inForceAddresses", ref),
          select: columnNames("inForceAddresses"),
        }),
      },
    ],
    work.policy,
  );
  const [item] = await api.collect("inForce", answers.get("item"));
  return {
    item,
    addresses: (await api.collect("addresses", answers.get("addresses"))).map(readAddress),
    copied: await api.collect("inForceAddresses", answers.get("copied")),
  };
}

/** Makes the case's frontline copy match `entry` (as just written to the register). */
export async function syncInForce(work: CopyWork, entry: RegisterEntry): Promise<void> {
  try {
    await sync(work, entry);
  } catch (e) {
    // Another manager's write to the same case changed the copy meanwhile: read and match again.
    if (!isStoreError(e) || e.code !== "conflict") throw e;
    await sync(work, entry);
  }
}

async function sync(work: CopyWork, entry: RegisterEntry): Promise<void> {
  const { api, policy } = work;
  const view = frontlineEntry(entry);
  const now = await held(work, entry.ref);
  if (!view) {
    for (const item of now.copied) await api.remove("inForceAddresses", item.id);
    if (now.item) await api.remove("inForce", now.item.id);
    return;
  }
  const fields = inForceFields(registerFields(view));
  if (now.item) {
    const request = { list: "inForce", id: now.item.id, fields, etag: now.item.etag } as const;
    await updateOnce(api, { ...request, subject: `case ${entry.ref}` }, policy);
  } else {
    const key = entry.ref;
    await createOnce(
      api,
      { list: "inForce", keyColumn: "Title", key, fields: withoutNulls(fields) },
      policy,
    );
  }
  const wanted = new Set(now.addresses.map(addressKey));
  for (const address of now.addresses) await copyAddress(work, address);
  for (const item of now.copied) {
    const key = item.fields["CaseAddressKey"];
    if (typeof key !== "string" || !wanted.has(key)) await api.remove("inForceAddresses", item.id);
  }
}

/** One address of a case in force, copied for frontline staff (idempotent). */
export async function copyAddress(work: CopyWork, address: AddressEntry): Promise<void> {
  await createOnce(
    work.api,
    {
      list: "inForceAddresses",
      keyColumn: "CaseAddressKey",
      key: addressKey(address),
      fields: addressFields(address),
    },
    work.policy,
  );
}

/** Whether the case has a frontline copy (so a new address of it is copied too). */
export async function isCopied(work: CopyWork, ref: CaseRef): Promise<boolean> {
  const [item] = await work.api.getAll("inForce", { ...q.itemsOfCase("inForce", ref), top: 1 });
  return item !== undefined;
}
