/**
 * SharePoint REST over what deletes leave behind (docs/emulator.md):
 *   GET  web/RecycleBin                       the first stage: what the caller deleted (owners: all)
 *   POST web/RecycleBin('id')/DeleteObject()  first stage → second stage, as the browser does
 *   GET  site/RecycleBin                      both stages: site owners only
 *   POST site/RecycleBin('id')/DeleteObject() gone: site owners only
 *   GET  web/lists/…/items(id)/versions       the item's versions, current first
 *   DELETE …/items(id)/versions(versionId)    an earlier version (Contribute may: Delete Versions)
 *   DELETE …/items(id)                        the item and its versions, permanently (no bin)
 *   POST …/items(id)/recycle()                the item to the first stage; returns the bin id
 */
import { allows, checkList, checkScopes, siteLevel } from "../identity/access";
import { deleteItem, getItem } from "../store/items";
import { listColumns } from "../store/lists";
import type { ItemRecord, ListRecord } from "../store/model";
import {
  binItems,
  deleteFromBin,
  deleteVersion,
  dropVersions,
  earlierVersions,
  moveToSecondStage,
  recycleListItem,
  type RecycleBinItem,
} from "../store/recycle-bin";
import { ensureSiteUser } from "../store/users";
import { nowSharePointTime } from "../util/time";
import { metadataUrl, noContent, ok, type SpContext, type SpResponse } from "./context";
import { accessDenied, itemNotFound, SpError, wrongMethod } from "./errors";
import { collectionBody, entityBody, type Entity } from "./odata";

export type BinScope = "web" | "site";

/** SharePoint stores list item versions as major × 512 (VersionId), labelled "n.0". */
const VERSION_ID_STEP = 512;

/** Site owners (Full Control) see every first-stage item and the second stage. */
const isOwner = (ctx: SpContext): boolean => allows(siteLevel(ctx.directory, ctx.caller), "manage");

function visible(ctx: SpContext, scope: BinScope): RecycleBinItem[] {
  checkScopes(ctx.directory, ctx.caller, "read");
  if (scope === "site") {
    if (!isOwner(ctx)) throw accessDenied();
    return binItems(ctx.db, ctx.site, ctx.now());
  }
  const mine = (i: RecycleBinItem) => i.deletedByEmail === ctx.caller.user.upn;
  return binItems(ctx.db, ctx.site, ctx.now(), 1).filter((i) => isOwner(ctx) || mine(i));
}

function binEntity(ctx: SpContext, scope: BinScope, item: RecycleBinItem): Entity {
  const path = `${scope === "web" ? "Web" : "Site"}/RecycleBin('${item.id}')`;
  return {
    type: "SP.RecycleBinItem",
    uri: `${ctx.apiBase}/${path}`,
    editLink: path,
    props: {
      Id: item.id,
      ItemState: item.itemState,
      ItemType: item.itemType,
      Title: item.title,
      LeafName: item.leafName,
      DirName: item.dirName,
      DeletedDate: item.deletedDate,
      DeletedByEmail: item.deletedByEmail,
      Size: String(item.size),
    },
  };
}

export function readRecycleBin(ctx: SpContext, scope: BinScope): SpResponse {
  if (ctx.method !== "GET") throw wrongMethod(ctx.method, "RecycleBin");
  const entities = visible(ctx, scope).map((i) => binEntity(ctx, scope, i));
  return ok(collectionBody(entities, ctx.mode, metadataUrl(ctx, "SP.RecycleBinItem")));
}

function binItem(ctx: SpContext, scope: BinScope, id: string): RecycleBinItem {
  const wanted = id.replace(/[{}]/g, "").toLowerCase();
  const item = visible(ctx, scope).find((i) => i.id.toLowerCase() === wanted);
  if (!item)
    throw new SpError(404, "-2147024809, System.ArgumentException", "Item does not exist.");
  return item;
}

/** GET the entry, or POST DeleteObject / MoveToSecondStage / Restore on it. */
export function recycleBinItem(
  ctx: SpContext,
  scope: BinScope,
  id: string,
  action: string | undefined,
): SpResponse {
  const item = binItem(ctx, scope, id);
  if (action === undefined) {
    if (ctx.method !== "GET") throw wrongMethod(ctx.method, "RecycleBinItem");
    return ok(
      entityBody(binEntity(ctx, scope, item), ctx.mode, metadataUrl(ctx, "SP.RecycleBinItem")),
    );
  }
  if (ctx.method !== "POST") throw wrongMethod(ctx.method, action);
  checkScopes(ctx.directory, ctx.caller, "delete");
  switch (action) {
    case "deleteobject":
      // From the first stage an item moves to the second; from the second it is gone.
      if (item.itemState === 1 && scope === "web") moveToSecondStage(ctx.db, item.id);
      else deleteFromBin(ctx.db, item.id);
      return noContent();
    case "movetosecondstage":
      moveToSecondStage(ctx.db, item.id);
      return noContent();
    default:
      throw new SpError(
        400,
        "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
        `The emulator's recycle bin items do not support '${action}'.`,
      );
  }
}

function requireItem(ctx: SpContext, list: ListRecord, idText: string): ItemRecord {
  const item = /^\d{1,15}$/.test(idText)
    ? getItem(ctx.db, list, listColumns(ctx.db, list.n), Number(idText))
    : undefined;
  if (!item) throw itemNotFound();
  return item;
}

function versionEntity(
  ctx: SpContext,
  list: ListRecord,
  item: ItemRecord,
  v: { version: number; modified: string; current: boolean },
): Entity {
  const versionId = v.version * VERSION_ID_STEP;
  const path = `Web/Lists(guid'${list.id}')/Items(${item.id})/Versions(${versionId})`;
  return {
    type: "SP.ListItemVersion",
    uri: `${ctx.apiBase}/${path}`,
    editLink: path,
    props: {
      VersionId: versionId,
      VersionLabel: `${v.version}.0`,
      Created: v.modified,
      IsCurrentVersion: v.current,
    },
  };
}

/** GET items(id)/versions, or GET / DELETE items(id)/versions(versionId). */
export function itemVersions(
  ctx: SpContext,
  list: ListRecord,
  idText: string,
  versionId: string | undefined,
): SpResponse {
  const item = requireItem(ctx, list, idText);
  const all = [
    { version: item.version, modified: item.modified, current: true },
    ...earlierVersions(ctx.db, list, item.id).map((v) => ({ ...v, current: false })),
  ];
  const set = "SP.ListItemVersion";
  if (versionId === undefined) {
    if (ctx.method !== "GET") throw wrongMethod(ctx.method, "Versions");
    checkList(ctx.directory, ctx.caller, list.displayName, "read");
    const entities = all.map((v) => versionEntity(ctx, list, item, v));
    return ok(collectionBody(entities, ctx.mode, metadataUrl(ctx, set)));
  }
  const found = all.find((v) => String(v.version * VERSION_ID_STEP) === versionId);
  if (!found) throw new SpError(404, "-2147024809, System.ArgumentException", "Version not found.");
  if (ctx.method === "GET") {
    checkList(ctx.directory, ctx.caller, list.displayName, "read");
    return ok(entityBody(versionEntity(ctx, list, item, found), ctx.mode, metadataUrl(ctx, set)));
  }
  if (ctx.method !== "DELETE") throw wrongMethod(ctx.method, "Version");
  checkList(ctx.directory, ctx.caller, list.displayName, "delete");
  if (found.current) {
    throw new SpError(
      400,
      "-2146232832, Microsoft.SharePoint.SPException",
      "The current version of an item cannot be deleted; delete the item.",
    );
  }
  deleteVersion(ctx.db, list, item.id, found.version);
  return { status: 200 };
}

/** DELETE items(id): gone with its versions, never in a bin. POST items(id)/recycle(). */
export function deleteOrRecycleItem(
  ctx: SpContext,
  list: ListRecord,
  idText: string,
  recycle: boolean,
): SpResponse {
  checkList(ctx.directory, ctx.caller, list.displayName, "delete");
  const item = requireItem(ctx, list, idText);
  return ctx.db.transaction(() => {
    if (!recycle) {
      dropVersions(ctx.db, list, item.id);
      deleteItem(ctx.db, list, item.id);
      return { status: 200 };
    }
    const by = ensureSiteUser(ctx.db, ctx.site.id, ctx.caller.user).lookupId;
    const id = recycleListItem(
      ctx.db,
      ctx.site,
      list,
      item,
      { lookupId: by, email: ctx.caller.user.upn },
      nowSharePointTime(),
    );
    deleteItem(ctx.db, list, item.id);
    return ok({ value: id });
  })();
}
