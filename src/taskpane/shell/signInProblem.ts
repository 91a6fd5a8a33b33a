import { isAuthError, type AuthErrorCode } from "../../app/ports";

/** Each sign-in failure in words staff can act on; the code's detail is for the administrator. */
const SIGN_IN_WORDS: Readonly<Record<AuthErrorCode, string>> = {
  interactionRequired:
    "You need to sign in again. Choose Try again; if a sign-in window opens, complete it.",
  popupBlocked:
    "The sign-in window was blocked. Allow pop-ups for this add-in, then choose Try again.",
  consentRequired:
    "Your organisation has not yet approved this add-in's access to SharePoint. Ask your IT service desk to grant it.",
  cancelled: "Sign-in was cancelled. Choose Try again to sign in.",
  unavailable:
    "The sign-in service could not be reached. Check your connection, then choose Try again.",
  misconfigured:
    "The add-in's sign-in settings are wrong, so it cannot sign you in. Please tell your IT service desk.",
};

export type SignInProblemText = {
  readonly summary: string;
  /** For the administrator: what the sign-in library said, and its correlation id. */
  readonly detail?: string;
  readonly canRetry: boolean;
};

export function signInProblemText(error: unknown): SignInProblemText {
  if (isAuthError(error)) {
    const correlation = error.correlationId ? ` (correlation id ${error.correlationId})` : "";
    return {
      summary: SIGN_IN_WORDS[error.code],
      detail: `For the administrator: ${error.message}${correlation}`,
      canRetry: error.code !== "misconfigured" && error.code !== "consentRequired",
    };
  }
  return {
    summary: "Signing in failed. Choose Try again; if it keeps failing, tell your IT service desk.",
    canRetry: true,
  };
}
