/**
 * One true state per case in the pane (DESIGN §5). Every write the pane makes goes through the
 * CaseStore this file wraps, whichever use case makes it (step one, an answer, a referral, a
 * decision, a logged contact…), so nothing has to remember to announce what it changed: the
 * wrapper tells everyone showing the case, once the writes of one action have all finished,
 * and each re-reads the case (the message check drops its cached reads of it first).
 */
import type { CaseRef, EmailAddress, RegisterEntry } from "../domain/types";
import type { CaseStore, Deadline, Versioned } from "./ports";

/** What changed in one case, gathered over the writes of one action. */
export type CaseChange = {
  readonly ref: CaseRef;
  /** The register entry as last written, when the action wrote it. */
  readonly entry?: Versioned<RegisterEntry>;
  /** Addresses the case gained (a new case, an address added): checks of them are stale. */
  readonly addresses: readonly EmailAddress[];
  /** The case was deleted (section 6). */
  readonly deleted: boolean;
};

export interface CaseChanges {
  /** Called once per case after the writes of an action have all settled: views re-read. */
  subscribe(listener: (change: CaseChange) => void): () => void;
  /**
   * Called as soon as each write settles, before its action goes on: caches drop what it made
   * stale, so a read straight after the action never sees the case as it was.
   */
  onWrite(listener: (change: CaseChange) => void): () => void;
  /** The register entry written last in this session, if any: newer than any earlier read. */
  writtenEntry(ref: CaseRef): Versioned<RegisterEntry> | undefined;
  /** Changes announced for the case this session: a view compares it to know it is stale. */
  version(ref: CaseRef): number;
}

type Pending = {
  entry?: Versioned<RegisterEntry>;
  readonly addresses: Set<EmailAddress>;
  deleted: boolean;
};

/**
 * The store, with every write to a case announced on `changes`. An action writes in series
 * (case file, register entry, events, letter), so announcing each write would let a screen
 * re-read half a decision; a case's change is announced only when none of its writes is in
 * flight and the action has had a turn of the event loop to start its next one. A write that
 * fails is announced too: a failure such as a gateway timeout may hide a committed write.
 */
export function watchCaseWrites(store: CaseStore): {
  readonly store: CaseStore;
  readonly changes: CaseChanges;
} {
  const listeners = new Set<(change: CaseChange) => void>();
  const writeListeners = new Set<(change: CaseChange) => void>();
  const inFlight = new Map<CaseRef, number>();
  const pending = new Map<CaseRef, Pending>();
  const written = new Map<CaseRef, Versioned<RegisterEntry>>();
  const versions = new Map<CaseRef, number>();

  function tell(to: ReadonlySet<(change: CaseChange) => void>, ref: CaseRef, change: Pending) {
    const event: CaseChange = {
      ref,
      ...(change.entry ? { entry: change.entry } : {}),
      addresses: [...change.addresses],
      deleted: change.deleted,
    };
    for (const listener of [...to]) {
      try {
        listener(event);
      } catch (e) {
        console.warn("A view could not take a case change", e);
      }
    }
  }

  function announce(ref: CaseRef) {
    const change = pending.get(ref);
    if (!change || (inFlight.get(ref) ?? 0) > 0) return;
    pending.delete(ref);
    versions.set(ref, (versions.get(ref) ?? 0) + 1);
    tell(listeners, ref, change);
  }

  async function writing<T>(
    ref: CaseRef | undefined,
    write: () => Promise<T>,
    note: (result: T | undefined, change: Pending) => void = () => undefined,
  ): Promise<T> {
    if (ref === undefined) return write();
    inFlight.set(ref, (inFlight.get(ref) ?? 0) + 1);
    const change = pending.get(ref) ?? { addresses: new Set<EmailAddress>(), deleted: false };
    pending.set(ref, change);
    const mine: Pending = { addresses: new Set<EmailAddress>(), deleted: false };
    const noteBoth = (result: T | undefined) => {
      note(result, mine);
      if (mine.entry) change.entry = mine.entry;
      for (const a of mine.addresses) change.addresses.add(a);
      change.deleted ||= mine.deleted;
    };
    try {
      const result = await write();
      noteBoth(result);
      return result;
    } catch (e) {
      noteBoth(undefined);
      throw e;
    } finally {
      inFlight.set(ref, (inFlight.get(ref) ?? 1) - 1);
      tell(writeListeners, ref, mine);
      // A macrotask, not a microtask: the action's next write starts in a microtask.
      setTimeout(() => announce(ref), 0);
    }
  }

  const rememberEntry = (entry: Versioned<RegisterEntry> | undefined, change: Pending) => {
    if (!entry) return;
    change.entry = entry;
    written.set(entry.value.ref, entry);
  };

  /** `store`, watched; a copy bounded by a deadline is watched the same way. */
  const watch = (store: CaseStore): CaseStore => ({
    lookupAddresses: (addresses) => store.lookupAddresses(addresses),
    getRegisterEntry: (ref) => store.getRegisterEntry(ref),
    listContacts: (ref, since, until) => store.listContacts(ref, since, until),
    getCaseForEvaluation: (ref, since) => store.getCaseForEvaluation(ref, since),
    findContactByMessageId: (ref, id) => store.findContactByMessageId(ref, id),
    logContact: (contact) => writing(contact.ref, () => store.logContact(contact)),
    createCase: (newCase, actor) =>
      writing(
        newCase.entry.ref,
        () => store.createCase(newCase, actor),
        (entry, change) => {
          rememberEntry(entry, change);
          for (const a of newCase.addresses) change.addresses.add(a.address);
        },
      ),
    updateRegisterEntry: (entry, etag) =>
      writing(entry.ref, () => store.updateRegisterEntry(entry, etag), rememberEntry),
    getCaseFile: (ref) => store.getCaseFile(ref),
    updateCaseFile: (file, etag) => writing(file.ref, () => store.updateCaseFile(file, etag)),
    addAddress: (entry) =>
      writing(
        entry.ref,
        () => store.addAddress(entry),
        (_r, change) => change.addresses.add(entry.address),
      ),
    appendEvent: (event) => writing(event.ref, () => store.appendEvent(event)),
    listEvents: (ref) => store.listEvents(ref),
    searchCases: (query) => store.searchCases(query),
    listRegister: (query) => store.listRegister(query),
    indexCase: (ref) => writing(ref, () => store.indexCase(ref)),
    getCaseFiles: (refs) => store.getCaseFiles(refs),
    listStepOneCases: (manager) => store.listStepOneCases(manager),
    listCaseAddresses: (ref) => store.listCaseAddresses(ref),
    listRetentionExpired: (asOf) => store.listRetentionExpired(asOf),
    listReviewsDue: (onOrBefore) => store.listReviewsDue(onOrBefore),
    removeAddress: (entry) =>
      writing(
        entry.ref,
        () => store.removeAddress(entry),
        (_r, change) => change.addresses.add(entry.address),
      ),
    replaceNameIndex: (ref, name) => writing(ref, () => store.replaceNameIndex(ref, name)),
    listItemChanges: (since) => store.listItemChanges(since),
    deleteCase: (ref) =>
      writing(
        ref,
        () => store.deleteCase(ref),
        (_r, change) => {
          change.deleted = true;
          written.delete(ref);
        },
      ),
    ...(store.withDeadline
      ? { withDeadline: (deadline: Deadline) => watch(store.withDeadline?.(deadline) ?? store) }
      : {}),
  });
  const watched = watch(store);

  return {
    store: watched,
    changes: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onWrite(listener) {
        writeListeners.add(listener);
        return () => writeListeners.delete(listener);
      },
      writtenEntry: (ref) => written.get(ref),
      version: (ref) => versions.get(ref) ?? 0,
    },
  };
}

/** Changes that never come: for a view tested without a store. */
export const NO_CHANGES: CaseChanges = {
  subscribe: () => () => undefined,
  onWrite: () => () => undefined,
  writtenEntry: () => undefined,
  version: () => 0,
};
