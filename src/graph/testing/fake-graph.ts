/**
 * A fake last middleware for unit tests, in the manner of msgraph-sdk-javascript's
 * DummyHTTPMessageHandler: it records each request the SDK would send and answers from a queue
 * of canned Graph responses (or a function of the request). No network, no emulator.
 */
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../../app/ports";
import { createGraphClient } from "../client";

export type RecordedRequest = {
  readonly method: string;
  readonly url: string;
  /** Path after /v1.0, percent-decoded. */
  readonly path: string;
  /** Query parameters, percent-decoded, as Graph reads them. */
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
};

export type Canned =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  | { readonly network: true };

export type Answer = Canned | ((request: RecordedRequest) => Canned);

export class FakeGraph implements Middleware {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Answer[] = [];

  /** Queues answers for the next requests, in order. */
  respond(...answers: Answer[]): this {
    this.queue.push(...answers);
    return this;
  }

  get pending(): number {
    return this.queue.length;
  }

  async execute(context: Context): Promise<void> {
    const request = record(context);
    this.requests.push(request);
    const next = this.queue.shift();
    if (!next) throw new Error(`FakeGraph: no answer queued for ${request.method} ${request.path}`);
    const canned = typeof next === "function" ? next(request) : next;
    if ("network" in canned) throw new TypeError("fetch failed");
    const body =
      canned.status === 204 || canned.body === undefined ? null : JSON.stringify(canned.body);
    context.response = new Response(body, {
      status: canned.status,
      headers: {
        "Content-Type": "application/json",
        "request-id": "fake-request-id",
        ...canned.headers,
      },
    });
    return Promise.resolve();
  }
}

function record(context: Context): RecordedRequest {
  const url = typeof context.request === "string" ? context.request : context.request.url;
  const parsed = new URL(url);
  const headers = (context.options?.headers ?? {}) as Record<string, string>;
  const rawBody = context.options?.body;
  return {
    method: context.options?.method ?? "GET",
    url,
    path: decodeURIComponent(parsed.pathname.replace(/^\/v1\.0/, "")),
    query: parsed.searchParams,
    headers: { ...headers },
    body: typeof rawBody === "string" ? (JSON.parse(rawBody) as unknown) : undefined,
  };
}

export const ok = (body: unknown, headers?: Record<string, string>): Canned => ({
  status: 200,
  body,
  ...(headers ? { headers } : {}),
});

export const created = (body: unknown): Canned => ({ status: 201, body });

export const NETWORK_DOWN: Canned = { network: true };

export function graphError(status: number, code: string, headers?: Record<string, string>): Canned {
  return {
    status,
    body: {
      error: {
        code,
        message: `${code} (fake)`,
        innerError: {
          date: "2026-11-28T10:00:00",
          "request-id": "req-42",
          "client-request-id": "c-1",
        },
      },
    },
    ...(headers ? { headers } : {}),
  };
}

export function listItem(
  id: string | number,
  fields: Readonly<Record<string, unknown>>,
  version = 1,
): Readonly<Record<string, unknown>> {
  const etag = `"0b5a2e6c-0000-4000-8000-${String(id).padStart(12, "0")},${version}"`;
  return {
    "@odata.etag": etag,
    id: String(id),
    eTag: etag,
    createdDateTime: "2026-11-28T10:00:00Z",
    fields: { "@odata.etag": etag, id: String(id), ...fields },
  };
}

export function collection(
  items: readonly unknown[],
  nextLink?: string,
): Readonly<Record<string, unknown>> {
  return { value: items, ...(nextLink ? { "@odata.nextLink": nextLink } : {}) };
}

export const FAKE_GRAPH_ORIGIN = "https://graph.test";

/** A client whose last middleware is the fake, with instant SDK retries. */
export function fakeClient(fake: FakeGraph, tokens?: TokenProvider) {
  return createGraphClient({
    baseUrl: FAKE_GRAPH_ORIGIN,
    customHosts: ["graph.test"],
    tokenProvider: tokens ?? { getAccessToken: () => Promise.resolve("token-1") },
    transport: fake,
    retry: { maxRetries: 3, delaySeconds: 0 },
  });
}
