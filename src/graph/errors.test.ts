import { describe, expect, it } from "vitest";
import { AuthError, isStoreError, type StoreError } from "../app/ports";
import { codeForStatus, parseRetryAfter } from "./errors";
import { ListApi } from "./list-api";
import { FakeGraph, NETWORK_DOWN, fakeClient, graphError, ok } from "./testing/fake-graph";

const SITE = { hostname: "council.sharepoint.com", path: "/sites/ucb" };

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

describe("status codes", () => {
  it.each([
    [-1, "offline"],
    [401, "unauthorised"],
    [403, "forbidden"],
    [404, "notFound"],
    [409, "conflict"],
    [412, "conflict"],
    [429, "throttled"],
    [503, "throttled"],
    [500, "unavailable"],
    [502, "unavailable"],
    [504, "unavailable"],
    [400, "unavailable"],
  ])("%i → %s", (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });

  it("reads Retry-After as seconds, fractions or an HTTP date", () => {
    expect(parseRetryAfter("2.128")).toBe(2.128);
    expect(
      parseRetryAfter("Sat, 28 Nov 2026 10:00:30 GMT", Date.parse("2026-11-28T10:00:00Z")),
    ).toBe(30);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("errors from Graph calls", () => {
  it("names the list, keeps the request id, for a 403", async () => {
    const fake = new FakeGraph().respond(graphError(403, "accessDenied"));
    const api = new ListApi(fakeClient(fake), SITE);
    const e = (await failureOf(api.getAll("caseFiles", {}))) as StoreError;
    expect(isStoreError(e)).toBe(true);
    expect(e).toMatchObject({ code: "forbidden", list: "caseFiles", requestId: "req-42" });
  });

  it("reports throttling with the service's Retry-After once the SDK's retries run out", async () => {
    const throttled = graphError(429, "activityLimitReached", { "Retry-After": "0" });
    const fake = new FakeGraph().respond(throttled, throttled, throttled, throttled);
    const api = new ListApi(fakeClient(fake), SITE);
    const e = (await failureOf(api.getAll("register", {}))) as StoreError;
    expect(fake.requests).toHaveLength(4); // one try and the SDK's three retries
    expect(e).toMatchObject({ code: "throttled", retryAfterSeconds: 0, list: "register" });
  });

  it("reports a dropped connection as offline", async () => {
    const api = new ListApi(fakeClient(new FakeGraph().respond(NETWORK_DOWN)), SITE);
    expect(await failureOf(api.getAll("addresses", {}))).toMatchObject({
      code: "offline",
      list: "addresses",
    });
  });

  it("lets the token provider's own error through unchanged", async () => {
    const refused = new AuthError("consentRequired", "An administrator must consent");
    const tokens = { getAccessToken: () => Promise.reject(refused) };
    const fake = new FakeGraph();
    const api = new ListApi(fakeClient(fake, tokens), SITE);
    expect(await failureOf(api.getAll("register", {}))).toBe(refused);
    expect(fake.requests).toHaveLength(0);
  });

  it("refuses a response that is not a collection of items as invalid data", async () => {
    const api = new ListApi(
      fakeClient(new FakeGraph().respond(ok({ value: [{ id: "1" }] }))),
      SITE,
    );
    expect(await failureOf(api.getAll("register", {}))).toMatchObject({ code: "invalidData" });
  });
});
