/**
 * The Graph emulator as a library: `startEmulator()` serves Graph v1.0 (the SharePoint lists
 * subset) and the site's SharePoint REST (`/sites/…/_api`: views, column formatting, CAML) over
 * HTTPS on localhost, backed by SQLite, with the control endpoints and the in-process handles
 * tests use (docs/emulator.md).
 */
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FaultController } from "./faults/controller";
import { GraphService } from "./graph-service";
import { handleControl } from "./handlers/control";
import type { EmulatorSettings } from "./handlers/context";
import { fieldsToStore } from "./handlers/field-writes";
import { preflightHeaders } from "./http/cors";
import { GraphHttpError, badRequest, notFound } from "./http/graph-error";
import { ensureDefaultLibrary, resetLibraries } from "./drive/library";
import { TRANSFER_PREFIX } from "./drive/tokens";
import { lowerCaseHeaders, parseJsonBody, readRawBody, send, sendError } from "./http/node-adapter";
import {
  findUser,
  loadDirectory,
  type Directory,
  type PermissionLevel,
} from "./identity/directory";
import { issueToken, type TokenOptions } from "./identity/tokens";
import type { RequestLog } from "./request-log";
import { openDatabase, type Db } from "./store/database";
import { clearItems, insertItems } from "./store/items";
import { clearRecycleBins } from "./store/recycle-bin";
import { allLists, deleteList, findList, listColumns } from "./store/lists";
import type { SiteRecord } from "./store/model";
import { ensureSite } from "./store/sites";
import { ensureSiteUser } from "./store/users";
import { isSharePointPath, SharePointService } from "./sharepoint/service";
import { ensureTlsMaterial } from "./tls";
import { nowSharePointTime } from "./util/time";

export type StartOptions = {
  /** 0 picks a free port. Default 4443. */
  readonly port?: number;
  /** A SQLite file (created if missing) or ":memory:". Default ":memory:". */
  readonly dataFile?: string;
  /** The SharePoint hostname of the site. Default "council.sharepoint.com". */
  readonly hostname?: string;
  /** The site's server-relative path. Default "/sites/ucb". */
  readonly sitePath?: string;
  /** Items above which an unindexed query fails (SharePoint's list view threshold). Default 5000. */
  readonly listViewThreshold?: number;
  /** Status for a query over the threshold: 429 as seen through Graph (default) or 500. */
  readonly largeListStatus?: 429 | 500;
  /** The site's time zone, for date-only columns. Default "Europe/London". */
  readonly timeZone?: string;
  /** The clock CAML's <Today/> reads in SharePoint REST queries (tests). Default: the real one. */
  readonly now?: () => Date;
  /** Seconds a delta token stays usable before it gets 410. Default 60 days. */
  readonly deltaTokenLifetimeSeconds?: number;
  /**
   * List display name → group → level, replacing those lists' tables in
   * config/permissions.json: a site whose permissions were set up wrongly (npm run doctor's tests).
   */
  readonly listPermissions?: Readonly<Record<string, Readonly<Record<string, PermissionLevel>>>>;
  /** The site's permission levels by name (default SharePoint's own and the two UCB levels). */
  readonly roleDefinitions?: readonly string[];
};

export type BulkInsertOptions = {
  /** Who the items are created by (Author/Editor). Default: the site admin. */
  readonly asUpn?: string;
};

export type ResetOptions = {
  /** Also delete the lists themselves (default: keep lists and columns, delete their items). */
  readonly dropLists?: boolean;
};

export type Emulator = {
  /** "https://localhost:PORT" */
  readonly url: string;
  /** "https://localhost:PORT/v1.0" */
  readonly graphUrl: string;
  /** Graph id of the site: "hostname,{site-guid},{web-guid}". */
  readonly siteId: string;
  /** The site's SharePoint URL, e.g. "https://council.sharepoint.com/sites/ucb". */
  readonly siteUrl: string;
  /** Where the emulator serves that site's SharePoint REST: "https://localhost:PORT/sites/ucb". */
  readonly sharePointSiteUrl: string;
  /** The resource (token audience) for SharePoint REST: "https://council.sharepoint.com". */
  readonly sharePointResource: string;
  /** A bearer token for a demo user (throws for an unknown UPN). */
  tokenFor(upn: string, options?: TokenOptions): string;
  readonly faults: FaultController;
  readonly requests: RequestLog;
  /** Empties every list (and clears faults and the request log), for tests sharing one emulator. */
  reset(options?: ResetOptions): void;
  /**
   * Adds items straight to storage, bypassing HTTP but not validation: for benchmarks and large
   * fixtures. All or nothing. Returns the new item ids.
   */
  bulkInsert(
    listDisplayName: string,
    fields: readonly Readonly<Record<string, unknown>>[],
    options?: BulkInsertOptions,
  ): string[];
  stop(): Promise<void>;
};

const DEFAULTS = {
  port: 4443,
  dataFile: ":memory:",
  hostname: "council.sharepoint.com",
  sitePath: "/sites/ucb",
};

/**
 * SharePoint keeps its change log for 60 days by default; a token older than the log cannot be
 * answered (our reading: Microsoft does not publish a lifetime for list item delta tokens).
 */
const DELTA_TOKEN_LIFETIME_SECONDS = 60 * 24 * 3600;

/** The admin creates bulk-loaded items unless told otherwise. */
const DEFAULT_BULK_AUTHOR = "it.admin@council.example";

function resetStore(db: Db, site: SiteRecord, options: ResetOptions): void {
  db.transaction(() => {
    for (const list of allLists(db, site.id)) {
      if (options.dropLists === true) deleteList(db, list);
      else clearItems(db, list);
    }
  })();
  resetLibraries(db, site);
  clearRecycleBins(db, site);
}

function bulkInsert(
  db: Db,
  directory: Directory,
  site: SiteRecord,
  settings: EmulatorSettings,
  listDisplayName: string,
  rows: readonly Readonly<Record<string, unknown>>[],
  options: BulkInsertOptions,
): string[] {
  const list = findList(db, site.id, listDisplayName);
  if (!list) throw new Error(`No list '${listDisplayName}' on the site`);
  const user = findUser(directory, options.asUpn ?? DEFAULT_BULK_AUTHOR);
  if (!user) throw new Error(`No demo user ${options.asUpn ?? DEFAULT_BULK_AUTHOR}`);
  const columns = listColumns(db, list.n);
  const values = rows.map((fields) => fieldsToStore(columns, fields, settings.timeZone));
  const author = ensureSiteUser(db, site.id, user).lookupId;
  return insertItems(db, list, values, author, nowSharePointTime()).map(String);
}

export async function startEmulator(options: StartOptions = {}): Promise<Emulator> {
  const settings: EmulatorSettings = {
    listViewThreshold: options.listViewThreshold ?? 5000,
    largeListStatus: options.largeListStatus ?? 429,
    timeZone: options.timeZone ?? "Europe/London",
    deltaTokenLifetimeSeconds: options.deltaTokenLifetimeSeconds ?? DELTA_TOKEN_LIFETIME_SECONDS,
  };
  const loaded = loadDirectory();
  const directory: Directory = {
    ...loaded,
    listPermissions: { ...loaded.listPermissions, ...options.listPermissions },
    roleDefinitions: options.roleDefinitions ?? loaded.roleDefinitions,
  };
  const db = openDatabase(options.dataFile ?? DEFAULTS.dataFile);
  const site = ensureSite(
    db,
    options.hostname ?? DEFAULTS.hostname,
    options.sitePath ?? DEFAULTS.sitePath,
  );
  ensureDefaultLibrary(db, site);
  const graph = new GraphService(db, directory, settings);
  const sharePoint = new SharePointService({
    db,
    directory,
    timeZone: settings.timeZone,
    faults: graph.faults,
    requests: graph.requests,
    now: options.now ?? (() => new Date()),
    origin: () => graph.origin,
  });
  const reset = (o: ResetOptions = {}): void => {
    resetStore(db, site, o);
    graph.faults.clear();
    graph.requests.clear();
  };
  const controlDeps = {
    directory,
    faults: graph.faults,
    requests: graph.requests,
    reset: (o: { dropLists: boolean }) => reset(o),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? "GET").toUpperCase();
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    if (method === "OPTIONS") {
      res.writeHead(200, preflightHeaders());
      res.end();
      return;
    }
    if (isSharePointPath(path)) return sharePoint.handle(req, res);
    const raw = await readRawBody(req);
    // A file's bytes (PUT …/content, an upload session's fragments) are not JSON.
    const fileBody =
      method === "PUT" && (/(\/|:|%3A)content$/i.test(path) || path.startsWith(TRANSFER_PREFIX));
    const body = fileBody ? undefined : parseJsonBody(raw);
    if (path.startsWith("/_emulator/")) {
      send(req, res, handleControl(controlDeps, method, path, body));
      return;
    }
    if (path.startsWith(`${TRANSFER_PREFIX}/`)) {
      const transfer = await graph.handle({
        method,
        rawPath: path,
        rawQuery: q < 0 ? "" : url.slice(q + 1),
        headers: lowerCaseHeaders(req),
        body,
        rawBody: raw,
        preAuthenticated: true,
      });
      if (transfer.kind === "drop") req.socket.destroy();
      else send(req, res, transfer.response);
      return;
    }
    const version = /^\/(v1\.0|beta)(\/.*)$/.exec(path);
    if (!version?.[2]) {
      throw version
        ? notFound("Not found")
        : badRequest(
            `Invalid version: '${path.split("/")[1] ?? ""}'. The emulator serves /v1.0.`,
            "BadRequest",
          );
    }
    if (version[1] === "beta")
      throw badRequest("The emulator serves Graph v1.0 only.", "BadRequest");
    const outcome = await graph.handle({
      method,
      rawPath: version[2],
      rawQuery: q < 0 ? "" : url.slice(q + 1),
      headers: lowerCaseHeaders(req),
      body,
      rawBody: raw,
    });
    if (outcome.kind === "drop") {
      req.socket.destroy();
      return;
    }
    send(req, res, outcome.response);
  };

  const tls = await ensureTlsMaterial();
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof GraphHttpError) {
        sendError(req, res, e);
        return;
      }
      console.error("emulator: unexpected error", e);
      sendError(
        req,
        res,
        new GraphHttpError(500, "generalException", "General exception while processing"),
      );
    });
  });
  // Node closes idle kept-alive sockets after 5 s, which races clients reusing them (ECONNRESET
  // on a request that was never answered). Graph's front door keeps them far longer.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULTS.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  graph.origin = `https://localhost:${port}`;

  return {
    url: graph.origin,
    graphUrl: graph.graphUrl,
    siteId: site.id,
    siteUrl: `https://${site.hostname}${site.path}`,
    sharePointSiteUrl: `${graph.origin}${site.path}`,
    sharePointResource: `https://${site.hostname}`,
    tokenFor: (upn, tokenOptions) => issueToken(directory, upn, tokenOptions).access_token,
    faults: graph.faults,
    requests: graph.requests,
    reset,
    bulkInsert: (name, rows, bulkOptions = {}) =>
      bulkInsert(db, directory, site, settings, name, rows, bulkOptions),
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      db.close();
    },
  };
}
