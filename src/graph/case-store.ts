/**
 * The CaseStore (src/app/ports.ts) over Microsoft Graph and five SharePoint lists.
 *
 * Costs: a sender lookup is one indexed GET on UCB Addresses; a case for evaluation is one
 * $batch (register entry + contacts); writes are idempotent (create-once.ts, update-once.ts).
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import {
  SEARCH_LIMIT,
  StoreError,
  type AddressEntry,
  type CaseSearchResult,
  type CaseStore,
  type Deadline,
  type DeletedItems,
  type ListName,
  type LogContactResult,
  type NewCase,
  type NewContact,
  type RegisterQuery,
  type Versioned,
} from "../app/ports";
import { bySurname, nameMatches, searchWord } from "../domain/nameSearch";
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
import { deleteCaseItems } from "./case-deletion";
import { createOnce, findByKey, type CreateRequest } from "./create-once";
import { normaliseAddress } from "../domain/address";
import { parseCaseRef } from "../domain/caseRef";
import { withoutNulls, type Fields, type RawItem } from "./fields";
import { eventKey, messageKey } from "./keys";
import { ListApi } from "./list-api";
import type { ItemQuery } from "./odata";
import { addressFields, addressKey, readAddress } from "./mappers/addresses";
import { caseFileFields, readCaseFile } from "./mappers/case-files";
import { contactFields, readContact } from "./mappers/contacts";
import { eventFields, readEvent } from "./mappers/events";
import { nameIndexRequests, readNameIndexRef } from "./mappers/name-index";
import { readRegisterEntry, readSearchResult, registerFields } from "./mappers/register";
import * as q from "./queries";
import { boundedPolicy, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy";
import { columnNames, listTitles } from "./schema";
import type { SiteAddress } from "./site";
import { STAGE } from "./vocabulary";
import { updateOnce } from "./update-once";

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
};

/** Graph's most requests in one $batch. */
const BATCH_LIMIT = 20;

/** Addresses per lookup request: keeps the URL short; a message rarely has more senders. */
const ADDRESSES_PER_REQUEST = 10;

export function createGraphCaseStore(options: GraphCaseStoreOptions): GraphCaseStore {
  return new GraphCaseStore(options);
}

/** What a store and its deadline-bound copies share. */
type Shared = {
  readonly api: ListApi;
  readonly policy: RetryPolicy;
  /** Item ids by list and case reference: PATCH needs the id, the domain knows the reference. */
  readonly ids: Map<string, string>;
  readonly index?: AddressIndex;
};

export class GraphCaseStore implements CaseStore {
  private readonly api: ListApi;
  private readonly policy: RetryPolicy;
  private readonly now: () => Date;
  private readonly ids: Map<string, string>;
  private readonly index: AddressIndex | undefined;

  constructor(
    private readonly options: GraphCaseStoreOptions,
    shared?: Shared,
  ) {
    this.api =
      shared?.api ?? new ListApi(options.client, options.site, listTitles(options.listTitles));
    this.policy = shared?.policy ?? { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.now = options.now ?? (() => new Date());
    this.ids = shared?.ids ?? new Map<string, string>();
    this.index =
      shared?.index ??
      (options.addressIndex ? new AddressIndex(this.api, options.addressIndex) : undefined);
  }

  withDeadline(deadline: Deadline): GraphCaseStore {
    return new GraphCaseStore(this.options, {
      api: this.api.withDeadline(deadline),
      policy: boundedPolicy(this.policy, deadline),
      ids: this.ids,
      ...(this.index ? { index: this.index } : {}),
    });
  }

  /** The address index, when there is one (tests, the bench). */
  get addressIndex(): AddressIndex | undefined {
    return this.index;
  }

  async lookupAddresses(addresses: readonly EmailAddress[]): Promise<readonly AddressEntry[]> {
    const unique = [...new Set(addresses)];
    const indexed = await this.index?.lookup(unique, this.api);
    if (indexed) return indexed;
    const found: AddressEntry[] = [];
    for (let i = 0; i < unique.length; i += ADDRESSES_PER_REQUEST) {
      const chunk = unique.slice(i, i + ADDRESSES_PER_REQUEST);
      const items = await this.api.getAll("addresses", q.addressesIn(chunk));
      found.push(...items.map(readAddress));
    }
    // Loaded after this answer, so the first verdict does not wait behind the enumeration.
    this.index?.start();
    return found;
  }

  async getRegisterEntry(ref: CaseRef): Promise<Versioned<RegisterEntry> | null> {
    const [item] = await this.api.getAll("register", q.registerByRefs([ref]));
    return item ? this.remember("register", readRegisterEntry(item), item) : null;
  }

  async listContacts(ref: CaseRef, since: Date, until?: Date): Promise<readonly LoggedContact[]> {
    const items = await this.api.getAll("contacts", q.contactsOfCase(ref, since, until));
    return items.map(readContact);
  }

  async getCaseForEvaluation(ref: CaseRef, since: Date) {
    const answers = await batchGet(
      this.api,
      [
        {
          id: "entry",
          list: "register",
          url: this.api.itemsUrl("register", q.registerByRefs([ref])),
        },
        {
          id: "contacts",
          list: "contacts",
          url: this.api.itemsUrl("contacts", q.contactsOfCase(ref, since)),
        },
      ],
      this.policy,
    );
    const [item] = await this.api.collect("register", answers.get("entry"));
    if (!item) {
      // The address that led here may be gone too: the index reads again before it answers.
      this.index?.markStale();
      return null;
    }
    const contacts = await this.api.collect("contacts", answers.get("contacts"));
    return {
      entry: this.remember("register", readRegisterEntry(item), item),
      contacts: contacts.map(readContact),
    };
  }

  async findContactByMessageId(ref: CaseRef, messageId: string): Promise<LoggedContact | null> {
    const key = await messageKey(ref, messageId);
    const item = await findByKey(this.api, { list: "contacts", keyColumn: "ClientId", key });
    return item ? readContact(item) : null;
  }

  async logContact(contact: NewContact): Promise<LogContactResult> {
    // Email is keyed by its message, so two people logging one message store one item.
    const key = contact.messageId
      ? await messageKey(contact.ref, contact.messageId)
      : contact.clientId;
    const { item, outcome } = await this.createOnce({
      list: "contacts",
      keyColumn: "ClientId",
      key,
      fields: contactFields(contact, key),
    });
    const stored = readContact(item);
    // After a lost answer we cannot tell whose POST stored it; if it was ours, the staff match.
    const alreadyLogged =
      outcome === "existed" || (outcome === "foundAfterFailure" && stored.staff !== contact.staff);
    return { contact: stored, alreadyLogged };
  }

  async createCase(newCase: NewCase, actor: Actor): Promise<Versioned<RegisterEntry>> {
    const { entry, file, addresses } = newCase;
    if (file.ref !== entry.ref) {
      throw new StoreError("invalidData", `Case file ${file.ref} does not match case ${entry.ref}`);
    }
    // Each step is idempotent, so a retry resumes where a failed call stopped. Addresses go
    // last: once a sender matches, the entry and file they lead to already exist.
    await this.createOnce(byTitle("caseFiles", entry.ref, caseFileFields(file)));
    const { item } = await this.createOnce(byTitle("register", entry.ref, registerFields(entry)));
    // Before the addresses too: the name finds the case once the case is there.
    await this.indexName(entry.ref, entry.customerName);
    for (const { address, kind } of addresses) {
      await this.addAddress({ address, ref: entry.ref, kind });
    }
    await this.appendEvent({
      ref: entry.ref,
      at: this.openedAt(item),
      actor,
      action: "caseOpened",
      summary: `Case opened at stage "${STAGE.label(entry.stage)}".`,
      detail: { stage: entry.stage, addresses: addresses.length },
    });
    return this.remember("register", readRegisterEntry(item), item);
  }

  async updateRegisterEntry(entry: RegisterEntry, etag: string): Promise<Versioned<RegisterEntry>> {
    const item = await this.update("register", entry.ref, registerFields(entry), etag);
    return readRegisterEntry(item);
  }

  async getCaseFile(ref: CaseRef): Promise<Versioned<CaseFile> | null> {
    const [item] = await this.api.getAll("caseFiles", q.caseFileByRef(ref));
    return item ? this.remember("caseFiles", readCaseFile(item), item) : null;
  }

  async updateCaseFile(file: CaseFile, etag: string): Promise<Versioned<CaseFile>> {
    const item = await this.update("caseFiles", file.ref, caseFileFields(file), etag);
    return readCaseFile(item);
  }

  async addAddress(entry: AddressEntry): Promise<void> {
    await this.createOnce({
      list: "addresses",
      keyColumn: "CaseAddressKey",
      key: addressKey(entry),
      fields: addressFields(entry),
    });
    this.index?.markStale();
  }

  async appendEvent(event: CaseEvent): Promise<void> {
    const key = await eventKey(event);
    await this.createOnce({
      list: "caseEvents",
      keyColumn: "EventKey",
      key,
      fields: eventFields(event, key),
    });
  }

  async listEvents(ref: CaseRef): Promise<readonly CaseEvent[]> {
    const items = await this.api.getAll("caseEvents", q.eventsOfCase(ref));
    return items.map(readEvent);
  }

  async searchCases(query: string): Promise<readonly CaseSearchResult[]> {
    const text = query.trim();
    if (!text) return [];
    const ref = parseCaseRef(text);
    if (ref.ok) return this.searchByRefs([ref.value]);
    if (/^ucb-/i.test(text)) {
      const items = await this.api.getFirstPage(
        "register",
        q.registerByRefPrefix(text.toUpperCase(), SEARCH_LIMIT),
      );
      return items.map(readSearchResult);
    }
    if (text.includes("@")) {
      const address = normaliseAddress(text);
      if (!address.ok) return [];
      const refs = [...new Set((await this.lookupAddresses([address.value])).map((a) => a.ref))];
      return this.searchByRefs(refs);
    }
    const word = searchWord(text);
    if (!word) return [];
    // One indexed startswith on the name index (never a scan of the register), then the
    // register items it points at, in one $batch.
    const hits = await this.api.getFirstPage("nameIndex", q.nameIndexByWord(word));
    const refs = [...new Set(hits.map(readNameIndexRef))].slice(0, SEARCH_LIMIT);
    const found = await this.searchByRefs(refs);
    return found.filter((r) => nameMatches(r.customerName, text));
  }

  async listRegister(query: RegisterQuery): Promise<readonly RegisterEntry[]> {
    const items = await this.api.getAll("register", q.registerWhere(query));
    return items.map((item) => this.remember("register", readRegisterEntry(item), item).value);
  }

  async indexCase(ref: CaseRef): Promise<"indexed" | "notFound"> {
    const entry = await this.getRegisterEntry(ref);
    if (!entry) return "notFound";
    await this.indexName(ref, entry.value.customerName);
    const file = await this.getCaseFile(ref);
    // Written whole, so the columns an earlier release did not write (StepOneByEmail) are set.
    if (file) await this.updateCaseFile(file.value, file.etag);
    return "indexed";
  }

  async getCaseFiles(refs: readonly CaseRef[]): Promise<readonly CaseFile[]> {
    const items = await this.byRefs("caseFiles", [...new Set(refs)], q.caseFilesByRefs);
    return items.map((item) => this.remember("caseFiles", readCaseFile(item), item).value);
  }

  async listStepOneCases(manager: EmailAddress): Promise<readonly CaseRecord[]> {
    const files = (await this.api.getAll("caseFiles", q.caseFilesRaisedBy(manager)))
      .map((item) => this.remember("caseFiles", readCaseFile(item), item).value)
      // A referred case has left step one for good; only the rest need their stage read.
      .filter((f) => f.referral === undefined);
    const entries = await this.byRefs(
      "register",
      files.map((f) => f.ref),
      q.registerByRefs,
    );
    const byRef = new Map(entries.map((item) => [readRegisterEntry(item).value.ref, item]));
    return files.flatMap((file) => {
      const item = byRef.get(file.ref);
      if (!item) return [];
      const entry = this.remember("register", readRegisterEntry(item), item).value;
      return entry.stage === "stepOne" || entry.stage === "monitoring" ? [{ entry, file }] : [];
    });
  }

  async listCaseAddresses(ref: CaseRef): Promise<readonly AddressEntry[]> {
    const items = await this.api.getAll("addresses", {
      ...q.itemsOfCase("addresses", ref),
      select: columnNames("addresses"),
    });
    return items.map(readAddress);
  }

  async listRetentionExpired(asOf: LocalDate): Promise<readonly RegisterEntry[]> {
    const items = await this.api.getAll("register", q.registerRetainedBefore(asOf));
    return items.map((item) => this.remember("register", readRegisterEntry(item), item).value);
  }

  async listReviewsDue(onOrBefore: LocalDate): Promise<readonly RegisterEntry[]> {
    const items = await this.api.getAll("register", q.registerReviewsDue(onOrBefore));
    return items.map((item) => this.remember("register", readRegisterEntry(item), item).value);
  }

  async deleteCase(ref: CaseRef): Promise<DeletedItems> {
    const deleted = await deleteCaseItems(this.api, ref);
    this.index?.markStale();
    this.ids.delete(`register ${ref}`);
    this.ids.delete(`caseFiles ${ref}`);
    return deleted;
  }

  /** Search results for these cases, surname first. */
  private async searchByRefs(refs: readonly CaseRef[]): Promise<readonly CaseSearchResult[]> {
    const items = await this.byRefs("register", refs, q.registerSearchByRefs);
    return items.map(readSearchResult).sort((a, b) => bySurname(a.customerName, b.customerName));
  }

  /** Items of these cases, REFS_PER_REQUEST to a request, the requests in one $batch. */
  private async byRefs(
    list: "register" | "caseFiles",
    refs: readonly CaseRef[],
    query: (refs: readonly CaseRef[]) => ItemQuery,
  ): Promise<RawItem[]> {
    if (refs.length === 0) return [];
    const groups: CaseRef[][] = [];
    for (let i = 0; i < refs.length; i += q.REFS_PER_REQUEST) {
      groups.push(refs.slice(i, i + q.REFS_PER_REQUEST));
    }
    if (groups.length === 1) return this.api.getAll(list, query(groups[0] ?? []));
    const items: RawItem[] = [];
    for (let start = 0; start < groups.length; start += BATCH_LIMIT) {
      const batch = groups.slice(start, start + BATCH_LIMIT);
      const answers = await batchGet(
        this.api,
        batch.map((group, i) => ({
          id: `g${i}`,
          list,
          url: this.api.itemsUrl(list, query(group)),
        })),
        this.policy,
      );
      for (const [i] of batch.entries()) {
        items.push(...(await this.api.collect(list, answers.get(`g${i}`))));
      }
    }
    return items;
  }

  /** One name index item per word of the name; idempotent, so a retried createCase resumes. */
  private async indexName(ref: CaseRef, name: string): Promise<void> {
    for (const request of nameIndexRequests(ref, name)) await this.createOnce(request);
  }

  private createOnce(request: CreateRequest) {
    return createOnce(this.api, request, this.policy);
  }

  private async update(list: "register" | "caseFiles", ref: CaseRef, fields: Fields, etag: string) {
    const id = await this.itemId(list, ref);
    const subject = `case ${ref}`;
    return updateOnce(this.api, { list, id, fields, etag, subject }, this.policy);
  }

  private async itemId(list: "register" | "caseFiles", ref: CaseRef): Promise<string> {
    const cached = this.ids.get(`${list} ${ref}`);
    if (cached) return cached;
    const item = await findByKey(this.api, { list, keyColumn: "Title", key: ref });
    if (!item) throw new StoreError("notFound", `No item for case ${ref}`, list);
    this.ids.set(`${list} ${ref}`, item.id);
    return item.id;
  }

  private remember<T>(list: ListName, value: Versioned<T>, item: RawItem): Versioned<T> {
    const title = item.fields["Title"];
    if (typeof title === "string") this.ids.set(`${list} ${title}`, item.id);
    return value;
  }

  /** The register item's creation time, so a resumed createCase records the same event. */
  private openedAt(item: RawItem): Date {
    const created = item.fields["Created"];
    const at = typeof created === "string" ? new Date(created) : this.now();
    return Number.isNaN(at.getTime()) ? this.now() : at;
  }
}

function byTitle(list: "register" | "caseFiles", ref: CaseRef, fields: Fields): CreateRequest {
  return { list, keyColumn: "Title", key: ref, fields: withoutNulls(fields) };
}
