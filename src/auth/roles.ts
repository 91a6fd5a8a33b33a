/**
 * The user's roles, read from the claims of the add-in's own ID token: Entra app roles
 * (`roles`), or security groups (`groups`) mapped by object id. Values we do not know are
 * ignored, so a tenant's other roles never grant anything here.
 */
import { ROLES, type Role } from "../domain/types";
import type { RoleSettings } from "./config";

/** The app-role values defined in the registration (docs/admin-setup.md) and their roles. */
export const APP_ROLE_VALUES: Readonly<Record<string, Role>> = {
  Frontline: "frontline",
  ServiceManager: "serviceManager",
  CityHelpdeskManager: "cityHelpdeskManager",
  AssistantDirector: "assistantDirector",
  CitySolicitor: "citySolicitor",
  Director: "director",
};

// A Map, so that a claim value such as "constructor" cannot reach Object.prototype.
const BY_VALUE = new Map(Object.entries(APP_ROLE_VALUES));

export type Claims = Readonly<Record<string, unknown>>;

function strings(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * True when Entra left the `groups` claim out because the user is in too many groups (over
 * 200 in a JWT): it then sends `_claim_names.groups` or `hasgroups` instead. The fix is the
 * registration's "groups assigned to the application" option (docs/admin-setup.md).
 */
export function groupsOverage(claims: Claims): boolean {
  const names = claims["_claim_names"];
  const overage =
    typeof names === "object" && names !== null && "groups" in names && !("groups" in claims);
  return overage || claims["hasgroups"] === true || claims["hasgroups"] === "true";
}

function rolesFromGroups(claims: Claims, settings: RoleSettings): Set<Role> {
  const member = new Set(strings(claims["groups"]).map((g) => g.toLowerCase()));
  const found = new Set<Role>();
  for (const role of ROLES) {
    const ids = settings.groups?.[role];
    const list = typeof ids === "string" ? [ids] : (ids ?? []);
    if (list.some((id) => member.has(id.trim().toLowerCase()))) found.add(role);
  }
  return found;
}

/** Every role the claims give, in the policy's order; several roles are all kept. */
export function rolesFromClaims(claims: Claims, settings: RoleSettings): readonly Role[] {
  const found =
    settings.source === "groups"
      ? rolesFromGroups(claims, settings)
      : new Set(strings(claims["roles"]).flatMap((v) => BY_VALUE.get(v) ?? []));
  if (found.size === 0 && settings.whenNoRole === "frontline") return ["frontline"];
  return ROLES.filter((r) => found.has(r));
}
