/** The only code that touches Office.js. Everything returns promises and plain values. */
export { createOfficeMailbox, type OfficeMailbox, type OfficeMailboxOptions } from "./mailbox";
export { officeReady, type OfficeInfo, type OfficeReadyOptions } from "./ready";
export { isMailboxError, MailboxError, MAILBOX_ERROR_CODES, type MailboxErrorCode } from "./errors";
export {
  NOTIFICATION_ICON_RESID,
  NOTIFICATION_KEY,
  NOTIFICATION_MAX_LENGTH,
} from "./notifications";
export type { OfficeHost } from "./host";
export type { Theme } from "./theme";
