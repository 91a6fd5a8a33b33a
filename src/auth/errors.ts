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
 * Entra's refusals that a setting causes. The fix for each, in words for the IT service desk,
 * is in misconfiguredFixes.ts, loaded only when sign-in fails (not before every first
 * verdict).
 */
export const MISCONFIGURED_CODES: ReadonlySet<string> = new Set([
  "AADSTS50194",
  "AADSTS50011",
  "AADSTS500113",
  "AADSTS9002326",
  "AADSTS7000218",
  "AADSTS700016",
  "AADSTS90002",
  "AADSTS650056",
  "AADSTS650057",
  "AADSTS70011",
  "AADSTS50020",
]);

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
    codes.some((c) => MISCONFIGURED_CODES.has(c)) ||
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
  fixesByCode: Readonly<Record<string, string>>,
): string {
  const detail = `${f.errorCode ?? "error"}: ${f.errorMessage ?? ""}`.trim();
  if (code === "misconfigured") {
    const fixes = aadstsCodes(f).flatMap((c) => {
      const fix = fixesByCode[c];
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
  fixesByCode: Readonly<Record<string, string>> = {},
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
    describe(code, f, settings, redirectUri, fixesByCode),
    f.correlationId ?? correlationId,
  );
}

/** toAuthError, with the fix in words when a setting caused it (its texts loaded then). */
export async function toAuthErrorWithFix(
  e: unknown,
  settings: NaaSettings,
  redirectUri: string,
  correlationId?: string,
): Promise<AuthError> {
  const error = toAuthError(e, settings, redirectUri, correlationId);
  if (error.code !== "misconfigured" || e instanceof AuthError) return error;
  const { MISCONFIGURED_FIXES } = await import(
    /* webpackChunkName: "sign-in-fixes" */ "./misconfiguredFixes"
  );
  return toAuthError(e, settings, redirectUri, correlationId, MISCONFIGURED_FIXES);
}
