/**
 * SharePoint REST beside Graph's guarantees: views and formatting kept in the SQLite file across a
 * restart, throttling that PnPjs rides out after Retry-After, and GetItems in verbose form.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../../emulator/server";
import { createGraphClient, parseSiteUrl, provisionLists } from "../../../src/graph";
import { provisionViews } from "../../../src/graph/views/provision-views";
import { sharePointFor } from "../../../scripts/emulator-in-process";
import { ADMIN } from "./support";
import { VERBOSE, register, sp } from "./sharepoint-support";

const dir = mkdtempSync(join(tmpdir(), "ucb-sp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function provisioned(dataFile: string) {
  const emu = await startEmulator({ port: 0, dataFile });
  const site = parseSiteUrl(emu.siteUrl);
  if (!site) throw new Error("bad site");
  const graph = createGraphClient({
    baseUrl: emu.url,
    customHosts: ["localhost"],
    tokenProvider: { getAccessToken: () => Promise.resolve(emu.tokenFor(ADMIN)) },
  });
  await provisionLists(graph, site);
  return emu;
}

describe("SharePoint REST durability", () => {
  it("keeps views and column formatting in the data file across a restart", async () => {
    const file = join(dir, "views.sqlite");
    const first = await provisioned(file);
    const made = await provisionViews(sharePointFor(first, ADMIN));
    expect(made.changes.length).toBeGreaterThan(0);
    await first.stop();
    const second = await startEmulator({ port: 0, dataFile: file });
    try {
      expect(await provisionViews(sharePointFor(second, ADMIN))).toEqual({
        changes: [],
        warnings: [],
      });
      const stage = await sp(second, "GET", `${register}/fields/getbyinternalnameortitle('Stage')`);
      expect(String(stage.body["CustomFormatter"])).toContain("border-radius");
    } finally {
      await second.stop();
    }
  });

  it("is throttled like Graph, and PnPjs waits Retry-After and carries on", async () => {
    const emu = await provisioned(":memory:");
    try {
      emu.faults.set([
        {
          match: { method: "POST", pathContains: "/_api/" },
          fault: { status: 429, retryAfter: 1 },
          times: 1,
        },
      ]);
      const report = await provisionViews(sharePointFor(emu, ADMIN));
      expect(report.warnings).toEqual([]);
      const throttled = emu.requests.filter((r) => r.status === 429);
      expect(throttled).toHaveLength(1);
      const retry = emu.requests.find(
        (r, i) => i > emu.requests.indexOf(throttled[0] ?? r) && r.path === throttled[0]?.path,
      );
      expect(retry?.status).toBe(200);
      const reply = await sp(emu, "GET", `${register}/views`);
      expect(
        (reply.body["value"] as { Title: string }[]).filter(
          (v) => v.Title === "Active restrictions",
        ),
      ).toHaveLength(1);
    } finally {
      await emu.stop();
    }
  });

  it("answers GetItems in verbose form, and wants SP.CamlQuery's type there", async () => {
    const emu = await provisioned(":memory:");
    try {
      emu.bulkInsert("UCB Register", [
        { Title: "UCB-1", CustomerName: "A", Stage: "Referred", ServiceArea: "Housing" },
        { Title: "UCB-2", CustomerName: "B", Stage: "Closed", ServiceArea: "Housing" },
      ]);
      const viewXml =
        "<View><Query><Where><Eq><FieldRef Name='Stage'/><Value Type='Choice'>referred</Value></Eq></Where></Query></View>";
      const untyped = await sp(emu, "POST", `${register}/GetItems`, {
        accept: VERBOSE,
        contentType: "application/json;odata=verbose",
        body: { query: { ViewXml: viewXml } },
      });
      expect(untyped.status).toBe(400);
      const typed = await sp(emu, "POST", `${register}/GetItems`, {
        accept: VERBOSE,
        contentType: "application/json;odata=verbose",
        body: { query: { __metadata: { type: "SP.CamlQuery" }, ViewXml: viewXml } },
      });
      expect(typed.status).toBe(200);
      const results = (typed.body["d"] as { results: Record<string, unknown>[] }).results;
      expect(results.map((r) => r["Title"])).toEqual(["UCB-1"]);
      expect(results[0]).toMatchObject({
        __metadata: { type: "SP.Data.UCBRegisterListItem", etag: '"1"' },
        Id: 1,
        ID: 1,
        Stage: "Referred",
      });
    } finally {
      await emu.stop();
    }
  });
});
