/** The current Outlook item as the app's MailItem: read mode from properties, compose by getAsync. */
import type { MailItem } from "../app/ports";
import type { EmailAddress } from "../domain/types";
import { toAddress, toAddresses } from "./address";
import { callOffice } from "./async";
import { type OfficeHost, supportsMailbox } from "./host";
import { mailboxAddress, readMailboxIdentity } from "./sharedMailbox";

export type MessageItem = Office.MessageRead | Office.MessageCompose;

/** In read mode `subject` is a string; in compose mode it is an object with getAsync. */
export function isReadMode(item: MessageItem): item is Office.MessageRead {
  return typeof item.subject === "string" || item.subject === undefined;
}

/** The selected message, or null: nothing selected, or a calendar item (not ours to check). */
export function currentMessage(office: OfficeHost): MessageItem | null {
  const item = office.context.mailbox?.item;
  if (item === null || item === undefined) return null;
  if (String(item.itemType) === "appointment") return null;
  return item;
}

function validDate(value: Date | undefined, fallback: () => Date): Date {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : fallback();
}

async function readMessage(
  office: OfficeHost,
  item: Office.MessageRead,
  now: () => Date,
): Promise<MailItem> {
  const mailbox = mailboxAddress(await readMailboxIdentity(office, item));
  const from = toAddress(item.from?.emailAddress);
  const sender = toAddress(item.sender?.emailAddress);
  const fromName = item.from?.displayName?.trim();
  const rawFrom = (item.from?.emailAddress ?? item.sender?.emailAddress ?? "").trim();
  const unreadableFrom = !from && !sender && rawFrom !== "" ? rawFrom : undefined;
  return {
    mode: "read",
    subject: item.subject ?? "",
    to: toAddresses(item.to),
    cc: toAddresses(item.cc),
    // For a received message Outlook's "created" time is when it arrived in this mailbox.
    receivedAt: validDate(item.dateTimeCreated, now),
    ...(item.itemId ? { itemId: item.itemId } : {}),
    // Not yet known for a message just sent (Sent Items); the pane then cannot dedupe by it.
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
    ...(from ? { from } : {}),
    ...(sender ? { sender } : {}),
    ...(unreadableFrom ? { unreadableFrom } : {}),
    ...(fromName ? { fromName } : {}),
    ...(mailbox ? { mailbox } : {}),
  };
}

/**
 * The From line of a draft (Mailbox 1.7): the shared mailbox when the user sends from one. Not
 * knowing it only loses that detail, so a failure reads as unknown.
 */
export async function composeFrom(
  office: OfficeHost,
  item: Office.MessageCompose,
): Promise<EmailAddress | undefined> {
  if (!supportsMailbox(office, "1.7") || typeof item.from?.getAsync !== "function") {
    return undefined;
  }
  try {
    const from = await callOffice<Office.EmailAddressDetails>(
      office,
      "Reading the From line",
      (cb) => item.from.getAsync(cb),
    );
    return toAddress(from?.emailAddress) ?? undefined;
  } catch {
    return undefined;
  }
}

async function composeMessage(
  office: OfficeHost,
  item: Office.MessageCompose,
  now: () => Date,
): Promise<MailItem> {
  const [to, cc, bcc, subject, from] = await Promise.all([
    callOffice<Office.EmailAddressDetails[]>(office, "Reading the To line", (cb) =>
      item.to.getAsync(cb),
    ),
    callOffice<Office.EmailAddressDetails[]>(office, "Reading the Cc line", (cb) =>
      item.cc.getAsync(cb),
    ),
    callOffice<Office.EmailAddressDetails[]>(office, "Reading the Bcc line", (cb) =>
      item.bcc.getAsync(cb),
    ),
    callOffice<string>(office, "Reading the subject", (cb) => item.subject.getAsync(cb)),
    composeFrom(office, item),
  ]);
  return {
    mode: "compose",
    subject: subject ?? "",
    to: toAddresses(to),
    cc: toAddresses(cc),
    bcc: toAddresses(bcc),
    ...(from ? { from } : {}),
    receivedAt: now(),
  };
}

/** Rebuilt from `mailbox.item` on every call: the pinned pane keeps no item state of its own. */
export async function readCurrentItem(
  office: OfficeHost,
  now: () => Date,
): Promise<MailItem | null> {
  const item = currentMessage(office);
  if (item === null) return null;
  return isReadMode(item) ? readMessage(office, item, now) : composeMessage(office, item, now);
}
