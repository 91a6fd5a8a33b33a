/**
 * Document libraries through Graph's drive API (sharepoint-rest-documents-pdf-charts.md §6):
 * drives of a site, a library's drive, items by id or path, children (paged, and POST for
 * folders), simple upload (PUT …/content, 4 MiB), upload sessions, download (302 to a
 * pre-authenticated URL), DELETE, conflictBehavior, If-Match, and the list permissions of the
 * library (read to look, add to create, edit to replace, delete to delete).
 */
import type { Directory } from "../identity/directory";
import { allows, checkList, listLevel, type Operation } from "../identity/access";
import type { Caller } from "../identity/tokens";
import { GraphHttpError, badRequest, methodNotAllowed, notFound } from "../http/graph-error";
import type { DriveRef, Route, SiteRef } from "../http/router";
import { json, noContent, type GraphRequest, type GraphResponse } from "../http/types";
import { parseSelect, type QueryOptions } from "../odata/query-options";
import { applySelect, metadata, siteSegment } from "../render/context";
import type { Db } from "../store/database";
import { findList } from "../store/lists";
import type { ListRecord, SiteRecord } from "../store/model";
import { findSiteById } from "../store/sites";
import { ensureSiteUser, siteUsersById } from "../store/users";
import { parseDriveTarget, type DriveTarget } from "../drive/paths";
import {
  type DriveRenderContext,
  itemEtag,
  itemCtag,
  renderDrive,
  renderItem,
} from "../drive/render";
import {
  bumpItem,
  childByName,
  childrenOf,
  createFile,
  createFolder,
  createSession,
  deleteTree,
  type DriveItemRecord,
  type DriveRecord,
  driveById,
  driveOfList,
  drivesOfSite,
  ensureDrive,
  itemById,
  pathOf,
  replaceContent,
} from "../drive/store";
import { uploadUrl } from "../drive/tokens";
import { normaliseEtag } from "./items";
import { nowSharePointTime } from "../util/time";
import { listDirName, RECYCLE_ITEM_TYPE, recycle } from "../store/recycle-bin";

export type DriveHandlerContext = {
  readonly db: Db;
  readonly directory: Directory;
  readonly graphUrl: string;
  /** "https://localhost:PORT", for pre-authenticated URLs. */
  readonly origin: string;
  readonly request: GraphRequest;
  readonly query: QueryOptions;
  readonly caller: Caller;
  readonly staleEtag: boolean;
  readonly resolveSite: (ref: SiteRef) => SiteRecord;
};

/** The documented ceiling of a simple upload: larger files need an upload session. */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
const DEFAULT_PAGE = 200;
const MAX_PAGE = 1000;
export const DEFAULT_LIBRARY = "Documents";

type Library = {
  readonly site: SiteRecord;
  readonly list: ListRecord;
  readonly drive: DriveRecord;
};

const itemMissing = (): GraphHttpError => notFound("The resource could not be found.");

export const nameExists = (name: string): GraphHttpError =>
  new GraphHttpError(409, "nameAlreadyExists", `The specified item name '${name}' already exists.`);

function listByN(db: Db, siteId: string, n: number): ListRecord | undefined {
  const row = db.prepare<[number], { id: string }>("SELECT id FROM lists WHERE n = ?").get(n);
  return row ? findList(db, siteId, row.id) : undefined;
}

function isLibrary(list: ListRecord): boolean {
  return list.template === "documentLibrary";
}

function libraryOf(ctx: DriveHandlerContext, ref: DriveRef): Library {
  if (ref.by === "id") {
    const drive = driveById(ctx.db, ref.id);
    const site = drive ? findSiteById(ctx.db, drive.siteId) : undefined;
    const list = drive && site ? listByN(ctx.db, site.id, drive.listN) : undefined;
    if (!drive || !site || !list) throw itemMissing();
    return { site, list, drive };
  }
  const site = ctx.resolveSite(ref.site);
  const list = findList(ctx.db, site.id, ref.by === "site" ? DEFAULT_LIBRARY : ref.list);
  if (!list || !isLibrary(list)) {
    throw ref.by === "site" ? itemMissing() : notFound("The list is not a document library.");
  }
  const by = ensureSiteUser(ctx.db, site.id, ctx.caller.user).lookupId;
  return { site, list, drive: driveOfList(ctx.db, list.n) ?? ensureDrive(ctx.db, list, by) };
}

function renderContext(ctx: DriveHandlerContext, lib: Library): DriveRenderContext {
  return {
    graphUrl: ctx.graphUrl,
    site: lib.site,
    users: siteUsersById(ctx.db, lib.site.id),
    db: ctx.db,
    list: lib.list,
    drive: lib.drive,
    origin: ctx.origin,
  };
}

function allow(ctx: DriveHandlerContext, lib: Library, op: Operation): void {
  checkList(ctx.directory, ctx.caller, lib.list.displayName, op);
}

function rejectOptions(ctx: DriveHandlerContext, allowed: readonly string[]): void {
  for (const option of ctx.query.system.keys()) {
    if (!allowed.includes(option)) {
      throw badRequest(
        `Query option '$${option}' is not supported on this resource.`,
        "BadRequest",
      );
    }
  }
}

function usedBytes(db: Db, drive: DriveRecord): number {
  return (
    db
      .prepare<[string], { s: number | null }>(
        "SELECT SUM(size) AS s FROM drive_items WHERE drive_id = ? AND is_folder = 0",
      )
      .get(drive.id)?.s ?? 0
  );
}

/** `GET /sites/{site}/drives`: the libraries the caller may read. */
export function getDrives(
  ctx: DriveHandlerContext,
  siteRef: SiteRef,
  method: string,
): GraphResponse {
  if (method !== "GET") throw methodNotAllowed();
  const site = ctx.resolveSite(siteRef);
  rejectOptions(ctx, ["select", "top"]);
  const select = parseSelect(ctx.query.system.get("select"));
  const value = drivesOfSite(ctx.db, site.id)
    .map((drive) => ({ drive, list: listByN(ctx.db, site.id, drive.listN) }))
    .filter((d): d is { drive: DriveRecord; list: ListRecord } => d.list !== undefined)
    .filter((d) => allows(listLevel(ctx.directory, ctx.caller, d.list.displayName), "read"))
    .map(({ drive, list }) =>
      applySelect(
        renderDrive(renderContext(ctx, { site, list, drive }), usedBytes(ctx.db, drive)),
        select,
      ),
    );
  return json(200, {
    "@odata.context": `${ctx.graphUrl}/$metadata#${siteSegment(site)}/drives`,
    value,
  });
}

/** The item an anchor and path name, or undefined (with the deepest folder that exists). */
function walk(
  ctx: DriveHandlerContext,
  lib: Library,
  target: Extract<DriveTarget, { kind: "item" }>,
): { item?: DriveItemRecord; parent: DriveItemRecord; missing: readonly string[] } {
  const anchorId = "root" in target.anchor ? lib.drive.rootId : target.anchor.id;
  const anchor = itemById(ctx.db, lib.drive.id, anchorId);
  if (!anchor) throw itemMissing();
  let current = anchor;
  for (let i = 0; i < target.path.length; i += 1) {
    const name = target.path[i] ?? "";
    const next = current.isFolder ? childByName(ctx.db, current.id, name) : undefined;
    if (!next) return { parent: current, missing: target.path.slice(i) };
    current = next;
  }
  return { item: current, parent: current, missing: [] };
}

/** If-Match against the item's eTag or cTag (quoted, unquoted, W/ or *): 412 when stale. */
function checkIfMatch(ctx: DriveHandlerContext, item: DriveItemRecord): void {
  const header = ctx.request.headers["if-match"];
  if (header === undefined) return;
  if (ctx.staleEtag) bumpItem(ctx.db, item);
  const current = ctx.staleEtag ? (itemById(ctx.db, item.driveId, item.id) ?? item) : item;
  const wanted = normaliseEtag(header);
  const tags = [itemEtag(current), itemCtag(current)].map(normaliseEtag);
  if (wanted === "*" || tags.includes(wanted)) return;
  throw new GraphHttpError(
    412,
    "resourceModified",
    "ETag does not match current item's value",
    {},
    {
      code: "entityTagDoesNotMatch",
    },
  );
}

type Conflict = "fail" | "replace" | "rename";

function conflictOf(value: unknown, fallback: Conflict): Conflict {
  if (value === undefined) return fallback;
  if (value === "fail" || value === "replace" || value === "rename") return value;
  throw badRequest(
    `Invalid value ${JSON.stringify(value)} for @microsoft.graph.conflictBehavior: use fail, replace or rename.`,
  );
}

/** "name 1.pdf", "name 2.pdf", …: SharePoint's "rename". */
function freeName(ctx: DriveHandlerContext, parentId: string, name: string): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let i = 1; ; i += 1) {
    const candidate = `${stem} ${i}${ext}`;
    if (!childByName(ctx.db, parentId, candidate)) return candidate;
  }
}

/** Creates the folders a path upload names but that do not exist yet (as SharePoint does). */
export function makeFolders(
  db: Db,
  driveId: string,
  parent: DriveItemRecord,
  names: readonly string[],
  by: number,
): DriveItemRecord {
  let current = parent;
  for (const name of names) {
    const existing = childByName(db, current.id, name);
    if (existing && !existing.isFolder) {
      throw new GraphHttpError(409, "nameAlreadyExists", `A file named '${name}' is in the way.`);
    }
    current = existing ?? createFolder(db, driveId, current.id, name, by);
  }
  return current;
}

function itemResponse(
  ctx: DriveHandlerContext,
  lib: Library,
  item: DriveItemRecord,
  status: number,
): GraphResponse {
  const rc = renderContext(ctx, lib);
  const body = applySelect(renderItem(rc, item), parseSelect(ctx.query.system.get("select")));
  return json(
    status,
    { "@odata.context": metadata(rc, `drives('${lib.drive.id}')/items/$entity`), ...body },
    { ETag: itemEtag(item) },
  );
}

function listChildren(
  ctx: DriveHandlerContext,
  lib: Library,
  folder: DriveItemRecord,
): GraphResponse {
  rejectOptions(ctx, ["select", "top", "skiptoken"]);
  if (!folder.isFolder) throw badRequest("The item is not a folder.");
  const topText = ctx.query.system.get("top");
  const top = topText === undefined ? DEFAULT_PAGE : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE) {
    throw badRequest(`$top must be a whole number from 1 to ${MAX_PAGE}.`);
  }
  const token = ctx.query.system.get("skiptoken");
  const after = token === undefined ? 0 : Number(Buffer.from(token, "base64url").toString());
  if (!Number.isInteger(after) || after < 0) throw badRequest("The $skiptoken is not valid.");
  const page = childrenOf(ctx.db, folder.id, after, top + 1);
  const more = page.items.length > top;
  const items = page.items.slice(0, top);
  const rc = renderContext(ctx, lib);
  const select = parseSelect(ctx.query.system.get("select"));
  const body: Record<string, unknown> = {
    "@odata.context": metadata(rc, `drives('${lib.drive.id}')/items('${folder.id}')/children`),
    value: items.map((i) => applySelect(renderItem(rc, i), select)),
  };
  if (more) {
    const lastN = ctx.db
      .prepare<[string], { n: number }>("SELECT n FROM drive_items WHERE id = ?")
      .get(items.at(-1)?.id ?? "")?.n;
    const params = [
      ...(ctx.query.system.has("select")
        ? [`$select=${encodeURIComponent(ctx.query.system.get("select") ?? "")}`]
        : []),
      `$top=${top}`,
      `$skiptoken=${Buffer.from(String(lastN ?? 0)).toString("base64url")}`,
    ];
    body["@odata.nextLink"] = `${ctx.graphUrl}${ctx.request.rawPath}?${params.join("&")}`;
  }
  return json(200, body);
}

function createChild(
  ctx: DriveHandlerContext,
  lib: Library,
  parent: DriveItemRecord,
): GraphResponse {
  allow(ctx, lib, "add");
  if (!parent.isFolder) throw badRequest("The parent is not a folder.");
  const body = ctx.request.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("The request body must be a JSON object.", "BadRequest");
  }
  const fields = body as Record<string, unknown>;
  const name = fields["name"];
  if (typeof name !== "string" || name.trim() === "" || /["*:<>?/\\|]/.test(name)) {
    throw badRequest("Property 'name' must be a valid file or folder name.");
  }
  if (typeof fields["folder"] !== "object" || fields["folder"] === null) {
    throw badRequest(
      'The emulator creates folders with POST …/children ({"folder": {}}); upload files with PUT …/content.',
    );
  }
  // The docs put conflictBehavior in the URL; their example puts it in the body: take either.
  const conflict = conflictOf(
    ctx.query.custom.get("@microsoft.graph.conflictbehavior") ??
      fields["@microsoft.graph.conflictBehavior"],
    "fail",
  );
  const by = ensureSiteUser(ctx.db, lib.site.id, ctx.caller.user).lookupId;
  const existing = childByName(ctx.db, parent.id, name);
  if (existing) {
    if (conflict === "fail") throw nameExists(name);
    // "replace" of an existing folder answers it, contents kept (as reported from SharePoint).
    if (conflict === "replace" && existing.isFolder) return itemResponse(ctx, lib, existing, 200);
    if (conflict === "replace") throw nameExists(name);
    return itemResponse(
      ctx,
      lib,
      createFolder(ctx.db, lib.drive.id, parent.id, freeName(ctx, parent.id, name), by),
      201,
    );
  }
  return itemResponse(ctx, lib, createFolder(ctx.db, lib.drive.id, parent.id, name, by), 201);
}

function contentTypeOf(ctx: DriveHandlerContext): string {
  const header = ctx.request.headers["content-type"];
  return header
    ? (header.split(";")[0]?.trim() ?? "application/octet-stream")
    : "application/octet-stream";
}

/** PUT …/content: a new file at a path, or new content for a file (replace by default). */
function putContent(
  ctx: DriveHandlerContext,
  lib: Library,
  target: Extract<DriveTarget, { kind: "item" }>,
): GraphResponse {
  const bytes = ctx.request.rawBody ?? new Uint8Array();
  if (bytes.length > SIMPLE_UPLOAD_LIMIT) {
    throw new GraphHttpError(
      413,
      "requestTooLarge",
      `A simple upload takes at most ${SIMPLE_UPLOAD_LIMIT} bytes; use an upload session (createUploadSession) for this file.`,
    );
  }
  const conflict = conflictOf(ctx.query.custom.get("@microsoft.graph.conflictbehavior"), "replace");
  const found = walk(ctx, lib, target);
  const by = ensureSiteUser(ctx.db, lib.site.id, ctx.caller.user).lookupId;
  const mime = contentTypeOf(ctx);
  if (found.item) {
    if (found.item.isFolder) throw badRequest("A folder has no content to replace.");
    if (target.path.length > 0 && conflict === "fail") throw nameExists(found.item.name);
    if (target.path.length === 0 || conflict === "replace") {
      allow(ctx, lib, "edit");
      checkIfMatch(ctx, found.item);
      return itemResponse(ctx, lib, replaceContent(ctx.db, found.item, bytes, mime, by), 200);
    }
    allow(ctx, lib, "add");
    const parent = found.item.parentId
      ? itemById(ctx.db, lib.drive.id, found.item.parentId)
      : undefined;
    if (!parent) throw itemMissing();
    const name = freeName(ctx, parent.id, found.item.name);
    return itemResponse(
      ctx,
      lib,
      createFile(ctx.db, lib.drive.id, parent.id, name, bytes, mime, by),
      201,
    );
  }
  if (target.path.length === 0) throw itemMissing();
  allow(ctx, lib, "add");
  const name = found.missing.at(-1) ?? "";
  const folder = ctx.db.transaction(() =>
    makeFolders(ctx.db, lib.drive.id, found.parent, found.missing.slice(0, -1), by),
  )();
  return itemResponse(
    ctx,
    lib,
    createFile(ctx.db, lib.drive.id, folder.id, name, bytes, mime, by),
    201,
  );
}

function startSession(
  ctx: DriveHandlerContext,
  lib: Library,
  target: Extract<DriveTarget, { kind: "item" }>,
): GraphResponse {
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  if (typeof body !== "object" || Array.isArray(body)) {
    throw badRequest("The request body must be a JSON object.", "BadRequest");
  }
  const item = (body["item"] ?? {}) as Record<string, unknown>;
  const conflict = conflictOf(
    item["@microsoft.graph.conflictBehavior"] ??
      ctx.query.custom.get("@microsoft.graph.conflictbehavior"),
    "fail",
  );
  const found = walk(ctx, lib, target);
  const by = ensureSiteUser(ctx.db, lib.site.id, ctx.caller.user).lookupId;
  let session;
  if (target.path.length === 0) {
    if (!found.item || found.item.isFolder) throw itemMissing();
    allow(ctx, lib, "edit");
    checkIfMatch(ctx, found.item);
    session = createSession(ctx.db, {
      driveId: lib.drive.id,
      parentPath: [],
      anchorId: found.item.parentId ?? lib.drive.rootId,
      name: found.item.name,
      targetId: found.item.id,
      conflict: "replace",
      total: null,
      createdBy: by,
      deferCommit: body["deferCommit"] === true,
    });
  } else {
    const named = item["name"];
    const last = target.path.at(-1) ?? "";
    if (named !== undefined && named !== last) {
      throw badRequest("The name in the request body must match the name in the path.");
    }
    if (found.item) checkIfMatch(ctx, found.item);
    allow(ctx, lib, found.item && conflict === "replace" ? "edit" : "add");
    const fileSize = item["fileSize"];
    session = createSession(ctx.db, {
      driveId: lib.drive.id,
      parentPath: found.item ? [] : found.missing.slice(0, -1),
      anchorId: found.item ? (found.item.parentId ?? lib.drive.rootId) : found.parent.id,
      name: last,
      targetId: null,
      conflict,
      total: typeof fileSize === "number" ? fileSize : null,
      createdBy: by,
      deferCommit: body["deferCommit"] === true,
    });
  }
  return json(200, {
    "@odata.context": `${ctx.graphUrl}/$metadata#microsoft.graph.uploadSession`,
    uploadUrl: uploadUrl(ctx.origin, session.id),
    expirationDateTime: session.expires,
    nextExpectedRanges: ["0-"],
  });
}

export function handleDrive(
  ctx: DriveHandlerContext,
  route: Extract<Route, { kind: "drive" }>,
  method: string,
): GraphResponse {
  const lib = libraryOf(ctx, route.drive);
  const target = parseDriveTarget(route.rest);
  if (target.kind === "drive") {
    if (method !== "GET") throw methodNotAllowed();
    allow(ctx, lib, "read");
    rejectOptions(ctx, ["select"]);
    const rc = renderContext(ctx, lib);
    const body = applySelect(
      renderDrive(rc, usedBytes(ctx.db, lib.drive)),
      parseSelect(ctx.query.system.get("select")),
    );
    return json(200, { "@odata.context": metadata(rc, "drives/$entity"), ...body });
  }
  switch (target.action) {
    case "item": {
      if (method === "GET") {
        allow(ctx, lib, "read");
        rejectOptions(ctx, ["select", "expand"]);
        const { item } = walk(ctx, lib, target);
        if (!item) throw itemMissing();
        return itemResponse(ctx, lib, item, 200);
      }
      if (method === "DELETE") {
        allow(ctx, lib, "delete");
        const { item } = walk(ctx, lib, target);
        if (!item) throw itemMissing();
        if (item.parentId === null) throw badRequest("The root of a drive cannot be deleted.");
        checkIfMatch(ctx, item);
        const by = ensureSiteUser(ctx.db, lib.site.id, ctx.caller.user).lookupId;
        // Graph's delete recycles: the file or folder (with what it holds) goes to the bin.
        const parent = pathOf(ctx.db, item).slice(0, -1);
        recycle(ctx.db, lib.site, {
          itemType: item.isFolder ? RECYCLE_ITEM_TYPE.folder : RECYCLE_ITEM_TYPE.file,
          title: item.name,
          leafName: item.name,
          dirName: [listDirName(lib.site, lib.list), ...parent].join("/"),
          deletedBy: by,
          deletedByEmail: ctx.caller.user.upn,
          versions: item.isFolder ? 1 : item.contentVersion,
          size: item.size,
          now: nowSharePointTime(),
        });
        deleteTree(ctx.db, item, by);
        return noContent();
      }
      throw methodNotAllowed();
    }
    case "children": {
      if (method === "GET") {
        allow(ctx, lib, "read");
        const { item } = walk(ctx, lib, target);
        if (!item) throw itemMissing();
        return listChildren(ctx, lib, item);
      }
      if (method === "POST") {
        const { item } = walk(ctx, lib, target);
        if (!item) throw itemMissing();
        return createChild(ctx, lib, item);
      }
      throw methodNotAllowed();
    }
    case "content": {
      if (method === "PUT") return putContent(ctx, lib, target);
      if (method !== "GET") throw methodNotAllowed();
      allow(ctx, lib, "read");
      const { item } = walk(ctx, lib, target);
      if (!item) throw itemMissing();
      if (item.isFolder) throw badRequest("A folder has no content to download.");
      const url = renderItem(renderContext(ctx, lib), item)["@microsoft.graph.downloadUrl"];
      return { status: 302, headers: { Location: String(url) } };
    }
    case "createUploadSession":
      if (method !== "POST") throw methodNotAllowed();
      return startSession(ctx, lib, target);
  }
}
