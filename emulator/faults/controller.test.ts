import { describe, expect, it } from "vitest";
import { FaultController, workloadOf } from "./controller";
import { parseFaultRules } from "./rules";

const target = (method: string, path: string, topLevel = true) => ({
  method,
  rawPath: path,
  decodedPath: decodeURIComponent(path),
  topLevel,
});

describe("FaultController", () => {
  it("applies a rule the given number of times, then forgets it", () => {
    const faults = new FaultController();
    faults.set([{ match: { method: "POST" }, fault: { status: 503 }, times: 2 }]);
    expect(faults.evaluate(target("GET", "/v1.0/sites/x")).outcome).toBeUndefined();
    expect(faults.evaluate(target("POST", "/v1.0/sites/x")).outcome).toEqual({ status: 503 });
    expect(faults.list()).toEqual([
      { match: { method: "POST" }, fault: { status: 503 }, times: 1 },
    ]);
    expect(faults.evaluate(target("POST", "/v1.0/sites/x")).outcome).toEqual({ status: 503 });
    expect(faults.evaluate(target("POST", "/v1.0/sites/x")).outcome).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it("matches pathContains against the path as sent or decoded", () => {
    const faults = new FaultController();
    faults.set([{ match: { pathContains: "UCB Contacts" }, fault: { status: 500 } }]);
    expect(
      faults.evaluate(target("GET", "/v1.0/sites/x/lists/UCB%20Contacts/items")).outcome,
    ).toEqual({ status: 500 });
    expect(
      faults.evaluate(target("GET", "/v1.0/sites/x/lists/UCB%20Register/items")).outcome,
    ).toBeUndefined();
  });

  it("throttles again a request that comes back before Retry-After, and extends the window", () => {
    let now = 0;
    const faults = new FaultController(() => now);
    faults.openWindow("/v1.0/sites/x", { status: 429, retryAfter: 2 });
    now = 1500;
    expect(faults.evaluate(target("GET", "/v1.0/sites/y"))).toMatchObject({
      rethrottled: true,
      outcome: { status: 429 },
    });
    now = 3000; // 2 s after 1.5 s has not yet passed
    expect(faults.evaluate(target("GET", "/v1.0/sites/y")).rethrottled).toBe(true);
    now = 5001;
    expect(faults.evaluate(target("GET", "/v1.0/sites/y")).outcome).toBeUndefined();
  });

  it("lets $batch entries be judged on their own, not by the window", () => {
    const faults = new FaultController(() => 0);
    faults.openWindow("/v1.0/sites/x", { status: 429, retryAfter: 2 });
    expect(faults.evaluate(target("GET", "/v1.0/sites/y", false)).outcome).toBeUndefined();
  });

  it("adds up latency and flags stale ETags only for item writes", () => {
    const faults = new FaultController();
    faults.set([
      { fault: { latencyMs: 5 } },
      { fault: { latencyMs: 7 } },
      { fault: { staleEtag: true }, times: 1 },
    ]);
    expect(faults.evaluate(target("GET", "/v1.0/sites/x/lists/l/items/1"))).toEqual({
      latencyMs: 12,
      staleEtag: false,
    });
    expect(faults.evaluate(target("PATCH", "/v1.0/sites/x/lists/l/items/1/fields"))).toEqual({
      latencyMs: 12,
      staleEtag: true,
    });
    expect(faults.evaluate(target("PATCH", "/v1.0/sites/x/lists/l/items/1/fields")).staleEtag).toBe(
      false,
    );
  });

  it("tells $batch entries from requests sent on their own when asked to", () => {
    const faults = new FaultController();
    faults.set([
      { match: { batchEntry: false }, fault: { latencyMs: 100 } },
      { match: { batchEntry: true }, fault: { status: 503 } },
    ]);
    expect(faults.evaluate(target("POST", "/v1.0/$batch"))).toEqual({
      latencyMs: 100,
      staleEtag: false,
    });
    expect(faults.evaluate(target("GET", "/v1.0/sites/x/items", false))).toEqual({
      latencyMs: 0,
      staleEtag: false,
      outcome: { status: 503 },
    });
  });

  it("expires only delta requests that carry a token, and counts only those", () => {
    const faults = new FaultController();
    faults.set([{ fault: { deltaTokenExpired: true }, times: 1 }]);
    const delta = "/v1.0/sites/x/lists/l/items/delta";
    expect(faults.evaluate(target("GET", delta)).deltaTokenExpired).toBeUndefined();
    expect(
      faults.evaluate(target("GET", `${delta}?token=latest`)).deltaTokenExpired,
    ).toBeUndefined();
    expect(
      faults.evaluate(target("GET", "/v1.0/sites/x/lists/l/items?token=a")).deltaTokenExpired,
    ).toBeUndefined();
    expect(faults.evaluate(target("GET", `${delta}?token=abc`)).deltaTokenExpired).toBe(true);
    expect(faults.evaluate(target("GET", `${delta}?token=abc`)).deltaTokenExpired).toBeUndefined();
  });

  it("names the workload a throttle applies to", () => {
    expect(workloadOf("/v1.0/sites/a/lists")).toBe("sites");
    expect(workloadOf("/v1.0/$batch")).toBe("$batch");
  });
});

describe("parseFaultRules", () => {
  it("accepts the documented shapes", () => {
    const rules = parseFaultRules({
      rules: [
        {
          match: { method: "post", pathContains: "/items" },
          fault: { status: 429, retryAfter: 0.2 },
          times: 1,
        },
        { fault: { status: 504, afterCommit: true } },
        { fault: { network: true } },
        { fault: { latencyMs: 50 } },
        { fault: { staleEtag: true } },
        { match: { batchEntry: true }, fault: { deltaTokenExpired: true } },
      ],
    });
    expect(rules[0]).toEqual({
      match: { method: "POST", pathContains: "/items" },
      fault: { status: 429, retryAfter: 0.2 },
      times: 1,
    });
    expect(rules).toHaveLength(6);
    expect(rules[5]).toEqual({ match: { batchEntry: true }, fault: { deltaTokenExpired: true } });
  });

  it.each([
    [{}],
    [{ rules: [{ fault: { status: 418 } }] }],
    [{ rules: [{ fault: {} }] }],
    [{ rules: [{ fault: { status: 429 }, times: 0 }] }],
    [{ rules: [{ fault: { status: 429, retryAfter: "soon" } }] }],
    [{ rules: [{ match: { batchEntry: "yes" }, fault: { latencyMs: 1 } }] }],
  ])("refuses %j", (body) => {
    expect(() => parseFaultRules(body)).toThrow(expect.objectContaining({ status: 400 }));
  });
});
