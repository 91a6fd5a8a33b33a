/**
 * Other people in a subject access response (UK GDPR Art. 15(4); DPA 2018 Sch. 2 para 16): each
 * member of staff, representative and other person named in the data, with every item they
 * appear in, and every free-text item and kept document that may mention someone else, so that
 * whoever releases the response decides on each one. Read from the response's own data, so
 * nothing in it escapes the list.
 */
import type { PolicyConfig } from "../domain/config";
import type { AddressEntry } from "./ports";
import { pathLabel, type RecordPath } from "./subjectAccessRecord";

export type ThirdPartyKind = "staff" | "representative" | "otherPerson";

export type ThirdPartyPerson = {
  readonly kind: ThirdPartyKind;
  /** "Priya Shah <priya.shah@portsmouthcc.gov.uk>" or the address alone. */
  readonly who: string;
  /** Every item they appear in, labelled as in the readable document. */
  readonly items: readonly string[];
};

export type ThirdPartyFlags = {
  readonly people: readonly ThirdPartyPerson[];
  /** Free text written by staff or the customer: read for other people before release. */
  readonly freeText: readonly string[];
  /** Kept documents (letters and messages): read for other people before release. */
  readonly documents: readonly string[];
};

/** Keys whose text is written by people and may name anyone. */
const FREE_TEXT = new Set([
  "reasons",
  "grounds",
  "behaviourDetail",
  "behaviour",
  "workUndertaken",
  "correspondence",
  "arrangement",
  "monitoringEvidence",
  "proportionalityNote",
  "description",
  "reason",
  "information",
  "body",
  "subject",
  "summary",
  "proposedArrangement",
  "premises",
  "note",
  "notes",
]);

/** Keys whose person or address is always a member of staff (the contact arrangements, who logged). */
const STAFF_KEYS = new Set(["spoc", "deputy", "proposedSpoc", "staff", "mailbox"]);

/** Keys holding an address on its own (contacts' senders and recipients, who logged them). */
const ADDRESS_KEYS = new Set(["from", "to", "staff", "mailbox", "cc", "recipients"]);

type Case = {
  readonly path: RecordPath;
  readonly data: unknown;
  readonly addresses: readonly AddressEntry[];
  readonly representative?: string;
};

export function thirdPartyFlags(cases: readonly Case[], config: PolicyConfig): ThirdPartyFlags {
  const people = new Map<string, { kind: ThirdPartyKind; who: string; items: string[] }>();
  const freeText: string[] = [];
  const documents: string[] = [];
  for (const c of cases) {
    const customer = new Set<string>(
      c.addresses.filter((a) => a.kind === "customer").map((a) => a.address),
    );
    const representative = new Set<string>(
      c.addresses.filter((a) => a.kind === "representative").map((a) => a.address),
    );
    if (c.representative) representative.add(c.representative);
    // Anyone who acts in a role anywhere in the case, or holds a staff place in it, is staff.
    const staff = new Set<string>();
    walk(c.data, c.path, (value, path) => {
      const key = keyOf(path);
      if (isPerson(value) && (typeof value.role === "string" || STAFF_KEYS.has(key))) {
        staff.add(value.email);
      }
      if (typeof value === "string" && STAFF_KEYS.has(key)) staff.add(value);
      return true;
    });
    const classify = (email: string): ThirdPartyKind | undefined => {
      if (customer.has(email)) return undefined;
      if (representative.has(email)) return "representative";
      const domain = email.slice(email.lastIndexOf("@") + 1);
      if (staff.has(email) || config.councilDomains.includes(domain)) return "staff";
      return "otherPerson";
    };
    const note = (email: string, name: string | undefined, at: RecordPath) => {
      const kind = classify(email);
      if (!kind) return;
      const known = people.get(email);
      const label = pathLabel(at);
      if (known) {
        if (!known.items.includes(label)) known.items.push(label);
        return;
      }
      people.set(email, { kind, who: name ? `${name} <${email}>` : email, items: [label] });
    };
    walk(c.data, c.path, (value, path) => {
      const parentKey = keyOf(path);
      if (isPerson(value)) {
        note(value.email, value.name, path);
        return false;
      }
      if (typeof value === "string") {
        if (ADDRESS_KEYS.has(parentKey) && value.includes("@")) note(value, undefined, path);
        else if (FREE_TEXT.has(parentKey) && value.trim() !== "") freeText.push(pathLabel(path));
        else if (parentKey === "name" && path.includes("documents")) documents.push(value);
      }
      return true;
    });
  }
  const order: readonly ThirdPartyKind[] = ["representative", "otherPerson", "staff"];
  return {
    people: [...people.values()].sort(
      (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.who.localeCompare(b.who),
    ),
    freeText,
    documents,
  };
}

/** The key a value is held under; for an item of a list, the list's key. */
function keyOf(path: RecordPath): string {
  const last = path.at(-1);
  const key = typeof last === "number" ? path.at(-2) : last;
  return typeof key === "string" ? key : "";
}

type PersonLike = { readonly name: string; readonly email: string; readonly role?: unknown };

function isPerson(value: unknown): value is PersonLike {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v["name"] === "string" && typeof v["email"] === "string";
}

/** Visits every value; `visit` returns false to skip what is inside. */
function walk(
  value: unknown,
  path: RecordPath,
  visit: (value: unknown, path: RecordPath) => boolean,
): void {
  if (!visit(value, path)) return;
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i + 1], visit));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
  }
}
