/**
 * The Graph calls the store makes on its six lists, each wrapped so that every failure leaves
 * as a StoreError naming the list. Responses are checked for the listItem shape before use.
 */
import type { Client, GraphRequest, MiddlewareOptions } from "@microsoft/microsoft-graph-client";
import { isStoreError, StoreError, type Deadline, type ListName } from "../app/ports";
import { noRetries, RequestDeadline } from "./client";
import { normaliseError } from "./errors";
import type { Fields, RawItem } from "./fields";
import { itemQueryString, type ItemQuery } from "./odata";
import { listTitles, SCHEMA, type ListTitles } from "./schema";
import { isRecord } from "./shape";
import { listPath, type SiteAddress } from "./site";

/** Graph's largest page of list items. */
export const MAX_PAGE = 5000;

export class ListApi {
  constructor(
    readonly client: Client,
    readonly site: SiteAddress,
    readonly titles: ListTitles = listTitles(),
    /** Every request made through this ListApi ends by then (src/app/ports.ts, Deadline). */
    readonly deadline?: Deadline,
  ) {}

  /** The same lists, every request bounded by `deadline`. */
  withDeadline(deadline: Deadline): ListApi {
    return new ListApi(this.client, this.site, this.titles, deadline);
  }

  /** A request to `url` with these middleware options and this ListApi's deadline. */
  request(url: string, ...options: MiddlewareOptions[]): GraphRequest {
    const bounded = this.deadline ? [...options, new RequestDeadline(this.deadline)] : options;
    return this.client.api(url).middlewareOptions(bounded);
  }

  /** `/sites/{host}:/{path}:/lists/{title}/items…`, relative to the Graph version root. */
  itemsUrl(list: ListName, query?: ItemQuery): string {
    return `${listPath(this.site, this.titles[list])}/items${query ? itemQueryString(query) : ""}`;
  }

  private itemUrl(list: ListName, id: string): string {
    return `${listPath(this.site, this.titles[list])}/items/${encodeURIComponent(id)}`;
  }

  /** Every item matching the query, following @odata.nextLink. */
  async getAll(list: ListName, query: ItemQuery): Promise<RawItem[]> {
    return this.collect(list, await this.get(list, this.itemsUrl(list, query)));
  }

  /** The first page only: a search that wants the best `top` items, not all of them. */
  async getFirstPage(list: ListName, query: ItemQuery): Promise<RawItem[]> {
    return collectionOf(await this.get(list, this.itemsUrl(list, query)), list).items;
  }

  /** The remaining pages of a collection whose first page is already here. */
  async collect(list: ListName, firstPage: unknown): Promise<RawItem[]> {
    const items: RawItem[] = [];
    let page = collectionOf(firstPage, list);
    items.push(...page.items);
    while (page.nextLink) {
      page = collectionOf(await this.get(list, page.nextLink), list);
      items.push(...page.items);
    }
    return items;
  }

  async get(list: ListName, url: string): Promise<unknown> {
    try {
      return (await this.request(url).get()) as unknown;
    } catch (e) {
      throw normaliseError(e, list);
    }
  }

  /** POST a new item, never repeated by the client: a repeat after a commit would duplicate. */
  async create(list: ListName, fields: Fields): Promise<RawItem> {
    try {
      const created: unknown = await this.request(this.itemsUrl(list), noRetries()).post({
        fields,
      });
      return rawItemOf(created, list);
    } catch (e) {
      throw normaliseError(e, list);
    }
  }

  /** PATCH the item's fields if its eTag still matches (412 otherwise). Not repeated either. */
  async update(list: ListName, id: string, fields: Fields, etag: string): Promise<RawItem> {
    try {
      const updated: unknown = await this.request(`${this.itemUrl(list, id)}/fields`, noRetries())
        .header("If-Match", etag)
        .patch(fields);
      if (!isRecord(updated)) throw invalid(list, "Graph answered a PATCH without fields");
      const newEtag = updated["@odata.etag"];
      return typeof newEtag === "string"
        ? { id, etag: newEtag, fields: updated }
        : await this.getItem(list, id);
    } catch (e) {
      throw normaliseError(e, list);
    }
  }

  /** DELETE an item; true when it was there, false when it was already gone (404). */
  async remove(list: ListName, id: string): Promise<boolean> {
    try {
      await this.request(this.itemUrl(list, id)).delete();
      return true;
    } catch (e) {
      const error = normaliseError(e, list);
      if (isStoreError(error) && error.code === "notFound") return false;
      throw error;
    }
  }

  async getItem(list: ListName, id: string): Promise<RawItem> {
    return rawItemOf(await this.get(list, `${this.itemUrl(list, id)}?$expand=fields`), list);
  }
}

function invalid(list: ListName, message: string): StoreError {
  return new StoreError("invalidData", `${SCHEMA[list].title}: ${message}`, list);
}

export function rawItemOf(value: unknown, list: ListName): RawItem {
  if (!isRecord(value) || typeof value["id"] !== "string" || !isRecord(value["fields"])) {
    throw invalid(list, "Graph returned a list item without id or fields");
  }
  const fields = value["fields"];
  const etag = value["eTag"] ?? fields["@odata.etag"];
  if (typeof etag !== "string") throw invalid(list, `item ${value["id"]} has no eTag`);
  return { id: value["id"], etag, fields };
}

function collectionOf(value: unknown, list: ListName): { items: RawItem[]; nextLink?: string } {
  if (!isRecord(value) || !Array.isArray(value["value"])) {
    throw invalid(list, "Graph returned something other than a collection of items");
  }
  const nextLink = value["@odata.nextLink"];
  return {
    items: value["value"].map((item: unknown) => rawItemOf(item, list)),
    ...(typeof nextLink === "string" ? { nextLink } : {}),
  };
}
