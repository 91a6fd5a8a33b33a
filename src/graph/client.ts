/**
 * The Graph client the store uses: the SDK's middleware chain with our own authentication
 * step (tokens come from the TokenProvider port; src/graph never imports src/auth) and our own
 * retry step in place of the SDK's RetryHandler, which waits out every Retry-After in full
 * (a person would stare at "Checking…" for a minute under a sustained 429).
 *
 * Chain: bounded retry (the request's deadline; 429/503/504 retried only while the wait ends
 * before it) → auth (one fresh token and one retry on 401) → telemetry (client-request-id,
 * SdkVersion) → resend (a read whose connection dropped, once) → http (fetch, or a fake).
 */
import {
  Client,
  GraphClientError,
  HTTPMessageHandler,
  TelemetryHandler,
  type Context,
  type Middleware,
  type MiddlewareOptions,
} from "@microsoft/microsoft-graph-client";
import { StoreError, type Deadline, type TokenProvider } from "../app/ports";
import { parseRetryAfter } from "./errors";

export type GraphClientOptions = {
  /** Graph's origin, e.g. "https://graph.microsoft.com" or the emulator's "https://localhost:4443". */
  readonly baseUrl: string;
  /** Hosts besides Graph's that get the token, without port (e.g. "localhost" for the emulator). */
  readonly customHosts?: readonly string[];
  readonly tokenProvider: TokenProvider;
  /** The last middleware; the SDK's fetch handler unless a test supplies a fake. */
  readonly transport?: Middleware;
  /**
   * Retries of a 429, 503 or 504 for requests that may be repeated (not writes: they retry
   * themselves, safely). The service's Retry-After decides the wait; without one the wait is
   * `delaySeconds`, doubling. Defaults: 3 retries, 1 s.
   */
  readonly retry?: { readonly maxRetries: number; readonly delaySeconds: number };
  /**
   * The longest any one request may take, its retries included; none when absent. The pane
   * sets it, so no request keeps a person waiting longer whatever Graph does. A request may
   * also carry an earlier deadline of its own (RequestDeadline).
   */
  readonly requestTimeoutMs?: number;
  /** The longest Retry-After waited inside a request that has no deadline (default 30 s). */
  readonly maxRetryWaitMs?: number;
  /** The clock the deadlines are read against (tests). */
  readonly now?: () => number;
};

const GRAPH_HOSTS = [
  "graph.microsoft.com",
  "graph.microsoft.us",
  "dod-graph.microsoft.us",
  "microsoftgraph.chinacloudapi.cn",
];

export function createGraphClient(options: GraphClientOptions): Client {
  const customHosts = options.customHosts ?? [];
  const auth = new TokenAuthHandler(
    options.tokenProvider,
    new Set([...GRAPH_HOSTS, ...customHosts]),
  );
  const retry = new BoundedRetryHandler({
    maxRetries: options.retry?.maxRetries ?? 3,
    delayMs: (options.retry?.delaySeconds ?? 1) * 1000,
    maxWaitMs: options.maxRetryWaitMs ?? 30_000,
    ...(options.requestTimeoutMs !== undefined ? { timeoutMs: options.requestTimeoutMs } : {}),
    now: options.now ?? Date.now,
  });
  const chain: Middleware[] = [
    retry,
    auth,
    new TelemetryHandler(),
    new ResendDroppedReadHandler(),
    options.transport ?? new HTTPMessageHandler(),
  ];
  return Client.initWithMiddleware({
    middleware: chain,
    baseUrl: options.baseUrl.replace(/\/+$/, "").replace(/\/v1\.0$/, ""),
    defaultVersion: "v1.0",
    customHosts: new Set(customHosts),
  });
}

/** Per-request option: never repeat this request (writes retry themselves, safely). */
export class NoRetries implements MiddlewareOptions {}

export function noRetries(): NoRetries {
  return new NoRetries();
}

/** Per-request option: the caller's deadline (see Deadline in src/app/ports.ts). */
export class RequestDeadline implements MiddlewareOptions {
  constructor(readonly deadline: Deadline) {}
}

/** The error a request gives when its deadline passes first: a StoreError the SDK lets through. */
export function timeoutError(): GraphClientError {
  const error = new GraphClientError("No answer from Microsoft Graph before the deadline");
  error.customError = new StoreError(
    "timeout",
    "No answer from Microsoft Graph before the deadline",
  );
  return error;
}

const RETRY_STATUSES = new Set([429, 503, 504]);

type RetrySettings = {
  readonly maxRetries: number;
  readonly delayMs: number;
  readonly maxWaitMs: number;
  readonly timeoutMs?: number;
  readonly now: () => number;
};

/**
 * Bounds a request by its deadline (the earlier of RequestDeadline and the client's request
 * timeout): the fetch is aborted when it passes, and whatever is still running (a sign-in, a
 * hung connection) is abandoned with timeoutError(). Retries a 429/503/504 after the service's
 * Retry-After (or a doubling back-off) only when that wait ends before the deadline; otherwise
 * the answer goes back at once, Retry-After and all, so the caller can say when to try again
 * and try then, in the background.
 */
export class BoundedRetryHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly settings: RetrySettings) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const given = context.middlewareControl?.getMiddlewareOptions(RequestDeadline) as
      RequestDeadline | undefined;
    const now = this.settings.now();
    const timeout = this.settings.timeoutMs;
    const at = Math.min(
      given?.deadline.at ?? Infinity,
      timeout === undefined ? Infinity : now + timeout,
    );
    if (at === Infinity) return this.attempts(context, at);
    if (at <= now || given?.deadline.signal.aborted) throw timeoutError();

    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = setTimeout(abort, at - now);
    given?.deadline.signal.addEventListener("abort", abort, { once: true });
    (context.options ??= {}).signal = controller.signal;
    try {
      await Promise.race([
        this.attempts(context, at, controller.signal),
        whenAborted(controller.signal),
      ]);
    } catch (e) {
      throw controller.signal.aborted ? timeoutError() : e;
    } finally {
      clearTimeout(timer);
      given?.deadline.signal.removeEventListener("abort", abort);
    }
  }

  private async attempts(context: Context, at: number, signal?: AbortSignal): Promise<void> {
    const next = this.next;
    if (!next) throw new GraphClientError("BoundedRetryHandler has no next middleware");
    const repeatable =
      context.middlewareControl?.getMiddlewareOptions(NoRetries) === undefined &&
      isBuffered(context);
    for (let retry = 0; ; retry++) {
      await next.execute(context);
      const response = context.response;
      if (!response || !RETRY_STATUSES.has(response.status)) return;
      if (!repeatable || retry >= this.settings.maxRetries) return;
      const asked = parseRetryAfter(response.headers.get("Retry-After"));
      const wait = asked !== undefined ? asked * 1000 : this.settings.delayMs * 2 ** retry;
      if (this.settings.now() + wait >= at) return;
      if (at === Infinity && wait > this.settings.maxWaitMs) return;
      await sleep(wait, signal);
      headerBag(context)["Retry-Attempt"] = String(retry + 1);
    }
  }
}

/** A body that can be sent again (not a stream). */
function isBuffered(context: Context): boolean {
  const body = context.options?.body;
  return body === undefined || body === null || typeof body === "string" || body instanceof Blob;
}

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener("abort", () => reject(timeoutError()), { once: true });
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(timeoutError());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(timeoutError());
    };
    signal?.addEventListener("abort", stop, { once: true });
  });
}

/**
 * Sets `Authorization: Bearer` on requests to Graph (or a custom host) and, when the answer is
 * 401, asks once for a fresh token and sends again: a token can expire between issue and use.
 */
export class TokenAuthHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokens: TokenProvider,
    private readonly hosts: ReadonlySet<string>,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new GraphClientError("TokenAuthHandler has no next middleware");
    const headers = headerBag(context);
    if (!this.hosts.has(hostOf(context.request))) {
      delete headers["Authorization"];
      return next.execute(context);
    }
    headers["Authorization"] = `Bearer ${await this.token(false)}`;
    await next.execute(context);
    if (context.response?.status === 401) {
      headers["Authorization"] = `Bearer ${await this.token(true)}`;
      await next.execute(context);
    }
  }

  private async token(forceRefresh: boolean): Promise<string> {
    try {
      return await this.tokens.getAccessToken({ forceRefresh });
    } catch (e) {
      // The SDK would report any other error as a network failure; it passes GraphClientError through.
      const wrapped = new GraphClientError(e instanceof Error ? e.message : String(e));
      wrapped.customError = e;
      throw wrapped;
    }
  }
}

/** Marks a request that reads only (a $batch of GETs), so a dropped connection may resend it. */
export class ReadOnlyRequest implements MiddlewareOptions {}

/**
 * Sends a read once more when its connection failed before any answer: a kept-alive connection
 * the server (or a proxy) had just closed gives ECONNRESET, and the SDK's retry handler only
 * retries HTTP statuses. Reads only (GET, or a request marked ReadOnlyRequest): resending a
 * write could store it twice.
 */
export class ResendDroppedReadHandler implements Middleware {
  private next: Middleware | undefined;

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new GraphClientError("ResendDroppedReadHandler has no next middleware");
    try {
      await next.execute(context);
    } catch (e) {
      // The deadline aborted it: nothing to resend.
      if (context.options?.signal?.aborted) throw e;
      const get = (context.options?.method ?? "GET").toUpperCase() === "GET";
      const marked = context.middlewareControl?.getMiddlewareOptions(ReadOnlyRequest) !== undefined;
      if (!get && !marked) throw e;
      await next.execute(context);
    }
  }
}

function hostOf(request: RequestInfo): string {
  const url = typeof request === "string" ? request : request.url;
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** The SDK builds request headers as a plain object (GraphRequest.updateRequestOptions). */
function headerBag(context: Context): Record<string, string> {
  const options = (context.options ??= {});
  if (options.headers === undefined) options.headers = {};
  if (options.headers instanceof Headers || Array.isArray(options.headers)) {
    throw new GraphClientError("The Graph middleware expects plain-object request headers");
  }
  return options.headers;
}
