/**
 * Which resource a SharePoint REST path names, and what each method does to it. The paths follow
 * Microsoft's REST reference: web, lists/GetByTitle('…'), lists(guid'…'), fields/
 * getbyinternalnameortitle('…'), views/getbytitle('…'), views(guid'…'), defaultview, viewfields/
 * addviewfield('…'), GetItems, contextinfo (docs/emulator.md lists them with their sources).
 */
import { applyColumnPatch } from "../store/column-definitions";
import {
  allLists,
  deleteList,
  findList,
  itemCount,
  listColumns,
  replaceColumn,
} from "../store/lists";
import type { ListRecord } from "../store/model";
import { ensureSiteUser } from "../store/users";
import { allows, checkList, checkSite, checkScopes, listLevel } from "../identity/access";
import {
  metadataUrl,
  noContent,
  ok,
  selectOption,
  expandOption,
  type SpContext,
  type SpResponse,
} from "./context";
import { fieldEntity, listEntity, viewEntity, viewFieldsEntity, webEntity } from "./entities";
import {
  badQuery,
  fieldNotFound,
  listNotFound,
  SpError,
  unknownProperty,
  unknownResource,
  viewNotFound,
  wrongMethod,
} from "./errors";
import { findField, spFields, type SpField } from "./fields";
import { allItems, getItems, oneItem } from "./items";
import {
  collectionBody,
  complexBody,
  entityBody,
  propertyBody,
  readBody,
  voidBody,
  type Entity,
} from "./odata";
import type { Segment } from "./path";
import {
  type BinScope,
  deleteOrRecycleItem,
  itemVersions,
  readRecycleBin,
  recycleBinItem,
} from "./recycle-resources";
import { roleDefinitionEntities, timeZoneEntity } from "./site-settings";
import { deleteView, fieldFormatter, setFieldFormatter, type ViewRecord } from "./store";
import { addView, changeViewFields, createView, setViewXml, updateView, viewsOf } from "./views";

type Node =
  | { readonly k: "root" }
  | { readonly k: "web" }
  | { readonly k: "lists" }
  | { readonly k: "list"; readonly list: ListRecord }
  | { readonly k: "fields"; readonly list: ListRecord }
  | { readonly k: "field"; readonly list: ListRecord; readonly field: SpField }
  | { readonly k: "views"; readonly list: ListRecord }
  | { readonly k: "view"; readonly list: ListRecord; readonly view: ViewRecord }
  | { readonly k: "viewfields"; readonly list: ListRecord; readonly view: ViewRecord }
  | { readonly k: "items"; readonly list: ListRecord }
  | { readonly k: "item"; readonly list: ListRecord; readonly id: string }
  | { readonly k: "roledefinitions" }
  | { readonly k: "regionalsettings" }
  | { readonly k: "timezone" }
  | { readonly k: "site" }
  | { readonly k: "recycleBin"; readonly scope: BinScope }
  | { readonly k: "recycleBinItem"; readonly scope: BinScope; readonly id: string }
  | { readonly k: "versions"; readonly list: ListRecord; readonly id: string }
  | {
      readonly k: "version";
      readonly list: ListRecord;
      readonly id: string;
      readonly versionId: string;
    };

type Action =
  | "contextinfo"
  | "viewsAdd"
  | "getItems"
  | "setViewXml"
  | "addViewField"
  | "removeViewField"
  | "removeAllViewFields"
  | "moveViewFieldTo";

type Target =
  | { readonly t: "node"; readonly node: Node }
  | {
      readonly t: "binAction";
      readonly node: Node & { k: "recycleBinItem" };
      readonly name: string;
    }
  | { readonly t: "recycle"; readonly list: ListRecord; readonly id: string }
  | { readonly t: "property"; readonly node: Node; readonly name: string }
  | { readonly t: "action"; readonly node: Node; readonly action: Action; readonly arg?: string };

const arg = (s: Segment): string => {
  const a = s.args?.[0];
  if (a === undefined) throw badQuery(`${s.raw} needs an argument.`);
  return a;
};

function requireList(ctx: SpContext, idOrTitle: string): ListRecord {
  const list = findList(ctx.db, ctx.site.id, idOrTitle);
  if (!list) throw listNotFound(idOrTitle, ctx.webUrl);
  checkList(ctx.directory, ctx.caller, list.displayName, "read");
  return list;
}

function requireView(
  ctx: SpContext,
  list: ListRecord,
  pick: (v: ViewRecord) => boolean,
): ViewRecord {
  const view = viewsOf(ctx, list).find(pick);
  if (!view) throw viewNotFound();
  return view;
}

function requireField(
  ctx: SpContext,
  list: ListRecord,
  pick: (f: SpField) => boolean,
  name: string,
): SpField {
  const field = spFields(listColumns(ctx.db, list.n)).find(pick);
  if (!field) throw fieldNotFound(name);
  return field;
}

const sameGuid = (a: string, b: string): boolean =>
  a.replace(/[{}]/g, "").toLowerCase() === b.replace(/[{}]/g, "").toLowerCase();

const binStep = (scope: BinScope, s: Segment): Node =>
  s.args ? { k: "recycleBinItem", scope, id: arg(s) } : { k: "recycleBin", scope };

/** Walks the segments to the resource (or method, or property) they name. */
function resolve(ctx: SpContext, segments: readonly Segment[]): Target {
  let node = { k: "root" } as Node;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const last = i === segments.length - 1;
    const step = (next: Node): void => {
      node = next;
    };
    switch (node.k) {
      case "root":
        if (s.name === "web") step({ k: "web" });
        else if (s.name === "site") step({ k: "site" });
        else if (s.name === "contextinfo" && last)
          return { t: "action", node, action: "contextinfo" };
        else throw unknownResource(s.raw);
        break;
      case "site":
        if (s.name === "recyclebin") step(binStep("site", s));
        else throw unknownResource(s.raw);
        break;
      case "recycleBin":
        throw unknownResource(s.raw);
      case "recycleBinItem":
        if (last) return { t: "binAction", node, name: s.name };
        throw unknownResource(s.raw);
      case "versions":
        if (s.args && last) {
          return {
            t: "node",
            node: { k: "version", list: node.list, id: node.id, versionId: arg(s) },
          };
        }
        throw unknownResource(s.raw);
      case "version":
        throw unknownResource(s.raw);
      case "web":
        if (s.name === "recyclebin") step(binStep("web", s));
        else if (s.name === "lists")
          step(s.args ? { k: "list", list: requireList(ctx, arg(s)) } : { k: "lists" });
        else if (s.name === "getlist") {
          const url = arg(s).replace(/\/+$/, "");
          const name = url.split("/").at(-1) ?? "";
          const list = allLists(ctx.db, ctx.site.id).find(
            (l) => l.name.toLowerCase() === name.toLowerCase(),
          );
          if (!list) throw listNotFound(url, ctx.webUrl);
          step({ k: "list", list: requireList(ctx, list.id) });
        } else if (s.name === "roledefinitions") step({ k: "roledefinitions" });
        else if (s.name === "regionalsettings") step({ k: "regionalsettings" });
        else if (last) return { t: "property", node, name: s.raw };
        else throw unknownResource(s.raw);
        break;
      case "regionalsettings":
        if (s.name === "timezone") step({ k: "timezone" });
        else throw unknownResource(s.raw);
        break;
      case "roledefinitions":
      case "timezone":
        if (last && node.k === "timezone") return { t: "property", node, name: s.raw };
        throw unknownResource(s.raw);
      case "lists":
        if (s.name === "getbytitle" || s.name === "getbyid")
          step({ k: "list", list: requireList(ctx, arg(s)) });
        else throw unknownResource(s.raw);
        break;
      case "list": {
        const list = node.list;
        if (s.name === "fields") {
          step(
            s.args
              ? {
                  k: "field",
                  list,
                  field: requireField(ctx, list, (f) => sameGuid(f.id, arg(s)), arg(s)),
                }
              : { k: "fields", list },
          );
        } else if (s.name === "views") {
          step(
            s.args
              ? { k: "view", list, view: requireView(ctx, list, (v) => sameGuid(v.id, arg(s))) }
              : { k: "views", list },
          );
        } else if (s.name === "defaultview") {
          step({ k: "view", list, view: requireView(ctx, list, (v) => v.defaultView) });
        } else if (s.name === "getview") {
          step({ k: "view", list, view: requireView(ctx, list, (v) => sameGuid(v.id, arg(s))) });
        } else if (s.name === "items") {
          step(s.args ? { k: "item", list, id: arg(s) } : { k: "items", list });
        } else if (s.name === "getitems" && last) {
          return { t: "action", node, action: "getItems" };
        } else if (last) return { t: "property", node, name: s.raw };
        else throw unknownResource(s.raw);
        break;
      }
      case "fields": {
        const list = node.list;
        const name = s.args ? arg(s) : "";
        if (s.name === "getbyinternalnameortitle") {
          const field = findField(spFields(listColumns(ctx.db, list.n)), name);
          if (!field) throw fieldNotFound(name);
          step({ k: "field", list, field });
        } else if (s.name === "getbytitle") {
          step({
            k: "field",
            list,
            field: requireField(
              ctx,
              list,
              (f) => f.title.toLowerCase() === name.toLowerCase(),
              name,
            ),
          });
        } else if (s.name === "getbyid") {
          step({
            k: "field",
            list,
            field: requireField(ctx, list, (f) => sameGuid(f.id, name), name),
          });
        } else throw unknownResource(s.raw);
        break;
      }
      case "views": {
        const list = node.list;
        if (s.name === "getbytitle") {
          // View titles match exactly (PnPjs documents getByTitle as case-sensitive).
          const title = arg(s);
          step({ k: "view", list, view: requireView(ctx, list, (v) => v.title === title) });
        } else if (s.name === "getbyid") {
          step({ k: "view", list, view: requireView(ctx, list, (v) => sameGuid(v.id, arg(s))) });
        } else if (s.name === "add" && last) return { t: "action", node, action: "viewsAdd" };
        else throw unknownResource(s.raw);
        break;
      }
      case "view":
        if (s.name === "viewfields") step({ k: "viewfields", list: node.list, view: node.view });
        else if (s.name === "setviewxml" && last)
          return { t: "action", node, action: "setViewXml" };
        else if (last) return { t: "property", node, name: s.raw };
        else throw unknownResource(s.raw);
        break;
      case "viewfields": {
        if (!last) throw unknownResource(s.raw);
        const actions: Record<string, Action> = {
          addviewfield: "addViewField",
          removeviewfield: "removeViewField",
          removeallviewfields: "removeAllViewFields",
          moveviewfieldto: "moveViewFieldTo",
        };
        const action = actions[s.name];
        if (action)
          return {
            t: "action",
            node,
            action,
            ...(s.args?.[0] === undefined ? {} : { arg: s.args[0] }),
          };
        return { t: "property", node, name: s.raw };
      }
      case "item":
        if (s.name === "versions") {
          step(
            s.args
              ? { k: "version", list: node.list, id: node.id, versionId: arg(s) }
              : { k: "versions", list: node.list, id: node.id },
          );
        } else if (s.name === "recycle" && last)
          return { t: "recycle", list: node.list, id: node.id };
        else if (last) return { t: "property", node, name: s.raw };
        else throw unknownResource(s.raw);
        break;
      case "field":
        if (last) return { t: "property", node, name: s.raw };
        throw unknownResource(s.raw);
      case "items":
        throw unknownResource(s.raw);
    }
  }
  return { t: "node", node };
}

// ---- Entities of nodes ----------------------------------------------------------------------

function listOf(ctx: SpContext, list: ListRecord): Entity {
  return listEntity(
    ctx,
    list,
    itemCount(ctx.db, list),
    viewsOf(ctx, list).find((v) => v.defaultView),
  );
}

function fieldOf(ctx: SpContext, list: ListRecord, field: SpField): Entity {
  return fieldEntity(ctx, list, field, fieldFormatter(ctx.db, list.n, field.internalName));
}

function entityOf(ctx: SpContext, node: Node): { entity: Entity; set: string } {
  switch (node.k) {
    case "web":
      return { entity: webEntity(ctx), set: "SP.Web" };
    case "list":
      return { entity: listOf(ctx, node.list), set: "SP.ApiData.Lists" };
    case "field":
      return { entity: fieldOf(ctx, node.list, node.field), set: "SP.ApiData.Fields" };
    case "view":
      return { entity: viewEntity(ctx, node.list, node.view), set: "SP.ApiData.Views" };
    case "viewfields":
      return {
        entity: viewFieldsEntity(ctx, node.list, node.view),
        set: "SP.ApiData.ViewFieldCollections",
      };
    case "item":
      return {
        entity: oneItem(ctx, node.list, node.id),
        set: `SP.Data.${node.list.name}ListItems`,
      };
    case "timezone":
      return { entity: timeZoneEntity(ctx), set: "SP.TimeZone" };
    case "root":
    case "roledefinitions":
    case "regionalsettings":
    case "lists":
    case "fields":
    case "views":
    case "items":
    case "site":
    case "recycleBin":
    case "recycleBinItem":
    case "versions":
    case "version":
      throw unknownResource(node.k);
  }
}

function collectionOf(ctx: SpContext, node: Node): { entities: Entity[]; set: string } | undefined {
  switch (node.k) {
    case "lists":
      return {
        entities: allLists(ctx.db, ctx.site.id)
          .filter((l) => allows(listLevel(ctx.directory, ctx.caller, l.displayName), "read"))
          .map((l) => listOf(ctx, l)),
        set: "SP.ApiData.Lists",
      };
    case "fields":
      return {
        entities: spFields(listColumns(ctx.db, node.list.n)).map((f) => fieldOf(ctx, node.list, f)),
        set: "SP.ApiData.Fields",
      };
    case "views":
      return {
        entities: viewsOf(ctx, node.list).map((v) => viewEntity(ctx, node.list, v)),
        set: "SP.ApiData.Views",
      };
    case "items":
      return { entities: allItems(ctx, node.list), set: `SP.Data.${node.list.name}ListItems` };
    case "roledefinitions":
      return { entities: roleDefinitionEntities(ctx), set: "SP.ApiData.RoleDefinitions" };
    case "regionalsettings":
    case "timezone":
    case "root":
    case "web":
    case "list":
    case "field":
    case "view":
    case "viewfields":
    case "item":
    case "site":
    case "recycleBin":
    case "recycleBinItem":
    case "versions":
    case "version":
      return undefined;
  }
}

/** A simple $filter on a collection: `Prop eq 'value'` (or a number or true/false), joined by and. */
function filterEntities(ctx: SpContext, entities: Entity[]): Entity[] {
  const filter = ctx.query.get("filter");
  if (filter === undefined) return entities;
  const clauses = filter.split(/\s+and\s+/i).map((c) => {
    const m = /^\s*([A-Za-z]\w*)\s+(eq|ne)\s+(?:'((?:[^']|'')*)'|(\d+)|(true|false))\s*$/i.exec(c);
    if (!m?.[1] || !m[2])
      throw badQuery(
        `The emulator filters SharePoint collections on "Property eq 'value'" only, not '${c}'.`,
      );
    const value =
      m[3] !== undefined
        ? m[3].replaceAll("''", "'")
        : m[4] !== undefined
          ? Number(m[4])
          : m[5]?.toLowerCase() === "true";
    return { prop: m[1], ne: m[2].toLowerCase() === "ne", value };
  });
  return entities.filter((e) =>
    clauses.every(({ prop, ne, value }) => {
      const key = Object.keys(e.props).find((k) => k.toLowerCase() === prop.toLowerCase());
      if (key === undefined) throw unknownProperty(prop, e.type);
      return (e.props[key] === value) !== ne;
    }),
  );
}

/** The recycle bins and item versions (recycle-resources.ts), and DELETE on an item. */
function leftoversOf(ctx: SpContext, node: Node): SpResponse | undefined {
  if (node.k === "recycleBin") return readRecycleBin(ctx, node.scope);
  if (node.k === "recycleBinItem") return recycleBinItem(ctx, node.scope, node.id, undefined);
  if (node.k === "versions") return itemVersions(ctx, node.list, node.id, undefined);
  if (node.k === "version") return itemVersions(ctx, node.list, node.id, node.versionId);
  if (node.k === "item" && ctx.method === "DELETE") {
    return deleteOrRecycleItem(ctx, node.list, node.id, false);
  }
  return undefined;
}

// ---- Methods --------------------------------------------------------------------------------

function checkManage(ctx: SpContext, list: ListRecord): void {
  checkScopes(ctx.directory, ctx.caller, "manage");
  checkList(ctx.directory, ctx.caller, list.displayName, "manage");
}

function read(ctx: SpContext, node: Node): SpResponse {
  if (node.k === "root") throw unknownResource("_api");
  if (node.k === "web") checkSite(ctx.directory, ctx.caller, "read");
  else checkScopes(ctx.directory, ctx.caller, "read");
  const options = { select: selectOption(ctx), expand: expandOption(ctx) };
  const collection = collectionOf(ctx, node);
  if (collection) {
    const { entities, set } = collection;
    return ok(
      collectionBody(filterEntities(ctx, entities), ctx.mode, metadataUrl(ctx, set), options),
    );
  }
  const { entity, set } = entityOf(ctx, node);
  return ok(entityBody(entity, ctx.mode, metadataUrl(ctx, set), options));
}

function readProperty(ctx: SpContext, node: Node, name: string): SpResponse {
  checkScopes(ctx.directory, ctx.caller, "read");
  const { entity } = entityOf(ctx, node);
  const nav = Object.entries(entity.nav ?? {}).find(
    ([k]) => k.toLowerCase() === name.toLowerCase(),
  );
  if (nav) {
    // A navigation property read directly: the list's Fields, Views, Items, DefaultView.
    throw unknownResource(name);
  }
  const key = Object.keys(entity.props).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) throw unknownResource(name);
  return ok(propertyBody(key, entity.props[key], ctx.mode, `${metadataUrl(ctx, "Edm.String")}`));
}

/** MERGE on a field: CustomFormatter (SharePoint's column formatting), and the column's own flags. */
function updateField(ctx: SpContext, list: ListRecord, field: SpField): SpResponse {
  checkManage(ctx, list);
  const body = readBody(ctx.body, ctx.verboseBody, [field.type, "SP.Field"]);
  const patch: Record<string, unknown> = {};
  const names: Record<string, string> = {
    title: "displayName",
    description: "description",
    hidden: "hidden",
    indexed: "indexed",
    required: "required",
    enforceuniquevalues: "enforceUniqueValues",
  };
  let formatter: string | undefined;
  for (const [key, value] of Object.entries(body)) {
    const k = key.toLowerCase();
    if (k === "customformatter") {
      if (value !== null && typeof value !== "string")
        throw badQuery("CustomFormatter must be a string.");
      formatter = value ?? "";
    } else if (names[k]) {
      if (!field.column)
        throw badQuery(`The built-in field '${field.internalName}' keeps its '${key}'.`);
      patch[names[k]] = value;
    } else {
      throw unknownProperty(key, field.type);
    }
  }
  if (field.column && Object.keys(patch).length > 0) {
    const by = ensureSiteUser(ctx.db, ctx.site.id, ctx.caller.user).lookupId;
    replaceColumn(ctx.db, list, applyColumnPatch(field.column, patch), by);
  }
  if (formatter !== undefined) setFieldFormatter(ctx.db, list.n, field.internalName, formatter);
  return noContent();
}

function runAction(
  ctx: SpContext,
  node: Node,
  action: Action,
  argument: string | undefined,
): SpResponse {
  if (ctx.method !== "POST") {
    throw wrongMethod(ctx.method, action === "contextinfo" ? "GetContextWebInformation" : action);
  }
  if (action === "contextinfo") {
    checkScopes(ctx.directory, ctx.caller, "read");
    const webFullUrl = ctx.apiBase.replace(/\/_api$/, "");
    return ok(
      complexBody(
        "GetContextWebInformation",
        "SP.ContextWebInformation",
        {
          FormDigestTimeoutSeconds: 1800,
          FormDigestValue: `0x${Buffer.from(ctx.caller.user.id).toString("hex").slice(0, 32).toUpperCase()},${ctx.now().toUTCString()}`,
          LibraryVersion: "16.0.0.0",
          SiteFullUrl: webFullUrl,
          SupportedSchemaVersions: ["14.0.0.0", "15.0.0.0"],
          WebFullUrl: webFullUrl,
        },
        ctx.mode,
        metadataUrl(ctx, "").replace(/#$/, ""),
      ),
    );
  }
  if (node.k === "list" && action === "getItems") {
    checkScopes(ctx.directory, ctx.caller, "read");
    const set = `SP.Data.${node.list.name}ListItems`;
    return ok(collectionBody(getItems(ctx, node.list), ctx.mode, metadataUrl(ctx, set)));
  }
  if (node.k === "views" && action === "viewsAdd") {
    checkManage(ctx, node.list);
    const view = addView(ctx, node.list);
    return ok(
      entityBody(viewEntity(ctx, node.list, view), ctx.mode, metadataUrl(ctx, "SP.ApiData.Views")),
    );
  }
  if (node.k === "view" && action === "setViewXml") {
    checkManage(ctx, node.list);
    setViewXml(ctx, node.list, node.view);
    return ok(voidBody("SetViewXml", ctx.mode));
  }
  if (node.k === "viewfields") {
    checkManage(ctx, node.list);
    const field = (): string => {
      if (argument !== undefined) return argument;
      const body = readBody(ctx.body, false, []);
      const f = body["strField"] ?? body["fieldName"];
      if (typeof f !== "string") throw badQuery(`${action} needs the field's internal name.`);
      return f;
    };
    const op =
      action === "addViewField"
        ? ({ op: "add", field: field() } as const)
        : action === "removeViewField"
          ? ({ op: "remove", field: field() } as const)
          : action === "removeAllViewFields"
            ? ({ op: "removeAll" } as const)
            : ({ op: "move" } as const);
    changeViewFields(ctx, node.list, node.view, op);
    const names: Record<Action, string> = {
      addViewField: "AddViewField",
      removeViewField: "RemoveViewField",
      removeAllViewFields: "RemoveAllViewFields",
      moveViewFieldTo: "MoveViewFieldTo",
      contextinfo: "",
      viewsAdd: "",
      getItems: "",
      setViewXml: "",
    };
    return ok(voidBody(names[action], ctx.mode));
  }
  throw unknownResource(action);
}

export function dispatch(ctx: SpContext, segments: readonly Segment[]): SpResponse {
  const target = resolve(ctx, segments);
  if (target.t === "binAction") {
    return recycleBinItem(ctx, target.node.scope, target.node.id, target.name);
  }
  if (target.t === "recycle") {
    if (ctx.method !== "POST") throw wrongMethod(ctx.method, "Recycle");
    return deleteOrRecycleItem(ctx, target.list, target.id, true);
  }
  const leftovers = leftoversOf(ctx, target.node);
  if (leftovers) return leftovers;
  if (target.t === "action") return runAction(ctx, target.node, target.action, target.arg);
  if (target.t === "property") {
    if (ctx.method !== "GET") throw wrongMethod(ctx.method, target.name);
    return readProperty(ctx, target.node, target.name);
  }
  const node = target.node;
  const method = ctx.method;
  if (method === "GET") return read(ctx, node);
  if (method === "POST" && node.k === "views") {
    checkManage(ctx, node.list);
    const view = createView(ctx, node.list);
    return {
      status: 201,
      body: entityBody(
        viewEntity(ctx, node.list, view),
        ctx.mode,
        metadataUrl(ctx, "SP.ApiData.Views"),
      ),
    };
  }
  const updating = method === "MERGE" || method === "PATCH";
  if (updating && node.k === "view") {
    checkManage(ctx, node.list);
    updateView(ctx, node.list, node.view);
    return noContent();
  }
  if (updating && node.k === "field") return updateField(ctx, node.list, node.field);
  if (method === "DELETE" && node.k === "view") {
    checkManage(ctx, node.list);
    deleteView(ctx.db, node.view.id);
    return { status: 200 };
  }
  if (method === "DELETE" && node.k === "list") {
    checkManage(ctx, node.list);
    deleteList(ctx.db, node.list);
    return { status: 200 };
  }
  if (method === "POST" && (node.k === "lists" || node.k === "fields" || node.k === "items")) {
    throw new SpError(
      400,
      "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
      "The emulator creates lists, columns and items through Microsoft Graph, not SharePoint REST.",
    );
  }
  throw wrongMethod(method, node.k);
}
