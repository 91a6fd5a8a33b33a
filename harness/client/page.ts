/**
 * The harness page: plays Outlook around the real task pane. It owns the state (state.ts), is the
 * host the pane's Office.js stand-in talks to (`window.harnessHost`), and offers the scripting
 * API tests and demos drive it with (`window.harness`, docs/harness.md).
 */
import {
  draftFrom,
  htmlToText,
  messageFrom,
  parseLine,
  replyTo,
  resolvedDraft,
  toMailbox,
  withRecipients,
  type ComposeInput,
  type OpenMessageInput,
  type RecipientsInput,
} from "./messages.ts";
import {
  DEFAULT_MAILBOX_VERSION,
  DEFAULT_QUIRKS,
  EVENT_TYPES,
  OFFICE_THEMES,
  type CompletedEvent,
  type HarnessHost,
  type MessageData,
  type NotificationData,
  type PaneConnection,
  type Quirks,
  type Recorded,
  type RecordedForm,
  type RuntimeConnection,
  type ThemeName,
} from "./protocol.ts";
import {
  type AlertChoice,
  SLOW_AFTER_MS,
  type SendMode,
  type SmartAlert,
  slowAlert,
  smartAlertFor,
} from "./sending.ts";
import {
  currentItem,
  leaveItem,
  removeFromBar,
  setBar,
  type DemoUser,
  type HarnessState,
  type RecordedSend,
} from "./state.ts";
import {
  renderAlert,
  renderList,
  renderMailboxes,
  renderReading,
  renderRecorded,
  renderUsers,
} from "./view.ts";

type DemoData = {
  readonly users: readonly DemoUser[];
  readonly messages: readonly MessageData[];
  readonly emulatorUrl: string;
  /** From the manifest the harness serves: OnMessageSend's SendMode and the add-in's name. */
  readonly sendMode: SendMode;
  readonly addinName: string;
  /** The demo draft (demo-messages.ts): unresolved, X.500 and empty recipients. */
  readonly draft?: ComposeInput;
  /** How the pane signs in: the emulator's own tokens, or NAA through the played bridge. */
  readonly signIn?: "emulator" | "naa";
};

/** The LaunchEvent handler names in the manifest (src/office/launchEvents.ts). */
const HANDLERS = {
  messageSend: "onMessageSendHandler",
  recipientsChanged: "onMessageRecipientsChangedHandler",
} as const;

/** What pressing Send came to; `awaiting` while the dialog waits for the sender's choice. */
export type SendOutcome = {
  readonly sent: boolean;
  readonly alert: SmartAlert | null;
  readonly choice: AlertChoice | null;
  readonly decisionMs: number;
  readonly awaiting: boolean;
};

/** A recorded form with its body as text too, for tests to read. */
export type RecordedFormWithText = RecordedForm & { readonly text: string };

export type HarnessApi = {
  /** Resolves once the pane has started and listens for ItemChanged. */
  whenPaneReady(): Promise<void>;
  messages(): MessageData[];
  /** Adds a message to the top of the list and selects it (ItemChanged); returns its item id. */
  openMessage(input: OpenMessageInput): string;
  /** Selects a message (ItemChanged), or nothing with null. */
  selectMessage(id: string | null): void;
  /** Starts writing a message: the pane reloads in compose mode. */
  compose(input: ComposeInput): Promise<void>;
  /** Starts writing the demo draft (an unresolved, an X.500 and an empty recipient). */
  composeDemoDraft(): Promise<void>;
  /** Signs in as another demo user: the pane reloads with ?demoUser=<upn>. */
  switchUser(upn: string): Promise<void>;
  user(): DemoUser;
  users(): DemoUser[];
  /** Everything the pane asked of Outlook since the last clearRecorded(). */
  recorded(): {
    notifications: Recorded["notifications"];
    forms: RecordedFormWithText[];
    /** Every press of Send: sent or not, the dialog shown and the choice made. */
    sends: RecordedSend[];
  };
  clearRecorded(): void;
  /** The info bar Outlook shows on a message now (default: the selected one). */
  notificationsOn(id?: string | null): NotificationData[];
  setTheme(theme: ThemeName): void;
  theme(): ThemeName;
  paneFrame(): HTMLIFrameElement;
  /**
   * Sets the width of the pane's frame in CSS pixels, as a user dragging Outlook's pane edge
   * would (Outlook's narrowest is 320); resolves once the frame has that width.
   */
  setPaneWidth(px: number): Promise<void>;
  /** The width of the pane's frame now, in CSS pixels. */
  paneWidth(): number;
  reloadPane(): Promise<void>;
  /** The emulator the pane talks to. */
  emulatorUrl(): string;
  /** How many times the pane has read `mailbox.item` (it reads it after every ItemChanged). */
  itemReads(): number;
  /** Starts a reply to a message (default: the selected one), from the mailbox it is in. */
  reply(id?: string): Promise<void>;
  /**
   * Presses Send on the message being written: Outlook fires OnMessageSend into the add-in's
   * event runtime. With `choice`, a Smart Alerts dialog is answered with it; without, the dialog
   * stays for a person (or answerAlert) and this resolves with `awaiting: true`.
   */
  send(options?: { readonly choice?: AlertChoice }): Promise<SendOutcome>;
  /** Answers the Smart Alerts dialog on screen. */
  answerAlert(choice: AlertChoice): Promise<SendOutcome>;
  /** The Smart Alerts dialog on screen, or null. */
  alert(): SmartAlert | null;
  /**
   * Changes To, Cc or Bcc of the draft: the pane hears RecipientsChanged on the item, and the
   * event runtime OnMessageRecipientsChanged; resolves once that handler has run.
   */
  setRecipients(input: RecipientsInput): Promise<void>;
  /**
   * Outlook resolves the draft's unresolved recipients (the user finished typing them): they
   * appear in getAsync, and RecipientsChanged fires as for setRecipients.
   */
  resolveRecipients(): Promise<void>;
  /** Switches real Outlook's awkward behaviours on or off (docs/harness.md); returns them all. */
  setQuirks(quirks: Partial<Quirks>): Quirks;
  quirks(): Quirks;
  /** Sends from a shared mailbox (its address), or from the user's own (null). */
  setFrom(address: string | null): void;
  /** The Mailbox requirement set this Outlook supports (default 1.15, Outlook on the web). */
  setMailboxVersion(version: string): Promise<void>;
  mailboxVersion(): string;
  /** Resolves once the event runtime has associated its handlers. */
  whenRuntimeReady(): Promise<void>;
  /**
   * Loads the event runtime again, as Outlook does for each event (its lifetime is short);
   * resolves with the milliseconds from navigation to its handlers being associated.
   */
  reloadRuntime(): Promise<number>;
};

declare global {
  interface Window {
    harness?: HarnessApi;
    harnessHost?: HarnessHost;
  }
}

const PANE_READY_TIMEOUT_MS = 30_000;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function main(): Promise<void> {
  const response = await fetch("/harness/demo.json", { cache: "no-store" });
  const demo = (await response.json()) as DemoData;
  const state: HarnessState = {
    messages: [...demo.messages],
    selected: demo.messages[0]?.id ?? null,
    compose: null,
    user: new URL(location.href).searchParams.get("user") ?? demo.users[0]?.upn ?? "",
    theme: new URL(location.href).searchParams.get("theme") === "dark" ? "dark" : "light",
    bars: new Map(),
    notifications: [],
    forms: [],
    sends: [],
    alert: null,
    mailboxVersion: DEFAULT_MAILBOX_VERSION,
    sendMode: demo.sendMode,
    addinName: demo.addinName,
    mailboxFilter: null,
  };
  const frame = document.getElementById("pane") as HTMLIFrameElement;
  const runtimeFrame = document.getElementById("runtime") as HTMLIFrameElement;
  let pane: PaneConnection | null = null;
  let runtime: { connection: RuntimeConnection | null; ready: Promise<void>; resolve: () => void };
  let itemReads = 0;
  let quirks: Quirks = { ...DEFAULT_QUIRKS };
  let ready: { promise: Promise<void>; resolve: () => void };

  const newReady = () => {
    let resolve: () => void = () => undefined;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    ready = { promise, resolve };
  };
  newReady();

  const demoUser = (upn: string): DemoUser =>
    demo.users.find((u) => u.upn === upn) ?? { upn, displayName: upn, role: "Unknown user" };

  const newRuntime = () => {
    let resolve: () => void = () => undefined;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    runtime = { connection: null, ready: promise, resolve };
  };
  newRuntime();

  /** The event runtime (launchevent.html), as Outlook loads it for the signed-in user. */
  const loadRuntime = (): Promise<number> => {
    newRuntime();
    const url = new URL("/launchevent.html", location.href);
    url.searchParams.set("demoUser", state.user);
    const started = performance.now();
    runtimeFrame.src = url.pathname + url.search;
    return runtime.ready.then(() => performance.now() - started);
  };

  /** The Send in progress: settles when the email is sent or kept. */
  let sending: {
    readonly draft: NonNullable<HarnessState["compose"]>;
    readonly decisionMs: () => number;
    readonly settle: (outcome: SendOutcome) => void;
  } | null = null;

  const render = () => {
    renderMailboxes(state, (filter) => {
      state.mailboxFilter = filter;
      render();
    });
    renderList(state, (id) => api.selectMessage(id));
    renderReading(state, {
      reply: () => void api.reply(),
      send: () => void api.send().catch((e: unknown) => console.warn(e)),
      discard: () => api.selectMessage(state.selected),
      setLine: (line, text) => void api.setRecipients({ [line]: parseLine(text) }),
      setFrom: (address) => api.setFrom(address),
    });
    renderAlert(state.alert, (choice) => void api.answerAlert(choice).catch(console.warn));
    renderRecorded(state);
    document.documentElement.dataset["theme"] = state.theme;
  };

  const loadPane = (): Promise<void> => {
    pane = null;
    newReady();
    const url = new URL("/taskpane.html", location.href);
    url.searchParams.set("demoUser", state.user);
    frame.src = url.pathname + url.search;
    return api.whenPaneReady();
  };

  const host: HarnessHost = {
    quirks: () => copy(quirks),
    item: () => copy(currentItem(state)),
    theme: () => state.theme,
    user: () => {
      const u = demoUser(state.user);
      return { upn: u.upn, displayName: u.displayName };
    },
    notificationsOf: (itemId) => copy(state.bars.get(itemId) ?? []),
    setNotification: (itemId, details) => {
      setBar(state, itemId, copy(details));
      render();
    },
    removeNotification: (itemId, key) => {
      removeFromBar(state, itemId, key);
      render();
    },
    recordForm: (form) => {
      state.forms.push({ ...copy(form), at: new Date().toISOString() });
      render();
    },
    connect: (connection) => {
      pane = connection;
    },
    connectRuntime: (connection) => {
      runtime.connection = connection;
      runtime.resolve();
    },
    mailboxVersion: () => state.mailboxVersion,
    handlerAdded: (eventType) => {
      if (eventType === EVENT_TYPES.itemChanged) ready.resolve();
    },
    itemRead: () => {
      itemReads += 1;
    },
    nestedAppAuth: () => (demo.signIn === "naa" ? { emulatorUrl: demo.emulatorUrl } : null),
  };
  window.harnessHost = host;

  const fireItemChanged = () =>
    pane?.fire(EVENT_TYPES.itemChanged, { type: EVENT_TYPES.itemChanged });

  /** The draft's lines changed: RecipientsChanged on the pane's item, then the launch event. */
  const recipientsChanged = async (changed: Readonly<Record<string, boolean>>) => {
    const args = { type: EVENT_TYPES.recipientsChanged, changedRecipientFields: changed };
    pane?.fire(EVENT_TYPES.recipientsChanged, args);
    await fireLaunchEvent(HANDLERS.recipientsChanged, args);
  };

  const fireLaunchEvent = async (
    handler: string,
    args: Readonly<Record<string, unknown>>,
  ): Promise<CompletedEvent> => {
    await api.whenRuntimeReady();
    const connection = runtime.connection;
    if (!connection) return { kind: "notAssociated", handler };
    return connection.fire(handler, args);
  };

  /** The email leaves (or stays) and the record says how; a sent email closes the form. */
  const finish = (alert: SmartAlert | null, choice: AlertChoice | null): SendOutcome => {
    const current = sending;
    if (!current) throw new Error("Nothing is being sent.");
    sending = null;
    const sent = alert === null || choice === "sendAnyway";
    const decisionMs = current.decisionMs();
    const d = current.draft;
    const record: RecordedSend = {
      at: new Date().toISOString(),
      from: d.from?.address ?? null,
      to: d.to.map((m) => m.address),
      cc: d.cc.map((m) => m.address),
      bcc: d.bcc.map((m) => m.address),
      subject: d.subject,
      sent,
      alert,
      choice,
      decisionMs,
    };
    state.sends.push(record);
    state.alert = null;
    const outcome: SendOutcome = { sent, alert, choice, decisionMs, awaiting: false };
    if (sent) {
      // Outlook closes the form of a sent email; the pane goes back to the selected message.
      state.compose = null;
      state.bars.delete(null);
      void loadPane().catch((e: unknown) => console.warn(e));
    } else if (choice === "takeAction") {
      // The dialog's button opens the task pane on the draft (commandId): here, a fresh one.
      void loadPane().catch((e: unknown) => console.warn(e));
    }
    render();
    current.settle(outcome);
    return outcome;
  };

  const api: HarnessApi = {
    whenPaneReady: () =>
      Promise.race([
        ready.promise,
        new Promise<void>((_, reject) =>
          setTimeout(
            () => reject(new Error("The pane did not start listening for ItemChanged in time.")),
            PANE_READY_TIMEOUT_MS,
          ),
        ),
      ]),
    messages: () => copy(state.messages),
    openMessage: (input) => {
      const reader = demoUser(state.user);
      const message = messageFrom(
        input,
        toMailbox({ name: reader.displayName, address: reader.upn }),
        new Date(),
      );
      state.messages = [message, ...state.messages.filter((m) => m.id !== message.id)];
      api.selectMessage(message.id);
      return message.id;
    },
    selectMessage: (id) => {
      if (id !== null && !state.messages.some((m) => m.id === id)) {
        throw new Error(`No message ${id} in the list`);
      }
      const wasComposing = state.compose !== null;
      leaveItem(state, wasComposing ? null : state.selected);
      state.compose = null;
      state.selected = id;
      render();
      // A pinned read pane follows the selection; a compose pane was another window. Outlook
      // does not fire ItemChanged for some items (quirks.itemChanged, message.noItemChanged).
      const silent =
        !quirks.itemChanged || state.messages.find((m) => m.id === id)?.noItemChanged === true;
      if (wasComposing) void loadPane();
      else if (!silent) fireItemChanged();
    },
    compose: (input) => {
      leaveItem(state, state.selected);
      state.compose = draftFrom(input);
      state.bars.delete(null);
      render();
      return loadPane();
    },
    composeDemoDraft: () => api.compose(demo.draft ?? { to: [], subject: "" }),
    reply: (id) => {
      const message = state.messages.find((m) => m.id === (id ?? state.selected));
      if (!message) return Promise.reject(new Error("No message is selected to reply to."));
      leaveItem(state, state.selected);
      state.compose = replyTo(message);
      state.bars.delete(null);
      render();
      return loadPane();
    },
    send: async (options) => {
      const draft = state.compose;
      if (!draft) throw new Error("Nothing is being written: call compose() or reply() first.");
      if (sending) throw new Error("Send is already under way.");
      const started = performance.now();
      const timing: { decided?: number } = {};
      const result = new Promise<SendOutcome>((settle) => {
        sending = {
          draft,
          decisionMs: () => (timing.decided ?? performance.now()) - started,
          settle,
        };
      });
      const slow = setTimeout(() => {
        if (!sending || state.alert) return;
        state.alert = slowAlert(state.addinName, state.sendMode);
        render();
      }, SLOW_AFTER_MS);
      const completed = await fireLaunchEvent(HANDLERS.messageSend, { type: "olkMessageSend" });
      clearTimeout(slow);
      const decided = performance.now();
      timing.decided = decided;
      if (!sending) return result; // answered while it was slow
      const alert = smartAlertFor(completed, {
        version: state.mailboxVersion,
        mode: state.sendMode,
        title: state.addinName,
      });
      if (alert === null) return finish(null, null);
      state.alert = alert;
      render();
      if (options?.choice) return api.answerAlert(options.choice);
      return { sent: false, alert, choice: null, decisionMs: decided - started, awaiting: true };
    },
    answerAlert: (choice) => {
      const alert = state.alert;
      if (!alert || !sending) return Promise.reject(new Error("No Smart Alerts dialog is open."));
      if (!alert.buttons.some((b) => b.choice === choice)) {
        return Promise.reject(new Error(`The dialog offers no "${choice}" here.`));
      }
      return Promise.resolve(finish(alert, choice));
    },
    alert: () => (state.alert ? copy(state.alert) : null),
    setRecipients: async (input) => {
      if (!state.compose) throw new Error("Nothing is being written: call compose() first.");
      state.compose = withRecipients(state.compose, input);
      render();
      const changed = Object.fromEntries(
        (["to", "cc", "bcc"] as const).map((line) => [line, input[line] !== undefined]),
      );
      await recipientsChanged(changed);
    },
    resolveRecipients: async () => {
      if (!state.compose) throw new Error("Nothing is being written: call compose() first.");
      state.compose = resolvedDraft(state.compose);
      render();
      await recipientsChanged({ to: true, cc: true, bcc: true });
    },
    setQuirks: (next) => {
      quirks = { ...quirks, ...copy(next) };
      return copy(quirks);
    },
    quirks: () => copy(quirks),
    setFrom: (address) => {
      if (!state.compose) throw new Error("Nothing is being written: call compose() first.");
      const { from: _, ...rest } = state.compose;
      const shared = state.messages.find((m) => m.mailbox?.address === address)?.mailbox;
      state.compose = address === null ? rest : { ...rest, from: shared ?? toMailbox(address) };
      render();
    },
    setMailboxVersion: (version) => {
      state.mailboxVersion = version;
      // Outlook reads its requirement sets once: the pane and the runtime start again.
      return Promise.all([loadPane(), loadRuntime()]).then(() => undefined);
    },
    mailboxVersion: () => state.mailboxVersion,
    reloadRuntime: () => loadRuntime(),
    whenRuntimeReady: () =>
      Promise.race([
        runtime.ready,
        new Promise<void>((_, reject) =>
          setTimeout(
            () => reject(new Error("The event runtime did not start in time.")),
            PANE_READY_TIMEOUT_MS,
          ),
        ),
      ]),
    switchUser: (upn) => {
      if (!demo.users.some((u) => u.upn === upn)) {
        return Promise.reject(new Error(`${upn} is not a demo user`));
      }
      state.user = upn;
      (document.getElementById("user") as HTMLSelectElement).value = upn;
      return Promise.all([loadPane(), loadRuntime()]).then(() => undefined);
    },
    user: () => demoUser(state.user),
    users: () => copy([...demo.users]),
    recorded: () => ({
      notifications: copy(state.notifications),
      forms: state.forms.map((f) => ({ ...copy(f), text: htmlToText(f.htmlBody) })),
      sends: copy(state.sends),
    }),
    clearRecorded: () => {
      state.notifications.length = 0;
      state.forms.length = 0;
      state.sends.length = 0;
      render();
    },
    notificationsOn: (id) =>
      copy(state.bars.get(id === undefined ? (state.compose ? null : state.selected) : id) ?? []),
    setTheme: (theme) => {
      state.theme = theme;
      (document.getElementById("theme") as HTMLSelectElement).value = theme;
      render();
      pane?.fire(EVENT_TYPES.officeThemeChanged, {
        type: EVENT_TYPES.officeThemeChanged,
        officeTheme: { ...OFFICE_THEMES[theme] },
      });
    },
    theme: () => state.theme,
    paneFrame: () => frame,
    setPaneWidth: async (px) => {
      if (!Number.isFinite(px) || px < 200 || px > 2000) {
        throw new Error(`A pane width must be a number of pixels from 200 to 2000, not ${px}`);
      }
      document.documentElement.style.setProperty("--pane-width", `${Math.round(px)}px`);
      for (let i = 0; i < 60 && frame.clientWidth !== Math.round(px); i++) {
        await new Promise((r) => requestAnimationFrame(r));
      }
      // The pane's own layout follows its window's resize on the next frames.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    },
    paneWidth: () => frame.clientWidth,
    reloadPane: () => loadPane(),
    emulatorUrl: () => demo.emulatorUrl,
    itemReads: () => itemReads,
  };
  window.harness = api;

  renderUsers(demo.users, state.user);
  (document.getElementById("theme") as HTMLSelectElement).value = state.theme;
  document.getElementById("user")?.addEventListener("change", (e) => {
    void api.switchUser((e.target as HTMLSelectElement).value);
  });
  document.getElementById("theme")?.addEventListener("change", (e) => {
    api.setTheme((e.target as HTMLSelectElement).value === "dark" ? "dark" : "light");
  });
  document.getElementById("clear-recorded")?.addEventListener("click", () => api.clearRecorded());
  document.getElementById("new-message")?.addEventListener("click", () => {
    void api.compose({ to: [], subject: "" });
  });
  document.getElementById("demo-draft")?.addEventListener("click", () => {
    void api.composeDemoDraft();
  });
  render();
  void loadPane().catch((e: unknown) => console.warn(e));
  void loadRuntime();
  void checkEmulatorTrust(demo.emulatorUrl);
  document.documentElement.dataset["harness"] = "ready";
}

/** A browser that does not trust the emulator's certificate fails every Graph call: say so. */
async function checkEmulatorTrust(emulatorUrl: string): Promise<void> {
  try {
    await fetch(`${emulatorUrl}/_emulator/users`, { cache: "no-store" });
  } catch {
    const banner = document.getElementById("trust");
    if (!banner) return;
    const link = banner.querySelector("a");
    if (link) {
      link.href = `${emulatorUrl}/_emulator/users`;
      link.textContent = link.href;
    }
    banner.hidden = false;
  }
}

main().catch((e: unknown) => {
  console.error("The harness could not start", e);
  document.body.prepend(
    `The harness could not start: ${e instanceof Error ? e.message : String(e)}`,
  );
});
