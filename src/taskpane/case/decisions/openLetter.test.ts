/** A letter opened as a reply goes to the message it was chosen for, or as a new message. */
import { describe, expect, it } from "vitest";
import { FakeMailbox } from "../../../../test/fakes/fakeMailbox";
import { sampleNotice } from "../../../app/letters/testSupport";
import { CUSTOMER } from "../../../domain/testFixtures";
import { readMessage } from "../../testing/paneDeps";
import { openLetter } from "./openLetter";

describe("opening an emailed letter", () => {
  const letter = sampleNotice();
  const fromCustomer = readMessage({ from: CUSTOMER });

  it("replies to the customer's message in view", async () => {
    const mailbox = new FakeMailbox(fromCustomer);
    expect(letter.channel.kind).toBe("email");
    expect(await openLetter(mailbox, letter)).toBe("reply");
    expect(mailbox.replies).toHaveLength(1);
  });

  it("opens a new message, not a reply to another message, when Outlook moved on meanwhile", async () => {
    const mailbox = new FakeMailbox(fromCustomer);
    const read = mailbox.currentItem.bind(mailbox);
    mailbox.currentItem = async () => {
      const item = await read();
      // Outlook shows another message by the time the reply is asked for (no ItemChanged).
      mailbox.selectSilently(readMessage({ itemId: "item-2", internetMessageId: "<m2@x>" }));
      return item;
    };
    expect(await openLetter(mailbox, letter)).toBe("newMessage");
    expect(mailbox.replies).toHaveLength(0);
    expect(mailbox.newMessages.map((m) => m.to)).toEqual([letter.to]);
  });
});
