/**
 * Document libraries through Graph's drive API, against the documented shapes
 * (driveitem-put-content, driveitem-createuploadsession, driveitem-get-content, driveitem-delete,
 * driveitem-post-children, drive-get, drive-list; concepts/errors): plain HTTPS, and Microsoft's
 * own client (@microsoft/microsoft-graph-client 3.0.7, its LargeFileUploadTask included).
 */
import { FileUpload, GraphError, LargeFileUploadTask } from "@microsoft/microsoft-graph-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import {
  ADMIN,
  call,
  createList,
  FRONTLINE,
  HELPDESK,
  MANAGER,
  sdkClient,
  start,
  values,
} from "./support";

const LIBRARY = "UCB Case Documents";
const KIB = 1024;

let emu: Emulator;
let driveId: string;

beforeAll(async () => {
  emu = await start();
  const created = await call(emu, "POST", `/sites/${emu.siteId}/lists`, {
    body: { displayName: LIBRARY, list: { template: "documentLibrary" } },
  });
  expect(created.status).toBe(201);
  await createList(emu, "UCB Register", [{ name: "CaseRef", text: {} }]);
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  const drive = await call(
    emu,
    "GET",
    `/sites/${emu.siteId}/lists/${encodeURIComponent(LIBRARY)}/drive`,
  );
  driveId = String(drive.body["id"]);
});

/** A request with a byte body (uploads) or none, as the given user; the reply as sent. */
async function raw(
  method: string,
  url: string,
  options: { upn?: string | null; body?: Uint8Array; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.upn !== null)
    headers["Authorization"] = `Bearer ${emu.tokenFor(options.upn ?? ADMIN)}`;
  return fetch(url.startsWith("https://") ? url : `${emu.graphUrl}${url}`, {
    method,
    headers,
    redirect: "manual",
    ...(options.body ? { body: new Blob([options.body.slice()]) } : {}),
  });
}

async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Byte-for-byte equality (toEqual walks a large typed array far too slowly). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

const bytes = (n: number, seed = 1) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);
const path = (p: string) =>
  `/drives/${driveId}/root:/${p.split("/").map(encodeURIComponent).join("/")}`;

async function put(p: string, body: Uint8Array, query = "", upn = ADMIN) {
  const reply = await raw("PUT", `${path(p)}:/content${query}`, {
    upn,
    body,
    headers: { "Content-Type": "application/pdf" },
  });
  return { status: reply.status, body: await jsonOf(reply), headers: reply.headers };
}

describe("drives of the site", () => {
  it("lists the site's libraries as documentLibrary drives, and the default one as /drive", async () => {
    const drives = await call(emu, "GET", `/sites/${emu.siteId}/drives`);
    expect(drives.status).toBe(200);
    expect(values(drives).map((d) => [d["name"], d["driveType"]])).toEqual([
      ["Documents", "documentLibrary"],
      [LIBRARY, "documentLibrary"],
    ]);
    expect(String(values(drives)[1]?.["id"])).toMatch(/^b!/);
    const byDefault = await call(emu, "GET", `/sites/${emu.siteId}/drive`);
    expect(byDefault.body).toMatchObject({
      name: "Documents",
      driveType: "documentLibrary",
      webUrl: "https://council.sharepoint.com/sites/ucb/Shared%20Documents",
    });
    expect(byDefault.body["quota"]).toMatchObject({ state: "normal" });
  });

  it("gives a library's drive from the list and by its own id, and 404 for a list that is not a library", async () => {
    const byList = await call(
      emu,
      "GET",
      `/sites/council.sharepoint.com:/sites/ucb:/lists/${encodeURIComponent(LIBRARY)}/drive`,
    );
    expect(byList.body).toMatchObject({ id: driveId, name: LIBRARY });
    expect((await call(emu, "GET", `/drives/${driveId}`)).body["name"]).toBe(LIBRARY);
    const generic = await call(emu, "GET", `/sites/${emu.siteId}/lists/UCB%20Register/drive`);
    expect(generic.status).toBe(404);
    expect(generic.body).toMatchObject({ error: { code: "itemNotFound" } });
    const unknown = await call(emu, "GET", "/drives/b!nope");
    expect(unknown.body).toMatchObject({ error: { code: "itemNotFound" } });
  });

  it("leaves libraries out of the drives a user may not read, and refuses them 403", async () => {
    const drives = await call(emu, "GET", `/sites/${emu.siteId}/drives`, { upn: FRONTLINE });
    expect(values(drives).map((d) => d["name"])).toEqual(["Documents"]);
    const denied = await call(emu, "GET", `/drives/${driveId}/root/children`, { upn: FRONTLINE });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ error: { code: "accessDenied" } });
  });
});

describe("folders", () => {
  it("creates a folder with POST children: 201; 409 nameAlreadyExists on a clash; rename and replace", async () => {
    const body = { name: "UCB-1", folder: {}, "@microsoft.graph.conflictBehavior": "fail" };
    const made = await call(emu, "POST", `/drives/${driveId}/root/children`, { body });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: "UCB-1", folder: { childCount: 0 } });
    expect(made.body["cTag"]).toBeUndefined();
    expect(String(made.body["eTag"])).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    const clash = await call(emu, "POST", `/drives/${driveId}/root/children`, { body });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ error: { code: "nameAlreadyExists" } });
    const caseless = await call(emu, "POST", `/drives/${driveId}/root/children`, {
      body: { ...body, name: "ucb-1" },
    });
    expect(caseless.status).toBe(409);
    const renamed = await call(
      emu,
      "POST",
      `/drives/${driveId}/root/children?@microsoft.graph.conflictBehavior=rename`,
      {
        body: { name: "UCB-1", folder: {} },
      },
    );
    expect(renamed.body["name"]).toBe("UCB-1 1");
    const replaced = await call(emu, "POST", `/drives/${driveId}/root/children`, {
      body: { ...body, "@microsoft.graph.conflictBehavior": "replace" },
    });
    expect([replaced.status, replaced.body["id"]]).toEqual([200, made.body["id"]]);
  });
});

describe("simple upload (PUT …/content)", () => {
  it("stores a file by path, making its folders, with Graph's driveItem shape", async () => {
    const one = Uint8Array.from([0x4a]); // "Sg==": the published quickXorHash vector
    const created = await put("UCB-2026-AAAAAA/letters/Notice (1a).pdf", one);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Notice (1a).pdf",
      size: 1,
      file: {
        mimeType: "application/pdf",
        hashes: { quickXorHash: "SgAAAAAAAAAAAAAAAQAAAAAAAAA=" },
      },
      parentReference: {
        driveType: "documentLibrary",
        driveId,
        path: `/drives/${driveId}/root:/UCB-2026-AAAAAA/letters`,
        name: "letters",
        siteId: emu.siteId,
      },
      createdBy: { user: { email: ADMIN, displayName: "Site Admin" } },
      webUrl:
        "https://council.sharepoint.com/sites/ucb/UCB%20Case%20Documents/UCB-2026-AAAAAA/letters/Notice%20(1a).pdf",
    });
    expect(String(created.body["id"])).toMatch(/^01[A-Z2-7]{32}$/);
    expect(String(created.body["eTag"])).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(String(created.body["cTag"])).toMatch(/^"c:\{[0-9A-F-]{36}\},1"$/);
    expect(String(created.body["@microsoft.graph.downloadUrl"])).toMatch(
      new RegExp(`^${emu.url}/`),
    );
    const folder = await call(emu, "GET", `${path("UCB-2026-AAAAAA")}`);
    expect(folder.body).toMatchObject({
      name: "UCB-2026-AAAAAA",
      folder: { childCount: 1 },
      size: 1,
    });
  });

  it("replaces by default (200, new eTag and cTag), fails with conflictBehavior=fail (409), renames with rename", async () => {
    const first = await put("UCB-1/a.pdf", bytes(10));
    const replaced = await put("UCB-1/a.pdf", bytes(12, 7));
    expect(replaced.status).toBe(200);
    expect(replaced.body["id"]).toBe(first.body["id"]);
    expect(String(replaced.body["eTag"])).toMatch(/,2"$/);
    expect(String(replaced.body["cTag"])).toMatch(/,2"$/);
    expect(replaced.body["size"]).toBe(12);
    const refused = await put("UCB-1/a.pdf", bytes(10), "?@microsoft.graph.conflictBehavior=fail");
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: "nameAlreadyExists" } });
    const renamed = await put(
      "UCB-1/a.pdf",
      bytes(10),
      "?@microsoft.graph.conflictBehavior=rename",
    );
    expect([renamed.status, renamed.body["name"]]).toEqual([201, "a 1.pdf"]);
  });

  it("refuses a simple upload over 4 MiB: that needs an upload session", async () => {
    const big = await put("UCB-1/big.pdf", bytes(4 * KIB * KIB + 1));
    expect(big.status).toBe(413);
    expect((await call(emu, "GET", path("UCB-1/big.pdf"))).status).toBe(404);
  });

  it("replaces content by id with If-Match: 412 resourceModified when stale, nothing changed", async () => {
    const first = await put("UCB-1/b.pdf", bytes(5));
    const id = String(first.body["id"]);
    const stale = await raw("PUT", `/drives/${driveId}/items/${id}/content`, {
      body: bytes(6),
      headers: { "If-Match": '"{00000000-0000-0000-0000-000000000000},1"' },
    });
    expect(stale.status).toBe(412);
    expect(await jsonOf(stale)).toMatchObject({ error: { code: "resourceModified" } });
    const ok = await raw("PUT", `/drives/${driveId}/items/${id}/content`, {
      body: bytes(6),
      headers: { "If-Match": String(first.body["eTag"]) },
    });
    expect(ok.status).toBe(200);
    expect((await jsonOf(ok))["size"]).toBe(6);
  });
});

describe("reading and deleting", () => {
  it("finds an item by path with or without the closing colon; 404 itemNotFound when absent", async () => {
    await put("UCB-1/c.pdf", bytes(3));
    expect((await call(emu, "GET", path("UCB-1/c.pdf"))).body["name"]).toBe("c.pdf");
    expect((await call(emu, "GET", `${path("UCB-1/c.pdf")}:`)).body["name"]).toBe("c.pdf");
    const missing = await call(emu, "GET", path("UCB-1/none.pdf"));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: "itemNotFound" } });
  });

  it("downloads: /content answers 302 to the pre-authenticated downloadUrl, which needs no token", async () => {
    const stored = await put("UCB-1/d.pdf", bytes(300));
    const redirect = await raw(
      "GET",
      `/drives/${driveId}/items/${String(stored.body["id"])}/content`,
    );
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^${emu.url}/`));
    const file = await raw("GET", location, {
      upn: null,
      headers: { Origin: "https://localhost:3000" },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("access-control-allow-origin")).toBe("*");
    expect(same(new Uint8Array(await file.arrayBuffer()), bytes(300))).toBe(true);
    const selected = await call(
      emu,
      "GET",
      `/drives/${driveId}/items/${String(stored.body["id"])}?$select=id,@microsoft.graph.downloadUrl`,
    );
    expect(Object.keys(selected.body).sort()).toEqual([
      "@microsoft.graph.downloadUrl",
      "@odata.context",
      "id",
    ]);
  });

  it("pages children with $top and an absolute @odata.nextLink", async () => {
    for (const n of [1, 2, 3, 4, 5]) await put(`UCB-1/p${n}.pdf`, bytes(n));
    const first = await call(emu, "GET", `${path("UCB-1")}:/children?$top=2`);
    expect(values(first).map((i) => i["name"])).toEqual(["p1.pdf", "p2.pdf"]);
    const names: unknown[] = values(first).map((i) => i["name"]);
    let next = first.body["@odata.nextLink"];
    while (typeof next === "string") {
      expect(next).toMatch(new RegExp(`^${emu.graphUrl}/`));
      const page = await call(emu, "GET", next);
      names.push(...values(page).map((i) => i["name"]));
      next = page.body["@odata.nextLink"];
    }
    expect(names).toEqual(["p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "p5.pdf"]);
  });

  it("deletes a folder and all it holds: 204, then 404; a stale If-Match gets 412", async () => {
    const file = await put("UCB-9/letters/e.pdf", bytes(4));
    const stale = await raw("DELETE", `/drives/${driveId}/items/${String(file.body["id"])}`, {
      headers: { "If-Match": '"{00000000-0000-0000-0000-000000000000},9"' },
    });
    expect(stale.status).toBe(412);
    const folder = await call(emu, "GET", path("UCB-9"));
    const gone = await raw("DELETE", `/drives/${driveId}/items/${String(folder.body["id"])}`);
    expect(gone.status).toBe(204);
    expect((await call(emu, "GET", path("UCB-9/letters/e.pdf"))).status).toBe(404);
    expect(
      (await raw("DELETE", `/drives/${driveId}/items/${String(folder.body["id"])}`)).status,
    ).toBe(404);
  });

  it("applies the library's permissions: managers add but may not delete; the helpdesk may", async () => {
    const added = await put("UCB-1/f.pdf", bytes(2), "", MANAGER);
    expect(added.status).toBe(201);
    expect((await put("UCB-1/g.pdf", bytes(2), "", FRONTLINE)).status).toBe(403);
    const id = String(added.body["id"]);
    const byManager = await raw("DELETE", `/drives/${driveId}/items/${id}`, { upn: MANAGER });
    expect(byManager.status).toBe(403);
    expect(await jsonOf(byManager)).toMatchObject({ error: { code: "accessDenied" } });
    expect((await raw("DELETE", `/drives/${driveId}/items/${id}`, { upn: HELPDESK })).status).toBe(
      204,
    );
  });
});

describe("upload sessions", () => {
  const FRAGMENT = 320 * KIB;

  async function session(
    p: string,
    item: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) {
    const reply = await call(emu, "POST", `${path(p)}:/createUploadSession`, {
      body: { item: { "@microsoft.graph.conflictBehavior": "fail", ...item }, ...extra },
    });
    expect(reply.status).toBe(200);
    return String(reply.body["uploadUrl"]);
  }

  async function fragment(url: string, content: Uint8Array, from: number, to: number) {
    const reply = await raw("PUT", url, {
      upn: null,
      body: content.slice(from, to),
      headers: { "Content-Range": `bytes ${from}-${to - 1}/${content.length}` },
    });
    return { status: reply.status, body: await jsonOf(reply) };
  }

  it("takes fragments in order: 202 with nextExpectedRanges, then 201 with the file", async () => {
    const content = bytes(2 * FRAGMENT + 1000);
    const url = await session("UCB-1/large.pdf");
    expect(url).toMatch(new RegExp(`^${emu.url}/`));
    const one = await fragment(url, content, 0, FRAGMENT);
    expect(one).toMatchObject({ status: 202, body: { nextExpectedRanges: [`${FRAGMENT}-`] } });
    expect(typeof one.body["expirationDateTime"]).toBe("string");
    const state = await raw("GET", url, { upn: null });
    expect(await jsonOf(state)).toMatchObject({ nextExpectedRanges: [`${FRAGMENT}-`] });
    await fragment(url, content, FRAGMENT, 2 * FRAGMENT);
    const last = await fragment(url, content, 2 * FRAGMENT, content.length);
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({ name: "large.pdf", size: content.length });
    const stored = await raw("GET", String(last.body["@microsoft.graph.downloadUrl"]), {
      upn: null,
    });
    expect(same(new Uint8Array(await stored.arrayBuffer()), content)).toBe(true);
    expect((await raw("GET", url, { upn: null })).status).toBe(404);
  });

  it("answers 416 to a fragment sent twice, out of order, or of the wrong length", async () => {
    const content = bytes(3 * FRAGMENT);
    const url = await session("UCB-1/ranges.pdf");
    await fragment(url, content, 0, FRAGMENT);
    const again = await fragment(url, content, 0, FRAGMENT);
    expect(again).toMatchObject({
      status: 416,
      body: { error: { code: "invalidRange", innerError: { code: "fragmentOverlap" } } },
    });
    const ahead = await fragment(url, content, 2 * FRAGMENT, 3 * FRAGMENT);
    expect(ahead.body).toMatchObject({ error: { innerError: { code: "fragmentOutOfOrder" } } });
    const short = await raw("PUT", url, {
      upn: null,
      body: content.slice(FRAGMENT, FRAGMENT + 10),
      headers: { "Content-Range": `bytes ${FRAGMENT}-${2 * FRAGMENT - 1}/${content.length}` },
    });
    expect(short.status).toBe(416);
    const odd = await fragment(url, content, FRAGMENT, FRAGMENT + 1000);
    expect(odd.status).toBe(400);
  });

  it("finds a name taken meanwhile at the last fragment: 409 nameAlreadyExists", async () => {
    const content = bytes(FRAGMENT + 5);
    const url = await session("UCB-1/taken.pdf");
    await fragment(url, content, 0, FRAGMENT);
    await put("UCB-1/taken.pdf", bytes(1));
    const last = await fragment(url, content, FRAGMENT, content.length);
    expect(last).toMatchObject({ status: 409, body: { error: { code: "nameAlreadyExists" } } });
    expect((await call(emu, "GET", path("UCB-1/taken.pdf"))).body["size"]).toBe(1);
  });

  it("is cancelled with DELETE (204), and commits on POST when deferCommit was asked", async () => {
    const url = await session("UCB-1/cancel.pdf");
    expect((await raw("DELETE", url, { upn: null })).status).toBe(204);
    expect((await raw("GET", url, { upn: null })).status).toBe(404);
    const content = bytes(100);
    const deferred = await session("UCB-1/deferred.pdf", {}, { deferCommit: true });
    expect((await fragment(deferred, content, 0, 100)).status).toBe(202);
    expect((await call(emu, "GET", path("UCB-1/deferred.pdf"))).status).toBe(404);
    const committed = await raw("POST", deferred, { upn: null });
    expect(committed.status).toBe(201);
  });

  it("refuses a session on a stale If-Match (412)", async () => {
    const file = await put("UCB-1/h.pdf", bytes(3));
    const stale = await call(
      emu,
      "POST",
      `/drives/${driveId}/items/${String(file.body["id"])}/createUploadSession`,
      {
        body: {},
        headers: { "If-Match": '"{00000000-0000-0000-0000-000000000000},1"' },
      },
    );
    expect(stale.status).toBe(412);
  });
});

describe("with Microsoft's Graph client", () => {
  it("uploads with PUT and reads the folder back, and reports 409 as a GraphError", async () => {
    const client = sdkClient(emu, HELPDESK);
    const stored = (await client
      .api(`/drives/${driveId}/root:/UCB-7/letters/x.pdf:/content`)
      .query({ "@microsoft.graph.conflictBehavior": "fail" })
      .header("Content-Type", "application/pdf")
      .put(new Blob([bytes(64).slice()]))) as { id: string; size: number };
    expect(stored.size).toBe(64);
    const page = (await client.api(`/drives/${driveId}/root:/UCB-7/letters:/children`).get()) as {
      value: { id: string }[];
    };
    expect(page.value.map((i) => i.id)).toEqual([stored.id]);
    let error: unknown;
    try {
      await client
        .api(`/drives/${driveId}/root:/UCB-7/letters/x.pdf:/content`)
        .query({ "@microsoft.graph.conflictBehavior": "fail" })
        .put(new Blob([bytes(64).slice()]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ statusCode: 409, code: "nameAlreadyExists" });
  });

  it("uploads a large file with the SDK's LargeFileUploadTask", async () => {
    const client = sdkClient(emu, HELPDESK);
    const content = bytes(5 * KIB * KIB + 17, 3);
    const uploadSession = await LargeFileUploadTask.createUploadSession(
      client,
      `${emu.graphUrl}/drives/${driveId}/root:/UCB-7/big.eml:/createUploadSession`,
      { item: { "@microsoft.graph.conflictBehavior": "fail" } },
    );
    const task = new LargeFileUploadTask(
      client,
      new FileUpload(content.slice().buffer, "big.eml", content.length),
      uploadSession,
      { rangeSize: 10 * 320 * KIB },
    );
    const result = await task.upload();
    expect(result.responseBody).toMatchObject({ name: "big.eml", size: content.length });
  });
});

describe("under faults", () => {
  it("throttles an upload with 429 and Retry-After, and commits-then-fails with afterCommit", async () => {
    emu.faults.set([
      { match: { method: "PUT" }, fault: { status: 429, retryAfter: 0.2 }, times: 1 },
    ]);
    const throttled = await put("UCB-1/t.pdf", bytes(8));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("0.2");
    await new Promise((r) => setTimeout(r, 250));
    expect((await call(emu, "GET", path("UCB-1/t.pdf"))).status).toBe(404);
    emu.faults.set([
      { match: { method: "PUT" }, fault: { status: 504, afterCommit: true }, times: 1 },
    ]);
    await new Promise((r) => setTimeout(r, 250));
    expect((await put("UCB-1/t.pdf", bytes(8))).status).toBe(504);
    expect((await call(emu, "GET", path("UCB-1/t.pdf"))).body["size"]).toBe(8);
  });

  it("applies faults to the upload URL too", async () => {
    const url = String(
      (await call(emu, "POST", `${path("UCB-1/s.pdf")}:/createUploadSession`, { body: {} })).body[
        "uploadUrl"
      ],
    );
    emu.faults.set([
      {
        match: { pathContains: "/_transfer/upload/" },
        fault: { status: 503, retryAfter: 0.2 },
        times: 1,
      },
    ]);
    const fragment = { upn: null, body: bytes(10), headers: { "Content-Range": "bytes 0-9/10" } };
    const failed = await raw("PUT", url, fragment);
    expect([failed.status, failed.headers.get("retry-after")]).toEqual([503, "0.2"]);
    expect(
      emu.requests.filter((r) => r.path.startsWith("/_transfer/upload/")).at(-1),
    ).toMatchObject({
      method: "PUT",
      status: 503,
      user: null,
    });
    await new Promise((r) => setTimeout(r, 250));
    expect((await raw("PUT", url, fragment)).status).toBe(201);
  });
});
