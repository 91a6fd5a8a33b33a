/** listItem delta (listitem-delta): enumeration, deltaLink, changes and deletions, token=latest, 410. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import { call, createList, itemsPath, start, values } from "./support";

let emu: Emulator;

beforeAll(async () => {
  emu = await start();
  await createList(emu, "UCB Addresses", [{ name: "CaseRef", text: {} }]);
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

const delta = () => `${itemsPath(emu, "UCB Addresses")}/delta`;

describe("delta", () => {
  it("enumerates every item in pages, then hands out a deltaLink with only later changes", async () => {
    emu.bulkInsert(
      "UCB Addresses",
      Array.from({ length: 5 }, (_, i) => ({ Title: `a${i}@x.org` })),
    );
    const first = await call(emu, "GET", `${delta()}?$top=3`);
    expect(values(first)).toHaveLength(3);
    const second = await call(emu, "GET", String(first.body["@odata.nextLink"]));
    expect(values(second)).toHaveLength(2);
    const deltaLink = String(second.body["@odata.deltaLink"]);
    expect(deltaLink.startsWith(`${emu.graphUrl}/`)).toBe(true);

    await call(emu, "PATCH", `${itemsPath(emu, "UCB Addresses")}/2/fields`, {
      body: { CaseRef: "UCB-9" },
    });
    await call(emu, "DELETE", `${itemsPath(emu, "UCB Addresses")}/4`);
    const changes = await call(emu, "GET", `${deltaLink}&$expand=fields`);
    expect(
      values(changes).map((i) => [
        i["id"],
        i["deleted"] ?? (i["fields"] as Record<string, unknown>)["CaseRef"],
      ]),
    ).toEqual([
      ["2", "UCB-9"],
      ["4", { state: "deleted" }],
    ]);
    const none = await call(emu, "GET", String(changes.body["@odata.deltaLink"]));
    expect(values(none)).toEqual([]);
  });

  it("starts from now with token=latest", async () => {
    emu.bulkInsert("UCB Addresses", [{ Title: "old@x.org" }]);
    const latest = await call(emu, "GET", `${delta()}?token=latest`);
    expect(values(latest)).toEqual([]);
    await call(emu, "POST", itemsPath(emu, "UCB Addresses"), {
      body: { fields: { Title: "new@x.org" } },
    });
    const changes = await call(emu, "GET", String(latest.body["@odata.deltaLink"]));
    expect(values(changes).map((i) => i["id"])).toEqual(["2"]);
  });

  it("answers 410 Gone for a token it cannot honour", async () => {
    const gone = await call(emu, "GET", `${delta()}?token=bm9uc2Vuc2U`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("location")).toMatch(/\/items\/delta$/);
  });
});
