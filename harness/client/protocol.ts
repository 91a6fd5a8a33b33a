/**
 * What the harness page (the "Outlook" around the pane) and the Office.js stand-in (inside the
 * pane's iframe) say to each other. Both are served from the harness's origin, so the stand-in
 * reaches the page as `window.parent.harnessHost`. Only plain JSON crosses between the two
 * windows: each realm builds its own objects (a Date made in the page is not `instanceof Date`
 * in the pane).
 */

export type Mailbox = {
  readonly name: string;
  /** As Outlook gives it: an SMTP address, an Exchange X.500 address, or "" (docs/harness.md). */
  readonly address: string;
  /** A draft's recipient Outlook has not resolved yet: missing from getAsync until it is. */
  readonly unresolved?: boolean;
};

/** A message in the harness's list, as plain data. */
export type MessageData = {
  /** Outlook's item id (EWS form): what the stand-in gives as `item.itemId`. */
  readonly id: string;
  readonly from: Mailbox;
  /** Who actually sent it, when not the From address (a delegate). Defaults to `from`. */
  readonly sender?: Mailbox;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly subject: string;
  /** Plain text; the harness always shows it as text. */
  readonly body: string;
  /** ISO 8601 instant: when the council's server received it (the top Received header). */
  readonly received: string;
  /**
   * Outlook's dateTimeCreated when it is not the receipt: mail copied, imported or re-filed is
   * created in the mailbox later. Defaults to `received`.
   */
  readonly created?: string;
  /** The Date header (when the sender sent it); defaults to `received`. */
  readonly sent?: string;
  /** Outlook does not fire ItemChanged when this message is selected (encrypted, meeting…). */
  readonly noItemChanged?: boolean;
  readonly internetMessageId: string;
  /** What the message demonstrates, shown in the list (demo messages only). */
  readonly note?: string;
  /**
   * The shared mailbox (or the colleague's delegated folder) the message is in; absent for the
   * signed-in user's own mailbox. getSharedPropertiesAsync answers with it as the owner.
   */
  readonly mailbox?: Mailbox;
  /** Files attached to it: in the .eml that getAsFileAsync gives. */
  readonly attachments?: readonly AttachmentData[];
};

/** A file attached to a harness message; its content as text. */
export type AttachmentData = {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
};

/** A message being written (compose mode): what the pane reads with getAsync. */
export type ComposeData = {
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly bcc: readonly Mailbox[];
  readonly subject: string;
  /** The From line: a shared mailbox the user sends from; absent for their own address. */
  readonly from?: Mailbox;
};

/** What the pane's host item is: a received message, one being written, or nothing. */
export type ItemData =
  | { readonly mode: "read"; readonly message: MessageData }
  | { readonly mode: "compose"; readonly draft: ComposeData }
  | null;

export type ThemeName = "light" | "dark";

/** Outlook's NotificationMessageDetails, as the pane passed them (plus the key). */
export type NotificationData = {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
};

export type RecordedNotification = {
  readonly at: string;
  /** Which message the info bar belongs to (null for a message being written). */
  readonly itemId: string | null;
  readonly action: "replace" | "remove";
  readonly key: string;
  readonly details?: NotificationData;
};

export type RecordedAttachment = {
  readonly type: string;
  readonly name: string;
  readonly itemId?: string;
  readonly url?: string;
};

/** A form the pane asked Outlook to open. The user would review and send it. */
export type RecordedForm = {
  readonly at: string;
  readonly kind: "reply" | "newMessage" | "dialog";
  /** The message replied to (reply), or the one selected when the form opened. */
  readonly itemId: string | null;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly attachments: readonly RecordedAttachment[];
  /** Dialogs only: the page asked for. */
  readonly url?: string;
};

export type Recorded = {
  readonly notifications: readonly RecordedNotification[];
  readonly forms: readonly RecordedForm[];
};

export type SignedInAs = { readonly upn: string; readonly displayName: string };

/** The pane side, registered by the stand-in when it starts. */
export type PaneConnection = {
  /** Outlook fires an event (ItemChanged, OfficeThemeChanged) at the pane. */
  fire(eventType: string, args: Readonly<Record<string, unknown>>): void;
  /** The pane registered (or removed) a handler for an event type. */
  readonly handlers: () => readonly string[];
};

/** How a LaunchEvent handler ended: event.completed's options, or why it did not run. */
export type CompletedEvent =
  | { readonly kind: "completed"; readonly options: Readonly<Record<string, unknown>> | null }
  | { readonly kind: "notAssociated"; readonly handler: string };

/** The event runtime side (launchevent.html), registered by its stand-in once Office is ready. */
export type RuntimeConnection = {
  /** Outlook runs the handler the manifest names for an event; resolves at event.completed. */
  fire(handler: string, args: Readonly<Record<string, unknown>>): Promise<CompletedEvent>;
  /** The handler names the runtime associated (Office.actions.associate). */
  readonly associated: () => readonly string[];
};

/**
 * Real Outlook's awkward behaviours, switched on per test (harness.setQuirks) or per message
 * (MessageData, Mailbox). docs/harness.md gives the source of each.
 */
export type Quirks = {
  /** ItemChanged fires when another message is selected (false: never, as for some items). */
  readonly itemChanged: boolean;
  /** internetMessageId without its angle brackets, as Outlook on Mac gives it. */
  readonly bracketlessMessageIds: boolean;
  /** Read-mode To and Cc cut to this many (20 in Outlook on the web and new Outlook); null: all. */
  readonly readRecipientLimit: number | null;
  /** replaceAsync fails when the key is already on the item (office-js#6733). */
  readonly replaceFailsWhenPresent: boolean;
  /** userProfile.emailAddress: the SMTP address when it differs from the UPN; null: the UPN. */
  readonly userProfileEmail: string | null;
  /** Office calls whose callbacks never arrive, by name ("to.getAsync", "replaceAsync", "*"). */
  readonly silentCalls: readonly string[];
  /** getAllInternetHeadersAsync answers (false: Outlook gives no headers). */
  readonly headers: boolean;
};

export const DEFAULT_QUIRKS: Quirks = {
  itemChanged: true,
  bracketlessMessageIds: false,
  readRecipientLimit: null,
  replaceFailsWhenPresent: false,
  userProfileEmail: null,
  silentCalls: [],
  headers: true,
};

/** The page side: what the stand-in asks of the harness. */
export type HarnessHost = {
  /** The quirks in force now. */
  quirks(): Quirks;
  item(): ItemData;
  theme(): ThemeName;
  user(): SignedInAs;
  /** The info bar of a message, as Outlook keeps it per item. */
  notificationsOf(itemId: string | null): readonly NotificationData[];
  setNotification(itemId: string | null, details: NotificationData): void;
  removeNotification(itemId: string | null, key: string): void;
  recordForm(form: Omit<RecordedForm, "at">): void;
  /** The stand-in connects once Office is "ready"; the page then drives it. */
  connect(pane: PaneConnection): void;
  /** The event runtime's stand-in connects the same way. */
  connectRuntime(runtime: RuntimeConnection): void;
  /** The Mailbox requirement set this Outlook supports (Outlook on the web: 1.15). */
  mailboxVersion(): string;
  /** The pane added a handler for an event type (the page waits on ItemChanged for readiness). */
  handlerAdded(eventType: string): void;
  /** The pane read `mailbox.item` (tests wait for it after a selection). */
  itemRead(): void;
  /**
   * Sign-in by nested app authentication (naa-bridge.ts) against this emulator, or null when the
   * pane signs in with the emulator's own tokens (the default).
   */
  nestedAppAuth(): { readonly emulatorUrl: string } | null;
};

/** Outlook on the web supports up to Mailbox 1.15 (Smart Alerts' Markdown is 1.15). */
export const DEFAULT_MAILBOX_VERSION = "1.15";

/** The event type strings Outlook uses (Office.EventType values). */
export const EVENT_TYPES = {
  itemChanged: "olkItemSelectedChanged",
  recipientsChanged: "olkRecipientsChanged",
  officeThemeChanged: "officeThemeChanged",
  dialogMessageReceived: "dialogMessageReceived",
  dialogEventReceived: "dialogEventReceived",
} as const;

/** Colours Outlook on the web reports in Office.context.officeTheme for each theme. */
export const OFFICE_THEMES: Readonly<
  Record<
    ThemeName,
    {
      readonly bodyBackgroundColor: string;
      readonly bodyForegroundColor: string;
      readonly controlBackgroundColor: string;
      readonly controlForegroundColor: string;
    }
  >
> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
  },
};
