/**
 * A PnPjs client for one site's SharePoint REST, as the provisioning command uses it from Node:
 * JSON light (Accept: application/json), the retry PnPjs ships (429, 503, 504 with Retry-After),
 * and a bearer token for the SharePoint resource asked for on every request, so a long run
 * keeps a fresh one. With a bearer token SharePoint needs no form digest, so none is fetched.
 */
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from "@pnp/sp";
import "@pnp/sp/webs/index.js";
import "@pnp/sp/lists/index.js";
import "@pnp/sp/views/index.js";
import "@pnp/sp/fields/index.js";
import { BrowserFetchWithRetry, DefaultParse, type Queryable } from "@pnp/queryable";
import type { TokenProvider } from "../../app/ports";

function Bearer(tokens: TokenProvider) {
  return (instance: Queryable): Queryable => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...init.headers, Authorization: `Bearer ${await tokens.getAccessToken()}` };
      return [url, init, result];
    });
    return instance;
  };
}

export type SharePointClientOptions = {
  /** The site's URL, e.g. "https://contoso.sharepoint.com/sites/ucb" (or the emulator's). */
  readonly siteUrl: string;
  /** Tokens for the SharePoint resource ("https://contoso.sharepoint.com/.default"). */
  readonly tokenProvider: TokenProvider;
  /** Attempts on 429/503/504 (PnPjs' own retry). Default 3. */
  readonly retries?: number;
};

export function createSharePointClient(options: SharePointClientOptions): SPFI {
  return spfi(options.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: options.retries ?? 3 }),
    DefaultParse(),
    Bearer(options.tokenProvider),
  );
}
