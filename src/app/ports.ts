/**
 * The ports the use cases need. `src/graph` implements CaseStore over Microsoft Graph,
 * `src/office` implements Mailbox over Office.js, `src/auth` implements Session; tests use fakes.
 */
import type { NoticeStatus } from "../domain/noticePending";
import type {
  Actor,
  PeriodOrigin,
  AppealState,
  CaseEvent,
  CaseFile,
  CaseRecord,
  CaseRef,
  EmailAddress,
  LocalDate,
  LoggedContact,
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
  "throttled", // 429/503 after the retries ran out, or asking for a wait past the deadline
  "unavailable", // 500/502/504 and other server faults after the retries ran out
  "timeout", // no answer by the deadline: the request may still have reached SharePoint
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
    readonly list?: StoreArea,
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
  | "register"
  | "addresses"
  | "contacts"
  | "caseFiles"
  | "caseEvents"
  | "nameIndex"
  // The frontline copies (need to know): restrictions in force and their addresses only.
  | "inForce"
  | "inForceAddresses";

/** The frontline copies, derived from the register (never counted as records of their own). */
export type FrontlineList = "inForce" | "inForceAddresses";

/** The lists that hold a case's records. */
export type RecordList = Exclude<ListName, FrontlineList>;

/** Where a store failure happened: one of the lists, or the case documents library. */
export type StoreArea = ListName | "caseDocuments";

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

/**
 * When a person must have an answer, as an instant (epoch ms) and a signal that fires then (or
 * earlier, when the wait is abandoned). Store calls made under a deadline give up with
 * StoreError("timeout") rather than run past it, and never wait out a Retry-After that ends
 * after it: they fail "throttled" with the service's Retry-After instead.
 */
export type Deadline = { readonly at: number; readonly signal: AbortSignal };

/** At most this many cases come back from one search: more means "type more of the name". */
export const SEARCH_LIMIT = 50;

/**
 * A question the work queues ask of the register: one indexed column each, so the answer costs
 * the same however many cases the register holds (DESIGN §3).
 */
export type RegisterQuery =
  | { readonly by: "stage"; readonly stage: Stage }
  | { readonly by: "notice"; readonly notice: NoticeStatus }
  | { readonly by: "review"; readonly status: ReviewState["status"] }
  | { readonly by: "appeal"; readonly status: AppealState["status"] }
  | { readonly by: "origin"; readonly origin: PeriodOrigin };

export interface CaseStore {
  /**
   * The same store with every call bounded by `deadline` (see Deadline). Optional: a store
   * without it is bounded only by the caller's race against the deadline (src/app/deadline.ts).
   */
  withDeadline?(deadline: Deadline): CaseStore;

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

  /**
   * Writes again what finds a case and what the work queues ask of it: the name index (a
   * word of the name finds the case) and the case file's indexed columns. For cases an
   * earlier release saved without them; idempotent. "notFound" when there is no such case.
   */
  indexCase(ref: CaseRef): Promise<"indexed" | "notFound">;

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
   * Deletes every item of the case from the six lists (section 6), the register entry last so
   * an interrupted run is found and finished by the next. Idempotent: counts what it deleted.
   */
  deleteCase(ref: CaseRef): Promise<DeletedItems>;

  /**
   * Removes one address from a case (a correction: it is not the customer's). True when it was
   * there; false when it was not held for the case.
   */
  removeAddress(entry: Pick<AddressEntry, "ref" | "address">): Promise<boolean>;

  /**
   * Makes the name index hold exactly the words of `name` for the case (after a correction):
   * words the name no longer has are deleted, new ones added. Idempotent.
   */
  replaceNameIndex(ref: CaseRef, name: string): Promise<void>;

  /**
   * What SharePoint changed at or after `since`, by its own clock: register, case file and
   * address items by their Modified time, case events by their Created time. One indexed query
   * per list (Modified and Created are indexed on every list). Compared with the audit trail to
   * find edits made outside the add-in (app/directEdits.ts).
   */
  listItemChanges(since: Date): Promise<readonly ItemChange[]>;
}

/** An item SharePoint changed, and when by the server's clock. */
export type ItemChange = {
  readonly ref: CaseRef;
  readonly list: "register" | "caseFiles" | "addresses" | "caseEvents";
  readonly at: Date;
};

/** Items deleted from each list of records by deleteCase (the frontline copies go first, uncounted). */
export type DeletedItems = Readonly<
  Record<RecordList, number> & Partial<Record<FrontlineList, number>>
>;

// ---------------------------------------------------------------------------------------------
// What SharePoint keeps after a delete (section 6: "destroyed" means gone)

/** A list item of a case, noted before it is deleted so its recycle-bin copy can be found. */
export type NotedItem = { readonly list: ListName; readonly id: string; readonly title: string };

/** What beforeDeletion found and did: handed to afterDeletion. */
export type CopiesNoted = {
  readonly ref: CaseRef;
  readonly items: readonly NotedItem[];
  /** Earlier versions of the case's items deleted before the items themselves. */
  readonly versionsDeleted: number;
};

/** Copies of a destroyed case that SharePoint still holds, and how to remove them. */
export type Remnant = {
  /** "firstStage": the site's recycle bin; "secondStage": the site collection's. */
  readonly where: "firstStage" | "secondStage";
  readonly items: number;
  /** The day SharePoint empties the last of them itself (93 days after deletion). */
  readonly goneBy: LocalDate;
  /** Who can purge them now, and how, in words. */
  readonly howToPurge: string;
};

export type CopiesPurged = {
  readonly versionsDeleted: number;
  /** Recycle-bin entries of the case removed for good. */
  readonly recycleBinPurged: number;
  /** What remains; empty when nothing of the case is left anywhere. */
  readonly remaining: readonly Remnant[];
};

/**
 * SharePoint keeps an item's earlier versions with it, and a deleted item (or file) in the
 * recycle bins for up to 93 days. Destruction removes both, through SharePoint REST, as far as
 * the signed-in person may (docs/retention-and-sar.md).
 */
export interface CaseCopies {
  /** Deletes the earlier versions of the case's items and notes the items. */
  beforeDeletion(ref: CaseRef): Promise<CopiesNoted>;
  /**
   * Deletes the noted items for good (no recycle bin), the register entry last: what Graph's
   * delete would have put in the bin never gets there.
   */
  deleteNoted(noted: CopiesNoted): Promise<DeletedItems>;
  /**
   * Removes the case's entries from the recycle bins (its documents, and copies deleted
   * earlier whose name is the reference) as far as the signed-in person may.
   */
  afterDeletion(noted: CopiesNoted): Promise<CopiesPurged>;
}

// ---------------------------------------------------------------------------------------------
// The case documents (UCB Case Documents, a SharePoint document library)

/** letters: every letter as sent (PDF or .eml); correspondence: copies of the customer's. */
export type DocumentFolder = "letters" | "correspondence";

export type NewDocument = {
  readonly ref: CaseRef;
  readonly folder: DocumentFolder;
  /** The readable part of the file name, e.g. "2027-03-01 Notice of restrictions". */
  readonly title: string;
  readonly extension: "pdf" | "eml";
  readonly contentType: string;
  readonly content: Uint8Array;
  /**
   * What makes the document itself (idempotency key): the same key always gives the same file
   * name, so a retried or repeated store keeps one copy. A letter's key is its text; a message's
   * is its Internet message id.
   */
  readonly key: string;
  /**
   * Another file already under that name: "same" when it must hold the same bytes (a letter:
   * different bytes are a conflict), "any" when any copy will do (two people's copies of one
   * message differ in their headers).
   */
  readonly existing: "same" | "any";
};

/** A document held for a case. */
export type CaseDocument = {
  readonly ref: CaseRef;
  readonly folder: DocumentFolder;
  /** The file name in the library, e.g. "2027-03-01 Notice of restrictions (3f9a1c0b2e).pdf". */
  readonly name: string;
  readonly size: number;
  readonly createdAt: Date;
  readonly createdBy?: string;
  /** Where people open it in SharePoint. */
  readonly webUrl: string;
  /** The library's own id for it, for reading its content. */
  readonly id: string;
};

export type StoredDocument = {
  readonly document: CaseDocument;
  /** True when this very document was already in the library: nothing new was stored. */
  readonly alreadyStored: boolean;
};

/**
 * The library the case's documents are kept in: a folder per case, letters and correspondence
 * beneath it. Managers and above only, as the case files (SharePoint permissions).
 */
export interface CaseDocuments {
  /** Idempotent on the key: a retried or repeated call stores one copy (see NewDocument). */
  store(document: NewDocument): Promise<StoredDocument>;
  /** The case's documents, letters first, each folder oldest first; empty when none. */
  list(ref: CaseRef): Promise<readonly CaseDocument[]>;
  /** The bytes of a document (subject access). */
  content(document: CaseDocument): Promise<Uint8Array>;
  /** Deletes the case's folder and everything in it (section 6); how many files went. */
  deleteAll(ref: CaseRef): Promise<number>;
}

// ---------------------------------------------------------------------------------------------
// Printed letters

/**
 * A letter laid out for printing: the council's letter head, the addressee block, the letter's
 * parts (app/letters/printable.ts builds it), in large print when that adjustment is recorded.
 */
export type PrintableLetter = {
  /** Council, sender, return address, telephone and email: the head, top right. */
  readonly sender: readonly string[];
  /** Name and postal address, top left, for a window envelope. */
  readonly addressee: readonly string[];
  /** The case reference, printed as "Our reference: …" and in every page's footer. */
  readonly reference: string;
  /** The letter's date, "YYYY-MM-DD" (also the PDF's dates, so a letter prints the same). */
  readonly issuedOn: string;
  /** The date as the letter shows it: "3 March 2026". */
  readonly dateText: string;
  /** The subject line, in bold above the salutation. */
  readonly subject: string;
  readonly salutation: string;
  /** Paragraphs as the letter text has them ("Heading\n\nText", "- " list lines). */
  readonly paragraphs: readonly string[];
  readonly closing: string;
  readonly signature: readonly string[];
  /** 16 point text instead of 11 (a large-print adjustment). */
  readonly largePrint: boolean;
  /** The document's title and author, in the PDF's properties. */
  readonly title: string;
  readonly author: string;
};

export type PrintedLetter = {
  readonly pdf: Uint8Array;
  readonly pages: number;
  /**
   * Characters the printer's fonts cannot show, and what was printed instead ("Ł" → "L"); the
   * pane asks the officer to check them (the email and the audit trail keep the originals).
   */
  readonly substitutions: readonly { readonly from: string; readonly to: string }[];
};

/** Lays a letter out as a PDF (src/pdf implements it with pdf-lib). */
export interface LetterPrinter {
  print(letter: PrintableLetter): Promise<PrintedLetter>;
}

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
  /**
   * What Outlook gave as the sender when it is not an email address the register can hold
   * (an Exchange X.500 name, say): the message has a sender, but it cannot be looked up.
   */
  readonly unreadableFrom?: string;
  readonly fromName?: string;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  /** Compose only: blind copies are recipients too. */
  readonly bcc?: readonly EmailAddress[];
  /**
   * The mailbox the message is in: a shared mailbox or the owner of a shared (delegated) folder
   * when Outlook says so, otherwise the signed-in user's own. Absent when Outlook cannot tell.
   */
  readonly mailbox?: EmailAddress;
  /**
   * When the council received it (read) or now (compose). Read from the message's own headers
   * where Outlook gives them: Outlook's dateTimeCreated is when the item was created in the
   * mailbox, months later for mail copied, imported or re-filed.
   */
  readonly receivedAt: Date;
  /**
   * Where receivedAt came from: the top Received header, the Date header, Outlook's creation
   * time (no headers), or the clock (compose). Absent means "received" for older callers.
   */
  readonly receivedFrom?: "received" | "date" | "created" | "now";
  /**
   * Read mode: Outlook gave To or Cc cut at its limit (20 in Outlook on the web and new Outlook)
   * and the headers could not complete them, so the lines may name fewer people than were sent.
   */
  readonly recipientsIncomplete?: boolean;
  /**
   * Compose: recipients Outlook gave without an email address the register can hold (an
   * Exchange X.500 address, an empty string), named for the person: they could not be checked.
   */
  readonly uncheckedRecipients?: readonly string[];
};

export type NotificationKind = "informational" | "error";

/** What tells one item from another: the MailItem read from it, or the parts a log keeps. */
export type ItemIdentity = Partial<Pick<MailItem, "mode" | "itemId" | "internetMessageId">>;

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
  /**
   * Called when the draft's To, Cc or Bcc change while the pane is open (RecipientsChanged,
   * Mailbox 1.7; a no-op elsewhere). Returns an unsubscribe function.
   */
  onRecipientsChanged(handler: () => void): Promise<() => void>;
  /**
   * Whether Outlook still shows the item `item` was read from. ItemChanged does not fire for
   * every item, so actions ask before acting on the item.
   */
  isCurrentItem(item: ItemIdentity): boolean;
  /*
   * The item actions below take the item the pane judged (`judged`): when Outlook has moved on
   * to another item they do nothing and throw MailboxError("itemChanged").
   */
  /** A persistent notification on the current item; `message` at most 150 characters. */
  showNotification(kind: NotificationKind, message: string, judged?: MailItem): Promise<void>;
  clearNotification(judged?: MailItem): Promise<void>;
  /** Opens a reply to the current message with this body above the quoted text. */
  openReply(body: string, judged?: MailItem): Promise<void>;
  /** Opens a new message form. */
  openNewMessage(draft: DraftMessage): Promise<void>;
  /** Opens a forward of the current message to these recipients, with a covering note. */
  openForward(to: readonly EmailAddress[], note: string, judged?: MailItem): Promise<void>;
  /**
   * The current message as sent, in .eml (MIME) form with its attachments (Mailbox 1.14
   * getAsFileAsync). Throws MailboxError("unsupported") on an Outlook without it.
   */
  currentMessageFile(judged?: MailItem): Promise<Uint8Array>;
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
