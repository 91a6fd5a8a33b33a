/**
 * The emulator's SharePoint REST against Microsoft's documented shapes: the three JSON formats,
 * views and their fields, a field's CustomFormatter, errors, identities and permissions
 * (docs/emulator.md, "SharePoint REST").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provisionLists } from "../../../src/graph";
import {
  startInProcessEmulator,
  type InProcessEmulator,
} from "../../../scripts/emulator-in-process";
import { ADMIN, FRONTLINE, HELPDESK, MANAGER } from "./support";
import { MINIMAL, NONE, VERBOSE, register, sp, spToken } from "./sharepoint-support";

type View = {
  Id: string;
  Title: string;
  DefaultView: boolean;
  ServerRelativeUrl: string;
  ViewQuery: string;
};

let s: InProcessEmulator;
beforeAll(async () => {
  s = await startInProcessEmulator({ provision: false });
  await provisionLists(s.clientFor(ADMIN), s.site);
});
afterAll(() => s.stop());

const views = async (): Promise<View[]> =>
  (await sp(s.emu, "GET", `${register}/views`)).body["value"] as View[];

describe("SharePoint REST formats", () => {
  it("answers nometadata with {value:[…]} and bare entities", async () => {
    const lists = await sp(s.emu, "GET", "web/lists", { accept: NONE });
    expect(lists.status).toBe(200);
    expect(lists.headers.get("content-type")).toMatch(/^application\/json;odata=nometadata/);
    const titles = (lists.body["value"] as { Title: string }[]).map((l) => l.Title);
    expect(titles).toContain("UCB Register");
    const web = await sp(s.emu, "GET", "web", { accept: NONE });
    expect(web.body).toMatchObject({
      Title: expect.any(String) as unknown,
      ServerRelativeUrl: "/sites/ucb",
    });
    expect(web.body).not.toHaveProperty("__metadata");
    expect(web.body).not.toHaveProperty("odata.metadata");
  });

  it("answers plain application/json as minimal metadata, with odata annotations", async () => {
    const reply = await sp(s.emu, "GET", register, { accept: "application/json" });
    expect(reply.headers.get("content-type")).toMatch(/odata=minimalmetadata/);
    expect(reply.body).toMatchObject({
      "odata.metadata": expect.stringMatching(
        /\/_api\/\$metadata#SP\.ApiData\.Lists\/@Element$/,
      ) as unknown,
      "odata.type": "SP.List",
      "odata.editLink": expect.stringMatching(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)$/) as unknown,
      Title: "UCB Register",
      BaseTemplate: 100,
    });
    const collection = await sp(s.emu, "GET", `${register}/views`, { accept: MINIMAL });
    expect(collection.body["odata.metadata"]).toMatch(/#SP\.ApiData\.Views$/);
    expect(Array.isArray(collection.body["value"])).toBe(true);
  });

  it("wraps verbose answers in d, with __metadata, results arrays and deferred links", async () => {
    const reply = await sp(s.emu, "GET", `${register}/views`, { accept: VERBOSE });
    expect(reply.headers.get("content-type")).toMatch(/^application\/json;odata=verbose/);
    const results = (reply.body["d"] as { results: Record<string, unknown>[] }).results;
    const [allItems] = results;
    expect(allItems).toMatchObject({
      __metadata: {
        type: "SP.View",
        uri: expect.stringContaining("/_api/Web/Lists(guid'") as unknown,
      },
      ViewFields: { __deferred: { uri: expect.stringMatching(/\/ViewFields$/) as unknown } },
      Title: "All Items",
      DefaultView: true,
    }) as unknown;
    const fields = await sp(
      s.emu,
      "GET",
      `${register}/views/getbytitle('All%20Items')/viewfields`,
      {
        accept: VERBOSE,
      },
    );
    expect(fields.body["d"]).toMatchObject({
      __metadata: { type: "SP.ViewFieldCollection" },
      Items: {
        __metadata: { type: "Collection(Edm.String)" },
        results: expect.arrayContaining(["LinkTitle", "Stage"]) as unknown,
      },
      SchemaXml: expect.stringContaining('<FieldRef Name="LinkTitle" />') as unknown,
    });
  });

  it("gives every new list an 'All Items' default view showing Title and every column", async () => {
    const reply = await sp(s.emu, "GET", `${register}/defaultview?$expand=ViewFields`);
    expect(reply.body).toMatchObject({
      Title: "All Items",
      DefaultView: true,
      ServerRelativeUrl: "/sites/ucb/Lists/UCBRegister/AllItems.aspx",
      ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    });
    const items = (reply.body["ViewFields"] as { Items: string[] }).Items;
    expect(items[0]).toBe("LinkTitle");
    expect(items).toContain("ReviewDue");
  });
});

describe("views through SharePoint REST", () => {
  it("creates a view with views/add (SP.ViewCreationInformation) and stores its query as SharePoint does", async () => {
    const created = await sp(s.emu, "POST", `${register}/views/add`, {
      body: {
        parameters: {
          Title: "Due soon",
          ViewFields: ["LinkTitle", "ReviewDue"],
          Query:
            "<Where><Leq><FieldRef Name='ReviewDue'/><Value Type='DateTime'><Today OffsetDays='30'/></Value></Leq></Where>",
          RowLimit: 50,
          SetAsDefaultView: false,
        },
      },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ Title: "Due soon", RowLimit: 50, DefaultView: false });
    const query = await sp(s.emu, "GET", `${register}/views/getbytitle('Due%20soon')/ViewQuery`);
    expect(query.body["value"]).toBe(
      '<Where><Leq><FieldRef Name="ReviewDue" /><Value Type="DateTime"><Today OffsetDays="30" /></Value></Leq></Where>',
    );
  });

  it("requires __metadata in a verbose body, and takes one that has it", async () => {
    const body = {
      parameters: { Title: "Verbose", ViewFields: { results: ["LinkTitle"] }, Query: "" },
    };
    const missing = await sp(s.emu, "POST", `${register}/views/add`, {
      accept: VERBOSE,
      contentType: "application/json;odata=verbose",
      body,
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      error: {
        code: "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
        message: { lang: "en-US" },
      },
    });
    const typed = await sp(s.emu, "POST", `${register}/views/add`, {
      accept: VERBOSE,
      contentType: "application/json;odata=verbose",
      body: {
        parameters: {
          __metadata: { type: "SP.ViewCreationInformation" },
          ...body.parameters,
          ViewFields: {
            __metadata: { type: "Collection(Edm.String)" },
            results: ["LinkTitle", "Stage"],
          },
        },
      },
    });
    expect(typed.status).toBe(200);
    expect((typed.body["d"] as Record<string, unknown>)["Title"]).toBe("Verbose");
  });

  it("accepts a duplicate title with a new URL, as SharePoint does", async () => {
    const first = await sp(s.emu, "POST", `${register}/views`, {
      body: { Title: "Twice", PersonalView: false },
    });
    const second = await sp(s.emu, "POST", `${register}/views`, {
      body: { Title: "Twice", PersonalView: false },
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.body["ServerRelativeUrl"]).toBe("/sites/ucb/Lists/UCBRegister/Twice.aspx");
    expect(second.body["ServerRelativeUrl"]).toBe("/sites/ucb/Lists/UCBRegister/Twice1.aspx");
    for (const v of [first, second]) {
      const del = await sp(s.emu, "POST", `${register}/views(guid'${String(v.body["Id"])}')`, {
        headers: { "X-HTTP-Method": "DELETE", "IF-MATCH": "*" },
      });
      expect(del.status).toBe(200);
    }
    expect((await views()).filter((v) => v.Title === "Twice")).toEqual([]);
  });

  it("updates a view with MERGE (204), and a new default view clears the old one", async () => {
    const target = (await views()).find((v) => v.Title === "Due soon");
    const merged = await sp(s.emu, "POST", `${register}/views('${target?.Id ?? ""}')`, {
      headers: { "X-HTTP-Method": "MERGE" },
      body: { DefaultView: true, RowLimit: 25 },
    });
    expect(merged.status).toBe(204);
    const after = await views();
    expect(after.filter((v) => v.DefaultView).map((v) => v.Title)).toEqual(["Due soon"]);
    const byTitle = await sp(
      s.emu,
      "GET",
      `${register}/views/getbytitle('Due%20soon')?$select=RowLimit,Title`,
    );
    expect(byTitle.body).toEqual({ RowLimit: 25, Title: "Due soon" });
  });

  it("adds, moves and removes view fields", async () => {
    const base = `${register}/views/getbytitle('Due%20soon')/viewfields`;
    expect((await sp(s.emu, "POST", `${base}/addviewfield('CustomerName')`)).status).toBe(200);
    expect((await sp(s.emu, "POST", `${base}/addviewfield(strField='Stage')`)).status).toBe(200);
    await sp(s.emu, "POST", `${base}/moveviewfieldto`, { body: { field: "Stage", index: 0 } });
    await sp(s.emu, "POST", `${base}/removeviewfield('ReviewDue')`);
    expect((await sp(s.emu, "GET", base)).body["Items"]).toEqual([
      "Stage",
      "LinkTitle",
      "CustomerName",
    ]);
    await sp(s.emu, "POST", `${base}/removeallviewfields`);
    expect((await sp(s.emu, "GET", base)).body["Items"]).toEqual([]);
    const missing = await sp(s.emu, "POST", `${base}/addviewfield('NoSuchColumn')`);
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      "odata.error": {
        code: "-2146232832, Microsoft.SharePoint.SPException",
        message: {
          lang: "en-US",
          value: "Column 'NoSuchColumn' does not exist. It may have been deleted by another user.",
        },
      },
    });
  });

  it("refuses a query naming a field the list does not have", async () => {
    const reply = await sp(s.emu, "POST", `${register}/views/add`, {
      body: {
        parameters: {
          Title: "Bad",
          Query: '<Where><Eq><FieldRef Name="Nope" /><Value Type="Text">x</Value></Eq></Where>',
        },
      },
    });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain(
      "One or more field types are not installed properly",
    );
  });
});

describe("fields and column formatting", () => {
  it("finds a field by internal name or title, and keeps its CustomFormatter as a string", async () => {
    const byName = await sp(
      s.emu,
      "GET",
      `${register}/fields/getbyinternalnameortitle('ReviewDue')`,
    );
    const byTitle = await sp(
      s.emu,
      "GET",
      `${register}/fields/getbyinternalnameortitle('Review%20due')`,
    );
    expect(byName.body).toMatchObject({
      InternalName: "ReviewDue",
      TypeAsString: "DateTime",
      CustomFormatter: null,
    });
    expect(byTitle.body["Id"]).toBe(byName.body["Id"]);
    const formatter = JSON.stringify({ elmType: "div", txtContent: "@currentField" });
    const merged = await sp(
      s.emu,
      "POST",
      `${register}/fields/getbyinternalnameortitle('ReviewDue')`,
      {
        headers: { "X-HTTP-Method": "MERGE" },
        body: { CustomFormatter: formatter },
      },
    );
    expect(merged.status).toBe(204);
    const read = await sp(
      s.emu,
      "GET",
      `${register}/fields/getbyinternalnameortitle('ReviewDue')?$select=CustomFormatter`,
    );
    expect(read.body).toEqual({ CustomFormatter: formatter });
    const minimal = await sp(s.emu, "GET", `${register}/fields/getbyinternalnameortitle('Stage')`, {
      accept: MINIMAL,
    });
    expect(minimal.body).toMatchObject({
      "odata.type": "SP.FieldChoice",
      Choices: expect.arrayContaining(["Restricted"]) as unknown,
    });
  });

  it("answers 400 for a field that does not exist", async () => {
    const reply = await sp(s.emu, "GET", `${register}/fields/getbyinternalnameortitle('Missing')`);
    expect(reply.status).toBe(400);
  });
});

describe("errors, identities and permissions", () => {
  it("answers a missing list with 404 in both error shapes", async () => {
    const light = await sp(s.emu, "GET", "web/lists/GetByTitle('No%20such%20list')");
    expect(light.status).toBe(404);
    expect(light.body).toEqual({
      "odata.error": {
        code: "-1, System.ArgumentException",
        message: {
          lang: "en-US",
          value:
            "List 'No such list' does not exist at site with URL 'https://council.sharepoint.com/sites/ucb'.",
        },
      },
    });
    const verbose = await sp(s.emu, "GET", "web/lists/GetByTitle('No%20such%20list')", {
      accept: VERBOSE,
    });
    expect(verbose.body).toEqual({ error: light.body["odata.error"] });
    const view = await sp(s.emu, "GET", `${register}/views/getbytitle('No such view')`);
    expect(view.status).toBe(404);
  });

  it("answers 401 without a token, and names the wrong audience of a Graph token", async () => {
    const none = await sp(s.emu, "GET", "web", { token: null });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(
      /^Bearer realm="[0-9a-f-]+",client_id="00000003-0000-0ff1-ce00-000000000000"/,
    );
    const graphToken = await sp(s.emu, "GET", "web", { token: s.emu.tokenFor(ADMIN) });
    expect(graphToken.status).toBe(401);
    expect(graphToken.headers.get("x-ms-diagnostics")).toContain(
      "Invalid audience Uri 'https://graph.microsoft.com'",
    );
    expect(graphToken.body["error_description"]).toMatch(/AudienceUriValidationFailedException/);
  });

  it("refuses SharePoint tokens on Graph", async () => {
    const response = await fetch(`${s.emu.graphUrl}/sites/${s.emu.siteId}`, {
      headers: { Authorization: `Bearer ${spToken(s.emu)}` },
    });
    expect(response.status).toBe(401);
  });

  it.each([
    ["a service manager", MANAGER],
    ["the city helpdesk manager (Contribute, no Manage Lists)", HELPDESK],
  ])("lets %s read the register's views but not change them (403)", async (_who, upn) => {
    expect((await sp(s.emu, "GET", `${register}/views`, { upn })).status).toBe(200);
    const add = await sp(s.emu, "POST", `${register}/views/add`, {
      upn,
      body: { parameters: { Title: "Mine" } },
    });
    expect(add.status).toBe(403);
    expect(add.body).toEqual({
      "odata.error": {
        code: "-2147024891, System.UnauthorizedAccessException",
        message: {
          lang: "en-US",
          value:
            "Access denied. You do not have permission to perform this action or access this resource.",
        },
      },
    });
    const format = await sp(s.emu, "POST", `${register}/fields/getbyinternalnameortitle('Stage')`, {
      upn,
      headers: { "X-HTTP-Method": "MERGE" },
      body: { CustomFormatter: "{}" },
    });
    expect(format.status).toBe(403);
  });

  it("keeps UCB Register and its views from frontline staff (need to know), as on the Graph side", async () => {
    expect((await sp(s.emu, "GET", `${register}/views`, { upn: FRONTLINE })).status).toBe(403);
    const lists = await sp(s.emu, "GET", "web/lists", { upn: FRONTLINE });
    const titles = (lists.body["value"] as { Title: string }[]).map((l) => l.Title);
    expect(titles).not.toContain("UCB Register");
    expect(titles).not.toContain("UCB Addresses");
  });

  it("keeps UCB Case Files from frontline staff, as on the Graph side", async () => {
    const reply = await sp(s.emu, "GET", "web/lists/GetByTitle('UCB%20Case%20Files')/views", {
      upn: FRONTLINE,
    });
    expect(reply.status).toBe(403);
    const lists = await sp(s.emu, "GET", "web/lists", { upn: FRONTLINE });
    expect((lists.body["value"] as { Title: string }[]).map((l) => l.Title)).not.toContain(
      "UCB Case Files",
    );
  });

  it("refuses the site admin's token without a Manage scope (AllSites.Write only)", async () => {
    const token = s.emu.tokenFor(ADMIN, {
      resource: s.emu.sharePointResource,
      scopes: ["AllSites.Write"],
    });
    const reply = await sp(s.emu, "POST", `${register}/views/add`, {
      token,
      body: { parameters: { Title: "X" } },
    });
    expect(reply.status).toBe(403);
  });

  it("gives a form digest on POST contextinfo only", async () => {
    const post = await sp(s.emu, "POST", "contextinfo", { accept: VERBOSE });
    expect(post.status).toBe(200);
    expect(post.body).toMatchObject({
      d: {
        GetContextWebInformation: {
          __metadata: { type: "SP.ContextWebInformation" },
          FormDigestTimeoutSeconds: 1800,
          FormDigestValue: expect.stringMatching(/^0x[0-9A-F]+,/) as unknown,
          WebFullUrl: s.emu.sharePointSiteUrl,
        },
      },
    });
    expect((await sp(s.emu, "GET", "contextinfo")).status).toBe(405);
  });

  it("lets a browser page tunnel MERGE through POST (CORS preflight)", async () => {
    const response = await fetch(`${s.emu.sharePointSiteUrl}/_api/web`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://localhost:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,x-http-method,if-match",
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/X-HTTP-Method/);
    expect(response.headers.get("access-control-allow-methods")).toMatch(/MERGE/);
  });

  it("logs SharePoint REST requests with the caller, beside Graph's", async () => {
    s.emu.requests.clear();
    await sp(s.emu, "GET", "web", { upn: HELPDESK });
    expect(s.emu.requests.map((r) => [r.method, r.path, r.status, r.user])).toEqual([
      ["GET", "/sites/ucb/_api/web", 200, HELPDESK],
    ]);
  });
});
