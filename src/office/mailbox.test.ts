import { describe, expect, it, vi } from "vitest";
import { createOfficeMailbox } from "./mailbox";
import { composeItem, fakeOutlook, readItem } from "./testing/fakeOutlook";

const ITEM_CHANGED = "olkItemSelectedChanged";
const THEME_CHANGED = "officeThemeChanged";

function setUp(options: Parameters<typeof fakeOutlook>[0] = {}) {
  const outlook = fakeOutlook(options);
  const mailbox = createOfficeMailbox({ office: outlook.office });
  if (!mailbox) throw new Error("expected a mailbox");
  return { outlook, mailbox };
}

describe("createOfficeMailbox", () => {
  it("is null outside Outlook (no office.js, or no mailbox)", () => {
    expect(createOfficeMailbox()).toBeNull(); // no Office global in Node
    const outlook = fakeOutlook();
    const noMailbox = { ...outlook.office, context: {} };
    expect(createOfficeMailbox({ office: noMailbox })).toBeNull();
  });
});

describe("following the selected message (pinned pane)", () => {
  it("calls back on ItemChanged, and the item is read afresh from Outlook", async () => {
    const { outlook, mailbox } = setUp();
    let changes = 0;
    await mailbox.onItemChanged(() => changes++);
    const after = async (item: Record<string, unknown> | null) => {
      outlook.select(item);
      outlook.fire(ITEM_CHANGED);
      return (await mailbox.currentItem())?.subject;
    };
    expect(await after(readItem({ subject: "Second message" }))).toBe("Second message");
    expect(await after(composeItem())).toBe("Your complaint");
    expect(await after(null)).toBeUndefined();
    expect(changes).toBe(3);
  });

  it("registers one Outlook handler for many listeners, and removes it with the last", async () => {
    const { outlook, mailbox } = setUp();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = await mailbox.onItemChanged(first);
    const stopSecond = await mailbox.onItemChanged(second);
    const itemChanged = (call: unknown[]) => call[0] === ITEM_CHANGED;
    expect(outlook.mailbox.addHandlerAsync.mock.calls.filter(itemChanged)).toHaveLength(1);
    stopFirst();
    outlook.fire(ITEM_CHANGED);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([0, 1]);
    expect(outlook.mailbox.removeHandlerAsync).not.toHaveBeenCalled();
    stopSecond();
    expect(outlook.mailbox.removeHandlerAsync).toHaveBeenCalledWith(
      ITEM_CHANGED,
      expect.any(Function),
    );
    expect(outlook.handlers.has(ITEM_CHANGED)).toBe(false);
  });

  it("keeps calling other listeners when one throws", async () => {
    const { outlook, mailbox } = setUp();
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const after = vi.fn();
    await mailbox.onItemChanged(() => {
      throw new Error("boom");
    });
    await mailbox.onItemChanged(after);
    outlook.fire(ITEM_CHANGED);
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("does nothing, without failing, where Outlook cannot pin (before Mailbox 1.5)", async () => {
    const { outlook, mailbox } = setUp({ mailboxVersion: "1.4" });
    const stop = await mailbox.onItemChanged(vi.fn());
    outlook.fire(ITEM_CHANGED);
    expect(outlook.mailbox.addHandlerAsync).not.toHaveBeenCalled();
    expect(() => stop()).not.toThrow();
  });
});

describe("the Office theme", () => {
  it("is dark on a dark background and light on a light one", () => {
    expect(setUp({ bodyBackgroundColor: "#1F1F1F" }).mailbox.theme()).toBe("dark");
    expect(setUp({ bodyBackgroundColor: "#FFFFFF" }).mailbox.theme()).toBe("light");
  });

  it("is light where Outlook does not say (before Mailbox 1.14)", () => {
    const { outlook, mailbox } = setUp({ mailboxVersion: "1.13" });
    expect(mailbox.theme()).toBe("light");
    expect(outlook.mailbox.addHandlerAsync).not.toHaveBeenCalled();
  });

  it("follows the user's change of theme", async () => {
    const { outlook, mailbox } = setUp({ bodyBackgroundColor: "#ffffff" });
    const themes: string[] = [];
    await mailbox.onThemeChanged((theme) => themes.push(theme));
    outlook.fire(THEME_CHANGED, {
      type: THEME_CHANGED,
      officeTheme: { bodyBackgroundColor: "#292929" },
    });
    expect(themes).toEqual(["dark"]);
    expect(mailbox.theme()).toBe("dark");
  });
});
