import { normaliseAddress } from "./address";
import { parseCaseRef } from "./caseRef";
import { parseLocalDate } from "./localDate";
import { parseTimeOfDay } from "./timeOfDay";
import type {
  Actor,
  CaseRef,
  ContactFacts,
  EmailAddress,
  LocalDate,
  LoggedContact,
  Person,
  RegisterEntry,
  RestrictionPeriod,
  Result,
  Role,
  TimeOfDay,
} from "./types";

// Builders for the domain's tests: readable values without casts. Not used by the product.

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success: ${result.error.message}`);
  return result.value;
}

export const date = (value: string): LocalDate => unwrap(parseLocalDate(value));
export const address = (value: string): EmailAddress => unwrap(normaliseAddress(value));
export const time = (value: string): TimeOfDay => unwrap(parseTimeOfDay(value, { end: true }));
export const REF: CaseRef = unwrap(parseCaseRef("UCB-2026-7KQ2MX"));

export function person(name: string): Person {
  return {
    name,
    email: address(`${name.toLowerCase().replace(/[^a-z]+/g, ".")}@portsmouthcc.gov.uk`),
  };
}

export function actor(role: Role, name = `A ${role}`): Actor {
  return { ...person(name), role };
}

export const SPOC = person("Priya Shah");
export const DEPUTY = person("Jordan Lee");
export const CUSTOMER = address("jo.bloggs@example.org");

/**
 * Period 1, from 2 November 2026 to 31 January 2027, decided 30 October, told 2 November. The
 * customer is told on the first day (the start given, if another is): the terms bind from it.
 */
export function period(overrides: Partial<RestrictionPeriod> = {}): RestrictionPeriod {
  const start = overrides.start ?? date("2026-11-02");
  return {
    number: 1,
    start,
    end: date("2027-01-31"),
    decidedOn: date("2026-10-30"),
    decidedBy: actor("assistantDirector"),
    notice: { kind: "notified", on: start },
    customerReviewRequests: [],
    ...overrides,
  };
}

/** A case under restrictions from 2 November 2026 to 31 January 2027, told on 2 November. */
export function restrictedEntry(overrides: Partial<RegisterEntry> = {}): RegisterEntry {
  return {
    ref: REF,
    customerName: "Jo Bloggs",
    stage: "restricted",
    serviceArea: "Housing",
    spoc: SPOC,
    deputy: DEPUTY,
    terms: {},
    period: period(),
    review: { status: "none" },
    appeal: { status: "none" },
    ...overrides,
  };
}

let nextId = 0;

/** An inbound contact logged at an ISO instant. */
export function logged(at: string, overrides: Partial<LoggedContact> = {}): LoggedContact {
  nextId += 1;
  return {
    id: String(nextId),
    ref: REF,
    at: new Date(at),
    channel: "email",
    direction: "inbound",
    from: CUSTOMER,
    to: [SPOC.email],
    staff: SPOC.email,
    subject: "Another message",
    messageId: `<m${nextId}@example.org>`,
    clientId: `client-${nextId}`,
    verdict: "withinTerms",
    reasons: [],
    ...overrides,
  };
}

/** An email from the customer to the SPOC at an ISO instant, as staff see it. */
export function emailAt(at: string, overrides: Partial<ContactFacts> = {}): ContactFacts {
  return {
    channel: "email",
    at: new Date(at),
    from: CUSTOMER,
    to: [SPOC.email],
    cc: [],
    ...overrides,
  };
}
