/**
 * The harness's Outlook state: the message list, the selection (or a message being written), who
 * is signed in, the theme, each message's info bar, and what the pane asked Outlook to do.
 */
import type { AlertChoice, SendMode, SmartAlert } from "./sending.ts";
import type {
  ComposeData,
  ItemData,
  MessageData,
  NotificationData,
  RecordedForm,
  RecordedNotification,
  ThemeName,
} from "./protocol.ts";

export type DemoUser = {
  readonly upn: string;
  readonly displayName: string;
  readonly role: string;
};

/** One press of Send: what Outlook did with it. */
export type RecordedSend = {
  readonly at: string;
  readonly from: string | null;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  /** The email left (no prompt, or Send Anyway). */
  readonly sent: boolean;
  /** The Smart Alerts dialog, when Outlook showed one. */
  readonly alert: SmartAlert | null;
  /** What the sender chose in it. */
  readonly choice: AlertChoice | null;
  /** From Send to the handler's event.completed, in milliseconds. */
  readonly decisionMs: number;
};

export type HarnessState = {
  messages: MessageData[];
  selected: string | null;
  compose: ComposeData | null;
  user: string;
  theme: ThemeName;
  /** Info bars by item id (null: the message being written). */
  readonly bars: Map<string | null, NotificationData[]>;
  readonly notifications: RecordedNotification[];
  readonly forms: RecordedForm[];
  readonly sends: RecordedSend[];
  /** The Smart Alerts dialog on screen, if any. */
  alert: SmartAlert | null;
  /** The Mailbox requirement set this Outlook supports. */
  mailboxVersion: string;
  /** The manifest's SendMode for OnMessageSend, and the add-in's name (the dialog's title). */
  readonly sendMode: SendMode;
  readonly addinName: string;
  /** The list shows this mailbox only (an address, "own", or null for all). */
  mailboxFilter: string | null;
};

export function currentItem(state: HarnessState): ItemData {
  if (state.compose) return { mode: "compose", draft: state.compose };
  const message = state.messages.find((m) => m.id === state.selected);
  return message ? { mode: "read", message } : null;
}

export function setBar(
  state: HarnessState,
  itemId: string | null,
  details: NotificationData,
): void {
  const bar = (state.bars.get(itemId) ?? []).filter((n) => n.key !== details.key);
  state.bars.set(itemId, [...bar, details]);
  state.notifications.push({
    at: new Date().toISOString(),
    itemId,
    action: "replace",
    key: details.key,
    details,
  });
}

export function removeFromBar(state: HarnessState, itemId: string | null, key: string): void {
  state.bars.set(
    itemId,
    (state.bars.get(itemId) ?? []).filter((n) => n.key !== key),
  );
  state.notifications.push({ at: new Date().toISOString(), itemId, action: "remove", key });
}

/**
 * Leaving a message: Outlook drops its informational messages that are not persistent; error
 * messages stay until seen once, which they now have been.
 */
export function leaveItem(state: HarnessState, itemId: string | null): void {
  const bar = state.bars.get(itemId);
  if (!bar) return;
  state.bars.set(
    itemId,
    bar.filter((n) => n.type === "informationalMessage" && n.persistent === true),
  );
}
