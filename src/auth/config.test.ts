import { describe, expect, it } from "vitest";
import { isAuthError } from "../app/ports";
import { parseAppConfig } from "../config";
import {
  adminConsentUrl,
  dialogPageUrl,
  resolveScopes,
  tenantOf,
  type NaaSettings,
} from "./config";
import { createAuth } from "./index";

describe("resolveScopes", () => {
  it("adds User.Read and drops the OpenID scopes MSAL adds itself", () => {
    expect(resolveScopes(["openid", "Sites.Selected", "offline_access"])).toEqual([
      "Sites.Selected",
      "User.Read",
    ]);
  });

  it("keeps one of each scope, however it is written", () => {
    expect(
      resolveScopes([
        "https://graph.microsoft.com/Sites.ReadWrite.All",
        "sites.readwrite.all",
        "user.read",
      ]),
    ).toEqual(["https://graph.microsoft.com/Sites.ReadWrite.All", "user.read"]);
  });

  it("uses Sites.ReadWrite.All and User.Read when none are configured", () => {
    expect(resolveScopes([" ", ""])).toEqual(["Sites.ReadWrite.All", "User.Read"]);
  });

  it("refuses scopes that cannot reach SharePoint, as misconfigured", () => {
    let caught: unknown;
    try {
      resolveScopes(["User.Read", "profile"]);
    } catch (e) {
      caught = e;
    }
    expect(isAuthError(caught) && caught.code).toBe("misconfigured");
  });
});

describe("tenant and URLs", () => {
  const settings: NaaSettings = {
    mode: "naa",
    clientId: "6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a",
    authority: "https://login.microsoftonline.com/common",
    scopes: ["Sites.Selected"],
  };

  it("reads the tenant from the authority, and uses organizations for the multi-tenant ones", () => {
    expect(
      tenantOf("https://login.microsoftonline.com/0f1e2d3c-aaaa-bbbb-cccc-000000000000/"),
    ).toBe("0f1e2d3c-aaaa-bbbb-cccc-000000000000");
    expect(tenantOf("https://login.microsoftonline.com/common")).toBe("organizations");
    expect(tenantOf("not a url")).toBe("organizations");
  });

  it("finds dialog.html beside the task pane unless a redirect URI is configured", () => {
    expect(dialogPageUrl(settings, "https://addin.council.gov.uk/app/taskpane.html?x=1")).toBe(
      "https://addin.council.gov.uk/app/dialog.html",
    );
    expect(
      dialogPageUrl(
        { ...settings, redirectUri: "https://addin.council.gov.uk/auth.html" },
        "https://x/",
      ),
    ).toBe("https://addin.council.gov.uk/auth.html");
  });

  it("builds Microsoft's admin consent URL with full Graph scope names", () => {
    const url = new URL(adminConsentUrl(settings, "https://addin.council.gov.uk/dialog.html"));
    expect(url.origin + url.pathname).toBe(
      "https://login.microsoftonline.com/organizations/v2.0/adminconsent",
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: settings.clientId,
      scope:
        "openid profile offline_access https://graph.microsoft.com/Sites.Selected https://graph.microsoft.com/User.Read",
      redirect_uri: "https://addin.council.gov.uk/dialog.html",
    });
  });
});

describe("src/config's AppConfig", () => {
  it("is accepted as it is by createAuth, in both modes", async () => {
    const emulator = parseAppConfig({
      graph: { baseUrl: "https://localhost:4443/v1.0", customHosts: ["localhost"] },
      site: { hostname: "council.sharepoint.com", path: "/sites/ucb" },
      auth: {
        mode: "emulator",
        emulatorTokenUrl: "https://localhost:1/_emulator/token",
        scopes: ["Sites.ReadWrite.All"],
      },
      roles: { source: "appRoles" },
    });
    const naa = parseAppConfig({
      graph: { baseUrl: "https://graph.microsoft.com/v1.0" },
      site: { hostname: "council.sharepoint.com", path: "/sites/ucb" },
      auth: {
        mode: "naa",
        clientId: "6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a",
        scopes: ["Sites.Selected"],
      },
      roles: { source: "appRoles" },
    });
    if (!emulator.ok || !naa.ok) throw new Error("the sample configurations should be valid");

    const pageUrl = "https://addin.council.gov.uk/taskpane.html";
    expect(await createAuth(emulator.value, { pageUrl })).toHaveProperty("signInAs");
    const host = {
      isNestedAppAuthSupported: () => false,
      openDialog: () => Promise.resolve({ kind: "closed" as const }),
      loginHint: () => undefined,
    };
    const auth = await createAuth(naa.value, { pageUrl, host });
    await expect(auth.getAccessToken()).rejects.toMatchObject({ code: "cancelled" });
    await expect(createAuth(naa.value, { pageUrl })).rejects.toThrowError(/auth host/);
  });
});
