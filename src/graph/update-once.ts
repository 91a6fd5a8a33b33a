/**
 * A PATCH guarded by If-Match, made safe to repeat. The SDK would resend a PATCH after
 * 429/503/504, and if the first one had been applied, the resend would meet its own new eTag
 * and report a false conflict. So the SDK's retries are off, and after a failure without a
 * clear answer the item is read again: same eTag → not applied, try again; our values → applied;
 * anything else → someone else changed it: conflict.
 */
import { StoreError, type ListName } from "../app/ports";
import { failureBehind } from "./errors";
import { holdsFields, type Fields, type RawItem } from "./fields";
import type { ListApi } from "./list-api";
import { isTransient, nextDelayMs, type RetryPolicy } from "./retry-policy";
import { SCHEMA } from "./schema";

export type UpdateRequest = {
  readonly list: ListName;
  readonly id: string;
  readonly fields: Fields;
  readonly etag: string;
  /** For the conflict message: "case UCB-2026-7KQ2MX". */
  readonly subject: string;
};

export async function updateOnce(
  api: ListApi,
  request: UpdateRequest,
  policy: RetryPolicy,
): Promise<RawItem> {
  const { list, id, fields, etag } = request;
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.update(list, id, fields, etag);
    } catch (e) {
      const failure = failureBehind(e);
      if (!failure || !isTransient(failure.status)) throw e;
      const delay = nextDelayMs(policy, attempt, failure);
      if (delay === null) throw e;
      await policy.sleep(delay);
      const current = await api.getItem(list, id);
      if (current.etag !== etag) {
        if (holdsFields(fields, current.fields)) return current;
        throw changedBySomeoneElse(request);
      }
    }
  }
}

export function changedBySomeoneElse({
  list,
  subject,
}: Pick<UpdateRequest, "list" | "subject">): StoreError {
  return new StoreError(
    "conflict",
    `${SCHEMA[list].title}, ${subject}: changed by someone else since it was read`,
    list,
  );
}
