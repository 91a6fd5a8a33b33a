/**
 * GET …/items/delta (listitem-delta): a first enumeration of every item, paged by
 * @odata.nextLink, ending in an @odata.deltaLink; calling that link later gives the items
 * changed or deleted since, latest state only, deletions as `deleted: {state: "deleted"}`.
 * `?token=latest` starts from now with no items.
 *
 * The token is opaque to clients; here it is the list, a position in its change log, the time
 * it was issued and the query options of the first request ($select, $expand, $top), which
 * Graph carries in its links so the client need not repeat them (delta-query-overview, "State
 * tokens"). A token the service cannot answer (malformed, for another list, from before a
 * reset of the list, older than the token lifetime, or expired by the `deltaTokenExpired`
 * fault) is 410 Gone with `resyncChangesApplyDifferences` and a `Location` holding a nextLink
 * that starts a fresh enumeration with the same options.
 */
import { GraphHttpError } from "../http/graph-error";
import { json, type GraphResponse } from "../http/types";
import { parseTop } from "../odata/query-options";
import { metadata } from "../render/context";
import { contentTypeId, renderItem } from "../render/list-item";
import type { Db } from "../store/database";
import { getItem, queryItems, RESYNC_MARK } from "../store/items";
import { listColumns } from "../store/lists";
import type { ListRecord } from "../store/model";
import { checkList, checkScopes } from "../identity/access";
import type { HandlerContext } from "./context";
import { itemShape } from "./item-query";
import { listContext, requireList } from "./resolve";

/** The query options a token carries, as sent in the first request. */
type Options = { readonly select?: string; readonly expand?: string; readonly top?: string };

type Token = {
  /** The list (its internal number). */
  readonly l: number;
  /** Changes after this position in the change log. */
  readonly s: number;
  /** During the first enumeration: items after this id. */
  readonly a?: number;
  /** Issued at (epoch ms). */
  readonly t: number;
  readonly q: Options;
};

const encode = (t: Token): string => Buffer.from(JSON.stringify(t)).toString("base64url");

function decode(text: string): Token | null {
  try {
    const t = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Token>;
    const int = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
    if (!int(t.l) || !int(t.s) || !int(t.t) || (t.a !== undefined && !int(t.a))) return null;
    if (typeof t.q !== "object" || t.q === null) return null;
    return t as Token;
  } catch {
    return null;
  }
}

function lastSeq(db: Db, list: ListRecord): number {
  return (
    db
      .prepare<[number], { s: number | null }>("SELECT MAX(seq) AS s FROM changes WHERE list_n = ?")
      .get(list.n)?.s ?? 0
  );
}

/** The position of the list's last reset: tokens from before it cannot be answered. */
function lastReset(db: Db, list: ListRecord): number {
  return (
    db
      .prepare<[number, number], { s: number | null }>(
        "SELECT MAX(seq) AS s FROM changes WHERE list_n = ? AND deleted = ?",
      )
      .get(list.n, RESYNC_MARK)?.s ?? 0
  );
}

/** The request's own options, else those its token carries. */
function optionsOf(ctx: HandlerContext, carried: Options | undefined): Options {
  const pick = (name: keyof Options) => ctx.query.system.get(name) ?? carried?.[name];
  const [select, expand, top] = [pick("select"), pick("expand"), pick("top")];
  return {
    ...(select === undefined ? {} : { select }),
    ...(expand === undefined ? {} : { expand }),
    ...(top === undefined ? {} : { top }),
  };
}

export function itemsDelta(ctx: HandlerContext, listRef: string): GraphResponse {
  checkScopes(ctx.directory, ctx.caller, "read");
  const list = requireList(ctx, listRef);
  checkList(ctx.directory, ctx.caller, list.displayName, "read");
  const columns = listColumns(ctx.db, list.n);
  const lc = listContext(ctx, list);
  const base = `${ctx.graphUrl}/sites/${ctx.site.id}/lists/${list.id}/items/delta`;
  const issued = Date.now();
  const context = metadata(lc, "Collection(microsoft.graph.listItem)");
  const now = lastSeq(ctx.db, list);
  const given = ctx.query.custom.get("token");
  const token = given === undefined || given === "latest" ? null : decode(given);
  const options = optionsOf(ctx, token?.q);
  const link = (position: { s: number; a?: number }): string =>
    `${base}?token=${encode({ l: list.n, ...position, t: issued, q: options })}`;

  if (given === "latest") {
    return json(200, {
      "@odata.context": context,
      "@odata.deltaLink": link({ s: now }),
      value: [],
    });
  }
  if (given !== undefined) {
    const lifetimeMs = ctx.settings.deltaTokenLifetimeSeconds * 1000;
    const answerable =
      token !== null &&
      token.l === list.n &&
      token.s <= now &&
      token.s >= lastReset(ctx.db, list) &&
      issued - token.t <= lifetimeMs &&
      !ctx.deltaTokenExpired;
    if (!answerable) {
      throw new GraphHttpError(
        410,
        "resyncChangesApplyDifferences",
        "The delta token can no longer be used: enumerate the list again from the Location given.",
        { Location: link({ s: now, a: 0 }) },
      );
    }
  }

  const shape = itemShape({
    ...ctx,
    query: {
      ...ctx.query,
      system: new Map([
        ...ctx.query.system,
        ...(options.select === undefined ? [] : [["select", options.select] as const]),
        ...(options.expand === undefined ? [] : [["expand", options.expand] as const]),
      ]),
    },
  });
  const top = parseTop(options.top);
  const position = token ?? { s: now, a: 0 };

  if (position.a !== undefined) {
    // First enumeration, in id order; changes made meanwhile come again from the delta link.
    const rows = queryItems(ctx.db, list, columns, {
      where: "id > ?",
      params: [position.a],
      orderBy: "id ASC",
      limit: top + 1,
    });
    const page = rows.slice(0, top);
    const last = page.at(-1);
    const more = rows.length > top && last !== undefined;
    return json(200, {
      "@odata.context": context,
      ...(more
        ? { "@odata.nextLink": link({ s: position.s, a: last.id }) }
        : { "@odata.deltaLink": link({ s: position.s }) }),
      value: page.map((item) => renderItem(lc, columns, item, shape)),
    });
  }
  const changed = ctx.db
    .prepare<[number, number, number], { item_id: number; last: number }>(
      `SELECT item_id, MAX(seq) AS last FROM changes WHERE list_n = ? AND seq > ? AND deleted != ?
       GROUP BY item_id ORDER BY last LIMIT ${top + 1}`,
    )
    .all(list.n, position.s, RESYNC_MARK);
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
      ? { "@odata.nextLink": link({ s: lastPage.last }) }
      : { "@odata.deltaLink": link({ s: now }) }),
    value,
  });
}
