/**
 * What the fallback dialog page does (dialog.ts wires it to the browser, MSAL and Office).
 * The page plays two parts, told apart by its URL:
 *
 * 1. Opened by the pane (`?clientId=…&authority=…&scopes=…`): standard MSAL, redirect flow,
 *    as in Microsoft's Outlook NAA sample. First load: loginRedirect. Back from Entra:
 *    handleRedirectPromise gives the token, sent to the pane with messageParent.
 * 2. Entra's redirect URI (no start parameters, an auth response in the URL): MSAL v5's
 *    redirect bridge. It hands the response to part 1 (redirect flow, same window) or to the
 *    window that opened a popup (standard MSAL's own popup, where NAA is absent).
 */
import type { Configuration, IPublicClientApplication, RedirectRequest } from "@azure/msal-browser";
import { encodeFailure, encodeToken, readDialogParams, type DialogParams } from "./protocol";

export type ParentChannel = { send(message: string): void };

export type DialogEnvironment = {
  readonly url: URL;
  /** Office.onReady, then Office.context.ui.messageParent (src/office/authHost.ts). */
  readonly connectToParent: () => Promise<ParentChannel>;
  readonly createClient: (configuration: Configuration) => Promise<IPublicClientApplication>;
  /** MSAL's broadcastResponseToMainFrame. */
  readonly bridge: () => Promise<void>;
  /** Puts a sentence on the page for the person looking at it. */
  readonly show: (text: string) => void;
};

/** True when Entra's answer (code or error, with MSAL's state) is in the URL. */
export function hasAuthResponse(url: URL): boolean {
  const parts = [url.hash.replace(/^#/, ""), url.search.replace(/^\?/, "")];
  return parts.some((p) => {
    const q = new URLSearchParams(p);
    return q.has("state") && (q.has("code") || q.has("error"));
  });
}

/** The page's own address without query or fragment: the redirect URI registered in Entra. */
export function redirectUriOf(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

export function dialogConfiguration(params: DialogParams, url: URL): Configuration {
  return {
    auth: {
      clientId: params.clientId,
      authority: params.authority,
      redirectUri: redirectUriOf(url),
    },
    // This window closes after one sign-in; its cache need not outlive it.
    cache: { cacheLocation: "sessionStorage" },
  };
}

export async function runDialog(env: DialogEnvironment): Promise<void> {
  const params = readDialogParams(env.url);
  if (!params) {
    if (hasAuthResponse(env.url)) {
      await env.bridge();
      return;
    }
    env.show("This page signs you in for the add-in. Open it from the add-in's task pane.");
    return;
  }
  env.show("Signing you in…");
  const parent = await env.connectToParent();
  try {
    const pca = await env.createClient(dialogConfiguration(params, env.url));
    const result = await pca.handleRedirectPromise();
    if (result) {
      parent.send(encodeToken(result));
      return;
    }
    const request: RedirectRequest = {
      scopes: [...params.scopes],
      redirectUri: redirectUriOf(env.url),
      // Back here, with the start parameters, once the bridge has the response.
      redirectStartPage: env.url.href,
      ...(params.loginHint ? { loginHint: params.loginHint } : { prompt: "select_account" }),
    };
    await pca.loginRedirect(request);
  } catch (e) {
    parent.send(encodeFailure(e));
  }
}
