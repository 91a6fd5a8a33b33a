/**
 * The pane's sender check over the real Graph store and the emulator, when UCB Addresses holds
 * what a person typed by hand: a reference in another case or with spaces, a reference to a case
 * the register does not hold, or text that is no reference at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakePrinter } from "../../fakes/fakePrinter";
import { MemoryCaseDocuments } from "../../fakes/memoryCaseDocuments";
import { FakeMailbox } from "../../fakes/fakeMailbox";
import type { AppDeps } from "../../../src/app/deps";
import type { MailItem, SignedInUser } from "../../../src/app/ports";
import { createMessageChecker } from "../../../src/app/pane/messageCheck";
import { notifyItem } from "../../../src/app/pane/notification";
import { PORTSMOUTH_POLICY } from "../../../src/domain/config";
import type { EmailAddress } from "../../../src/domain/types";
import {
  address,
  CASE_FILE,
  JORDAN as JORDAN_ACTOR,
  REF,
  RESTRICTED_ENTRY,
} from "../../../src/graph/testing/samples";
import { ALEX, PRIYA, startStoreEmulator, type StoreFixture } from "./fixture";

// Wednesday 10 June 2026, 11:00 in London: inside the case's restrictions and its contact window.
const WEDNESDAY = new Date("2026-06-10T10:00:00Z");
const FRONTLINE: SignedInUser = { name: "Alex Morgan", email: address(ALEX), roles: ["frontline"] };

const TYPED_BY_HAND = address("zoe.home@example.org");
const ORPHANED = address("lee@example.org");
const NOT_A_REF = address("kim@example.org");

/** An item as the helpdesk manager might have added it in SharePoint's own form. */
function addressItem(email: EmailAddress, caseRef: string) {
  return {
    Title: email,
    CaseRef: caseRef,
    Kind: "Customer",
    CaseAddressKey: `${caseRef} ${email}`,
  };
}

let n = 0;
function messageFrom(from: EmailAddress): MailItem {
  n += 1;
  return {
    mode: "read",
    itemId: `item-${n}`,
    internetMessageId: `<sender-check-${n}@example.org>`,
    subject: "About my repair",
    from,
    to: [address(PRIYA)],
    cc: [],
    receivedAt: WEDNESDAY,
  };
}

describe("checking a sender whose address was entered by hand", () => {
  let f: StoreFixture;
  let deps: AppDeps & { mailbox: FakeMailbox };
  beforeAll(async () => {
    f = await startStoreEmulator();
    await f
      .storeFor(PRIYA)
      .createCase({ entry: RESTRICTED_ENTRY, file: CASE_FILE, addresses: [] }, JORDAN_ACTOR);
    // Typed into both lists, as an administrator who follows admin-setup.md §7 would: frontline
    // staff read the copy (need to know), so this is what their check meets.
    for (const list of ["UCB Addresses", "UCB Restricted Addresses"]) {
      f.emu.bulkInsert(list, [
        addressItem(TYPED_BY_HAND, ` ${REF.toLowerCase()}  `),
        addressItem(ORPHANED, "UCB-2026-0RPHAN"),
        addressItem(NOT_A_REF, "Kim's case"),
      ]);
    }
    deps = {
      store: f.storeFor(ALEX),
      mailbox: new FakeMailbox(),
      documents: new MemoryCaseDocuments(),
      printer: new FakePrinter(),
      session: { currentUser: () => Promise.resolve(FRONTLINE) },
      clock: { now: () => WEDNESDAY },
      ids: { newId: () => crypto.randomUUID() },
      config: PORTSMOUTH_POLICY,
    };
  });
  afterAll(() => f.stop());

  it("finds the case when its reference was typed in lower case with spaces", async () => {
    const check = await createMessageChecker(deps).check(messageFrom(TYPED_BY_HAND), FRONTLINE);
    expect(check.verdict.kind).toBe("withinTerms");
    expect(check.mode === "read" && check.cases.map((c) => c.ref)).toEqual([REF]);
  });

  it("says 'could not check', never 'not restricted', when the register has no such case", async () => {
    const check = await createMessageChecker(deps).check(messageFrom(ORPHANED), FRONTLINE);
    expect(check.verdict.kind).toBe("couldNotCheck");
    expect(check.verdict.title).toBe("Could not check this sender");
    expect(check.verdict.reasons[0]).toMatch(
      /^The register entry for lee@example\.org is missing\. This address is listed under case UCB-2026-0RPHAN, .* Tell the city helpdesk manager/,
    );
    deps.mailbox.notifications.length = 0;
    await notifyItem(deps, check);
    expect(deps.mailbox.notifications).toHaveLength(1);
    expect(deps.mailbox.notifications[0]).toMatchObject({ kind: "error" });
    expect(deps.mailbox.notifications[0]?.message).toMatch(/^Could not check the sender/);
    expect(deps.mailbox.notifications[0]?.message).not.toMatch(/not restricted/i);
  });

  it("says 'could not check', naming the address, when its case reference is not one", async () => {
    const check = await createMessageChecker(deps).check(messageFrom(NOT_A_REF), FRONTLINE);
    expect(check.verdict.kind).toBe("couldNotCheck");
    expect(check.verdict.failure).toMatchObject({ code: "invalidData", retryable: false });
    expect(check.verdict.reasons[0]).toMatch(
      /^The register's entry for kim@example\.org cannot be read\..*Tell the city helpdesk manager, giving the address\.$/,
    );
  });
});
