/**
 * The harness itself, in real Chromium: the Office.js stand-in gives the pane what Outlook would
 * (onReady as Outlook, the selected message, ItemChanged, notifications, forms, the theme), the
 * scripting API drives it, and switching user reloads the pane signed in as someone else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectText, expectVisible } from "./support/expect";
import { openHarness, PRIYA, startStack, type HarnessPage, type Stack } from "./support/stack";

/** Runs in the pane's frame: Office as the pane sees it. */
type FrameOffice = {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context: {
    mailbox: {
      item: Record<string, unknown> | null;
      userProfile: { emailAddress: string; displayName: string };
    };
    requirements: { isSetSupported(name: string, version?: string): boolean };
    officeTheme: { bodyBackgroundColor: string };
  };
  EventType: Record<string, string>;
};

function paneFrame(h: HarnessPage) {
  const frame = h.page.frame({ name: "taskpane" });
  if (!frame) throw new Error("no task pane frame");
  return frame;
}

describe("the Outlook harness", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    h = await openHarness(stack);
  });
  afterAll(async () => {
    await h.close();
    await stack.stop();
  });

  it("loads the real pane with office.js reporting Outlook and the selected message", async () => {
    const id = await h.call("openMessage", {
      from: "Pat Customer <pat.customer@example.org>",
      to: ["priya.shah@council.example"],
      cc: ["housing@council.example"],
      subject: "Housing repair",
      body: "Please call me.",
      received: "2026-03-30T09:30:00Z",
      internetMessageId: "<repair-1@mail.example.org>",
    });
    const seen = await paneFrame(h).evaluate(async () => {
      const office = (window as unknown as { Office: FrameOffice }).Office;
      const info = await office.onReady();
      const item = office.context.mailbox.item ?? {};
      const from = item["from"] as { emailAddress: string; displayName: string };
      const to = item["to"] as { emailAddress: string }[];
      const created = item["dateTimeCreated"];
      return {
        host: info.host,
        itemId: item["itemId"],
        subject: item["subject"],
        from: `${from.displayName} <${from.emailAddress}>`,
        to: to.map((r) => r.emailAddress),
        internetMessageId: item["internetMessageId"],
        created: created instanceof Date ? created.toISOString() : "not a Date in this window",
        itemChanged: office.EventType["ItemChanged"],
        mailbox114: office.context.requirements.isSetSupported("Mailbox", "1.14"),
        nestedAppAuth: office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),
      };
    });
    expect(seen).toEqual({
      host: "Outlook",
      itemId: id,
      subject: "Housing repair",
      from: "Pat Customer <pat.customer@example.org>",
      to: ["priya.shah@council.example"],
      internetMessageId: "<repair-1@mail.example.org>",
      created: "2026-03-30T09:30:00.000Z",
      itemChanged: "olkItemSelectedChanged",
      mailbox114: true,
      nestedAppAuth: false,
    });
    await expectText(h.page.getByRole("article", { name: "Reading pane" }), "Please call me.");
    await h.screenshot("harness-message-open");
  });

  it("follows the selection in the pinned pane and lets nothing be selected", async () => {
    const first = await h.call("openMessage", { from: "a@example.org", subject: "First" });
    const second = await h.call("openMessage", { from: "b@example.org", subject: "Second" });
    const itemId = () =>
      paneFrame(h).evaluate(() => {
        const item = (window as unknown as { Office: FrameOffice }).Office.context.mailbox.item;
        return item === null ? null : item["itemId"];
      });
    expect(await itemId()).toBe(second);
    await h.call("selectMessage", first);
    expect(await itemId()).toBe(first);
    await h.call("selectMessage", null);
    expect(await itemId()).toBeNull();
    await expectVisible(h.page.getByText("Select a message to read it."));
    // The list shows the opened messages; choosing one with the mouse selects it.
    await h.page.getByRole("button", { name: /Second/ }).click();
    expect(await itemId()).toBe(second);
  });

  it("records notifications per message as Outlook keeps them, and refuses what Outlook refuses", async () => {
    await h.call("clearRecorded");
    const id = await h.call("openMessage", { from: "c@example.org", subject: "Notify" });
    const outcome = await paneFrame(h).evaluate(async () => {
      type Result = { status: string; error?: { name: string } };
      const item = (window as unknown as { Office: FrameOffice }).Office.context.mailbox.item as {
        notificationMessages: {
          replaceAsync(k: string, d: object, cb: (r: Result) => void): void;
          removeAsync(k: string, cb: (r: Result) => void): void;
        };
      };
      const call = (f: (cb: (r: Result) => void) => void) =>
        new Promise<Result>((resolve) => f(resolve));
      const n = item.notificationMessages;
      const replaced = await call((cb) =>
        n.replaceAsync(
          "harnessTest",
          {
            type: "informationalMessage",
            message: "Restricted customer: within the terms.",
            icon: "Icon.16x16",
            persistent: true,
          },
          cb,
        ),
      );
      let tooLong = "accepted";
      try {
        n.replaceAsync("k", { type: "errorMessage", message: "x".repeat(151) }, () => undefined);
      } catch (e) {
        tooLong = e instanceof Error ? e.message : String(e);
      }
      const missing = await call((cb) => n.removeAsync("nothing-here", cb));
      return { replaced: replaced.status, tooLong, missing: missing.error?.name };
    });
    expect(outcome.replaced).toBe("succeeded");
    expect(outcome.tooLong).toMatch(/150/);
    expect(outcome.missing).toBe("KeyNotFound");
    // The pane keeps its own entry (another key) on the message; this one sits beside it.
    const bar = await h.call("notificationsOn", id);
    expect(bar.filter((n) => n.key === "harnessTest")).toEqual([
      {
        key: "harnessTest",
        type: "informationalMessage",
        message: "Restricted customer: within the terms.",
        icon: "Icon.16x16",
        persistent: true,
      },
    ]);
    const recorded = await h.call("recorded");
    expect(recorded.notifications.filter((n) => n.key === "harnessTest")).toMatchObject([
      { itemId: id, action: "replace", key: "harnessTest" },
    ]);
    // Outlook shows it on the message itself.
    await expectText(
      h.page.getByRole("list", { name: "Notifications on this message" }),
      "Restricted customer: within the terms.",
    );
  });

  it("records the reply and new-message forms the pane opens, with their text", async () => {
    await h.call("clearRecorded");
    const id = await h.call("openMessage", {
      from: "Dee Customer <dee@example.org>",
      subject: "Complaint",
    });
    await paneFrame(h).evaluate(async () => {
      const office = (window as unknown as { Office: FrameOffice }).Office;
      const item = office.context.mailbox.item as {
        displayReplyFormAsync(f: object, cb: () => void): void;
      };
      const mailbox = office.context.mailbox as unknown as {
        displayNewMessageFormAsync(f: object, cb: () => void): void;
      };
      await new Promise<void>((r) =>
        item.displayReplyFormAsync({ htmlBody: "<p>We have your letter.</p>" }, r),
      );
      await new Promise<void>((r) =>
        mailbox.displayNewMessageFormAsync(
          {
            toRecipients: ["jordan.lee@council.example"],
            subject: "Referral",
            htmlBody: "<p>Evidence:<br>12 contacts</p>",
            attachments: [{ type: "item", itemId: "AAMk1", name: "Complaint" }],
          },
          r,
        ),
      );
    });
    const { forms } = await h.call("recorded");
    expect(forms).toMatchObject([
      { kind: "reply", itemId: id, to: ["dee@example.org"], text: "We have your letter." },
      {
        kind: "newMessage",
        to: ["jordan.lee@council.example"],
        subject: "Referral",
        text: "Evidence:\n12 contacts",
        attachments: [{ type: "item", itemId: "AAMk1", name: "Complaint" }],
      },
    ]);
    await expectText(h.page.getByRole("region", { name: "What Outlook recorded" }), "Referral");
  });

  it("switches the signed-in user by reloading the pane with ?demoUser", async () => {
    await h.call("switchUser", PRIYA);
    const frame = paneFrame(h);
    expect(new URL(frame.url()).searchParams.get("demoUser")).toBe(PRIYA);
    const profile = await frame.evaluate(
      () =>
        (window as unknown as { Office: FrameOffice }).Office.context.mailbox.userProfile
          .emailAddress,
    );
    expect(profile).toBe(PRIYA);
    await expectVisible(h.pane.getByText(/Signed in as Priya Shah/));
    await h.screenshot("harness-switched-to-priya");
  });

  it("gives the pane the dark Office theme and tells it when the theme changes", async () => {
    await h.call("setTheme", "dark");
    const colour = await paneFrame(h).evaluate(
      () =>
        (window as unknown as { Office: FrameOffice }).Office.context.officeTheme
          .bodyBackgroundColor,
    );
    expect(colour).toBe("#292929");
    // The pane follows OfficeThemeChanged: its text turns light on a dark background.
    await expect
      .poll(() =>
        paneFrame(h).evaluate(() => {
          const main = document.querySelector("main");
          const rgb = main ? getComputedStyle(main).color : "";
          const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
          return (r + g + b) / 3 > 128;
        }),
      )
      .toBe(true);
    await h.screenshot("harness-dark");
    await h.call("setTheme", "light");
  });

  it("starts a compose-mode pane for a message being written", async () => {
    await h.call("compose", { to: ["o'brien@example.org"], subject: "Your letter" });
    const read = await paneFrame(h).evaluate(async () => {
      const item = (window as unknown as { Office: FrameOffice }).Office.context.mailbox.item as {
        to: { getAsync(cb: (r: { value: { emailAddress: string }[] }) => void): void };
        subject: { getAsync(cb: (r: { value: string }) => void): void };
      };
      const to = await new Promise<string[]>((r) =>
        item.to.getAsync((res) => r(res.value.map((v) => v.emailAddress))),
      );
      const subject = await new Promise<string>((r) =>
        item.subject.getAsync((res) => r(res.value)),
      );
      return { to, subject };
    });
    expect(read).toEqual({ to: ["o'brien@example.org"], subject: "Your letter" });
    await h.screenshot("harness-compose");
    // Choosing a message returns to a read-mode pane.
    const id = await h.call("openMessage", { from: "e@example.org", subject: "Back to reading" });
    await h.call("whenPaneReady");
    const itemId = await paneFrame(h).evaluate(
      () => (window as unknown as { Office: FrameOffice }).Office.context.mailbox.item?.["itemId"],
    );
    expect(itemId).toBe(id);
  });

  it("shows HTML and script in a demo message as text", async () => {
    const sam = h.page.getByRole("button", { name: /sam <b>bold<\/b>/i });
    await sam.click();
    const reading = h.page.getByRole("article", { name: "Reading pane" });
    await expectText(reading, "<script>alert('body')</script>");
    await expectText(reading, 'Sam <b>Bold</b> <img src=x onerror="alert(1)">');
    expect(await reading.locator("img, b, script").count()).toBe(0);
  });
});
