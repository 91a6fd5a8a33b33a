/** AppDeps made of fakes, for pane tests: a memory store, a fake mailbox, a fixed clock. */
import { FakePrinter } from "../../../test/fakes/fakePrinter";
import { MemoryCaseDocuments } from "../../../test/fakes/memoryCaseDocuments";
import { MemoryCaseStore } from "../../../test/fakes/memoryCaseStore";
import { type CaseChanges, watchCaseWrites } from "../../app/caseChanges";
import type { AppDeps } from "../../app/deps";
import { createPaneUseCases, type PaneUseCases } from "../../app/pane";
import type { MailItem, Session, SignedInUser } from "../../app/ports";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import type { EmailAddress, Role } from "../../domain/types";
import { FakeMailbox } from "../../../test/fakes/fakeMailbox";

export function user(roles: readonly Role[], name = "Sam Patel"): SignedInUser {
  return { name, email: "sam.patel@council.example" as EmailAddress, roles };
}

export function session(signedIn: SignedInUser | (() => Promise<SignedInUser>)): Session {
  return {
    currentUser: typeof signedIn === "function" ? signedIn : () => Promise.resolve(signedIn),
  };
}

export function readMessage(overrides: Partial<MailItem> = {}): MailItem {
  return {
    mode: "read",
    itemId: "item-1",
    internetMessageId: "<m1@example.org>",
    subject: "About my bins",
    from: "jo.bloggs@example.org" as EmailAddress,
    fromName: "Jo Bloggs",
    to: ["housing@council.example" as EmailAddress],
    cc: [],
    receivedAt: new Date("2026-11-24T10:30:00Z"),
    ...overrides,
  };
}

export type PaneFakes = {
  /** Its store is `store` with every write announced on `changes`, as in main.tsx. */
  readonly deps: AppDeps;
  readonly changes: CaseChanges;
  readonly store: MemoryCaseStore;
  readonly mailbox: FakeMailbox;
  readonly documents: MemoryCaseDocuments;
  readonly printer: FakePrinter;
};

export function paneDeps(
  options: {
    readonly user?: SignedInUser;
    readonly session?: Session;
    readonly item?: MailItem | null;
    readonly now?: Date;
  } = {},
): PaneFakes {
  const store = new MemoryCaseStore();
  const watched = watchCaseWrites(store);
  const mailbox = new FakeMailbox(options.item === undefined ? readMessage() : options.item);
  let id = 0;
  const now = options.now ?? new Date("2026-11-24T11:00:00Z");
  const documents = new MemoryCaseDocuments();
  const printer = new FakePrinter();
  const deps: AppDeps = {
    store: watched.store,
    mailbox,
    documents,
    printer,
    session: options.session ?? session(options.user ?? user(["frontline"])),
    clock: { now: () => now },
    ids: { newId: () => `id-${++id}` },
    config: PORTSMOUTH_POLICY,
  };
  return { deps, changes: watched.changes, store, mailbox, documents, printer };
}

/** The real pane use cases over the fakes, with the outbox kept in a Map the test can read. */
export function realUseCases(fakes: PaneFakes): {
  readonly useCases: PaneUseCases;
  readonly storage: Map<string, string>;
} {
  const storage = new Map<string, string>();
  const useCases = createPaneUseCases(fakes.deps, {
    outboxStorage: {
      get: () => storage.get("outbox") ?? null,
      set: (value) => storage.set("outbox", value),
    },
    helpdeskMailbox: fakes.deps.config.helpdesk.email,
    changes: fakes.changes,
  });
  return { useCases, storage };
}
