import { isAuthError, isStoreError } from "../../app/ports";

/** A failure to read or save a case, in words (never an error dump). */
export function failureText(error: unknown): string {
  if (isAuthError(error)) return "Sign-in failed: sign in again, then try again.";
  if (!isStoreError(error)) return "Something went wrong: try again.";
  switch (error.code) {
    case "offline":
      return "The case list could not be reached: check the connection and try again.";
    case "unauthorised":
      return "Your sign-in has expired: sign in again, then try again.";
    case "forbidden":
      return "SharePoint does not let you read or change this part of the case.";
    case "notFound":
      return "This case is no longer held.";
    case "conflict":
      return "This case was changed by someone else. Reload to see the latest.";
    case "throttled":
      return "SharePoint is busy: wait a minute and try again.";
    case "unavailable":
      return "SharePoint is not answering: try again shortly.";
    case "invalidData":
      return "This case's record in SharePoint is not valid: tell the administrator.";
  }
}
