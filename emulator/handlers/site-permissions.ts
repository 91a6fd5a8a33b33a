/**
 * A site's application permissions, for Sites.Selected (Graph v1.0 "site: list / get / create /
 * update permissions"): GET and POST /sites/{id}/permissions, GET, PATCH and DELETE
 * /sites/{id}/permissions/{permission-id}. As Microsoft documents, only application grants are
 * made here; the caller needs the delegated Sites.FullControl.All scope and must be a SharePoint
 * administrator (here, the site admin in UCB Owners). A grant changes what a Sites.Selected token
 * of that app may do at once (identity/access.ts reads the same table).
 */
import { accessDenied, badRequest, methodNotAllowed, notFound } from "../http/graph-error";
import { json, noContent, type GraphResponse } from "../http/types";
import { siteLevel } from "../identity/access";
import {
  SITES_SELECTED_ROLES,
  type Directory,
  type SitesSelectedRole,
} from "../identity/directory";
import type { HandlerContext } from "./context";

/** Display names given with each grant (the table itself is directory.sitesSelectedGrants). */
const displayNames = new WeakMap<Directory, Map<string, string>>();

function namesOf(directory: Directory): Map<string, string> {
  let names = displayNames.get(directory);
  if (!names) {
    names = new Map();
    displayNames.set(directory, names);
  }
  return names;
}

/** SharePoint's permission id: the app's claim ("i:0i.t|ms.sp.ext|{app}@{tenant}"), base64. */
function permissionId(directory: Directory, appId: string): string {
  return Buffer.from(`i:0i.t|ms.sp.ext|${appId}@${directory.tenantId}`, "utf8").toString("base64");
}

function render(ctx: HandlerContext, appId: string, role: SitesSelectedRole) {
  const application = { id: appId, displayName: namesOf(ctx.directory).get(appId) ?? "" };
  return {
    id: permissionId(ctx.directory, appId),
    roles: [role],
    grantedToIdentitiesV2: [{ application }],
    grantedToIdentities: [{ application }],
  };
}

function checkAdministrator(ctx: HandlerContext): void {
  if (!ctx.caller.scopes.has("Sites.FullControl.All")) {
    throw accessDenied(
      "Either scp or roles claim need to be present in the token. Managing site permissions needs Sites.FullControl.All.",
    );
  }
  if (siteLevel(ctx.directory, ctx.caller) !== "fullControl") throw accessDenied();
}

function roleOf(body: Record<string, unknown>): SitesSelectedRole {
  const roles: unknown = body["roles"];
  const role: unknown =
    Array.isArray(roles) && roles.length === 1 ? (roles[0] as unknown) : undefined;
  const found = SITES_SELECTED_ROLES.find((r) => r === role);
  if (!found) {
    throw badRequest(`'roles' must hold one of ${SITES_SELECTED_ROLES.join(", ")}.`);
  }
  return found;
}

function object(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("The request body must be a JSON object.", "BadRequest");
  }
  return body as Record<string, unknown>;
}

function applicationOf(body: Record<string, unknown>): { id: string; displayName: string } {
  const identities = body["grantedToIdentitiesV2"] ?? body["grantedToIdentities"];
  const first = Array.isArray(identities) ? (identities[0] as unknown) : undefined;
  const app =
    typeof first === "object" && first !== null
      ? (first as Record<string, unknown>)["application"]
      : undefined;
  const id =
    typeof app === "object" && app !== null ? (app as Record<string, unknown>)["id"] : undefined;
  if (typeof id !== "string" || id.trim() === "") {
    throw badRequest(
      "Only application permissions can be created: 'grantedToIdentities' must name an application id.",
    );
  }
  const name = (app as Record<string, unknown>)["displayName"];
  return { id: id.trim().toLowerCase(), displayName: typeof name === "string" ? name : "" };
}

function grants(directory: Directory): Record<string, SitesSelectedRole> {
  // The directory's table is the one access checks read; grants change it in place.
  return directory.sitesSelectedGrants;
}

function appWithId(ctx: HandlerContext, id: string): string {
  const app = Object.keys(grants(ctx.directory)).find((a) => permissionId(ctx.directory, a) === id);
  if (!app) throw notFound("Item not found");
  return app;
}

export function sitePermissions(ctx: HandlerContext, method: string): GraphResponse {
  checkAdministrator(ctx);
  const table = grants(ctx.directory);
  if (method === "GET") {
    const value = Object.entries(table).map(([app, role]) => render(ctx, app, role));
    return json(200, {
      "@odata.context": `${ctx.graphUrl}/$metadata#sites('${ctx.site.id}')/permissions`,
      value,
    });
  }
  if (method !== "POST") throw methodNotAllowed();
  const body = object(ctx.request.body);
  const role = roleOf(body);
  const app = applicationOf(body);
  table[app.id] = role;
  namesOf(ctx.directory).set(app.id, app.displayName);
  return json(201, render(ctx, app.id, role));
}

export function sitePermission(ctx: HandlerContext, id: string, method: string): GraphResponse {
  checkAdministrator(ctx);
  const app = appWithId(ctx, id);
  const table = grants(ctx.directory);
  if (method === "GET") return json(200, render(ctx, app, table[app] ?? "read"));
  if (method === "PATCH") {
    const role = roleOf(object(ctx.request.body));
    table[app] = role;
    return json(200, render(ctx, app, role));
  }
  if (method === "DELETE") {
    delete table[app];
    return noContent();
  }
  throw methodNotAllowed();
}
