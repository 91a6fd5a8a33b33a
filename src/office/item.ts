/** The current Outlook item as the app's MailItem: read mode from properties, compose by getAsync. */
import type { ItemIdentity, MailItem } from "../app/ports";
import { normaliseMessageId, sameMessageId } from "../domain/messageId";
import type { EmailAddress } from "../domain/types";
import { toAddress, toAddresses } from "./address";
import { callOffice } from "./async";
import { MailboxError } from "./errors";
import { headerAddresses, readHeaders, receivedTime, sentTime } from "./headers";
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

/**
 * Outlook on the web and new Outlook give read-mode To and Cc only as far as the collapsed view
 * shows them: the first 20 (office.messageread#to). A line that long may have more.
 */
export const COLLAPSED_RECIPIENTS = 20;

/** Reading the headers may not hold up the verdict for long; without them the check goes on. */
export const HEADERS_TIMEOUT_MS = 4_000;

export type ReadOptions = {
  /** How long each Office call may take (the event runtime has less time than the pane). */
  readonly timeoutMs?: number;
};

/** Which Office item each MailItem was read from, so an action can tell whether it still is. */
const sources = new WeakMap<ItemIdentity, MessageItem>();

function validDate(value: Date | undefined): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}

/** Outlook's lines, completed from the headers when Outlook may have cut them at 20. */
function recipients(
  details: readonly Office.EmailAddressDetails[] | undefined,
  fromHeaders: readonly string[] | undefined,
): { readonly addresses: EmailAddress[]; readonly incomplete: boolean } {
  const addresses = toAddresses(details);
  if ((details?.length ?? 0) < COLLAPSED_RECIPIENTS) return { addresses, incomplete: false };
  if (fromHeaders === undefined) return { addresses, incomplete: true };
  for (const raw of fromHeaders) {
    const address = toAddress(raw);
    if (address !== null && !addresses.includes(address)) addresses.push(address);
  }
  return { addresses, incomplete: false };
}

async function readMessage(
  office: OfficeHost,
  item: Office.MessageRead,
  now: () => Date,
  options: ReadOptions,
): Promise<MailItem> {
  const [identity, headers] = await Promise.all([
    readMailboxIdentity(office, item),
    readHeaders(
      office,
      item,
      Math.min(options.timeoutMs ?? HEADERS_TIMEOUT_MS, HEADERS_TIMEOUT_MS),
    ),
  ]);
  const mailbox = mailboxAddress(identity);
  const from = toAddress(item.from?.emailAddress);
  const sender = toAddress(item.sender?.emailAddress);
  const fromName = item.from?.displayName?.trim();
  const rawFrom = (item.from?.emailAddress ?? item.sender?.emailAddress ?? "").trim();
  const unreadableFrom = !from && !sender && rawFrom !== "" ? rawFrom : undefined;
  // When the council received it (docs/decisions.md): the top Received line; without one, the
  // Date line; without the headers at all, Outlook's creation time, which is the arrival time
  // for mail delivered in the ordinary way but not for mail copied, imported or re-filed.
  const received = headers ? receivedTime(headers) : undefined;
  const sent = received ? undefined : headers ? sentTime(headers) : undefined;
  const created = validDate(item.dateTimeCreated);
  const receivedAt = received ?? sent ?? created ?? now();
  const receivedFrom = received ? "received" : sent ? "date" : created ? "created" : "now";
  const to = recipients(item.to, headers ? headerAddresses(headers, "to") : undefined);
  const cc = recipients(item.cc, headers ? headerAddresses(headers, "cc") : undefined);
  const messageId = normaliseMessageId(item.internetMessageId);
  return {
    mode: "read",
    subject: item.subject ?? "",
    to: to.addresses,
    cc: cc.addresses,
    receivedAt,
    receivedFrom,
    ...(to.incomplete || cc.incomplete ? { recipientsIncomplete: true } : {}),
    ...(item.itemId ? { itemId: item.itemId } : {}),
    // Not yet known for a message just sent (Sent Items); the pane then cannot dedupe by it.
    ...(messageId ? { internetMessageId: messageId } : {}),
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
  timeoutMs?: number,
): Promise<EmailAddress | undefined> {
  if (!supportsMailbox(office, "1.7") || typeof item.from?.getAsync !== "function") {
    return undefined;
  }
  try {
    const from = await callOffice<Office.EmailAddressDetails>(
      office,
      "Reading the From line",
      (cb) => item.from.getAsync(cb),
      timeoutMs,
    );
    return toAddress(from?.emailAddress) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Recipients Outlook gives without an SMTP address: an Exchange X.500 address (legacyExchangeDN)
 * for a contact in the organisation, or an empty string. They cannot be looked up, so they are
 * named (by display name, and the address Outlook gave) for the pane to say it could not check
 * them; they are never silently dropped.
 */
export function uncheckable(details: readonly Office.EmailAddressDetails[]): string[] {
  const out: string[] = [];
  for (const d of details) {
    if (toAddress(d.emailAddress) !== null) continue;
    const name = d.displayName?.trim() ?? "";
    const raw = d.emailAddress?.trim() ?? "";
    const label = name && raw ? `${name} (${raw})` : name || raw || "A recipient with no address";
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

async function composeMessage(
  office: OfficeHost,
  item: Office.MessageCompose,
  now: () => Date,
  options: ReadOptions,
): Promise<MailItem> {
  type Details = Office.EmailAddressDetails[];
  const line = (name: string, get: (cb: (r: Office.AsyncResult<Details>) => void) => void) =>
    callOffice<Details>(office, `Reading the ${name} line`, get, options.timeoutMs);
  const [to, cc, bcc, subject, from] = await Promise.all([
    line("To", (cb) => item.to.getAsync(cb)),
    line("Cc", (cb) => item.cc.getAsync(cb)),
    line("Bcc", (cb) => item.bcc.getAsync(cb)),
    callOffice<string>(
      office,
      "Reading the subject",
      (cb) => item.subject.getAsync(cb),
      options.timeoutMs,
    ),
    composeFrom(office, item, options.timeoutMs),
  ]);
  const unchecked = uncheckable([...(to ?? []), ...(cc ?? []), ...(bcc ?? [])]);
  return {
    mode: "compose",
    subject: subject ?? "",
    to: toAddresses(to),
    cc: toAddresses(cc),
    bcc: toAddresses(bcc),
    ...(from ? { from } : {}),
    ...(unchecked.length > 0 ? { uncheckedRecipients: unchecked } : {}),
    receivedAt: now(),
    receivedFrom: "now",
  };
}

/** Rebuilt from `mailbox.item` on every call: the pinned pane keeps no item state of its own. */
export async function readCurrentItem(
  office: OfficeHost,
  now: () => Date,
  options: ReadOptions = {},
): Promise<MailItem | null> {
  const item = currentMessage(office);
  if (item === null) return null;
  const read = isReadMode(item)
    ? await readMessage(office, item, now, options)
    : await composeMessage(office, item, now, options);
  sources.set(read, item);
  return read;
}

/**
 * Whether Outlook still shows the item `judged` was read from. ItemChanged does not fire for
 * some items (encrypted and meeting items, some conversation sub-threads in classic Outlook, an
 * unpinned pane on Mac), and Outlook's item calls act on whatever item is current; so every
 * action on an item asks this first. The same Office item object, or the same item id or
 * Internet message id, is the same item.
 */
export function isCurrentItem(office: OfficeHost, judged: ItemIdentity): boolean {
  const now = currentMessage(office);
  if (now === null) return false;
  if (sources.get(judged) === now) return true;
  // A draft is only ever the same Office item; a message is known by its ids too.
  if (!isReadMode(now) || judged.mode === "compose") return false;
  if (judged.itemId && now.itemId) return judged.itemId === now.itemId;
  return sameMessageId(judged.internetMessageId, now.internetMessageId);
}

/** Throws MailboxError("itemChanged") when Outlook has moved on from `judged` (when given). */
export function assertCurrent(office: OfficeHost, judged: MailItem | undefined, action: string) {
  if (judged !== undefined && !isCurrentItem(office, judged)) {
    throw new MailboxError(
      "itemChanged",
      `${action}: Outlook now shows a different item from the one the pane checked.`,
    );
  }
}
