/** Reply, new-message and forward forms. The user always reviews and sends; we never send. */
import type { DraftMessage } from "../app/ports";
import type { EmailAddress } from "../domain/types";
import { callOffice, callOfficeSync } from "./async";
import { MailboxError } from "./errors";
import { type OfficeHost, supportsMailbox } from "./host";
import { currentMessage, isReadMode } from "./item";
import { escapeHtml, textToHtml } from "./text";

function readMessageOrThrow(office: OfficeHost, action: string): Office.MessageRead {
  const item = currentMessage(office);
  if (item === null) throw new MailboxError("noItem", `${action}: no message is selected.`);
  if (!isReadMode(item)) {
    throw new MailboxError("wrongMode", `${action}: only possible on a message being read.`);
  }
  return item;
}

export async function openReply(office: OfficeHost, body: string): Promise<void> {
  const item = readMessageOrThrow(office, "Replying");
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

function originalHeader(item: Office.MessageRead, timeZone: string): string {
  const from = item.from;
  const sent =
    item.dateTimeCreated instanceof Date
      ? new Intl.DateTimeFormat("en-GB", {
          dateStyle: "full",
          timeStyle: "short",
          timeZone,
        }).format(item.dateTimeCreated)
      : "";
  const lines = [
    `From: ${from ? `${from.displayName.trim()} <${from.emailAddress.trim()}>` : ""}`,
    `Sent: ${sent}`,
    `Subject: ${item.subject ?? ""}`,
  ];
  return `<p>${lines.map(escapeHtml).join("<br>")}</p>`;
}

/**
 * A new message to `to` with the covering note, the original's From/Sent/Subject, and the
 * original attached as an item (Mailbox 1.6, attachments by EWS item id). If Outlook refuses the
 * attachment the form still opens, and the body asks the user to attach the message themselves.
 */
export async function openForward(
  office: OfficeHost,
  to: readonly EmailAddress[],
  note: string,
  timeZone: string,
): Promise<void> {
  const item = readMessageOrThrow(office, "Forwarding");
  const subject = item.subject ?? "";
  const form: Office.MessageForm = {
    toRecipients: [...to],
    subject: FORWARD_PREFIX.test(subject) ? subject : `FW: ${subject}`,
    htmlBody: `${textToHtml(note)}<hr>${originalHeader(item, timeZone)}`,
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
