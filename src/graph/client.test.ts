import { describe, expect, it } from "vitest";
import { FakeGraph, NETWORK_DOWN, fakeClient, graphError, ok } from "./testing/fake-graph";

function countingTokens() {
  const calls: boolean[] = [];
  return {
    calls,
    getAccessToken: (options?: { forceRefresh?: boolean }) => {
      calls.push(options?.forceRefresh ?? false);
      return Promise.resolve(`token-${calls.length}`);
    },
  };
}

describe("Graph client", () => {
  it("sends the provider's token, a client-request-id and the SDK version", async () => {
    const fake = new FakeGraph().respond(ok({}));
    await fakeClient(fake).api("/sites/root").get();
    const [request] = fake.requests;
    expect(request?.headers["Authorization"]).toBe("Bearer token-1");
    expect(request?.headers["client-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(request?.headers["SdkVersion"]).toMatch(/^graph-js\//);
    expect(request?.url).toBe("https://graph.test/v1.0/sites/root");
  });

  it("on 401 asks once for a fresh token and sends again", async () => {
    const tokens = countingTokens();
    const fake = new FakeGraph().respond(
      graphError(401, "InvalidAuthenticationToken"),
      ok({ id: "x" }),
    );
    const site: unknown = await fakeClient(fake, tokens).api("/sites/root").get();
    expect(site).toEqual({ id: "x" });
    expect(tokens.calls).toEqual([false, true]);
    expect(fake.requests.map((r) => r.headers["Authorization"])).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("gives up after one refresh: a second 401 is the answer", async () => {
    const tokens = countingTokens();
    const fake = new FakeGraph().respond(
      graphError(401, "InvalidAuthenticationToken"),
      graphError(401, "InvalidAuthenticationToken"),
    );
    await expect(fakeClient(fake, tokens).api("/sites/root").get()).rejects.toMatchObject({
      statusCode: 401,
    });
    expect(fake.requests).toHaveLength(2);
  });

  it("never sends the token to a host it was not configured for", async () => {
    const fake = new FakeGraph().respond(ok({}));
    await fakeClient(fake).api("https://elsewhere.example/v1.0/sites/root").get();
    expect(fake.requests[0]?.headers["Authorization"]).toBeUndefined();
  });

  it("sends a GET once more when its connection dropped, but never a write", async () => {
    const fake = new FakeGraph().respond(NETWORK_DOWN, ok({ id: "x" }));
    expect(await fakeClient(fake).api("/sites/root").get()).toEqual({ id: "x" });
    expect(fake.requests).toHaveLength(2);

    const writes = new FakeGraph().respond(NETWORK_DOWN, ok({}));
    await expect(fakeClient(writes).api("/sites/root/lists").post({})).rejects.toMatchObject({
      statusCode: -1,
    });
    expect(writes.requests).toHaveLength(1);

    const twice = new FakeGraph().respond(NETWORK_DOWN, NETWORK_DOWN);
    await expect(fakeClient(twice).api("/sites/root").get()).rejects.toMatchObject({
      statusCode: -1,
    });
    expect(twice.requests).toHaveLength(2);
  });
});
