/**
 * Several GETs in one round trip (JSON $batch). Graph throttles each entry on its own and the
 * SDK does not retry entries, so entries answered 429/503 are sent again, alone, after the
 * longest Retry-After among them.
 */
import { StoreError, type ListName } from "../app/ports";
import { ReadOnlyRequest } from "./client";
import { failureOfBatchEntry, normaliseError, storeErrorOf, type Failure } from "./errors";
import type { ListApi } from "./list-api";
import { nextDelayMs, type RetryPolicy } from "./retry-policy";
import { isRecord } from "./shape";

export type BatchGet = { readonly id: string; readonly list: ListName; readonly url: string };

type Entry = { id: string; status: number; headers: Record<string, string>; body: unknown };

export async function batchGet(
  api: ListApi,
  requests: readonly BatchGet[],
  policy: RetryPolicy,
): Promise<ReadonlyMap<string, unknown>> {
  const results = new Map<string, unknown>();
  let pending = [...requests];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const entries = await send(api, pending);
    const retry: { request: BatchGet; failure: Failure }[] = [];
    for (const request of pending) {
      const entry = entries.get(request.id);
      if (!entry)
        throw new StoreError(
          "unavailable",
          `$batch answer lacks entry ${request.id}`,
          request.list,
        );
      if (entry.status >= 200 && entry.status < 300) {
        results.set(request.id, entry.body);
        continue;
      }
      const failure = failureOfBatchEntry(entry.status, entry.headers, entry.body);
      if (entry.status !== 429 && entry.status !== 503) throw storeErrorOf(failure, request.list);
      retry.push({ request, failure });
    }
    if (retry.length === 0) break;
    let wait = 0;
    for (const { request, failure } of retry) {
      const delay = nextDelayMs(policy, attempt, failure);
      if (delay === null) throw storeErrorOf(failure, request.list);
      wait = Math.max(wait, delay);
    }
    await policy.sleep(wait);
    pending = retry.map(({ request }) => request);
  }
  return results;
}

async function send(api: ListApi, requests: readonly BatchGet[]): Promise<Map<string, Entry>> {
  let answer: unknown;
  try {
    answer = await api.request("/$batch", new ReadOnlyRequest()).post({
      requests: requests.map(({ id, url }) => ({ id, method: "GET", url })),
    });
  } catch (e) {
    throw normaliseError(e, requests[0]?.list);
  }
  const responses = isRecord(answer) ? answer["responses"] : undefined;
  if (!Array.isArray(responses)) {
    throw new StoreError("unavailable", "$batch answer has no responses", requests[0]?.list);
  }
  const entries = new Map<string, Entry>();
  for (const r of responses as unknown[]) {
    if (!isRecord(r) || typeof r["id"] !== "string" || typeof r["status"] !== "number") continue;
    const headers = isRecord(r["headers"])
      ? Object.fromEntries(Object.entries(r["headers"]).map(([k, v]) => [k, String(v)]))
      : {};
    entries.set(r["id"], { id: r["id"], status: r["status"], headers, body: r["body"] });
  }
  return entries;
}
