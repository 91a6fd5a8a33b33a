/**
 * listItem delta as listitem-delta and delta-query-overview document it: enumeration in pages,
 * a deltaLink that later gives only what changed (latest state, deletions as the `deleted`
 * facet), the first request's query options carried in every link, token=latest, and 410 Gone
 * with a Location that starts a fresh enumeration whenever a token cannot be answered.
 */
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
const items = () => itemsPath(emu, "UCB Addresses");
const link = (reply: { body: Record<string, unknown> }, kind: "nextLink" | "deltaLink") =>
  String(reply.body[`@odata.${kind}`]);

/** Follows nextLinks to the deltaLink; returns every item seen and that link. */
async function drain(first: string) {
  const seen: Record<string, unknown>[] = [];
  let reply = await call(emu, "GET", first);
  for (;;) {
    expect(reply.status).toBe(200);
    seen.push(...values(reply));
    if (reply.body["@odata.deltaLink"]) return { seen, deltaLink: link(reply, "deltaLink") };
    reply = await call(emu, "GET", link(reply, "nextLink"));
  }
}

describe("delta", () => {
  it("enumerates every item in pages, then hands out a deltaLink with only later changes", async () => {
    emu.bulkInsert(
      "UCB Addresses",
      Array.from({ length: 5 }, (_, i) => ({ Title: `a${i}@x.org` })),
    );
    const first = await call(emu, "GET", `${delta()}?$top=3`);
    expect(values(first)).toHaveLength(3);
    expect(first.body["@odata.deltaLink"]).toBeUndefined();
    const second = await call(emu, "GET", link(first, "nextLink"));
    expect(values(second)).toHaveLength(2);
    expect(second.body["@odata.nextLink"]).toBeUndefined();
    const deltaLink = link(second, "deltaLink");
    expect(deltaLink.startsWith(`${emu.graphUrl}/`)).toBe(true);

    await call(emu, "PATCH", `${items()}/2/fields`, { body: { CaseRef: "UCB-9" } });
    await call(emu, "PATCH", `${items()}/2/fields`, { body: { CaseRef: "UCB-10" } });
    await call(emu, "DELETE", `${items()}/4`);
    const changes = await call(emu, "GET", `${deltaLink}&$expand=fields`);
    // Latest state only: item 2 once, with its last value; the deleted item as the facet.
    expect(
      values(changes).map((i) => [
        i["id"],
        i["deleted"] ?? (i["fields"] as Record<string, unknown>)["CaseRef"],
      ]),
    ).toEqual([
      ["2", "UCB-10"],
      ["4", { state: "deleted" }],
    ]);
    const none = await call(emu, "GET", link(changes, "deltaLink"));
    expect(values(none)).toEqual([]);
  });

  it("carries the first request's $select, $expand and $top in its links", async () => {
    emu.bulkInsert(
      "UCB Addresses",
      Array.from({ length: 3 }, (_, i) => ({ Title: `a${i}@x.org`, CaseRef: `UCB-${i}` })),
    );
    const first = await call(
      emu,
      "GET",
      `${delta()}?$select=id&$expand=fields($select=Title,CaseRef)&$top=2`,
    );
    const fieldsOf = (reply: Awaited<ReturnType<typeof call>>) =>
      values(reply).map((i) =>
        Object.keys(i["fields"] as object).filter((k) => !k.startsWith("@")),
      );
    expect(fieldsOf(first)).toEqual([
      ["Title", "CaseRef"],
      ["Title", "CaseRef"],
    ]);
    expect(values(first)[0]).not.toHaveProperty("webUrl");
    const second = await call(emu, "GET", link(first, "nextLink"));
    expect(fieldsOf(second)).toEqual([["Title", "CaseRef"]]);

    await call(emu, "POST", items(), { body: { fields: { Title: "b@x.org", CaseRef: "UCB-7" } } });
    const changes = await call(emu, "GET", link(second, "deltaLink"));
    expect(values(changes).map((i) => i["fields"])).toEqual([
      expect.objectContaining({ Title: "b@x.org", CaseRef: "UCB-7" }),
    ]);
  });

  it("starts from now with token=latest", async () => {
    emu.bulkInsert("UCB Addresses", [{ Title: "old@x.org" }]);
    const latest = await call(emu, "GET", `${delta()}?token=latest`);
    expect(values(latest)).toEqual([]);
    expect(latest.body["@odata.nextLink"]).toBeUndefined();
    await call(emu, "POST", items(), { body: { fields: { Title: "new@x.org" } } });
    const changes = await call(emu, "GET", link(latest, "deltaLink"));
    expect(values(changes).map((i) => i["id"])).toEqual(["2"]);
  });

  it("pages a long list of changes with nextLinks, each item once", async () => {
    const latest = await call(emu, "GET", `${delta()}?token=latest&$top=2`);
    for (let i = 0; i < 5; i++) {
      await call(emu, "POST", items(), { body: { fields: { Title: `n${i}@x.org` } } });
    }
    const { seen } = await drain(link(latest, "deltaLink"));
    expect(seen.map((i) => i["id"])).toEqual(["1", "2", "3", "4", "5"]);
  });

  describe("410 Gone when a token cannot be answered", () => {
    async function expectResync(deltaLink: string) {
      const gone = await call(emu, "GET", deltaLink);
      expect(gone.status).toBe(410);
      expect((gone.body["error"] as Record<string, unknown>)["code"]).toBe(
        "resyncChangesApplyDifferences",
      );
      const location = gone.headers.get("location");
      expect(location).toMatch(/\/items\/delta\?token=/);
      return String(location);
    }

    it("for a token it never issued", async () => {
      await expectResync(`${delta()}?token=bm9uc2Vuc2U`);
    });

    it("after the list was emptied (a reset), with a Location that enumerates again", async () => {
      emu.bulkInsert("UCB Addresses", [{ Title: "a@x.org", CaseRef: "UCB-1" }]);
      const { deltaLink } = await drain(`${delta()}?$expand=fields($select=Title)`);
      emu.reset();
      emu.bulkInsert("UCB Addresses", [{ Title: "b@x.org" }]);
      const location = await expectResync(deltaLink);
      const fresh = await drain(location);
      // The fresh enumeration keeps the first request's options.
      expect(fresh.seen.map((i) => i["fields"])).toEqual([
        expect.objectContaining({ Title: "b@x.org" }),
      ]);
      expect(fresh.seen[0]?.["fields"]).not.toHaveProperty("CaseRef");
    });

    it("when the deltaTokenExpired fault says so, once", async () => {
      emu.bulkInsert("UCB Addresses", [{ Title: "a@x.org" }]);
      const { deltaLink } = await drain(delta());
      emu.faults.set([{ fault: { deltaTokenExpired: true }, times: 1 }]);
      // A first enumeration carries no token: the fault waits for one that does.
      expect((await call(emu, "GET", delta())).status).toBe(200);
      const location = await expectResync(deltaLink);
      expect((await drain(location)).seen.map((i) => i["id"])).toEqual(["1"]);
      expect((await call(emu, "GET", deltaLink)).status).toBe(200);
    });

    it("once the token is older than the emulator's token lifetime", async () => {
      const short = await start({ deltaTokenLifetimeSeconds: 0.05 });
      try {
        await createList(short, "UCB Addresses", [{ name: "CaseRef", text: {} }]);
        const path = `${itemsPath(short, "UCB Addresses")}/delta`;
        const first = await call(short, "GET", path);
        const deltaLink = link(first, "deltaLink");
        expect((await call(short, "GET", deltaLink)).status).toBe(200);
        await new Promise((r) => setTimeout(r, 120));
        expect((await call(short, "GET", deltaLink)).status).toBe(410);
      } finally {
        await short.stop();
      }
    });
  });
});
