/**
 * The slice of the Office global this adapter uses. Everything takes it as a parameter (the
 * real `Office` by default), so tests pass a mock and nothing reads the global at import time.
 */
export type OfficeHost = {
  readonly context: {
    readonly mailbox?: Office.Mailbox | undefined;
    readonly requirements?:
      { isSetSupported(name: string, minVersion?: string): boolean } | undefined;
    /** Outlook supports this from Mailbox 1.14, and then only the colour properties. */
    readonly officeTheme?: { readonly bodyBackgroundColor?: string } | undefined;
    /** Mailbox 1.14: where the event runtime's script came from (launchEvents.ts). */
    readonly urls?: { readonly javascriptRuntimeUrl?: string } | undefined;
  };
  /** The event runtime's handler registry (event-based activation). */
  readonly actions?:
    { associate(name: string, handler: (arg?: unknown) => void): void } | undefined;
  readonly AsyncResultStatus: { readonly Succeeded: unknown; readonly Failed: unknown };
  onReady(): Promise<{ readonly host: unknown; readonly platform: unknown }>;
};

/** The Office global, or undefined where office.js did not load (a plain browser tab). */
export function globalOffice(): OfficeHost | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** Mailbox requirement set check; false where Office cannot tell (treat as unsupported). */
export function supportsMailbox(office: OfficeHost, version: string): boolean {
  try {
    return office.context.requirements?.isSetSupported("Mailbox", version) ?? false;
  } catch {
    return false;
  }
}

/**
 * Event type values. The `Office.EventType` enum holds the same strings, but office.js defines
 * the Outlook members only once it knows the host is Outlook, so a literal is more reliable.
 */
export const EVENT = {
  itemChanged: "olkItemSelectedChanged",
  /** On the item (Mailbox 1.7): the draft's To, Cc or Bcc changed. */
  recipientsChanged: "olkRecipientsChanged",
  officeThemeChanged: "officeThemeChanged",
} as const;
