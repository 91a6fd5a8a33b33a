/** The site, its lists and their columns. */
import { checkList, checkScopes, checkSite, allows, listLevel } from "../identity/access";
import { badRequest, methodNotAllowed, notFound } from "../http/graph-error";
import { json, noContent, type GraphResponse } from "../http/types";
import { parseExpand, parseSelect } from "../odata/query-options";
import { applySelect, metadata, siteSegment } from "../render/context";
import {
  columnsContext,
  listsContext,
  renderColumn,
  renderList,
  renderSite,
  siteEntityContext,
} from "../render/list";
import { SYSTEM_COLUMNS } from "../render/system-columns";
import { applyColumnPatch, parseNewColumn } from "../store/column-definitions";
import {
  addColumn,
  allLists,
  createList,
  deleteList,
  listColumns,
  replaceColumn,
} from "../store/lists";
import type { ListRecord } from "../store/model";
import { ensureSiteUser } from "../store/users";
import { ensureDrive } from "../drive/store";
import type { HandlerContext } from "./context";
import { listContext, requireList, siteContext } from "./resolve";

function rejectUnsupportedOptions(ctx: HandlerContext, allowed: readonly string[]): void {
  for (const option of ctx.query.system.keys()) {
    if (!allowed.includes(option)) {
      throw badRequest(
        `Query option '$${option}' is not supported on this resource.`,
        "BadRequest",
      );
    }
  }
}

export function getSite(ctx: HandlerContext): GraphResponse {
  checkSite(ctx.directory, ctx.caller, "read");
  rejectUnsupportedOptions(ctx, ["select"]);
  const body = applySelect(
    renderSite(siteContext(ctx)),
    parseSelect(ctx.query.system.get("select")),
  );
  return json(200, { "@odata.context": siteEntityContext(siteContext(ctx)), ...body });
}

const DISPLAY_NAME_FILTER = /^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$/i;

function withColumns(
  ctx: HandlerContext,
  list: ListRecord,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const expand = ctx.query.system.get("expand");
  if (expand === undefined) return body;
  for (const item of parseExpand(expand)) {
    if (item.name.toLowerCase() !== "columns") {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${item.name}' on type 'microsoft.graph.list'.`,
        "BadRequest",
      );
    }
    body["columns"] = allColumns(list, ctx).map((c) => applySelect(c, item.select));
  }
  return body;
}

export function getLists(ctx: HandlerContext): GraphResponse {
  checkScopes(ctx.directory, ctx.caller, "read");
  rejectUnsupportedOptions(ctx, ["select", "filter", "expand", "top"]);
  const filter = ctx.query.system.get("filter");
  let wanted: string | undefined;
  if (filter !== undefined) {
    const m = DISPLAY_NAME_FILTER.exec(filter);
    if (!m) throw badRequest("Invalid filter clause: lists filter on displayName eq '…' only.");
    wanted = (m[1] ?? "").replaceAll("''", "'").toLowerCase();
  }
  const select = parseSelect(ctx.query.system.get("select"));
  const sc = siteContext(ctx);
  // SharePoint trims the collection to the lists the user may see.
  const value = allLists(ctx.db, ctx.site.id)
    .filter((l) => allows(listLevel(ctx.directory, ctx.caller, l.displayName), "read"))
    .filter((l) => wanted === undefined || l.displayName.toLowerCase() === wanted)
    .map((l) => withColumns(ctx, l, applySelect(renderList({ ...sc, list: l }), select)));
  return json(200, { "@odata.context": listsContext(sc), value });
}

function bodyObject(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("The request body must be a JSON object.", "BadRequest");
  }
  return body as Record<string, unknown>;
}

export function postList(ctx: HandlerContext): GraphResponse {
  checkSite(ctx.directory, ctx.caller, "manage");
  const body = bodyObject(ctx.request.body);
  const displayName = body["displayName"];
  if (typeof displayName !== "string" || displayName.trim() === "") {
    throw badRequest("Property 'displayName' is required.");
  }
  const facet = body["list"];
  let template: "genericList" | "documentLibrary" = "genericList";
  if (facet !== undefined && facet !== null) {
    const asked = bodyObject(facet)["template"];
    if (asked === "documentLibrary") template = "documentLibrary";
    else if (asked !== undefined && asked !== "genericList") {
      throw badRequest(
        `The emulator creates genericList lists and documentLibrary libraries only, not '${JSON.stringify(asked)}'.`,
      );
    }
  }
  const rawColumns = body["columns"] ?? [];
  if (!Array.isArray(rawColumns)) throw badRequest("Property 'columns' must be an array.");
  const description = body["description"];
  if (description !== undefined && typeof description !== "string") {
    throw badRequest("Property 'description' must be a string.");
  }
  const author = ensureSiteUser(ctx.db, ctx.site.id, ctx.caller.user);
  const list = createList(
    ctx.db,
    ctx.site,
    {
      displayName: displayName.trim(),
      description: description ?? "",
      columns: rawColumns.map(parseNewColumn),
      template,
    },
    author.lookupId,
  );
  // A library's files live in its drive (Graph's /lists/{id}/drive).
  if (template === "documentLibrary") ensureDrive(ctx.db, list, author.lookupId);
  const lc = listContext(ctx, list);
  return json(
    201,
    { "@odata.context": metadata(lc, `${siteSegment(ctx.site)}/lists/$entity`), ...renderList(lc) },
    { Location: `${ctx.graphUrl}/sites/${ctx.site.id}/lists/${list.id}` },
  );
}

export function getList(ctx: HandlerContext, listRef: string): GraphResponse {
  checkScopes(ctx.directory, ctx.caller, "read");
  rejectUnsupportedOptions(ctx, ["select", "expand"]);
  const list = requireList(ctx, listRef);
  checkList(ctx.directory, ctx.caller, list.displayName, "read");
  const lc = listContext(ctx, list);
  const body = applySelect(renderList(lc), parseSelect(ctx.query.system.get("select")));
  return json(200, {
    "@odata.context": metadata(lc, `${siteSegment(ctx.site)}/lists/$entity`),
    ...withColumns(ctx, list, body),
  });
}

export function removeList(ctx: HandlerContext, listRef: string): GraphResponse {
  checkScopes(ctx.directory, ctx.caller, "manage");
  const list = requireList(ctx, listRef);
  checkList(ctx.directory, ctx.caller, list.displayName, "manage");
  deleteList(ctx.db, list);
  return noContent();
}

function allColumns(list: ListRecord, ctx: HandlerContext): Record<string, unknown>[] {
  return [...listColumns(ctx.db, list.n).map(renderColumn), ...SYSTEM_COLUMNS];
}

export function getColumns(ctx: HandlerContext, listRef: string): GraphResponse {
  checkScopes(ctx.directory, ctx.caller, "read");
  rejectUnsupportedOptions(ctx, ["select", "filter", "top"]);
  const list = requireList(ctx, listRef);
  checkList(ctx.directory, ctx.caller, list.displayName, "read");
  const select = parseSelect(ctx.query.system.get("select"));
  const showHidden = select?.some((s) => s.toLowerCase() === "hidden") ?? false;
  const value = allColumns(list, ctx)
    .filter((c) => showHidden || c["hidden"] !== true)
    .map((c) => applySelect(c, select));
  return json(200, { "@odata.context": columnsContext(listContext(ctx, list)), value });
}

export function postColumn(ctx: HandlerContext, listRef: string): GraphResponse {
  checkScopes(ctx.directory, ctx.caller, "manage");
  const list = requireList(ctx, listRef);
  checkList(ctx.directory, ctx.caller, list.displayName, "manage");
  const by = ensureSiteUser(ctx.db, ctx.site.id, ctx.caller.user).lookupId;
  const column = addColumn(ctx.db, list, parseNewColumn(ctx.request.body), by);
  return json(201, {
    "@odata.context": `${columnsContext(listContext(ctx, list))}/$entity`,
    ...renderColumn(column),
  });
}

export function columnById(
  ctx: HandlerContext,
  listRef: string,
  columnId: string,
  method: string,
): GraphResponse {
  const writing = method === "PATCH";
  if (method !== "GET" && !writing) throw methodNotAllowed();
  checkScopes(ctx.directory, ctx.caller, writing ? "manage" : "read");
  const list = requireList(ctx, listRef);
  checkList(ctx.directory, ctx.caller, list.displayName, writing ? "manage" : "read");
  const own = listColumns(ctx.db, list.n).find(
    (c) => c.id.toLowerCase() === columnId.toLowerCase(),
  );
  const system = SYSTEM_COLUMNS.find((c) => c["id"] === columnId.toLowerCase());
  if (!own && !system) throw notFound("Item not found");
  const context = `${columnsContext(listContext(ctx, list))}/$entity`;
  if (!writing)
    return json(200, { "@odata.context": context, ...(own ? renderColumn(own) : system) });
  if (!own) throw badRequest(`Column '${String(system?.["name"])}' is read-only.`);
  const next = applyColumnPatch(own, ctx.request.body);
  replaceColumn(ctx.db, list, next, ensureSiteUser(ctx.db, ctx.site.id, ctx.caller.user).lookupId);
  return json(200, { "@odata.context": context, ...renderColumn(next) });
}
