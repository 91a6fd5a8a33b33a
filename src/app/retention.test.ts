import { describe, expect, it } from "vitest";
import { MemoryCaseDocuments } from "../../test/fakes/memoryCaseDocuments";
import { MemoryCaseStore } from "../../test/fakes/memoryCaseStore";
import { HELPDESK, restricted } from "../domain/testScenario";
import { CUSTOMER, date } from "../domain/testFixtures";
import { parseCaseRef } from "../domain/caseRef";
import type { CaseRef, LocalDate } from "../domain/types";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { HOLD_PLACED } from "../domain/retention";
import { destroyDue, type RetentionDeps, retentionReport } from "./retention";

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

const NEW_YEAR_2033 = () => new Date("2033-01-01T09:00:00Z");

const depsOf = (store: MemoryCaseStore, documents = new MemoryCaseDocuments()): RetentionDeps => ({
  store,
  documents,
  config: PORTSMOUTH_POLICY,
});

async function destroyed(deps: RetentionDeps, now = NEW_YEAR_2033, asOf?: LocalDate) {
  const run = await destroyDue(deps, HELPDESK, now, asOf);
  if (!run.ok) throw new Error(run.error);
  return run.value.destroyed;
}

describe("retention (section 6)", () => {
  it("a case is due from the day after its last day of retention", async () => {
    const store = storeWith(["2032-12-31", "2033-01-01"]);
    const report = await retentionReport(depsOf(store), date("2033-01-01"));
    expect(report.cases.map((c) => [c.ref, c.state.kind])).toEqual([
      [refOf(1), "due"],
      [refOf(2), "keptUntil"],
    ]);
  });

  it("lists every case, ended or not", async () => {
    const store = storeWith(["2032-12-31"]);
    const base = restricted();
    store.seed(
      { ...base.entry, ref: refOf(5), stage: "referred" },
      { ...base.file, ref: refOf(5) },
      [],
    );
    const report = await retentionReport(depsOf(store), date("2040-01-01"));
    expect(report.cases.map((c) => [c.ref, c.state.kind])).toEqual([
      [refOf(1), "due"],
      [refOf(5), "notEnded"],
    ]);
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
    const done = await destroyed(depsOf(store, documents));
    expect(done).toEqual([
      expect.objectContaining({
        ref: refOf(1),
        basis: { rule: "restrictionsEnded", from: "2027-01-31", until: "2032-12-31" },
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
      }),
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
      rule: "restrictionsEnded",
      retainUntil: "2032-12-31",
      destroyedOn: "2033-01-01",
      asOf: "2033-01-01",
      destroyedBy: HELPDESK.email,
      documents: 2,
    });
    expect(record?.summary).toMatch(/; 7 items and 2 documents deleted\.$/);
    const text = JSON.stringify(record);
    for (const personal of ["Jo Bloggs", CUSTOMER, "Priya Shah", "Repairs"])
      expect(text).not.toContain(personal);
  });

  it("refuses a date after today, and an earlier date only narrows what is due", async () => {
    const store = storeWith(["2032-12-31"]);
    const future = await destroyDue(
      depsOf(store),
      HELPDESK,
      () => new Date("2026-12-01T10:00:00Z"),
      date("2033-01-01"),
    );
    expect(future.ok).toBe(false);
    expect(!future.ok && future.error).toContain("is in the future");
    expect(store.register.has(refOf(1))).toBe(true);
    expect(await destroyed(depsOf(store), NEW_YEAR_2033, date("2032-12-31"))).toEqual([]);
    expect(store.register.has(refOf(1))).toBe(true);
  });

  it("spares a case held since the report", async () => {
    const store = storeWith(["2032-12-31"]);
    store.events.push({
      ref: refOf(1),
      at: new Date("2032-06-01T10:00:00Z"),
      actor: HELPDESK,
      action: HOLD_PLACED,
      summary: "Held.",
      detail: { reason: "Claim" },
    });
    const run = await destroyDue(depsOf(store), HELPDESK, NEW_YEAR_2033);
    expect(run.ok && run.value.destroyed).toEqual([]);
    expect(store.register.has(refOf(1))).toBe(true);
  });

  it("running again finds nothing more to destroy", async () => {
    const store = storeWith(["2032-12-31"]);
    await destroyed(depsOf(store));
    const events = store.events.length;
    expect(await destroyed(depsOf(store))).toEqual([]);
    expect(store.events).toHaveLength(events);
  });

  it("says when the destruction record could not be written", async () => {
    const store = storeWith(["2032-12-31"]);
    store.fail("appendEvent", "unavailable");
    const [done] = await destroyed(depsOf(store));
    expect(done?.recorded).toBe(false);
    expect(done?.deleted.register).toBe(1);
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
    const report = await retentionReport(depsOf(store, documents), date("2033-01-01"), {
      countDocuments: true,
    });
    expect(report.cases).toEqual([expect.objectContaining({ ref: refOf(1), documents: 1 })]);
    documents.failNext();
    await expect(
      destroyDue(depsOf(store, documents), HELPDESK, NEW_YEAR_2033),
    ).rejects.toMatchObject({ code: "unavailable" });
    expect(store.register.has(refOf(1))).toBe(true);
  });

  it("never destroys a case still under restrictions, whatever its RetainUntil says", async () => {
    const store = storeWith(["2032-12-31"]);
    const stored = store.register.get(refOf(1));
    if (stored) stored.value = { ...stored.value, stage: "restricted" };
    const report = await retentionReport(depsOf(store), date("2033-01-01"));
    // The period ended on 31 January 2027: kept until 31 January 2033 from that day.
    expect(report.cases.map((c) => c.state.kind)).toEqual(["keptUntil"]);
    const later = await retentionReport(depsOf(store), date("2040-01-01"));
    expect(later.cases.map((c) => c.state.kind)).toEqual(["recordExpiryFirst"]);
    expect(await destroyed(depsOf(store), () => new Date("2040-01-01T09:00:00Z"))).toEqual([]);
  });
});
