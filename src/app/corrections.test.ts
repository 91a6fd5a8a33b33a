import { describe, expect, it } from "vitest";
import { MemoryCaseDocuments } from "../../test/fakes/memoryCaseDocuments";
import { address, CUSTOMER, date, REF } from "../domain/testFixtures";
import {
  AD,
  FRONTLINE,
  HELPDESK,
  noonOn,
  opened,
  referred,
  restricted,
  SERVICE_MANAGER,
} from "../domain/testScenario";
import type { CaseRecord } from "../domain/types";
import { harness } from "./decisions/testSupport";
import { correctCase, eraseCase } from "./corrections";
import { requestClosedEvent, requestOpenedEvent } from "./subjectAccessRequests";

const WRONG = address("someone.else@example.net");

function setUp(record: CaseRecord = restricted()) {
  const h = harness(record, "2026-11-20");
  h.store.addresses.push({ address: WRONG, ref: REF, kind: "customer" });
  const documents = new MemoryCaseDocuments();
  const deps = { ...h.deps, documents };
  return { h, deps, documents };
}

describe("correcting a case", () => {
  it("corrects the name, the name index with it, and records why without the wrong name", async () => {
    const { h, deps } = setUp();
    const before = h.store.register.get(REF)?.value.customerName ?? "";
    const result = await correctCase(
      deps,
      HELPDESK,
      REF,
      { kind: "customerName", name: "  Joanne   Bloggs " },
      "Registered under her short name.",
    );
    expect(result.ok).toBe(true);
    expect(h.store.register.get(REF)?.value.customerName).toBe("Joanne Bloggs");
    expect(h.store.indexedNames.get(REF)).toBe("Joanne Bloggs");
    const event = h.store.events.at(-1);
    expect(event).toMatchObject({
      ref: REF,
      action: "customerNameCorrected",
      actor: HELPDESK,
      detail: { field: "customerName", reason: "Registered under her short name." },
    });
    expect(JSON.stringify(event)).not.toContain(before);
    expect((await h.store.searchCases("Joanne")).map((r) => r.ref)).toEqual([REF]);
  });

  it("corrects a fact in the case file without keeping the wrong text", async () => {
    const { h, deps } = setUp(referred());
    const wrong = h.store.files.get(REF)?.value.referral?.behaviour ?? "";
    expect(wrong).not.toBe("");
    const result = await correctCase(
      deps,
      SERVICE_MANAGER,
      REF,
      { kind: "fact", fact: "referralBehaviour", text: "Emails to five officers a day." },
      "The referral named the wrong week.",
    );
    expect(result.ok).toBe(true);
    expect(h.store.files.get(REF)?.value.referral?.behaviour).toBe(
      "Emails to five officers a day.",
    );
    expect(h.store.events.at(-1)).toMatchObject({
      action: "caseFileCorrected",
      detail: { fact: "referralBehaviour" },
    });
    expect(JSON.stringify(h.store.events.at(-1))).not.toContain(wrong);
  });

  it("removes an address that is not the customer's; the event does not hold it", async () => {
    const { h, deps } = setUp();
    const result = await correctCase(
      deps,
      HELPDESK,
      REF,
      { kind: "removeEmailAddress", address: WRONG },
      "A neighbour's address, typed in by mistake.",
    );
    expect(result.ok).toBe(true);
    expect(h.store.addresses.map((a) => a.address)).toEqual([CUSTOMER]);
    expect(await h.store.lookupAddresses([WRONG])).toEqual([]);
    const event = h.store.events.at(-1);
    expect(event).toMatchObject({
      action: "addressRemoved",
      detail: { kind: "customer", remaining: 1 },
    });
    expect(JSON.stringify(event)).not.toContain("someone.else");
  });

  it("removes a postal address from the letter details", async () => {
    const record = restricted();
    const withPost: CaseRecord = {
      ...record,
      file: {
        ...record.file,
        letterDetails: { customer: { surname: "Bloggs", postalAddress: ["1 High St", "PO1 1AA"] } },
      },
    };
    const { h, deps } = setUp(withPost);
    const result = await correctCase(
      deps,
      HELPDESK,
      REF,
      { kind: "removePostalAddress", whose: "customer" },
      "She moved; this is the old landlord's.",
    );
    expect(result.ok).toBe(true);
    expect(h.store.files.get(REF)?.value.letterDetails?.customer).toEqual({ surname: "Bloggs" });
    expect(JSON.stringify(h.store.events.at(-1))).not.toContain("High St");
  });

  it.each([
    ["frontline staff", FRONTLINE, { kind: "customerName", name: "Jo B" }, "Typo", /Only the/],
    ["no reason", HELPDESK, { kind: "customerName", name: "Jo B" }, "  ", /Say why/],
    [
      "an empty name",
      HELPDESK,
      { kind: "customerName", name: " " },
      "Typo",
      /Give the customer's name/,
    ],
    ["the same name", HELPDESK, { kind: "customerName", name: "Jo Bloggs" }, "Typo", /name held/],
    [
      "an address not held",
      HELPDESK,
      { kind: "removeEmailAddress", address: address("nobody@example.net") },
      "Typo",
      /not held/,
    ],
    [
      "no postal address",
      HELPDESK,
      { kind: "removePostalAddress", whose: "representative" },
      "Typo",
      /No postal address/,
    ],
  ] as const)("refuses %s and changes nothing", async (_case, by, correction, reason, message) => {
    const { h, deps } = setUp();
    const before = h.snapshot();
    const result = await correctCase(deps, by, REF, correction, reason);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
    expect(h.snapshot()).toBe(before);
    expect(h.store.addresses).toHaveLength(2);
  });
});

it("refuses to correct a fact the case file does not hold", async () => {
  const { h, deps } = setUp(opened());
  const before = h.snapshot();
  const result = await correctCase(
    deps,
    HELPDESK,
    REF,
    { kind: "fact", fact: "assessmentReasons", text: "x" },
    "Typo",
  );
  expect(!result.ok && result.error.message).toMatch(/holds no "The assessment's reasons"/);
  expect(h.snapshot()).toBe(before);
});

describe("erasing a case opened in error", () => {
  it("deletes everything and keeps a record with the reference and counts only", async () => {
    const { h, deps, documents } = setUp(opened());
    await documents.store({
      ref: REF,
      folder: "letters",
      title: "2026-11-20 Concern",
      extension: "pdf",
      contentType: "application/pdf",
      content: new Uint8Array([1, 2, 3]),
      key: "letter",
      existing: "same",
    });
    const result = await eraseCase(
      deps,
      SERVICE_MANAGER,
      REF,
      "Opened against the wrong customer.",
    );
    expect(result.ok).toBe(true);
    expect(h.store.register.has(REF)).toBe(false);
    expect(h.store.addresses).toEqual([]);
    expect(await documents.list(REF)).toEqual([]);
    const record = h.store.events.at(-1);
    expect(record?.ref).toBeUndefined();
    expect(record).toMatchObject({
      action: "caseErased",
      detail: { ref: REF, reason: "Opened against the wrong customer.", documents: 1 },
    });
    expect(JSON.stringify(record)).not.toMatch(/Bloggs|jo\.bloggs|someone\.else/);
  });

  it("is refused to a service manager once the case is referred, and to frontline staff", async () => {
    const { h, deps } = setUp(referred());
    const byManager = await eraseCase(deps, SERVICE_MANAGER, REF, "In error");
    expect(!byManager.ok && byManager.error.message).toMatch(/Only the city helpdesk manager/);
    const byFrontline = await eraseCase(deps, FRONTLINE, REF, "In error");
    expect(byFrontline.ok).toBe(false);
    expect(h.store.register.has(REF)).toBe(true);
    expect((await eraseCase(deps, AD, REF, "In error")).ok).toBe(true);
  });

  it("is refused while a subject access request is open, and allowed once it is closed", async () => {
    const { h, deps } = setUp();
    const open = requestOpenedEvent(REF, date("2026-11-18"), HELPDESK, noonOn("2026-11-18"));
    await h.store.appendEvent(open);
    const refused = await eraseCase(deps, HELPDESK, REF, "In error");
    expect(!refused.ok && refused.error.code).toBe("subjectAccessOpen");
    expect(!refused.ok && refused.error.message).toContain("Wednesday 18 November 2026");
    expect(h.store.register.has(REF)).toBe(true);
    await h.store.appendEvent(
      requestClosedEvent(
        REF,
        { receivedOn: date("2026-11-18"), dueBy: date("2026-12-18") },
        HELPDESK,
        noonOn("2026-11-19"),
      ),
    );
    expect((await eraseCase(deps, HELPDESK, REF, "In error")).ok).toBe(true);
  });

  it("refuses without a reason or for a case not held", async () => {
    const { deps } = setUp();
    expect((await eraseCase(deps, HELPDESK, REF, "")).ok).toBe(false);
    const other = "UCB-2026-AAAAAA" as typeof REF;
    const missing = await eraseCase(deps, HELPDESK, other, "In error");
    expect(!missing.ok && missing.error.code).toBe("notFound");
  });
});
