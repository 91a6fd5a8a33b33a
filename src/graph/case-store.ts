/**
 * The CaseStore (src/app/ports.ts) over Microsoft Graph and five SharePoint lists.
 *
 * Costs: a sender lookup is one indexed GET on UCB Addresses; a case for evaluation is one
 * $batch (register entry + contacts); writes are idempotent (create-once.ts, update-once.ts).
 * Frontline staff (need to know, docs/decisions.md) read the same way, at the same cost, from
 * the copies they may read: UCB Restricted Addresses and UCB Restrictions In Force.
 * Here are the reads the message check needs; the other methods hand over to
 * case-store-casework.ts, loaded on first use, so the pane's first verdict does not fetch them.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import type {
  AddressEntry,
  CaseSearchResult,
  CaseStore,
  Deadline,
  DeletedItems,
  ItemChange,
  ListName,
  LogContactResult,
  NewCase,
  NewContact,
  RegisterQuery,
  Versioned,
} from "../app/ports";
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
} from "../domain/types";
import { AddressIndex, type AddressIndexOptions } from "./address-index";
import { batchGet } from "./batch";
import { type CaseIds, remember } from "./case-ids";
import type { Casework } from "./case-store-casework";
import { ListApi } from "./list-api";
import { readAddress } from "./mappers/addresses";
import { readCaseFile } from "./mappers/case-files";
import { readContact } from "./mappers/contacts";
import { readInForceEntry } from "./mappers/in-force";
import { readRegisterEntry } from "./mappers/register";
import * as q from "./queries";
import { boundedPolicy, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy";
import { listTitles } from "./schema";
import type { SiteAddress } from "./site";
import type { RawItem } from "./fields";

/** Writes, the search, the queues' reads, retention and deletion (the class's end). */
const casework = () => import(/* webpackChunkName: "store-casework" */ "./case-store-casework");
/** Corrections and the comparison with the audit trail (case-store-corrections.ts). */
const corrections = () =>
  import(/* webpackChunkName: "store-corrections" */ "./case-store-corrections");

export type GraphCaseStoreOptions = {
  readonly client: Client;
  readonly site: SiteAddress;
  /** Display names of lists the configuration renames (config `lists`); the schema's otherwise. */
  readonly listTitles?: Readonly<Partial<Record<ListName, string>>>;
  /** Waits and tries for $batch entries and writes; tests shorten them. */
  readonly retry?: Partial<RetryPolicy>;
  /** For the time of the "case opened" event; defaults to the system clock. */
  readonly now?: () => Date;
  /**
   * Keep the register's addresses in memory, current by delta, so that lookups of senders who
   * are not on the register cost no request (address-index.ts). Off unless given: the pane
   * turns it on; scripts and jobs look up as they always did.
   */
  readonly addressIndex?: AddressIndexOptions;
  /**
   * Whether the signed-in user may read every list (the deciding roles), asked once. When not,
   * the sender lookup, the case read and the search use the frontline copies, which hold only
   * restrictions in force (domain/needToKnow.ts). Scripts and jobs run as managers: true.
   */
  readonly readsEverything?: () => Promise<boolean>;
};

/** The lists a reader may read a case from, and how. */
type Source = {
  readonly frontline: boolean;
  readonly register: "register" | "inForce";
  readonly addresses: "addresses" | "inForceAddresses";
  readonly read: typeof readRegisterEntry;
  readonly index: AddressIndex | undefined;
};

/** Addresses per lookup request: keeps the URL short; a message rarely has more senders. */
const ADDRESSES_PER_REQUEST = 10;

export function createGraphCaseStore(options: GraphCaseStoreOptions): GraphCaseStore {
  return new GraphCaseStore(options);
}

/** What a store and its deadline-bound copies share. */
type Shared = {
  readonly api: ListApi;
  readonly policy: RetryPolicy;
  readonly ids: CaseIds;
  readonly indexes: Indexes;
  readonly audience: { source?: Promise<Source> };
};

type Indexes = {
  readonly managers?: AddressIndex;
  readonly frontline?: AddressIndex;
};

export class GraphCaseStore implements CaseStore {
  private readonly api: ListApi;
  private readonly policy: RetryPolicy;
  private readonly now: () => Date;
  private readonly ids: CaseIds;
  private readonly indexes: Indexes;
  private readonly audience: Shared["audience"];
  /** Which index answers lookups, once the reader is known (tests, the bench). */
  private frontline = false;

  constructor(
    private readonly options: GraphCaseStoreOptions,
    shared?: Shared,
  ) {
    this.api =
      shared?.api ?? new ListApi(options.client, options.site, listTitles(options.listTitles));
    this.policy = shared?.policy ?? { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.now = options.now ?? (() => new Date());
    this.ids = shared?.ids ?? new Map<string, string>();
    const indexing = options.addressIndex;
    this.indexes = shared?.indexes ?? {
      ...(indexing ? { managers: new AddressIndex(this.api, indexing, "addresses") } : {}),
      ...(indexing ? { frontline: new AddressIndex(this.api, indexing, "inForceAddresses") } : {}),
    };
    this.audience = shared?.audience ?? {};
  }

  /** Where this reader reads cases from: asked once per store (readsEverything). */
  private async source(): Promise<Source> {
    const ask = this.options.readsEverything;
    this.audience.source ??= (async () => {
      const everything = ask ? await ask() : true;
      return everything
        ? {
            frontline: false,
            register: "register",
            addresses: "addresses",
            read: readRegisterEntry,
            index: this.indexes.managers,
          }
        : {
            frontline: true,
            register: "inForce",
            addresses: "inForceAddresses",
            read: readInForceEntry,
            index: this.indexes.frontline,
          };
    })();
    // A failed question (sign-in) is asked again next time.
    this.audience.source.catch(() => (this.audience.source = undefined));
    const source = await this.audience.source;
    this.frontline = source.frontline;
    return source;
  }

  withDeadline(deadline: Deadline): GraphCaseStore {
    return new GraphCaseStore(this.options, {
      api: this.api.withDeadline(deadline),
      policy: boundedPolicy(this.policy, deadline),
      ids: this.ids,
      indexes: this.indexes,
      audience: this.audience,
    });
  }

  /** The address index in use, when there is one (tests, the bench). */
  get addressIndex(): AddressIndex | undefined {
    return this.frontline ? this.indexes.frontline : this.indexes.managers;
  }

  async lookupAddresses(addresses: readonly EmailAddress[]): Promise<readonly AddressEntry[]> {
    const unique = [...new Set(addresses)];
    const source = await this.source();
    const indexed = await source.index?.lookup(unique, this.api);
    if (indexed) return indexed;
    const found: AddressEntry[] = [];
    for (let i = 0; i < unique.length; i += ADDRESSES_PER_REQUEST) {
      const chunk = unique.slice(i, i + ADDRESSES_PER_REQUEST);
      const items = await this.api.getAll(source.addresses, q.addressesIn(chunk));
      found.push(...items.map(readAddress));
    }
    // Loaded after this answer, so the first verdict does not wait behind the enumeration.
    source.index?.start();
    return found;
  }

  async getRegisterEntry(ref: CaseRef): Promise<Versioned<RegisterEntry> | null> {
    const source = await this.source();
    const [item] = await this.api.getAll(source.register, q.registerByRefs([ref], source.register));
    return item ? this.remembered(source, item) : null;
  }

  /** A register entry read; only the register's own items are remembered for writing. */
  private remembered(source: Source, item: RawItem): Versioned<RegisterEntry> {
    const entry = source.read(item);
    return source.frontline ? entry : remember(this.ids, "register", entry, item);
  }

  async listContacts(ref: CaseRef, since: Date, until?: Date): Promise<readonly LoggedContact[]> {
    const items = await this.api.getAll("contacts", q.contactsOfCase(ref, since, until));
    return items.map(readContact);
  }

  async getCaseForEvaluation(ref: CaseRef, since: Date) {
    const source = await this.source();
    const answers = await batchGet(
      this.api,
      [
        {
          id: "entry",
          list: source.register,
          url: this.api.itemsUrl(source.register, q.registerByRefs([ref], source.register)),
        },
        {
          id: "contacts",
          list: "contacts",
          url: this.api.itemsUrl("contacts", q.contactsOfCase(ref, since)),
        },
      ],
      this.policy,
    );
    const [item] = await this.api.collect(source.register, answers.get("entry"));
    if (!item) {
      // The address that led here may be gone too: the index reads again before it answers.
      source.index?.markStale();
      return null;
    }
    const contacts = await this.api.collect("contacts", answers.get("contacts"));
    return {
      entry: this.remembered(source, item),
      contacts: contacts.map(readContact),
    };
  }

  async getCaseFile(ref: CaseRef): Promise<Versioned<CaseFile> | null> {
    const [item] = await this.api.getAll("caseFiles", q.caseFileByRef(ref));
    return item ? remember(this.ids, "caseFiles", readCaseFile(item), item) : null;
  }

  // The rest loads on first use (case-store-casework.ts).

  async findContactByMessageId(ref: CaseRef, messageId: string): Promise<LoggedContact | null> {
    return (await casework()).findContactByMessageId(this.work(), ref, messageId);
  }

  async logContact(contact: NewContact): Promise<LogContactResult> {
    return (await casework()).logContact(this.work(), contact);
  }

  async createCase(newCase: NewCase, actor: Actor): Promise<Versioned<RegisterEntry>> {
    return (await casework()).createCase(this.work(), newCase, actor);
  }

  async updateRegisterEntry(entry: RegisterEntry, etag: string): Promise<Versioned<RegisterEntry>> {
    return (await casework()).updateRegisterEntry(this.work(), entry, etag);
  }

  async updateCaseFile(file: CaseFile, etag: string): Promise<Versioned<CaseFile>> {
    return (await casework()).updateCaseFile(this.work(), file, etag);
  }

  async addAddress(entry: AddressEntry): Promise<void> {
    return (await casework()).addAddress(this.work(), entry);
  }

  async appendEvent(event: CaseEvent): Promise<void> {
    return (await casework()).appendEvent(this.work(), event);
  }

  async listEvents(ref: CaseRef): Promise<readonly CaseEvent[]> {
    return (await casework()).listEvents(this.work(), ref);
  }

  async searchCases(query: string): Promise<readonly CaseSearchResult[]> {
    const { frontline } = await this.source();
    const work = await casework();
    return frontline
      ? work.searchInForce(this.work(), query)
      : work.searchCases(this.work(), query);
  }

  async listRegister(query: RegisterQuery): Promise<readonly RegisterEntry[]> {
    return (await casework()).listRegister(this.work(), query);
  }

  async indexCase(ref: CaseRef): Promise<"indexed" | "notFound"> {
    return (await casework()).indexCase(this.work(), ref);
  }

  async getCaseFiles(refs: readonly CaseRef[]): Promise<readonly CaseFile[]> {
    return (await casework()).getCaseFiles(this.work(), refs);
  }

  async listStepOneCases(manager: EmailAddress): Promise<readonly CaseRecord[]> {
    return (await casework()).listStepOneCases(this.work(), manager);
  }

  async listCaseAddresses(ref: CaseRef): Promise<readonly AddressEntry[]> {
    return (await casework()).listCaseAddresses(this.work(), ref);
  }

  async listRetentionExpired(asOf: LocalDate): Promise<readonly RegisterEntry[]> {
    return (await casework()).listRetentionExpired(this.work(), asOf);
  }

  async listReviewsDue(onOrBefore: LocalDate): Promise<readonly RegisterEntry[]> {
    return (await casework()).listReviewsDue(this.work(), onOrBefore);
  }

  async deleteCase(ref: CaseRef): Promise<DeletedItems> {
    return (await casework()).deleteCase(this.work(), ref);
  }

  async removeAddress(entry: Pick<AddressEntry, "ref" | "address">): Promise<boolean> {
    return (await corrections()).removeAddress(this.work(), entry);
  }

  async replaceNameIndex(ref: CaseRef, name: string): Promise<void> {
    return (await corrections()).replaceNameIndex(this.work(), ref, name);
  }

  async listItemChanges(since: Date): Promise<readonly ItemChange[]> {
    return (await corrections()).listItemChanges(this.work(), since);
  }

  private work(): Casework {
    return {
      api: this.api,
      policy: this.policy,
      ids: this.ids,
      index: {
        // A write changes what either list holds.
        markStale: () => {
          this.indexes.managers?.markStale();
          this.indexes.frontline?.markStale();
        },
      },
      now: this.now,
      store: this,
    };
  }
}
