/**
 * Outlook's event runtime (event-based activation, Smart Alerts): the handler names the manifest
 * gives each LaunchEvent, associating functions with them, the draft read for the send check, and
 * event.completed with what this Outlook supports. It runs where there is no task pane: in
 * classic Outlook on Windows a JavaScript-only runtime (no DOM, no Office.onReady).
 */
import type { MailItem, NotificationKind } from "../app/ports";
import { type OfficeHost, supportsMailbox } from "./host";
import { readCurrentItem } from "./item";
import { clearNotification, showNotification } from "./notifications";

/** The manifest's LaunchEvent FunctionName values; test/unit/manifest.test.ts checks them. */
export const LAUNCH_EVENT_HANDLERS = {
  messageSend: "onMessageSendHandler",
  recipientsChanged: "onMessageRecipientsChangedHandler",
} as const;
export type LaunchEventName = keyof typeof LAUNCH_EVENT_HANDLERS;

/**
 * The compose pane's button (the manifest's Control id): the Smart Alerts dialog's button opens
 * it (Mailbox 1.14), where the terms and the SPOC are shown in full.
 */
export const COMPOSE_PANE_COMMAND_ID = "ucbComposeOpenPane";

/** The event object Outlook passes to a LaunchEvent handler. */
export type LaunchEvent = {
  completed(options?: Readonly<Record<string, unknown>>): void;
};

/** What the Smart Alerts dialog shows (src/app/send's SendPrompt). */
export type SmartAlert = {
  readonly errorMessage: string;
  readonly errorMessageMarkdown: string;
  readonly cancelLabel: string;
};

/** Maps each handler name to its function; false where Office.actions is not there. */
export function associateHandlers(
  office: OfficeHost,
  handlers: Readonly<Record<LaunchEventName, (event: LaunchEvent) => void>>,
): boolean {
  const actions = office.actions;
  if (!actions || typeof actions.associate !== "function") return false;
  for (const name of Object.keys(handlers) as LaunchEventName[]) {
    const handler = handlers[name];
    actions.associate(LAUNCH_EVENT_HANDLERS[name], (event) => handler(event as LaunchEvent));
  }
  return true;
}

/**
 * Where the event runtime's script was loaded from (Mailbox 1.14): in classic Outlook on Windows
 * the only way to find the add-in's own origin (and so its config.js).
 */
export function runtimeScriptUrl(office: OfficeHost): string | undefined {
  const url = office.context.urls?.javascriptRuntimeUrl;
  return typeof url === "string" && url !== "" ? url : undefined;
}

/** The draft's recipients and From line (the mailbox it goes out from). */
export type Draft = Pick<MailItem, "to" | "cc" | "from" | "uncheckedRecipients"> & {
  readonly bcc: MailItem["to"];
};

/**
 * Each Office call in the event runtime has this long: Outlook says the add-in is slow after
 * five seconds, and a callback that never arrives must not hold the email.
 */
export const EVENT_CALL_TIMEOUT_MS = 1_500;

/** The draft being sent: its recipients and From line, read as the pane reads them. */
export async function readDraft(office: OfficeHost, now: () => Date): Promise<Draft | null> {
  const item = await readCurrentItem(office, now, { timeoutMs: EVENT_CALL_TIMEOUT_MS });
  if (item === null || item.mode !== "compose") return null;
  return {
    to: item.to,
    cc: item.cc,
    bcc: item.bcc ?? [],
    ...(item.from ? { from: item.from } : {}),
    ...(item.uncheckedRecipients ? { uncheckedRecipients: item.uncheckedRecipients } : {}),
  };
}

/**
 * event.completed's options: send, or stop with the dialog. The button that opens the pane
 * (cancelLabel, commandId) needs Mailbox 1.14 and Markdown 1.15; older Outlooks get the plain
 * message only, and the send mode in the manifest (PromptUser) still offers Send Anyway.
 */
export function completedOptions(
  office: OfficeHost,
  alert: SmartAlert | undefined,
): Readonly<Record<string, unknown>> {
  if (alert === undefined) return { allowEvent: true };
  return {
    allowEvent: false,
    errorMessage: alert.errorMessage,
    ...(supportsMailbox(office, "1.14")
      ? { cancelLabel: alert.cancelLabel, commandId: COMPOSE_PANE_COMMAND_ID }
      : {}),
    ...(supportsMailbox(office, "1.15")
      ? { errorMessageMarkdown: alert.errorMessageMarkdown }
      : {}),
  };
}

/** Ends the handler; Outlook waits for this, and code after it may not run. */
export function complete(event: LaunchEvent, options?: Readonly<Record<string, unknown>>): void {
  event.completed(options);
}

/** The line on the draft (the pane's own key, so the pane and the handler share one line). */
export async function markDraft(
  office: OfficeHost,
  notice: { readonly kind: NotificationKind; readonly text: string } | { readonly kind: "none" },
): Promise<void> {
  if (notice.kind === "none") await clearNotification(office);
  else await showNotification(office, notice.kind, notice.text);
}
