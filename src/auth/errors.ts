/**
 * MSAL's errors (and the fallback dialog's) as the AuthError codes of src/app/ports.ts.
 * Errors are read by their fields, not their classes: errors from the dialog page arrive as
 * plain JSON, and NAA bridge errors come wrapped in several classes.
 */
import { AuthError, type AuthErrorCode } from "../app/ports";
import { adminConsentUrl, type NaaSettings } from "./config";

/** The fields of an MSAL AuthError that matter here. */
export type MsalErrorFields = {
  readonly name?: string;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly subError?: string;
  readonly correlationId?: string;
};

// Entra (AADSTS) codes, from learn.microsoft.com/entra/identity-platform/reference-error-codes.
const CONSENT_CODES = new Set([
  "AADSTS65001", // the user or administrator has not consented to the application
  "AADSTS90094", // the permissions need an administrator's approval
  "AADSTS90095", // an admin consent request was sent and is waiting for approval
  "AADSTS50105", // "assignment required" is on, and this user has no app role
]);
const CANCEL_CODES = new Set(["AADSTS65004"]); // the user declined to consent
/**
 * Entra's refusals that a setting causes, each with the setting to fix: the pane shows this to
 * the IT service desk (docs/admin-setup.md "When sign-in fails" lists the same).
 */
const MISCONFIGURED_FIXES: Readonly<Record<string, string>> = {
  AADSTS50194:
    "the app registration is single tenant, but config.js signs in at a multi-tenant authority: set auth.authority in config.js to https://login.microsoftonline.com/<tenant id> (UCB_TENANT_ID at build time)",
  AADSTS50011:
    "the redirect URI is not registered: add <origin>/taskpane.html, <origin>/dialog.html and brk-multihub://<host> as Single-page application redirect URIs (admin-setup.md step 2)",
  AADSTS500113:
    "the app registration has no redirect URI: add the Single-page application redirect URIs (admin-setup.md step 2)",
  AADSTS9002326:
    "the redirect URIs are registered on the Web platform: move them to Single-page application (admin-setup.md step 2)",
  AADSTS7000218:
    "the app registration expects a client secret: the redirect URIs must be on the Single-page application platform, not Web (admin-setup.md step 2)",
  AADSTS700016:
    "no app registration with this client id exists in this tenant: check auth.clientId and auth.authority in config.js against the registration's Overview page",
  AADSTS90002:
    "the tenant in auth.authority does not exist: set it to your Directory (tenant) ID (UCB_TENANT_ID at build time)",
  AADSTS650056:
    "the app registration's API permissions are incomplete or not consented: add them and grant admin consent (admin-setup.md step 3)",
  AADSTS650057:
    "config.js asks for a permission the app registration does not list: add it under API permissions, or remove it from auth.scopes (admin-setup.md step 3)",
  AADSTS70011:
    "config.js asks for a scope Entra does not accept: set auth.scopes to Sites.Selected User.Read or Sites.ReadWrite.All User.Read",
  AADSTS50020:
    "the account is from another tenant than auth.authority names: staff sign in with their own council account, and auth.authority names your tenant",
};

const CANCEL_ERRORS = new Set(["user_cancelled", "user_canceled"]);
const BLOCKED_ERRORS = new Set(["popup_window_error", "empty_window_error"]);
const MISCONFIGURED_NAMES = new Set(["ClientConfigurationError", "BrowserConfigurationAuthError"]);
const MISCONFIGURED_ERRORS = new Set([
  "invalid_client",
  "unauthorized_client",
  "invalid_scope",
  "redirect_uri_empty",
  "untrusted_authority",
  "authority_mismatch",
  "url_parse_error",
  "empty_url_error",
]);
const INTERACTION_ERRORS = new Set([
  "interaction_required",
  "login_required",
  "no_tokens_found",
  "no_account_error",
  "no_account_found",
  "refresh_token_expired",
  "bad_token",
  "ui_not_allowed",
  "native_account_unavailable",
  "interrupted_user",
  "interaction_in_progress",
]);

export function msalFields(e: unknown): MsalErrorFields | null {
  if (typeof e !== "object" || e === null) return null;
  const read = (key: string): string | undefined => {
    const value = (e as Record<string, unknown>)[key];
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const fields = {
    name: read("name"),
    errorCode: read("errorCode"),
    errorMessage: read("errorMessage") ?? read("message"),
    subError: read("subError"),
    correlationId: read("correlationId"),
  };
  return fields.errorCode || fields.errorMessage ? fields : null;
}

export function aadstsCodes(fields: MsalErrorFields): readonly string[] {
  const text = [fields.errorCode, fields.errorMessage, fields.subError].join(" ");
  return text.match(/AADSTS\d+/g) ?? [];
}

/** True when MSAL says the user must sign in or consent: the popup is the next step. */
export function needsInteraction(e: unknown): boolean {
  const f = msalFields(e);
  if (!f) return false;
  if (f.name === "InteractionRequiredAuthError") return true;
  return INTERACTION_ERRORS.has(f.errorCode ?? "") || f.subError === "consent_required";
}

/** True when a popup could not be opened at all (older Outlook clients): use the dialog. */
export function popupCannotOpen(e: unknown): boolean {
  return BLOCKED_ERRORS.has(msalFields(e)?.errorCode ?? "");
}

/** True when the host says NAA is off or unavailable here: standard MSAL in a dialog may work. */
export function bridgeUnavailable(e: unknown): boolean {
  return msalFields(e)?.errorCode === "nested_app_auth_bridge_disabled";
}

function classify(f: MsalErrorFields): AuthErrorCode {
  const codes = aadstsCodes(f);
  if (codes.some((c) => CONSENT_CODES.has(c))) return "consentRequired";
  if (f.errorCode === "consent_required" || f.subError === "consent_required")
    return "consentRequired";
  if (codes.some((c) => CANCEL_CODES.has(c)) || CANCEL_ERRORS.has(f.errorCode ?? ""))
    return "cancelled";
  if (
    codes.some((c) => c in MISCONFIGURED_FIXES) ||
    MISCONFIGURED_NAMES.has(f.name ?? "") ||
    MISCONFIGURED_ERRORS.has(f.errorCode ?? "")
  )
    return "misconfigured";
  if (BLOCKED_ERRORS.has(f.errorCode ?? "")) return "popupBlocked";
  if (needsInteraction(f)) return "interactionRequired";
  // Network failures, timeouts, server and bridge faults: worth trying again later.
  return "unavailable";
}

function describe(
  code: AuthErrorCode,
  f: MsalErrorFields,
  settings: NaaSettings,
  redirectUri: string,
): string {
  const detail = `${f.errorCode ?? "error"}: ${f.errorMessage ?? ""}`.trim();
  if (code === "misconfigured") {
    const fixes = aadstsCodes(f).flatMap((c) => {
      const fix = MISCONFIGURED_FIXES[c];
      return fix === undefined ? [] : [`${c}: ${fix}.`];
    });
    const what =
      fixes.length > 0
        ? fixes.join(" ")
        : `check auth.clientId (${settings.clientId}), auth.authority (${settings.authority}) and the redirect URIs against the app registration (admin-setup.md steps 2 and 9).`;
    return `The add-in is misconfigured; sign-in cannot work until IT fixes it. Fix: ${what} Entra said: ${detail}`;
  }
  if (code !== "consentRequired") return detail;
  if (aadstsCodes(f).includes("AADSTS50105")) {
    return (
      `Microsoft Entra ID refused the sign-in: this user is not assigned to the add-in's ` +
      `enterprise application (client id ${settings.clientId}). An administrator assigns them ` +
      `an app role (docs/admin-setup.md, "Assign roles"). ${detail}`
    );
  }
  return (
    `Microsoft Entra ID refused the sign-in because the add-in's permissions have not been ` +
    `granted for this organisation. An administrator grants tenant-wide admin consent for ` +
    `client id ${settings.clientId} in the Entra admin centre (App registrations > API ` +
    `permissions > Grant admin consent), or by opening ${adminConsentUrl(settings, redirectUri)} ` +
    `(docs/admin-setup.md, "Grant admin consent"). ${detail}`
  );
}

/**
 * Any failure on the way to a token, as an AuthError with MSAL's correlation id (or ours,
 * when MSAL gave none). AuthErrors pass through unchanged.
 */
export function toAuthError(
  e: unknown,
  settings: NaaSettings,
  redirectUri: string,
  correlationId?: string,
): AuthError {
  if (e instanceof AuthError) return e;
  const f = msalFields(e);
  if (!f) {
    const message = e instanceof Error ? e.message : String(e);
    return new AuthError("unavailable", `Sign-in failed: ${message}`, correlationId);
  }
  const code = classify(f);
  return new AuthError(
    code,
    describe(code, f, settings, redirectUri),
    f.correlationId ?? correlationId,
  );
}
