/**
 * The harness page: plays Outlook around the real task pane. It owns the state (state.ts), is the
 * host the pane's Office.js stand-in talks to (`window.harnessHost`), and offers the scripting
 * API tests and demos drive it with (`window.harness`, docs/harness.md).
 */
import {
  draftFrom,
  htmlToText,
  messageFrom,
  toMailbox,
  type ComposeInput,
  type OpenMessageInput,
} from "./messages.ts";
import {
  EVENT_TYPES,
  OFFICE_THEMES,
  type HarnessHost,
  type MessageData,
  type NotificationData,
  type PaneConnection,
  type Recorded,
  type RecordedForm,
  type ThemeName,
} from "./protocol.ts";
import {
  currentItem,
  leaveItem,
  removeFromBar,
  setBar,
  type DemoUser,
  type HarnessState,
} from "./state.ts";
import { renderList, renderReading, renderRecorded, renderUsers } from "./view.ts";

type DemoData = {
  readonly users: readonly DemoUser[];
  readonly messages: readonly MessageData[];
  readonly emulatorUrl: string;
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
  /** Signs in as another demo user: the pane reloads with ?demoUser=<upn>. */
  switchUser(upn: string): Promise<void>;
  user(): DemoUser;
  users(): DemoUser[];
  /** Everything the pane asked of Outlook since the last clearRecorded(). */
  recorded(): {
    notifications: Recorded["notifications"];
    forms: RecordedFormWithText[];
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
  };
  const frame = document.getElementById("pane") as HTMLIFrameElement;
  let pane: PaneConnection | null = null;
  let itemReads = 0;
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

  const render = () => {
    renderList(state, (id) => api.selectMessage(id));
    renderReading(state);
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
    handlerAdded: (eventType) => {
      if (eventType === EVENT_TYPES.itemChanged) ready.resolve();
    },
    itemRead: () => {
      itemReads += 1;
    },
  };
  window.harnessHost = host;

  const fireItemChanged = () =>
    pane?.fire(EVENT_TYPES.itemChanged, { type: EVENT_TYPES.itemChanged });

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
      // A pinned read pane follows the selection; a compose pane was another window.
      if (wasComposing) void loadPane();
      else fireItemChanged();
    },
    compose: (input) => {
      leaveItem(state, state.selected);
      state.compose = draftFrom(input);
      state.bars.delete(null);
      render();
      return loadPane();
    },
    switchUser: (upn) => {
      if (!demo.users.some((u) => u.upn === upn)) {
        return Promise.reject(new Error(`${upn} is not a demo user`));
      }
      state.user = upn;
      (document.getElementById("user") as HTMLSelectElement).value = upn;
      return loadPane();
    },
    user: () => demoUser(state.user),
    users: () => copy([...demo.users]),
    recorded: () => ({
      notifications: copy(state.notifications),
      forms: state.forms.map((f) => ({ ...copy(f), text: htmlToText(f.htmlBody) })),
    }),
    clearRecorded: () => {
      state.notifications.length = 0;
      state.forms.length = 0;
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
  render();
  void loadPane().catch((e: unknown) => console.warn(e));
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
