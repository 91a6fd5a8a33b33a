/**
 * The adapter under Outlook's awkward behaviours (docs/harness.md, "Real Outlook"): headers for
 * the contact time, ids without brackets, read lines cut at 20, X.500 and empty recipients,
 * RecipientsChanged, items changed without ItemChanged, notices that must persist, and callbacks
 * that never arrive.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MailItem } from "../app/ports";
import { callOffice } from "./async";
import { headerAddresses, parseHeaders, receivedTime } from "./headers";
import { createOfficeMailbox } from "./mailbox";
import { NOTIFICATION_KEY, NOTIFICATION_WARNING_ICON_RESID } from "./notifications";
import {
  composeItem,
  failed,
  fakeNotifications,
  fakeOutlook,
  readItem,
  succeeded,
} from "./testing/fakeOutlook";

const NOW = new Date("2026-03-03T12:00:00Z");
type Cb = (r: unknown) => void;

const HEADERS = [
  "Received: from mail.example.org (203.0.113.25) by mx.council.example with SMTP;",
  " Mon, 2 Mar 2026 09:15:03 +0000",
  "Received: from [192.0.2.10] by mail.example.org; Mon, 2 Mar 2026 09:14:58 +0000 (UTC)",
  "Date: Mon, 2 Mar 2026 09:14:50 +0000",
  'To: "Alex Morgan" <alex.morgan@council.example>, "Smith, Jo" <jo.smith@council.example>',
  "Subject: Re: my housing repair",
  "",
  "body: not a header",
].join("\r\n");

function setUp(item: Record<string, unknown> | null, mailboxVersion?: string) {
  const outlook = fakeOutlook({ item, ...(mailboxVersion ? { mailboxVersion } : {}) });
  const mailbox = createOfficeMailbox({ office: outlook.office, now: () => NOW });
  if (!mailbox) throw new Error("expected a mailbox");
  return { outlook, mailbox };
}

const headersOf = (raw: string | null) =>
  vi.fn((cb: Cb) => cb(raw === null ? failed("GenericError", "no headers") : succeeded(raw)));

afterEach(() => vi.useRealTimers());

describe("the contact time: when the council received the message", () => {
  it("is the top Received line, not Outlook's creation time (a re-filed message)", async () => {
    const item = readItem({
      dateTimeCreated: new Date("2026-06-30T16:00:00Z"), // re-filed months later
      getAllInternetHeadersAsync: headersOf(HEADERS),
    });
    const read = await setUp(item).mailbox.currentItem();
    expect(read?.receivedAt).toEqual(new Date("2026-03-02T09:15:03Z"));
    expect(read?.receivedFrom).toBe("received");
  });

  it.each([
    [
      "headers without a Received line: the Date line",
      "Date: Mon, 2 Mar 2026 09:14:50 +0000\r\n",
      "2026-03-02T09:14:50Z",
      "date",
    ],
    ["no headers from Outlook: the creation time", null, "2026-06-30T16:00:00Z", "created"],
  ] as const)("falls back to %s", async (_, raw, expected, from) => {
    const item = readItem({
      dateTimeCreated: new Date("2026-06-30T16:00:00Z"),
      getAllInternetHeadersAsync: headersOf(raw),
    });
    const read = await setUp(item).mailbox.currentItem();
    expect(read?.receivedAt).toEqual(new Date(expected));
    expect(read?.receivedFrom).toBe(from);
  });

  it("does not ask for headers before Mailbox 1.8", async () => {
    const get = headersOf(HEADERS);
    await setUp(readItem({ getAllInternetHeadersAsync: get }), "1.7").mailbox.currentItem();
    expect(get).not.toHaveBeenCalled();
  });

  it("parses folded lines, comments and quoted commas", () => {
    const headers = parseHeaders(HEADERS);
    expect(receivedTime(headers)).toEqual(new Date("2026-03-02T09:15:03Z"));
    expect(headerAddresses(headers, "to")).toEqual([
      "alex.morgan@council.example",
      "jo.smith@council.example",
    ]);
    expect(headers.has("body")).toBe(false);
  });

  it("says Received: in a forward, with the receipt's time", async () => {
    const item = readItem({
      dateTimeCreated: new Date("2026-06-30T16:00:00Z"),
      getAllInternetHeadersAsync: headersOf(HEADERS),
    });
    const { outlook, mailbox } = setUp(item);
    await mailbox.openForward(["jordan.lee@council.example" as never], "note");
    const form = outlook.mailbox.displayNewMessageFormAsync.mock
      .calls[0]?.[0] as Office.MessageForm;
    expect(form.htmlBody).toMatch(/Received: Monday,? 2 March 2026 at 09:15/);
    expect(form.htmlBody).not.toMatch(/Sent:/);
  });
});

describe("message ids", () => {
  it("come with angle brackets whatever the client gave (Outlook on Mac gives none)", async () => {
    const item = readItem({ internetMessageId: "CA+1234@mail.example.org" });
    expect((await setUp(item).mailbox.currentItem())?.internetMessageId).toBe(
      "<CA+1234@mail.example.org>",
    );
  });
});

describe("read-mode To and Cc cut at 20 (Outlook on the web, new Outlook)", () => {
  const twenty = Array.from({ length: 20 }, (_, i) => ({
    emailAddress: `officer${i}@council.example`,
    displayName: `Officer ${i}`,
  }));

  it("are completed from the To header", async () => {
    const raw = `To: ${[...twenty.map((p) => p.emailAddress), "pat.customer@example.org"].join(", ")}\r\n`;
    const item = readItem({ to: twenty, getAllInternetHeadersAsync: headersOf(raw) });
    const read = await setUp(item).mailbox.currentItem();
    expect(read?.to).toHaveLength(21);
    expect(read?.to).toContain("pat.customer@example.org");
    expect(read?.recipientsIncomplete).toBeUndefined();
  });

  it("are marked incomplete when the headers cannot complete them", async () => {
    const item = readItem({ to: twenty, getAllInternetHeadersAsync: headersOf(null) });
    expect((await setUp(item).mailbox.currentItem())?.recipientsIncomplete).toBe(true);
  });
});

describe("a draft's recipients", () => {
  const getter = (value: unknown) => ({ getAsync: vi.fn((cb: Cb) => cb(succeeded(value))) });

  it("names X.500 and empty addresses as unchecked, never dropping them", async () => {
    const item = composeItem({
      to: getter([
        { emailAddress: "pat.customer@example.org", displayName: "Pat" },
        {
          emailAddress:
            "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=1c2e-test",
          displayName: "Test Test",
        },
      ]),
      cc: getter([{ emailAddress: "", displayName: "Caseworker" }]),
    });
    const read = await setUp(item).mailbox.currentItem();
    expect(read?.to).toEqual(["pat.customer@example.org"]);
    expect(read?.uncheckedRecipients).toEqual([
      "Test Test (/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=1c2e-test)",
      "Caseworker",
    ]);
  });

  it("are followed as they change (RecipientsChanged on the item, Mailbox 1.7)", async () => {
    let fire: (() => void) | undefined;
    const item = composeItem({
      addHandlerAsync: vi.fn((type: string, handler: () => void, cb: Cb) => {
        if (type === "olkRecipientsChanged") fire = handler;
        cb(succeeded());
      }),
      removeHandlerAsync: vi.fn((_: string, cb: Cb) => cb(succeeded())),
    });
    const heard = vi.fn();
    const stop = await setUp(item).mailbox.onRecipientsChanged(heard);
    fire?.();
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    expect((item as Record<string, unknown>)["removeHandlerAsync"]).toHaveBeenCalled();
  });
});

describe("the item judged, and the item Outlook shows now", () => {
  it("refuses a reply, a forward, a notice and a copy once Outlook shows another message", async () => {
    const first = readItem();
    const { outlook, mailbox } = setUp(first);
    const judged = (await mailbox.currentItem()) as MailItem;
    expect(mailbox.isCurrentItem(judged)).toBe(true);
    const other = readItem({ itemId: "AAMkOTHER", internetMessageId: "<other@example.org>" });
    outlook.select(other); // no ItemChanged
    expect(mailbox.isCurrentItem(judged)).toBe(false);
    for (const action of [
      () => mailbox.openReply("x", judged),
      () => mailbox.openForward([], "x", judged),
      () => mailbox.showNotification("error", "x", judged),
      () => mailbox.clearNotification(judged),
      () => mailbox.currentMessageFile(judged),
    ]) {
      await expect(action()).rejects.toMatchObject({ code: "itemChanged" });
    }
    expect(other.displayReplyFormAsync).not.toHaveBeenCalled();
    expect(other.notificationMessages.replaceAsync).not.toHaveBeenCalled();
  });

  it("is the same message when Outlook gives a fresh item object for it (same item id)", async () => {
    const { outlook, mailbox } = setUp(readItem());
    const judged = (await mailbox.currentItem()) as MailItem;
    outlook.select(readItem());
    expect(mailbox.isCurrentItem(judged)).toBe(true);
  });
});

describe("serious verdicts stay on the message", () => {
  it("replace failing on an existing notice is done again as remove and add", async () => {
    const notices = fakeNotifications();
    notices.entries.set(NOTIFICATION_KEY, { type: "informationalMessage", message: "old" });
    const addAsync = vi.fn((key: string, details: Record<string, unknown>, cb: Cb) => {
      notices.entries.set(key, details);
      cb(succeeded());
    });
    notices.replaceAsync.mockImplementation((_k, _d, cb) =>
      cb(failed("GenericError", "replace failed")),
    );
    const item = readItem({ notificationMessages: { ...notices, addAsync } });
    await setUp(item).mailbox.showNotification("error", "Outside the terms.");
    expect(notices.removeAsync).toHaveBeenCalled();
    expect(notices.entries.get(NOTIFICATION_KEY)).toEqual({
      type: "informationalMessage",
      message: "Outside the terms.",
      icon: NOTIFICATION_WARNING_ICON_RESID,
      persistent: true,
    });
  });
});

describe("Office callbacks that never arrive", () => {
  it("end in a timeout, and a late callback changes nothing", async () => {
    vi.useFakeTimers();
    const { outlook } = setUp(readItem());
    let late: Cb | undefined;
    const call = callOffice(
      outlook.office,
      "Reading the To line",
      (cb) => {
        late = cb as Cb;
      },
      1_000,
    );
    const settled = expect(call).rejects.toMatchObject({
      code: "timeout",
      message: "Reading the To line: Outlook did not answer within 1 s.",
    });
    await vi.advanceTimersByTimeAsync(1_000);
    await settled;
    late?.(succeeded("too late"));
  });

  it("leave a draft's check with a clear failure, not a wait for ever", async () => {
    vi.useFakeTimers();
    const item = composeItem({ to: { getAsync: vi.fn() } }); // never calls back
    const reading = setUp(item).mailbox.currentItem();
    const settled = expect(reading).rejects.toMatchObject({ code: "timeout" });
    await vi.advanceTimersByTimeAsync(10_000);
    await settled;
  });
});
