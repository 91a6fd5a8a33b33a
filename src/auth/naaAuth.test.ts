import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  ServerError,
  type Configuration,
} from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { isAuthError, type AuthError } from "../app/ports";
import type { NaaConfig } from "./config";
import { createNaaAuth, RENEW_BEFORE_MS } from "./naaAuth";
import { FakePca, tokenResult } from "./testing/fakePca";
import { ADDIN_ORIGIN, dialogTokenMessage, FakeHost } from "./testing/fakeHost";

const CLIENT_ID = "11111111-2222-3333-4444-555555555555";
const CONFIG: NaaConfig = {
  auth: {
    mode: "naa",
    clientId: CLIENT_ID,
    authority: "https://login.microsoftonline.com/council-tenant",
    scopes: ["Sites.Selected"],
  },
  roles: { source: "appRoles" },
};
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);
const MINUTE = 60_000;
const inAnHour = () => new Date(T0 + 60 * MINUTE);

function setup(
  options: { naa?: boolean; config?: NaaConfig; runtime?: "pane" | "eventRuntime" } = {},
) {
  let clock = T0;
  const pca = new FakePca();
  const host = new FakeHost(options.naa ?? true);
  const configurations: Configuration[] = [];
  const auth = createNaaAuth(options.config ?? CONFIG, {
    host,
    pageUrl: `${ADDIN_ORIGIN}/taskpane.html`,
    createClient: (c) => {
      configurations.push(c);
      return Promise.resolve(pca);
    },
    now: () => clock,
    newCorrelationId: () => "corr-ours",
    ...(options.runtime ? { runtime: options.runtime } : {}),
  });
  return { auth, pca, host, configurations, advance: (ms: number) => (clock += ms) };
}

async function authError(p: Promise<unknown>): Promise<AuthError> {
  const e: unknown = await p.then(
    () => new Error("expected an AuthError, but the call succeeded"),
    (err: unknown) => err,
  );
  if (!isAuthError(e)) throw e instanceof Error ? e : new Error(String(e));
  return e;
}

const interactionRequired = () =>
  new InteractionRequiredAuthError("interaction_required", "corr-msal", "AADSTS50058: no session");

describe("NAA: silent first", () => {
  it("returns the silent token, creating one MSAL client with a sessionStorage cache", async () => {
    const { auth, pca, configurations } = setup();
    pca.script("acquireTokenSilent", tokenResult("naa-1", inAnHour()));

    expect(await auth.getAccessToken()).toBe("naa-1");
    expect(await auth.getAccessToken()).toBe("naa-1");

    expect(configurations).toHaveLength(1);
    expect(configurations[0]?.cache?.cacheLocation).toBe("sessionStorage");
    expect(configurations[0]?.auth.clientId).toBe(CLIENT_ID);
    expect(pca.count("acquireTokenSilent")).toBe(1);
    expect(pca.count("acquireTokenPopup")).toBe(0);
    const [first] = pca.calls;
    expect(first?.method === "acquireTokenSilent" && first.request.scopes).toEqual([
      "Sites.Selected",
      "User.Read",
    ]);
  });

  it("goes to the popup only when MSAL says interaction is required", async () => {
    const { auth, pca } = setup();
    pca.script("acquireTokenSilent", interactionRequired());
    pca.script("acquireTokenPopup", tokenResult("popup-1", inAnHour()));

    expect(await auth.getAccessToken()).toBe("popup-1");
    expect(pca.calls.map((c) => c.method)).toEqual(["acquireTokenSilent", "acquireTokenPopup"]);
  });

  it("shares one popup between concurrent callers", async () => {
    const { auth, pca } = setup();
    pca.script("acquireTokenSilent", interactionRequired());
    pca.script("acquireTokenPopup", tokenResult("popup-1", inAnHour()));

    const tokens = await Promise.all([
      auth.getAccessToken(),
      auth.currentUser(),
      auth.getAccessToken(),
    ]);

    expect(tokens[0]).toBe("popup-1");
    expect(pca.count("acquireTokenPopup")).toBe(1);
  });

  it("asks MSAL again when the token is about to expire, and bypasses its cache on forceRefresh", async () => {
    const { auth, pca, advance } = setup();
    const soon = new Date(T0 + 10 * MINUTE);
    pca.script(
      "acquireTokenSilent",
      tokenResult("first", soon),
      tokenResult("second", new Date(T0 + 70 * MINUTE)),
      tokenResult("third", new Date(T0 + 80 * MINUTE)),
    );

    expect(await auth.getAccessToken()).toBe("first");
    advance(10 * MINUTE - RENEW_BEFORE_MS + 1);
    expect(await auth.getAccessToken()).toBe("second");
    expect(await auth.getAccessToken({ forceRefresh: true })).toBe("third");

    const silent = pca.calls.filter((c) => c.method === "acquireTokenSilent");
    expect(silent.map((c) => c.method === "acquireTokenSilent" && c.request.forceRefresh)).toEqual([
      false,
      false,
      true,
    ]);
    // After the first sign-in, MSAL is asked for the same account.
    const second = silent[1];
    expect(second?.method === "acquireTokenSilent" && second.request.account?.username).toBe(
      "alex.morgan@council.example",
    );
    expect(pca.count("acquireTokenPopup")).toBe(0);
  });
});

describe("NAA in Outlook's event runtime (the send check)", () => {
  it("gets the token silently, with MSAL's cache in memory", async () => {
    const { auth, pca, configurations } = setup({ runtime: "eventRuntime" });
    pca.script("acquireTokenSilent", tokenResult("naa-1", inAnHour()));
    expect(await auth.getAccessToken()).toBe("naa-1");
    expect(configurations[0]?.cache?.cacheLocation).toBe("memoryStorage");
  });

  it("opens no popup when interaction is required: the user must sign in in the pane", async () => {
    const { auth, pca, host } = setup({ runtime: "eventRuntime" });
    pca.script("acquireTokenSilent", interactionRequired());
    const error = await authError(auth.getAccessToken());
    expect(error.code).toBe("interactionRequired");
    expect(error.message).toMatch(/sign in once in the task pane/);
    expect(pca.count("acquireTokenPopup")).toBe(0);
    expect(host.openedUrls).toEqual([]);
  });

  it("opens no dialog where Outlook has no NAA", async () => {
    const { auth, host, configurations } = setup({ runtime: "eventRuntime", naa: false });
    expect((await authError(auth.getAccessToken())).code).toBe("interactionRequired");
    expect(host.openedUrls).toEqual([]);
    expect(configurations).toHaveLength(0);
  });
});

describe("NAA: the dialog fallback", () => {
  it("uses the Office dialog when NAA is unsupported, without creating an MSAL client", async () => {
    const { auth, host, configurations } = setup({ naa: false });
    host.answer(dialogTokenMessage("dialog-1", inAnHour()));

    expect(await auth.getAccessToken()).toBe("dialog-1");
    expect(await auth.getAccessToken()).toBe("dialog-1");

    expect(configurations).toHaveLength(0);
    expect(host.openedUrls).toHaveLength(1);
    const url = host.openedUrls[0];
    expect(url?.origin + (url?.pathname ?? "")).toBe(`${ADDIN_ORIGIN}/dialog.html`);
    expect(url?.searchParams.get("clientId")).toBe(CLIENT_ID);
    expect(url?.searchParams.get("scopes")).toBe("Sites.Selected User.Read");
    expect(url?.searchParams.get("loginHint")).toBe("alex.morgan@council.example");
  });

  it("gives the user from the dialog's ID-token claims", async () => {
    const { auth, host } = setup({ naa: false });
    host.answer(
      dialogTokenMessage("dialog-1", inAnHour(), {
        name: "Priya Shah",
        preferred_username: "Priya.Shah@council.example",
        roles: ["ServiceManager", "Frontline"],
      }),
    );

    expect(await auth.currentUser()).toEqual({
      name: "Priya Shah",
      email: "priya.shah@council.example",
      roles: ["frontline", "serviceManager"],
    });
  });

  it("falls back to the dialog when the popup cannot open, and stays with it", async () => {
    const { auth, pca, host, advance } = setup();
    pca.script("acquireTokenSilent", interactionRequired());
    pca.script("acquireTokenPopup", new BrowserAuthError("popup_window_error", "corr-msal"));
    host.answer(
      dialogTokenMessage("dialog-1", new Date(T0 + 10 * MINUTE)),
      dialogTokenMessage("dialog-2", inAnHour()),
    );

    expect(await auth.getAccessToken()).toBe("dialog-1");
    advance(6 * MINUTE);
    expect(await auth.getAccessToken()).toBe("dialog-2");

    expect(pca.count("acquireTokenSilent")).toBe(1);
    expect(pca.count("acquireTokenPopup")).toBe(1);
    expect(host.openedUrls).toHaveLength(2);
  });

  it("falls back to the dialog when the host reports the NAA bridge disabled", async () => {
    const { auth, pca, host } = setup();
    pca.script(
      "acquireTokenSilent",
      new BrowserAuthError("nested_app_auth_bridge_disabled", "corr-msal"),
    );
    host.answer(dialogTokenMessage("dialog-1", inAnHour()));

    expect(await auth.getAccessToken()).toBe("dialog-1");
    expect(pca.count("acquireTokenPopup")).toBe(0);
  });

  it("uses the dialog when MSAL finds no bridge and the pane's build has no standard MSAL", async () => {
    // The task pane's MSAL has a stand-in for its standard controller (webpack.config.js): where
    // the bridge is missing after all, createNestablePublicClientApplication throws this.
    const { StandardController } = await import("./msalStandardUnavailable");
    const host = new FakeHost(true);
    const auth = createNaaAuth(CONFIG, {
      host,
      pageUrl: `${ADDIN_ORIGIN}/taskpane.html`,
      createClient: () => Promise.resolve().then(() => new StandardController() as never),
      now: () => T0,
      newCorrelationId: () => "corr-ours",
    });
    host.answer(dialogTokenMessage("dialog-1", inAnHour()));
    expect(await auth.getAccessToken()).toBe("dialog-1");
  });

  it.each([
    ["not JSON", "token=abc"],
    ["another protocol", JSON.stringify({ protocol: "other/1", kind: "token", accessToken: "x" })],
    [
      "a token without expiry",
      JSON.stringify({
        protocol: "ucb-auth-dialog/1",
        kind: "token",
        accessToken: "x",
        claims: {},
      }),
    ],
    ["an unknown kind", JSON.stringify({ protocol: "ucb-auth-dialog/1", kind: "hello" })],
  ])("refuses a malformed dialog message (%s) and uses no token", async (_why, message) => {
    const { auth, host } = setup({ naa: false });
    host.answer({ kind: "message", message, origin: ADDIN_ORIGIN });

    const e = await authError(auth.getAccessToken());

    expect(e.code).toBe("unavailable");
    expect(e.message).toMatch(/cannot read/);
    expect(e.correlationId).toBe("corr-ours");
  });

  it("refuses a well-formed message from another origin", async () => {
    const { auth, host } = setup({ naa: false });
    const genuine = dialogTokenMessage("stolen", inAnHour());
    if (genuine.kind !== "message") throw new Error("unexpected");
    host.answer({ ...genuine, origin: "https://evil.example" });

    const e = await authError(auth.getAccessToken());

    expect(e.code).toBe("unavailable");
    expect(e.message).toMatch(/unexpected origin/);
  });

  it("tries again after a failed dialog rather than keeping the failure", async () => {
    const { auth, host } = setup({ naa: false });
    host.answer({ kind: "closed" }, dialogTokenMessage("dialog-2", inAnHour()));

    expect((await authError(auth.getAccessToken())).code).toBe("cancelled");
    expect(await auth.getAccessToken()).toBe("dialog-2");
  });

  it.each([
    [12009, "popupBlocked"],
    [12011, "popupBlocked"],
    [12004, "misconfigured"],
    [12002, "misconfigured"],
    [12007, "interactionRequired"],
    [12345, "unavailable"],
  ])("maps Office dialog error %i to %s", async (code, expected) => {
    const { auth, host } = setup({ naa: false });
    host.answer({ kind: "failed", code, description: "from Office" });

    expect((await authError(auth.getAccessToken())).code).toBe(expected);
  });

  it("passes on the dialog's own sign-in error with its correlation id", async () => {
    const { auth, host } = setup({ naa: false });
    host.answer({
      kind: "message",
      origin: ADDIN_ORIGIN,
      message: JSON.stringify({
        protocol: "ucb-auth-dialog/1",
        kind: "error",
        name: "ServerError",
        errorCode: "invalid_grant",
        errorMessage: "AADSTS65001: The user or administrator has not consented.",
        correlationId: "corr-dialog",
      }),
    });

    const e = await authError(auth.getAccessToken());

    expect(e.code).toBe("consentRequired");
    expect(e.correlationId).toBe("corr-dialog");
  });
});

describe("NAA: failures as AuthError", () => {
  it("reports missing admin consent with what an administrator needs to act", async () => {
    const { auth, pca } = setup();
    pca.script(
      "acquireTokenSilent",
      new InteractionRequiredAuthError(
        "invalid_grant",
        "corr-msal",
        "AADSTS65001: consent",
        "consent_required",
      ),
    );
    pca.script(
      "acquireTokenPopup",
      new ServerError(
        "invalid_grant",
        "corr-popup",
        "AADSTS65001: The user or administrator has not consented to use the application.",
      ),
    );

    const e = await authError(auth.getAccessToken());

    expect(e.code).toBe("consentRequired");
    expect(e.correlationId).toBe("corr-popup");
    expect(e.message).toContain(CLIENT_ID);
    expect(e.message).toContain("Grant admin consent");
    const url = new URL(
      /https:\/\/login\.microsoftonline\.com\/\S+adminconsent\S+/.exec(e.message)?.[0] ?? "",
    );
    expect(url.pathname).toBe("/council-tenant/v2.0/adminconsent");
    expect(url.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(url.searchParams.get("scope")).toBe(
      "openid profile offline_access https://graph.microsoft.com/Sites.Selected https://graph.microsoft.com/User.Read",
    );
    expect(url.searchParams.get("redirect_uri")).toBe(`${ADDIN_ORIGIN}/dialog.html`);
  });

  it("reports a refusal a setting causes as misconfigured, naming the fix for IT", async () => {
    const { auth, pca } = setup();
    const refusal = new ServerError(
      "invalid_request",
      "corr-tenant",
      "AADSTS50194: Application is not configured as a multi-tenant application.",
    );
    pca.script("acquireTokenSilent", refusal);
    pca.script("acquireTokenPopup", refusal);

    const e = await authError(auth.getAccessToken());

    expect(e.code).toBe("misconfigured");
    expect(e.correlationId).toBe("corr-tenant");
    expect(e.message).toContain("AADSTS50194: the app registration is single tenant");
    expect(e.message).toContain("UCB_TENANT_ID");
  });

  it("reports a user who closes the popup as cancelled", async () => {
    const { auth, pca, host } = setup();
    pca.script("acquireTokenSilent", interactionRequired());
    pca.script("acquireTokenPopup", new BrowserAuthError("user_cancelled", "corr-msal"));

    const e = await authError(auth.getAccessToken());

    expect(e.code).toBe("cancelled");
    expect(e.correlationId).toBe("corr-msal");
    expect(host.openedUrls).toHaveLength(0);
  });

  it("does not open a popup for a failure interaction cannot fix", async () => {
    const { auth, pca } = setup();
    pca.script(
      "acquireTokenSilent",
      new ServerError("invalid_request", "corr-msal", "AADSTS50011: redirect URI mismatch"),
    );

    const e = await authError(auth.getAccessToken());

    expect(e.code).toBe("misconfigured");
    expect(pca.count("acquireTokenPopup")).toBe(0);
  });

  it("reports a network failure as unavailable, with our correlation id when MSAL has none", async () => {
    const { auth, pca } = setup();
    pca.script("acquireTokenSilent", new TypeError("Failed to fetch"));

    const e = await authError(auth.getAccessToken());

    expect(e.code).toBe("unavailable");
    expect(e.correlationId).toBe("corr-ours");
  });

  it("refuses a configuration without a SharePoint scope before signing in", () => {
    expect(() =>
      setup({ config: { ...CONFIG, auth: { ...CONFIG.auth, scopes: ["User.Read"] } } }),
    ).toThrowError(/no SharePoint scope/);
  });
});

describe("NAA: the session", () => {
  it("gives name, email and every role from the ID token", async () => {
    const { auth, pca } = setup();
    pca.script(
      "acquireTokenSilent",
      tokenResult("naa-1", inAnHour(), {
        name: "Jordan Lee",
        preferred_username: "jordan.lee@council.example",
        roles: ["CityHelpdeskManager", "ServiceManager", "SomeOtherAppsRole"],
      }),
    );

    expect(await auth.currentUser()).toEqual({
      name: "Jordan Lee",
      email: "jordan.lee@council.example",
      roles: ["serviceManager", "cityHelpdeskManager"],
    });
  });

  it("gives a user with no role no roles (no access), unless configured otherwise", async () => {
    const noRole = { name: "Site Admin", preferred_username: "it.admin@council.example" };
    const strict = setup();
    strict.pca.script("acquireTokenSilent", tokenResult("t", inAnHour(), noRole));
    const lenient = setup({
      config: { ...CONFIG, roles: { source: "appRoles", whenNoRole: "frontline" } },
    });
    lenient.pca.script("acquireTokenSilent", tokenResult("t", inAnHour(), noRole));

    expect((await strict.auth.currentUser()).roles).toEqual([]);
    expect((await lenient.auth.currentUser()).roles).toEqual(["frontline"]);
  });
});
