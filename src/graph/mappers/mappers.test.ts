import { describe, expect, it } from "vitest";
import { isStoreError, type StoreError } from "../../app/ports";
import type { CaseEvent } from "../../domain/types";
import type { Fields, RawItem } from "../fields";
import { messageKey } from "../keys";
import {
  address,
  AWAITING_NOTICE_ENTRY,
  CASE_FILE,
  CHRIS_AS_DEPUTY,
  date,
  IMMEDIATE_FILE,
  MORGAN,
  PASSED_APPEAL,
  CONTACT,
  JORDAN,
  REF,
  RESTRICTED_ENTRY,
  STEP_ONE_ENTRY,
} from "../testing/samples";
import { readAddress } from "./addresses";
import { addressFields } from "./address-fields";
import { readCaseFile } from "./case-files";
import { caseFileFields } from "./case-file-fields";
import { readContact } from "./contacts";
import { contactFields } from "./contact-fields";
import { eventFields, readEvent } from "./events";
import { nameKey, readRegisterEntry } from "./register";
import { registerFields } from "./register-fields";

const LONDON_MIDNIGHT = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  timeZoneName: "short",
});

/** What SharePoint hands back: empty columns left out, date-only values as London midnight in UTC. */
function asStored(fields: Fields, id = "7"): RawItem {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) continue;
    if (typeof v === "string" && v.endsWith("T12:00:00Z")) {
      const day = v.slice(0, 10);
      const bst = LONDON_MIDNIGHT.format(new Date(`${day}T12:00:00Z`)).includes("BST");
      const midnight = new Date(`${day}T00:00:00Z`).getTime() - (bst ? 3600_000 : 0);
      out[k] = new Date(midnight).toISOString().replace(".000Z", "Z");
    } else out[k] = v;
  }
  return { id, etag: '"guid,3"', fields: out };
}

/** A value as read back: properties set to undefined are simply absent. */
function withoutUndefinedDeep<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
    typeof v === "string" && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) ? new Date(v) : v,
  ) as T;
}

function failure(read: () => unknown): StoreError {
  try {
    read();
  } catch (e) {
    if (isStoreError(e)) return e;
    throw e;
  }
  throw new Error("expected a StoreError");
}

describe("register mapping", () => {
  it("round-trips a restricted entry with every sub-state through SharePoint's shapes", () => {
    const item = asStored(registerFields(RESTRICTED_ENTRY));
    expect(item.fields["RestrictionStart"]).toBe("2026-03-29T23:00:00Z");
    expect(readRegisterEntry(item)).toEqual({ value: RESTRICTED_ENTRY, etag: '"guid,3"' });
  });

  it("round-trips a step-one entry, clearing what it does not have", () => {
    const fields = registerFields(STEP_ONE_ENTRY);
    expect(fields["Terms"]).toBeNull();
    expect(fields["SpocEmail"]).toBeNull();
    expect(readRegisterEntry(asStored(fields)).value).toEqual(STEP_ONE_ENTRY);
  });

  it("round-trips a monitored entry's agreed arrangement, as JSON and in plain words", () => {
    const monitored = {
      ...STEP_ONE_ENTRY,
      stage: "monitoring" as const,
      arrangement: {
        terms: { spocOnly: true, volumes: [{ max: 1, per: "fortnight" as const }] },
        summary: "At most 1 contact a fortnight. Only with the SPOC, Priya Shah.",
        agreedOn: "2026-03-29" as never,
      },
    };
    const fields = registerFields(monitored);
    expect(JSON.parse(String(fields["Arrangement"]))).toEqual({
      agreedOn: "2026-03-29",
      terms: { spocOnly: true, volumes: [{ max: 1, per: "fortnight" }] },
    });
    expect(fields["ArrangementSummary"]).toBe(monitored.arrangement.summary);
    expect(readRegisterEntry(asStored(fields)).value).toEqual(monitored);
    expect(registerFields(STEP_ONE_ENTRY)["Arrangement"]).toBeNull();
  });

  it("refuses an arrangement whose terms are not valid, naming the column", () => {
    const fields = {
      ...registerFields(STEP_ONE_ENTRY),
      Arrangement: JSON.stringify({ agreedOn: "2026-03-29", terms: { spocOnly: "yes" } }),
    };
    expect(failure(() => readRegisterEntry(asStored(fields))).message).toContain("Arrangement");
  });

  it("writes readable columns for SharePoint readers", () => {
    const fields = registerFields(RESTRICTED_ENTRY);
    expect(fields).toMatchObject({
      Stage: "Restricted",
      CustomerNameKey: "zoe o'brien",
      NoticeStatus: "Not told (decision recorded)",
      DecidedByRole: "Assistant director of corporate services",
      CustomerReviewRequests: "2026-04-14",
      ReviewStatus: "Review pending",
      AppealStatus: "Appeal received",
      NoticeDetail: JSON.stringify(RESTRICTED_ENTRY.period?.notice),
    });
  });

  it("round-trips what this release adds: the notice, the terms still binding, the review and the appeal", () => {
    const entry = { ...AWAITING_NOTICE_ENTRY, appeal: PASSED_APPEAL };
    const fields = registerFields(entry);
    expect(fields).toMatchObject({
      PeriodOrigin: "Changed on appeal (5.2.7)",
      NoticeStatus: "Notice prepared, not yet told",
      DecidedAt: "2026-05-04T13:15:00Z",
      PreviousTermsSummary: "Contact by email or letter, to the SPOC only.",
      AppealStatus: "Passed to director",
      AppealPassedOn: "2026-05-08T12:00:00Z",
      AppealLodgedOn: "2026-05-06T12:00:00Z",
    });
    expect(readRegisterEntry(asStored(fields)).value).toEqual(withoutUndefinedDeep(entry));
  });

  it("writes who told the customer, a deputy as a deputy", () => {
    const told = AWAITING_NOTICE_ENTRY.superseded?.period;
    const fields = registerFields({ ...RESTRICTED_ENTRY, period: told });
    expect(fields).toMatchObject({
      NoticeStatus: "Told",
      NotifiedAt: "2026-03-30T08:45:00Z",
      NoticeMethod: "Another way (reasonable adjustment)",
      NoticeGivenBy: "Sam Rivers (Deputy for the City Solicitor)",
      DecidedByRole: "Deputy for the City Solicitor",
    });
    expect(readRegisterEntry(asStored(fields)).value.period).toEqual(told);
  });

  it("reads an item saved by the previous release from its readable columns", () => {
    // What that release wrote: no JSON detail, no time of notice, its own labels.
    const legacy: Record<string, unknown> = {
      ...asStored(registerFields(RESTRICTED_ENTRY)).fields,
      NoticeStatus: "Not yet told",
      AppealStatus: "Appeal lodged",
      ReviewStatus: "None",
    };
    for (const column of [
      "NoticeDetail",
      "ReviewDetail",
      "AppealDetail",
      "DecidedAt",
      "PeriodOrigin",
    ]) {
      delete legacy[column];
    }
    const read = readRegisterEntry({ id: "7", etag: '"guid,3"', fields: legacy }).value;
    expect(read.period?.notice).toEqual({ kind: "pending" });
    expect(read.period?.origin).toBeUndefined();
    expect(read.review).toEqual({ status: "none" });
    expect(read.appeal).toEqual({
      status: "lodged",
      lodgedOn: "2026-04-10",
      grounds: "Disagrees with the decision.",
    });
    const toldBefore = { ...legacy, NoticeStatus: "Told", NotifiedOn: "2026-03-29T23:00:00Z" };
    expect(
      readRegisterEntry({ id: "7", etag: "e", fields: toldBefore }).value.period?.notice,
    ).toEqual({ kind: "notified", on: "2026-03-30" });
  });

  it("refuses a late or passed appeal whose detail is missing", () => {
    const item = asStored(registerFields({ ...RESTRICTED_ENTRY, appeal: PASSED_APPEAL }));
    const { AppealDetail: _, ...fields } = item.fields;
    expect(failure(() => readRegisterEntry({ ...item, fields })).message).toContain(
      'AppealDetail is missing for an appeal that is "Passed to director"',
    );
  });

  it.each([
    ["Stage", undefined, "Stage is missing"],
    ["Stage", "Banned", 'Stage has an unknown value "Banned"'],
    ["CustomerName", 42, "CustomerName should be text"],
    ["Terms", "{not json", "Terms is not valid: The terms are not valid JSON"],
    [
      "Terms",
      '{"volumes":[{"max":1,"per":"year"}]}',
      "Terms is not valid: terms.volumes[0].per must be one of day",
    ],
    ["Terms", undefined, "Terms is missing on a restricted case"],
    ["RestrictionEnd", "soon", "RestrictionEnd is not a date"],
    ["SpocEmail", undefined, "SpocEmail is missing while SpocName is set"],
    ["DecidedByRole", "Boss", "DecidedByRole has an unknown value"],
  ])("refuses %s = %j as invalid data naming the case", (column, value, message) => {
    const item = asStored(registerFields(RESTRICTED_ENTRY));
    const fields = { ...item.fields, [column]: value };
    if (value === undefined) delete fields[column];
    const error = failure(() => readRegisterEntry({ ...item, fields }));
    expect(error.code).toBe("invalidData");
    expect(error.list).toBe("register");
    expect(error.message).toContain("case UCB-2026-7KQ2MX");
    expect(error.message).toContain(message);
  });

  it("names the item when even the case reference is missing", () => {
    const item = asStored(registerFields(STEP_ONE_ENTRY), "12");
    const { Title: _, ...fields } = item.fields;
    expect(failure(() => readRegisterEntry({ ...item, fields })).message).toContain(
      "item 12: Title is missing",
    );
  });

  it("makes a case-insensitive, accent-free search key", () => {
    expect(nameKey("  ZOË   O'Brien ")).toBe("zoe o'brien");
    expect(nameKey("Łukasz Żółć")).toBe("łukasz zołc");
  });
});

describe("contact mapping", () => {
  it("round-trips a logged contact", async () => {
    const key = await messageKey(REF, CONTACT.messageId ?? "");
    const fields = contactFields(CONTACT, key);
    expect(fields).toMatchObject({
      Channel: "Email",
      Direction: "Inbound",
      ContactAt: "2026-06-15T09:30:00Z",
      ToAddresses: "priya.shah@council.example; housing@council.example",
      VerdictReasons: "Over the volume allowance; Not addressed to the SPOC or deputy",
      ClientId: key,
    });
    const { clientId: _, ...rest } = CONTACT;
    expect(readContact(asStored(fields, "31"))).toEqual({ ...rest, id: "31", clientId: key });
  });

  it("records the mailbox an email arrived in, and reads a contact logged without one", () => {
    const shared = { ...CONTACT, mailbox: address("housing@council.example") };
    const fields = contactFields(shared, "k");
    expect(fields["Mailbox"]).toBe("housing@council.example");
    expect(readContact(asStored(fields, "32")).mailbox).toBe("housing@council.example");
    const { Mailbox: _, ...older } = contactFields(CONTACT, "k");
    expect(readContact(asStored(older, "33")).mailbox).toBeUndefined();
  });

  it("clips an overlong subject instead of refusing the contact", () => {
    const fields = contactFields({ ...CONTACT, subject: "x".repeat(400) }, "k");
    expect(String(fields["Subject"])).toHaveLength(255);
  });

  it("refuses an unknown verdict reason", () => {
    const item = asStored(contactFields(CONTACT, "k"), "31");
    const error = failure(() =>
      readContact({ ...item, fields: { ...item.fields, VerdictReasons: "Rude" } }),
    );
    expect(error.message).toContain(
      'contact 31 of case UCB-2026-7KQ2MX: VerdictReasons holds "Rude"',
    );
  });
});

describe("address mapping", () => {
  it("round-trips an address with its case", () => {
    const entry = {
      address: address("sam.patel@advocacy.example"),
      ref: REF,
      kind: "representative" as const,
    };
    expect(readAddress(asStored(addressFields(entry)))).toEqual(entry);
  });

  it("reads a case reference typed by hand in SharePoint as the reference it means", () => {
    const item = asStored(
      addressFields({ address: address("zoe@example.org"), ref: REF, kind: "customer" }),
    );
    const typed = { ...item, fields: { ...item.fields, CaseRef: "  ucb-2026-7kq2mx " } };
    expect(readAddress(typed).ref).toBe(REF);
  });

  it("refuses a case reference that is not one, naming the address item", () => {
    const item = asStored(
      addressFields({ address: address("zoe@example.org"), ref: REF, kind: "customer" }),
      "12",
    );
    const error = failure(() =>
      readAddress({ ...item, fields: { ...item.fields, CaseRef: "Zoe's case" } }),
    );
    expect(error).toMatchObject({ code: "invalidData", list: "addresses" });
    expect(error.message).toContain(
      "UCB Addresses, address 12 of case Zoe's case: CaseRef is not valid",
    );
  });
});

describe("case file mapping", () => {
  it("round-trips the JSON columns and writes plain words beside them", () => {
    const fields = caseFileFields(CASE_FILE);
    expect(fields["BehaviourSummary"]).toBe(
      "Excessive demands on time, Sarcastic, rude or threatening remarks. Eight emails a day to several officers.",
    );
    expect(fields["AdjustmentsSummary"]).toBe("Prefers large print (needs: Letter)");
    expect(readCaseFile(asStored(fields)).value).toEqual(CASE_FILE);
  });

  it("round-trips an immediate action, with a summary for SharePoint readers", () => {
    const fields = caseFileFields(IMMEDIATE_FILE);
    expect(fields["ImmediateActionSummary"]).toBe(
      "2026-06-01, Sam Rivers (Deputy for the City Solicitor): reported to the police, refusing to engage, barred from premises, until further notice; review on 2026-07-01. Behaviour: Threatened to harm a member of staff at the counter. Reasons: Immediate risk to staff.",
    );
    expect(fields["BehaviourSummary"]).toBe("Threatened to harm a member of staff at the counter.");
    expect(readCaseFile(asStored(fields)).value).toEqual(IMMEDIATE_FILE);
  });

  it("round-trips the offer of a representative, dated consultations and how step one was confirmed", () => {
    const file: typeof CASE_FILE = {
      ...CASE_FILE,
      stepOne: CASE_FILE.stepOne && {
        ...CASE_FILE.stepOne,
        confirmedVia: { channel: "phone", adjustment: "Blind" },
        representativeOffer: {
          offeredOn: date("2026-01-12"),
          answer: "accepted",
          answeredOn: date("2026-01-15"),
          representative: { name: "Sam Patel", email: address("sam.patel@advocacy.example") },
        },
      },
      assessment: CASE_FILE.assessment && {
        ...CASE_FILE.assessment,
        consulted: [
          { ...MORGAN, on: date("2026-02-18") },
          { ...CHRIS_AS_DEPUTY, on: date("2026-02-19") },
        ],
      },
    };
    const fields = caseFileFields(file);
    expect(fields).toMatchObject({
      StepOneConfirmation: "2026-01-13: Phone, as a reasonable adjustment requires: Blind",
      RepresentativeOffer: "Offered on 2026-01-12; accepted: Sam Patel",
    });
    expect(String(fields["AssessmentSummary"])).toContain(
      "Consulted: Morgan Blake (Assistant director of corporate services) on 2026-02-18; Sam Rivers (Deputy for the City Solicitor) on 2026-02-19.",
    );
    expect(readCaseFile(asStored(fields)).value).toEqual(file);
  });

  it("round-trips the arrangement proposed as terms, with conditions in words", () => {
    const stepOne = CASE_FILE.stepOne;
    if (!stepOne) throw new Error("the sample has a step-one record");
    const file = {
      ...CASE_FILE,
      stepOne: {
        ...stepOne,
        proposedTerms: { spocOnly: true, otherConditions: ["One issue per email"] },
      },
    };
    expect(readCaseFile(asStored(caseFileFields(file))).value).toEqual(file);
  });

  it("names the case and the JSON path when a record is malformed", () => {
    const item = asStored(caseFileFields(CASE_FILE));
    const bad = JSON.stringify({
      ...CASE_FILE.stepOne,
      raisedBy: { name: "P", email: "p@x.org", role: "boss" },
    });
    const error = failure(() =>
      readCaseFile({ ...item, fields: { ...item.fields, StepOne: bad } }),
    );
    expect(error.message).toContain("case UCB-2026-7KQ2MX: StepOne is not valid: raisedBy.role");
  });

  it("refuses text longer than SharePoint keeps", () => {
    const error = failure(() => caseFileFields({ ...CASE_FILE, lawfulBasis: "x".repeat(70_000) }));
    expect(error.message).toContain("LawfulBasis is longer than 63999 characters");
  });
});

describe("event mapping", () => {
  it("round-trips an event, and a destruction record without a case", () => {
    const event: CaseEvent = {
      ref: REF,
      at: new Date("2026-03-27T14:05:00Z"),
      actor: JORDAN,
      action: "restrictionsImposed",
      summary: "Restrictions imposed for six months.",
      detail: { period: 1 },
    };
    expect(readEvent(asStored(eventFields(event, "evt-1")))).toEqual(event);
    const { ref: _, ...destruction } = { ...event, action: "destroyed", detail: {} };
    expect(readEvent(asStored(eventFields(destruction, "evt-2")))).toEqual(destruction);
  });

  it("records a deputy as the deputy for the role", () => {
    const event: CaseEvent = {
      ref: REF,
      at: new Date("2026-03-27T14:05:00Z"),
      actor: CHRIS_AS_DEPUTY,
      action: "customerNotified",
      summary: "Told.",
      detail: {},
    };
    const fields = eventFields(event, "evt-3");
    expect(fields["ActorRole"]).toBe("Deputy for the City Solicitor");
    expect(readEvent(asStored(fields))).toEqual(event);
  });
});
