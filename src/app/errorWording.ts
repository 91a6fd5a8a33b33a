/**
 * Every failure of the store or of sign-in, in words the person at the desk can act on. The one
 * place the pane's use cases and the UI take their error text from.
 */
import {
  AUTH_ERROR_CODES,
  type AuthErrorCode,
  STORE_ERROR_CODES,
  isAuthError,
  isStoreError,
  type StoreArea,
  type StoreErrorCode,
} from "./ports";

export type FailureWording = {
  readonly title: string;
  readonly detail: string;
  /** Trying again (now, or after `retryAfterSeconds`) may work without anyone's help. */
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number;
  /** The StoreError or AuthError code, or "unknown"; for programs, not for people. */
  readonly code: StoreErrorCode | `auth:${AuthErrorCode}` | "unknown";
  /**
   * For a sign-in that only IT can mend (misconfigured, consent): what to fix, as src/auth
   * worded it, and the correlation id to find in Entra's sign-in logs. Shown under the words.
   */
  readonly forIt?: string;
};

/** The case (or the address) the failure concerns, so invalid data can be named. */
export type FailureContext = {
  readonly ref?: string;
  readonly customerName?: string;
  readonly address?: string;
};

const LIST_IN_WORDS: Readonly<Record<StoreArea, string>> = {
  register: "the restriction register",
  addresses: "the restriction register's addresses",
  contacts: "the contact log",
  caseFiles: "case files",
  caseEvents: "the case history",
  caseDocuments: "the case documents",
  nameIndex: "the index of customers' names",
  inForce: "the restrictions in force",
  inForceAddresses: "the restricted addresses",
};

function caseNamed(context: FailureContext | undefined): string {
  if (context?.ref && context.customerName) return `case ${context.ref} (${context.customerName})`;
  if (context?.ref) return `case ${context.ref}`;
  return "a case";
}

function seconds(n: number): string {
  return n === 1 ? "1 second" : `${n} seconds`;
}

function storeFailure(
  code: StoreErrorCode,
  list: StoreArea | undefined,
  retryAfter: number | undefined,
  context: FailureContext | undefined,
): FailureWording {
  switch (code) {
    case "offline":
      return {
        code,
        title: "Outlook could not reach SharePoint",
        detail:
          "Check your network connection, then try again. Until then, treat this customer's contact with care.",
        retryable: true,
      };
    case "unauthorised":
      return {
        code,
        title: "Your sign-in has expired",
        detail: "Sign in again (close and reopen the add-in), then try again.",
        retryable: true,
      };
    case "forbidden":
      return {
        code,
        title: list ? `You don't have access to ${LIST_IN_WORDS[list]}` : "You don't have access",
        detail:
          "SharePoint refused this for your account. If you need it for your work, ask the city helpdesk manager or your IT service desk for access.",
        retryable: false,
      };
    case "notFound":
      return {
        code,
        title: "This case is no longer held",
        detail: `SharePoint has no record of ${caseNamed(context)}; it may have been deleted at the end of its retention period. Tell the city helpdesk manager if you think this is wrong.`,
        retryable: false,
      };
    case "conflict":
      return {
        code,
        title: "Someone else changed this case",
        detail:
          "It was changed since you opened it, so nothing was saved. Open it again to see the latest, then repeat your change if it is still needed.",
        retryable: false,
      };
    case "throttled": {
      const wait = retryAfter !== undefined && retryAfter > 0 ? Math.ceil(retryAfter) : undefined;
      return {
        code,
        title: "SharePoint is busy",
        detail: wait ? `Try again in ${seconds(wait)}.` : "Try again in a minute.",
        retryable: true,
        ...(wait !== undefined ? { retryAfterSeconds: wait } : {}),
      };
    }
    case "unavailable":
      return {
        code,
        title: "SharePoint is not answering",
        detail: "It may be a short outage: try again in a few minutes.",
        retryable: true,
        ...(retryAfter !== undefined && retryAfter > 0
          ? { retryAfterSeconds: Math.ceil(retryAfter) }
          : {}),
      };
    case "timeout":
      return {
        code,
        title: "SharePoint did not answer in time",
        detail:
          "It did not answer within a few seconds, so the add-in stopped waiting. It may be a short outage: try again.",
        retryable: true,
      };
    case "invalidData":
      if (list === "addresses") {
        // The lookup itself failed, so there is no case to name: the address is what staff have.
        const address = context?.address ?? "this address";
        return {
          code,
          title: `The register's entry for ${address} cannot be read`,
          detail:
            "What SharePoint holds for this address is not valid (for example, its case reference is not one), so it cannot be checked safely. Tell the city helpdesk manager, giving the address.",
          retryable: false,
        };
      }
      return {
        code,
        title: `The record of ${caseNamed(context)} cannot be read`,
        detail:
          "What SharePoint holds for it is not valid, so it cannot be checked safely. Tell the city helpdesk manager, giving the case reference.",
        retryable: false,
      };
  }
}

function authFailure(code: AuthErrorCode): FailureWording {
  const wording = (title: string, detail: string, retryable: boolean): FailureWording => ({
    code: `auth:${code}`,
    title,
    detail,
    retryable,
  });
  switch (code) {
    case "interactionRequired":
      return wording("You need to sign in again", "Choose Try again to sign in.", true);
    case "popupBlocked":
      return wording(
        "The sign-in window was blocked",
        "Allow pop-ups for this add-in, then choose Try again.",
        true,
      );
    case "consentRequired":
      return wording(
        "The add-in has not been approved for your organisation",
        "An administrator must grant it permission. Tell your IT service desk.",
        false,
      );
    case "cancelled":
      return wording("Sign-in was cancelled", "Choose Try again to sign in.", true);
    case "unavailable":
      return wording(
        "The sign-in service could not be reached",
        "Check your network connection, then try again.",
        true,
      );
    case "misconfigured":
      return wording(
        "The add-in is misconfigured",
        "Tell your IT service desk, with the details below: the add-in cannot sign anyone in until its settings are corrected.",
        false,
      );
  }
}

/** Any thrown value in words. Unknown errors are retryable: nothing says otherwise. */
export function describeFailure(error: unknown, context?: FailureContext): FailureWording {
  if (isStoreError(error)) {
    return storeFailure(error.code, error.list, error.retryAfterSeconds, context);
  }
  if (isAuthError(error)) {
    const wording = authFailure(error.code);
    if (error.code !== "misconfigured" && error.code !== "consentRequired") return wording;
    const id = error.correlationId ? ` Correlation id: ${error.correlationId}.` : "";
    return { ...wording, forIt: `${error.message}${id}` };
  }
  const outlook = outlookFailure(error);
  if (outlook) return outlook;
  return {
    code: "unknown",
    title: "Something went wrong",
    detail: "Try again. If it keeps happening, tell your IT service desk.",
    retryable: true,
  };
}

/**
 * Outlook's own failures that people can act on (src/office's MailboxError, known by its name and
 * code: the app does not import the adapter): Outlook not answering, and Outlook having moved to
 * another item than the one the pane judged.
 */
function outlookFailure(error: unknown): FailureWording | undefined {
  if (!(error instanceof Error) || error.name !== "MailboxError") return undefined;
  const code = (error as { code?: unknown }).code;
  if (code === "timeout") {
    return {
      code: "unknown",
      title: "Outlook did not answer",
      detail:
        "Outlook did not give the add-in what it asked for in time, so nothing was done. Try again; if it keeps happening, close the pane and open it again.",
      retryable: true,
    };
  }
  if (code === "itemChanged") return ITEM_CHANGED;
  return undefined;
}

/** Outlook had moved on from the item an action was asked for (MailboxError "itemChanged"). */
export function isItemChanged(error: unknown): boolean {
  return outlookFailure(error) === ITEM_CHANGED;
}

/** An action asked for on the message the pane judged, while Outlook shows another one. */
export const ITEM_CHANGED: FailureWording = {
  code: "unknown",
  title: "Outlook now shows a different message from the one checked",
  detail:
    "Nothing was done, so nothing lands on the wrong message. The pane is checking the message now in view: read its verdict, then try again.",
  retryable: true,
};

/**
 * The wording of a failure known only by its code (e.g. one recorded before a reload).
 * Codes from describeFailure; anything else reads as an unknown failure.
 */
export function describeFailureCode(
  code: string,
  retryAfterSeconds?: number,
  context?: FailureContext,
): FailureWording {
  if (code.startsWith("auth:")) {
    const auth = code.slice("auth:".length) as AuthErrorCode;
    if (AUTH_ERROR_CODES.includes(auth)) return authFailure(auth);
  }
  const store = code as StoreErrorCode;
  if (STORE_ERROR_CODES.includes(store)) {
    return storeFailure(store, undefined, retryAfterSeconds, context);
  }
  return describeFailure(undefined);
}

/**
 * An address listed under a case the register does not hold. Creating a case writes its
 * addresses last and destroying one deletes them before the entry, so this is never a case
 * that has simply gone: the register and its addresses disagree, and only a person can say how.
 */
export function missingRegisterEntry(address: string, ref: string): FailureWording {
  return {
    code: "invalidData",
    title: `The register entry for ${address} is missing`,
    detail: `This address is listed under case ${ref}, but the restriction register has no entry for that case. Tell the city helpdesk manager, giving the address and the case reference. Until it is put right, treat this contact with care.`,
    retryable: false,
  };
}

/** Title and detail as one sentence pair, for a single line of text. */
export function failureSentence(failure: FailureWording): string {
  return `${failure.title}. ${failure.detail}`;
}
