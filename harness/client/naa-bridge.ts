/**
 * Outlook's nested app authentication bridge, played for the pane in NAA mode: the object Outlook
 * puts at `window.nestedAppAuthBridge`, which MSAL's BridgeProxy (msal-browser, naa/BridgeProxy)
 * talks to with JSON strings: `GetInitContext` once, then `GetToken` (silent) or `GetTokenPopup`.
 * Tokens come from the emulator (`POST /_emulator/token`) for the harness's signed-in demo user,
 * with an unsigned ID token carrying the emulator's claims (the add-in's app roles). It lets the
 * pane run its real NAA path, MSAL and all, for the bench's first-verdict JavaScript in NAA mode.
 */
import type { SignedInAs } from "./protocol.ts";

type Request = {
  readonly method: string;
  readonly requestId: string;
  readonly tokenParams?: { readonly clientId?: string; readonly scope?: string };
};

type Listener = (event: { readonly data: string }) => void;

const TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

const base64url = (value: unknown): string =>
  btoa(JSON.stringify(value)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export function installNaaBridge(emulatorUrl: string, user: () => SignedInAs): void {
  const listeners = new Set<Listener>();
  const answer = (payload: Record<string, unknown>) => {
    const data = JSON.stringify({ messageType: "NestedAppAuthResponse", ...payload });
    setTimeout(() => listeners.forEach((l) => l({ data })), 0);
  };

  async function token(request: Request): Promise<Record<string, unknown>> {
    const upn = user().upn;
    const response = await fetch(`${emulatorUrl}/_emulator/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ upn }),
    });
    if (!response.ok) throw new Error(`The emulator gave no token for ${upn}`);
    const issued = (await response.json()) as {
      access_token: string;
      expires_in: number;
      id_token_claims: Record<string, unknown>;
    };
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      ...issued.id_token_claims,
      aud: request.tokenParams?.clientId ?? "harness",
      iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      tid: TENANT,
      iat: now,
      nbf: now,
      exp: now + issued.expires_in,
    };
    const text = (key: string) => (typeof claims[key] === "string" ? claims[key] : upn);
    const oid = text("oid");
    return {
      token: {
        access_token: issued.access_token,
        id_token: `${base64url({ alg: "none", typ: "JWT" })}.${base64url(claims)}.`,
        expires_in: issued.expires_in,
        scope: request.tokenParams?.scope ?? "",
      },
      account: {
        homeAccountId: `${oid}.${TENANT}`,
        localAccountId: oid,
        tenantId: TENANT,
        environment: "login.microsoftonline.com",
        username: upn,
        name: text("name"),
      },
    };
  }

  const bridge = {
    addEventListener(type: string, listener: Listener) {
      if (type === "message") listeners.add(listener);
    },
    removeEventListener(type: string, listener: Listener) {
      if (type === "message") listeners.delete(listener);
    },
    postMessage(text: string) {
      const request = JSON.parse(text) as Request;
      const { requestId } = request;
      if (request.method === "GetInitContext") {
        answer({
          requestId,
          success: true,
          initContext: { sdkName: "ucb-harness", sdkVersion: "1.0.0", capabilities: {} },
        });
        return;
      }
      if (request.method === "GetToken" || request.method === "GetTokenPopup") {
        token(request).then(
          (result) => answer({ requestId, success: true, ...result }),
          (e: unknown) =>
            answer({
              requestId,
              success: false,
              error: { status: "TRANSIENT_ERROR", code: "harness", description: String(e) },
            }),
        );
        return;
      }
      answer({
        requestId,
        success: false,
        error: { status: "NOT_SUPPORTED", code: "harness", description: request.method },
      });
    },
  };
  (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge = bridge;
}
