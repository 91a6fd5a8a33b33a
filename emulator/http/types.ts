/** One Graph request as the dispatcher sees it, whether it came over HTTPS or inside a $batch. */
export type GraphRequest = {
  readonly method: string;
  /** Path after the version segment, still percent-encoded, e.g. "/sites/x/lists/UCB%20Register". */
  readonly rawPath: string;
  /** Query string without the "?", still percent-encoded. */
  readonly rawQuery: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or undefined when there was none (or the body is a file's bytes). */
  readonly body: unknown;
  /** The body's bytes, for uploads (PUT …/content, upload session fragments). */
  readonly rawBody?: Uint8Array;
  /**
   * A pre-authenticated transfer URL (upload session, download): no bearer token is needed.
   * `rawPath` is then the whole path, e.g. "/_transfer/upload/{session}".
   */
  readonly preAuthenticated?: boolean;
  /** Set for $batch entries, so the log can say which batch an entry belonged to. */
  readonly batchEntryId?: string;
};

export type GraphResponse = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** A file's bytes (downloads), sent as they are with the headers' Content-Type. */
  readonly rawBody?: Uint8Array;
};

export const JSON_CONTENT_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphResponse {
  return { status, body, headers };
}

export const noContent = (): GraphResponse => ({ status: 204, headers: {} });
