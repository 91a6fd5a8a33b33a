/** What a Graph handler gets: the store, the caller, the parsed request. */
import type { Caller } from "../identity/tokens";
import type { Directory } from "../identity/directory";
import type { GraphRequest } from "../http/types";
import type { QueryOptions } from "../odata/query-options";
import type { Db } from "../store/database";
import type { SiteRecord } from "../store/model";

export type EmulatorSettings = {
  /** Above this many items, a query that cannot use an index fails (list view threshold). */
  readonly listViewThreshold: number;
  /** How a query over the threshold fails: Graph reports 429; SharePoint REST 500. */
  readonly largeListStatus: 429 | 500;
  /** The site's regional time zone, which date-only columns follow. */
  readonly timeZone: string;
  /** How long a delta token stays usable; an older one gets 410 and a fresh enumeration. */
  readonly deltaTokenLifetimeSeconds: number;
};

export type HandlerContext = {
  readonly db: Db;
  readonly directory: Directory;
  readonly settings: EmulatorSettings;
  /** e.g. "https://localhost:4443/v1.0" */
  readonly graphUrl: string;
  readonly request: GraphRequest;
  readonly query: QueryOptions;
  readonly caller: Caller;
  readonly site: SiteRecord;
  /** Fault: another user edits the item just before this write is applied. */
  readonly staleEtag: boolean;
  /** Fault: the delta token this request carries has expired. */
  readonly deltaTokenExpired: boolean;
};

export function header(ctx: HandlerContext, name: string): string | undefined {
  return ctx.request.headers[name.toLowerCase()];
}
