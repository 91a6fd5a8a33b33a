import type { Letter } from "../../../app/letters/letter";
import { isItemChanged } from "../../../app/errorWording";
import type { Mailbox } from "../../../app/ports";

/** How the letter went on: a reply or a new message in Outlook, or a printable letter. */
export type LetterOpened = "reply" | "newMessage" | "printable";

/**
 * Opens an emailed letter as a draft the decider checks and sends: a reply when the open
 * message is from the addressee (it keeps the thread; if Outlook has moved to another message
 * meanwhile, a new message instead, never a reply to the wrong one), otherwise a new message. A letter whose
 * channel is post (the terms or adjustments, or no email address held) never opens as an email.
 */
export async function openLetter(mailbox: Mailbox, letter: Letter): Promise<LetterOpened> {
  if (letter.channel.kind === "post") return "printable";
  const item = await mailbox.currentItem().catch(() => null);
  if (item?.mode === "read" && item.from && letter.to.includes(item.from)) {
    try {
      // To that message only: if Outlook has moved on, the letter goes as a new message.
      await mailbox.openReply(letter.body, item);
      return "reply";
    } catch (e) {
      if (!isItemChanged(e)) throw e;
    }
  }
  await mailbox.openNewMessage({ to: letter.to, subject: letter.subject, body: letter.body });
  return "newMessage";
}
