/**
 * The message's info bar: one entry of ours, replaced as the verdict changes. Every verdict is a
 * persistent informational message (docs/decisions.md): Outlook shows an errorMessage only until
 * the user has seen it once, and takes no `persistent` flag for it, so "outside the terms",
 * "blocked" and "could not check" would leave the message after one look. Serious verdicts carry
 * a warning icon instead. replaceAsync has known failures when it updates an entry that is
 * already there (office-js#6733), so a failed replace is done again as remove and add.
 */
import type { MailItem, NotificationKind } from "../app/ports";
import { callOffice } from "./async";
import { MailboxError } from "./errors";
import type { OfficeHost } from "./host";
import { assertCurrent, currentMessage } from "./item";
import { truncateAtWord } from "./text";

/** Outlook allows keys up to 32 characters. */
export const NOTIFICATION_KEY = "ucbRestrictionStatus";
/** Outlook refuses a longer message (ArgumentOutOfRange). */
export const NOTIFICATION_MAX_LENGTH = 150;
/**
 * Informational messages must name an icon from the manifest's Images; classic Outlook on
 * Windows shows it. The manifest test checks that these resids are defined.
 */
export const NOTIFICATION_ICON_RESID = "Icon.16x16";
/** The serious verdicts' icon: an amber warning triangle (assets/warning-16.png). */
export const NOTIFICATION_WARNING_ICON_RESID = "Icon.Warning.16x16";

export function notificationDetails(
  kind: NotificationKind,
  message: string,
): Office.NotificationMessageDetails {
  return {
    type: "informationalMessage",
    message: truncateAtWord(message, NOTIFICATION_MAX_LENGTH),
    icon: kind === "error" ? NOTIFICATION_WARNING_ICON_RESID : NOTIFICATION_ICON_RESID,
    persistent: true,
  };
}

function messageOrThrow(office: OfficeHost, action: string) {
  const item = currentMessage(office);
  if (item === null) throw new MailboxError("noItem", `${action}: no message is selected.`);
  return item;
}

async function hasEntry(office: OfficeHost, item: Office.MessageRead | Office.MessageCompose) {
  const entries = await callOffice<Office.NotificationMessageDetails[]>(
    office,
    "Reading the message's notices",
    (cb) => item.notificationMessages.getAllAsync(cb),
  );
  return entries.some((entry) => entry.key === NOTIFICATION_KEY);
}

export async function showNotification(
  office: OfficeHost,
  kind: NotificationKind,
  message: string,
  judged?: MailItem,
): Promise<void> {
  assertCurrent(office, judged, "Marking the message");
  const item = messageOrThrow(office, "Marking the message");
  const details = notificationDetails(kind, message);
  // replaceAsync adds the entry when it is not there yet, so repeated verdicts never pile up.
  try {
    await callOffice<void>(office, "Marking the message", (cb) =>
      item.notificationMessages.replaceAsync(NOTIFICATION_KEY, details, cb),
    );
    return;
  } catch (e) {
    // A refusal of the details themselves would be refused again; no answer is not retried.
    if (!(e instanceof MailboxError) || e.code !== "failed") throw e;
    try {
      await removeThenAdd(office, item, details);
    } catch {
      throw e; // Outlook's first answer says more than the retry's
    }
  }
}

async function removeThenAdd(
  office: OfficeHost,
  item: Office.MessageRead | Office.MessageCompose,
  details: Office.NotificationMessageDetails,
): Promise<void> {
  if (await hasEntry(office, item)) {
    await callOffice<void>(office, "Clearing the old notice", (cb) =>
      item.notificationMessages.removeAsync(NOTIFICATION_KEY, cb),
    );
  }
  await callOffice<void>(office, "Marking the message", (cb) =>
    item.notificationMessages.addAsync(NOTIFICATION_KEY, details, cb),
  );
}

export async function clearNotification(office: OfficeHost, judged?: MailItem): Promise<void> {
  assertCurrent(office, judged, "Clearing the notice");
  const item = currentMessage(office);
  if (item === null) return;
  // Removing a key that is not there fails; look first rather than guess at the error.
  if (!(await hasEntry(office, item))) return;
  await callOffice<void>(office, "Clearing the notice", (cb) =>
    item.notificationMessages.removeAsync(NOTIFICATION_KEY, cb),
  );
}
