/**
 * An in-memory CaseStore with the behaviour the use cases rely on: eTags that go stale,
 * idempotent contact logging, createCase writing its own "caseOpened" event, and failures that
 * can be switched on per method. For app-layer and pane tests; the real store is tested
 * against the emulator.
 */
import { noticeStatusOf } from "../../src/domain/noticePending";
import { periodOrigin } from "../../src/domain/termsInForce";
import type {
  AddressEntry,
  CaseSearchResult,
  CaseStore,
  DeletedItems,
  ItemChange,
  LogContactResult,
  NewCase,
  NewContact,
  RegisterQuery,
  StoreErrorCode,
  Versioned,
} from "../../src/app/ports";
import { SEARCH_LIMIT, StoreError } from "../../src/app/ports";
import { bySurname, nameMatches, nameWords } from "../../src/domain/nameSearch";
import type {
  Actor,
  CaseEvent,
  CaseFile,
  CaseRecord,
  CaseRef,
  EmailAddress,
  LocalDate,
  LoggedContact,
  RegisterEntry,
} from "../../src/domain/types";
import { isAfter, isBefore } from "../../src/domain/localDate";

type Stored<T> = { value: T; version: number };
type Method = keyof CaseStore;

export class MemoryCaseStore implements CaseStore {
  readonly register = new Map<CaseRef, Stored<RegisterEntry>>();
  readonly files = new Map<CaseRef, Stored<CaseFile>>();
  readonly addresses: AddressEntry[] = [];
  readonly contacts: LoggedContact[] = [];
  readonly events: CaseEvent[] = [];
  /** Register, case file and address changes as SharePoint would date them (listItemChanges). */
  readonly itemChanges: ItemChange[] = [];
  /** The names replaceNameIndex was given, by case. */
  readonly indexedNames = new Map<CaseRef, string>();
  /** Every call, by method name, so tests can count round trips. */
  readonly calls: Method[] = [];
  private readonly failures = new Map<Method, { code: StoreErrorCode; times: number }>();
  private nextId = 1;

  /** The next `times` calls of `method` throw StoreError(code). */
  fail(method: Method, code: StoreErrorCode, times = 1): void {
    this.failures.set(method, { code, times });
  }

  /** Someone else saves the case: held eTags go stale. */
  touch(ref: CaseRef): void {
    const entry = this.register.get(ref);
    if (entry) entry.version += 1;
    const file = this.files.get(ref);
    if (file) file.version += 1;
  }

  seed(entry: RegisterEntry, file: CaseFile, addresses: readonly AddressEntry[] = []): void {
    this.register.set(entry.ref, { value: entry, version: 1 });
    this.files.set(file.ref, { value: file, version: 1 });
    this.addresses.push(...addresses);
  }

  private enter(method: Method): void {
    this.calls.push(method);
    const failure = this.failures.get(method);
    if (!failure) return;
    failure.times -= 1;
    if (failure.times <= 0) this.failures.delete(method);
    throw new StoreError(failure.code, `Injected ${failure.code} in ${method}`);
  }

  lookupAddresses(addresses: readonly EmailAddress[]): Promise<readonly AddressEntry[]> {
    this.enter("lookupAddresses");
    return Promise.resolve(this.addresses.filter((a) => addresses.includes(a.address)));
  }

  getRegisterEntry(ref: CaseRef): Promise<Versioned<RegisterEntry> | null> {
    this.enter("getRegisterEntry");
    return Promise.resolve(versioned(this.register.get(ref)));
  }

  listContacts(ref: CaseRef, since: Date, until?: Date): Promise<readonly LoggedContact[]> {
    this.enter("listContacts");
    return Promise.resolve(this.contactsOf(ref, since, until));
  }

  getCaseForEvaluation(ref: CaseRef, since: Date) {
    this.enter("getCaseForEvaluation");
    const entry = versioned(this.register.get(ref));
    return Promise.resolve(entry ? { entry, contacts: this.contactsOf(ref, since) } : null);
  }

  findContactByMessageId(ref: CaseRef, messageId: string): Promise<LoggedContact | null> {
    this.enter("findContactByMessageId");
    const found = this.contacts.find((c) => c.ref === ref && c.messageId === messageId);
    return Promise.resolve(found ?? null);
  }

  logContact(contact: NewContact): Promise<LogContactResult> {
    this.enter("logContact");
    const existing = this.contacts.find(
      (c) =>
        c.ref === contact.ref &&
        (c.clientId === contact.clientId ||
          (contact.messageId !== undefined && c.messageId === contact.messageId)),
    );
    if (existing) return Promise.resolve({ contact: existing, alreadyLogged: true });
    const stored: LoggedContact = { ...contact, id: String(this.nextId++) };
    this.contacts.push(stored);
    return Promise.resolve({ contact: stored, alreadyLogged: false });
  }

  createCase(newCase: NewCase, actor: Actor): Promise<Versioned<RegisterEntry>> {
    this.enter("createCase");
    const ref = newCase.entry.ref;
    if (!this.register.has(ref)) {
      this.seed(
        newCase.entry,
        newCase.file,
        newCase.addresses.map((a) => ({ ...a, ref })),
      );
      this.events.push({
        ref,
        at: new Date(),
        actor,
        action: "caseOpened",
        summary: "Case opened.",
        detail: { stage: newCase.entry.stage },
      });
    }
    return Promise.resolve(versioned(this.register.get(ref)) as Versioned<RegisterEntry>);
  }

  updateRegisterEntry(entry: RegisterEntry, etag: string): Promise<Versioned<RegisterEntry>> {
    this.enter("updateRegisterEntry");
    return Promise.resolve(update(this.register, entry.ref, entry, etag));
  }

  getCaseFile(ref: CaseRef): Promise<Versioned<CaseFile> | null> {
    this.enter("getCaseFile");
    return Promise.resolve(versioned(this.files.get(ref)));
  }

  updateCaseFile(file: CaseFile, etag: string): Promise<Versioned<CaseFile>> {
    this.enter("updateCaseFile");
    return Promise.resolve(update(this.files, file.ref, file, etag));
  }

  addAddress(entry: AddressEntry): Promise<void> {
    this.enter("addAddress");
    const known = this.addresses.some((a) => a.ref === entry.ref && a.address === entry.address);
    if (!known) this.addresses.push(entry);
    return Promise.resolve();
  }

  appendEvent(event: CaseEvent): Promise<void> {
    this.enter("appendEvent");
    this.events.push(event);
    return Promise.resolve();
  }

  listEvents(ref: CaseRef): Promise<readonly CaseEvent[]> {
    this.enter("listEvents");
    return Promise.resolve(this.events.filter((e) => e.ref === ref));
  }

  searchCases(query: string): Promise<readonly CaseSearchResult[]> {
    this.enter("searchCases");
    const text = query.trim().toLowerCase();
    if (text === "") return Promise.resolve([]);
    const refs = new Set(this.addresses.filter((a) => a.address === text).map((a) => a.ref));
    const hits = [...this.register.values()]
      .map((s) => s.value)
      .filter(
        (e) =>
          refs.has(e.ref) ||
          e.ref.toLowerCase() === text ||
          (!text.includes("@") && nameMatches(e.customerName, text)),
      )
      .sort((a, b) => bySurname(a.customerName, b.customerName))
      .slice(0, SEARCH_LIMIT);
    return Promise.resolve(
      hits.map(({ ref, customerName, stage, serviceArea }) => ({
        ref,
        customerName,
        stage,
        serviceArea,
      })),
    );
  }

  listRegister(query: RegisterQuery): Promise<readonly RegisterEntry[]> {
    this.enter("listRegister");
    const matches = (e: RegisterEntry): boolean => {
      switch (query.by) {
        case "stage":
          return e.stage === query.stage;
        case "notice":
          return e.period !== undefined && noticeStatusOf(e.period.notice) === query.notice;
        case "review":
          return e.review.status === query.status;
        case "appeal":
          return e.appeal.status === query.status;
        case "origin":
          return e.period !== undefined && periodOrigin(e.period) === query.origin;
      }
    };
    return Promise.resolve(this.entries().filter(matches));
  }

  /** Nothing is indexed apart from the case here: it only says whether the case exists. */
  indexCase(ref: CaseRef): Promise<"indexed" | "notFound"> {
    this.enter("indexCase");
    return Promise.resolve(this.register.has(ref) ? "indexed" : "notFound");
  }

  getCaseFiles(refs: readonly CaseRef[]): Promise<readonly CaseFile[]> {
    this.enter("getCaseFiles");
    return Promise.resolve(
      refs.flatMap((ref) => {
        const file = this.files.get(ref);
        return file ? [file.value] : [];
      }),
    );
  }

  listStepOneCases(manager: EmailAddress): Promise<readonly CaseRecord[]> {
    this.enter("listStepOneCases");
    return Promise.resolve(
      [...this.files.values()].flatMap(({ value: file }) => {
        const entry = this.register.get(file.ref)?.value;
        const atStepOne = entry?.stage === "stepOne" || entry?.stage === "monitoring";
        return entry && atStepOne && file.stepOne?.raisedBy.email === manager
          ? [{ entry, file }]
          : [];
      }),
    );
  }

  listCaseAddresses(ref: CaseRef): Promise<readonly AddressEntry[]> {
    this.enter("listCaseAddresses");
    return Promise.resolve(this.addresses.filter((a) => a.ref === ref));
  }

  listRetentionExpired(asOf: LocalDate): Promise<readonly RegisterEntry[]> {
    this.enter("listRetentionExpired");
    return Promise.resolve(
      this.entries().filter((e) => e.retainUntil !== undefined && isBefore(e.retainUntil, asOf)),
    );
  }

  listReviewsDue(onOrBefore: LocalDate): Promise<readonly RegisterEntry[]> {
    this.enter("listReviewsDue");
    return Promise.resolve(
      this.entries().filter(
        (e) =>
          e.stage === "restricted" &&
          e.reviewDue !== undefined &&
          !isAfter(e.reviewDue, onOrBefore),
      ),
    );
  }

  deleteCase(ref: CaseRef): Promise<DeletedItems> {
    this.enter("deleteCase");
    const deleted: DeletedItems = {
      contacts: removeWhere(this.contacts, (c) => c.ref === ref),
      caseEvents: removeWhere(this.events, (e) => e.ref === ref),
      addresses: removeWhere(this.addresses, (a) => a.ref === ref),
      // The memory store finds names from the register itself; the real one keeps a word each.
      nameIndex: nameWords(this.register.get(ref)?.value.customerName ?? "").length,
      caseFiles: this.files.delete(ref) ? 1 : 0,
      register: this.register.delete(ref) ? 1 : 0,
    };
    return Promise.resolve(deleted);
  }

  removeAddress(entry: Pick<AddressEntry, "ref" | "address">): Promise<boolean> {
    this.enter("removeAddress");
    const gone = removeWhere(
      this.addresses,
      (a) => a.ref === entry.ref && a.address === entry.address,
    );
    return Promise.resolve(gone > 0);
  }

  replaceNameIndex(ref: CaseRef, name: string): Promise<void> {
    this.enter("replaceNameIndex");
    // The memory store searches the register's names themselves: it records what was asked.
    this.indexedNames.set(ref, name);
    return Promise.resolve();
  }

  /** Changes tests say SharePoint made (a direct edit, say); events count by their time. */
  listItemChanges(since: Date): Promise<readonly ItemChange[]> {
    this.enter("listItemChanges");
    const events = this.events.flatMap((e): ItemChange[] =>
      e.ref ? [{ ref: e.ref, list: "caseEvents", at: e.at }] : [],
    );
    return Promise.resolve([...this.itemChanges, ...events].filter((c) => c.at >= since));
  }

  private entries(): RegisterEntry[] {
    return [...this.register.values()].map((s) => s.value);
  }

  private contactsOf(ref: CaseRef, since: Date, until?: Date): LoggedContact[] {
    return this.contacts
      .filter((c) => c.ref === ref && c.at >= since && (until === undefined || c.at < until))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}

/** Removes matching items in place (tests hold the arrays); returns how many. */
function removeWhere<T>(items: T[], matches: (item: T) => boolean): number {
  let removed = 0;
  for (let i = items.length - 1; i >= 0; i -= 1) {
    if (matches(items[i] as T)) {
      items.splice(i, 1);
      removed += 1;
    }
  }
  return removed;
}

function etagOf(ref: CaseRef, version: number): string {
  return `"${ref},${version}"`;
}

function versioned<T>(stored: Stored<T> | undefined): Versioned<T> | null {
  if (!stored) return null;
  const ref = (stored.value as { ref: CaseRef }).ref;
  return { value: stored.value, etag: etagOf(ref, stored.version) };
}

function update<T>(map: Map<CaseRef, Stored<T>>, ref: CaseRef, value: T, etag: string) {
  const stored = map.get(ref);
  if (!stored) throw new StoreError("notFound", `No item for ${ref}`);
  if (etagOf(ref, stored.version) !== etag) {
    throw new StoreError("conflict", `${ref} was changed by someone else`);
  }
  stored.value = value;
  stored.version += 1;
  return { value, etag: etagOf(ref, stored.version) };
}
