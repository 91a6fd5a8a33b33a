/**
 * A Mailbox for pane tests: the test sets the current item, fires ItemChanged, and reads what
 * the pane asked Outlook to do (notifications, reply, forward and new-message forms).
 */
import type { DraftMessage, Mailbox, MailItem, NotificationKind } from "../../app/ports";
import type { EmailAddress } from "../../domain/types";

export class FakeMailbox implements Mailbox {
  item: MailItem | null;
  themeValue: "light" | "dark" = "light";
  readonly notifications: { kind: NotificationKind; message: string }[] = [];
  readonly replies: string[] = [];
  readonly forwards: { to: readonly EmailAddress[]; note: string }[] = [];
  readonly newMessages: DraftMessage[] = [];
  cleared = 0;
  private readonly handlers = new Set<() => void>();

  constructor(item: MailItem | null) {
    this.item = item;
  }

  /** Outlook changes the selection, then fires ItemChanged. */
  select(item: MailItem | null): void {
    this.item = item;
    for (const handler of this.handlers) handler();
  }

  currentItem(): Promise<MailItem | null> {
    return Promise.resolve(this.item);
  }
  onItemChanged(handler: () => void): Promise<() => void> {
    this.handlers.add(handler);
    return Promise.resolve(() => this.handlers.delete(handler));
  }
  showNotification(kind: NotificationKind, message: string): Promise<void> {
    this.notifications.push({ kind, message });
    return Promise.resolve();
  }
  clearNotification(): Promise<void> {
    this.cleared += 1;
    return Promise.resolve();
  }
  openReply(body: string): Promise<void> {
    this.replies.push(body);
    return Promise.resolve();
  }
  openNewMessage(draft: DraftMessage): Promise<void> {
    this.newMessages.push(draft);
    return Promise.resolve();
  }
  openForward(to: readonly EmailAddress[], note: string): Promise<void> {
    this.forwards.push({ to, note });
    return Promise.resolve();
  }
  theme(): "light" | "dark" {
    return this.themeValue;
  }
}
