/** Finding the list and item a path names, with Graph's 404s. */
import { notFound } from "../http/graph-error";
import { findList } from "../store/lists";
import type { ListRecord } from "../store/model";
import { siteUsersById } from "../store/users";
import type { ListContext, SiteContext } from "../render/context";
import { siteWebUrl } from "../render/context";
import type { HandlerContext } from "./context";

export function siteContext(ctx: HandlerContext): SiteContext {
  return { graphUrl: ctx.graphUrl, site: ctx.site, users: siteUsersById(ctx.db, ctx.site.id) };
}

export function requireList(ctx: HandlerContext, idOrTitle: string): ListRecord {
  const list = findList(ctx.db, ctx.site.id, idOrTitle);
  if (!list) {
    throw notFound(
      `List '${idOrTitle}' does not exist at site with URL '${siteWebUrl(ctx.site)}'.`,
    );
  }
  return list;
}

export function listContext(ctx: HandlerContext, list: ListRecord): ListContext {
  return { ...siteContext(ctx), list };
}

export function parseItemId(text: string): number {
  if (!/^\d{1,15}$/.test(text)) throw notFound("Item not found");
  return Number(text);
}
