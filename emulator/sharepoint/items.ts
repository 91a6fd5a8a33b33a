/**
 * Reading items through SharePoint REST: …/items, …/items(n), and POST …/GetItems with an
 * SP.CamlQuery, whose ViewXml the emulator applies (Where, OrderBy, GroupBy, RowLimit) the way
 * SharePoint does, so a view's query can be checked against real data.
 */
import { localDate } from "../util/zone";
import type { ListRecord } from "../store/model";
import { listColumns } from "../store/lists";
import { getItem, queryItems } from "../store/items";
import {
  fieldsNamed,
  matches,
  parseViewXml,
  sortItems,
  type CamlView,
  type EvalContext,
} from "./caml";
import type { SpContext } from "./context";
import { badQuery, itemNotFound, unknownCamlField } from "./errors";
import { spFields } from "./fields";
import { readBody, type Entity } from "./odata";
import { itemEntity } from "./entities";

function evalContext(ctx: SpContext, list: ListRecord): EvalContext {
  const fields = spFields(listColumns(ctx.db, list.n));
  return {
    field: (name) => {
      const f = fields.find((x) => x.internalName === name);
      if (!f) throw unknownCamlField();
      return f.reader;
    },
    today: localDate(ctx.now().getTime(), ctx.timeZone),
    localDate: (iso) => localDate(Date.parse(iso), ctx.timeZone),
  };
}

/** The items a CAML view selects, in its order, at most its row limit. */
export function runCaml(ctx: SpContext, list: ListRecord, view: CamlView): Entity[] {
  const columns = listColumns(ctx.db, list.n);
  const ec = evalContext(ctx, list);
  for (const name of fieldsNamed(view.query)) ec.field(name);
  const all = queryItems(ctx.db, list, columns, {
    where: "1 = 1",
    params: [],
    orderBy: "id",
    limit: -1,
  });
  const selected = sortItems(
    all.filter((item) => matches(view.query.where, item, ec)),
    view.query,
    ec,
    (i) => i.id,
  );
  const limited = view.rowLimit && view.rowLimit > 0 ? selected.slice(0, view.rowLimit) : selected;
  return limited.map((i) => itemEntity(ctx, list, columns, i));
}

/** POST …/GetItems {"query":{"ViewXml":"<View>…</View>"}} (SP.List.getItems). */
export function getItems(ctx: SpContext, list: ListRecord): Entity[] {
  const body = readBody(ctx.body, ctx.verboseBody, [], {
    property: "query",
    types: ["SP.CamlQuery"],
  });
  const query = body["query"];
  if (typeof query !== "object" || query === null) {
    throw badQuery("The parameter 'query' is missing from the request body.");
  }
  const viewXml = (query as Record<string, unknown>)["ViewXml"] ?? "";
  if (typeof viewXml !== "string") throw badQuery("ViewXml must be a string.");
  return runCaml(ctx, list, parseViewXml(viewXml));
}

/** GET …/items: every item in ID order ($top honoured). */
export function allItems(ctx: SpContext, list: ListRecord): Entity[] {
  const top = ctx.query.get("top");
  if (top !== undefined && !/^\d+$/.test(top)) throw badQuery("$top must be a whole number.");
  return runCaml(ctx, list, {
    query: { groupBy: [], orderBy: [] },
    ...(top === undefined ? {} : { rowLimit: Number(top) }),
  });
}

export function oneItem(ctx: SpContext, list: ListRecord, idText: string): Entity {
  if (!/^\d{1,15}$/.test(idText)) throw itemNotFound();
  const columns = listColumns(ctx.db, list.n);
  const item = getItem(ctx.db, list, columns, Number(idText));
  if (!item) throw itemNotFound();
  return itemEntity(ctx, list, columns, item);
}
