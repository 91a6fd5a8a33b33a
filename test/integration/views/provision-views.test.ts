/**
 * `npm run provision`'s SharePoint half against the emulator: the views and column formatting
 * made from empty, a second run that changes nothing, and hand edits reported, not overwritten,
 * unless asked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provisionLists } from "../../../src/graph";
import { COLUMN_FORMATS } from "../../../src/graph/views/formatting";
import { provisionViews } from "../../../src/graph/views/provision-views";
import { queryOf, VIEWS } from "../../../src/graph/views/spec";
import {
  sharePointFor,
  startInProcessEmulator,
  type InProcessEmulator,
} from "../../../scripts/emulator-in-process";
import { ADMIN, FRONTLINE, HELPDESK } from "../emulator/support";
import { register, sp } from "../emulator/sharepoint-support";

type View = {
  Id: string;
  Title: string;
  DefaultView: boolean;
  ViewQuery: string;
  RowLimit: number;
  ViewFields: { Items: string[] };
};

let s: InProcessEmulator;
const admin = () => sharePointFor(s.emu, ADMIN);
const listPath = (title: string) => `web/lists/GetByTitle('${encodeURIComponent(title)}')`;
const viewsOf = async (title: string): Promise<View[]> =>
  (await sp(s.emu, "GET", `${listPath(title)}/views?$expand=ViewFields`)).body["value"] as View[];
const TITLES = {
  register: "UCB Register",
  contacts: "UCB Contacts",
  caseEvents: "UCB Case Events",
} as const;
const titleOf = (list: string) => TITLES[list as keyof typeof TITLES];

beforeAll(async () => {
  s = await startInProcessEmulator({ provision: false });
  await provisionLists(s.clientFor(ADMIN), s.site);
});
afterAll(() => s.stop());

describe("provisioning views and column formatting", () => {
  it("is refused to frontline staff and to the city helpdesk manager, who cannot manage lists", async () => {
    for (const upn of [FRONTLINE, HELPDESK]) {
      await expect(provisionViews(sharePointFor(s.emu, upn))).rejects.toMatchObject({
        code: "forbidden",
        message: expect.stringContaining("Access denied") as unknown,
      });
    }
  });

  it("creates every view and formats the register's columns, saying so in plain words", async () => {
    const report = await provisionViews(admin());
    expect(report.warnings).toEqual([]);
    for (const v of VIEWS) {
      expect(
        report.changes.some((c) =>
          c.startsWith(`${titleOf(v.list)}: created the view "${v.title}", ${v.shows}`),
        ),
        v.title,
      ).toBe(true);
    }
    expect(report.changes).toContain(
      "UCB Register: formatted the column Stage to show the stage as a coloured pill",
    );
    expect(report.changes).toHaveLength(VIEWS.length + COLUMN_FORMATS.length);
  });

  it("leaves each view with the spec's columns in order, its query and one default per list", async () => {
    for (const list of ["register", "contacts", "caseEvents"] as const) {
      const views = await viewsOf(titleOf(list));
      for (const spec of VIEWS.filter((v) => v.list === list)) {
        const view = views.find((v) => v.Title === spec.title);
        expect(view?.ViewFields.Items, spec.title).toEqual(spec.columns);
        expect(view?.ViewQuery, spec.title).toBe(queryOf(spec));
        expect(view?.RowLimit, spec.title).toBe(spec.rowLimit);
      }
      expect(views.filter((v) => v.DefaultView).map((v) => v.Title)).toEqual(
        VIEWS.filter((v) => v.list === list && v.isDefault).map((v) => v.title),
      );
    }
    const stage = await sp(s.emu, "GET", `${register}/fields/getbyinternalnameortitle('Stage')`);
    expect(JSON.parse(String(stage.body["CustomFormatter"]))).toMatchObject({ elmType: "div" });
  });

  it("changes nothing on a second run, and writes nothing", async () => {
    s.emu.requests.clear();
    expect(await provisionViews(admin())).toEqual({ changes: [], warnings: [] });
    expect(s.emu.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("reports a view an administrator edited by hand and leaves it as they made it", async () => {
    const reviews = (await viewsOf("UCB Register")).find((v) => v.Title === "Reviews due");
    const edited = '<OrderBy><FieldRef Name="CustomerName" /></OrderBy>';
    await sp(s.emu, "POST", `${register}/views('${reviews?.Id ?? ""}')`, {
      headers: { "X-HTTP-Method": "MERGE" },
      body: { ViewQuery: edited },
    });
    await sp(
      s.emu,
      "POST",
      `${register}/views('${reviews?.Id ?? ""}')/viewfields/removeviewfield('SpocName')`,
    );
    const report = await provisionViews(admin());
    expect(report).toEqual({
      changes: [],
      warnings: [
        'UCB Register: the view "Reviews due" differs from the add-in\'s (its filter or sort, its columns), so it was left as it is; run with --overwrite-views to put it back.',
      ],
    });
    const after = (await viewsOf("UCB Register")).find((v) => v.Title === "Reviews due");
    expect(after?.ViewQuery).toBe(edited);
    expect(after?.ViewFields.Items).not.toContain("SpocName");
  });

  it("reports another view made the default, and hand-made formatting", async () => {
    const retention = (await viewsOf("UCB Register")).find((v) => v.Title === "Retention due");
    await sp(s.emu, "POST", `${register}/views('${retention?.Id ?? ""}')`, {
      headers: { "X-HTTP-Method": "MERGE" },
      body: { DefaultView: true },
    });
    await sp(s.emu, "POST", `${register}/fields/getbyinternalnameortitle('ReviewDue')`, {
      headers: { "X-HTTP-Method": "MERGE" },
      body: { CustomFormatter: '{"elmType":"div","txtContent":"@currentField"}' },
    });
    const report = await provisionViews(admin());
    expect(report.changes).toEqual([]);
    expect(report.warnings).toEqual([
      "UCB Register: the view \"Active restrictions\" differs from the add-in's (it is not the list's default view), so it was left as it is; run with --overwrite-views to put it back.",
      expect.stringContaining('"Reviews due" differs') as unknown,
      "UCB Register: the column ReviewDue has formatting that differs from the add-in's, so it was left as it is; run with --overwrite-views to put it back.",
    ]);
  });

  it("puts everything back when asked to overwrite, and then changes nothing", async () => {
    const report = await provisionViews(admin(), { overwrite: true });
    expect(report.warnings).toEqual([]);
    expect(report.changes).toEqual([
      'UCB Register: put the view "Active restrictions" back as the add-in defines it (it is not the list\'s default view)',
      'UCB Register: put the view "Reviews due" back as the add-in defines it (its filter or sort, its columns)',
      "UCB Register: put back the formatting of the column ReviewDue (an overdue review date in red)",
    ]);
    const defaults = (await viewsOf("UCB Register")).filter((v) => v.DefaultView);
    expect(defaults.map((v) => v.Title)).toEqual(["Active restrictions"]);
    expect(await provisionViews(admin())).toEqual({ changes: [], warnings: [] });
  });

  it("reports two views with one title instead of guessing which to keep", async () => {
    await sp(s.emu, "POST", `${listPath("UCB Contacts")}/views`, {
      body: { Title: "Outside the terms" },
    });
    const report = await provisionViews(admin());
    expect(report.warnings).toEqual([
      'UCB Contacts: there are 2 views called "Outside the terms"; delete all but one in SharePoint, then run this again.',
    ]);
  });
});
