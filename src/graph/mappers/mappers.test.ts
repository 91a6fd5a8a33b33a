import { describe, expect, it } from "vitest";
import { isStoreError, type StoreError } from "../../app/ports";
import type { CaseEvent } from "../../domain/types";
import type { Fields, RawItem } from "../fields";
import { messageKey } from "../keys";
import {
  address,
  CASE_FILE,
  CONTACT,
  JORDAN,
  REF,
  RESTRICTED_ENTRY,
  STEP_ONE_ENTRY,
} from "../testing/samples";
import { addressFields, readAddress } from "./addresses";
import { caseFileFields, readCaseFile } from "./case-files";
import { contactFields, readContact } from "./contacts";
import { eventFields, readEvent } from "./events";
import { nameKey, readRegisterEntry, registerFields } from "./register";

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

  it("writes readable columns for SharePoint readers", () => {
    const fields = registerFields(RESTRICTED_ENTRY);
    expect(fields).toMatchObject({
      Stage: "Restricted",
      CustomerNameKey: "zoe o'brien",
      NoticeStatus: "Not told (decision recorded)",
      DecidedByRole: "Assistant director of corporate services",
      CustomerReviewRequests: "2026-04-14",
      ReviewStatus: "Review pending",
      AppealStatus: "Appeal lodged",
    });
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
});
