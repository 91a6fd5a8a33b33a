/**
 * Two gates, as in SharePoint behind Graph: the token's delegated scopes (what the app may do)
 * and the user's SharePoint groups on the site or list (what the person may do). A request
 * passes only if both allow it; either refusal is 403 accessDenied.
 */
import { accessDenied } from "../http/graph-error";
import type { Caller } from "./tokens";
import { PERMISSION_LEVELS, type Directory, type PermissionLevel } from "./directory";

/** What a request does to a list, in SharePoint's terms. */
export type Operation = "read" | "add" | "edit" | "delete" | "manage";

type ScopeNeed = "read" | "write" | "manage";

const SCOPE_NEED: Record<Operation, ScopeNeed> = {
  read: "read",
  add: "write",
  edit: "write",
  delete: "write",
  manage: "manage",
};

/** Graph's Sites.* scopes and SharePoint's own AllSites.* (a token carries one resource's only). */
const SCOPES_GRANTING: Record<ScopeNeed, readonly string[]> = {
  read: [
    "Sites.Read.All",
    "Sites.ReadWrite.All",
    "Sites.Manage.All",
    "Sites.FullControl.All",
    "AllSites.Read",
    "AllSites.Write",
    "AllSites.Manage",
    "AllSites.FullControl",
  ],
  write: [
    "Sites.ReadWrite.All",
    "Sites.Manage.All",
    "Sites.FullControl.All",
    "AllSites.Write",
    "AllSites.Manage",
    "AllSites.FullControl",
  ],
  manage: ["Sites.Manage.All", "Sites.FullControl.All", "AllSites.Manage", "AllSites.FullControl"],
};

const SELECTED_ROLES_GRANTING: Record<ScopeNeed, readonly string[]> = {
  read: ["read", "write", "manage", "fullcontrol"],
  write: ["write", "manage", "fullcontrol"],
  manage: ["manage", "fullcontrol"],
};

/** The lowest permission level that allows each operation (levels form a chain). */
const LEVEL_NEEDED: Record<Operation, PermissionLevel> = {
  read: "read",
  add: "add",
  edit: "edit",
  delete: "contribute",
  manage: "fullControl",
};

const rank = (level: PermissionLevel): number => PERMISSION_LEVELS.indexOf(level);

export function checkScopes(directory: Directory, caller: Caller, operation: Operation): void {
  const need = SCOPE_NEED[operation];
  if (SCOPES_GRANTING[need].some((s) => caller.scopes.has(s))) return;
  if (caller.scopes.has("Sites.Selected")) {
    const role = directory.sitesSelectedGrants[caller.appId];
    if (role && SELECTED_ROLES_GRANTING[need].includes(role)) return;
  }
  throw accessDenied(
    caller.scopes.size === 0
      ? "Either scp or roles claim need to be present in the token."
      : "Request Doesn't have the required Permission scopes to access a site.",
  );
}

function highest(
  groups: readonly string[],
  table: Readonly<Record<string, PermissionLevel>>,
): PermissionLevel | null {
  let best: PermissionLevel | null = null;
  for (const group of groups) {
    const level = table[group];
    if (level && (best === null || rank(level) > rank(best))) best = level;
  }
  return best;
}

/** The user's level on a list: its own table if it breaks inheritance, else the site's. */
export function listLevel(
  directory: Directory,
  caller: Caller,
  listDisplayName: string,
): PermissionLevel | null {
  const wanted = listDisplayName.toLowerCase();
  const own = Object.entries(directory.listPermissions).find(
    ([name]) => name.toLowerCase() === wanted,
  );
  return highest(caller.user.groups, own ? own[1] : directory.sitePermissions);
}

export function siteLevel(directory: Directory, caller: Caller): PermissionLevel | null {
  return highest(caller.user.groups, directory.sitePermissions);
}

export function allows(level: PermissionLevel | null, operation: Operation): boolean {
  return level !== null && rank(level) >= rank(LEVEL_NEEDED[operation]);
}

export function checkList(
  directory: Directory,
  caller: Caller,
  listDisplayName: string,
  operation: Operation,
): void {
  checkScopes(directory, caller, operation);
  if (!allows(listLevel(directory, caller, listDisplayName), operation)) throw accessDenied();
}

export function checkSite(directory: Directory, caller: Caller, operation: Operation): void {
  checkScopes(directory, caller, operation);
  if (!allows(siteLevel(directory, caller), operation)) throw accessDenied();
}
