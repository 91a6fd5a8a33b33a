/**
 * A Mailbox for app-layer and pane tests: the test sets the current item (and can fire
 * ItemChanged), reads what was asked of Outlook (notifications, reply, forward and new-message
 * forms), and can make a call fail, as Outlook does when the item changed under it or a form
 * cannot open. Like Outlook, it can change the selection without firing ItemChanged
 * (`selectSilently`): an action given the item the pane judged then fails "itemChanged".
 */
import type {
  DraftMessage,
  ItemIdentity,
  Mailbox,
  MailItem,
  NotificationKind,
} from "../../src/app/ports";
import type { EmailAddress } from "../../src/domain/types";

type Method =
  | "showNotification"
  | "clearNotification"
  | "openReply"
  | "openNewMessage"
  | "openForward"
  | "currentMessageFile";

export class FakeMailbox implements Mailbox {
  item: MailItem | null;
  themeValue: "light" | "dark" = "light";
  readonly notifications: { kind: NotificationKind; message: string }[] = [];
  readonly replies: string[] = [];
  readonly forwards: { to: readonly EmailAddress[]; note: string }[] = [];
  readonly newMessages: DraftMessage[] = [];
  cleared = 0;
  /** The current message as .eml, for currentMessageFile; a test sets it with the item. */
  messageFile: Uint8Array | null = null;
  private readonly failing = new Set<Method>();
  private readonly handlers = new Set<() => void>();
  private readonly recipientHandlers = new Set<() => void>();

  constructor(item: MailItem | null = null) {
    this.item = item;
  }

  /** Outlook changes the selection, then fires ItemChanged. */
  select(item: MailItem | null): void {
    this.item = item;
    for (const handler of this.handlers) handler();
  }

  /** Outlook changes the selection without telling the pane (ItemChanged does not fire). */
  selectSilently(item: MailItem | null): void {
    this.item = item;
  }

  /** The draft's recipients change: Outlook fires RecipientsChanged on the item. */
  changeRecipients(item: MailItem): void {
    this.item = item;
    for (const handler of this.recipientHandlers) handler();
  }

  /** Every later call of `method` rejects, as Outlook does when it cannot do it. */
  fail(method: Method): void {
    this.failing.add(method);
  }

  private enter(method: Method, judged?: MailItem): Promise<void> {
    if (judged !== undefined && !this.isCurrentItem(judged)) {
      return Promise.reject(
        Object.assign(new Error(`${method}: Outlook shows another item`), {
          name: "MailboxError",
          code: "itemChanged",
        }),
      );
    }
    return this.failing.has(method)
      ? Promise.reject(new Error(`Outlook refused ${method}`))
      : Promise.resolve();
  }

  isCurrentItem(item: ItemIdentity): boolean {
    const now = this.item;
    if (now === null) return false;
    if (now === item) return true;
    if (now.itemId && item.itemId) return now.itemId === item.itemId;
    return now.internetMessageId !== undefined && now.internetMessageId === item.internetMessageId;
  }

  onRecipientsChanged(handler: () => void): Promise<() => void> {
    this.recipientHandlers.add(handler);
    return Promise.resolve(() => this.recipientHandlers.delete(handler));
  }

  currentItem(): Promise<MailItem | null> {
    return Promise.resolve(this.item);
  }
  onItemChanged(handler: () => void): Promise<() => void> {
    this.handlers.add(handler);
    return Promise.resolve(() => this.handlers.delete(handler));
  }
  async showNotification(kind: NotificationKind, message: string, judged?: MailItem) {
    await this.enter("showNotification", judged);
    this.notifications.push({ kind, message });
  }
  async clearNotification(judged?: MailItem): Promise<void> {
    await this.enter("clearNotification", judged);
    this.cleared += 1;
  }
  async openReply(body: string, judged?: MailItem): Promise<void> {
    await this.enter("openReply", judged);
    this.replies.push(body);
  }
  async openNewMessage(draft: DraftMessage): Promise<void> {
    await this.enter("openNewMessage");
    this.newMessages.push(draft);
  }
  async openForward(to: readonly EmailAddress[], note: string, judged?: MailItem) {
    await this.enter("openForward", judged);
    this.forwards.push({ to, note });
  }
  async currentMessageFile(judged?: MailItem): Promise<Uint8Array> {
    await this.enter("currentMessageFile", judged);
    if (!this.item || !this.messageFile) throw new Error("No message is selected");
    return this.messageFile;
  }
  theme(): "light" | "dark" {
    return this.themeValue;
  }
}
