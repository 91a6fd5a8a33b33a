import { describe, expect, it, vi } from "vitest";
import { isMailboxError } from "./errors";
import { createOfficeMailbox } from "./mailbox";
import {
  composeItem,
  failed,
  fakeOutlook,
  readItem,
  sharedProperties,
} from "./testing/fakeOutlook";

const NOW = new Date("2026-03-03T12:00:00Z");

function mailboxFor(item: Record<string, unknown> | null) {
  const outlook = fakeOutlook({ item });
  const mailbox = createOfficeMailbox({ office: outlook.office, now: () => NOW });
  if (!mailbox) throw new Error("expected a mailbox");
  return mailbox;
}

describe("the message being read", () => {
  it("is read with every field the pane needs, addresses lower-cased and trimmed", async () => {
    expect(await mailboxFor(readItem()).currentItem()).toEqual({
      mode: "read",
      subject: "Re: my housing repair",
      from: "pat.customer@example.org",
      sender: "pat.customer@example.org",
      fromName: "Pat Customer",
      to: ["alex.morgan@council.example", "housing@council.example"],
      cc: ["priya.shah@council.example"],
      receivedAt: new Date("2026-03-02T09:15:00Z"),
      // No headers from this Outlook: the creation time stands in, and says so.
      receivedFrom: "created",
      internetMessageId: "<CA+1234@mail.example.org>",
      itemId: "AAMkADEzOTExYjJkLTYzZTQtNDQ3Yi1iOWMzLTk5ZmFlNjA3OGY4MgBGAAAAAAD",
      // No shared properties: the signed-in user's own mailbox.
      mailbox: "alex.morgan@council.example",
    });
  });

  it("is in the shared mailbox Outlook names as its owner", async () => {
    const item = await mailboxFor(
      readItem({ getSharedPropertiesAsync: sharedProperties(" Housing@Council.example ") }),
    ).currentItem();
    expect(item?.mailbox).toBe("housing@council.example");
  });

  it("is in the user's own mailbox when Outlook says the folder is not shared", async () => {
    const item = await mailboxFor(
      readItem({ getSharedPropertiesAsync: sharedProperties(undefined) }),
    ).currentItem();
    expect(item?.mailbox).toBe("alex.morgan@council.example");
  });

  it("tells the delegate (sender) apart from the mailbox it sent for (from)", async () => {
    const item = await mailboxFor(
      readItem({
        from: { emailAddress: "tenants.association@example.org", displayName: "Tenants" },
        sender: { emailAddress: "Pat.Customer@example.org", displayName: "Pat" },
      }),
    ).currentItem();
    expect([item?.from, item?.sender]).toEqual([
      "tenants.association@example.org",
      "pat.customer@example.org",
    ]);
  });

  it("leaves out addresses that are not email addresses, and repeats", async () => {
    const item = await mailboxFor(
      readItem({
        from: { emailAddress: "", displayName: "Unknown" },
        to: [
          {
            emailAddress: "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=alex",
          },
          { emailAddress: "Housing@council.example" },
          { emailAddress: "housing@council.example " },
        ],
      }),
    ).currentItem();
    expect(item?.from).toBeUndefined();
    expect(item?.to).toEqual(["housing@council.example"]);
  });

  it("reads an internationalised sender in the one normalised form", async () => {
    const item = await mailboxFor(
      readItem({
        from: { emailAddress: "Jürgen.Müller@Bücher.example", displayName: "Jürgen Müller" },
        sender: { emailAddress: "ju\u0308rgen.mu\u0308ller@xn--bcher-kva.example" },
        to: [{ emailAddress: "用户@例子.广告" }],
      }),
    ).currentItem();
    expect([item?.from, item?.sender, item?.to]).toEqual([
      "jürgen.müller@xn--bcher-kva.example",
      "jürgen.müller@xn--bcher-kva.example",
      ["用户@xn--fsqu00a.xn--4rr70v"],
    ]);
    expect(item).not.toHaveProperty("unreadableFrom");
  });

  it("keeps what Outlook gave as the sender when it is not an email address", async () => {
    const x500 = "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=pat";
    const item = await mailboxFor(
      readItem({ from: { emailAddress: x500 }, sender: { emailAddress: x500 } }),
    ).currentItem();
    expect(item?.from).toBeUndefined();
    expect(item?.unreadableFrom).toBe(x500);
  });

  it("has no message id yet for a message just sent, and says so by leaving it out", async () => {
    const item = await mailboxFor(readItem({ internetMessageId: "" })).currentItem();
    expect(item).not.toHaveProperty("internetMessageId");
  });
});

describe("the message being written", () => {
  it("reads To, Cc, Bcc, From and the subject through Outlook's async calls; 'received' is now", async () => {
    expect(await mailboxFor(composeItem()).currentItem()).toEqual({
      mode: "compose",
      subject: "Your complaint",
      to: ["pat.customer@example.org"],
      cc: [],
      bcc: [],
      from: "alex.morgan@council.example",
      receivedAt: NOW,
      receivedFrom: "now",
    });
  });

  it("finds a customer in Bcc, and a shared mailbox chosen as From", async () => {
    const getter = (value: unknown) => ({
      getAsync: vi.fn((cb: (r: unknown) => void) => cb({ status: "succeeded", value })),
    });
    const item = await mailboxFor(
      composeItem({
        bcc: getter([{ emailAddress: "Pat.Customer@example.org" }]),
        from: getter({ emailAddress: "housing@council.example", displayName: "Housing" }),
      }),
    ).currentItem();
    expect([item?.bcc, item?.from]).toEqual([
      ["pat.customer@example.org"],
      "housing@council.example",
    ]);
  });

  it("goes without the From line where Outlook cannot give it (before Mailbox 1.7)", async () => {
    const outlook = fakeOutlook({ item: composeItem(), mailboxVersion: "1.6" });
    const item = await createOfficeMailbox({
      office: outlook.office,
      now: () => NOW,
    })?.currentItem();
    expect(item?.from).toBeUndefined();
    expect(item?.to).toEqual(["pat.customer@example.org"]);
  });

  it("reports Outlook's failure as a MailboxError with Outlook's code", async () => {
    const to = {
      getAsync: vi.fn((cb: (r: unknown) => void) => cb(failed("GenericError", "Busy", 9002))),
    };
    const error: unknown = await mailboxFor(composeItem({ to }))
      .currentItem()
      .catch((e: unknown) => e);
    expect(isMailboxError(error)).toBe(true);
    expect(error).toMatchObject({
      code: "failed",
      officeError: { code: 9002, name: "GenericError" },
      message: "Reading the To line failed: Busy",
    });
  });
});

describe("no message", () => {
  it("is null when nothing is selected", async () => {
    expect(await mailboxFor(null).currentItem()).toBeNull();
  });

  it("is null for a calendar item, which is not ours to check", async () => {
    expect(await mailboxFor(readItem({ itemType: "appointment" })).currentItem()).toBeNull();
  });
});
