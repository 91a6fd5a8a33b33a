/**
 * Open subject access requests, kept in the case's audit trail: "sar-opened" when a request is
 * received (its date and the one-month deadline), "sar-closed" when the response has gone. A
 * case is under an open request from the first until the second; retention's destroy guard and
 * erasure refuse while one is open (erasing data a person has asked for, to avoid giving it, is
 * an offence: Data Protection Act 2018 s.173).
 */
import { nameWords } from "../domain/nameSearch";
import { subjectAccessDueBy } from "../domain/subjectAccessInformation";
import type { Actor, CaseEvent, CaseRef, LocalDate } from "../domain/types";
import { formatLongDate } from "../domain/wording";
import type { CaseSearchResult, CaseStore } from "./ports";

export const SAR_OPENED = "sar-opened";
export const SAR_CLOSED = "sar-closed";

export type OpenRequest = { readonly receivedOn: LocalDate; readonly dueBy: LocalDate };

/** The request open on a case by its events (oldest first), if any. */
export function openSubjectAccessRequest(events: readonly CaseEvent[]): OpenRequest | undefined {
  let open: OpenRequest | undefined;
  for (const e of events) {
    if (e.action === SAR_CLOSED) open = undefined;
    if (e.action === SAR_OPENED) {
      const receivedOn = e.detail["receivedOn"];
      const dueBy = e.detail["dueBy"];
      if (typeof receivedOn === "string" && typeof dueBy === "string") {
        open = { receivedOn: receivedOn as LocalDate, dueBy: dueBy as LocalDate };
      }
    }
  }
  return open;
}

export function requestOpenedEvent(
  ref: CaseRef,
  receivedOn: LocalDate,
  by: Actor,
  at: Date,
): CaseEvent {
  const dueBy = subjectAccessDueBy(receivedOn);
  return {
    ref,
    at,
    actor: by,
    action: SAR_OPENED,
    summary: `Subject access request received on ${formatLongDate(receivedOn)}; the response is due by ${formatLongDate(dueBy)} (UK GDPR Art. 12(3)).`,
    detail: { receivedOn, dueBy },
  };
}

export function requestClosedEvent(
  ref: CaseRef,
  open: OpenRequest,
  by: Actor,
  at: Date,
): CaseEvent {
  return {
    ref,
    at,
    actor: by,
    action: SAR_CLOSED,
    summary: `Subject access request of ${formatLongDate(open.receivedOn)} answered: the response has been sent.`,
    detail: { receivedOn: open.receivedOn, dueBy: open.dueBy },
  };
}

/** How a request names the person: by name, by email address, or by case reference. */
export type SubjectQuery =
  | { readonly by: "name"; readonly name: string }
  | { readonly by: "address"; readonly address: string }
  | { readonly by: "case"; readonly refs: readonly CaseRef[] };

export type FoundSubject = {
  /** The cases about the person: every word of the name held equals a word asked, or the address. */
  readonly included: readonly CaseSearchResult[];
  /** Cases the search found whose names only partly match ("Jo" for "Joanne"): staff decide. */
  readonly notIncluded: readonly CaseSearchResult[];
  readonly foundBy: string;
};

/**
 * Every case held about a person, through the store's own search (the name index, the address
 * lookup, the reference): by name, the cases whose names have the same words as the request's
 * (accents, case and order aside); near matches are kept apart for a person to judge.
 */
export async function findSubjectCases(
  store: CaseStore,
  query: SubjectQuery,
): Promise<FoundSubject> {
  switch (query.by) {
    case "case": {
      const found = (await Promise.all(query.refs.map((ref) => store.searchCases(ref)))).flat();
      return { included: found, notIncluded: [], foundBy: `by case ${query.refs.join(", ")}` };
    }
    case "address": {
      const found = await store.searchCases(query.address);
      return { included: found, notIncluded: [], foundBy: `by email address ${query.address}` };
    }
    case "name": {
      const asked = [...nameWords(query.name)].sort().join(" ");
      const found = await store.searchCases(query.name);
      const same = (r: CaseSearchResult) =>
        [...nameWords(r.customerName)].sort().join(" ") === asked;
      return {
        included: found.filter(same),
        notIncluded: found.filter((r) => !same(r)),
        foundBy: `by name ${query.name}`,
      };
    }
  }
}

/** Records that the response to the open request on each case has gone; cases with none are skipped. */
export async function closeSubjectAccess(
  store: CaseStore,
  refs: readonly CaseRef[],
  by: Actor,
  at: Date,
): Promise<readonly CaseRef[]> {
  const closed: CaseRef[] = [];
  for (const ref of refs) {
    const open = openSubjectAccessRequest(await store.listEvents(ref));
    if (!open) continue;
    await store.appendEvent(requestClosedEvent(ref, open, by, at));
    closed.push(ref);
  }
  return closed;
}
