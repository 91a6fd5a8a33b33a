/**
 * Synthetic register for the lookup bench: cases, their addresses and a contact history, as
 * the `fields` of list items (written through the store's own mappers, so the bench reads
 * exactly what the add-in would write).
 */
import { CROCKFORD_ALPHABET } from "../../src/domain/caseRef";
import type {
  CaseRef,
  EmailAddress,
  LocalDate,
  RegisterEntry,
  RestrictionTerms,
  TimeOfDay,
} from "../../src/domain/types";
import type { Emulator } from "../../emulator/server";
import { withoutNulls, type Fields } from "../../src/graph/fields";
import { SCHEMA } from "../../src/graph/schema";
import { addressFields } from "../../src/graph/mappers/address-fields";
import { contactFields } from "../../src/graph/mappers/contact-fields";
import { frontlineEntry } from "../../src/domain/needToKnow";
import { inForceFields } from "../../src/graph/mappers/in-force";
import { nameIndexRequests } from "../../src/graph/mappers/name-index";
import { registerFields } from "../../src/graph/mappers/register-fields";
import { ALEX, MORGAN, PRIYA } from "../demo/people";

const TERMS: readonly RestrictionTerms[] = [
  { allowedChannels: ["letter"] },
  { volumes: [{ max: 2, per: "week" }] },
  { spocOnly: true },
  { contactWindows: [{ days: [2, 4], from: "10:00" as TimeOfDay, to: "12:00" as TimeOfDay }] },
];

export function benchRef(n: number): CaseRef {
  let code = "";
  for (let i = 0, rest = n; i < 6; i++, rest = Math.floor(rest / 32)) {
    code = CROCKFORD_ALPHABET.charAt(rest % 32) + code;
  }
  return `UCB-2026-${code}` as CaseRef;
}

export const customerAddress = (n: number) => `customer${n}@example.org` as EmailAddress;
export const unknownAddress = (n: number) => `stranger${n}@example.net` as EmailAddress;
const representativeAddress = (n: number) => `adviser${n % 97}@advocacy.example` as EmailAddress;

const FIRST = ["Amy", "Ben", "Chloë", "Dev", "Ewa", "Finn", "Gita", "Hugh", "Iona", "Jon"];
const STEMS = ["Ash", "Brook", "Cart", "Dun", "Ell", "Fair", "Gold", "Hart", "Ives", "Kerr"];
const ENDS = ["ley", "wood", "er", "by", "ton", "field", "more", "well", "ham", "son"];
const TAILS = ["", "e", "s", "ing"];
/** 400 surnames: "Hartwood", "O'Ashleys"…; with 10,000 cases each is shared by 25 customers. */
export function benchSurname(k: number): string {
  const name = `${STEMS[k % 10] ?? ""}${ENDS[Math.floor(k / 10) % 10] ?? ""}${TAILS[Math.floor(k / 100) % 4] ?? ""}`;
  return k % 7 === 0 ? `O'${name}` : name;
}
/** A customer's name: a first name and one of the 400 surnames. */
export const benchName = (n: number) =>
  `${FIRST[n % FIRST.length] ?? ""} ${benchSurname(Math.floor(n / FIRST.length) % 400)}`;

function entry(n: number): RegisterEntry {
  const start = `2026-0${1 + (n % 9)}-1${n % 10}` as LocalDate;
  return {
    ref: benchRef(n),
    customerName: benchName(n),
    stage: "restricted",
    serviceArea: "Housing",
    spoc: { name: PRIYA.name, email: PRIYA.email },
    deputy: { name: ALEX.name, email: ALEX.email },
    terms: TERMS[n % TERMS.length],
    termsSummary: "Synthetic terms for the bench.",
    period: {
      number: 1,
      start,
      end: "2026-12-31" as LocalDate,
      decidedOn: start,
      decidedBy: MORGAN,
      notice: { kind: "notified", on: start },
      customerReviewRequests: [],
    },
    review: { status: "none" },
    appeal: { status: "none" },
    retainUntil: "2032-12-31" as LocalDate,
  };
}

/** Cases [from, to): register items, and address items (every tenth case has a representative). */
export function casesBetween(
  from: number,
  to: number,
): { register: Fields[]; addresses: Fields[]; names: Fields[]; inForce: Fields[] } {
  const register: Fields[] = [];
  const inForce: Fields[] = [];
  const addresses: Fields[] = [];
  const names: Fields[] = [];
  for (let n = from; n < to; n++) {
    const ref = benchRef(n);
    register.push(withoutNulls(registerFields(entry(n))));
    // Every bench case is in force: frontline staff's copy holds it too (need to know).
    const seen = frontlineEntry(entry(n));
    if (seen) inForce.push(withoutNulls(inForceFields(registerFields(seen))));
    names.push(...nameIndexRequests(ref, benchName(n)).map((r) => r.fields));
    addresses.push(addressFields({ address: customerAddress(n), ref, kind: "customer" }));
    if (n % 10 === 0) {
      addresses.push(
        addressFields({ address: representativeAddress(n), ref, kind: "representative" }),
      );
    }
  }
  return { register, addresses, names, inForce };
}

/** `perCase` contacts for each case in [from, to), spread over the 90 days before `now`. */
export function contactsBetween(from: number, to: number, perCase: number, now: Date): Fields[] {
  const contacts: Fields[] = [];
  const span = 90 * 86_400_000;
  for (let n = from; n < to; n++) {
    for (let k = 0; k < perCase; k++) {
      const i = n * perCase + k;
      const at = new Date(now.getTime() - ((i * 7_919_777) % span));
      const clientId = `bench-${i}`;
      contacts.push(
        contactFields(
          {
            clientId,
            ref: benchRef(n),
            at,
            channel: "email",
            direction: "inbound",
            from: customerAddress(n),
            to: [PRIYA.email],
            staff: ALEX.email,
            subject: `Message ${k + 1}`,
            messageId: `<${clientId}@example.org>`,
            verdict: "withinTerms",
            reasons: [],
          },
          clientId,
        ),
      );
    }
  }
  return contacts;
}

/**
 * Bulk-loads cases [from, to) into the emulator: register, addresses, the words of each name
 * (UCB Name Index), frontline staff's copies and `perCase` contacts each.
 */
export function loadCases(emu: Emulator, from: number, to: number, perCase: number, now: Date) {
  const { register, addresses, names, inForce } = casesBetween(from, to);
  emu.bulkInsert(SCHEMA.register.title, register);
  emu.bulkInsert(SCHEMA.addresses.title, addresses);
  emu.bulkInsert(SCHEMA.inForce.title, inForce);
  emu.bulkInsert(SCHEMA.inForceAddresses.title, addresses);
  emu.bulkInsert(SCHEMA.nameIndex.title, names);
  emu.bulkInsert(SCHEMA.contacts.title, contactsBetween(from, to, perCase, now));
}
