import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_NAMES, parseAppConfig } from "./appConfig";
import { configFromEnvironment, configScript } from "./environment";

const CLIENT_ID = "6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a";

describe("config.js from the environment", () => {
  it("with no variables points at the local emulator and its demo site", () => {
    expect(configFromEnvironment({})).toEqual({
      ok: true,
      value: {
        graph: { baseUrl: "https://localhost:4443/v1.0", customHosts: ["localhost"] },
        site: { hostname: "council.sharepoint.com", path: "/sites/ucb" },
        lists: DEFAULT_LIST_NAMES,
        auth: {
          mode: "emulator",
          emulatorTokenUrl: "https://localhost:4443/_emulator/token",
          scopes: ["Sites.ReadWrite.All", "User.Read"],
        },
        roles: { source: "appRoles" },
        helpdeskMailbox: "jordan.lee@council.example",
      },
    });
  });

  it("sends referrals to UCB_HELPDESK_MAILBOX, and names it when it is not an address", () => {
    const set = configFromEnvironment({
      UCB_HELPDESK_MAILBOX: " Helpdesk.Manager@Council.gov.uk ",
    });
    expect(set.ok && set.value.helpdeskMailbox).toBe("helpdesk.manager@council.gov.uk");
    const wrong = configFromEnvironment({ UCB_HELPDESK_MAILBOX: "helpdesk manager" });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error.message).toMatch(/UCB_HELPDESK_MAILBOX/);
  });

  it("for a tenant signs in with NAA against Microsoft Graph", () => {
    const result = configFromEnvironment({
      UCB_CLIENT_ID: CLIENT_ID,
      UCB_AUTHORITY: "https://login.microsoftonline.com/5f0c9a7e-1111-4222-8333-944455556666",
      UCB_SITE_HOSTNAME: "portsmouthcc.sharepoint.com",
      UCB_SITE_PATH: "/sites/customer-contact",
      UCB_SCOPES: "Sites.ReadWrite.All, User.Read",
      UCB_LIST_NAMES: '{"register":"Restricted customers"}',
      UCB_ROLES_SOURCE: "groups",
      UCB_ROLE_GROUPS: [
        "frontline=00000000-0000-4000-8000-000000000001",
        "serviceManager=00000000-0000-4000-8000-000000000002",
        "frontline=00000000-0000-4000-8000-000000000003",
      ].join(","),
      UCB_WHEN_NO_ROLE: "frontline",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.graph).toEqual({
      baseUrl: "https://graph.microsoft.com/v1.0",
      customHosts: [],
    });
    expect(result.value.auth).toEqual({
      mode: "naa",
      clientId: CLIENT_ID,
      authority: "https://login.microsoftonline.com/5f0c9a7e-1111-4222-8333-944455556666",
      scopes: ["Sites.ReadWrite.All", "User.Read"],
    });
    expect(result.value.site).toEqual({
      hostname: "portsmouthcc.sharepoint.com",
      path: "/sites/customer-contact",
    });
    expect(result.value.lists.register).toBe("Restricted customers");
    expect(result.value.roles).toEqual({
      source: "groups",
      groups: {
        frontline: ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000003"],
        serviceManager: ["00000000-0000-4000-8000-000000000002"],
      },
      whenNoRole: "frontline",
    });
  });

  it("takes the tenant from UCB_TENANT_ID when UCB_AUTHORITY is not set", () => {
    const result = configFromEnvironment({
      UCB_CLIENT_ID: CLIENT_ID,
      UCB_TENANT_ID: "5f0c9a7e-1111-4222-8333-944455556666",
      UCB_SITE_HOSTNAME: "portsmouthcc.sharepoint.com",
    });
    expect(result.ok && result.value.auth).toMatchObject({
      mode: "naa",
      authority: "https://login.microsoftonline.com/5f0c9a7e-1111-4222-8333-944455556666",
    });
  });

  // A single-tenant registration at /organizations fails every sign-in with AADSTS50194.
  it.each([
    [{}, /^A tenant build needs the tenant to sign in to\. Set UCB_TENANT_ID=/],
    [
      { UCB_AUTHORITY: "https://login.microsoftonline.com/organizations" },
      /^The authority "https:\/\/login\.microsoftonline\.com\/organizations" names no tenant\. Set UCB_TENANT_ID=.*AADSTS50194/,
    ],
    [{ UCB_AUTHORITY: "https://login.microsoftonline.com/common/" }, /names no tenant/],
    [{ UCB_AUTHORITY: "login.microsoftonline.com/contoso" }, /names no tenant/],
  ])("refuses a tenant build without a tenant authority: %j", (extra, message) => {
    const result = configFromEnvironment({
      UCB_CLIENT_ID: CLIENT_ID,
      UCB_SITE_HOSTNAME: "portsmouthcc.sharepoint.com",
      ...extra,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ field: "auth.authority" });
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it("includes the policy overlay it is given", () => {
    const result = configFromEnvironment({}, { appealWindowDays: 21 });
    expect(result.ok && result.value.policy).toEqual({ appealWindowDays: 21 });
  });

  it.each([
    [
      { UCB_CLIENT_ID: "abc", UCB_SITE_HOSTNAME: "x.sharepoint.com", UCB_TENANT_ID: "t" },
      /auth.clientId must be .*\(Set by UCB_CLIENT_ID\.\)$/,
    ],
    [{ UCB_CLIENT_ID: CLIENT_ID }, /^UCB_SITE_HOSTNAME is required when signing in to a tenant\.$/],
    [
      { UCB_AUTH_MODE: "emulator", UCB_EMULATOR_URL: "http://localhost:4443" },
      /^UCB_EMULATOR_URL must be the emulator's https origin/,
    ],
    [{ UCB_ROLE_GROUPS: "frontline" }, /UCB_ROLE_GROUPS must be role=groupId pairs/],
    [{ UCB_LIST_NAMES: "register=Cases" }, /UCB_LIST_NAMES must be JSON/],
    [{ UCB_AUTH_MODE: "sso" }, /\(Set by UCB_AUTH_MODE\.\)$/],
  ])("names the variable to fix: %j", (env, message) => {
    const result = configFromEnvironment(env);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it("writes a config.js that sets window.ucbConfig to the same configuration", () => {
    const result = configFromEnvironment({});
    if (!result.ok) throw new Error(result.error.message);
    const script = configScript(result.value);
    const window: { ucbConfig?: unknown } = {};
    runInNewContext(script, { window });
    expect(parseAppConfig(window.ucbConfig)).toEqual(result);
    expect(script).toMatch(/^\/\/ Settings for the customer contact restrictions add-in/);
  });
});
