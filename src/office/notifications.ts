/** The message's info bar: one entry of ours, replaced as the verdict changes. */
import type { NotificationKind } from "../app/ports";
import { callOffice } from "./async";
import { MailboxError } from "./errors";
import type { OfficeHost } from "./host";
import { currentMessage } from "./item";
import { truncateAtWord } from "./text";

/** Outlook allows keys up to 32 characters. */
export const NOTIFICATION_KEY = "ucbRestrictionStatus";
/** Outlook refuses a longer message (ArgumentOutOfRange). */
export const NOTIFICATION_MAX_LENGTH = 150;
/**
 * Informational messages must name an icon from the manifest's Images; classic Outlook on
 * Windows shows it. The manifest test checks that this resid is defined.
 */
export const NOTIFICATION_ICON_RESID = "Icon.16x16";

export function notificationDetails(
  kind: NotificationKind,
  message: string,
): Office.NotificationMessageDetails {
  const text = truncateAtWord(message, NOTIFICATION_MAX_LENGTH);
  // ErrorMessage takes no icon or persistent flag (Outlook throws); it stays until seen once.
  return kind === "error"
    ? { type: "errorMessage", message: text }
    : {
        type: "informationalMessage",
        message: text,
        icon: NOTIFICATION_ICON_RESID,
        persistent: true,
      };
}

function messageOrThrow(office: OfficeHost, action: string) {
  const item = currentMessage(office);
  if (item === null) throw new MailboxError("noItem", `${action}: no message is selected.`);
  return item;
}

export async function showNotification(
  office: OfficeHost,
  kind: NotificationKind,
  message: string,
): Promise<void> {
  const item = messageOrThrow(office, "Marking the message");
  // replaceAsync adds the entry when it is not there yet, so repeated verdicts never pile up.
  await callOffice<void>(office, "Marking the message", (cb) =>
    item.notificationMessages.replaceAsync(
      NOTIFICATION_KEY,
      notificationDetails(kind, message),
      cb,
    ),
  );
}

export async function clearNotification(office: OfficeHost): Promise<void> {
  const item = currentMessage(office);
  if (item === null) return;
  // Removing a key that is not there fails; look first rather than guess at the error.
  const entries = await callOffice<Office.NotificationMessageDetails[]>(
    office,
    "Reading the message's notices",
    (cb) => item.notificationMessages.getAllAsync(cb),
  );
  if (!entries.some((entry) => entry.key === NOTIFICATION_KEY)) return;
  await callOffice<void>(office, "Clearing the notice", (cb) =>
    item.notificationMessages.removeAsync(NOTIFICATION_KEY, cb),
  );
}
