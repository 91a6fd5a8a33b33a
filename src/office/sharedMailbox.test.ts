import { describe, expect, it } from "vitest";
import { currentMessage } from "./item";
import { permissionsFrom, readMailboxIdentity } from "./sharedMailbox";
import { fakeOutlook, readItem, sharedProperties } from "./testing/fakeOutlook";

async function identityOf(item: Record<string, unknown>, mailboxVersion?: string) {
  const outlook = fakeOutlook({ item, ...(mailboxVersion ? { mailboxVersion } : {}) });
  const message = currentMessage(outlook.office);
  if (!message) throw new Error("expected an item");
  return readMailboxIdentity(outlook.office, message);
}

describe("the mailbox an item is in", () => {
  it("is the shared mailbox, with what this user may do there", async () => {
    expect(
      await identityOf(
        readItem({
          getSharedPropertiesAsync: sharedProperties("housing@council.example", 1 | 2 | 16),
        }),
      ),
    ).toEqual({
      kind: "shared",
      owner: "housing@council.example",
      targetMailbox: "housing@council.example",
      permissions: ["read", "write", "editOwn"],
    });
  });

  it("is the user's own when the folder is not shared", async () => {
    expect(await identityOf(readItem({ getSharedPropertiesAsync: sharedProperties() }))).toEqual({
      kind: "own",
      address: "alex.morgan@council.example",
    });
  });

  it("is the user's own where Outlook has no shared folders (before Mailbox 1.8)", async () => {
    const asked = sharedProperties("housing@council.example");
    const identity = await identityOf(readItem({ getSharedPropertiesAsync: asked }), "1.7");
    expect(identity.kind).toBe("own");
    expect(asked).not.toHaveBeenCalled();
  });
});

describe("delegate permissions", () => {
  it.each([
    [0, []],
    [1, ["read"]],
    [63, ["read", "write", "deleteOwn", "deleteAll", "editOwn", "editAll"]],
    [8 | 32, ["deleteAll", "editAll"]],
  ])("decodes %i as %j", (bits, names) => {
    expect(permissionsFrom(bits)).toEqual(names);
  });
});
