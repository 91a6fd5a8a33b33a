/**
 * Views and their fields through SharePoint REST: create (POST views, POST views/add), read,
 * update (MERGE), delete, SetViewXml, and the ViewFields methods. Every write needs Manage Lists
 * on the list ("add or remove public views of a list", SP.PermissionKind).
 */
import { parseViewXml, normaliseViewQuery, parseViewQuery, fieldsNamed } from "./caml";
import type { SpContext } from "./context";
import { badQuery, fieldNotFound, unknownCamlField, unknownProperty, type SpError } from "./errors";
import { findField, spFields } from "./fields";
import { readBody } from "./odata";
import { listViews, newView, saveView, type ViewRecord } from "./store";
import type { ListRecord } from "../store/model";
import { listColumns } from "../store/lists";

/** SP.View properties a client may set, and how each maps onto the stored view. */
const WRITABLE: Record<string, (v: unknown) => Partial<ViewRecord>> = {
  title: (v) => ({ title: str(v, "Title") }),
  viewquery: (v) => ({ viewQuery: str(v, "ViewQuery") }),
  rowlimit: (v) => ({ rowLimit: rowLimit(v) }),
  paged: (v) => ({ paged: bool(v, "Paged") }),
  defaultview: (v) => ({ defaultView: bool(v, "DefaultView") }),
  hidden: (v) => ({ hidden: bool(v, "Hidden") }),
  scope: (v) => ({ scope: int(v, "Scope") }),
  customformatter: (v) => ({ customFormatter: v === null ? "" : str(v, "CustomFormatter") }),
  jslink: (v) => ({ jsLink: str(v, "JSLink") }),
  mobileview: (v) => ({ mobileView: bool(v, "MobileView") }),
  mobiledefaultview: (v) => ({ mobileDefaultView: bool(v, "MobileDefaultView") }),
  tabularview: (v) => ({ tabularView: bool(v, "TabularView") }),
  includerootfolder: (v) => ({ includeRootFolder: bool(v, "IncludeRootFolder") }),
  aggregations: (v) => ({ aggregations: v === null ? null : str(v, "Aggregations") }),
  aggregationsstatus: (v) => ({
    aggregationsStatus: v === null ? null : str(v, "AggregationsStatus"),
  }),
};

/** SP.View properties that exist but are computed or fixed. */
const READ_ONLY = new Set([
  "id",
  "serverrelativeurl",
  "listviewxml",
  "htmlschemaxml",
  "baseviewid",
  "viewtype",
  "readonlyview",
  "imageurl",
  "viewfields",
]);

function str(v: unknown, name: string): string {
  if (typeof v !== "string") throw badQuery(`The property '${name}' must be a string.`);
  return v;
}
function bool(v: unknown, name: string): boolean {
  if (typeof v !== "boolean") throw badQuery(`The property '${name}' must be a boolean.`);
  return v;
}
function int(v: unknown, name: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw badQuery(`The property '${name}' must be a whole number.`);
  }
  return v;
}
function rowLimit(v: unknown): number {
  const n = int(typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v, "RowLimit");
  // SP.View.rowLimit: "equal to or less than 2147483647".
  if (n < 0 || n > 2147483647) throw badQuery("RowLimit must be between 0 and 2147483647.");
  return n;
}

/** A stored query must name fields the list has (SharePoint would fail when rendering it). */
function checkedQuery(ctx: SpContext, list: ListRecord, query: string): string {
  const normalised = normaliseViewQuery(query);
  const fields = spFields(listColumns(ctx.db, list.n));
  for (const name of fieldsNamed(parseViewQuery(normalised))) {
    if (!fields.some((f) => f.internalName === name)) throw unknownCamlField();
  }
  return normalised;
}

function applyProps(
  ctx: SpContext,
  list: ListRecord,
  view: ViewRecord,
  props: Record<string, unknown>,
  type = "SP.View",
): ViewRecord {
  let next = view;
  for (const [key, value] of Object.entries(props)) {
    const k = key.toLowerCase();
    if (k === "personalview") {
      if (value === true) throw personalViews();
      continue;
    }
    const write = WRITABLE[k];
    if (!write) {
      if (READ_ONLY.has(k)) throw badQuery(`The property '${key}' of SP.View cannot be set.`);
      throw unknownProperty(key, type);
    }
    next = { ...next, ...write(value) };
  }
  if (next.title.trim() === "") throw badQuery("A view needs a title.");
  return next.viewQuery === view.viewQuery && view.viewQuery !== ""
    ? next
    : { ...next, viewQuery: checkedQuery(ctx, list, next.viewQuery) };
}

const personalViews = (): SpError =>
  badQuery("The emulator keeps public views only; PersonalView must be false.");

/**
 * The list's views, with "All Items" made on first use: SharePoint gives every new list one,
 * showing Title and every column, as the default.
 */
export function viewsOf(ctx: SpContext, list: ListRecord): ViewRecord[] {
  const views = listViews(ctx.db, list.n);
  if (views.length > 0) return views;
  const columns = listColumns(ctx.db, list.n).filter((c) => c.name !== "Title" && !c.hidden);
  const allItems = newView([], "All Items", ["LinkTitle", ...columns.map((c) => c.name)], {
    urlName: "AllItems",
    defaultView: true,
    viewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    mobileView: true,
    mobileDefaultView: true,
  });
  saveView(ctx.db, list.n, allItems);
  return [allItems];
}

/** POST …/views with SP.View properties (what PnPjs sends). */
export function createView(ctx: SpContext, list: ListRecord): ViewRecord {
  const body = readBody(ctx.body, ctx.verboseBody, ["SP.View"]);
  const views = viewsOf(ctx, list);
  const title = typeof body["Title"] === "string" ? body["Title"] : "";
  const fields = views.find((v) => v.defaultView)?.viewFields ?? ["LinkTitle"];
  const view = applyProps(ctx, list, newView(views, title, fields), body);
  saveView(ctx.db, list.n, view);
  return view;
}

/** POST …/views/add with {"parameters": SP.ViewCreationInformation}. */
export function addView(ctx: SpContext, list: ListRecord): ViewRecord {
  const body = readBody(ctx.body, ctx.verboseBody, [], {
    property: "parameters",
    types: ["SP.ViewCreationInformation"],
  });
  const p = body["parameters"];
  if (typeof p !== "object" || p === null || Array.isArray(p)) {
    throw badQuery("The parameter 'parameters' is missing from the request body.");
  }
  const params = p as Record<string, unknown>;
  const views = viewsOf(ctx, list);
  let view = newView(views, "", []);
  for (const [key, value] of Object.entries(params)) {
    switch (key.toLowerCase()) {
      case "title":
        view = {
          ...view,
          title: str(value, "Title"),
          urlName: newView(views, str(value, "Title"), []).urlName,
        };
        break;
      case "query":
        view = { ...view, viewQuery: value === null ? "" : str(value, "Query") };
        break;
      case "viewfields":
        if (!Array.isArray(value) || !value.every((f) => typeof f === "string")) {
          throw badQuery("ViewFields must be an array of field names.");
        }
        view = { ...view, viewFields: resolveFields(ctx, list, value) };
        break;
      case "rowlimit":
        view = { ...view, rowLimit: rowLimit(value) };
        break;
      case "paged":
        view = { ...view, paged: bool(value, "Paged") };
        break;
      case "setasdefaultview":
        view = { ...view, defaultView: bool(value, "SetAsDefaultView") };
        break;
      case "personalview":
        if (value === true) throw personalViews();
        break;
      case "viewtypekind":
        // SP.ViewType: 0 none, 1 html; the emulator makes standard (HTML) views only.
        if (value !== 0 && value !== 1) {
          throw badQuery("The emulator creates standard views only (ViewTypeKind 1, html).");
        }
        break;
      case "viewtype2":
      case "baseviewid":
      case "viewdata":
      case "calendarviewstyles":
      case "associatedcontenttypeid":
        break;
      default:
        throw unknownProperty(key, "SP.ViewCreationInformation");
    }
  }
  if (view.title.trim() === "") throw badQuery("A view needs a title.");
  view = { ...view, viewQuery: checkedQuery(ctx, list, view.viewQuery) };
  saveView(ctx.db, list.n, view);
  return view;
}

export function updateView(ctx: SpContext, list: ListRecord, view: ViewRecord): void {
  const body = readBody(ctx.body, ctx.verboseBody, ["SP.View"]);
  saveView(ctx.db, list.n, applyProps(ctx, list, view, body));
}

/** SetViewXml: the whole definition (query, fields, row limit) from one <View> element. */
export function setViewXml(ctx: SpContext, list: ListRecord, view: ViewRecord): void {
  const body = readBody(ctx.body, false, []);
  const xml = body["viewXml"] ?? body["ViewXml"];
  if (typeof xml !== "string") throw badQuery("The parameter 'viewXml' is missing.");
  const parsed = parseViewXml(xml);
  const query = /<Query>([\s\S]*)<\/Query>/.exec(xml)?.[1] ?? "";
  saveView(ctx.db, list.n, {
    ...view,
    viewQuery: checkedQuery(ctx, list, query),
    viewFields: parsed.viewFields ? resolveFields(ctx, list, parsed.viewFields) : view.viewFields,
    rowLimit: parsed.rowLimit ?? view.rowLimit,
  });
}

/** Field names as a view stores them: the internal name, for a name or a title given. */
function resolveFields(ctx: SpContext, list: ListRecord, names: readonly string[]): string[] {
  const fields = spFields(listColumns(ctx.db, list.n));
  return names.map((n) => {
    const f = findField(fields, n);
    if (!f) throw fieldNotFound(n);
    return f.internalName;
  });
}

export type ViewFieldOp =
  | { readonly op: "add"; readonly field: string }
  | { readonly op: "remove"; readonly field: string }
  | { readonly op: "removeAll" }
  | { readonly op: "move" };

export function changeViewFields(
  ctx: SpContext,
  list: ListRecord,
  view: ViewRecord,
  change: ViewFieldOp,
): void {
  let fields = [...view.viewFields];
  switch (change.op) {
    case "add": {
      const [name] = resolveFields(ctx, list, [change.field]);
      if (name !== undefined && !fields.includes(name)) fields.push(name);
      break;
    }
    case "remove": {
      const [name] = resolveFields(ctx, list, [change.field]);
      fields = fields.filter((f) => f !== name);
      break;
    }
    case "removeAll":
      fields = [];
      break;
    case "move": {
      const body = readBody(ctx.body, false, []);
      const field = body["field"];
      const index = body["index"];
      if (typeof field !== "string" || typeof index !== "number" || !Number.isInteger(index)) {
        throw badQuery('moveviewfieldto takes {"field": name, "index": number}.');
      }
      const [name] = resolveFields(ctx, list, [field]);
      const at = fields.indexOf(name ?? "");
      if (at < 0) throw fieldNotFound(field);
      fields.splice(at, 1);
      fields.splice(Math.max(0, Math.min(index, fields.length)), 0, name ?? field);
      break;
    }
  }
  saveView(ctx.db, list.n, { ...view, viewFields: fields });
}
