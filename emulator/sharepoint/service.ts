/**
 * SharePoint REST (`{site}/_api/…`) beside the emulator's Graph: the same store, identities and
 * permissions, a token for the SharePoint resource (aud "https://{host}"), SharePoint's JSON
 * formats and error shapes, the same fault rules and request log. Views, fields' column
 * formatting and CAML queries over items are what it serves (docs/emulator.md).
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultController } from "../faults/controller";
import { retryAfterOf } from "../faults/controller";
import { corsHeaders } from "../http/cors";
import { GraphHttpError } from "../http/graph-error";
import type { Directory } from "../identity/directory";
import { UnauthenticatedError, verifyAuthorization, type Caller } from "../identity/tokens";
import type { RequestLog } from "../request-log";
import type { Db } from "../store/database";
import type { SiteRecord } from "../store/model";
import { siteWebUrl } from "../render/context";
import type { SpContext, SpResponse } from "./context";
import { accessDenied, badQuery, SpError } from "./errors";
import { CONTENT_TYPES, errorBody, isVerboseBody, responseMode, type Mode } from "./odata";
import { parseApiPath } from "./path";
import { dispatch } from "./resources";
import { ensureSharePointTables } from "./store";

/** SharePoint Online's app id, which a token for SharePoint may carry as `aud` instead of its URL. */
export const SHAREPOINT_APP_ID = "00000003-0000-0ff1-ce00-000000000000";

const API = /^(.*?)\/_api(\/.*)?$/i;

/** Whether a request path is SharePoint REST ("/sites/ucb/_api/web…"). */
export const isSharePointPath = (path: string): boolean => API.test(path);

export type SharePointDeps = {
  readonly db: Db;
  readonly directory: Directory;
  readonly timeZone: string;
  readonly faults: FaultController;
  readonly requests: RequestLog;
  readonly now: () => Date;
  /** "https://localhost:PORT", set once the server listens. */
  readonly origin: () => string;
};

type SiteRow = { id: string };

function siteAt(db: Db, path: string): SiteRecord | undefined {
  const wanted = path === "" ? "/" : path.replace(/\/+$/, "") || "/";
  const row = db
    .prepare<[string], SiteRow & Record<string, string>>(
      "SELECT * FROM sites WHERE path = ? COLLATE NOCASE ORDER BY id LIMIT 1",
    )
    .get(wanted);
  if (!row) return undefined;
  return {
    id: row.id,
    hostname: row["hostname"] ?? "",
    path: row["path"] ?? wanted,
    siteGuid: row["site_guid"] ?? "",
    webGuid: row["web_guid"] ?? "",
    displayName: row["display_name"] ?? "",
    name: row["name"] ?? "",
    created: row["created"] ?? "",
  };
}

/** SharePoint's 401: a JSON error_description and the diagnostics header it sends. */
function unauthorised(e: UnauthenticatedError, directory: Directory): SpResponse {
  const reason =
    e.detail.audience !== undefined ? `Invalid audience Uri '${e.detail.audience}'.` : e.message;
  return {
    status: 401,
    headers: {
      "WWW-Authenticate": `Bearer realm="${directory.tenantId}",client_id="${SHAREPOINT_APP_ID}",trusted_issuers="00000001-0000-0000-c000-000000000000@*,https://sts.windows.net/*/",authorization_uri="https://login.windows.net/common/oauth2/authorize"`,
      "x-ms-diagnostics": `3000003;reason="${reason}";category="invalid_client"`,
    },
    body: {
      error_description:
        e.detail.audience !== undefined
          ? "Exception of type 'Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException' was thrown."
          : `Invalid JWT token. ${e.message}`,
    },
  };
}

function toSpError(e: unknown): SpError {
  if (e instanceof SpError) return e;
  if (e instanceof GraphHttpError) {
    if (e.status === 403) return accessDenied();
    return new SpError(
      e.status,
      e.status === 409
        ? "-2130575214, Microsoft.SharePoint.SPException"
        : "-2146232832, Microsoft.SharePoint.SPException",
      e.message,
      e.headers,
    );
  }
  console.error("emulator: unexpected SharePoint REST error", e);
  return new SpError(500, "-2146233088, System.Exception", "An unexpected error occurred.");
}

async function readRaw(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class SharePointService {
  constructor(private readonly deps: SharePointDeps) {
    ensureSharePointTables(deps.db);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? "" : url.slice(q + 1);
    let method = (req.method ?? "GET").toUpperCase();
    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(", ") : v;
    };
    let mode: Mode = "minimal";
    let user: string | null = null;
    const requestId = randomUUID();
    const log = (status: number): void =>
      this.deps.requests.record({ at: new Date().toISOString(), method, path: url, status, user });
    const respond = (r: SpResponse): void => {
      const headers: Record<string, string> = {
        ...corsHeaders(req.headers.origin),
        "Cache-Control": "private, max-age=0",
        "request-id": requestId,
        SPRequestGuid: requestId,
        "X-SharePointHealthScore": "0",
        DataServiceVersion: "3.0",
        ...(r.headers ?? {}),
      };
      log(r.status);
      if (r.body === undefined) {
        res.writeHead(r.status, headers);
        res.end();
        return;
      }
      const payload = Buffer.from(JSON.stringify(r.body), "utf8");
      headers["Content-Type"] ??= r.status === 401 ? "application/json" : CONTENT_TYPES[mode];
      headers["Content-Length"] = String(payload.length);
      res.writeHead(r.status, headers);
      res.end(payload);
    };
    const fail = (e: unknown): void => {
      const error = toSpError(e);
      respond({ status: error.status, headers: error.headers, body: errorBody(error, mode) });
    };

    const decision = this.deps.faults.evaluate({
      method,
      rawPath: url,
      decodedPath: (() => {
        try {
          return decodeURIComponent(url);
        } catch {
          return url;
        }
      })(),
      topLevel: true,
    });
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    const fault = decision.outcome;
    const afterCommit = fault !== undefined && "afterCommit" in fault && fault.afterCommit === true;
    const injected = (): void => {
      if (!fault) return;
      if ("network" in fault) {
        log(0);
        req.socket.destroy();
        return;
      }
      const retry = fault.status === 429 || fault.status === 503;
      if (fault.status === 429 || fault.status === 503) this.deps.faults.openWindow(url, fault);
      fail(
        new SpError(
          fault.status,
          fault.status === 429 || fault.status === 503
            ? "-2147024860, Microsoft.SharePoint.SPQueryThrottledException"
            : "-2146233088, System.Exception",
          fault.status === 429 || fault.status === 503
            ? "The request has been throttled. Please retry after the time in the Retry-After header."
            : "The emulator answered with an injected fault.",
          retry ? { "Retry-After": String(retryAfterOf(fault)) } : {},
        ),
      );
    };

    try {
      mode = responseMode(header("accept"));
      if (fault && !afterCommit) return injected();
      const m = /^(.*?)\/_api(\/.*)?$/i.exec(path);
      const site = siteAt(this.deps.db, m?.[1] ?? "");
      if (!site) {
        throw new SpError(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");
      }
      let caller: Caller;
      try {
        caller = verifyAuthorization(this.deps.directory, header("authorization"), new Date(), [
          `https://${site.hostname}`,
          SHAREPOINT_APP_ID,
        ]);
      } catch (e) {
        if (e instanceof UnauthenticatedError) return respond(unauthorised(e, this.deps.directory));
        throw e;
      }
      user = caller.user.upn;
      const override = header("x-http-method")?.toUpperCase();
      if (method === "POST" && override) method = override;
      const raw = await readRaw(req);
      let body: unknown;
      if (raw.trim() !== "") {
        try {
          body = JSON.parse(raw) as unknown;
        } catch {
          throw badQuery("Invalid JSON. A token was not recognized in the JSON content.");
        }
      }
      const query = new Map<string, string>();
      for (const [k, v] of new URLSearchParams(rawQuery))
        query.set(k.replace(/^\$/, "").toLowerCase(), v);
      const ctx: SpContext = {
        db: this.deps.db,
        directory: this.deps.directory,
        site,
        caller,
        mode,
        verboseBody: isVerboseBody(header("content-type")),
        apiBase: `${this.deps.origin()}${site.path === "/" ? "" : site.path}/_api`,
        webUrl: siteWebUrl(site),
        timeZone: this.deps.timeZone,
        now: this.deps.now,
        method,
        query,
        body,
      };
      const response = dispatch(ctx, parseApiPath(m?.[2] ?? ""));
      if (fault && afterCommit) return injected();
      respond(response);
    } catch (e) {
      fail(e);
    }
  }
}
