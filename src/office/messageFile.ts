/**
 * The message being read as a file: Outlook's own .eml (MIME, attachments included) through
 * getAsFileAsync (Mailbox 1.14), decoded from Base64 to bytes for the case documents library.
 */
import { callOffice } from "./async";
import { MailboxError } from "./errors";
import { type OfficeHost, supportsMailbox } from "./host";
import type { MailItem } from "../app/ports";
import { assertCurrent, currentMessage, isReadMode } from "./item";

/** Base64 (as Outlook returns it, possibly wrapped) to bytes, without Node's Buffer. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function currentMessageFile(
  office: OfficeHost,
  judged?: MailItem,
): Promise<Uint8Array> {
  assertCurrent(office, judged, "Copying the message");
  const item = currentMessage(office);
  if (item === null) throw new MailboxError("noItem", "Copying the message: none is selected.");
  if (!isReadMode(item)) {
    throw new MailboxError("wrongMode", "Copying the message: only a message being read.");
  }
  // Outlook on Android and iOS, and older builds elsewhere, stop before Mailbox 1.14.
  if (!supportsMailbox(office, "1.14") || typeof item.getAsFileAsync !== "function") {
    throw new MailboxError(
      "unsupported",
      "This version of Outlook cannot copy a message to a file (it needs Mailbox 1.14).",
    );
  }
  const base64 = await callOffice<string>(office, "Copying the message", (cb) =>
    item.getAsFileAsync(cb),
  );
  try {
    return base64ToBytes(base64);
  } catch {
    throw new MailboxError("failed", "Copying the message: Outlook returned something unreadable.");
  }
}
