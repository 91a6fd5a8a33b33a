/**
 * The emulator's own endpoints under /_emulator (not Graph): tokens for demo users, the demo
 * user list, fault rules, the request log and reset. No token is needed; they exist for tests,
 * the harness and benchmarks on this machine only.
 */
import { badRequest, notFound, methodNotAllowed } from "../http/graph-error";
import { json, noContent, type GraphResponse } from "../http/types";
import type { FaultController } from "../faults/controller";
import { parseFaultRules } from "../faults/rules";
import { findUser, type Directory } from "../identity/directory";
import { issueToken } from "../identity/tokens";
import type { RequestLog } from "../request-log";

export type ControlDeps = {
  readonly directory: Directory;
  readonly faults: FaultController;
  readonly requests: RequestLog;
  readonly reset: (options: { dropLists: boolean }) => void;
};

function object(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}

function tokenRequest(deps: ControlDeps, body: unknown): GraphResponse {
  const b = object(body);
  const upn = b["upn"];
  if (typeof upn !== "string" || !findUser(deps.directory, upn)) {
    throw badRequest(`No demo user '${String(upn)}'. GET /_emulator/users lists them.`);
  }
  const expires = b["expiresInSeconds"];
  if (expires !== undefined && (typeof expires !== "number" || !Number.isFinite(expires))) {
    throw badRequest("expiresInSeconds must be a number.");
  }
  const scopes = b["scopes"];
  if (
    scopes !== undefined &&
    (!Array.isArray(scopes) || !scopes.every((s) => typeof s === "string"))
  ) {
    throw badRequest("scopes must be an array of strings.");
  }
  const appId = b["appId"];
  if (appId !== undefined && typeof appId !== "string") throw badRequest("appId must be a string.");
  const resource = b["resource"];
  if (resource !== undefined && typeof resource !== "string") {
    throw badRequest("resource must be a string (a SharePoint host URL for SharePoint REST).");
  }
  return json(
    200,
    issueToken(deps.directory, upn, {
      ...(expires === undefined ? {} : { expiresInSeconds: expires }),
      ...(scopes === undefined ? {} : { scopes }),
      ...(appId === undefined ? {} : { appId }),
      ...(resource === undefined ? {} : { resource }),
    }),
  );
}

export function handleControl(
  deps: ControlDeps,
  method: string,
  path: string,
  body: unknown,
): GraphResponse {
  switch (path) {
    case "/_emulator/token":
      if (method !== "POST") throw methodNotAllowed();
      return tokenRequest(deps, body);
    case "/_emulator/users":
      if (method !== "GET") throw methodNotAllowed();
      return json(200, { value: deps.directory.users });
    case "/_emulator/faults":
      if (method === "GET") return json(200, { rules: deps.faults.list() });
      if (method === "DELETE") {
        deps.faults.clear();
        return noContent();
      }
      if (method === "POST") {
        deps.faults.set(parseFaultRules(body));
        return json(200, { rules: deps.faults.list() });
      }
      throw methodNotAllowed();
    case "/_emulator/requests":
      if (method === "GET") return json(200, { value: [...deps.requests] });
      if (method === "DELETE") {
        deps.requests.clear();
        return noContent();
      }
      throw methodNotAllowed();
    case "/_emulator/reset": {
      if (method !== "POST") throw methodNotAllowed();
      deps.reset({ dropLists: object(body)["dropLists"] === true });
      return noContent();
    }
    default:
      throw notFound(`The emulator has no endpoint ${path}.`);
  }
}
