import { BrowserAuthError, ServerError, type Configuration } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { FakePca, tokenResult } from "../testing/fakePca";
import { hasAuthResponse, runDialog } from "./dialogFlow";
import { dialogStartUrl, parseAnswer, readDialogParams } from "./protocol";

const PAGE = "https://addin.council.gov.uk/dialog.html";
const PARAMS = {
  clientId: "6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a",
  authority: "https://login.microsoftonline.com/council-tenant",
  scopes: ["Sites.Selected", "User.Read"],
  loginHint: "alex.morgan@council.example",
};

function environment(url: string) {
  const pca = new FakePca();
  const sent: string[] = [];
  const shown: string[] = [];
  const configurations: Configuration[] = [];
  let bridged = 0;
  const env = {
    url: new URL(url),
    connectToParent: () => Promise.resolve({ send: (m: string) => void sent.push(m) }),
    createClient: (c: Configuration) => {
      configurations.push(c);
      return Promise.resolve(pca);
    },
    bridge: () => {
      bridged += 1;
      return Promise.resolve();
    },
    show: (text: string) => void shown.push(text),
  };
  return { env, pca, sent, shown, configurations, bridged: () => bridged };
}

describe("the dialog page opened by the pane", () => {
  it("starts a redirect sign-in that returns to this very URL", async () => {
    const start = dialogStartUrl(PAGE, PARAMS);
    const t = environment(start);
    t.pca.script("handleRedirectPromise", null).script("loginRedirect", null);

    await runDialog(t.env);

    expect(t.configurations[0]?.auth).toEqual({
      clientId: PARAMS.clientId,
      authority: PARAMS.authority,
      redirectUri: PAGE,
    });
    expect(t.configurations[0]?.cache?.cacheLocation).toBe("sessionStorage");
    const login = t.pca.calls.find((c) => c.method === "loginRedirect");
    expect(login?.method === "loginRedirect" && login.request).toEqual({
      scopes: PARAMS.scopes,
      redirectUri: PAGE,
      redirectStartPage: start,
      loginHint: PARAMS.loginHint,
    });
    expect(t.sent).toEqual([]);
  });

  it("asks which account when the pane gives no login hint", async () => {
    const { loginHint: _unused, ...noHint } = PARAMS;
    const t = environment(dialogStartUrl(PAGE, noHint));
    t.pca.script("handleRedirectPromise", null).script("loginRedirect", null);

    await runDialog(t.env);

    const login = t.pca.calls.find((c) => c.method === "loginRedirect");
    expect(login?.method === "loginRedirect" && login.request?.prompt).toBe("select_account");
  });

  it("sends the token and the ID-token claims the pane needs, and nothing else", async () => {
    const t = environment(dialogStartUrl(PAGE, PARAMS));
    const expiresOn = new Date(Date.UTC(2026, 10, 28, 10, 0, 0));
    t.pca.script(
      "handleRedirectPromise",
      tokenResult("dialog-token", expiresOn, {
        name: "Alex Morgan",
        roles: ["Frontline"],
        nonce: "n",
        aio: "x",
      }),
    );

    await runDialog(t.env);

    expect(t.pca.count("loginRedirect")).toBe(0);
    expect(t.sent).toHaveLength(1);
    expect(parseAnswer(t.sent[0] ?? "")).toEqual({
      protocol: "ucb-auth-dialog/1",
      kind: "token",
      accessToken: "dialog-token",
      expiresOn: expiresOn.getTime(),
      claims: {
        preferred_username: "alex.morgan@council.example",
        name: "Alex Morgan",
        roles: ["Frontline"],
      },
      username: "alex.morgan@council.example",
      correlationId: "corr-msal",
    });
  });

  it("sends Entra's refusal to the pane instead of a token", async () => {
    const t = environment(dialogStartUrl(PAGE, PARAMS));
    t.pca.script(
      "handleRedirectPromise",
      new ServerError("invalid_grant", "corr-dialog", "AADSTS65001: not consented"),
    );

    await runDialog(t.env);

    expect(parseAnswer(t.sent[0] ?? "")).toEqual({
      protocol: "ucb-auth-dialog/1",
      kind: "error",
      name: "ServerError",
      errorCode: "invalid_grant",
      errorMessage: "AADSTS65001: not consented",
      correlationId: "corr-dialog",
    });
  });

  it("sends a failure when the redirect cannot start", async () => {
    const t = environment(dialogStartUrl(PAGE, PARAMS));
    t.pca
      .script("handleRedirectPromise", null)
      .script("loginRedirect", new BrowserAuthError("interaction_in_progress", "c"));

    await runDialog(t.env);

    expect(parseAnswer(t.sent[0] ?? "")).toMatchObject({
      kind: "error",
      errorCode: "interaction_in_progress",
    });
  });
});

describe("the dialog page as Entra's redirect URI", () => {
  it("hands a response to MSAL's redirect bridge without signing in itself", async () => {
    const t = environment(`${PAGE}#code=abc&state=xyz&client_info=1`);

    await runDialog(t.env);

    expect(t.bridged()).toBe(1);
    expect(t.configurations).toHaveLength(0);
    expect(t.sent).toEqual([]);
  });

  it("says what it is for when opened with neither parameters nor a response", async () => {
    const t = environment(PAGE);

    await runDialog(t.env);

    expect(t.bridged()).toBe(0);
    expect(t.shown.join(" ")).toMatch(/Open it from the add-in/);
  });

  it("recognises codes and errors, in the fragment or the query", () => {
    expect(hasAuthResponse(new URL(`${PAGE}#error=access_denied&state=s`))).toBe(true);
    expect(hasAuthResponse(new URL(`${PAGE}?code=c&state=s`))).toBe(true);
    expect(hasAuthResponse(new URL(`${PAGE}#code=c`))).toBe(false);
  });
});

describe("the start parameters", () => {
  it("round-trip through the dialog URL", () => {
    expect(readDialogParams(new URL(dialogStartUrl(PAGE, PARAMS)))).toEqual(PARAMS);
  });

  it.each([
    ["a client id that is not a GUID", { clientId: "evil" }],
    ["an authority that is not Microsoft's", { authority: "https://login.evil.example/tenant" }],
    ["no scopes", { scopes: [] }],
  ])("are refused with %s", (_why, change) => {
    expect(readDialogParams(new URL(dialogStartUrl(PAGE, { ...PARAMS, ...change })))).toBeNull();
  });
});
