import { describe, expect, it, vi } from "vitest";
import type { EmailAddress } from "../domain/types";
import { createOfficeMailbox } from "./mailbox";
import { composeItem, fakeOutlook, readItem } from "./testing/fakeOutlook";

const spoc = "jordan.lee@council.example" as EmailAddress;

function setUp(options: Parameters<typeof fakeOutlook>[0] = {}) {
  const outlook = fakeOutlook(options);
  const mailbox = createOfficeMailbox({ office: outlook.office });
  if (!mailbox) throw new Error("expected a mailbox");
  return { outlook, mailbox };
}

describe("a reply", () => {
  it("opens with the body as escaped HTML above the quoted message", async () => {
    const item = readItem();
    await setUp({ item }).mailbox.openReply('Dear Pat,\n\nYou wrote "<script>alert(1)</script>".');
    expect(item.displayReplyFormAsync).toHaveBeenCalledWith(
      {
        htmlBody:
          "<p>Dear Pat,</p><p>You wrote &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;.</p>",
      },
      expect.any(Function),
    );
  });

  it("uses the older call on Outlook that predates displayReplyFormAsync (Mailbox 1.9)", async () => {
    const item = readItem();
    await setUp({ item, mailboxVersion: "1.5" }).mailbox.openReply("Dear Pat,");
    expect(item.displayReplyForm).toHaveBeenCalledWith({ htmlBody: "<p>Dear Pat,</p>" });
    expect(item.displayReplyFormAsync).not.toHaveBeenCalled();
  });

  it("is refused while writing a message, or with nothing selected", async () => {
    await expect(setUp({ item: composeItem() }).mailbox.openReply("x")).rejects.toMatchObject({
      code: "wrongMode",
    });
    await expect(setUp({ item: null }).mailbox.openReply("x")).rejects.toMatchObject({
      code: "noItem",
    });
  });

  it("reports Outlook throwing on bad input as invalidArgument", async () => {
    const item = readItem({
      displayReplyFormAsync: vi.fn(() => {
        throw new Error("Data exceeds the maximum size");
      }),
    });
    await expect(setUp({ item }).mailbox.openReply("x")).rejects.toMatchObject({
      code: "invalidArgument",
      message: "Opening the reply was refused: Data exceeds the maximum size",
    });
  });
});

describe("a new message", () => {
  it("opens with recipients, a plain-text subject and an escaped body", async () => {
    const { outlook, mailbox } = setUp();
    await mailbox.openNewMessage({
      to: [spoc],
      cc: ["priya.shah@council.example" as EmailAddress],
      subject: "Referral: <UCB-2026-7KQ2MX>",
      body: "Behaviour: shouting & <b>threats</b>",
    });
    expect(outlook.mailbox.displayNewMessageFormAsync).toHaveBeenCalledWith(
      {
        toRecipients: [spoc],
        ccRecipients: ["priya.shah@council.example"],
        subject: "Referral: <UCB-2026-7KQ2MX>",
        htmlBody: "<p>Behaviour: shouting &amp; &lt;b&gt;threats&lt;/b&gt;</p>",
      },
      expect.any(Function),
    );
  });

  it("is unavailable before Mailbox 1.6 (Exchange Server 2016), with a typed error", async () => {
    const { outlook, mailbox } = setUp({ mailboxVersion: "1.5" });
    await expect(
      mailbox.openNewMessage({ to: [spoc], subject: "s", body: "b" }),
    ).rejects.toMatchObject({ code: "unsupported" });
    expect(outlook.mailbox.displayNewMessageForm).not.toHaveBeenCalled();
  });
});

describe("forwarding to the SPOC", () => {
  const subjectWithScript = 'Complaint <img src=x onerror="alert(1)">';

  it("attaches the message itself, with the note and the original's details as text", async () => {
    const item = readItem({ subject: subjectWithScript });
    const { outlook, mailbox } = setUp({ item });
    await mailbox.openForward([spoc], "Please deal with this under the terms.");
    const form = outlook.mailbox.displayNewMessageFormAsync.mock
      .calls[0]?.[0] as Office.MessageForm;
    expect(form.toRecipients).toEqual([spoc]);
    expect(form.subject).toBe(`FW: ${subjectWithScript}`);
    expect(form.attachments).toEqual([
      { type: "item", itemId: item.itemId, name: subjectWithScript },
    ]);
    expect(form.htmlBody).toContain("<p>Please deal with this under the terms.</p>");
    expect(form.htmlBody).toContain("From: Pat Customer &lt;Pat.Customer@Example.ORG&gt;");
    // UK date and London time (ICU versions differ in the punctuation around the weekday).
    // "Received": when the council received it (no headers here: Outlook's creation time).
    expect(form.htmlBody).toMatch(/Received: Monday,? 2 March 2026 at 09:15/);
    expect(form.htmlBody).toContain(
      "Subject: Complaint &lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
    );
    expect(form.htmlBody).not.toMatch(/<img|<script/);
  });

  it("does not add a second FW: prefix", async () => {
    const { outlook, mailbox } = setUp({ item: readItem({ subject: "Fwd: repairs" }) });
    await mailbox.openForward([spoc], "note");
    expect(outlook.mailbox.displayNewMessageFormAsync.mock.calls[0]?.[0]).toMatchObject({
      subject: "Fwd: repairs",
    });
  });

  it("still opens, asking the user to attach it, when Outlook refuses the attachment", async () => {
    const { outlook, mailbox } = setUp({ mailboxVersion: "1.6" });
    outlook.mailbox.displayNewMessageForm.mockImplementationOnce(() => {
      throw new Error("Invalid attachment id");
    });
    await mailbox.openForward([spoc], "note");
    const calls = outlook.mailbox.displayNewMessageForm.mock.calls;
    expect(calls).toHaveLength(2);
    const retry = calls[1]?.[0] as Office.MessageForm;
    expect(retry.attachments).toBeUndefined();
    expect(retry.htmlBody).toMatch(/^<p>Outlook could not attach the original message/);
  });

  it("is refused while writing a message", async () => {
    await expect(
      setUp({ item: composeItem() }).mailbox.openForward([spoc], "note"),
    ).rejects.toMatchObject({ code: "wrongMode" });
  });
});
