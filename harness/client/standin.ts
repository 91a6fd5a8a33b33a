/**
 * The Office.js stand-in. It runs in the task pane's frame after the real office.js (from the
 * @microsoft/office-js package), which in a plain browser resolves Office.onReady with host null
 * and leaves Office.context.mailbox undefined (DESIGN §5). This supplies what Outlook would:
 * onReady reporting Outlook, the mailbox and its current item, ItemChanged and
 * OfficeThemeChanged, notification messages, reply and new-message forms, the theme, the user's
 * profile and requirement sets. Exactly the calls src/office makes, with Outlook's async-result
 * shapes and its refusals (standin-rules.ts). State lives in the harness page (protocol.ts).
 */
import {
  EVENT_TYPES,
  OFFICE_THEMES,
  type HarnessHost,
  type ItemData,
  type Mailbox,
  type MessageData,
  type NotificationData,
  type PaneConnection,
} from "./protocol.ts";
import {
  checkAttachments,
  checkNotification,
  checkRecipients,
  checkText,
  LIMITS,
} from "./standin-rules.ts";
import { messageAsEmlBase64 } from "./eml.ts";

/** Outlook on the web supports up to 1.15; the pane needs nothing past 1.14 (the theme). */
export const MAILBOX_VERSION = "1.14";

type AsyncResult = {
  readonly status: "succeeded" | "failed";
  readonly value?: unknown;
  readonly error?: { readonly code: number; readonly name: string; readonly message: string };
  readonly asyncContext?: unknown;
};
type Callback = (result: AsyncResult) => void;
type Handler = (args: Record<string, unknown>) => void;
type Loose = Record<string, unknown>;

/** The parts of the Office global the stand-in writes to (office.js makes them writable). */
type OfficeGlobal = {
  onReady: (callback?: (info: unknown) => void) => Promise<unknown>;
  readonly context: Loose;
  EventType: Loose;
  MailboxEnums?: Loose;
  AsyncResultStatus: Loose;
};

/** Only plain JSON crosses from the page, rebuilt in this realm. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Office calls back later, never inside the call; the optional options argument may be skipped. */
function later(args: readonly unknown[], result: AsyncResult): void {
  const callback = args.find((a): a is Callback => typeof a === "function");
  const options = args.find((a) => typeof a === "object" && a !== null && !Array.isArray(a)) as
    { asyncContext?: unknown } | undefined;
  if (!callback) return;
  const withContext =
    options?.asyncContext === undefined
      ? result
      : { ...result, asyncContext: options.asyncContext };
  setTimeout(() => callback(withContext), 0);
}

const ok = (value?: unknown): AsyncResult => ({ status: "succeeded", value });
const failed = (code: number, name: string, message: string): AsyncResult => ({
  status: "failed",
  error: { code, name, message },
});

const COUNCIL_DOMAIN = "@council.example";

function details(m: Mailbox) {
  return {
    displayName: m.name,
    emailAddress: m.address,
    recipientType: m.address.toLowerCase().endsWith(COUNCIL_DOMAIN) ? "user" : "externalUser",
  };
}

function versionAtMost(wanted: string, supported: string): boolean {
  const [wMajor = 0, wMinor = 0] = wanted.split(".").map(Number);
  const [sMajor = 0, sMinor = 0] = supported.split(".").map(Number);
  return wMajor < sMajor || (wMajor === sMajor && wMinor <= sMinor);
}

function notificationMessages(host: HarnessHost, itemId: string | null) {
  return {
    replaceAsync(key: string, raw: Loose, ...rest: unknown[]) {
      const checked = checkNotification(key, raw);
      const present = host.notificationsOf(itemId);
      if (!present.some((n) => n.key === key) && present.length >= LIMITS.notificationsPerItem) {
        later(
          rest,
          failed(3, "NumberOfNotificationMessagesExceeded", "Too many notifications on this item."),
        );
        return;
      }
      host.setNotification(itemId, checked);
      later(rest, ok());
    },
    getAllAsync(...rest: unknown[]) {
      later(rest, ok(copy(host.notificationsOf(itemId))));
    },
    removeAsync(key: string, ...rest: unknown[]) {
      if (!host.notificationsOf(itemId).some((n) => n.key === key)) {
        later(rest, failed(9041, "KeyNotFound", "The notification key was not found."));
        return;
      }
      host.removeNotification(itemId, key);
      later(rest, ok());
    },
  };
}

function replyForm(host: HarnessHost, message: MessageData, formData: unknown) {
  const form = typeof formData === "string" ? { htmlBody: formData } : ((formData ?? {}) as Loose);
  const htmlBody = checkText("htmlBody", form["htmlBody"], LIMITS.htmlBody);
  const attachments = checkAttachments(form["attachments"]);
  host.recordForm({
    kind: "reply",
    itemId: message.id,
    to: [message.from.address],
    cc: [],
    bcc: [],
    subject: /^re:/i.test(message.subject) ? message.subject : `RE: ${message.subject}`,
    htmlBody,
    attachments,
  });
}

function readItem(host: HarnessHost, m: MessageData) {
  const received = new Date(m.received);
  return {
    itemType: "message",
    itemClass: "IPM.Note",
    itemId: m.id,
    internetMessageId: m.internetMessageId,
    conversationId: `conv-${m.id}`,
    subject: m.subject,
    normalizedSubject: m.subject.replace(/^((re|fw|fwd):\s*)+/i, ""),
    from: details(m.from),
    sender: details(m.sender ?? m.from),
    to: m.to.map(details),
    cc: m.cc.map(details),
    dateTimeCreated: received,
    dateTimeModified: received,
    notificationMessages: notificationMessages(host, m.id),
    displayReplyForm(formData: unknown) {
      replyForm(host, m, formData);
    },
    displayReplyFormAsync(formData: unknown, ...rest: unknown[]) {
      replyForm(host, m, formData);
      later(rest, ok());
    },
    // Mailbox 1.14: the message as .eml (Base64), attachments included.
    getAsFileAsync(...rest: unknown[]) {
      later(rest, ok(messageAsEmlBase64(m)));
    },
  };
}

function composeItem(
  host: HarnessHost,
  draft: { to: readonly Mailbox[]; cc: readonly Mailbox[]; subject: string },
) {
  const getter = (value: unknown) => ({
    getAsync: (...rest: unknown[]) => later(rest, ok(copy(value))),
  });
  return {
    itemType: "message",
    to: getter(draft.to.map(details)),
    cc: getter(draft.cc.map(details)),
    bcc: getter([]),
    subject: getter(draft.subject),
    notificationMessages: notificationMessages(host, null),
  };
}

function itemKey(data: ItemData): string {
  if (data === null) return "none";
  return data.mode === "read" ? `read:${data.message.id}` : `compose:${JSON.stringify(data.draft)}`;
}

function newMessageForm(host: HarnessHost, parameters: unknown) {
  const p = (typeof parameters === "object" && parameters !== null ? parameters : {}) as Loose;
  const current = host.item();
  host.recordForm({
    kind: "newMessage",
    itemId: current?.mode === "read" ? current.message.id : null,
    to: checkRecipients("toRecipients", p["toRecipients"]),
    cc: checkRecipients("ccRecipients", p["ccRecipients"]),
    bcc: checkRecipients("bccRecipients", p["bccRecipients"]),
    subject: checkText("subject", p["subject"], LIMITS.subject),
    htmlBody: checkText("htmlBody", p["htmlBody"], LIMITS.htmlBody),
    attachments: checkAttachments(p["attachments"]),
  });
}

/** Supplies Outlook's objects on the Office global and connects them to the harness page. */
function install(office: OfficeGlobal, host: HarnessHost): void {
  const handlers = new Map<string, Handler>();
  const known = new Set<string>([EVENT_TYPES.itemChanged, EVENT_TYPES.officeThemeChanged]);
  let cached: { key: string; item: unknown } | undefined;

  const mailbox = {
    get item(): unknown {
      host.itemRead();
      const data = copy(host.item());
      const key = itemKey(data);
      if (cached?.key !== key) {
        cached = {
          key,
          item:
            data === null
              ? null
              : data.mode === "read"
                ? readItem(host, data.message)
                : composeItem(host, data.draft),
        };
      }
      return cached.item;
    },
    get userProfile() {
      const user = host.user();
      return {
        displayName: user.displayName,
        emailAddress: user.upn,
        timeZone: "GMT Standard Time",
        accountType: "enterprise",
      };
    },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "harness", OWAView: "ThreeColumn" },
    addHandlerAsync(eventType: string, handler: Handler, ...rest: unknown[]) {
      if (!known.has(eventType)) {
        later(rest, failed(9003, "InvalidEventType", `Outlook has no event '${eventType}' here.`));
        return;
      }
      // Outlook keeps one handler per event type: a second registration replaces the first.
      handlers.set(eventType, handler);
      host.handlerAdded(eventType);
      later(rest, ok());
    },
    removeHandlerAsync(eventType: string, ...rest: unknown[]) {
      handlers.delete(eventType);
      later(rest, ok());
    },
    displayNewMessageForm(parameters: unknown) {
      newMessageForm(host, parameters);
    },
    displayNewMessageFormAsync(parameters: unknown, ...rest: unknown[]) {
      newMessageForm(host, parameters);
      later(rest, ok());
    },
  };

  const context = office.context;
  context["mailbox"] = mailbox;
  context["requirements"] = {
    isSetSupported: (name: string, minVersion?: string) =>
      name.toLowerCase() === "mailbox" && versionAtMost(minVersion ?? "1.1", MAILBOX_VERSION),
  };
  Object.defineProperty(context, "officeTheme", {
    configurable: true,
    enumerable: true,
    get: () => ({ ...OFFICE_THEMES[host.theme()] }),
  });
  context["ui"] = {
    displayDialogAsync(url: string, _options: unknown, ...rest: unknown[]) {
      host.recordForm({
        kind: "dialog",
        itemId: null,
        to: [],
        cc: [],
        bcc: [],
        subject: "",
        htmlBody: "",
        attachments: [],
        url,
      });
      later(
        rest,
        failed(
          12011,
          "DialogBlocked",
          "The harness opens no dialogs: the emulator signs in without one.",
        ),
      );
    },
  };
  office.EventType = {
    ...office.EventType,
    ItemChanged: EVENT_TYPES.itemChanged,
    OfficeThemeChanged: EVENT_TYPES.officeThemeChanged,
  };
  office.MailboxEnums = {
    ...(office.MailboxEnums ?? {}),
    ItemType: { Message: "message", Appointment: "appointment" },
    ItemNotificationMessageType: {
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      ProgressIndicator: "progressIndicator",
      InsightMessage: "insightMessage",
    },
    RecipientType: {
      User: "user",
      ExternalUser: "externalUser",
      DistributionList: "distributionList",
      Other: "other",
    },
  };

  const connection: PaneConnection = {
    fire(eventType, args) {
      const handler = handlers.get(eventType);
      if (!handler) return;
      const own = copy(args) as Record<string, unknown>;
      if (eventType === EVENT_TYPES.itemChanged) cached = undefined;
      setTimeout(() => handler(own), 0);
    },
    handlers: () => [...handlers.keys()],
  };
  host.connect(connection);
}

/** The pane opened on its own (not inside the harness page): nothing selected, nothing kept. */
function standaloneHost(): HarnessHost {
  const bars = new Map<string | null, NotificationData[]>();
  return {
    item: () => null,
    theme: () => "light",
    user: () => ({ upn: "alex.morgan@council.example", displayName: "Alex Morgan" }),
    notificationsOf: (id) => bars.get(id) ?? [],
    setNotification: (id, d) =>
      bars.set(id, [...(bars.get(id) ?? []).filter((n) => n.key !== d.key), d]),
    removeNotification: (id, key) =>
      bars.set(
        id,
        (bars.get(id) ?? []).filter((n) => n.key !== key),
      ),
    recordForm: (form) => console.warn("Outlook stand-in: a form would open", form),
    connect: () => undefined,
    handlerAdded: () => undefined,
    itemRead: () => undefined,
  };
}

function harnessHost(): HarnessHost {
  try {
    const parent = window.parent as Window & { harnessHost?: HarnessHost };
    if (parent !== window && parent.harnessHost) return parent.harnessHost;
  } catch {
    // Another origin framed the pane: run on our own.
  }
  console.warn("Outlook stand-in: not inside the harness page; no message is selected.");
  return standaloneHost();
}

/**
 * Wraps Office.onReady: once office.js has settled, a real Office host (the same page sideloaded
 * into Outlook) is left alone; a plain browser (host null) gets the stand-in, then hears
 * "Outlook". office.js has finished by then, so it cannot overwrite what the stand-in set.
 */
export function installStandIn(office: OfficeGlobal, hostFor: () => HarnessHost): void {
  const realOnReady = office.onReady.bind(office);
  let installed = false;
  office.onReady = (callback?: (i: unknown) => void) =>
    realOnReady().then((real) => {
      const inOffice = typeof (real as { host?: unknown } | undefined)?.host === "string";
      let info = real;
      if (!inOffice) {
        if (!installed) install(office, hostFor());
        installed = true;
        info = { host: "Outlook", platform: "OfficeOnline" };
      }
      callback?.(info);
      return info;
    });
}

const office = (globalThis as unknown as { Office?: OfficeGlobal }).Office;
if (office) installStandIn(office, harnessHost);
else console.error("Outlook stand-in: office.js did not load before the stand-in.");
