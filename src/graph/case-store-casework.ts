/**
 * The store's methods beyond the message check (GraphCaseStore delegates to them): logging
 * contact, opening and changing cases, their events, the search, the queues' reads, retention
 * and deletion. They load on first use, so the pane's first verdict does not fetch them; the
 * reads the check needs (addresses, the register entry with its contacts, the case file) stay
 * in case-store.ts.
 */
import {
  SEARCH_LIMIT,
  StoreError,
  type AddressEntry,
  type CaseSearchResult,
  type DeletedItems,
  type LogContactResult,
  type NewCase,
  type NewContact,
  type RegisterQuery,
  type Versioned,
} from "../app/ports";
import { normaliseAddress } from "../domain/address";
import { parseCaseRef } from "../domain/caseRef";
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
import { batchGet } from "./batch";
import { type CaseIds, remember } from "./case-ids";
import { deleteCaseItems } from "./case-deletion";
import { copyAddress, isCopied, syncInForce } from "./in-force-copy";
import type { GraphCaseStore } from "./case-store";
import { createOnce, findByKey, type CreateRequest } from "./create-once";
import { withoutNulls, type Fields, type RawItem } from "./fields";
import { eventKey, messageKey } from "./keys";
import type { ListApi } from "./list-api";
import type { ItemQuery } from "./odata";
import { readAddress } from "./mappers/addresses";
import { addressFields, addressKey } from "./mappers/address-fields";
import { readCaseFile } from "./mappers/case-files";
import { caseFileFields } from "./mappers/case-file-fields";
import { readContact } from "./mappers/contacts";
import { contactFields } from "./mappers/contact-fields";
import { eventFields, readEvent } from "./mappers/events";
import { nameIndexRequests, readNameIndexRef } from "./mappers/name-index";
import { readRegisterEntry, readSearchResult } from "./mappers/register";
import { registerFields } from "./mappers/register-fields";
import * as q from "./queries";
import type { RetryPolicy } from "./retry-policy";
import { columnNames } from "./schema";
import { STAGE } from "./vocabulary";

/** Every case in frontline staff's copy is restricted (domain/needToKnow.ts). */
const RESTRICTED = STAGE.label("restricted");
import { updateOnce } from "./update-once";

/** What a store (or its deadline-bound copy) lends these methods. */
export type Casework = {
  readonly api: ListApi;
  readonly policy: RetryPolicy;
  readonly ids: CaseIds;
  /** The store's address indexes: a write makes them read again before they answer. */
  readonly index: { markStale(): void } | undefined;
  readonly now: () => Date;
  /** The store itself, for the reads that stay with it. */
  readonly store: GraphCaseStore;
};

/** Graph's most requests in one $batch. */
const BATCH_LIMIT = 20;

export async function findContactByMessageId(
  work: Casework,
  ref: CaseRef,
  messageId: string,
): Promise<LoggedContact | null> {
  const key = await messageKey(ref, messageId);
  const item = await findByKey(work.api, { list: "contacts", keyColumn: "ClientId", key });
  return item ? readContact(item) : null;
}

export async function logContact(work: Casework, contact: NewContact): Promise<LogContactResult> {
  // Email is keyed by its message, so two people logging one message store one item.
  const key = contact.messageId
    ? await messageKey(contact.ref, contact.messageId)
    : contact.clientId;
  const { item, outcome } = await createOnceIn(work, {
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

export async function createCase(
  work: Casework,
  newCase: NewCase,
  actor: Actor,
): Promise<Versioned<RegisterEntry>> {
  const { entry, file, addresses } = newCase;
  if (file.ref !== entry.ref) {
    throw new StoreError("invalidData", `Case file ${file.ref} does not match case ${entry.ref}`);
  }
  // Each step is idempotent, so a retry resumes where a failed call stopped. Addresses go
  // last: once a sender matches, the entry and file they lead to already exist.
  await createOnceIn(work, byTitle("caseFiles", entry.ref, caseFileFields(file)));
  const { item } = await createOnceIn(work, byTitle("register", entry.ref, registerFields(entry)));
  // Before the addresses too: the name finds the case once the case is there.
  await indexName(work, entry.ref, entry.customerName);
  for (const { address, kind } of addresses) {
    await addRegisterAddress(work, { address, ref: entry.ref, kind });
  }
  // Immediate action opens a case already restricted: frontline staff see it at once.
  await syncInForce(work, entry);
  work.index?.markStale();
  await appendEvent(work, {
    ref: entry.ref,
    at: openedAt(work, item),
    actor,
    action: "caseOpened",
    summary: `Case opened at stage "${STAGE.label(entry.stage)}".`,
    detail: { stage: entry.stage, addresses: addresses.length },
  });
  return remember(work.ids, "register", readRegisterEntry(item), item);
}

export async function updateRegisterEntry(
  work: Casework,
  entry: RegisterEntry,
  etag: string,
): Promise<Versioned<RegisterEntry>> {
  const item = await updateItem(work, "register", entry.ref, registerFields(entry), etag);
  const written = readRegisterEntry(item);
  await syncInForce(work, written.value);
  work.index?.markStale();
  return written;
}

export async function updateCaseFile(
  work: Casework,
  file: CaseFile,
  etag: string,
): Promise<Versioned<CaseFile>> {
  const item = await updateItem(work, "caseFiles", file.ref, caseFileFields(file), etag);
  return readCaseFile(item);
}

export async function addAddress(work: Casework, entry: AddressEntry): Promise<void> {
  await addRegisterAddress(work, entry);
  if (await isCopied(work, entry.ref)) await copyAddress(work, entry);
  work.index?.markStale();
}

async function addRegisterAddress(work: Casework, entry: AddressEntry): Promise<void> {
  await createOnceIn(work, {
    list: "addresses",
    keyColumn: "CaseAddressKey",
    key: addressKey(entry),
    fields: addressFields(entry),
  });
}

export async function appendEvent(work: Casework, event: CaseEvent): Promise<void> {
  const key = await eventKey(event);
  await createOnceIn(work, {
    list: "caseEvents",
    keyColumn: "EventKey",
    key,
    fields: eventFields(event, key),
  });
}

export async function listEvents(work: Casework, ref: CaseRef): Promise<readonly CaseEvent[]> {
  const items = await work.api.getAll("caseEvents", q.eventsOfCase(ref));
  return items.map(readEvent);
}

export async function searchCases(
  work: Casework,
  query: string,
): Promise<readonly CaseSearchResult[]> {
  const text = query.trim();
  if (!text) return [];
  const ref = parseCaseRef(text);
  if (ref.ok) return searchByRefs(work, [ref.value]);
  if (/^ucb-/i.test(text)) {
    const items = await work.api.getFirstPage(
      "register",
      q.registerByRefPrefix(text.toUpperCase(), SEARCH_LIMIT),
    );
    return items.map(readSearchResult);
  }
  if (text.includes("@")) {
    const address = normaliseAddress(text);
    if (!address.ok) return [];
    const refs = [
      ...new Set((await work.store.lookupAddresses([address.value])).map((a) => a.ref)),
    ];
    return searchByRefs(work, refs);
  }
  const word = searchWord(text);
  if (!word) return [];
  // One indexed startswith on the name index (never a scan of the register), then the
  // register items it points at, in one $batch.
  const hits = await work.api.getFirstPage("nameIndex", q.nameIndexByWord(word));
  const refs = [...new Set(hits.map(readNameIndexRef))].slice(0, SEARCH_LIMIT);
  const found = await searchByRefs(work, refs);
  return found.filter((r) => nameMatches(r.customerName, text));
}

/**
 * Frontline staff's search: the cases in force only (their copy, need to know). The copy holds
 * only cases whose restrictions bind, a small part of the register, so it is read whole (one
 * page of up to 5,000) and matched here, as the name index would match (domain/nameSearch).
 */
export async function searchInForce(
  work: Casework,
  query: string,
): Promise<readonly CaseSearchResult[]> {
  const text = query.trim();
  if (!text) return [];
  const ref = parseCaseRef(text);
  let matches: (entry: CaseSearchResult) => boolean;
  if (ref.ok) matches = (e) => e.ref === ref.value;
  else if (/^ucb-/i.test(text)) matches = (e) => e.ref.startsWith(text.toUpperCase());
  else if (text.includes("@")) {
    const address = normaliseAddress(text);
    if (!address.ok) return [];
    const refs = new Set((await work.store.lookupAddresses([address.value])).map((a) => a.ref));
    matches = (e) => refs.has(e.ref);
  } else {
    if (!searchWord(text)) return [];
    matches = (e) => nameMatches(e.customerName, text);
  }
  const items = await work.api.getFirstPage("inForce", q.inForceSearch());
  return items
    .map((item) => readSearchResult({ ...item, fields: { ...item.fields, Stage: RESTRICTED } }))
    .filter(matches)
    .sort((a, b) => bySurname(a.customerName, b.customerName))
    .slice(0, SEARCH_LIMIT);
}

export async function listRegister(
  work: Casework,
  query: RegisterQuery,
): Promise<readonly RegisterEntry[]> {
  const items = await work.api.getAll("register", q.registerWhere(query));
  return items.map((item) => remember(work.ids, "register", readRegisterEntry(item), item).value);
}

export async function indexCase(work: Casework, ref: CaseRef): Promise<"indexed" | "notFound"> {
  const entry = await work.store.getRegisterEntry(ref);
  if (!entry) return "notFound";
  await indexName(work, ref, entry.value.customerName);
  // Upgrading to need to know, or repairing an interrupted write: frontline staff's copy.
  await syncInForce(work, entry.value);
  const file = await work.store.getCaseFile(ref);
  // Written whole, so the columns an earlier release did not write (StepOneByEmail) are set.
  if (file) await updateCaseFile(work, file.value, file.etag);
  return "indexed";
}

export async function getCaseFiles(
  work: Casework,
  refs: readonly CaseRef[],
): Promise<readonly CaseFile[]> {
  const items = await byRefs(work, "caseFiles", [...new Set(refs)], q.caseFilesByRefs);
  return items.map((item) => remember(work.ids, "caseFiles", readCaseFile(item), item).value);
}

export async function listStepOneCases(
  work: Casework,
  manager: EmailAddress,
): Promise<readonly CaseRecord[]> {
  const files = (await work.api.getAll("caseFiles", q.caseFilesRaisedBy(manager)))
    .map((item) => remember(work.ids, "caseFiles", readCaseFile(item), item).value)
    // A referred case has left step one for good; only the rest need their stage read.
    .filter((f) => f.referral === undefined);
  const entries = await byRefs(
    work,
    "register",
    files.map((f) => f.ref),
    q.registerByRefs,
  );
  const byRef = new Map(entries.map((item) => [readRegisterEntry(item).value.ref, item]));
  return files.flatMap((file) => {
    const item = byRef.get(file.ref);
    if (!item) return [];
    const entry = remember(work.ids, "register", readRegisterEntry(item), item).value;
    return entry.stage === "stepOne" || entry.stage === "monitoring" ? [{ entry, file }] : [];
  });
}

export async function listCaseAddresses(
  work: Casework,
  ref: CaseRef,
): Promise<readonly AddressEntry[]> {
  const items = await work.api.getAll("addresses", {
    ...q.itemsOfCase("addresses", ref),
    select: columnNames("addresses"),
  });
  return items.map(readAddress);
}

export async function listRetentionExpired(
  work: Casework,
  asOf: LocalDate,
): Promise<readonly RegisterEntry[]> {
  const items = await work.api.getAll("register", q.registerRetainedBefore(asOf));
  return items.map((item) => remember(work.ids, "register", readRegisterEntry(item), item).value);
}

export async function listReviewsDue(
  work: Casework,
  onOrBefore: LocalDate,
): Promise<readonly RegisterEntry[]> {
  const items = await work.api.getAll("register", q.registerReviewsDue(onOrBefore));
  return items.map((item) => remember(work.ids, "register", readRegisterEntry(item), item).value);
}

export async function deleteCase(work: Casework, ref: CaseRef): Promise<DeletedItems> {
  const deleted = await deleteCaseItems(work.api, ref);
  work.index?.markStale();
  work.ids.delete(`register ${ref}`);
  work.ids.delete(`caseFiles ${ref}`);
  return deleted;
}

/** Search results for these cases, surname first. */
async function searchByRefs(
  work: Casework,
  refs: readonly CaseRef[],
): Promise<readonly CaseSearchResult[]> {
  const items = await byRefs(work, "register", refs, q.registerSearchByRefs);
  return items.map(readSearchResult).sort((a, b) => bySurname(a.customerName, b.customerName));
}

/** Items of these cases, REFS_PER_REQUEST to a request, the requests in one $batch. */
async function byRefs(
  work: Casework,
  list: "register" | "caseFiles",
  refs: readonly CaseRef[],
  query: (refs: readonly CaseRef[]) => ItemQuery,
): Promise<RawItem[]> {
  if (refs.length === 0) return [];
  const groups: CaseRef[][] = [];
  for (let i = 0; i < refs.length; i += q.REFS_PER_REQUEST) {
    groups.push(refs.slice(i, i + q.REFS_PER_REQUEST));
  }
  if (groups.length === 1) return work.api.getAll(list, query(groups[0] ?? []));
  const items: RawItem[] = [];
  for (let start = 0; start < groups.length; start += BATCH_LIMIT) {
    const batch = groups.slice(start, start + BATCH_LIMIT);
    const answers = await batchGet(
      work.api,
      batch.map((group, i) => ({
        id: `g${i}`,
        list,
        url: work.api.itemsUrl(list, query(group)),
      })),
      work.policy,
    );
    for (const [i] of batch.entries()) {
      items.push(...(await work.api.collect(list, answers.get(`g${i}`))));
    }
  }
  return items;
}

/** One name index item per word of the name; idempotent, so a retried createCase resumes. */
async function indexName(work: Casework, ref: CaseRef, name: string): Promise<void> {
  for (const request of nameIndexRequests(ref, name)) await createOnceIn(work, request);
}

function createOnceIn(work: Casework, request: CreateRequest) {
  return createOnce(work.api, request, work.policy);
}

async function updateItem(
  work: Casework,
  list: "register" | "caseFiles",
  ref: CaseRef,
  fields: Fields,
  etag: string,
) {
  const id = await itemId(work, list, ref);
  const subject = `case ${ref}`;
  return updateOnce(work.api, { list, id, fields, etag, subject }, work.policy);
}

async function itemId(
  work: Casework,
  list: "register" | "caseFiles",
  ref: CaseRef,
): Promise<string> {
  const cached = work.ids.get(`${list} ${ref}`);
  if (cached) return cached;
  const item = await findByKey(work.api, { list, keyColumn: "Title", key: ref });
  if (!item) throw new StoreError("notFound", `No item for case ${ref}`, list);
  work.ids.set(`${list} ${ref}`, item.id);
  return item.id;
}

/** The register item's creation time, so a resumed createCase records the same event. */
function openedAt(work: Casework, item: RawItem): Date {
  const created = item.fields["Created"];
  const at = typeof created === "string" ? new Date(created) : work.now();
  return Number.isNaN(at.getTime()) ? work.now() : at;
}

function byTitle(list: "register" | "caseFiles", ref: CaseRef, fields: Fields): CreateRequest {
  return { list, keyColumn: "Title", key: ref, fields: withoutNulls(fields) };
}
