/**
 * Every Graph request the emulator answered, oldest first. An array, so tests can filter and
 * count it directly (`emu.requests.filter(r => r.method === "POST")`); `clear()` empties it.
 */
export type RequestLogEntry = {
  readonly at: string;
  readonly method: string;
  /** Path and query as sent, e.g. "/v1.0/sites/…/items?$filter=…". */
  readonly path: string;
  /** 0 when the emulator dropped the connection instead of answering. */
  readonly status: number;
  /** The caller's UPN, or null when the request had no valid token. */
  readonly user: string | null;
  /** For a $batch entry: its id within the batch. */
  readonly batchEntryId?: string;
};

export class RequestLog extends Array<RequestLogEntry> {
  // map/filter/slice return plain arrays, not logs.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  record(entry: RequestLogEntry): void {
    this.push(entry);
  }

  clear(): void {
    this.length = 0;
  }
}
