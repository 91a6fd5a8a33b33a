/**
 * The emulator through Microsoft's own client, @microsoft/microsoft-graph-client 3.0.7, as the
 * add-in uses it: default middleware chain (RetryHandler included), customHosts for localhost,
 * PageIterator for paging, GraphError for failures.
 */
import { GraphError, PageIterator, type PageCollection } from "@microsoft/microsoft-graph-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import {
  ADMIN,
  FRONTLINE,
  createList,
  itemsPath,
  sdkClient,
  sdkClientWithQuickRetry,
  start,
} from "./support";

let emu: Emulator;

beforeAll(async () => {
  emu = await start();
  await createList(
    emu,
    "UCB Contacts",
    [
      { name: "CaseRef", text: {}, indexed: true },
      { name: "Channel", choice: { choices: ["email", "phone"] } },
    ],
    { indexTitle: true },
  );
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

async function graphError(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof GraphError) return e;
    throw e;
  }
  throw new Error("expected a GraphError");
}

describe("the Graph SDK against the emulator", () => {
  it("reads the site by path and gets JSON it parses", async () => {
    const site = (await sdkClient(emu, FRONTLINE)
      .api("/sites/council.sharepoint.com:/sites/ucb")
      .select("id")
      .get()) as { id: string };
    expect(site.id).toBe(emu.siteId);
  });

  it("creates an item and reads it back with a quoted filter", async () => {
    const client = sdkClient(emu, ADMIN);
    const created = (await client
      .api(itemsPath(emu, "UCB Contacts"))
      .post({ fields: { Title: "o'brien@example.org", CaseRef: "UCB-1" } })) as { id: string };
    expect(created.id).toBe("1");
    const page = (await client
      .api(itemsPath(emu, "UCB Contacts"))
      .expand("fields($select=Title,CaseRef)")
      .filter("fields/Title eq 'o''brien@example.org'")
      .get()) as PageCollection;
    expect(page.value).toHaveLength(1);
  });

  it("sends non-ASCII filter text through the SDK and finds the item", async () => {
    const client = sdkClient(emu, ADMIN);
    await client.api(itemsPath(emu, "UCB Contacts")).post({ fields: { Title: "Zoë Ó Briain" } });
    const page = (await client
      .api(itemsPath(emu, "UCB Contacts"))
      .expand("fields")
      .filter("fields/Title eq 'Zoë Ó Briain'")
      .get()) as { value: { fields: { Title: string } }[] };
    expect(page.value.map((i) => i.fields.Title)).toEqual(["Zoë Ó Briain"]);
  });

  it("reads a raw '+' in a filter as a space, as Graph does: encode it as %2B", async () => {
    const client = sdkClient(emu, ADMIN);
    await client
      .api(itemsPath(emu, "UCB Contacts"))
      .post({ fields: { Title: "a+tag@example.org" } });
    const raw = (await client
      .api(itemsPath(emu, "UCB Contacts"))
      .filter("fields/Title eq 'a+tag@example.org'")
      .get()) as PageCollection;
    expect(raw.value).toEqual([]);
    const encoded = (await client
      .api(itemsPath(emu, "UCB Contacts"))
      .filter(`fields/Title eq '${encodeURIComponent("a+tag@example.org")}'`)
      .get()) as PageCollection;
    expect(encoded.value).toHaveLength(1);
  });

  it("pages through more than 1,000 items with PageIterator, each item once", async () => {
    emu.bulkInsert(
      "UCB Contacts",
      Array.from({ length: 1234 }, (_, i) => ({
        Title: `person${i}@example.org`,
        CaseRef: `UCB-${i % 7}`,
      })),
    );
    const client = sdkClient(emu, FRONTLINE);
    const first = (await client
      .api(itemsPath(emu, "UCB Contacts"))
      .top(500)
      .expand("fields")
      .get()) as PageCollection;
    const seen: string[] = [];
    const iterator = new PageIterator(client, first, (item: { id: string }) => {
      seen.push(item.id);
      return true;
    });
    await iterator.iterate();
    expect(seen).toHaveLength(1234);
    expect(new Set(seen).size).toBe(1234);
    expect(emu.requests.filter((r) => r.method === "GET")).toHaveLength(3);
  });

  it("reports a non-indexed filter as a GraphError 400 invalidRequest, and passes with Prefer", async () => {
    const client = sdkClient(emu, FRONTLINE);
    const error = await graphError(
      client.api(itemsPath(emu, "UCB Contacts")).filter("fields/Channel eq 'email'").get(),
    );
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe("invalidRequest");
    expect(error.message).toMatch(
      /^Field 'Channel' cannot be referenced in filter or orderby as it is not indexed/,
    );
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const ok = (await client
      .api(itemsPath(emu, "UCB Contacts"))
      .header("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly")
      .filter("fields/Channel eq 'email'")
      .get()) as PageCollection;
    expect(ok.value).toEqual([]);
  });

  it("honours 429 Retry-After in RetryHandler: waits, retries once, succeeds", async () => {
    emu.faults.set([
      {
        match: { method: "GET", pathContains: "/items" },
        fault: { status: 429, retryAfter: 0.2 },
        times: 1,
      },
    ]);
    const page = (await sdkClient(emu, FRONTLINE)
      .api(itemsPath(emu, "UCB Contacts"))
      .get()) as PageCollection;
    expect(page.value).toEqual([]);
    const [throttled, retried] = emu.requests;
    expect([throttled?.status, retried?.status]).toEqual([429, 200]);
    const waited = Date.parse(retried?.at ?? "") - Date.parse(throttled?.at ?? "");
    expect(waited).toBeGreaterThanOrEqual(190);
  });

  it("retries a 503 with Retry-After the same way", async () => {
    emu.faults.set([{ fault: { status: 503, retryAfter: 0.1 }, times: 2 }]);
    const site = (await sdkClient(emu).api(`/sites/${emu.siteId}`).get()) as { id: string };
    expect(site.id).toBe(emu.siteId);
    expect(emu.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it("does not retry a 500: the caller sees GraphError 500 generalException", async () => {
    emu.faults.set([{ fault: { status: 500 }, times: 1 }]);
    const error = await graphError(sdkClient(emu).api(`/sites/${emu.siteId}`).get());
    expect([error.statusCode, error.code]).toEqual([500, "generalException"]);
    expect(emu.requests).toHaveLength(1);
  });

  it("commits a POST before a 504, so the SDK's retry creates a second item (why writes need idempotency)", async () => {
    emu.faults.set([
      { match: { method: "POST" }, fault: { status: 504, afterCommit: true }, times: 1 },
    ]);
    const client = sdkClientWithQuickRetry(emu);
    await client
      .api(itemsPath(emu, "UCB Contacts"))
      .post({ fields: { Title: "once@example.org" } });
    const page = (await client
      .api(itemsPath(emu, "UCB Contacts"))
      .expand("fields")
      .get()) as PageCollection;
    expect(emu.requests.map((r) => r.status)).toEqual([504, 201, 200]);
    expect(page.value).toHaveLength(2);
  });

  it("reports a dropped connection as a failure, not an answer", async () => {
    emu.faults.set([{ fault: { network: true }, times: 1 }]);
    await expect(sdkClient(emu).api(`/sites/${emu.siteId}`).get()).rejects.toThrow();
    expect(emu.requests.at(-1)?.status).toBe(0);
  });
});
