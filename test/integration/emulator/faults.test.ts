/**
 * Fault injection through the control endpoints (docs/emulator.md) and what clients see:
 * throttling with Retry-After and re-throttling of early retries (Dev Proxy RetryAfterPlugin),
 * commit-then-fail, latency, dropped connections, the request log and reset. Also CORS.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import { FRONTLINE, call, createList, itemsPath, start, values } from "./support";

let emu: Emulator;

beforeAll(async () => {
  emu = await start();
  await createList(emu, "UCB Contacts", [{ name: "ClientId", text: {}, indexed: true }]);
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emu.url}/_emulator/${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("control endpoints", () => {
  it("set, list and clear fault rules over HTTP", async () => {
    const rules = [
      {
        match: { method: "GET", pathContains: "/items" },
        fault: { status: 503, retryAfter: 0.5 },
        times: 1,
      },
    ];
    expect((await control("POST", "faults", { rules })).status).toBe(200);
    expect((await control("GET", "faults")).body).toEqual({ rules });
    const throttled = await call(emu, "GET", itemsPath(emu, "UCB Contacts"));
    expect(throttled.status).toBe(503);
    expect(throttled.headers.get("retry-after")).toBe("0.5");
    expect(throttled.body).toMatchObject({ error: { code: "serviceNotAvailable" } });
    expect((await control("GET", "faults")).body).toEqual({ rules: [] });
    expect((await control("DELETE", "faults")).status).toBe(204);
  });

  it("refuses a malformed rule with 400", async () => {
    expect((await control("POST", "faults", { rules: [{ fault: { status: 418 } }] })).status).toBe(
      400,
    );
  });

  it("logs every Graph request and clears the log", async () => {
    await call(emu, "GET", itemsPath(emu, "UCB Contacts"), { upn: FRONTLINE });
    await call(emu, "GET", itemsPath(emu, "UCB Contacts"), { token: null });
    const log = (await control("GET", "requests")).body["value"] as Record<string, unknown>[];
    expect(log.map((e) => [e["method"], e["status"], e["user"]])).toEqual([
      ["GET", 200, FRONTLINE],
      ["GET", 401, null],
    ]);
    expect(String(log[0]?.["path"])).toMatch(/^\/v1\.0\/sites\/.*\/items$/);
    expect((await control("DELETE", "requests")).status).toBe(204);
    expect(emu.requests).toHaveLength(0);
  });

  it("resets every list to empty", async () => {
    await call(emu, "POST", itemsPath(emu, "UCB Contacts"), { body: { fields: { Title: "x" } } });
    expect((await control("POST", "reset")).status).toBe(204);
    expect(values(await call(emu, "GET", itemsPath(emu, "UCB Contacts")))).toHaveLength(0);
  });
});

describe("throttling", () => {
  it("throttles again a retry that comes before Retry-After, and lets a patient one through", async () => {
    emu.faults.set([{ fault: { status: 429, retryAfter: 0.3 }, times: 1 }]);
    const first = await call(emu, "GET", itemsPath(emu, "UCB Contacts"));
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("0.3");
    expect(first.body).toMatchObject({
      error: { code: "activityLimitReached", innerError: { code: "throttledRequest" } },
    });
    expect((await call(emu, "GET", itemsPath(emu, "UCB Contacts"))).status).toBe(429);
    await sleep(350);
    expect((await call(emu, "GET", itemsPath(emu, "UCB Contacts"))).status).toBe(200);
  });

  it("sends integer Retry-After values as integers", async () => {
    emu.faults.set([{ fault: { status: 429, retryAfter: 2 }, times: 1 }]);
    expect(
      (await call(emu, "GET", itemsPath(emu, "UCB Contacts"))).headers.get("retry-after"),
    ).toBe("2");
  });
});

describe("commit then fail", () => {
  it("stores a POST once and answers 504", async () => {
    emu.faults.set([
      { match: { method: "POST" }, fault: { status: 504, afterCommit: true }, times: 1 },
    ]);
    const reply = await call(emu, "POST", itemsPath(emu, "UCB Contacts"), {
      body: { fields: { Title: "once", ClientId: "k-1" } },
    });
    expect(reply.status).toBe(504);
    const found = await call(
      emu,
      "GET",
      `${itemsPath(emu, "UCB Contacts")}?$filter=fields/ClientId eq 'k-1'`,
    );
    expect(values(found)).toHaveLength(1);
  });

  it("can drop the connection after committing", async () => {
    emu.faults.set([
      { match: { method: "POST" }, fault: { network: true, afterCommit: true }, times: 1 },
    ]);
    await expect(
      call(emu, "POST", itemsPath(emu, "UCB Contacts"), {
        body: { fields: { Title: "lost answer" } },
      }),
    ).rejects.toThrow();
    expect(values(await call(emu, "GET", itemsPath(emu, "UCB Contacts")))).toHaveLength(1);
  });
});

describe("latency and server errors", () => {
  it("delays answers by latencyMs", async () => {
    emu.faults.set([{ fault: { latencyMs: 150 }, times: 1 }]);
    const started = performance.now();
    expect((await call(emu, "GET", `/sites/${emu.siteId}`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.each([
    [500, "generalException"],
    [502, "badGateway"],
  ])("answers %i with Graph's error envelope", async (status, code) => {
    emu.faults.set([{ fault: { status: status as 500 | 502 }, times: 1 }]);
    const reply = await call(emu, "GET", `/sites/${emu.siteId}`, {
      headers: { "client-request-id": "abc-123" },
    });
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({
      error: { code, innerError: { "client-request-id": "abc-123" } },
    });
    expect(reply.headers.get("client-request-id")).toBe("abc-123");
    expect(reply.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("CORS", () => {
  it("answers a preflight allowing the SDK's headers", async () => {
    const response = await fetch(`${emu.graphUrl}${itemsPath(emu, "UCB Contacts")}`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://localhost:3000",
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers":
          "authorization,content-type,if-match,prefer,retry-attempt,sdkversion",
      },
    });
    expect(response.status).toBe(200);
    const allowed = (response.headers.get("access-control-allow-headers") ?? "")
      .toLowerCase()
      .split(/,\s*/);
    for (const header of [
      "authorization",
      "content-type",
      "client-request-id",
      "sdkversion",
      "prefer",
      "if-match",
      "retry-attempt",
      "consistencylevel",
    ]) {
      expect(allowed).toContain(header);
    }
    expect(response.headers.get("access-control-allow-methods")).toMatch(/PATCH/);
  });

  it("exposes Retry-After, ETag and the request ids to the page", async () => {
    const reply = await call(emu, "GET", `/sites/${emu.siteId}`, {
      headers: { Origin: "https://localhost:3000" },
    });
    expect(reply.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = (reply.headers.get("access-control-expose-headers") ?? "").split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining([
        "ETag",
        "Location",
        "Retry-After",
        "request-id",
        "client-request-id",
      ]),
    );
  });
});
