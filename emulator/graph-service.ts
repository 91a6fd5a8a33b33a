/**
 * One Graph request in, one response out: fault injection, authentication, routing to the
 * handlers, Graph's error envelope and standard headers, and the request log. The HTTPS server
 * and $batch both go through here, so a batch entry behaves like the same request sent alone.
 */
import { randomUUID } from "node:crypto";
import { FaultController, retryAfterOf, type FaultDecision } from "./faults/controller";
import type { StatusFault } from "./faults/rules";
import { runBatch, type EntryOutcome } from "./handlers/batch";
import type { EmulatorSettings, HandlerContext } from "./handlers/context";
import { itemById, itemFields, itemsCollection } from "./handlers/items";
import { itemsDelta } from "./handlers/delta";
import { type DriveHandlerContext, getDrives, handleDrive } from "./handlers/drives";
import { handleTransfer, type TransferContext } from "./handlers/transfers";
import { sitePermission, sitePermissions } from "./handlers/site-permissions";
import {
  columnById,
  getColumns,
  getList,
  getLists,
  getSite,
  postColumn,
  postList,
  removeList,
} from "./handlers/lists";
import { GraphHttpError, errorBody, methodNotAllowed, notFound } from "./http/graph-error";
import { parseRoute, type Route, type SiteRef } from "./http/router";
import { JSON_CONTENT_TYPE, type GraphRequest, type GraphResponse } from "./http/types";
import type { Directory } from "./identity/directory";
import { verifyAuthorization, type Caller } from "./identity/tokens";
import { parseQuery } from "./odata/query-options";
import { RequestLog } from "./request-log";
import type { Db } from "./store/database";
import type { SiteRecord } from "./store/model";
import { findSiteById, findSiteByPath } from "./store/sites";

export type GraphOutcome =
  { readonly kind: "response"; readonly response: GraphResponse } | { readonly kind: "drop" };

const STATUS_FAULT_ERRORS: Record<StatusFault["status"], { code: string; message: string }> = {
  429: { code: "activityLimitReached", message: "The request has been throttled" },
  503: {
    code: "serviceNotAvailable",
    message:
      "The service is temporarily unavailable. Please retry after the time in the Retry-After header.",
  },
  500: { code: "generalException", message: "General exception while processing" },
  502: {
    code: "badGateway",
    message: "The server received an invalid response from an upstream server.",
  },
  504: { code: "gatewayTimeout", message: "The operation has timed out." },
};

function faultError(fault: StatusFault): GraphHttpError {
  const { code, message } = STATUS_FAULT_ERRORS[fault.status];
  if (fault.status === 429 || fault.status === 503) {
    // A real SharePoint 429 nests throttledRequest/quota under activityLimitReached.
    const inner =
      fault.status === 429
        ? { code: "throttledRequest", innerError: { code: "quota" } }
        : undefined;
    return new GraphHttpError(
      fault.status,
      code,
      message,
      { "Retry-After": String(retryAfterOf(fault)) },
      inner,
    );
  }
  return new GraphHttpError(fault.status, code, message);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export class GraphService {
  readonly faults = new FaultController();
  readonly requests = new RequestLog();
  /** Set once the server listens: "https://localhost:PORT". */
  origin = "https://localhost";

  constructor(
    private readonly db: Db,
    private readonly directory: Directory,
    private readonly settings: EmulatorSettings,
  ) {}

  get graphUrl(): string {
    return `${this.origin}/v1.0`;
  }

  async handle(request: GraphRequest, topLevel = true): Promise<GraphOutcome> {
    const requestId = randomUUID();
    const clientRequestId = request.headers["client-request-id"] ?? requestId;
    const version = request.preAuthenticated === true ? "" : "/v1.0";
    const pathAndQuery = `${version}${request.rawPath}${request.rawQuery ? `?${request.rawQuery}` : ""}`;
    let user: string | null = null;
    const respond = (response: GraphResponse): GraphOutcome => {
      this.log(request, pathAndQuery, response.status, user);
      return {
        kind: "response",
        response: this.withStandardHeaders(response, requestId, clientRequestId),
      };
    };
    const drop = (): GraphOutcome => {
      this.log(request, pathAndQuery, 0, user);
      return { kind: "drop" };
    };
    const errorOf = (error: GraphHttpError): GraphResponse =>
      this.errorResponse(error, requestId, clientRequestId);
    // An injected 429/503 opens a throttle window that early retries run into.
    const injected = (fault: StatusFault): GraphResponse => {
      if (fault.status === 429 || fault.status === 503) this.faults.openWindow(pathAndQuery, fault);
      return errorOf(faultError(fault));
    };

    const decision = this.faults.evaluate({
      method: request.method,
      rawPath: pathAndQuery,
      decodedPath: safeDecode(pathAndQuery),
      topLevel,
    });
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    const fault = decision.outcome;
    const afterCommit = fault !== undefined && "afterCommit" in fault && fault.afterCommit === true;
    if (fault && !afterCommit) return "network" in fault ? drop() : respond(injected(fault));

    let response: GraphResponse | "drop";
    try {
      if (request.preAuthenticated === true) {
        // Upload and download URLs carry their own authority, as SharePoint's do.
        response = handleTransfer(this.transferContext(), request);
      } else {
        const caller = verifyAuthorization(this.directory, request.headers["authorization"]);
        user = caller.user.upn;
        response = await this.route(request, caller, decision, requestId, clientRequestId);
      }
    } catch (e) {
      if (e instanceof GraphHttpError) {
        response = errorOf(e);
      } else {
        console.error("emulator: unexpected error", e);
        response = errorOf(
          new GraphHttpError(500, "generalException", "General exception while processing"),
        );
      }
    }
    if (response === "drop") return drop();
    // Commit then fail: whatever the request changed stays changed; the client hears a failure.
    if (fault && afterCommit) return "network" in fault ? drop() : respond(injected(fault));
    return respond(response);
  }

  errorResponse(error: GraphHttpError, requestId: string, clientRequestId: string): GraphResponse {
    return {
      status: error.status,
      headers: { ...error.headers, "Content-Type": JSON_CONTENT_TYPE },
      body: errorBody(error, requestId, clientRequestId, new Date()),
    };
  }

  private withStandardHeaders(
    response: GraphResponse,
    requestId: string,
    clientRequestId: string,
  ): GraphResponse {
    const headers: Record<string, string> = {
      "Cache-Control": "no-store, no-cache",
      "request-id": requestId,
      "client-request-id": clientRequestId,
      ...response.headers,
    };
    if (response.body !== undefined) {
      headers["Content-Type"] = JSON_CONTENT_TYPE;
      headers["OData-Version"] = "4.0";
    }
    return { ...response, headers };
  }

  private transferContext(): TransferContext {
    return { db: this.db, graphUrl: this.graphUrl, origin: this.origin };
  }

  private log(request: GraphRequest, path: string, status: number, user: string | null): void {
    this.requests.record({
      at: new Date().toISOString(),
      method: request.method,
      path,
      status,
      user,
      ...(request.batchEntryId === undefined ? {} : { batchEntryId: request.batchEntryId }),
    });
  }

  private resolveSite(ref: SiteRef): SiteRecord {
    const site =
      ref.by === "path"
        ? findSiteByPath(this.db, ref.hostname, ref.path)
        : findSiteById(this.db, ref.id);
    if (!site) throw notFound("Requested site could not be found");
    return site;
  }

  private async route(
    request: GraphRequest,
    caller: Caller,
    decision: FaultDecision,
    requestId: string,
    clientRequestId: string,
  ): Promise<GraphResponse | "drop"> {
    const route: Route = parseRoute(request.rawPath);
    const method = request.method.toUpperCase();
    if (route.kind === "batch") {
      if (method !== "POST") throw methodNotAllowed();
      return runBatch(request, {
        run: async (entry): Promise<EntryOutcome> => this.handle(entry, false),
        errorResponse: (error) =>
          this.withStandardHeaders(
            this.errorResponse(error, requestId, clientRequestId),
            requestId,
            clientRequestId,
          ),
      });
    }
    if (route.kind === "drives" || route.kind === "drive") {
      const ctx: DriveHandlerContext = {
        db: this.db,
        directory: this.directory,
        graphUrl: this.graphUrl,
        origin: this.origin,
        request,
        query: parseQuery(request.rawQuery),
        caller,
        staleEtag: decision.staleEtag,
        resolveSite: (ref) => this.resolveSite(ref),
      };
      return route.kind === "drives"
        ? getDrives(ctx, route.site, method)
        : handleDrive(ctx, route, method);
    }
    const ctx: HandlerContext = {
      db: this.db,
      directory: this.directory,
      settings: this.settings,
      graphUrl: this.graphUrl,
      request,
      query: parseQuery(request.rawQuery),
      caller,
      site: this.resolveSite(route.site),
      staleEtag: decision.staleEtag,
      deltaTokenExpired: decision.deltaTokenExpired === true,
    };
    switch (route.kind) {
      case "site":
        if (method !== "GET") throw methodNotAllowed();
        return getSite(ctx);
      case "permissions":
        return sitePermissions(ctx, method);
      case "permission":
        return sitePermission(ctx, route.permission, method);
      case "lists":
        if (method === "GET") return getLists(ctx);
        if (method === "POST") return postList(ctx);
        throw methodNotAllowed();
      case "list":
        if (method === "GET") return getList(ctx, route.list);
        if (method === "DELETE") return removeList(ctx, route.list);
        throw methodNotAllowed();
      case "columns":
        if (method === "GET") return getColumns(ctx, route.list);
        if (method === "POST") return postColumn(ctx, route.list);
        throw methodNotAllowed();
      case "column":
        return columnById(ctx, route.list, route.column, method);
      case "items":
        return itemsCollection(ctx, route.list, method);
      case "delta":
        if (method !== "GET") throw methodNotAllowed();
        return itemsDelta(ctx, route.list);
      case "item":
        return itemById(ctx, route.list, route.item, method);
      case "fields":
        return itemFields(ctx, route.list, route.item, method);
    }
  }
}
