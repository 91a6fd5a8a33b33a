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
  DEFAULT_QUIRKS,
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
  type Quirks,
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

/** The quirks in force (set when the stand-in connects to its host). */
let quirks: () => Quirks = () => DEFAULT_QUIRKS;

/**
 * Office calls back later, never inside the call; the optional options argument may be skipped.
 * A call named in the quirks' silentCalls never calls back, as Outlook sometimes does not.
 */
function later(args: readonly unknown[], result: AsyncResult, name?: string): void {
  const silent = quirks().silentCalls;
  if (silent.includes("*") || (name !== undefined && silent.includes(name))) return;
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

/**
 * The info bar of whatever item is current when the call is made: Outlook's item calls act on
 * the item shown now, not on the one the add-in read (docs/harness.md).
 */
function notificationMessages(host: HarnessHost) {
  const itemId = (): string | null => {
    const now = host.item();
    return now?.mode === "read" ? now.message.id : null;
  };
  const tooMany = failed(
    3,
    "NumberOfNotificationMessagesExceeded",
    "Too many notifications on this item.",
  );
  return {
    replaceAsync(key: string, raw: Loose, ...rest: unknown[]) {
      const checked = checkNotification(key, raw);
      const id = itemId();
      const present = host.notificationsOf(id);
      const there = present.some((n) => n.key === key);
      if (!there && present.length >= LIMITS.notificationsPerItem) {
        later(rest, tooMany, "replaceAsync");
        return;
      }
      if (there && quirks().replaceFailsWhenPresent) {
        later(
          rest,
          failed(9000, "GenericError", "The notification could not be replaced."),
          "replaceAsync",
        );
        return;
      }
      host.setNotification(id, checked);
      later(rest, ok(), "replaceAsync");
    },
    addAsync(key: string, raw: Loose, ...rest: unknown[]) {
      const checked = checkNotification(key, raw);
      const id = itemId();
      const present = host.notificationsOf(id);
      if (present.some((n) => n.key === key)) {
        later(
          rest,
          failed(9000, "DuplicateNotificationKey", "The key is already in use."),
          "addAsync",
        );
        return;
      }
      if (present.length >= LIMITS.notificationsPerItem) {
        later(rest, tooMany, "addAsync");
        return;
      }
      host.setNotification(id, checked);
      later(rest, ok(), "addAsync");
    },
    getAllAsync(...rest: unknown[]) {
      later(rest, ok(copy(host.notificationsOf(itemId()))), "getAllAsync");
    },
    removeAsync(key: string, ...rest: unknown[]) {
      const id = itemId();
      if (!host.notificationsOf(id).some((n) => n.key === key)) {
        later(
          rest,
          failed(9041, "KeyNotFound", "The notification key was not found."),
          "removeAsync",
        );
        return;
      }
      host.removeNotification(id, key);
      later(rest, ok(), "removeAsync");
    },
  };
}

/** RFC 5322's date form, as mail servers write it. */
const mailDate = (iso: string) => new Date(iso).toUTCString().replace("GMT", "+0000");

/** The message's Internet headers: the council's Received line, then the sender's. */
function internetHeaders(m: MessageData, messageId: string): string {
  const line = (name: string, people: readonly Mailbox[]) =>
    people.length > 0
      ? [`${name}: ${people.map((p) => `"${p.name}" <${p.address}>`).join(", ")}`]
      : [];
  return [
    `Received: from mail.example.org (203.0.113.25) by mx.council.example (10.1.2.3) with Microsoft SMTP Server id 15.20.1;`,
    ` ${mailDate(m.received)}`,
    `Received: from [192.0.2.10] by mail.example.org with ESMTPSA; ${mailDate(m.sent ?? m.received)}`,
    `Date: ${mailDate(m.sent ?? m.received)}`,
    `From: "${m.from.name}" <${m.from.address}>`,
    ...line("To", m.to),
    ...line("Cc", m.cc),
    `Subject: ${m.subject}`,
    `Message-ID: ${messageId}`,
    "MIME-Version: 1.0",
    "",
  ].join("\r\n");
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
  const q = quirks();
  const created = new Date(m.created ?? m.received);
  const messageId = q.bracketlessMessageIds
    ? m.internetMessageId.replace(/^<(.*)>$/, "$1")
    : m.internetMessageId;
  const limit = (people: readonly Mailbox[]) =>
    q.readRecipientLimit === null ? people : people.slice(0, q.readRecipientLimit);
  // The message shown when a call is made, which may no longer be `m` (ItemChanged not fired).
  const shown = (): MessageData => {
    const now = host.item();
    return now?.mode === "read" ? now.message : m;
  };
  return {
    itemType: "message",
    itemClass: "IPM.Note",
    itemId: m.id,
    internetMessageId: messageId,
    conversationId: `conv-${m.id}`,
    subject: m.subject,
    normalizedSubject: m.subject.replace(/^((re|fw|fwd):\s*)+/i, ""),
    from: details(m.from),
    sender: details(m.sender ?? m.from),
    to: limit(m.to).map(details),
    cc: limit(m.cc).map(details),
    dateTimeCreated: created,
    dateTimeModified: created,
    notificationMessages: notificationMessages(host),
    getSharedPropertiesAsync(...rest: unknown[]) {
      later(rest, sharedProperties(m.mailbox), "getSharedPropertiesAsync");
    },
    // Mailbox 1.8: the headers as the message arrived (Received lines, the full To and Cc).
    getAllInternetHeadersAsync(...rest: unknown[]) {
      const answer = quirks().headers
        ? ok(internetHeaders(shown(), shown().internetMessageId))
        : failed(9000, "GenericError", "The headers could not be retrieved.");
      later(rest, answer, "getAllInternetHeadersAsync");
    },
    displayReplyForm(formData: unknown) {
      replyForm(host, shown(), formData);
    },
    displayReplyFormAsync(formData: unknown, ...rest: unknown[]) {
      replyForm(host, shown(), formData);
      later(rest, ok(), "displayReplyFormAsync");
    },
    // Mailbox 1.14: the message as .eml (Base64), attachments included.
    getAsFileAsync(...rest: unknown[]) {
      later(rest, ok(messageAsEmlBase64(shown())), "getAsFileAsync");
    },
  };
}

/**
 * The draft as Outlook shows it when each call is made (the user goes on typing). Recipients not
 * yet resolved are missing from getAsync (office-js#17, #1879); X.500 and empty addresses are
 * given as they are.
 */
function composeItem(host: HarnessHost, initial: ComposeData, events: Map<string, Handler>) {
  const draft = (): ComposeData => {
    const now = host.item();
    return now?.mode === "compose" ? now.draft : initial;
  };
  const resolved = (people: readonly Mailbox[]) => people.filter((p) => !p.unresolved).map(details);
  const getter = (name: string, value: () => unknown) => ({
    getAsync: (...rest: unknown[]) => later(rest, ok(copy(value())), `${name}.getAsync`),
  });
  const user = host.user();
  return {
    itemType: "message",
    to: getter("to", () => resolved(draft().to)),
    cc: getter("cc", () => resolved(draft().cc)),
    bcc: getter("bcc", () => resolved(draft().bcc)),
    from: getter("from", () =>
      details(draft().from ?? { name: user.displayName, address: user.upn }),
    ),
    subject: getter("subject", () => draft().subject),
    notificationMessages: notificationMessages(host),
    // Mailbox 1.7: events on the item itself (RecipientsChanged).
    addHandlerAsync(eventType: string, handler: Handler, ...rest: unknown[]) {
      if (eventType !== EVENT_TYPES.recipientsChanged) {
        later(rest, failed(9003, "InvalidEventType", `No item event '${eventType}' here.`));
        return;
      }
      events.set(eventType, handler);
      later(rest, ok(), "addHandlerAsync");
    },
    removeHandlerAsync(eventType: string, ...rest: unknown[]) {
      events.delete(eventType);
      later(rest, ok(), "removeHandlerAsync");
    },
    // Outlook answers this in compose mode only for a draft moved into a shared folder; a new
    // message, even one sent from a shared mailbox, is not "shared" (learn.microsoft.com).
    getSharedPropertiesAsync(...rest: unknown[]) {
      later(rest, sharedProperties(undefined));
    },
  };
}

/** One Office item per message, and one for the draft however its lines change. */
function itemKey(data: ItemData): string {
  if (data === null) return "none";
  return data.mode === "read" ? `read:${data.message.id}` : "compose";
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
  const itemHandlers = new Map<string, Handler>();
  quirks = () => host.quirks();
  const known = new Set<string>([EVENT_TYPES.itemChanged, EVENT_TYPES.officeThemeChanged]);
  // (RecipientsChanged is an item event: composeItem's addHandlerAsync.)
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
                : composeItem(host, data.draft, itemHandlers),
        };
      }
      return cached.item;
    },
    get userProfile() {
      const user = host.user();
      return {
        displayName: user.displayName,
        // Outlook gives the SMTP address here, which need not be the UPN (office.userprofile).
        emailAddress: host.quirks().userProfileEmail ?? user.upn,
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
      later(rest, ok(), "addHandlerAsync");
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
      later(rest, ok(), "displayNewMessageFormAsync");
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
      const handler = handlers.get(eventType) ?? itemHandlers.get(eventType);
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
    quirks: () => DEFAULT_QUIRKS,
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
