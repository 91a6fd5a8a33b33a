/**
 * The ports the use cases need. `src/graph` implements CaseStore over Microsoft Graph,
 * `src/office` implements Mailbox over Office.js, `src/auth` implements Session; tests use fakes.
 */
import type {
  Actor,
  AppealState,
  CaseEvent,
  CaseFile,
  CaseRecord,
  CaseRef,
  EmailAddress,
  LocalDate,
  LoggedContact,
  Notice,
  Person,
  RegisterEntry,
  ReviewState,
  Role,
  Stage,
} from "../domain/types";

// ---------------------------------------------------------------------------------------------
// Store errors: every adapter failure reaches the use cases as one of these codes.

export const STORE_ERROR_CODES = [
  "offline", // no network, DNS, TLS or CORS failure: the request never got an answer
  "unauthorised", // 401: not signed in, or the sign-in expired
  "forbidden", // 403: signed in, but SharePoint refuses this list or action
  "notFound", // 404: the site, list or item does not exist (or was deleted)
  "conflict", // 412: someone else changed the item since it was read
  "throttled", // 429/503 after the retries ran out
  "unavailable", // 500/502/504 and other server faults after the retries ran out
  "invalidData", // what SharePoint holds does not pass validation (names the case)
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** The one error type adapters throw. `message` is for logs; the pane words its own text. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** The list concerned, when known, so the pane can say "you don't have access to case files". */
    readonly list?: ListName,
    /** Graph's request-id, for the administrator's support call. */
    readonly requestId?: string,
    /** Seconds the service asked us to wait (429/503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof Error && e.name === "StoreError" && "code" in e;
}

/** The SharePoint lists (DESIGN §3), by their role in the product. */
export type ListName =
  "register" | "addresses" | "contacts" | "caseFiles" | "caseEvents" | "nameIndex";

// ---------------------------------------------------------------------------------------------
// The case store

/** An item read from SharePoint, with the eTag needed to change it safely. */
export type Versioned<T> = { readonly value: T; readonly etag: string };

export type AddressKind = "customer" | "representative";

export type AddressEntry = {
  readonly address: EmailAddress;
  readonly ref: CaseRef;
  readonly kind: AddressKind;
};

/**
 * A contact to log: what the log will hold, less the id the store gives it. `clientId` is the
 * idempotency key: one per message or per logged call.
 */
export type NewContact = Omit<LoggedContact, "id">;

export type LogContactResult = {
  readonly contact: LoggedContact;
  /** True when the message (or clientId) was already in the log: nothing new was stored. */
  readonly alreadyLogged: boolean;
};

/** A new case: the register entry, its addresses and its case file, created together. */
export type NewCase = {
  readonly entry: RegisterEntry;
  readonly addresses: readonly { readonly address: EmailAddress; readonly kind: AddressKind }[];
  readonly file: CaseFile;
};

export type CaseSearchResult = Pick<
  RegisterEntry,
  "ref" | "customerName" | "stage" | "serviceArea"
>;

/** At most this many cases come back from one search: more means "type more of the name". */
export const SEARCH_LIMIT = 50;

/**
 * A question the work queues ask of the register: one indexed column each, so the answer costs
 * the same however many cases the register holds (DESIGN §3).
 */
export type RegisterQuery =
  | { readonly by: "stage"; readonly stage: Stage }
  | { readonly by: "notice"; readonly notice: Notice["kind"] }
  | { readonly by: "review"; readonly status: ReviewState["status"] }
  | { readonly by: "appeal"; readonly status: AppealState["status"] };

export interface CaseStore {
  /**
   * The cases these addresses belong to: one indexed request on UCB Addresses, whatever the
   * register's size. Unknown addresses are simply absent from the result.
   */
  lookupAddresses(addresses: readonly EmailAddress[]): Promise<readonly AddressEntry[]>;

  getRegisterEntry(ref: CaseRef): Promise<Versioned<RegisterEntry> | null>;

  /** Contacts of a case at or after `since` (and before `until` when given), oldest first. */
  listContacts(ref: CaseRef, since: Date, until?: Date): Promise<readonly LoggedContact[]>;

  /** The register entry and the contacts since `since`, in one round trip where possible. */
  getCaseForEvaluation(
    ref: CaseRef,
    since: Date,
  ): Promise<{
    readonly entry: Versioned<RegisterEntry>;
    readonly contacts: readonly LoggedContact[];
  } | null>;

  /** The log entry of a message, if it was logged. */
  findContactByMessageId(ref: CaseRef, messageId: string): Promise<LoggedContact | null>;

  /** Idempotent: a retried or repeated call with the same clientId or messageId stores nothing new. */
  logContact(contact: NewContact): Promise<LogContactResult>;

  /** Idempotent on the case reference. */
  createCase(newCase: NewCase, actor: Actor): Promise<Versioned<RegisterEntry>>;

  /** Throws StoreError("conflict") when `etag` is stale. */
  updateRegisterEntry(entry: RegisterEntry, etag: string): Promise<Versioned<RegisterEntry>>;

  getCaseFile(ref: CaseRef): Promise<Versioned<CaseFile> | null>;

  /** Throws StoreError("conflict") when `etag` is stale. */
  updateCaseFile(file: CaseFile, etag: string): Promise<Versioned<CaseFile>>;

  addAddress(entry: AddressEntry): Promise<void>;

  appendEvent(event: CaseEvent): Promise<void>;

  listEvents(ref: CaseRef): Promise<readonly CaseEvent[]>;

  /**
   * By reference, any word of the customer's name (domain/nameSearch: accents and apostrophes
   * folded, words in any order) or email address; at most SEARCH_LIMIT, surname first.
   */
  searchCases(query: string): Promise<readonly CaseSearchResult[]>;

  /** Register entries in one state (RegisterQuery): one indexed query. */
  listRegister(query: RegisterQuery): Promise<readonly RegisterEntry[]>;

  /** Case files of these cases (read in groups, by their indexed reference). */
  getCaseFiles(refs: readonly CaseRef[]): Promise<readonly CaseFile[]>;

  /**
   * Cases at step one or monitoring whose concern this manager raised (5.1): an indexed query
   * of UCB Case Files, then their register entries.
   */
  listStepOneCases(manager: EmailAddress): Promise<readonly CaseRecord[]>;

  /** The customer's and representative's addresses held for a case (letters, subject access). */
  listCaseAddresses(ref: CaseRef): Promise<readonly AddressEntry[]>;

  /** Register entries whose RetainUntil is before `asOf` (section 6): one indexed query. */
  listRetentionExpired(asOf: LocalDate): Promise<readonly RegisterEntry[]>;

  /** Restricted cases whose ReviewDue is on or before `onOrBefore` (5.2.6): one indexed query. */
  listReviewsDue(onOrBefore: LocalDate): Promise<readonly RegisterEntry[]>;

  /**
   * Deletes every item of the case from the five lists (section 6), the register entry last so
   * an interrupted run is found and finished by the next. Idempotent: counts what it deleted.
   */
  deleteCase(ref: CaseRef): Promise<DeletedItems>;
}

/** Items deleted from each list by deleteCase. */
export type DeletedItems = Readonly<Record<ListName, number>>;

// ---------------------------------------------------------------------------------------------
// The signed-in user

export type SignedInUser = Person & { readonly roles: readonly Role[] };

export interface Session {
  /** The signed-in user, signing in silently (or by popup when needed). */
  currentUser(): Promise<SignedInUser>;
}

/** Delegated access tokens for Microsoft Graph. src/graph wraps this as the SDK's auth provider. */
export interface TokenProvider {
  /**
   * A valid token for the configured Graph scopes; signs in silently, by popup if it must.
   * `forceRefresh`: Graph refused the last token (401), so skip the token cache this once.
   */
  getAccessToken(options?: { readonly forceRefresh?: boolean }): Promise<string>;
}

export const AUTH_ERROR_CODES = [
  "interactionRequired", // the user must sign in or consent, and we could not open a window
  "popupBlocked", // the browser or Outlook blocked the sign-in window
  "consentRequired", // an administrator has not granted the permissions
  "cancelled", // the user closed the sign-in window
  "unavailable", // the identity service could not be reached
  "misconfigured", // client id, authority or redirect URI is wrong
] as const;
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

/** The one error type src/auth throws; the pane words each code for people. */
export class AuthError extends Error {
  override readonly name = "AuthError";
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    /** MSAL's correlation id, for the administrator's support call. */
    readonly correlationId?: string,
  ) {
    super(message);
  }
}

export function isAuthError(e: unknown): e is AuthError {
  return e instanceof Error && e.name === "AuthError" && "code" in e;
}

// ---------------------------------------------------------------------------------------------
// The mailbox (Outlook)

/** The message the pane is looking at, read from Office.js and normalised. */
export type MailItem = {
  readonly mode: "read" | "compose";
  readonly itemId?: string;
  readonly internetMessageId?: string;
  readonly subject: string;
  readonly from?: EmailAddress;
  readonly sender?: EmailAddress;
  readonly fromName?: string;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  /** Received (read) or now (compose). */
  readonly receivedAt: Date;
};

export type NotificationKind = "informational" | "error";

export type DraftMessage = {
  readonly to: readonly EmailAddress[];
  readonly cc?: readonly EmailAddress[];
  readonly subject: string;
  /** Plain text; the adapter converts to the form Outlook needs. */
  readonly body: string;
};

export interface Mailbox {
  /** The current item, or null when nothing is selected. */
  currentItem(): Promise<MailItem | null>;
  /** Called on every item change (pinned pane). Returns an unsubscribe function. */
  onItemChanged(handler: () => void): Promise<() => void>;
  /** A persistent notification on the current item; `message` at most 150 characters. */
  showNotification(kind: NotificationKind, message: string): Promise<void>;
  clearNotification(): Promise<void>;
  /** Opens a reply to the current message with this body above the quoted text. */
  openReply(body: string): Promise<void>;
  /** Opens a new message form. */
  openNewMessage(draft: DraftMessage): Promise<void>;
  /** Opens a forward of the current message to these recipients, with a covering note. */
  openForward(to: readonly EmailAddress[], note: string): Promise<void>;
  /** The Office theme, when the host tells us. */
  theme(): "light" | "dark";
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A fresh unique id (UUID) for idempotency keys. */
  newId(): string;
}
