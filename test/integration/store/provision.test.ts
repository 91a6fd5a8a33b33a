import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provisionLists, SCHEMA } from "../../../src/graph";
import type { ColumnSpec } from "../../../src/graph/schema";
import { ADMIN, ALEX, startStoreEmulator, type StoreFixture } from "./fixture";

type Column = {
  name: string;
  displayName?: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  required?: boolean;
};

describe("provisioning against the emulator", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator({ provision: false });
  });
  afterAll(() => f.stop());

  it("creates the six lists, then a second run changes nothing", async () => {
    const first = await provisionLists(f.clientFor(ADMIN), f.site);
    expect(first.warnings).toEqual([]);
    for (const list of Object.values(SCHEMA)) {
      expect(first.changes).toContain(
        `${list.title}: created the list with ${list.columns.length} columns`,
      );
    }
    const second = await provisionLists(f.clientFor(ADMIN), f.site);
    expect(second).toEqual({ changes: [], warnings: [] });
  });

  it("leaves every column as the schema says: indexes, uniqueness, display names", async () => {
    const client = f.clientFor(ADMIN);
    for (const list of Object.values(SCHEMA)) {
      const page = (await client
        .api(`/sites/${f.emu.siteId}/lists/${encodeURIComponent(list.title)}/columns`)
        .get()) as { value: Column[] };
      const byName = new Map(page.value.map((c) => [c.name, c]));
      for (const spec of list.columns as readonly ColumnSpec[]) {
        expect(byName.get(spec.name), `${list.title}.${spec.name}`).toMatchObject({
          displayName: spec.displayName,
          indexed: spec.indexed ?? false,
          enforceUniqueValues: spec.unique ?? false,
        });
      }
    }
  });

  it("puts back an index someone removed, and changes nothing else", async () => {
    const client = f.clientFor(ADMIN);
    const columns = `/sites/${f.emu.siteId}/lists/${encodeURIComponent("UCB Contacts")}/columns`;
    const page = (await client.api(columns).get()) as { value: (Column & { id: string })[] };
    const contactAt = page.value.find((c) => c.name === "ContactAt");
    await client.api(`${columns}/${contactAt?.id ?? ""}`).patch({ indexed: false });
    const report = await provisionLists(client, f.site);
    expect(report.changes).toEqual(["UCB Contacts: column ContactAt: set indexed"]);
  });

  it("adds a choice a newer release needs ('Not checked') to a list made by an older one", async () => {
    const client = f.clientFor(ADMIN);
    const columns = `/sites/${f.emu.siteId}/lists/${encodeURIComponent("UCB Contacts")}/columns`;
    type ChoiceColumn = Column & { id: string; choice?: { choices: string[] } };
    const verdictColumn = async () =>
      ((await client.api(columns).get()) as { value: ChoiceColumn[] }).value.find(
        (c) => c.name === "Verdict",
      );
    const verdict = await verdictColumn();
    const older = (verdict?.choice?.choices ?? []).filter((c) => c !== "Not checked");
    await client.api(`${columns}/${verdict?.id ?? ""}`).patch({ choice: { choices: older } });
    const report = await provisionLists(client, f.site);
    expect(report.changes).toEqual([expect.stringMatching(/^UCB Contacts: column Verdict: set /)]);
    expect((await verdictColumn())?.choice?.choices).toContain("Not checked");
  });

  it("is refused to a member of staff without Sites.Manage.All", async () => {
    f.emu.reset({ dropLists: true });
    await expect(provisionLists(f.clientFor(ALEX), f.site)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
