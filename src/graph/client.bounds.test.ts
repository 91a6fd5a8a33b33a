/**
 * The client's bounded waits (client.ts, BoundedRetryHandler), on fake timers: a person is
 * never kept past the deadline, a Retry-After that ends after it is handed back at once, one
 * that ends before it is waited out, and a request that hangs is abandoned at the deadline.
 */
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isStoreError, type Deadline } from "../app/ports";
import { createGraphClient, noRetries, RequestDeadline } from "./client";
import { normaliseError } from "./errors";
import { FakeGraph, FAKE_GRAPH_ORIGIN, graphError, ok } from "./testing/fake-graph";

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-11-30T14:31:50Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

function client(transport: Middleware, requestTimeoutMs?: number) {
  return createGraphClient({
    baseUrl: FAKE_GRAPH_ORIGIN,
    customHosts: ["graph.test"],
    tokenProvider: { getAccessToken: () => Promise.resolve("token-1") },
    transport,
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
  });
}

/** Settles the promise with fake time moving on; returns what it gave and when (ms elapsed). */
async function timed<T>(promise: Promise<T>, stepMs = 100, limitMs = 120_000) {
  const started = Date.now();
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  promise.then(
    (value) => (outcome = { ok: true, value }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  while (!outcome && Date.now() - started < limitMs) await vi.advanceTimersByTimeAsync(stepMs);
  if (!outcome) throw new Error("still waiting");
  return { ...outcome, elapsed: Date.now() - started };
}

/** A transport that never answers, but lets fetch's AbortSignal stop it, as fetch does. */
const hangs: Middleware = {
  execute: (context: Context) =>
    new Promise<void>((_, reject) => {
      context.options?.signal?.addEventListener("abort", () =>
        reject(new DOMException("The operation was aborted.", "AbortError")),
      );
    }),
  setNext: () => undefined,
};

function deadlineIn(ms: number): Deadline & { abort: () => void } {
  const controller = new AbortController();
  return { at: Date.now() + ms, signal: controller.signal, abort: () => controller.abort() };
}

describe("bounded waits", () => {
  it("hands a 429 whose Retry-After ends after the deadline straight back, Retry-After and all", async () => {
    const fake = new FakeGraph().respond(
      graphError(429, "activityLimitReached", { "Retry-After": "20" }),
    );
    const result = await timed(client(fake, 10_000).api("/sites/root").get());
    expect(result.ok).toBe(false);
    expect(result.elapsed).toBeLessThan(1_000);
    expect(fake.requests).toHaveLength(1);
    const error = normaliseError(result.ok ? undefined : result.error, "addresses");
    expect(error).toMatchObject({ code: "throttled", retryAfterSeconds: 20 });
  });

  it("waits out a Retry-After that ends before the deadline, then sends again", async () => {
    const fake = new FakeGraph().respond(
      graphError(503, "serviceNotAvailable", { "Retry-After": "2" }),
      ok({ id: "x" }),
    );
    const result = await timed(client(fake, 10_000).api("/sites/root").get());
    expect(result).toMatchObject({ ok: true, value: { id: "x" } });
    expect(result.elapsed).toBeGreaterThanOrEqual(2_000);
    expect(fake.requests[1]?.headers["Retry-Attempt"]).toBe("1");
  });

  it("gives up a request that hangs when its deadline passes, as a timeout", async () => {
    const result = await timed(client(hangs, 10_000).api("/sites/root").get());
    expect(result.ok).toBe(false);
    expect(result.elapsed).toBeGreaterThanOrEqual(10_000);
    expect(result.elapsed).toBeLessThan(10_500);
    const error = normaliseError(result.ok ? undefined : result.error, "register");
    expect(isStoreError(error) && error.code).toBe("timeout");
    expect(error).toMatchObject({ list: "register" });
  });

  it("abandons even work that ignores the abort (a sign-in that never returns)", async () => {
    const never = createGraphClient({
      baseUrl: FAKE_GRAPH_ORIGIN,
      customHosts: ["graph.test"],
      tokenProvider: { getAccessToken: () => new Promise<string>(() => undefined) },
      transport: new FakeGraph(),
      requestTimeoutMs: 3_000,
    });
    const result = await timed(never.api("/sites/root").get());
    expect(result.ok).toBe(false);
    expect(result.elapsed).toBeLessThan(3_500);
  });

  it("keeps to a deadline the caller gives, when it comes before the client's own", async () => {
    const deadline = deadlineIn(4_000);
    const request = client(hangs, 10_000)
      .api("/sites/root")
      .middlewareOptions([new RequestDeadline(deadline)])
      .get();
    const result = await timed(request);
    expect(result.ok).toBe(false);
    expect(result.elapsed).toBeGreaterThanOrEqual(4_000);
    expect(result.elapsed).toBeLessThan(4_500);
  });

  it("stops when the caller abandons the wait, and does not wait a Retry-After past it", async () => {
    const deadline = deadlineIn(60_000);
    const fake = new FakeGraph().respond(graphError(429, "throttled", { "Retry-After": "30" }));
    const request = client(fake)
      .api("/sites/root")
      .middlewareOptions([new RequestDeadline(deadline)])
      .get();
    setTimeout(() => deadline.abort(), 1_000);
    const result = await timed(request);
    expect(result.ok).toBe(false);
    expect(result.elapsed).toBeGreaterThanOrEqual(1_000);
    expect(result.elapsed).toBeLessThan(1_500);
    expect(fake.requests).toHaveLength(1);
  });

  it("without a deadline waits a Retry-After up to 30 s, and hands a longer one back", async () => {
    const patient = new FakeGraph().respond(
      graphError(429, "throttled", { "Retry-After": "25" }),
      ok({}),
    );
    const waited = await timed(client(patient).api("/sites/root").get());
    expect(waited.ok).toBe(true);
    expect(waited.elapsed).toBeGreaterThanOrEqual(25_000);

    const longer = new FakeGraph().respond(graphError(429, "throttled", { "Retry-After": "45" }));
    const handed = await timed(client(longer).api("/sites/root").get());
    expect(handed.ok).toBe(false);
    expect(handed.elapsed).toBeLessThan(1_000);
  });

  it("never repeats a request marked noRetries (a write)", async () => {
    const fake = new FakeGraph().respond(
      graphError(503, "serviceNotAvailable", { "Retry-After": "0" }),
    );
    const result = await timed(
      client(fake, 10_000).api("/sites/root/lists").middlewareOptions([noRetries()]).post({}),
    );
    expect(result.ok).toBe(false);
    expect(fake.requests).toHaveLength(1);
  });

  it("retries at most three times", async () => {
    const busy = () => graphError(503, "serviceNotAvailable", { "Retry-After": "0" });
    const fake = new FakeGraph().respond(busy(), busy(), busy(), busy(), ok({}));
    const result = await timed(client(fake, 10_000).api("/sites/root").get());
    expect(result.ok).toBe(false);
    expect(fake.requests).toHaveLength(4);
  });
});
