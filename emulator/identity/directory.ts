/**
 * The demo tenant: users, their app roles and SharePoint groups (config/users.json), and the
 * site's permission table (config/permissions.json). Both files are read and checked at start,
 * so a typo fails loudly instead of quietly denying everyone.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_ROLE_DEFINITIONS } from "../sharepoint/site-settings";

export const PERMISSION_LEVELS = ["read", "add", "edit", "contribute", "fullControl"] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export const SITES_SELECTED_ROLES = ["read", "write", "manage", "fullcontrol"] as const;
export type SitesSelectedRole = (typeof SITES_SELECTED_ROLES)[number];

export type DemoUser = {
  readonly upn: string;
  readonly displayName: string;
  /** Entra object id (oid). */
  readonly id: string;
  readonly appRole: string | null;
  readonly groups: readonly string[];
};

export type Directory = {
  readonly tenantId: string;
  /** The add-in's app registration: `appid` in access tokens, `aud` of ID tokens. */
  readonly clientId: string;
  readonly users: readonly DemoUser[];
  /** Group → level on the site, inherited by lists without an entry of their own. */
  readonly sitePermissions: Readonly<Record<string, PermissionLevel>>;
  /** List display name → group → level, for lists that break inheritance. */
  readonly listPermissions: Readonly<Record<string, Readonly<Record<string, PermissionLevel>>>>;
  /**
   * App id → role granted on the site for Sites.Selected tokens. Changed in place by
   * POST/PATCH/DELETE /sites/{id}/permissions (handlers/site-permissions.ts).
   */
  readonly sitesSelectedGrants: Record<string, SitesSelectedRole>;
  /** The site's permission levels by name, as SharePoint REST lists them (roledefinitions). */
  readonly roleDefinitions: readonly string[];
};

const configDir = join(dirname(fileURLToPath(import.meta.url)), "..", "config");

type Json = unknown;

function fail(file: string, what: string): never {
  throw new Error(`emulator/config/${file}: ${what}`);
}

function record(value: Json, file: string, what: string): Record<string, Json> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(file, what);
  return value as Record<string, Json>;
}

function str(value: Json, file: string, what: string): string {
  if (typeof value !== "string" || value === "") fail(file, `${what} must be a non-empty string`);
  return value;
}

function level(value: Json, file: string, what: string): PermissionLevel {
  const found = PERMISSION_LEVELS.find((l) => l === value);
  if (!found) fail(file, `${what} must be one of ${PERMISSION_LEVELS.join(", ")}`);
  return found;
}

function levels(value: Json, file: string, what: string): Record<string, PermissionLevel> {
  const out: Record<string, PermissionLevel> = {};
  for (const [group, l] of Object.entries(record(value, file, what))) {
    out[group] = level(l, file, `${what}.${group}`);
  }
  return out;
}

function parseUser(value: Json, index: number): DemoUser {
  const file = "users.json";
  const u = record(value, file, `users[${index}]`);
  const groups = u["groups"];
  if (!Array.isArray(groups)) fail(file, `users[${index}].groups must be an array`);
  const appRole = u["appRole"];
  return {
    upn: str(u["upn"], file, `users[${index}].upn`).toLowerCase(),
    displayName: str(u["displayName"], file, `users[${index}].displayName`),
    id: str(u["id"], file, `users[${index}].id`),
    appRole: appRole === null ? null : str(appRole, file, `users[${index}].appRole`),
    groups: groups.map((g, i) => str(g, file, `users[${index}].groups[${i}]`)),
  };
}

export function parseDirectory(usersJson: Json, permissionsJson: Json): Directory {
  const u = record(usersJson, "users.json", "the top level must be an object");
  const users = u["users"];
  if (!Array.isArray(users)) fail("users.json", "users must be an array");
  const p = record(permissionsJson, "permissions.json", "the top level must be an object");
  const lists: Record<string, Record<string, PermissionLevel>> = {};
  for (const [name, table] of Object.entries(record(p["lists"], "permissions.json", "lists"))) {
    lists[name] = levels(table, "permissions.json", `lists.${name}`);
  }
  const grants: Record<string, SitesSelectedRole> = {};
  const rawGrants = p["sitesSelectedGrants"] ?? {};
  for (const [app, role] of Object.entries(
    record(rawGrants, "permissions.json", "sitesSelectedGrants"),
  )) {
    const found = SITES_SELECTED_ROLES.find((r) => r === role);
    if (!found) fail("permissions.json", `sitesSelectedGrants.${app} is not a Sites.Selected role`);
    grants[app] = found;
  }
  return {
    tenantId: str(u["tenantId"], "users.json", "tenantId"),
    clientId: str(u["clientId"], "users.json", "clientId"),
    users: users.map(parseUser),
    sitePermissions: levels(p["site"], "permissions.json", "site"),
    listPermissions: lists,
    sitesSelectedGrants: grants,
    roleDefinitions: DEFAULT_ROLE_DEFINITIONS,
  };
}

export function loadDirectory(): Directory {
  const read = (file: string): Json => JSON.parse(readFileSync(join(configDir, file), "utf8"));
  return parseDirectory(read("users.json"), read("permissions.json"));
}

export function findUser(directory: Directory, upn: string): DemoUser | undefined {
  const wanted = upn.trim().toLowerCase();
  return directory.users.find((u) => u.upn === wanted);
}
