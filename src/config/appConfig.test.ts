import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_NAMES, parseAppConfig } from "./appConfig";

const CLIENT_ID = "6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a";
const GROUP = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

const tenant = {
  graph: { baseUrl: "https://graph.microsoft.com/v1.0/" },
  site: { hostname: "Council.SharePoint.com", path: "/sites/ucb/" },
  auth: { mode: "naa", clientId: CLIENT_ID.toUpperCase(), scopes: ["Sites.ReadWrite.All"] },
  roles: { source: "appRoles" },
};

const emulator = {
  graph: { baseUrl: "https://localhost:4443/v1.0", customHosts: ["localhost"] },
  site: { hostname: "council.sharepoint.com", path: "/sites/ucb" },
  lists: { contacts: "Contact log" },
  auth: {
    mode: "emulator",
    emulatorTokenUrl: "https://localhost:4443/_emulator/token",
    scopes: ["Sites.ReadWrite.All"],
  },
  roles: { source: "appRoles" },
  policy: { appealWindowDays: 21 },
};

function problem(json: unknown) {
  const result = parseAppConfig(json);
  if (result.ok) throw new Error("expected a problem");
  return result.error;
}

describe("a valid configuration", () => {
  it("for a tenant is tidied and completed with defaults", () => {
    expect(parseAppConfig(tenant)).toEqual({
      ok: true,
      value: {
        graph: { baseUrl: "https://graph.microsoft.com/v1.0", customHosts: [] },
        site: { hostname: "council.sharepoint.com", path: "/sites/ucb" },
        lists: DEFAULT_LIST_NAMES,
        auth: {
          mode: "naa",
          clientId: CLIENT_ID,
          authority: "https://login.microsoftonline.com/organizations",
          scopes: ["Sites.ReadWrite.All"],
        },
        roles: { source: "appRoles" },
      },
    });
  });

  it("for the emulator keeps renamed lists, the others by default, and the policy overlay", () => {
    const result = parseAppConfig(emulator);
    expect(result.ok && result.value.lists).toEqual({
      ...DEFAULT_LIST_NAMES,
      contacts: "Contact log",
    });
    expect(result.ok && result.value.policy).toEqual({ appealWindowDays: 21 });
    expect(result.ok && result.value.auth).toEqual(emulator.auth);
  });

  it("with roles from Entra groups: some roles, one or several groups each", () => {
    const roles = {
      source: "groups",
      groups: { frontline: [GROUP(1), GROUP(2)], cityHelpdeskManager: GROUP(3).toUpperCase() },
      whenNoRole: "frontline",
    };
    const result = parseAppConfig({ ...tenant, roles });
    expect(result.ok && result.value.roles).toEqual({
      source: "groups",
      groups: { frontline: [GROUP(1), GROUP(2)], cityHelpdeskManager: [GROUP(3)] },
      whenNoRole: "frontline",
    });
  });
});

describe("a problem names the field and says what it should be", () => {
  const cases: [field: string, json: unknown, message: RegExp][] = [
    [
      "auth.clientId",
      { ...tenant, auth: { ...tenant.auth, clientId: "my-app" } },
      /auth.clientId must be the app registration's application \(client\) ID, a GUID .*; it is "my-app"\./,
    ],
    [
      "auth.clientId",
      { ...tenant, auth: { ...tenant.auth, clientId: undefined } },
      /it is missing/,
    ],
    [
      "graph.baseUrl",
      { ...tenant, graph: { baseUrl: "http://graph.microsoft.com/v1.0" } },
      /must be an https URL without a query/,
    ],
    [
      "site.hostname",
      { ...tenant, site: { hostname: "https://council.sharepoint.com/sites/ucb", path: "/x" } },
      /must be a host name only, such as council.sharepoint.com/,
    ],
    [
      "site.path",
      { ...tenant, site: { hostname: "council.sharepoint.com", path: "sites/ucb" } },
      /"\/sites\/ucb"/,
    ],
    [
      "auth.mode",
      { ...tenant, auth: { ...tenant.auth, mode: "sso" } },
      /"naa" .* or "emulator"; it is "sso"/,
    ],
    [
      "auth.scopes",
      { ...tenant, auth: { ...tenant.auth, scopes: ["openid", "profile"] } },
      /at least one Graph scope/,
    ],
    [
      "auth.scopes[0]",
      { ...tenant, auth: { ...tenant.auth, scopes: ["Sites.Read All"] } },
      /without spaces/,
    ],
    [
      "roles.groups.serviceManager[1]",
      {
        ...tenant,
        roles: { source: "groups", groups: { serviceManager: [GROUP(1), "Managers"] } },
      },
      /the Entra group's object ID, a GUID .*; it is "Managers"/,
    ],
    [
      "roles.groups",
      { ...tenant, roles: { source: "groups", groups: {} } },
      /a group object ID for at least one role/,
    ],
    [
      "roles.groups.manager",
      { ...tenant, roles: { source: "groups", groups: { manager: GROUP(1) } } },
      /unknown setting "manager"; the settings are frontline, serviceManager/,
    ],
    [
      "roles.whenNoRole",
      { ...tenant, roles: { source: "appRoles", whenNoRole: "everyone" } },
      /"none" \(no access\) or "frontline"/,
    ],
    [
      "roles.groups",
      { ...tenant, roles: { source: "appRoles", groups: {} } },
      /unknown setting "groups"/,
    ],
    [
      "auth.clientId",
      { ...emulator, auth: { ...emulator.auth, clientId: "" } },
      /text of 1 to 255/,
    ],
    ["lists.register", { ...emulator, lists: { register: "" } }, /text of 1 to 255/],
  ];

  it.each(cases)("%s", (field, json, message) => {
    const error = problem(json);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it("refuses a misspelt setting instead of ignoring it", () => {
    expect(problem({ ...tenant, auth: { ...tenant.auth, clientID: CLIENT_ID } })).toEqual({
      field: "auth.clientID",
      message:
        'auth has an unknown setting "clientID"; the settings are mode, clientId, authority, scopes, redirectUri.',
    });
    expect(problem({ ...tenant, site2: {} }).field).toBe("site2");
  });

  it("refuses a Graph host that would not be sent the token", () => {
    expect(problem({ ...emulator, graph: { baseUrl: "https://localhost:4443/v1.0" } })).toEqual({
      field: "graph.customHosts",
      message:
        'graph.customHosts must include "localhost" for the add-in to send its access token to https://localhost:4443/v1.0.',
    });
  });

  it("says when there is no configuration object at all", () => {
    expect(problem(["not", "an", "object"])).toEqual({
      field: "window.ucbConfig",
      message: 'window.ucbConfig must be an object; it is ["not","an","object"].',
    });
  });
});
