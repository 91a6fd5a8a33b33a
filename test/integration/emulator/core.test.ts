/**
 * Sites, lists, columns and item CRUD as Microsoft's Graph docs describe them (site-getbypath,
 * list-create, columndefinition, listitem-create/get/update/delete), checked with plain fetch.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import { ADMIN, FRONTLINE, call, createList, fieldsOf, itemsPath, start, values } from "./support";

let emu: Emulator;

beforeAll(async () => {
  emu = await start();
  await createList(
    emu,
    "UCB Addresses",
    [
      { name: "CaseRef", text: {}, indexed: true },
      { name: "Kind", choice: { choices: ["customer", "representative"] } },
      { name: "Seen", dateTime: { format: "dateTime" } },
      { name: "Count", number: {} },
      { name: "Active", boolean: {} },
      { name: "Notes", text: { allowMultipleLines: true } },
    ],
    { indexTitle: true },
  );
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

describe("sites", () => {
  it("finds the site by hostname and path, with a three-part id", async () => {
    const site = await call(emu, "GET", "/sites/council.sharepoint.com:/sites/ucb", {
      upn: FRONTLINE,
    });
    expect(site.status).toBe(200);
    expect(site.body["id"]).toBe(emu.siteId);
    expect(String(site.body["id"]).split(",")).toHaveLength(3);
    expect(site.body["webUrl"]).toBe("https://council.sharepoint.com/sites/ucb");
    expect(site.headers.get("content-type")).toMatch(/^application\/json;odata\.metadata=minimal/);
    expect(site.headers.get("odata-version")).toBe("4.0");
  });

  it("accepts the site id with commas raw or as %2C", async () => {
    const encoded = emu.siteId.replaceAll(",", "%2C");
    expect((await call(emu, "GET", `/sites/${encoded}`)).status).toBe(200);
    expect((await call(emu, "GET", `/sites/${emu.siteId}`)).status).toBe(200);
  });

  it("continues a path address with a second colon", async () => {
    const lists = await call(emu, "GET", "/sites/council.sharepoint.com:/sites/ucb:/lists");
    expect(values(lists).map((l) => l["displayName"])).toContain("UCB Addresses");
  });

  it("answers 404 itemNotFound for an unknown site", async () => {
    const reply = await call(emu, "GET", "/sites/council.sharepoint.com:/sites/nowhere");
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: { code: "itemNotFound" } });
  });
});

describe("lists and columns", () => {
  it("finds a list by id, by display name, and by $filter on displayName", async () => {
    const byName = await call(emu, "GET", `/sites/${emu.siteId}/lists/UCB%20Addresses`);
    expect(byName.status).toBe(200);
    const id = String(byName.body["id"]);
    expect((await call(emu, "GET", `/sites/${emu.siteId}/lists/${id}`)).body["displayName"]).toBe(
      "UCB Addresses",
    );
    const filtered = await call(
      emu,
      "GET",
      `/sites/${emu.siteId}/lists?$filter=displayName eq 'UCB Addresses'&$select=id,displayName`,
    );
    expect(values(filtered)).toEqual([
      expect.objectContaining({ id, displayName: "UCB Addresses" }),
    ]);
    expect(byName.body["list"]).toEqual({
      contentTypesEnabled: false,
      hidden: false,
      template: "genericList",
    });
  });

  it("refuses a second list with the same display name with 409 nameAlreadyExists", async () => {
    const again = await call(emu, "POST", `/sites/${emu.siteId}/lists`, {
      body: { displayName: "ucb addresses", list: { template: "genericList" } },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: "nameAlreadyExists" } });
  });

  it("gives every generic list a Title column, and shows each column's type facet", async () => {
    const columns = values(
      await call(emu, "GET", `/sites/${emu.siteId}/lists/UCB%20Addresses/columns`),
    );
    const byName = new Map(columns.map((c) => [c["name"], c]));
    expect(byName.get("Title")).toMatchObject({
      indexed: true,
      text: { allowMultipleLines: false },
    });
    expect(byName.get("CaseRef")).toMatchObject({ indexed: true, text: {} });
    expect(byName.get("Kind")).toMatchObject({
      choice: { choices: ["customer", "representative"] },
    });
    expect(byName.get("Notes")).toMatchObject({ text: { allowMultipleLines: true } });
    expect(byName.get("Active")).toMatchObject({ boolean: {} });
    expect(byName.get("Count")).toHaveProperty("number");
    expect(byName.get("Seen")).toMatchObject({ dateTime: { format: "dateTime" } });
    expect(byName.get("Title")).not.toHaveProperty("type");
  });

  it("adds a column, and indexes an existing one with PATCH (idempotently)", async () => {
    const path = `/sites/${emu.siteId}/lists/UCB%20Addresses/columns`;
    const added = await call(emu, "POST", path, { body: { name: `Extra${Date.now()}`, text: {} } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ indexed: false });
    for (let i = 0; i < 2; i++) {
      const patched = await call(emu, "PATCH", `${path}/${String(added.body["id"])}`, {
        body: { indexed: true },
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ indexed: true });
    }
  });

  it("enforces unique values on an indexed column with 409, case-insensitively", async () => {
    const listId = await createList(emu, `Unique ${Date.now()}`, [
      { name: "Key", text: {}, indexed: true, enforceUniqueValues: true },
    ]);
    const items = `/sites/${emu.siteId}/lists/${listId}/items`;
    expect((await call(emu, "POST", items, { body: { fields: { Key: "abc" } } })).status).toBe(201);
    const duplicate = await call(emu, "POST", items, { body: { fields: { Key: "ABC" } } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ error: { code: "nameAlreadyExists" } });
    const unindexed = await call(emu, "POST", `/sites/${emu.siteId}/lists/${listId}/columns`, {
      body: { name: "Loose", text: {}, enforceUniqueValues: true },
    });
    expect(unindexed.status).toBe(400);
  });

  it("refuses an unknown column type", async () => {
    const reply = await call(emu, "POST", `/sites/${emu.siteId}/lists/UCB%20Addresses/columns`, {
      body: { name: "Odd" },
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      error: {
        code: "invalidRequest",
        message: "Unable to determine type of provided column definition",
      },
    });
  });
});

describe("items", () => {
  const path = () => itemsPath(emu, "UCB Addresses");

  it("creates an item: 201 with the full listItem, fields included", async () => {
    const created = await call(emu, "POST", path(), {
      body: {
        fields: {
          Title: "zoe@example.org",
          CaseRef: "UCB-2026-AAAAAA",
          Kind: "customer",
          Seen: "2026-03-02T11:39:51.678Z",
          Count: 3.5,
          Active: true,
        },
      },
    });
    expect(created.status).toBe(201);
    const item = created.body;
    expect(item["id"]).toBe("1");
    expect(item["eTag"]).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(item["@odata.etag"]).toBe(item["eTag"]);
    expect(item["@odata.context"]).toMatch(/\/items\/\$entity$/);
    expect(item["createdBy"]).toEqual({
      user: { email: ADMIN, id: "6ae18ecf-9ca7-4bd0-9e7b-8fcde27bdf07", displayName: "Site Admin" },
    });
    expect(item["lastModifiedBy"]).toEqual(item["createdBy"]);
    expect(item["webUrl"]).toBe(
      "https://council.sharepoint.com/sites/ucb/Lists/UCBAddresses/1_.000",
    );
    expect(item["parentReference"]).toMatchObject({ siteId: emu.siteId });
    expect(item["contentType"]).toMatchObject({ name: "Item" });
    expect(created.headers.get("etag")).toBe(String(item["eTag"]).slice(1, -1));
    const fields = fieldsOf(item);
    expect(fields).toMatchObject({
      "@odata.etag": item["eTag"],
      Title: "zoe@example.org",
      Seen: "2026-03-02T11:39:51Z",
      Count: 3.5,
      Active: true,
      id: "1",
      ContentType: "Item",
      _UIVersionString: "1.0",
      Attachments: false,
      AuthorLookupId: expect.stringMatching(/^\d+$/) as unknown,
      EditorLookupId: expect.stringMatching(/^\d+$/) as unknown,
    });
    expect(fields).not.toHaveProperty("Notes"); // empty values are left out
    expect(fields["Created"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("reads one item, with fields only when expanded", async () => {
    await call(emu, "POST", path(), { body: { fields: { Title: "a@x.org" } } });
    const plain = await call(emu, "GET", `${path()}/1`);
    expect(plain.status).toBe(200);
    expect(plain.body).not.toHaveProperty("fields");
    const expanded = await call(emu, "GET", `${path()}/1?expand=fields(select=Title)`);
    expect(fieldsOf(expanded.body)).toEqual({
      "@odata.etag": expanded.body["eTag"],
      Title: "a@x.org",
    });
  });

  it("updates fields: 200 with the fieldValueSet, and a new version", async () => {
    await call(emu, "POST", path(), { body: { fields: { Title: "a@x.org", Kind: "customer" } } });
    const patched = await call(emu, "PATCH", `${path()}/1/fields`, {
      body: { Kind: "representative" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      Title: "a@x.org",
      Kind: "representative",
      _UIVersionString: "2.0",
    });
    expect(patched.body["@odata.etag"]).toMatch(/,2"$/);
    expect(patched.body["@odata.context"]).toMatch(/items\('1'\)\/fields\/\$entity$/);
    const viaItem = await call(emu, "PATCH", `${path()}/1`, {
      body: { fields: { Kind: "customer" } },
    });
    expect(viaItem.status).toBe(200);
    expect(viaItem.body).toMatchObject({ Kind: "customer", _UIVersionString: "3.0" });
    expect(viaItem.body["@odata.context"]).toMatch(/items\('1'\)\/fields\/\$entity$/);
  });

  it("deletes an item: 204, then 404 itemNotFound", async () => {
    await call(emu, "POST", path(), { body: { fields: { Title: "a@x.org" } } });
    expect((await call(emu, "DELETE", `${path()}/1`)).status).toBe(204);
    const gone = await call(emu, "GET", `${path()}/1`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: { code: "itemNotFound" } });
  });

  it("never reuses an id after a delete", async () => {
    await call(emu, "POST", path(), { body: { fields: { Title: "a@x.org" } } });
    await call(emu, "DELETE", `${path()}/1`);
    const next = await call(emu, "POST", path(), { body: { fields: { Title: "b@x.org" } } });
    expect(next.body["id"]).toBe("2");
  });

  it("refuses an unknown field and a value of the wrong type, changing nothing", async () => {
    await call(emu, "POST", path(), { body: { fields: { Title: "a@x.org" } } });
    const unknown = await call(emu, "PATCH", `${path()}/1/fields`, {
      body: { Title: "b@x.org", Colour: "red" },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: { code: "invalidRequest", message: "Field 'Colour' is not recognized" },
    });
    const wrong = await call(emu, "POST", path(), { body: { fields: { Count: "three" } } });
    expect(wrong.status).toBe(400);
    expect(fieldsOf((await call(emu, "GET", `${path()}/1?$expand=fields`)).body)["Title"]).toBe(
      "a@x.org",
    );
    expect(values(await call(emu, "GET", path()))).toHaveLength(1);
  });

  it("filters on an indexed column with quotes and non-ASCII text", async () => {
    for (const title of ["o'brien@example.org", "Zoë Ó Briain", "other@example.org"]) {
      await call(emu, "POST", path(), { body: { fields: { Title: title } } });
    }
    const quoted = await call(
      emu,
      "GET",
      `${path()}?$expand=fields&$filter=fields/Title eq 'o''brien@example.org'`,
    );
    expect(values(quoted).map((i) => fieldsOf(i)["Title"])).toEqual(["o'brien@example.org"]);
    const encoded = encodeURIComponent("fields/Title eq 'Zoë Ó Briain'");
    const accented = await call(emu, "GET", `${path()}?$expand=fields&$filter=${encoded}`);
    expect(values(accented).map((i) => fieldsOf(i)["Title"])).toEqual(["Zoë Ó Briain"]);
  });
});

describe("identity", () => {
  it("answers 401 InvalidAuthenticationToken without a token, with a bad one and with an expired one", async () => {
    const path = itemsPath(emu, "UCB Addresses");
    const expired = emu.tokenFor(FRONTLINE, { expiresInSeconds: -60 });
    for (const token of [null, "not-a-token", expired]) {
      const reply = await call(emu, "GET", path, { token });
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ error: { code: "InvalidAuthenticationToken" } });
      expect(reply.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("issues tokens over POST /_emulator/token and lists users at /_emulator/users", async () => {
    const issued = await fetch(`${emu.url}/_emulator/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ upn: FRONTLINE, expiresInSeconds: 120 }),
    });
    const grant = (await issued.json()) as Record<string, unknown>;
    expect(grant).toMatchObject({
      token_type: "Bearer",
      expires_in: 120,
      id_token_claims: { preferred_username: FRONTLINE, roles: ["Frontline"] },
    });
    const payload = JSON.parse(
      Buffer.from(String(grant["access_token"]).split(".")[1] ?? "", "base64url").toString("utf8"),
    ) as Record<string, unknown>;
    expect(payload).toMatchObject({
      aud: "https://graph.microsoft.com",
      upn: FRONTLINE,
      scp: "Sites.ReadWrite.All User.Read",
    });
    const users = (await (await fetch(`${emu.url}/_emulator/users`)).json()) as {
      value: unknown[];
    };
    expect(users.value).toHaveLength(7);
  });
});
