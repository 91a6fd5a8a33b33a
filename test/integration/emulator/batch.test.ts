/** JSON batching (concepts/json-batching): limits, ids, dependsOn and 424, per-entry outcomes. */
import { BatchRequestContent, BatchResponseContent } from "@microsoft/microsoft-graph-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import {
  FRONTLINE,
  MANAGER,
  call,
  createList,
  itemsPath,
  sdkClient,
  start,
  values,
} from "./support";

let emu: Emulator;

beforeAll(async () => {
  emu = await start();
  await createList(emu, "UCB Register", [{ name: "CaseRef", text: {}, indexed: true }], {
    indexTitle: true,
  });
  await createList(emu, "UCB Restrictions In Force", [{ name: "Note", text: {} }]);
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

type BatchReply = {
  responses: {
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: Record<string, unknown>;
  }[];
};

async function batch(requests: unknown[], upn?: string) {
  return call(emu, "POST", "/$batch", { body: { requests }, ...(upn ? { upn } : {}) });
}

const json = { "Content-Type": "application/json" };

describe("$batch", () => {
  it("runs entries with relative urls and answers each with status, headers and body", async () => {
    const reply = await batch([
      {
        id: "1",
        method: "POST",
        url: itemsPath(emu, "UCB Register"),
        headers: json,
        body: { fields: { Title: "UCB-1" } },
      },
      {
        id: "2",
        method: "GET",
        url: `${itemsPath(emu, "UCB Register")}?$expand=fields`,
        dependsOn: ["1"],
      },
      { id: "3", method: "GET", url: `sites/${emu.siteId}/lists/Nope` },
    ]);
    expect(reply.status).toBe(200);
    const { responses } = reply.body as unknown as BatchReply;
    const byId = new Map(responses.map((r) => [r.id, r]));
    expect(byId.get("1")).toMatchObject({ status: 201, body: { id: "1" } });
    expect(byId.get("1")?.headers["Content-Type"]).toMatch(/^application\/json/);
    expect(byId.get("2")?.body?.["value"]).toHaveLength(1);
    expect(byId.get("3")).toMatchObject({ status: 404, body: { error: { code: "itemNotFound" } } });
  });

  it("answers 424 for an entry whose dependency failed, and does not run it", async () => {
    const reply = await batch([
      {
        id: "a",
        method: "PATCH",
        url: `${itemsPath(emu, "UCB Register")}/99/fields`,
        headers: json,
        body: { Title: "x" },
      },
      {
        id: "b",
        method: "POST",
        url: itemsPath(emu, "UCB Register"),
        headers: json,
        body: { fields: { Title: "UCB-2" } },
        dependsOn: ["a"],
      },
    ]);
    const { responses } = reply.body as unknown as BatchReply;
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ["a", 404],
      ["b", 424],
    ]);
    expect(values(await call(emu, "GET", itemsPath(emu, "UCB Register")))).toHaveLength(0);
  });

  it("refuses more than 20 requests, duplicate ids and unknown dependencies with 400", async () => {
    const get = (id: string) => ({ id, method: "GET", url: `/sites/${emu.siteId}` });
    expect((await batch(Array.from({ length: 21 }, (_, i) => get(String(i))))).status).toBe(400);
    expect((await batch(Array.from({ length: 20 }, (_, i) => get(String(i))))).status).toBe(200);
    expect((await batch([get("x"), get("X")])).status).toBe(400);
    expect((await batch([{ ...get("1"), dependsOn: ["9"] }])).status).toBe(400);
  });

  it("throttles entries one by one: a 429 entry carries its own Retry-After", async () => {
    emu.faults.set([
      { match: { pathContains: "/items" }, fault: { status: 429, retryAfter: 0.2 }, times: 1 },
    ]);
    const reply = await batch([
      { id: "1", method: "GET", url: itemsPath(emu, "UCB Register") },
      { id: "2", method: "GET", url: itemsPath(emu, "UCB Register") },
    ]);
    expect(reply.status).toBe(200);
    const { responses } = reply.body as unknown as BatchReply;
    expect(responses.map((r) => r.status)).toEqual([429, 200]);
    expect(responses[0]?.headers["Retry-After"]).toBe("0.2");
  });

  it("checks each entry's permissions on its own", async () => {
    const reply = await batch(
      [
        // Frontline staff read their copy of the register but may not write the register.
        { id: "read", method: "GET", url: itemsPath(emu, "UCB Restrictions In Force") },
        {
          id: "write",
          method: "POST",
          url: itemsPath(emu, "UCB Register"),
          headers: json,
          body: { fields: { Title: "x" } },
        },
      ],
      FRONTLINE,
    );
    const { responses } = reply.body as unknown as BatchReply;
    expect(responses.map((r) => r.status)).toEqual([200, 403]);
  });

  it("works with the SDK's BatchRequestContent and BatchResponseContent", async () => {
    const content = new BatchRequestContent([
      {
        id: "1",
        request: new Request(`${emu.graphUrl}/sites/${emu.siteId}/lists/UCB%20Register`, {
          method: "GET",
        }),
      },
      {
        id: "2",
        request: new Request(`${emu.graphUrl}${itemsPath(emu, "UCB Register")}?$top=1`, {
          method: "GET",
        }),
        dependsOn: ["1"],
      },
    ]);
    const raw: unknown = await sdkClient(emu, MANAGER)
      .api("/$batch")
      .post(await content.getContent());
    const answers = new BatchResponseContent(raw as { responses: [] });
    expect(answers.getResponseById("1")?.status).toBe(200);
    expect(answers.getResponseById("2")?.status).toBe(200);
  });
});
