/**
 * Every failure of a Graph call becomes a StoreError with a code the pane can word
 * (src/app/ports.ts). The token provider's own errors (AuthError) pass through unchanged: they
 * say why sign-in failed, which "unauthorised" alone cannot.
 */
import { GraphClientError } from "@microsoft/microsoft-graph-client";
import { isStoreError, StoreError, type StoreArea, type StoreErrorCode } from "../app/ports";
import { isRecord } from "./shape";

/** What we know about one failed HTTP exchange, from the SDK or from a $batch entry. */
export type Failure = {
  /** HTTP status; -1 when no response arrived (network, DNS, TLS, CORS). */
  readonly status: number;
  readonly code?: string;
  readonly message: string;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;
};

export function codeForStatus(status: number): StoreErrorCode {
  if (status <= 0) return "offline";
  switch (status) {
    case 401:
      return "unauthorised";
    case 403:
      return "forbidden";
    case 404:
    case 410:
      return "notFound";
    case 409:
    case 412:
      return "conflict";
    case 429:
    case 503:
      return "throttled";
    default:
      return "unavailable";
  }
}

/** Seconds from a Retry-After header: a number (fractions allowed) or an HTTP date. */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

/** Reads a GraphError (or anything shaped like one); null for errors that are not Graph's. */
export function failureOf(e: unknown): Failure | null {
  if (!isRecord(e) || typeof e["statusCode"] !== "number") return null;
  const headers = e["headers"] instanceof Headers ? e["headers"] : undefined;
  const requestId =
    (typeof e["requestId"] === "string" ? e["requestId"] : undefined) ??
    headers?.get("request-id") ??
    undefined;
  const retryAfterSeconds = parseRetryAfter(headers?.get("Retry-After"));
  return {
    status: e["statusCode"],
    message: e instanceof Error ? e.message : "Graph request failed",
    ...(typeof e["code"] === "string" ? { code: e["code"] } : {}),
    ...(requestId ? { requestId } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/** A failure as seen in a $batch response entry. */
export function failureOfBatchEntry(
  status: number,
  headers: Readonly<Record<string, string>>,
  body: unknown,
): Failure {
  const header = (name: string) =>
    Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  const error = isRecord(body) && isRecord(body["error"]) ? body["error"] : {};
  const inner = isRecord(error["innerError"]) ? error["innerError"] : {};
  const requestId =
    header("request-id") ??
    (typeof inner["request-id"] === "string" ? inner["request-id"] : undefined);
  const retryAfterSeconds = parseRetryAfter(header("Retry-After"));
  return {
    status,
    message: typeof error["message"] === "string" ? error["message"] : `HTTP ${status}`,
    ...(typeof error["code"] === "string" ? { code: error["code"] } : {}),
    ...(requestId ? { requestId } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/** A StoreError that remembers the HTTP status, so the store can decide whether to retry. */
export class GraphStoreError extends StoreError {
  constructor(
    readonly failure: Failure,
    list?: StoreArea,
  ) {
    const where = list ? ` (${list})` : "";
    const code = failure.code ? ` ${failure.code}` : "";
    super(
      codeForStatus(failure.status),
      `Graph ${failure.status}${code}${where}: ${failure.message}`,
      list,
      failure.requestId,
      failure.retryAfterSeconds,
    );
  }
}

export function storeErrorOf(failure: Failure, list?: StoreArea): GraphStoreError {
  return new GraphStoreError(failure, list);
}

/** The HTTP failure behind an error, when it came from a Graph answer (or no answer). */
export function failureBehind(e: unknown): Failure | null {
  return e instanceof GraphStoreError ? e.failure : null;
}

/**
 * The error to throw for a failed Graph call: a StoreError, or the token provider's error that
 * the auth middleware wrapped so the SDK would not turn it into a network failure.
 */
export function normaliseError(e: unknown, list?: StoreArea): Error {
  if (isStoreError(e)) return e;
  if (e instanceof GraphClientError && e.customError instanceof Error) {
    const custom = e.customError;
    // A deadline's timeout is raised below the store, which knows the list it concerned.
    return isStoreError(custom) && custom.list === undefined && list !== undefined
      ? new StoreError(
          custom.code,
          custom.message,
          list,
          custom.requestId,
          custom.retryAfterSeconds,
        )
      : custom;
  }
  const failure = failureOf(e);
  if (failure) return storeErrorOf(failure, list);
  const message = e instanceof Error ? e.message : String(e);
  return new StoreError("unavailable", `Unexpected failure calling Graph: ${message}`, list);
}
