/** What a SharePoint REST handler gets: the store, the caller, the format, where the site lives. */
import type { Caller } from "../identity/tokens";
import type { Directory } from "../identity/directory";
import type { Db } from "../store/database";
import type { SiteRecord } from "../store/model";
import type { Mode } from "./odata";

export type SpContext = {
  readonly db: Db;
  readonly directory: Directory;
  readonly site: SiteRecord;
  readonly caller: Caller;
  /** The response format the Accept header asked for. */
  readonly mode: Mode;
  /** Whether the request body is verbose (must carry __metadata). */
  readonly verboseBody: boolean;
  /** e.g. "https://localhost:4443/sites/ucb/_api" */
  readonly apiBase: string;
  /** The site's SharePoint URL, e.g. "https://council.sharepoint.com/sites/ucb". */
  readonly webUrl: string;
  readonly timeZone: string;
  readonly now: () => Date;
  /** GET, POST, MERGE, PATCH, PUT or DELETE (X-HTTP-Method applied). */
  readonly method: string;
  /** Query options by lower-cased name without "$", values decoded. */
  readonly query: ReadonlyMap<string, string>;
  readonly body: unknown;
};

export type SpResponse = {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** undefined: no body. */
  readonly body?: unknown;
};

export const ok = (body: unknown, headers?: Record<string, string>): SpResponse => ({
  status: 200,
  body,
  ...(headers ? { headers } : {}),
});

export const noContent = (): SpResponse => ({ status: 204 });

/** "$select=Id,Title" as a list, if given. */
export function selectOption(ctx: SpContext): string[] | undefined {
  const s = ctx.query.get("select");
  return s === undefined
    ? undefined
    : s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
}

export function expandOption(ctx: SpContext): string[] {
  const e = ctx.query.get("expand");
  return e === undefined
    ? []
    : e
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
}

export const metadataUrl = (ctx: SpContext, set: string): string =>
  `${ctx.apiBase}/$metadata#${set}`;
