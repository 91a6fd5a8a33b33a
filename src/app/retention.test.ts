import { describe, expect, it } from "vitest";
import { MemoryCaseDocuments } from "../../test/fakes/memoryCaseDocuments";
import { MemoryCaseStore } from "../../test/fakes/memoryCaseStore";
import { HELPDESK, restricted } from "../domain/testScenario";
import { CUSTOMER, date } from "../domain/testFixtures";
import { parseCaseRef } from "../domain/caseRef";
import type { CaseRef, LocalDate } from "../domain/types";
import { casesDueForDestruction, destroyCases, retentionReport } from "./retention";

function refOf(n: number): CaseRef {
  const parsed = parseCaseRef(`UCB-2026-00000${n}`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** Ended cases kept until the given days, each with an address, a contact and an event. */
function storeWith(retainUntil: readonly string[]): MemoryCaseStore {
  const store = new MemoryCaseStore();
  const base = restricted();
  retainUntil.forEach((day, i) => {
    const ref = refOf(i + 1);
    const kept: LocalDate = date(day);
    store.seed({ ...base.entry, ref, stage: "ended", retainUntil: kept }, { ...base.file, ref }, [
      { address: CUSTOMER, ref, kind: "customer" },
    ]);
    store.contacts.push({
      id: `c${i}`,
      ref,
      at: new Date("2027-01-05T10:00:00Z"),
      channel: "email",
      direction: "inbound",
      from: CUSTOMER,
      to: [],
      staff: HELPDESK.email,
      subject: "Repairs",
      clientId: `k${i}`,
      verdict: "withinTerms",
      reasons: [],
    });
    store.events.push({
      ref,
      at: new Date(),
      actor: HELPDESK,
      action: "restrictionsExpired",
      summary: "Expired.",
      detail: {},
    });
  });
  return store;
}

describe("retention (section 6)", () => {
  it("a case is due from the day after its last day of retention", async () => {
    const store = storeWith(["2032-12-31", "2033-01-01"]);
    const due = await casesDueForDestruction(store, date("2033-01-01"));
    expect(due).toEqual([{ ref: refOf(1), stage: "ended", retainUntil: "2032-12-31" }]);
  });

  it("destroys every item and document of the due cases, leaving the others, and records it without personal data", async () => {
    const store = storeWith(["2032-12-31", "2033-06-30"]);
    const documents = new MemoryCaseDocuments();
    const file = (ref: CaseRef, title: string) =>
      documents.store({
        ref,
        folder: "letters",
        title,
        extension: "pdf",
        contentType: "application/pdf",
        content: new Uint8Array([1, 2, 3]),
        key: title,
        existing: "same",
      });
    await file(refOf(1), "Notice to Jo Bloggs");
    await file(refOf(1), "Review outcome");
    await file(refOf(2), "Notice");
    const due = await casesDueForDestruction(store, date("2033-01-01"));
    const destroyed = await destroyCases(
      store,
      due,
      HELPDESK,
      () => new Date("2033-01-01T09:00:00Z"),
      documents,
    );
    expect(destroyed).toEqual([
      {
        ref: refOf(1),
        stage: "ended",
        retainUntil: "2032-12-31",
        deleted: {
          contacts: 1,
          caseEvents: 1,
          addresses: 1,
          nameIndex: 2,
          caseFiles: 1,
          register: 1,
        },
        documents: 2,
        recorded: true,
      },
    ]);
    expect(await documents.list(refOf(1))).toEqual([]);
    expect(await documents.list(refOf(2))).toHaveLength(1);
    expect(store.register.has(refOf(1))).toBe(false);
    expect(store.files.has(refOf(1))).toBe(false);
    expect(store.contacts.map((c) => c.ref)).toEqual([refOf(2)]);
    expect(store.addresses.map((a) => a.ref)).toEqual([refOf(2)]);
    const record = store.events.find((e) => e.action === "caseDestroyed");
    expect(record?.ref).toBeUndefined();
    expect(record?.detail).toMatchObject({
      ref: refOf(1),
      retainUntil: "2032-12-31",
      documents: 2,
    });
    expect(record?.summary).toMatch(/; 7 items and 2 documents deleted\.$/);
    const text = JSON.stringify(record);
    for (const personal of ["Jo Bloggs", CUSTOMER, "Priya Shah", "Repairs"])
      expect(text).not.toContain(personal);
  });

  it("running again finds nothing more to destroy", async () => {
    const store = storeWith(["2032-12-31"]);
    const asOf = date("2033-01-01");
    await destroyCases(
      store,
      await casesDueForDestruction(store, asOf),
      HELPDESK,
      () => new Date(),
      new MemoryCaseDocuments(),
    );
    const events = store.events.length;
    expect(await casesDueForDestruction(store, asOf)).toEqual([]);
    expect(
      await destroyCases(store, [], HELPDESK, () => new Date(), new MemoryCaseDocuments()),
    ).toEqual([]);
    expect(store.events).toHaveLength(events);
  });

  it("says when the destruction record could not be written", async () => {
    const store = storeWith(["2032-12-31"]);
    store.fail("appendEvent", "unavailable");
    const [destroyed] = await destroyCases(
      store,
      await casesDueForDestruction(store, date("2033-01-01")),
      HELPDESK,
      () => new Date(),
      new MemoryCaseDocuments(),
    );
    expect(destroyed?.recorded).toBe(false);
    expect(destroyed?.deleted.register).toBe(1);
  });

  it("counts each due case's documents in the report, and keeps the case when they cannot be deleted", async () => {
    const store = storeWith(["2032-12-31"]);
    const documents = new MemoryCaseDocuments();
    await documents.store({
      ref: refOf(1),
      folder: "correspondence",
      title: "Message",
      extension: "eml",
      contentType: "message/rfc822",
      content: new Uint8Array([1]),
      key: "m",
      existing: "any",
    });
    const report = await retentionReport(store, date("2033-01-01"), documents);
    expect(report.due).toEqual([
      { ref: refOf(1), stage: "ended", retainUntil: "2032-12-31", documents: 1 },
    ]);
    documents.failNext();
    await expect(
      destroyCases(store, report.due, HELPDESK, () => new Date(), documents),
    ).rejects.toMatchObject({ code: "unavailable" });
    expect(store.register.has(refOf(1))).toBe(true);
  });

  it("never destroys a case still under restrictions, whatever its RetainUntil says", async () => {
    const store = storeWith(["2032-12-31"]);
    const stored = store.register.get(refOf(1));
    if (stored) stored.value = { ...stored.value, stage: "restricted" };
    const report = await retentionReport(store, date("2033-01-01"));
    expect(report.due).toEqual([]);
    expect(report.stillOpen.map((c) => c.ref)).toEqual([refOf(1)]);
  });
});
