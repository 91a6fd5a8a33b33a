/**
 * The Office.js stand-in. It runs in the task pane's frame after the real office.js (from the
 * @microsoft/office-js package), which in a plain browser resolves Office.onReady with host null
 * and leaves Office.context.mailbox undefined (DESIGN §5). This supplies what Outlook would:
 * onReady reporting Outlook, the mailbox and its current item, ItemChanged and
 * OfficeThemeChanged, notification messages, reply and new-message forms, the theme, the user's
 * profile, shared mailboxes and requirement sets. Exactly the calls src/office makes, with
 * Outlook's async-result shapes and its refusals (standin-rules.ts). State lives in the harness
 * page (protocol.ts).
 *
 * In the event runtime's page (launchevent.html) it also plays event-based activation:
 * Office.actions.associate is there before the handlers' script runs, and the harness fires the
 * associated handlers with an event whose completed() ends the event, as Outlook does.
 */
import {
  DEFAULT_MAILBOX_VERSION,
  EVENT_TYPES,
  OFFICE_THEMES,
  type CompletedEvent,
  type HarnessHost,
  type ComposeData,
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
import { installNaaBridge } from "./naa-bridge.ts";
import { messageAsEmlBase64 } from "./eml.ts";

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
  actions?: { associate(name: string, handler: (event: unknown) => void): void };
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

/** Read and write in a shared mailbox (MailboxEnums.DelegatePermissions Read | Write). */
const SHARED_PERMISSIONS = 1 | 2;

/** getSharedPropertiesAsync: the owner for an item in a shared mailbox; Failed otherwise. */
function sharedProperties(mailbox: Mailbox | undefined): AsyncResult {
  return mailbox
    ? ok({
        owner: mailbox.address,
        targetMailbox: mailbox.address,
        targetRestUrl: "https://outlook.office.com/api",
        delegatePermissions: SHARED_PERMISSIONS,
      })
    : failed(9000, "GenericError", "The current folder or mailbox isn't shared.");
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
    getSharedPropertiesAsync(...rest: unknown[]) {
      later(rest, sharedProperties(m.mailbox));
    },
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

function composeItem(host: HarnessHost, draft: ComposeData) {
  const getter = (value: unknown) => ({
    getAsync: (...rest: unknown[]) => later(rest, ok(copy(value))),
  });
  const user = host.user();
  return {
    itemType: "message",
    to: getter(draft.to.map(details)),
    cc: getter(draft.cc.map(details)),
    bcc: getter(draft.bcc.map(details)),
    from: getter(details(draft.from ?? { name: user.displayName, address: user.upn })),
    subject: getter(draft.subject),
    notificationMessages: notificationMessages(host, null),
    // Outlook answers this in compose mode only for a draft moved into a shared folder; a new
    // message, even one sent from a shared mailbox, is not "shared" (learn.microsoft.com).
    getSharedPropertiesAsync(...rest: unknown[]) {
      later(rest, sharedProperties(undefined));
    },
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

/**
 * Supplies Outlook's objects on the Office global and connects them to the harness page (as the
 * task pane: the event runtime connects as itself, installEventRuntime).
 */
function install(office: OfficeGlobal, host: HarnessHost, asPane: boolean): void {
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
  const naa = host.nestedAppAuth();
  if (naa) installNaaBridge(naa.emulatorUrl, () => host.user());
  context["requirements"] = {
    isSetSupported: (name: string, minVersion?: string) =>
      (name.toLowerCase() === "mailbox" &&
        versionAtMost(minVersion ?? "1.1", host.mailboxVersion())) ||
      (naa !== null && name.toLowerCase() === "nestedappauth" && (minVersion ?? "1.1") === "1.1"),
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
  if (asPane) host.connect(connection);
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
    connectRuntime: () => undefined,
    mailboxVersion: () => DEFAULT_MAILBOX_VERSION,
    handlerAdded: () => undefined,
    itemRead: () => undefined,
    nestedAppAuth: () => null,
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
 * Event-based activation in the event runtime's page. Office.actions.associate must be there
 * before the handlers' script runs (it associates at load), so this is installed at once; the
 * harness connects once Office is ready. Each event gets an object whose completed() settles it.
 */
function installEventRuntime(office: OfficeGlobal, hostFor: () => HarnessHost): () => void {
  const associated = new Map<string, (event: unknown) => void>();
  office.actions = {
    associate(name: string, handler: (event: unknown) => void) {
      associated.set(name, handler);
    },
  };
  return () =>
    hostFor().connectRuntime({
      associated: () => [...associated.keys()],
      fire: (handler, args) =>
        new Promise<CompletedEvent>((resolve) => {
          const run = associated.get(handler);
          if (!run) {
            resolve({ kind: "notAssociated", handler });
            return;
          }
          let done = false;
          const event = {
            ...copy(args),
            completed(options?: unknown) {
              if (done) return; // Outlook takes the first completed() only
              done = true;
              resolve({
                kind: "completed",
                options:
                  options === undefined
                    ? null
                    : (copy(options) as Readonly<Record<string, unknown>>),
              });
            },
          };
          setTimeout(() => run(event), 0);
        }),
    });
}

/** The event runtime's page (launchevent.html), as opposed to the task pane. */
function isEventRuntimePage(): boolean {
  return /\/launchevent\.html$/.test(globalThis.location?.pathname ?? "");
}

/**
 * Wraps Office.onReady: once office.js has settled, a real Office host (the same page sideloaded
 * into Outlook) is left alone; a plain browser (host null) gets the stand-in, then hears
 * "Outlook". office.js has finished by then, so it cannot overwrite what the stand-in set.
 */
export function installStandIn(office: OfficeGlobal, hostFor: () => HarnessHost): void {
  const realOnReady = office.onReady.bind(office);
  const realActions = office.actions;
  const connectRuntime = isEventRuntimePage() ? installEventRuntime(office, hostFor) : null;
  let installed = false;
  office.onReady = (callback?: (i: unknown) => void) =>
    realOnReady().then((real) => {
      const inOffice = typeof (real as { host?: unknown } | undefined)?.host === "string";
      let info = real;
      if (inOffice && realActions) {
        office.actions = realActions; // Outlook's own registry, in real Outlook
      } else if (!inOffice) {
        if (!installed) {
          install(office, hostFor(), connectRuntime === null);
          connectRuntime?.();
        }
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
