import type { LetterDraft } from "../../../app/decisions";
import type { Mailbox } from "../../../app/ports";

/** How the letter reached Outlook: a reply to the customer's message, a new message, or neither. */
export type LetterOpened = "reply" | "newMessage" | "noAddress";

/**
 * Opens the letter as a draft the decider checks and sends: a reply when the open message is
 * from the addressee (it keeps the thread), otherwise a new message. Without an email address
 * the letter is printed and posted, so nothing is opened.
 */
export async function openLetter(mailbox: Mailbox, letter: LetterDraft): Promise<LetterOpened> {
  if (letter.to.length === 0) return "noAddress";
  const item = await mailbox.currentItem().catch(() => null);
  if (item?.mode === "read" && item.from && letter.to.includes(item.from)) {
    await mailbox.openReply(letter.body);
    return "reply";
  }
  await mailbox.openNewMessage({ to: letter.to, subject: letter.subject, body: letter.body });
  return "newMessage";
}
