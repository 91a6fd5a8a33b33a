/** Reply, new-message and forward forms. The user always reviews and sends; we never send. */
import type { DraftMessage, MailItem } from "../app/ports";
import type { EmailAddress } from "../domain/types";
import { callOffice, callOfficeSync } from "./async";
import { MailboxError } from "./errors";
import { type OfficeHost, supportsMailbox } from "./host";
import { readHeaders, receivedTime } from "./headers";
import { assertCurrent, currentMessage, isReadMode } from "./item";
import { escapeHtml, textToHtml } from "./text";

function readMessageOrThrow(
  office: OfficeHost,
  action: string,
  judged?: MailItem,
): Office.MessageRead {
  assertCurrent(office, judged, action);
  const item = currentMessage(office);
  if (item === null) throw new MailboxError("noItem", `${action}: no message is selected.`);
  if (!isReadMode(item)) {
    throw new MailboxError("wrongMode", `${action}: only possible on a message being read.`);
  }
  return item;
}

export async function openReply(
  office: OfficeHost,
  body: string,
  judged?: MailItem,
): Promise<void> {
  const item = readMessageOrThrow(office, "Replying", judged);
  const form: Office.ReplyFormData = { htmlBody: textToHtml(body) };
  // The Async form (Mailbox 1.9) reports failures; 1.5 hosts only have the fire-and-forget one.
  if (supportsMailbox(office, "1.9")) {
    await callOffice<void>(office, "Opening the reply", (cb) =>
      item.displayReplyFormAsync(form, cb),
    );
  } else {
    callOfficeSync("Opening the reply", () => item.displayReplyForm(form));
  }
}

async function displayNewMessage(office: OfficeHost, form: Office.MessageForm): Promise<void> {
  const mailbox = office.context.mailbox;
  // displayNewMessageForm arrived in Mailbox 1.6; our minimum is 1.5 (Exchange Server 2016).
  if (!mailbox || !supportsMailbox(office, "1.6")) {
    throw new MailboxError("unsupported", "This version of Outlook cannot open a new message.");
  }
  if (supportsMailbox(office, "1.9")) {
    await callOffice<void>(office, "Opening a new message", (cb) =>
      mailbox.displayNewMessageFormAsync(form, cb),
    );
  } else {
    callOfficeSync("Opening a new message", () => mailbox.displayNewMessageForm(form));
  }
}

export function openNewMessage(office: OfficeHost, draft: DraftMessage): Promise<void> {
  return displayNewMessage(office, {
    toRecipients: [...draft.to],
    ccRecipients: [...(draft.cc ?? [])],
    subject: draft.subject,
    htmlBody: textToHtml(draft.body),
  });
}

const FORWARD_PREFIX = /^\s*(fw|fwd)\s*:/i;
const MAX_ATTACHMENT_NAME = 255;

/**
 * When the council received the message: the judged item's time (read from its headers), else
 * the headers read now, else Outlook's creation time (item.ts says why).
 */
async function receivedAt(
  office: OfficeHost,
  item: Office.MessageRead,
  judged: MailItem | undefined,
): Promise<Date | undefined> {
  if (judged) return judged.receivedAt;
  const headers = await readHeaders(office, item);
  const created = item.dateTimeCreated;
  return (headers && receivedTime(headers)) ?? (created instanceof Date ? created : undefined);
}

function originalHeader(item: Office.MessageRead, received: Date | undefined, timeZone: string) {
  const from = item.from;
  const when = received
    ? new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone }).format(
        received,
      )
    : "";
  const lines = [
    `From: ${from ? `${from.displayName.trim()} <${from.emailAddress.trim()}>` : ""}`,
    `Received: ${when}`,
    `Subject: ${item.subject ?? ""}`,
  ];
  return `<p>${lines.map(escapeHtml).join("<br>")}</p>`;
}

/**
 * A new message to `to` with the covering note, the original's From/Received/Subject, and the
 * original attached as an item (Mailbox 1.6, attachments by EWS item id). If Outlook refuses the
 * attachment the form still opens, and the body asks the user to attach the message themselves.
 */
export async function openForward(
  office: OfficeHost,
  to: readonly EmailAddress[],
  note: string,
  timeZone: string,
  judged?: MailItem,
): Promise<void> {
  const item = readMessageOrThrow(office, "Forwarding", judged);
  const received = await receivedAt(office, item, judged);
  const subject = item.subject ?? "";
  const form: Office.MessageForm = {
    toRecipients: [...to],
    subject: FORWARD_PREFIX.test(subject) ? subject : `FW: ${subject}`,
    htmlBody: `${textToHtml(note)}<hr>${originalHeader(item, received, timeZone)}`,
  };
  if (!item.itemId) {
    return displayNewMessage(office, form);
  }
  const attachment: Office.MessageFormAttachment = {
    type: "item",
    itemId: item.itemId,
    name: (subject.trim() || "Original message").slice(0, MAX_ATTACHMENT_NAME),
  };
  try {
    await displayNewMessage(office, { ...form, attachments: [attachment] });
  } catch (e) {
    if (!(e instanceof MailboxError) || e.code === "unsupported") throw e;
    const manual = textToHtml(
      "Outlook could not attach the original message. Please attach it before sending.",
    );
    await displayNewMessage(office, { ...form, htmlBody: `${manual}${form.htmlBody ?? ""}` });
  }
}
