import { describe, expect, it } from "vitest";
import type { RoleSettings } from "./config";
import { groupsOverage, rolesFromClaims } from "./roles";

const APP_ROLES: RoleSettings = { source: "appRoles" };
const GROUPS: RoleSettings = {
  source: "groups",
  groups: {
    frontline: "AAAAAAAA-0000-4000-8000-000000000001",
    serviceManager: [
      "aaaaaaaa-0000-4000-8000-000000000002",
      "aaaaaaaa-0000-4000-8000-000000000022",
    ],
    director: "aaaaaaaa-0000-4000-8000-000000000006",
  },
};

describe("roles from app roles", () => {
  it("maps each of the six app-role values", () => {
    const roles = rolesFromClaims(
      {
        roles: [
          "Director",
          "CitySolicitor",
          "AssistantDirector",
          "CityHelpdeskManager",
          "ServiceManager",
          "Frontline",
        ],
      },
      APP_ROLES,
    );
    expect(roles).toEqual([
      "frontline",
      "serviceManager",
      "cityHelpdeskManager",
      "assistantDirector",
      "citySolicitor",
      "director",
    ]);
  });

  it("ignores unknown values, other apps' roles and values that are not strings", () => {
    const claims = {
      roles: [
        "frontline",
        "Admin",
        "constructor",
        "toString",
        7,
        null,
        "ServiceManager",
        "ServiceManager",
      ],
    };
    expect(rolesFromClaims(claims, APP_ROLES)).toEqual(["serviceManager"]);
  });

  it("gives no role when the claim is missing or not a list", () => {
    expect(rolesFromClaims({}, APP_ROLES)).toEqual([]);
    expect(rolesFromClaims({ roles: "Director" }, APP_ROLES)).toEqual([]);
  });

  it("gives frontline to a user with no role only when configured so", () => {
    expect(
      rolesFromClaims({ roles: ["Unknown"] }, { ...APP_ROLES, whenNoRole: "frontline" }),
    ).toEqual(["frontline"]);
    expect(
      rolesFromClaims({ roles: ["Director"] }, { ...APP_ROLES, whenNoRole: "frontline" }),
    ).toEqual(["director"]);
  });

  it("ignores a groups claim when roles come from app roles", () => {
    expect(
      rolesFromClaims({ groups: ["aaaaaaaa-0000-4000-8000-000000000006"] }, APP_ROLES),
    ).toEqual([]);
  });
});

describe("roles from security groups", () => {
  it("maps the configured group object ids, case-insensitively, and keeps every role", () => {
    const claims = {
      groups: [
        "aaaaaaaa-0000-4000-8000-000000000001",
        "AAAAAAAA-0000-4000-8000-000000000022",
        "ffffffff-0000-4000-8000-00000000ffff",
      ],
    };
    expect(rolesFromClaims(claims, GROUPS)).toEqual(["frontline", "serviceManager"]);
  });

  it("ignores app roles when roles come from groups", () => {
    expect(rolesFromClaims({ roles: ["Director"] }, GROUPS)).toEqual([]);
  });

  it("detects the groups overage Entra sends instead of a long groups claim", () => {
    expect(groupsOverage({ _claim_names: { groups: "src1" } })).toBe(true);
    expect(groupsOverage({ hasgroups: true })).toBe(true);
    expect(groupsOverage({ groups: ["a"] })).toBe(false);
  });
});
