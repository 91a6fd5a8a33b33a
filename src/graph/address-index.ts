/**
 * The register's addresses, held in the pane's memory and kept current with Graph's delta query
 * on UCB Addresses, or for frontline staff on UCB Restricted Addresses (listitem-delta), so a sender who is not on the register costs no request.
 * docs/decisions.md ("The address index") says what it holds, where, and how stale it may be.
 *
 * - Loading: one enumeration (`…/items/delta`, pages of 5,000), in the background; until it is
 *   complete the index answers nothing and the store looks senders up as before.
 * - Freshness: it answers only when its last sync is at most `maxAgeMs` old. Older, the next
 *   lookup first follows the deltaLink (one request, usually empty); once it is `refreshAfterMs`
 *   old, a lookup starts that refresh in the background without waiting for it.
 * - A token Graph will not answer (410, resync): the index is dropped and enumerated afresh;
 *   meanwhile the store looks senders up as before. Any other failure: the same, and loading
 *   is tried again after the service's Retry-After or `retryAfterMs`.
 * - Never "not on the register" from an index that is not complete and fresh.
 */
import { isStoreError, StoreError, type AddressEntry } from "../app/ports";
import { normaliseAddress } from "../domain/address";
import type { EmailAddress } from "../domain/types";
import { failureBehind } from "./errors";
import { isRecord } from "./shape";
import type { ListApi } from "./list-api";
import { readAddress } from "./mappers/addresses";

export type AddressIndexOptions = {
  /** The oldest the index may be and still say "not on the register" (default 120 s). */
  readonly maxAgeMs?: number;
  /** From this age a lookup refreshes it in the background (default three quarters of maxAgeMs). */
  readonly refreshAfterMs?: number;
  /** After a failed load, the wait before the next (default 60 s; a Retry-After wins). */
  readonly retryAfterMs?: number;
  readonly now?: () => number;
};

/** One UCB Addresses item as the index keeps it. */
type Held = {
  /** The normalised address, when the item's Title is one. */
  readonly key?: EmailAddress;
  readonly entry?: AddressEntry;
  /** The item cannot be read: a lookup of its address fails with this, as a query would. */
  readonly error?: StoreError;
};

type State = {
  readonly items: Map<string, Held>;
  readonly byAddress: Map<EmailAddress, Set<string>>;
  deltaLink: string;
  syncedAt: number;
};

const FIELDS = "$select=id,deleted&$expand=fields($select=Title,CaseRef,Kind)&$top=5000";

export class AddressIndex {
  private state: State | undefined;
  private loading: Promise<void> | undefined;
  private refreshing: Promise<boolean> | undefined;
  private retryAt = 0;
  private readonly maxAgeMs: number;
  private readonly refreshAfterMs: number;
  private readonly retryAfterMs: number;
  private readonly now: () => number;

  constructor(
    private readonly api: ListApi,
    options: AddressIndexOptions = {},
    /** Managers index UCB Addresses; frontline staff the copy they may read (need to know). */
    private readonly list: "addresses" | "inForceAddresses" = "addresses",
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 120_000;
    this.refreshAfterMs = options.refreshAfterMs ?? this.maxAgeMs * 0.75;
    this.retryAfterMs = options.retryAfterMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether the index is loaded (it may still be too old to answer). */
  get loaded(): boolean {
    return this.state !== undefined;
  }

  /** Starts loading in the background, unless loaded, loading, or waiting to try again. */
  start(): void {
    if (this.state || this.loading || this.now() < this.retryAt) return;
    this.loading = this.enumerate()
      .catch((e: unknown) => this.failed(e))
      .finally(() => (this.loading = undefined));
  }

  /** Resolves once a load that is under way has finished (tests, the bench). */
  async settled(): Promise<void> {
    await this.loading;
    await this.refreshing;
  }

  /**
   * The entries of these addresses, or null when the index cannot answer: not loaded, or too
   * old and the refresh failed. `api` carries the caller's deadline for a refresh it waits for.
   */
  async lookup(
    addresses: readonly EmailAddress[],
    api: ListApi = this.api,
  ): Promise<AddressEntry[] | null> {
    // Not loaded: the caller looks up as before, then starts loading (start()).
    if (!this.state) return null;
    const age = this.now() - this.state.syncedAt;
    if (age > this.maxAgeMs) {
      if (!(await this.refresh(api))) return null;
    } else if (age > this.refreshAfterMs) {
      void this.refresh(this.api);
    }
    return this.state ? answer(this.state, addresses) : null;
  }

  /** The pane changed the register's addresses: the next lookup refreshes first. */
  markStale(): void {
    if (this.state) this.state.syncedAt = -Infinity;
  }

  /** Follows the deltaLink; false when it could not (the index is then not to be trusted). */
  private refresh(api: ListApi): Promise<boolean> {
    const state = this.state;
    if (!state) return Promise.resolve(false);
    this.refreshing ??= this.follow(api, state)
      .then(() => true)
      .catch((e: unknown) => {
        if (failureBehind(e)?.status === 410) {
          // The token can no longer be answered: start again from a full enumeration.
          this.state = undefined;
          this.retryAt = 0;
          this.start();
        }
        return false;
      })
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async enumerate(): Promise<void> {
    const fresh: State = {
      items: new Map(),
      byAddress: new Map(),
      deltaLink: `${this.api.itemsUrl(this.list)}/delta?${FIELDS}`,
      syncedAt: 0,
    };
    await this.follow(this.api, fresh);
    // Only a complete enumeration answers: a partial one would say "not on the register" wrongly.
    this.state = fresh;
  }

  /** Pages from `state.deltaLink` to the next deltaLink, applying each change. */
  private async follow(api: ListApi, state: State): Promise<void> {
    const started = this.now();
    let url = state.deltaLink;
    for (;;) {
      const page = await api.get(this.list, url);
      if (!isRecord(page) || !Array.isArray(page["value"])) {
        throw new StoreError("unavailable", "Graph's delta answer is not a collection", this.list);
      }
      for (const item of page["value"] as unknown[]) apply(state, item);
      const next = page["@odata.nextLink"];
      const delta = page["@odata.deltaLink"];
      if (typeof next === "string") {
        url = next;
      } else if (typeof delta === "string") {
        state.deltaLink = delta;
        state.syncedAt = started;
        return;
      } else {
        throw new StoreError("unavailable", "Graph's delta answer has no next link", this.list);
      }
    }
  }

  private failed(e: unknown): void {
    const retryAfter = isStoreError(e) ? e.retryAfterSeconds : undefined;
    this.retryAt = this.now() + Math.max(this.retryAfterMs, (retryAfter ?? 0) * 1000);
  }
}

function answer(state: State, addresses: readonly EmailAddress[]): AddressEntry[] {
  const found: AddressEntry[] = [];
  for (const address of new Set(addresses)) {
    for (const id of state.byAddress.get(address) ?? []) {
      const held = state.items.get(id);
      if (held?.error) throw held.error;
      if (held?.entry) found.push(held.entry);
    }
  }
  return found;
}

/** One delta item: the latest state of a UCB Addresses item, or its deletion. */
function apply(state: State, value: unknown): void {
  if (!isRecord(value) || typeof value["id"] !== "string") return;
  const id = value["id"];
  forget(state, id);
  if (value["deleted"] !== undefined || value["@removed"] !== undefined) return;
  const fields = isRecord(value["fields"]) ? value["fields"] : {};
  const title = fields["Title"];
  const key = typeof title === "string" ? normaliseAddress(title) : undefined;
  // A Title that is no address matches no sender, as SharePoint's own filter would not.
  if (!key?.ok) {
    state.items.set(id, {});
    return;
  }
  let held: Held;
  try {
    held = { key: key.value, entry: readAddress({ id, etag: "", fields }) };
  } catch (e) {
    if (!isStoreError(e)) throw e;
    held = { key: key.value, error: e };
  }
  state.items.set(id, held);
  const ids = state.byAddress.get(key.value) ?? new Set<string>();
  ids.add(id);
  state.byAddress.set(key.value, ids);
}

function forget(state: State, id: string): void {
  const held = state.items.get(id);
  state.items.delete(id);
  if (!held?.key) return;
  const ids = state.byAddress.get(held.key);
  ids?.delete(id);
  if (ids?.size === 0) state.byAddress.delete(held.key);
}
