/**
 * Builders for the pane use cases' tests: AppDeps over the memory store and the fake mailbox,
 * users by role, and messages from a customer. Not used by the product.
 */
import { FakeMailbox } from "../../../test/fakes/fakeMailbox";
import { FakePrinter } from "../../../test/fakes/fakePrinter";
import { MemoryCaseDocuments } from "../../../test/fakes/memoryCaseDocuments";
import { MemoryCaseStore } from "../../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { CUSTOMER, REF, SPOC } from "../../domain/testFixtures";
import type { CaseRecord, EmailAddress, Role } from "../../domain/types";
import type { AppDeps } from "../deps";
import type { MailItem, SignedInUser } from "../ports";

export type TestDeps = AppDeps & {
  store: MemoryCaseStore;
  mailbox: FakeMailbox;
  documents: MemoryCaseDocuments;
  printer: FakePrinter;
  setNow(at: Date): void;
};

export function testDeps(now: Date, records: readonly CaseRecord[] = []): TestDeps {
  const store = new MemoryCaseStore();
  for (const record of records) {
    store.seed(record.entry, record.file, [
      { address: CUSTOMER, ref: record.entry.ref, kind: "customer" },
    ]);
  }
  let current = now;
  let id = 0;
  return {
    store,
    mailbox: new FakeMailbox(),
    documents: new MemoryCaseDocuments(),
    printer: new FakePrinter(),
    session: { currentUser: () => Promise.resolve(user(["frontline"])) },
    clock: { now: () => current },
    ids: {
      newId: () => {
        id += 1;
        return `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`;
      },
    },
    config: PORTSMOUTH_POLICY,
    setNow(at) {
      current = at;
    },
  };
}

export function user(roles: readonly Role[], name = "Frankie Cole"): SignedInUser {
  const email =
    `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@portsmouthcc.gov.uk` as EmailAddress;
  return { name, email, roles };
}

export const FRONTLINE_USER = user(["frontline"]);
export const MANAGER_USER = user(["serviceManager"], "Sam Patel");
export const HELPDESK_USER = user(["cityHelpdeskManager"], "Helen Dunn");

let messageNumber = 0;

/** A message from the customer, to the SPOC unless `to` is given. */
export function message(at: Date, overrides: Partial<MailItem> = {}): MailItem {
  messageNumber += 1;
  return {
    mode: "read",
    itemId: `item-${messageNumber}`,
    internetMessageId: `<msg-${messageNumber}@example.org>`,
    subject: "About my repair",
    from: CUSTOMER,
    fromName: "Jo Bloggs",
    to: [SPOC.email],
    cc: [],
    receivedAt: at,
    ...overrides,
  };
}

export { CUSTOMER, REF, SPOC };
