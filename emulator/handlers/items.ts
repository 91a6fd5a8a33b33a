/** List items: create, read, update (fields), delete, with If-Match concurrency. */
import { checkList, checkScopes, type Operation } from "../identity/access";
import { GraphHttpError, badRequest, methodNotAllowed, notFound } from "../http/graph-error";
import { json, noContent, type GraphResponse } from "../http/types";
import { parseSelect } from "../odata/query-options";
import { metadata } from "../render/context";
import { itemEtag, itemsContextPath, renderFields, renderItem } from "../render/list-item";
import { bumpVersion, deleteItem, getItem, insertItems, updateItem } from "../store/items";
import { listColumns } from "../store/lists";
import { keepVersion, recycleListItem } from "../store/recycle-bin";
import type { ColumnRecord, ItemRecord, ListRecord } from "../store/model";
import { ensureSiteUser } from "../store/users";
import { nowSharePointTime } from "../util/time";
import { header, type HandlerContext } from "./context";
import { fieldsToStore } from "./field-writes";
import { itemShape, listItems } from "./item-query";
import { listContext, parseItemId, requireList } from "./resolve";

type Target = { readonly list: ListRecord; readonly columns: readonly ColumnRecord[] };

function openList(ctx: HandlerContext, listRef: string, operation: Operation): Target {
  checkScopes(ctx.directory, ctx.caller, operation);
  const list = requireList(ctx, listRef);
  checkList(ctx.directory, ctx.caller, list.displayName, operation);
  return { list, columns: listColumns(ctx.db, list.n) };
}

function requireItem(ctx: HandlerContext, t: Target, idText: string): ItemRecord {
  const item = getItem(ctx.db, t.list, t.columns, parseItemId(idText));
  if (!item) throw notFound("Item not found");
  return item;
}

/** The ETag header: the eTag without its quotes, as field notes report Graph sends it. */
const etagHeader = (item: ItemRecord): Record<string, string> => ({
  ETag: itemEtag(item).slice(1, -1),
});

/** "\"guid,3\"", "guid,3" and W/"guid,3" all name version 3 of the item; "*" names any. */
export function normaliseEtag(value: string): string {
  let v = value.trim();
  if (v.startsWith("W/")) v = v.slice(2).trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
  return v.toLowerCase();
}

function checkIfMatch(ctx: HandlerContext, item: ItemRecord): void {
  const ifMatch = header(ctx, "if-match");
  if (ifMatch === undefined || ifMatch.trim() === "*") return;
  if (normaliseEtag(ifMatch) !== normaliseEtag(itemEtag(item))) {
    throw new GraphHttpError(
      412,
      "resourceModified",
      "The resource has changed since the caller last read it; usually an eTag mismatch",
    );
  }
}

export function itemsCollection(
  ctx: HandlerContext,
  listRef: string,
  method: string,
): GraphResponse {
  if (method === "GET") {
    const t = openList(ctx, listRef, "read");
    return listItems(ctx, t.list, t.columns);
  }
  if (method !== "POST") throw methodNotAllowed();
  const t = openList(ctx, listRef, "add");
  const body = ctx.request.body;
  if (body !== undefined && (typeof body !== "object" || body === null || Array.isArray(body))) {
    throw badRequest("The request body must be a JSON object.", "BadRequest");
  }
  const values = fieldsToStore(
    t.columns,
    (body as Record<string, unknown> | undefined)?.["fields"] ?? {},
    ctx.settings.timeZone,
  );
  const author = ensureSiteUser(ctx.db, ctx.site.id, ctx.caller.user).lookupId;
  const [id] = insertItems(ctx.db, t.list, [values], author, nowSharePointTime());
  const item = getItem(ctx.db, t.list, t.columns, id ?? 0);
  if (!item) throw new Error("created item not found");
  const lc = listContext(ctx, t.list);
  return json(
    201,
    {
      "@odata.context": metadata(lc, `${itemsContextPath(lc)}/$entity`),
      ...renderItem(lc, t.columns, item, { fields: {} }),
    },
    {
      ...etagHeader(item),
      Location: `${ctx.graphUrl}/sites/${ctx.site.id}/lists/${t.list.id}/items/${item.id}`,
    },
  );
}

/** Applies a write to an item atomically: the If-Match check and the change in one transaction. */
function writeItem(
  ctx: HandlerContext,
  t: Target,
  idText: string,
  change: (item: ItemRecord, editor: number, now: string) => void,
): ItemRecord | undefined {
  // The injected concurrent edit commits on its own, whatever happens to this write.
  if (ctx.staleEtag) {
    bumpVersion(ctx.db, t.list, requireItem(ctx, t, idText).id, nowSharePointTime());
  }
  return ctx.db.transaction(() => {
    const now = nowSharePointTime();
    const before = requireItem(ctx, t, idText);
    checkIfMatch(ctx, before);
    const editor = ensureSiteUser(ctx.db, ctx.site.id, ctx.caller.user).lookupId;
    change(before, editor, now);
    return getItem(ctx.db, t.list, t.columns, before.id);
  })();
}

export function itemById(
  ctx: HandlerContext,
  listRef: string,
  idText: string,
  method: string,
): GraphResponse {
  const lc = (t: Target) => listContext(ctx, t.list);
  switch (method) {
    case "GET": {
      const t = openList(ctx, listRef, "read");
      const item = requireItem(ctx, t, idText);
      const c = lc(t);
      return json(
        200,
        {
          "@odata.context": metadata(c, `${itemsContextPath(c)}/$entity`),
          ...renderItem(c, t.columns, item, itemShape(ctx)),
        },
        etagHeader(item),
      );
    }
    case "PATCH": {
      const t = openList(ctx, listRef, "edit");
      const body = ctx.request.body;
      if (typeof body !== "object" || body === null || Array.isArray(body)) {
        throw badRequest("The request body must be a JSON object.", "BadRequest");
      }
      for (const key of Object.keys(body)) {
        if (key !== "fields" && !key.startsWith("@odata.")) {
          throw badRequest(
            `Property '${key}' cannot be updated on a list item; update its fields.`,
          );
        }
      }
      // Graph documents one answer for both forms: the updated fieldValueSet.
      return patchFields(ctx, t, idText, (body as Record<string, unknown>)["fields"] ?? {});
    }
    case "DELETE": {
      const t = openList(ctx, listRef, "delete");
      // Graph's delete recycles: the item and its versions go to the site's recycle bin.
      writeItem(ctx, t, idText, (before, editor, now) => {
        recycleListItem(
          ctx.db,
          ctx.site,
          t.list,
          before,
          { lookupId: editor, email: ctx.caller.user.upn },
          now,
        );
        deleteItem(ctx.db, t.list, before.id);
      });
      return noContent();
    }
    default:
      throw methodNotAllowed();
  }
}

/** PATCH …/fields, and PATCH …/items/{id} with {fields}: 200 with the fieldValueSet. */
function patchFields(
  ctx: HandlerContext,
  t: Target,
  idText: string,
  fields: unknown,
): GraphResponse {
  const values = fieldsToStore(t.columns, fields, ctx.settings.timeZone);
  const item = writeItem(ctx, t, idText, (before, editor, now) => {
    keepVersion(ctx.db, t.list, before);
    updateItem(ctx.db, t.list, before.id, values, editor, now);
  });
  if (!item) throw new Error("item not found after update");
  return fieldsResponse(ctx, t, item, undefined);
}

function fieldsResponse(
  ctx: HandlerContext,
  t: Target,
  item: ItemRecord,
  select: readonly string[] | undefined,
): GraphResponse {
  const c = listContext(ctx, t.list);
  return json(
    200,
    {
      "@odata.context": metadata(c, `${itemsContextPath(c)}('${item.id}')/fields/$entity`),
      ...renderFields(c, t.columns, item, select),
    },
    etagHeader(item),
  );
}

export function itemFields(
  ctx: HandlerContext,
  listRef: string,
  idText: string,
  method: string,
): GraphResponse {
  if (method === "GET") {
    const t = openList(ctx, listRef, "read");
    const select = parseSelect(ctx.query.system.get("select"));
    return fieldsResponse(ctx, t, requireItem(ctx, t, idText), select);
  }
  if (method !== "PATCH") throw methodNotAllowed();
  return patchFields(ctx, openList(ctx, listRef, "edit"), idText, ctx.request.body);
}
