/** DESIGN §4: data survives restarts when the emulator runs on a file. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { call, createList, fieldsOf, itemsPath, start } from "./support";

const dir = mkdtempSync(join(tmpdir(), "ucb-emulator-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a data file", () => {
  it("keeps the site, lists, columns and items across a restart", async () => {
    const dataFile = join(dir, "graph.sqlite");
    const first = await start({ dataFile });
    await createList(first, "UCB Register", [{ name: "Stage", text: {}, indexed: true }]);
    await call(first, "POST", itemsPath(first, "UCB Register"), {
      body: { fields: { Title: "UCB-1", Stage: "restricted" } },
    });
    const siteId = first.siteId;
    await first.stop();

    const second = await start({ dataFile });
    expect(second.siteId).toBe(siteId);
    const found = await call(
      second,
      "GET",
      `${itemsPath(second, "UCB Register")}?$expand=fields&$filter=fields/Stage eq 'restricted'`,
    );
    expect(
      (found.body["value"] as Record<string, unknown>[]).map((i) => fieldsOf(i)["Title"]),
    ).toEqual(["UCB-1"]);
    const next = await call(second, "POST", itemsPath(second, "UCB Register"), {
      body: { fields: { Title: "UCB-2" } },
    });
    expect(next.body["id"]).toBe("2");
    await second.stop();
  });
});
