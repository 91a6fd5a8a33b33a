/**
 * GET …/items/delta: a first enumeration of every item, paged, ending in an @odata.deltaLink;
 * calling that link later gives the items changed or deleted since, latest state only. The
 * token is opaque to clients; here it is a position in the list's change log.
 * `?token=latest` starts from now with no items. An unknown token is 410 Gone, as on Graph.
 */
import { GraphHttpError } from "../http/graph-error";
import { json, type GraphResponse } from "../http/types";
import { parseTop } from "../odata/query-options";
import { metadata } from "../render/context";
import { contentTypeId, renderItem } from "../render/list-item";
import type { Db } from "../store/database";
import { getItem, queryItems } from "../store/items";
import { listColumns } from "../store/lists";
import type { ListRecord } from "../store/model";
import { checkList, checkScopes } from "../identity/access";
import type { HandlerContext } from "./context";
import { itemShape } from "./item-query";
import { listContext, requireList } from "./resolve";

type Token = { readonly since: number; readonly afterId?: number };

const encode = (t: Token): string =>
  Buffer.from(t.afterId === undefined ? `s.${t.since}` : `a.${t.since}.${t.afterId}`).toString(
    "base64url",
  );

function decode(text: string): Token | null {
  const m = /^(?:s\.(\d+)|a\.(\d+)\.(\d+))$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!m) return null;
  return m[1] !== undefined
    ? { since: Number(m[1]) }
    : { since: Number(m[2]), afterId: Number(m[3]) };
}

function lastSeq(db: Db, list: ListRecord): number {
  return (
    db
      .prepare<[number], { s: number | null }>("SELECT MAX(seq) AS s FROM changes WHERE list_n = ?")
      .get(list.n)?.s ?? 0
  );
}

export function itemsDelta(ctx: HandlerContext, listRef: string): GraphResponse {
  checkScopes(ctx.directory, ctx.caller, "read");
  const list = requireList(ctx, listRef);
  checkList(ctx.directory, ctx.caller, list.displayName, "read");
  const columns = listColumns(ctx.db, list.n);
  const lc = listContext(ctx, list);
  const shape = itemShape(ctx);
  const top = parseTop(ctx.query.system.get("top"));
  const base = `${ctx.graphUrl}/sites/${ctx.site.id}/lists/${list.id}/items/delta`;
  const link = (t: Token): string => `${base}?token=${encode(t)}`;
  const context = metadata(lc, "Collection(microsoft.graph.listItem)");
  const now = lastSeq(ctx.db, list);
  const given = ctx.query.custom.get("token");
  if (given === "latest") {
    return json(200, {
      "@odata.context": context,
      "@odata.deltaLink": link({ since: now }),
      value: [],
    });
  }
  const token = given === undefined ? { since: now, afterId: 0 } : decode(given);
  if (!token || token.since > now) {
    throw new GraphHttpError(
      410,
      "resyncChangesApplyDifferences",
      "The delta token is no longer valid; enumerate the list again.",
      { Location: base },
    );
  }
  if (token.afterId !== undefined) {
    // First enumeration, in id order; changes made meanwhile come again from the delta link.
    const rows = queryItems(ctx.db, list, columns, {
      where: "id > ?",
      params: [token.afterId],
      orderBy: "id ASC",
      limit: top + 1,
    });
    const page = rows.slice(0, top);
    const last = page.at(-1);
    const more = rows.length > top && last !== undefined;
    return json(200, {
      "@odata.context": context,
      ...(more
        ? { "@odata.nextLink": link({ since: token.since, afterId: last.id }) }
        : { "@odata.deltaLink": link({ since: token.since }) }),
      value: page.map((item) => renderItem(lc, columns, item, shape)),
    });
  }
  const changed = ctx.db
    .prepare<[number, number], { item_id: number; last: number }>(
      `SELECT item_id, MAX(seq) AS last FROM changes WHERE list_n = ? AND seq > ?
       GROUP BY item_id ORDER BY last LIMIT ${top + 1}`,
    )
    .all(list.n, token.since);
  const page = changed.slice(0, top);
  const value = page.map(({ item_id }) => {
    const item = getItem(ctx.db, list, columns, item_id);
    return item
      ? renderItem(lc, columns, item, shape)
      : {
          id: String(item_id),
          parentReference: { id: list.id, siteId: ctx.site.id },
          contentType: { id: contentTypeId(list.id), name: "Item" },
          deleted: { state: "deleted" },
        };
  });
  const lastPage = page.at(-1);
  const more = changed.length > top && lastPage !== undefined;
  return json(200, {
    "@odata.context": context,
    ...(more
      ? { "@odata.nextLink": link({ since: lastPage.last }) }
      : { "@odata.deltaLink": link({ since: now }) }),
    value,
  });
}
