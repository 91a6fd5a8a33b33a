/** If-Match on PATCH and DELETE (listitem-update, listitem-delete): 412 on a stale eTag, atomically. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import { call, createList, fieldsOf, itemsPath, start } from "./support";

let emu: Emulator;
let etag: string;

beforeAll(async () => {
  emu = await start();
  await createList(emu, "UCB Register", [{ name: "Stage", text: {} }]);
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  const created = await call(emu, "POST", itemsPath(emu, "UCB Register"), {
    body: { fields: { Title: "UCB-1", Stage: "concern" } },
  });
  etag = String(created.body["eTag"]);
});

const fieldsPath = () => `${itemsPath(emu, "UCB Register")}/1/fields`;

async function stage(): Promise<unknown> {
  const item = await call(emu, "GET", `${itemsPath(emu, "UCB Register")}/1?$expand=fields`);
  return fieldsOf(item.body)["Stage"];
}

describe("If-Match", () => {
  it.each([
    ["quoted", (e: string) => e],
    ["unquoted", (e: string) => e.slice(1, -1)],
    ["weak", (e: string) => `W/${e}`],
  ])("accepts the current eTag %s", async (_form, shape) => {
    const reply = await call(emu, "PATCH", fieldsPath(), {
      body: { Stage: "restricted" },
      headers: { "If-Match": shape(etag) },
    });
    expect(reply.status).toBe(200);
    expect(reply.body["@odata.etag"]).toBe(etag.replace(/,1"$/, ',2"'));
  });

  it("refuses a stale eTag with 412 resourceModified and changes nothing", async () => {
    await call(emu, "PATCH", fieldsPath(), { body: { Stage: "restricted" } });
    const stale = await call(emu, "PATCH", fieldsPath(), {
      body: { Stage: "closed" },
      headers: { "If-Match": etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ error: { code: "resourceModified" } });
    expect(await stage()).toBe("restricted");
    const deleted = await call(emu, "DELETE", `${itemsPath(emu, "UCB Register")}/1`, {
      headers: { "If-Match": etag },
    });
    expect(deleted.status).toBe(412);
    expect(await stage()).toBe("restricted");
  });

  it("answers the stale-ETag fault as if someone else had saved first", async () => {
    emu.faults.set([{ fault: { staleEtag: true }, times: 1 }]);
    const reply = await call(emu, "PATCH", fieldsPath(), {
      body: { Stage: "closed" },
      headers: { "If-Match": etag },
    });
    expect(reply.status).toBe(412);
    expect(await stage()).toBe("concern");
    const item = await call(emu, "GET", `${itemsPath(emu, "UCB Register")}/1`);
    expect(item.body["eTag"]).toBe(etag.replace(/,1"$/, ',2"'));
  });

  it("sends the ETag header on reads and writes", async () => {
    const read = await call(emu, "GET", `${itemsPath(emu, "UCB Register")}/1`);
    expect(`"${read.headers.get("etag") ?? ""}"`).toBe(etag);
  });
});
