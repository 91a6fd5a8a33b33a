/**
 * Creating an item exactly once, keyed by a unique indexed column (ClientId, Title, …).
 *
 * The POST goes out with the SDK's retries off. After a failure that may hide a commit
 * (no answer, 429, 5xx) the store waits (the service's Retry-After, or a back-off) and looks the
 * key up: found means stored, so it stops; absent means it may POST again. After a refusal that
 * may be the unique constraint (409, or whatever SharePoint answers) it looks up at once. The
 * unique constraint is the guarantee; the look-ups only turn its refusals into answers.
 */
import type { ListName } from "../app/ports";
import { failureBehind } from "./errors";
import type { Fields, RawItem } from "./fields";
import type { ListApi } from "./list-api";
import { eq } from "./odata";
import { isTransient, nextDelayMs, type RetryPolicy } from "./retry-policy";

export type CreateOutcome =
  /** This call's POST stored the item. */
  | "created"
  /** The item was there before this call: someone else, or an earlier call, stored it. */
  | "existed"
  /** Found after one of this call's POSTs failed: it may be that POST's, or another's. */
  | "foundAfterFailure";

export type CreateOnceResult = { readonly item: RawItem; readonly outcome: CreateOutcome };

export type CreateRequest = {
  readonly list: ListName;
  readonly keyColumn: string;
  readonly key: string;
  readonly fields: Fields;
};

/** Statuses that say the POST was refused before anything was stored. */
const NOT_STORED = new Set([401, 403, 404]);

export async function createOnce(
  api: ListApi,
  request: CreateRequest,
  policy: RetryPolicy,
): Promise<CreateOnceResult> {
  let ambiguous = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return { item: await api.create(request.list, request.fields), outcome: "created" };
    } catch (e) {
      const failure = failureBehind(e);
      if (!failure || NOT_STORED.has(failure.status)) throw e;
      const transient = isTransient(failure.status);
      if (transient) {
        // Wait first: a look-up sent inside the Retry-After window would only be throttled too.
        const delay = nextDelayMs(policy, attempt, failure);
        if (delay === null) throw e;
        ambiguous = true;
        await policy.sleep(delay);
      }
      const existing = await findByKey(api, request);
      if (existing) return { item: existing, outcome: ambiguous ? "foundAfterFailure" : "existed" };
      if (!transient) throw e;
    }
  }
}

export async function findByKey(
  api: ListApi,
  { list, keyColumn, key }: Pick<CreateRequest, "list" | "keyColumn" | "key">,
): Promise<RawItem | undefined> {
  const [item] = await api.getAll(list, { filter: eq(keyColumn, key), top: 1 });
  return item;
}
