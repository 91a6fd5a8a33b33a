/**
 * The contact outbox: logging never loses a contact. Every contact is written to local storage
 * before it is sent; transient failures (offline, throttled, unavailable, sign-in expired) keep
 * it waiting and it is sent again with back-off, honouring Retry-After; refusals (forbidden,
 * invalid data, not found) are kept, in words, until the user retries or discards them. The
 * store is idempotent on the contact's key, so a retry after a lost answer stores nothing twice.
 */
import { normaliseMessageId } from "../../domain/messageId";
import type { CaseRef, Verdict } from "../../domain/types";
import { OUTBOX_TRY_MS, withDeadline } from "../deadline";
import type { AppDeps } from "../deps";
import { describeFailure, describeFailureCode, type FailureWording } from "../errorWording";
import { isAuthError, isStoreError, type NewContact, type SignedInUser } from "../ports";
import { otherContactErrors, SUMMARY_LIMIT } from "./otherContactInput";
import { parseStored, serialiseStored, type StoredEntry } from "./outboxStore";
import type {
  LogMessageInput,
  LogOtherInput,
  LogOtherOutcome,
  LogStatus,
  OutboxEntryView,
} from "./types";

/** Where the outbox keeps what it has not stored yet: localStorage in the pane, a Map in tests. */
export interface OutboxStorage {
  get(): string | null;
  set(value: string): void;
}

export interface ContactOutbox {
  /** Logs the message in view; a second call for the same message adds nothing. */
  logMessage(input: LogMessageInput, user: SignedInUser): Promise<LogStatus>;
  /**
   * Logs a telephone call, letter or visit; bad input is refused with errors by field. The
   * verdict, when the contact was judged (logOtherContact), is stored with it.
   */
  logOther(input: LogOtherInput, user: SignedInUser, verdict?: Verdict): Promise<LogOtherOutcome>;
  /** The status of the message's contact for this case, if this session or the outbox knows it. */
  statusOfMessage(ref: CaseRef, messageId: string): LogStatus | undefined;
  /** Everything waiting or refused, and what was sent in this session. */
  entries(): readonly OutboxEntryView[];
  /** Sends everything waiting now (on start, and when the user asks). */
  flush(): Promise<void>;
  retry(id: string): Promise<LogStatus | undefined>;
  /** Drops a refused or waiting contact: the user chose not to log it. */
  discard(id: string): void;
  /** Called after every change of status. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Stops the retry timer (pane unload, tests). */
  stop(): void;
}

export type OutboxOptions = {
  /** Called after a contact is stored, so cached checks of its case are read again. */
  readonly onLogged?: (ref: CaseRef) => void;
  /** Send what a previous session left waiting as soon as the outbox is created (default). */
  readonly flushOnStart?: boolean;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
};

const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 5 * 60_000;

/** Transient: trying again later may work without anyone doing anything. */
function isTransient(error: unknown): boolean {
  if (isStoreError(error)) {
    return ["offline", "throttled", "unavailable", "timeout", "unauthorised"].includes(error.code);
  }
  if (isAuthError(error)) return error.code === "unavailable";
  return true;
}

function backoff(attempts: number, retryAfterSeconds: number | undefined): number {
  const exponential = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
  return Math.max(exponential, (retryAfterSeconds ?? 0) * 1000);
}

function pendingStatus(failure: FailureWording, nextAttemptAt: Date): LogStatus {
  return {
    kind: "pending",
    message: `Not saved yet: ${failure.title.charAt(0).toLowerCase()}${failure.title.slice(1)}. This contact is kept on this computer and will be sent again automatically.`,
    nextAttemptAt,
  };
}

function failedStatus(failure: FailureWording): LogStatus {
  return {
    kind: "failed",
    message: `Not saved: ${failure.title.charAt(0).toLowerCase()}${failure.title.slice(1)}. ${failure.detail} You can try again or discard it.`,
    failure,
  };
}

/** The status of an entry read back from storage, before it is tried again. */
function storedStatus(entry: StoredEntry): LogStatus {
  const wording = describeFailureCode(
    entry.lastError?.code ?? "unknown",
    entry.lastError?.retryAfterSeconds,
    { ref: entry.contact.ref },
  );
  return entry.state === "failed"
    ? failedStatus(wording)
    : pendingStatus(wording, new Date(entry.nextAttemptAt));
}

function messageKey(ref: CaseRef, messageId: string): string {
  return `msg:${ref}:${normaliseMessageId(messageId) ?? messageId}`;
}

export function createContactOutbox(
  deps: AppDeps,
  storage: OutboxStorage,
  options: OutboxOptions = {},
): ContactOutbox {
  const setTimer = options.setTimer ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
  const initial = parseStored(storage.get());
  /** What this outbox holds: waiting and refused contacts (persisted) and this session's sent. */
  const held = new Map<string, { contact: NewContact; entry?: StoredEntry; status: LogStatus }>();
  for (const entry of initial.entries) {
    held.set(entry.id, { contact: entry.contact, entry, status: storedStatus(entry) });
  }
  const removed = new Set<string>();
  const sending = new Map<string, Promise<LogStatus>>();
  const listeners = new Set<() => void>();
  let timer: unknown;
  let stopped = false;

  function persist(): void {
    // Another pane may share the storage: keep what it holds that this one does not know.
    const current = parseStored(storage.get());
    const mine = [...held.values()].flatMap((h) => (h.entry ? [h.entry] : []));
    const others = current.entries.filter((e) => !held.has(e.id) && !removed.has(e.id));
    storage.set(serialiseStored({ entries: [...mine, ...others], unreadable: current.unreadable }));
  }

  function changed(): void {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // A listener's failure must not stop the outbox.
      }
    }
  }

  function schedule(): void {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (stopped) return;
    const due = [...held.values()]
      .flatMap((h) => (h.entry?.state === "pending" ? [h.entry.nextAttemptAt] : []))
      .sort((a, b) => a - b)[0];
    if (due === undefined) return;
    const wait = Math.max(0, due - deps.clock.now().getTime());
    timer = setTimer(() => {
      timer = undefined;
      void sendDue();
    }, wait);
  }

  async function sendDue(): Promise<void> {
    const now = deps.clock.now().getTime();
    const due = [...held.entries()].filter(
      ([, h]) => h.entry?.state === "pending" && h.entry.nextAttemptAt <= now,
    );
    await Promise.all(due.map(([id]) => send(id)));
    schedule();
  }

  function send(id: string): Promise<LogStatus> {
    const running = sending.get(id);
    if (running) return running;
    const promise = attempt(id).finally(() => sending.delete(id));
    sending.set(id, promise);
    return promise;
  }

  async function attempt(id: string): Promise<LogStatus> {
    const holding = held.get(id);
    if (!holding) return { kind: "saved" };
    const { contact } = holding;
    holding.status = { kind: "saving" };
    changed();
    try {
      // Bounded: a try that SharePoint holds up ends, and the contact waits for the next.
      const result = await withDeadline(deps.store, OUTBOX_TRY_MS, (store) =>
        store.logContact(contact),
      );
      // Found already stored after an earlier try of ours failed: that try stored it.
      const ours = (holding.entry?.attempts ?? 0) > 0 && result.contact.staff === contact.staff;
      const status: LogStatus =
        result.alreadyLogged && !ours ? { kind: "alreadyLogged" } : { kind: "saved" };
      if (holding.entry) removed.add(id);
      held.set(id, { contact, status });
      persist();
      options.onLogged?.(contact.ref);
      changed();
      return status;
    } catch (e) {
      const failure = describeFailure(e, { ref: contact.ref });
      const attempts = (holding.entry?.attempts ?? 0) + 1;
      const transient = isTransient(e);
      const nextAttemptAt =
        deps.clock.now().getTime() + backoff(attempts, failure.retryAfterSeconds);
      const entry: StoredEntry = {
        id,
        contact,
        attempts,
        nextAttemptAt,
        state: transient ? "pending" : "failed",
        lastError: {
          code: failure.code,
          ...(failure.retryAfterSeconds !== undefined
            ? { retryAfterSeconds: failure.retryAfterSeconds }
            : {}),
        },
      };
      const status = transient
        ? pendingStatus(failure, new Date(nextAttemptAt))
        : failedStatus(failure);
      held.set(id, { contact, entry, status });
      persist();
      schedule();
      changed();
      return status;
    }
  }

  /** Keeps the contact (storage first), then sends it. A contact already held is not added. */
  function enqueue(contact: NewContact): Promise<LogStatus> {
    const id = contact.clientId;
    const running = sending.get(id);
    if (running) return running;
    const holding = held.get(id);
    if (holding && holding.status.kind !== "failed") {
      // A double click, or a contact already waiting: one item, sent by the outbox.
      return Promise.resolve(holding.status);
    }
    const entry: StoredEntry = {
      id,
      contact: holding?.contact ?? contact,
      attempts: holding?.entry?.attempts ?? 0,
      nextAttemptAt: deps.clock.now().getTime(),
      state: "pending",
    };
    removed.delete(id);
    held.set(id, { contact: entry.contact, entry, status: { kind: "saving" } });
    persist();
    return send(id);
  }

  const outbox: ContactOutbox = {
    logMessage(input, user) {
      const { item, ref, verdict } = input;
      const messageId = normaliseMessageId(item.internetMessageId);
      // The Graph store keys email by case and message; the same key here makes a double
      // click, a reload or a second pane one contact.
      const clientId = messageId
        ? messageKey(ref, messageId)
        : `item:${ref}:${item.itemId ?? deps.ids.newId()}`;
      const summary = (input.summary.trim() || item.subject.trim()).slice(0, SUMMARY_LIMIT);
      return enqueue({
        clientId,
        ref,
        at: item.receivedAt,
        channel: "email",
        direction: "inbound",
        ...(item.from ? { from: item.from } : {}),
        to: [...item.to, ...item.cc],
        staff: user.email,
        ...(item.mailbox ? { mailbox: item.mailbox } : {}),
        subject: summary,
        ...(messageId ? { messageId } : {}),
        verdict: verdict.kind,
        reasons: verdict.reasons.map((r) => r.code),
      });
    },

    async logOther(input, user, verdict) {
      const invalid = otherContactErrors(input, deps.clock.now());
      if (invalid) return invalid;
      const summary = input.summary.trim();
      const at = input.at.getTime();
      // The same form sent twice (a double click) is one contact: reuse its key while held.
      const same = [...held.entries()].find(
        ([, h]) =>
          h.contact.messageId === undefined &&
          h.contact.ref === input.ref &&
          h.contact.channel === input.channel &&
          h.contact.direction === input.direction &&
          h.contact.at.getTime() === at &&
          h.contact.subject === summary,
      );
      return enqueue({
        clientId: same?.[0] ?? deps.ids.newId(),
        ref: input.ref,
        at: input.at,
        channel: input.channel,
        direction: input.direction,
        to: [],
        staff: user.email,
        subject: summary,
        // Unjudged (made by the council, or the case could not be read): recorded as such, so the
        // log never claims a check that did not happen.
        verdict: verdict?.kind ?? "notChecked",
        reasons: verdict?.reasons.map((r) => r.code) ?? [],
      });
    },

    statusOfMessage(ref, messageId) {
      return held.get(messageKey(ref, messageId))?.status;
    },

    entries() {
      return [...held.entries()].map(([id, h]) => ({
        id,
        ref: h.contact.ref,
        channel: h.contact.channel,
        summary: h.contact.subject,
        at: h.contact.at,
        ...(h.contact.messageId ? { messageId: h.contact.messageId } : {}),
        status: h.status,
      }));
    },

    async flush() {
      const waiting = [...held.entries()].filter(([, h]) => h.entry?.state === "pending");
      await Promise.all(waiting.map(([id]) => send(id)));
      schedule();
    },

    async retry(id) {
      const holding = held.get(id);
      if (!holding?.entry) return holding?.status;
      return send(id);
    },

    discard(id) {
      const holding = held.get(id);
      if (!holding?.entry || sending.has(id)) return;
      held.delete(id);
      removed.add(id);
      persist();
      schedule();
      changed();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };

  if (options.flushOnStart !== false && initial.entries.some((e) => e.state === "pending")) {
    void outbox.flush();
  }
  return outbox;
}

/** A contact not yet in the contact log: still being sent, or refused and waiting for a person. */
export function isWaiting(entry: OutboxEntryView): boolean {
  return entry.status.kind === "pending" || entry.status.kind === "failed";
}
