/**
 * GET …/items: $filter, $orderby, $top, $select, $expand=fields($select=…) and $skiptoken
 * paging, with SharePoint's rule that only indexed columns may be filtered or sorted on.
 */
import { GraphHttpError, badRequest } from "../http/graph-error";
import { json, type GraphResponse } from "../http/types";
import { conjuncts, fieldsOf, parseFilter, type FilterNode } from "../odata/filter-parser";
import { compileFilter, type SqlCondition } from "../odata/filter-sql";
import { afterPosition, decodeSkipToken, encodeSkipToken, type SortTerm } from "../odata/paging";
import { resolveQueryField, type QueryField } from "../odata/query-fields";
import { parseExpand, parseSelect, parseTop, rebuildQuery } from "../odata/query-options";
import { collectionContext, renderItem, type ItemShape } from "../render/list-item";
import { queryItems, countWhere } from "../store/items";
import { itemCount } from "../store/lists";
import type { ColumnRecord, ItemRecord, ListRecord, SqlValue } from "../store/model";
import { header, type HandlerContext } from "./context";
import { listContext } from "./resolve";

export const PREFER_NON_INDEXED = "HonorNonIndexedQueriesWarningMayFailRandomly";

export const nonIndexedMessage = (field: string): string =>
  `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`;

export function itemShape(ctx: HandlerContext): ItemShape {
  const select = parseSelect(ctx.query.system.get("select"));
  const expandText = ctx.query.system.get("expand");
  let fields: ItemShape["fields"];
  if (expandText !== undefined) {
    for (const item of parseExpand(expandText)) {
      if (item.name.toLowerCase() !== "fields") {
        throw badRequest(
          `Parsing OData Select and Expand failed: Could not find a property named '${item.name}' on type 'microsoft.graph.listItem'.`,
          "BadRequest",
        );
      }
      fields = item.select ? { select: item.select } : {};
    }
  }
  return { ...(select ? { select } : {}), ...(fields ? { fields } : {}) };
}

function prefersNonIndexed(ctx: HandlerContext): boolean {
  const prefer = header(ctx, "prefer") ?? "";
  return prefer.split(",").some((p) => p.trim().toLowerCase() === PREFER_NON_INDEXED.toLowerCase());
}

function parseOrderBy(text: string | undefined, resolve: (n: string) => QueryField): SortTerm[] {
  if (text === undefined) return [];
  return text.split(",").map((part) => {
    const m = /^\s*fields\/([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!m?.[1]) {
      throw badRequest(`Invalid $orderby: '${part.trim()}'. List items sort on fields/{name}.`);
    }
    const field = resolve(m[1]);
    return { field: field.name, sql: field.sql, descending: m[2]?.toLowerCase() === "desc" };
  });
}

/** A skiptoken carries sort values as text; SQL compares them in the column's own type. */
function typedSortValue(fields: ReadonlyMap<string, QueryField>) {
  return (term: SortTerm, raw: SqlValue): SqlValue => {
    const kind = fields.get(term.field)?.kind;
    if (raw === null) return null;
    return kind === "number" || kind === "lookup" || kind === "boolean" ? Number(raw) : raw;
  };
}

/**
 * With Prefer on a list above the threshold, SharePoint can still answer if an indexed
 * condition ANDed at the top narrows the rows to the threshold or fewer; otherwise it refuses.
 */
function checkListViewThreshold(
  ctx: HandlerContext,
  list: ListRecord,
  filter: FilterNode | undefined,
  fields: ReadonlyMap<string, QueryField>,
  resolve: (n: string) => QueryField,
): void {
  const threshold = ctx.settings.listViewThreshold;
  if (itemCount(ctx.db, list) <= threshold) return;
  const indexedParts = filter
    ? conjuncts(filter).filter((c) => fieldsOf(c).every((f) => fields.get(f)?.indexed === true))
    : [];
  if (indexedParts.length > 0) {
    const conditions = indexedParts.map((c) => compileFilter(c, resolve, ctx.settings.timeZone));
    const where = conditions.map((c) => c.sql).join(" AND ");
    const narrowed = countWhere(
      ctx.db,
      list,
      where,
      conditions.flatMap((c) => c.params),
    );
    if (narrowed <= threshold) return;
  }
  const message =
    "The attempted operation is prohibited because it exceeds the list view threshold.";
  throw ctx.settings.largeListStatus === 429
    ? new GraphHttpError(
        429,
        "activityLimitReached",
        message,
        { "Retry-After": "1" },
        {
          code: "throttledRequest",
        },
      )
    : new GraphHttpError(500, "generalException", message);
}

function sortValueOf(
  item: ItemRecord,
  field: QueryField,
  columns: readonly ColumnRecord[],
): SqlValue {
  if (columns.some((c) => c.name === field.name)) return item.values[field.name] ?? null;
  switch (field.sql) {
    case "created":
      return item.created;
    case "modified":
      return item.modified;
    case "author":
      return item.author;
    case "editor":
      return item.editor;
    default:
      return item.id;
  }
}

export function listItems(
  ctx: HandlerContext,
  list: ListRecord,
  columns: readonly ColumnRecord[],
): GraphResponse {
  const options = ctx.query.system;
  if (options.has("count")) {
    throw badRequest(
      "Query option 'Count' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.",
      "BadRequest",
    );
  }
  for (const unsupported of ["skip", "search"] as const) {
    if (options.has(unsupported)) {
      throw badRequest(
        `$${unsupported} is not supported on list items. Only URLs returned by the API can be used to page.`,
        "BadRequest",
      );
    }
  }
  const shape = itemShape(ctx);
  const top = parseTop(options.get("top"));
  const fields = new Map<string, QueryField>();
  const resolve = (name: string): QueryField => {
    const field = resolveQueryField(columns, name);
    if (!field) throw badRequest(`Field '${name}' is not recognized`);
    fields.set(field.name, field);
    return field;
  };
  const filterText = options.get("filter");
  const filter = filterText === undefined ? undefined : parseFilter(filterText);
  const condition: SqlCondition = filter
    ? compileFilter(filter, resolve, ctx.settings.timeZone)
    : { sql: "1", params: [] };
  const terms = parseOrderBy(options.get("orderby"), resolve);
  const nonIndexed = [...fields.values()].filter((f) => !f.indexed);
  const first = nonIndexed[0];
  if (first) {
    if (!prefersNonIndexed(ctx)) throw badRequest(nonIndexedMessage(first.name));
    checkListViewThreshold(ctx, list, filter, fields, resolve);
  }
  const token = options.get("skiptoken");
  const where = [condition.sql];
  const params = [...condition.params];
  if (token !== undefined) {
    const after = afterPosition(terms, decodeSkipToken(token, terms), typedSortValue(fields));
    where.push(after.sql);
    params.push(...after.params);
  }
  const orderBy = terms
    .map((t) => `${t.sql} ${t.descending ? "DESC" : "ASC"}`)
    .concat(terms.some((t) => t.sql === "id") ? [] : ["id ASC"])
    .join(", ");
  const rows = queryItems(ctx.db, list, columns, {
    where: where.join(" AND "),
    params,
    orderBy,
    limit: top + 1,
  });
  const page = rows.slice(0, top);
  const lc = listContext(ctx, list);
  const body: Record<string, unknown> = { "@odata.context": collectionContext(lc, shape) };
  const last = page.at(-1);
  if (rows.length > top && last) {
    const sortValues = new Map<string, SqlValue>();
    for (const t of terms) {
      const field = fields.get(t.field);
      if (field) sortValues.set(t.field, sortValueOf(last, field, columns));
    }
    const skiptoken = encodeSkipToken({ lastId: last.id, sortValues }, terms);
    const query = rebuildQuery(ctx.query.raw, (name) => name.replace(/^\$/, "") === "skiptoken", [
      { rawName: "$skiptoken", rawValue: skiptoken },
    ]);
    body["@odata.nextLink"] =
      `${ctx.graphUrl}/sites/${ctx.site.id}/lists/${list.id}/items?${query}`;
  }
  body["value"] = page.map((item) => renderItem(lc, columns, item, shape));
  return json(200, body);
}
