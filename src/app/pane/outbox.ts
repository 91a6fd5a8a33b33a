/**
 * The contact outbox: logging never loses a contact. Every contact is written to local storage
 * before it is sent, sent again after transient failures (with back-off, honouring Retry-After),
 * and kept after a refusal until the user retries or discards it.
 */
import type { AppDeps } from "../deps";
import type { SignedInUser } from "../ports";
import type { CaseRef } from "../../domain/types";
import type { LogMessageInput, LogOtherInput, LogStatus, OutboxEntryView } from "./types";

/** Where the outbox keeps what it has not stored yet: localStorage in the pane, a Map in tests. */
export interface OutboxStorage {
  get(): string | null;
  set(value: string): void;
}

export interface ContactOutbox {
  /** Logs the message in view; a second call for the same message adds nothing. */
  logMessage(input: LogMessageInput, user: SignedInUser): Promise<LogStatus>;
  /** Logs a telephone call, letter or visit. */
  logOther(input: LogOtherInput, user: SignedInUser): Promise<LogStatus>;
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
  /** Timer functions (tests use fake timers through vitest). */
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
};

export function createContactOutbox(
  deps: AppDeps,
  storage: OutboxStorage,
  options: OutboxOptions = {},
): ContactOutbox {
  void deps;
  void storage;
  void options;
  throw new Error("createContactOutbox: not implemented yet");
}
