/**
 * The one error type src/office throws. The pane words each code for people; `message` is for
 * logs, and `officeError` keeps Outlook's own code and name for a support call.
 */
export const MAILBOX_ERROR_CODES = [
  "noItem", // nothing is selected (or the item closed) when the action needs one
  "wrongMode", // e.g. a reply asked for while writing a message
  "unsupported", // this Outlook does not offer the API (requirement set not met)
  "invalidArgument", // Outlook refused the call outright (it throws for bad arguments)
  "failed", // Outlook reported AsyncResultStatus.Failed
  "timeout", // Outlook never called back (office-js issues: callbacks that never arrive)
  "itemChanged", // Outlook now shows another item than the one the pane judged
] as const;
export type MailboxErrorCode = (typeof MAILBOX_ERROR_CODES)[number];

export type OfficeErrorDetails = { readonly code: number; readonly name: string };

export class MailboxError extends Error {
  override readonly name = "MailboxError";
  constructor(
    readonly code: MailboxErrorCode,
    message: string,
    readonly officeError?: OfficeErrorDetails,
  ) {
    super(message);
  }
}

export function isMailboxError(e: unknown): e is MailboxError {
  return e instanceof Error && e.name === "MailboxError" && "code" in e;
}
