/** The Mailbox port over Office.js. */
import type { DraftMessage, ItemIdentity, Mailbox, MailItem, NotificationKind } from "../app/ports";
import type { EmailAddress } from "../domain/types";
import { MailboxEvents } from "./events";
import { EVENT, globalOffice, type OfficeHost, supportsMailbox } from "./host";
import { currentMessage, isCurrentItem, readCurrentItem } from "./item";
import { onItemEvent } from "./itemEvents";
import { clearNotification, showNotification } from "./notifications";
import { type Theme, themeFrom } from "./theme";

export type OfficeMailbox = Mailbox & {
  /** Called with the new theme when the user changes it (Mailbox 1.14; a no-op before). */
  onThemeChanged(handler: (theme: Theme) => void): Promise<() => void>;
};

export type OfficeMailboxOptions = {
  /** The Office global by default; tests pass a mock. */
  readonly office?: OfficeHost | undefined;
  readonly now?: () => Date;
  /** For dates written into forwarded messages. */
  readonly timeZone?: string;
};

const forms = () => import(/* webpackChunkName: "office-forms" */ "./forms");

/** Null when there is no mailbox: office.js not loaded, or not running in Outlook. */
export function createOfficeMailbox(options: OfficeMailboxOptions = {}): OfficeMailbox | null {
  const office = options.office ?? globalOffice();
  if (!office?.context.mailbox) return null;
  const now = options.now ?? (() => new Date());
  const timeZone = options.timeZone ?? "Europe/London";
  const events = new MailboxEvents(office);
  // Kept current by OfficeThemeChanged, which carries the new theme (the context may lag).
  let theme: Theme = themeFrom(office.context.officeTheme);

  const followTheme = supportsMailbox(office, "1.14")
    ? events.subscribe(EVENT.officeThemeChanged, (args) => {
        theme = themeFrom((args as Partial<Office.OfficeThemeChangedEventArgs>).officeTheme);
      })
    : null;
  followTheme?.catch((e: unknown) => console.warn("The Office theme will not be followed", e));

  return {
    currentItem: (): Promise<MailItem | null> => readCurrentItem(office, now),

    onItemChanged: (handler: () => void) =>
      supportsMailbox(office, "1.5")
        ? events.subscribe(EVENT.itemChanged, () => handler())
        : Promise.resolve(() => undefined),

    onRecipientsChanged: (handler: () => void) =>
      supportsMailbox(office, "1.7")
        ? onItemEvent(office, currentMessage(office), EVENT.recipientsChanged, handler)
        : Promise.resolve(() => undefined),

    isCurrentItem: (item: ItemIdentity) => isCurrentItem(office, item),

    showNotification: (kind: NotificationKind, message: string, judged?: MailItem) =>
      showNotification(office, kind, message, judged),

    clearNotification: (judged?: MailItem) => clearNotification(office, judged),

    // Actions after the verdict: their code loads on first use, not with the pane.
    openReply: async (body: string, judged?: MailItem) =>
      (await forms()).openReply(office, body, judged),

    openNewMessage: async (draft: DraftMessage) => (await forms()).openNewMessage(office, draft),

    openForward: async (to: readonly EmailAddress[], note: string, judged?: MailItem) =>
      (await forms()).openForward(office, to, note, timeZone, judged),

    currentMessageFile: async (judged?: MailItem) =>
      (await import(/* webpackChunkName: "office-forms" */ "./messageFile")).currentMessageFile(
        office,
        judged,
      ),

    theme: () => theme,

    onThemeChanged: async (handler: (theme: Theme) => void) => {
      if (followTheme === null) return () => undefined;
      await followTheme;
      return events.subscribe(EVENT.officeThemeChanged, () => handler(theme));
    },
  };
}
