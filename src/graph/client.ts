/**
 * The Graph client the store uses: the SDK's middleware chain with our own authentication
 * step (tokens come from the TokenProvider port; src/graph never imports src/auth).
 *
 * Chain: auth (one fresh token and one retry on 401) → retry (429/503/504, Retry-After)
 * → telemetry (client-request-id, SdkVersion) → resend (a read whose connection dropped, once)
 * → http (fetch, or a fake in unit tests).
 */
import {
  Client,
  GraphClientError,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type Context,
  type Middleware,
  type MiddlewareOptions,
} from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../app/ports";

export type GraphClientOptions = {
  /** Graph's origin, e.g. "https://graph.microsoft.com" or the emulator's "https://localhost:4443". */
  readonly baseUrl: string;
  /** Hosts besides Graph's that get the token, without port (e.g. "localhost" for the emulator). */
  readonly customHosts?: readonly string[];
  readonly tokenProvider: TokenProvider;
  /** The last middleware; the SDK's fetch handler unless a test supplies a fake. */
  readonly transport?: Middleware;
  /** The SDK retry handler's settings for idempotent requests (defaults: 3 retries, 3 s). */
  readonly retry?: { readonly maxRetries: number; readonly delaySeconds: number };
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
  const retry = new RetryHandler(
    new RetryHandlerOptions(options.retry?.delaySeconds ?? 3, options.retry?.maxRetries ?? 3),
  );
  const chain: Middleware[] = [
    auth,
    retry,
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

/** Per-request option that turns the SDK's retries off (writes retry themselves, safely). */
export function noSdkRetries(): RetryHandlerOptions {
  return new RetryHandlerOptions(0, 0, () => false);
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
    throw new GraphClientError("TokenAuthHandler expects plain-object request headers");
  }
  return options.headers;
}
