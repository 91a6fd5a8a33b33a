/**
 * The pane's side of the fallback Microsoft recommends where NAA is unavailable: open our
 * dialog page with the Office dialog API, let standard MSAL sign in there, and take the token
 * it sends back with messageParent. The token is kept in memory by the caller, never stored.
 */
import { AuthError } from "../../app/ports";
import type { NaaSettings } from "../config";
import { toAuthError } from "../errors";
import type { AuthHost, DialogOutcome } from "../host";
import { dialogStartUrl, parseAnswer, type DialogParams, type DialogToken } from "./protocol";

// learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events
const BLOCKED = new Set([12009, 12011]); // the user ignored the dialog; the browser blocks popups
const MISCONFIGURED = new Set([12002, 12003, 12004, 12005]); // page missing, HTTP, untrusted domain
const ALREADY_OPEN = 12007;

function failure(outcome: Extract<DialogOutcome, { kind: "failed" }>, correlationId: string) {
  const detail = `Office dialog error ${outcome.code}: ${outcome.description}`;
  if (BLOCKED.has(outcome.code))
    return new AuthError(
      "popupBlocked",
      `The sign-in window was blocked. ${detail}`,
      correlationId,
    );
  if (MISCONFIGURED.has(outcome.code))
    return new AuthError(
      "misconfigured",
      `The sign-in page could not be opened (check its URL and the manifest's AppDomains). ${detail}`,
      correlationId,
    );
  if (outcome.code === ALREADY_OPEN)
    return new AuthError(
      "interactionRequired",
      `Another add-in window is open; finish or close it first. ${detail}`,
      correlationId,
    );
  return new AuthError("unavailable", detail, correlationId);
}

export type DialogSignIn = {
  readonly host: AuthHost;
  readonly settings: NaaSettings;
  readonly scopes: readonly string[];
  /** The dialog page: also the origin its messages must come from. */
  readonly page: string;
  readonly correlationId: string;
};

export async function signInWithDialog(d: DialogSignIn): Promise<DialogToken> {
  const loginHint = d.host.loginHint();
  const params: DialogParams = {
    clientId: d.settings.clientId,
    authority: d.settings.authority,
    scopes: d.scopes,
    ...(loginHint ? { loginHint } : {}),
  };
  const outcome = await d.host.openDialog(dialogStartUrl(d.page, params));
  switch (outcome.kind) {
    case "closed":
      throw new AuthError(
        "cancelled",
        "The sign-in window was closed before sign-in finished.",
        d.correlationId,
      );
    case "failed":
      throw failure(outcome, d.correlationId);
    case "message":
      break;
  }
  // `origin` is undefined on hosts without DialogOrigin 1.1; where it is known, it must be ours.
  const foreign = outcome.origin !== undefined && outcome.origin !== new URL(d.page).origin;
  const answer = foreign ? null : parseAnswer(outcome.message);
  if (!answer) {
    throw new AuthError(
      "unavailable",
      foreign
        ? `The sign-in window sent a message from an unexpected origin (${outcome.origin}).`
        : "The sign-in window sent a message this add-in cannot read.",
      d.correlationId,
    );
  }
  if (answer.kind === "error") throw toAuthError(answer, d.settings, d.page, d.correlationId);
  return answer;
}
