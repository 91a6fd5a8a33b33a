/**
 * An Outlook for tests: office-addin-mock (host "outlook") seeded with the mailbox calls the
 * adapter makes, each behaving as Outlook documents (callbacks with AsyncResult, Failed results,
 * one handler per event type, replaceAsync adding when absent, removeAsync failing when absent).
 */
import { OfficeMockObject } from "office-addin-mock";
import { vi } from "vitest";
import type { OfficeHost } from "../host";

type Result = {
  status: "succeeded" | "failed";
  value?: unknown;
  error?: { code: number; name: string; message: string };
};
type Callback = (result: Result) => void;

export const succeeded = (value?: unknown): Result => ({ status: "succeeded", value });
export const failed = (name: string, message: string, code = 9000): Result => ({
  status: "failed",
  error: { code, name, message },
});

/** getSharedPropertiesAsync for an item in a shared mailbox (or, with no owner, not shared). */
export function sharedProperties(owner?: string, delegatePermissions = 3) {
  return vi.fn((cb: Callback) =>
    cb(
      owner === undefined
        ? failed("GenericError", "The current folder or mailbox isn't shared.")
        : succeeded({
            owner,
            targetMailbox: owner,
            targetRestUrl: "https://outlook.office.com/api",
            delegatePermissions,
          }),
    ),
  );
}

/** Notifications that remember what was added, as the info bar would. */
export function fakeNotifications() {
  const entries = new Map<string, Record<string, unknown>>();
  return {
    entries,
    replaceAsync: vi.fn((key: string, details: Record<string, unknown>, cb: Callback) => {
      entries.set(key, details);
      cb(succeeded());
    }),
    getAllAsync: vi.fn((cb: Callback) =>
      cb(succeeded([...entries].map(([key, details]) => ({ key, ...details })))),
    ),
    removeAsync: vi.fn((key: string, cb: Callback) => {
      cb(entries.delete(key) ? succeeded() : failed("KeyNotFound", "No such notification."));
    }),
  };
}

export function readItem(overrides: Record<string, unknown> = {}) {
  return {
    itemType: "message",
    subject: "Re: my housing repair",
    from: { emailAddress: " Pat.Customer@Example.ORG ", displayName: "Pat Customer" },
    sender: { emailAddress: "pat.customer@example.org", displayName: "Pat Customer" },
    to: [
      { emailAddress: "Alex.Morgan@council.example", displayName: "Alex Morgan" },
      { emailAddress: "housing@council.example", displayName: "Housing" },
    ],
    cc: [{ emailAddress: "priya.shah@council.example", displayName: "Priya Shah" }],
    dateTimeCreated: new Date("2026-03-02T09:15:00Z"),
    internetMessageId: "<CA+1234@mail.example.org>",
    itemId: "AAMkADEzOTExYjJkLTYzZTQtNDQ3Yi1iOWMzLTk5ZmFlNjA3OGY4MgBGAAAAAAD",
    notificationMessages: fakeNotifications(),
    displayReplyForm: vi.fn(),
    displayReplyFormAsync: vi.fn((_form: unknown, cb: Callback) => cb(succeeded())),
    ...overrides,
  };
}

const getter = (value: unknown) => ({ getAsync: vi.fn((cb: Callback) => cb(succeeded(value))) });

export function composeItem(overrides: Record<string, unknown> = {}) {
  return {
    itemType: "message",
    subject: getter("Your complaint"),
    to: getter([{ emailAddress: "PAT.customer@example.org ", displayName: "Pat" }]),
    cc: getter([]),
    bcc: getter([]),
    from: getter({ emailAddress: "Alex.Morgan@council.example", displayName: "Alex Morgan" }),
    notificationMessages: fakeNotifications(),
    ...overrides,
  };
}

function versionAtMost(wanted: string, supported: string): boolean {
  const [wMajor = 0, wMinor = 0] = wanted.split(".").map(Number);
  const [sMajor = 0, sMinor = 0] = supported.split(".").map(Number);
  return wMajor < sMajor || (wMajor === sMajor && wMinor <= sMinor);
}

export type FakeOutlookOptions = {
  /** Highest Mailbox requirement set this Outlook supports. */
  readonly mailboxVersion?: string;
  readonly item?: Record<string, unknown> | null;
  readonly bodyBackgroundColor?: string;
};

export function fakeOutlook(options: FakeOutlookOptions = {}) {
  const version = options.mailboxVersion ?? "1.16";
  const handlers = new Map<string, (args: unknown) => void>();
  const mailbox = {
    addHandlerAsync: vi.fn((type: string, handler: (args: unknown) => void, cb: Callback) => {
      handlers.set(type, handler); // Outlook keeps one handler per event type
      cb(succeeded());
    }),
    removeHandlerAsync: vi.fn((type: string, cb: Callback) => {
      handlers.delete(type);
      cb(succeeded());
    }),
    displayNewMessageForm: vi.fn(),
    displayNewMessageFormAsync: vi.fn((_form: unknown, cb: Callback) => cb(succeeded())),
    userProfile: { emailAddress: "Alex.Morgan@council.example", displayName: "Alex Morgan" },
  };
  const mock = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: vi.fn(() => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" })),
    context: {
      mailbox: { ...mailbox, item: options.item === null ? {} : (options.item ?? readItem()) },
      requirements: {
        isSetSupported: vi.fn(
          (name: string, min?: string) =>
            name === "Mailbox" && versionAtMost(min ?? "1.1", version),
        ),
      },
      ...(options.bodyBackgroundColor
        ? { officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor } }
        : {}),
    },
  });
  const live = mock["context"] as { mailbox: { item: unknown } };
  // The mock cannot be seeded with null (it recurses into objects), so set it afterwards.
  if (options.item === null) live.mailbox.item = null;
  return {
    office: mock as unknown as OfficeHost,
    mailbox,
    /** Make the selection change, as Outlook does before it fires ItemChanged. */
    select(item: Record<string, unknown> | null) {
      live.mailbox.item = item;
    },
    fire(type: string, args: unknown = { type }) {
      handlers.get(type)?.(args);
    },
    handlers,
  };
}
